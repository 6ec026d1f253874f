"""The main window: two linked panes, a change list, and the menus that gather the user's intent.

All slow work (reading, comparing, exporting) goes through :class:`gui.worker.TaskRunner`; this module
only decides what to run and how to show the outcome. The engine entry points are attributes
(``read_fn``, ``read_text_fn``, ``compare_fn``) so tests can inject failures.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import compare
from compare.errors import Cancelled, ClausediffError, DocumentError
from compare.export.describe import entry_label
from compare.model import CompareOptions, Document, SegmentMode

from .changelist import ChangeListView
from .itemspanel import ItemsPanel
from .linkmap import LinkMap
from .overview import OverviewStrip
from .pane import DocumentPane
from .presentation import Presentation, build_presentation
from .widgets import FindBar, PaneHeader
from .worker import TaskRunner

log = logging.getLogger(__name__)

ROLE = {"a": "Original", "b": "Revised"}
EXPORTS: dict[str, tuple[str, str, str, str, str]] = {
    # kind: (module, function, menu text, file filter, suggested suffix)
    "redline": (
        "compare.export.redline",
        "write_redline",
        "Word &Redline…",
        "Word document (*.docx)",
        "-redline.docx",
    ),
    "report": (
        "compare.export.report_docx",
        "write_report",
        "Word &Report…",
        "Word document (*.docx)",
        "-comparison.docx",
    ),
    "html": (
        "compare.export.report_html",
        "write_html_report",
        "&HTML Report…",
        "Web page (*.html)",
        "-comparison.html",
    ),
}
MAX_RECENT = 10
MAX_FIND_HITS = 20000


def _default_read(path: str, options: Any) -> Document:
    from compare.readers import read_document

    return read_document(path, options)


def _default_read_text(text: str, source: str, options: Any) -> Document:
    from compare.readers import read_text

    return read_text(text, source, options)


def _default_compare(doc_a: Document, doc_b: Document, options: CompareOptions, progress, cancel):
    from compare.engine import compare_documents

    return compare_documents(doc_a, doc_b, options, progress, cancel)


def _read_options(options: CompareOptions) -> Any:
    from compare.engine import read_options_for

    return read_options_for(options)


@functools.cache
def module_available(name: str) -> bool:
    """Cached: a path search per export on every result would be file-system work on the UI thread."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


@dataclass(slots=True)
class SideState:
    """What is loaded on one side and how to load it again (options such as line mode re-read)."""

    document: Document | None = None
    words: int = 0
    path: str | None = None
    pasted: str | None = None
    read_options: Any = None


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Clausediff")
        self.setAcceptDrops(True)
        self.read_fn: Callable[[str, Any], Document] = _default_read
        self.read_text_fn: Callable[[str, str, Any], Document] = _default_read_text
        self.compare_fn: Callable[..., Any] = _default_compare
        self.dialogs_enabled = True
        self.messages: list[tuple[str, str, str]] = []  # (level, title, text): everything shown to the user
        self.sides = {"a": SideState(), "b": SideState()}
        self.presentation: Presentation | None = None
        self._painted = False  # the first paint of a shown window is Qt's biggest single job
        self._after_paint: list[Callable[[], None]] = []
        self.current_entry: int | None = None
        self._find_hits: list[tuple[str, int, int]] = []
        self._find_index = -1
        self._syncing = False
        self.settings = QSettings()
        self.options = self._load_options()
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_task_finished)
        self.runner.failed.connect(self._on_task_failed)
        self.runner.progress.connect(self._on_progress)
        self.runner.busyChanged.connect(self._on_busy)
        self._build_central()
        self._build_docks()
        self._build_statusbar()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._set_tab_order()
        self._restore_view_settings()
        self._update_actions()

    # ================================================================== construction

    def _build_central(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(0)
        self.panes: dict[str, DocumentPane] = {}
        self.headers: dict[str, PaneHeader] = {}
        for col, side in ((0, "a"), (2, "b")):
            header = PaneHeader(ROLE[side])
            pane = DocumentPane(side)
            pane.setAccessibleName(f"{ROLE[side]} document")
            pane.setAccessibleDescription(
                "The original (old) version" if side == "a" else "The revised (new) version"
            )
            pane.set_placeholder(f"{ROLE[side]} version\n\nDrop a file here, open one, or paste text")
            pane.clauseClicked.connect(lambda i, s=side: self.select_clause(s, i))
            pane.jumpRequested.connect(lambda i, s=side: self.jump_to_partner(s, i))
            pane.partnerRequested.connect(lambda i, s=side: self.jump_to_partner(s, i, focus=True))
            pane.filesDropped.connect(lambda paths, s=side: self.handle_drop(paths, s))
            pane.userScrolled.connect(lambda s=side: self._on_user_scroll(s))
            pane.tooltip_for = lambda i, s=side: self._clause_tooltip(s, i)
            pane.context_actions_for = lambda i, s=side: self._clause_actions(s, i)
            header.openClicked.connect(lambda s=side: self.open_dialog(s))
            header.pasteClicked.connect(lambda s=side: self.paste_as(s))
            grid.addWidget(header, 0, col)
            grid.addWidget(pane, 1, col)
            self.panes[side], self.headers[side] = pane, header
        self.linkmap = LinkMap(self.panes["a"], self.panes["b"])
        grid.addWidget(self.linkmap, 1, 1)
        self.overview = OverviewStrip(self.panes["b"])
        self.overview.changeClicked.connect(self.select_change)
        grid.addWidget(self.overview, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)
        outer.addLayout(grid, 1)
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.searchChanged.connect(self.find)
        self.find_bar.nextRequested.connect(self.find_next)
        self.find_bar.previousRequested.connect(self.find_previous)
        self.find_bar.closed.connect(self._find_closed)
        outer.addWidget(self.find_bar)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.change_list = ChangeListView()
        self.change_list.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.select_change(cur.row()) if cur.isValid() else None
        )
        self.change_list.clicked.connect(lambda idx: self.select_change(idx.row()))
        self.change_dock = QDockWidget("Changes", self)
        self.change_dock.setObjectName("changes-dock")
        self.change_dock.setWidget(self.change_list)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.change_dock)
        self.items_panel = ItemsPanel()
        self.items_panel.itemChosen.connect(lambda side, i: self.select_clause(side, i, scroll=True))
        self.items_dock = QDockWidget("Items", self)
        self.items_dock.setObjectName("items-dock")
        self.items_dock.setWidget(self.items_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.items_dock)
        self.resizeDocks([self.change_dock], [280], Qt.Orientation.Horizontal)

    def _build_statusbar(self) -> None:
        sb = self.statusBar()
        self.progress_label = QLabel("")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setFixedWidth(160)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the running comparison (Esc)")
        self.cancel_button.clicked.connect(self.cancel_work)
        self.summary_label = QLabel("Open two versions to compare them")
        self.summary_label.setAccessibleName("Comparison summary")
        for w in (self.progress_label, self.progress_bar, self.cancel_button):
            sb.addWidget(w)
            w.hide()
        sb.addPermanentWidget(self.summary_label)

    def _action(self, text: str, slot: Callable[..., Any], shortcut: Any = None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        a = self._action
        self.act_open_a = a(
            "Open &Original…",
            lambda: self.open_dialog("a"),
            QKeySequence.StandardKey.Open,
            "Open the original (old) version",
        )
        self.act_open_b = a(
            "Open &Revised…", lambda: self.open_dialog("b"), "Ctrl+Shift+O", "Open the revised (new) version"
        )
        self.act_quit = a("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_paste_a = a(
            "Paste as &Original",
            lambda: self.paste_as("a"),
            "Ctrl+Shift+V",
            "Use the clipboard text as the original",
        )
        self.act_paste_b = a(
            "Paste as &Revised",
            lambda: self.paste_as("b"),
            "Ctrl+Alt+V",
            "Use the clipboard text as the revised version",
        )
        self.act_swap = a("&Swap Sides", self.swap_sides, "Ctrl+Shift+X", "Swap original and revised")
        self.act_find = a(
            "&Find…", self.show_find, QKeySequence.StandardKey.Find, "Find text in both documents"
        )
        self.act_find_next = a("Find &Next", self.find_next, QKeySequence.StandardKey.FindNext)
        self.act_find_prev = a("Find Pre&vious", self.find_previous, QKeySequence.StandardKey.FindPrevious)
        self.act_next = a("&Next Change", self.next_change, "F8", "Go to the next change")
        self.act_prev = a("&Previous Change", self.previous_change, "Shift+F8", "Go to the previous change")
        self.act_sync = a(
            "&Synchronised Scrolling",
            lambda: self._save_bool("view/sync", self.act_sync),
            "Ctrl+L",
            "Scroll both documents together, following the alignment",
        )
        self.act_sync.setCheckable(True)
        self.act_sync.setChecked(self.settings.value("view/sync", True, type=bool))
        self.act_bigger = a(
            "&Bigger Text", lambda: self.change_font_size(+1), QKeySequence.StandardKey.ZoomIn
        )
        self.act_bigger.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.act_smaller = a(
            "S&maller Text", lambda: self.change_font_size(-1), QKeySequence.StandardKey.ZoomOut
        )
        self.act_reset_font = a("&Reset Text Size", lambda: self.change_font_size(0), "Ctrl+0")
        self.act_cancel = a("&Cancel Comparison", self.cancel_work, "Esc")
        self.act_cancel.setEnabled(False)
        self.act_about = a("&About Clausediff", self.show_about)
        self.opt_actions: dict[str, QAction] = {}
        for key, text in (
            ("ignore_case", "Ignore &Case"),
            ("ignore_punctuation", "Ignore &Punctuation"),
            ("ignore_whitespace", "Ignore &Whitespace"),
        ):
            act = a(text, self._options_from_actions)
            act.setCheckable(True)
            act.setChecked(getattr(self.options, key))
            self.opt_actions[key] = act
        self.act_original_revisions = a("Read Tracked Changes as &Original", self._options_from_actions)
        self.act_original_revisions.setCheckable(True)
        self.act_original_revisions.setChecked(self.options.revisions == "original")
        self.act_original_revisions.setToolTip(
            "Word files with tracked changes are read as if every change were rejected (the text before "
            "the revisions) instead of accepted"
        )
        self.segment_group = QActionGroup(self)
        self.segment_actions: dict[SegmentMode, QAction] = {}
        for mode, text in (
            (SegmentMode.CLAUSES, "By &Clauses"),
            (SegmentMode.SENTENCES, "By &Sentences"),
            (SegmentMode.PARAGRAPHS, "By P&aragraphs"),
            (SegmentMode.LINES, "By &Lines"),
        ):
            act = a(text, self._options_from_actions)
            act.setCheckable(True)
            act.setChecked(self.options.segment == mode)
            self.segment_group.addAction(act)
            self.segment_actions[mode] = act
        self.export_actions: dict[str, QAction] = {}
        for kind, (_mod, _fn, text, _filter, _suffix) in EXPORTS.items():
            self.export_actions[kind] = a(text, lambda k=kind: self.export_dialog(k))
        self.act_open_when_done = QAction("Open File When &Done", self)
        self.act_open_when_done.setCheckable(True)
        self.act_open_when_done.setChecked(self.settings.value("export/open", True, type=bool))
        self.act_open_when_done.toggled.connect(lambda on: self.settings.setValue("export/open", on))

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu("&File")
        m.addAction(self.act_open_a)
        m.addAction(self.act_open_b)
        self.recent_menu = m.addMenu("Recent &Comparisons")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        m.addSeparator()
        self.export_menu = m.addMenu("&Export")
        for act in self.export_actions.values():
            self.export_menu.addAction(act)
        self.export_menu.addSeparator()
        self.export_menu.addAction(self.act_open_when_done)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = mb.addMenu("&Edit")
        m.addAction(self.act_paste_a)
        m.addAction(self.act_paste_b)
        m.addAction(self.act_swap)
        m.addSeparator()
        m.addAction(self.act_find)
        m.addAction(self.act_find_next)
        m.addAction(self.act_find_prev)
        m.addSeparator()
        m.addAction(self.act_cancel)
        m = mb.addMenu("&View")
        m.addAction(self.act_next)
        m.addAction(self.act_prev)
        m.addSeparator()
        m.addAction(self.act_sync)
        m.addSeparator()
        m.addAction(self.act_bigger)
        m.addAction(self.act_smaller)
        m.addAction(self.act_reset_font)
        m.addSeparator()
        t = self.change_dock.toggleViewAction()
        t.setText("Show &Change List")
        m.addAction(t)
        t = self.items_dock.toggleViewAction()
        t.setText("Show &Items")
        m.addAction(t)
        m = mb.addMenu("&Options")
        for act in self.opt_actions.values():
            m.addAction(act)
        m.addSeparator()
        m.addAction(self.act_original_revisions)
        m.addSeparator()
        seg = m.addMenu("&Segmentation")
        for act in self.segment_actions.values():
            seg.addAction(act)
        m = mb.addMenu("&Help")
        m.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        tb = self.addToolBar("Main")
        tb.setObjectName("main-toolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_open_a.setIconText("Open Original")
        self.act_open_b.setIconText("Open Revised")
        self.act_swap.setIconText("Swap \u21c4")
        self.act_prev.setIconText("\u25b2 Previous")
        self.act_next.setIconText("Next \u25bc")
        for act in (self.act_open_a, self.act_open_b, self.act_swap):
            tb.addAction(act)
        tb.addSeparator()
        tb.addAction(self.act_prev)
        tb.addAction(self.act_next)
        tb.addSeparator()
        self.export_button_action = tb.addAction("Export")
        self.export_button_action.setMenu(self.export_menu)
        btn = tb.widgetForAction(self.export_button_action)
        if btn is not None:
            btn.setPopupMode(btn.ToolButtonPopupMode.InstantPopup)

    def _set_tab_order(self) -> None:
        """Header buttons first, then the reading order: original, revised (the gutter and the overview
        take no focus), change list, items."""
        ha, hb = self.headers["a"], self.headers["b"]
        chain = [
            ha.open_button,
            ha.paste_button,
            hb.open_button,
            hb.paste_button,
            self.panes["a"],
            self.panes["b"],
            self.change_list,
            self.items_panel,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ================================================================== settings

    def _load_options(self) -> CompareOptions:
        s = self.settings
        try:
            seg = SegmentMode(str(s.value("options/segment", SegmentMode.CLAUSES.value)))
        except ValueError:
            seg = SegmentMode.CLAUSES
        return CompareOptions(
            segment=seg,
            ignore_case=s.value("options/ignore_case", False, type=bool),
            ignore_punctuation=s.value("options/ignore_punctuation", False, type=bool),
            ignore_whitespace=s.value("options/ignore_whitespace", False, type=bool),
            revisions="original" if s.value("options/original_revisions", False, type=bool) else "accept",
        )

    def _save_bool(self, key: str, act: QAction) -> None:
        self.settings.setValue(key, act.isChecked())
        if key == "view/sync" and act.isChecked():
            self._on_user_scroll("b")

    def _restore_view_settings(self) -> None:
        geo = self.settings.value("window/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        size = self.settings.value("view/font_size", 0.0, type=float)
        if size:
            for pane in self.panes.values():
                pane.set_point_size(size)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.runner.cancel_all()
        self.runner.wait(3000)
        super().closeEvent(event)

    # ================================================================== messages

    def notify(self, level: str, title: str, text: str) -> None:
        """Tell the user something; recorded in ``messages`` and shown in a non-blocking box."""
        self.messages.append((level, title, text))
        log.log(logging.ERROR if level == "error" else logging.INFO, "%s: %s", title, text)
        if not self.dialogs_enabled:
            return
        icon = {"error": QMessageBox.Icon.Critical, "warning": QMessageBox.Icon.Warning}.get(
            level, QMessageBox.Icon.Information
        )
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        self.notify(
            "info",
            "About Clausediff",
            f"Clausediff {compare.__version__}\n\nCompare two versions of a text clause by clause: "
            "moved, split and reworded clauses, word-level changes, list items added and removed, and "
            "Word redlines.",
        )

    # ================================================================== loading

    def open_dialog(self, side: str) -> None:
        from compare.readers import FILE_FILTER

        start = self.settings.value("open/dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, f"Open {ROLE[side]} Document", start, FILE_FILTER)
        if path:
            self.settings.setValue("open/dir", str(Path(path).parent))
            self.load_file(side, path)

    def paste_as(self, side: str) -> None:
        text = QApplication.clipboard().text()
        if not text.strip():
            self.notify("info", "Nothing to paste", "The clipboard holds no text.")
            return
        self.load_text(side, text)

    def handle_drop(self, paths: list[str], side: str | None = None) -> None:
        """One file loads on the side it was dropped on; two files load as original and revised."""
        paths = [p for p in paths if p]
        if len(paths) == 2:
            self.load_pair(paths[0], paths[1])
        elif len(paths) == 1:
            if side is None:
                side = "a" if self.sides["a"].document is None else "b"
            self.load_file(side, paths[0])
        elif paths:
            self.notify("error", "Too many files", "Drop one file on a side, or two files to compare them.")

    def load_pair(self, old: str, new: str) -> None:
        if self._defer_until_painted(lambda: self.load_pair(old, new)):
            return
        self.load_file("a", old)
        self.load_file("b", new)

    def _defer_until_painted(self, work: Callable[[], None]) -> bool:
        """Hold work asked for while a just-shown window has not painted yet.

        Qt lays out and paints every widget on the first show (~0.1 s of Python callbacks); a worker
        started then competes with it for the GIL, so the window would appear later and stutter.
        """
        if self._painted or not self.isVisible():
            return False
        self._after_paint.append(work)
        QTimer.singleShot(500, self._run_after_paint)  # in case no paint comes (a minimised window)
        return True

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._run_after_paint)  # after the rest of this first paint

    def _run_after_paint(self) -> None:
        self._painted = True
        pending, self._after_paint = self._after_paint, []
        for work in pending:
            work()

    def load_file(self, side: str, path: str) -> None:
        self._start_read(side, path=str(path))

    def load_text(self, side: str, text: str, source: str = "Pasted text") -> None:
        self._start_read(side, pasted=text, source=source)

    def _start_read(
        self, side: str, path: str | None = None, pasted: str | None = None, source: str = "Pasted text"
    ) -> None:
        read, read_text, options = self.read_fn, self.read_text_fn, self.options

        def work(progress, cancel):
            progress(0.0, f"Reading {Path(path).name if path else source}")
            # In the worker: the first call imports the engine (~0.1 s) and must not hold up the window.
            ro = _read_options(options)
            doc = read(path, ro) if path is not None else read_text(pasted or "", source, ro)
            if cancel():
                raise Cancelled("Reading cancelled")
            return {
                "side": side,
                "doc": doc,
                "words": doc.word_count,
                "path": path,
                "pasted": pasted,
                "ro": ro,
            }

        self.headers[side].set_document(None, busy=f"Reading {Path(path).name if path else source}…")
        self.runner.start(f"read-{side}", work)

    def _read_done(self, payload: dict) -> None:
        side = payload["side"]
        st = self.sides[side]
        st.document, st.words = payload["doc"], payload["words"]
        st.path, st.pasted, st.read_options = payload["path"], payload["pasted"], payload["ro"]
        self.headers[side].set_document(st.document, st.words)
        for w in st.document.warnings:
            self.statusBar().showMessage(f"{st.document.name}: {w}", 8000)
        self._clear_result()
        self._update_title()
        self._maybe_compare()

    def _update_title(self) -> None:
        names = [s.document.name if s.document else "—" for s in (self.sides["a"], self.sides["b"])]
        self.setWindowTitle(
            f"{names[0]} \u21c4 {names[1]} — Clausediff"
            if any(s.document for s in self.sides.values())
            else "Clausediff"
        )

    def _clear_result(self) -> None:
        self.presentation = None
        self.current_entry = None
        for side, pane in self.panes.items():
            pane.set_document(self.sides[side].document)
        self.linkmap.set_presentation(None)
        self.overview.set_presentation(None)
        self.change_list.model_.set_presentation(None)
        self.items_panel.set_items(None)
        self.summary_label.setText(
            "Comparing…"
            if all(s.document for s in self.sides.values())
            else "Open two versions to compare them"
        )
        self._refresh_find()
        self._update_actions()

    def swap_sides(self) -> None:
        if self.runner.is_busy("read-a") or self.runner.is_busy("read-b"):
            return
        self.sides["a"], self.sides["b"] = self.sides["b"], self.sides["a"]
        for side in ("a", "b"):
            st = self.sides[side]
            self.headers[side].set_document(st.document, st.words)
            self.panes[side].set_document(None)
        self._clear_result()
        self._update_title()
        self._maybe_compare()

    # ================================================================== comparing

    def _maybe_compare(self) -> None:
        a, b = self.sides["a"].document, self.sides["b"].document
        if a is None or b is None:
            return
        if self.runner.is_busy("read-a") or self.runner.is_busy("read-b"):
            return  # the pending read will start the comparison
        self.start_compare()

    def start_compare(self) -> None:
        doc_a, doc_b, options, fn = (
            self.sides["a"].document,
            self.sides["b"].document,
            self.options,
            self.compare_fn,
        )
        if doc_a is None or doc_b is None:
            return

        def work(progress, cancel):
            result = fn(doc_a, doc_b, options, progress, cancel)
            if cancel():
                raise Cancelled("Comparison cancelled")
            progress(1.0, "Preparing the view")
            return {"presentation": build_presentation(result), "docs": (doc_a, doc_b)}

        self.summary_label.setText("Comparing…")
        self.runner.start("compare", work)

    def _compare_done(self, payload: dict) -> None:
        doc_a, doc_b = payload["docs"]
        if doc_a is not self.sides["a"].document or doc_b is not self.sides["b"].document:
            return  # the documents changed while this ran; a newer comparison is on its way
        pres: Presentation = payload["presentation"]
        self.presentation = pres
        self.current_entry = None
        res = pres.result
        self.panes["a"].set_document(res.a.document, res.a.clauses, pres.a)
        self.panes["b"].set_document(res.b.document, res.b.clauses, pres.b)
        self.linkmap.set_presentation(pres)
        self.overview.set_presentation(pres)
        self.change_list.model_.set_presentation(pres)
        self.items_panel.set_items(res.items)
        self.summary_label.setText(summary_text(pres))
        self.summary_label.setToolTip(
            f"{res.stats.clauses_a} clauses in the original, {res.stats.clauses_b} in the revised version; "
            f"compared by {res.options.segment}"
        )
        self._remember_pair()
        self._refresh_find()
        self._update_actions()
        self._on_user_scroll("b")

    def cancel_work(self) -> None:
        busy = [k for k in ("compare", "read-a", "read-b", "export") if self.runner.is_busy(k)]
        if not busy:
            return
        for k in busy:
            self.runner.cancel(k)
        for side in ("a", "b"):
            if f"read-{side}" in busy:
                self.headers[side].set_document(self.sides[side].document, self.sides[side].words)
        if "compare" in busy:
            self.summary_label.setText("Comparison cancelled — change an option or reload to compare again")
        self.statusBar().showMessage("Cancelled", 5000)

    def _options_from_actions(self) -> None:
        seg = next((m for m, act in self.segment_actions.items() if act.isChecked()), SegmentMode.CLAUSES)
        new = replace(
            self.options,
            segment=seg,
            ignore_case=self.opt_actions["ignore_case"].isChecked(),
            ignore_punctuation=self.opt_actions["ignore_punctuation"].isChecked(),
            ignore_whitespace=self.opt_actions["ignore_whitespace"].isChecked(),
            revisions="original" if self.act_original_revisions.isChecked() else "accept",
        )
        self.set_options(new)

    def set_options(self, options: CompareOptions) -> None:
        """Apply new options: re-read when reading depends on them (line mode), then compare again."""
        if options == self.options:
            return
        self.options = options
        for key, act in self.opt_actions.items():
            act.setChecked(getattr(options, key))
        self.segment_actions[options.segment].setChecked(True)
        self.act_original_revisions.setChecked(options.revisions == "original")
        s = self.settings
        s.setValue("options/segment", options.segment.value)
        s.setValue("options/original_revisions", options.revisions == "original")
        for key in self.opt_actions:
            s.setValue(f"options/{key}", getattr(options, key))
        try:
            ro = _read_options(options)
        except Exception as exc:
            self._report_failure("compare", exc, "")
            return
        reread = False
        for side, st in self.sides.items():
            if st.document is not None and st.read_options != ro and (st.path or st.pasted is not None):
                reread = True
                if st.path:
                    self._start_read(side, path=st.path)
                else:
                    self._start_read(side, pasted=st.pasted, source=st.document.source)
        if not reread:
            self._clear_result()
            self._maybe_compare()

    # ================================================================== worker outcomes

    def _on_task_finished(self, kind: str, payload: Any) -> None:
        if kind.startswith("read-"):
            self._read_done(payload)
        elif kind == "compare":
            self._compare_done(payload)
        elif kind == "export":
            self._export_done(payload)

    def _on_task_failed(self, kind: str, exc: BaseException, tb: str) -> None:
        self._report_failure(kind, exc, tb)
        if kind.startswith("read-"):
            side = kind[-1]
            self.headers[side].set_document(self.sides[side].document, self.sides[side].words)
            if self.presentation is None:
                self._maybe_compare()

    def _report_failure(self, kind: str, exc: BaseException, tb: str) -> None:
        if isinstance(exc, Cancelled):
            self.statusBar().showMessage("Cancelled", 5000)
            return
        if tb:
            log.error("%s failed:\n%s", kind, tb)
        if kind.startswith("read"):
            title = "Could not open the document"
        elif kind == "export":
            title = "Could not export"
        else:
            title = "Could not compare"
        if isinstance(exc, ClausediffError):
            path = getattr(exc, "path", None)
            text = f"{Path(path).name}: {exc}" if isinstance(exc, DocumentError) and path else str(exc)
        else:
            text = f"Unexpected error ({type(exc).__name__}: {exc}). Details were written to the log."
        if kind == "compare":
            self.summary_label.setText("Comparison failed")
        self.notify("error", title, text)

    def _on_progress(self, kind: str, fraction: float, message: str) -> None:
        self.progress_bar.setValue(int(fraction * 100))
        self.progress_label.setText(message)

    def _on_busy(self, _kind: str, _busy: bool) -> None:
        busy = any(self.runner.is_busy(k) for k in ("compare", "read-a", "read-b", "export"))
        for w in (self.progress_label, self.progress_bar, self.cancel_button):
            w.setVisible(busy)
        if busy:
            self.progress_bar.setValue(0)
            self.progress_label.setText("Working…")
        self.act_cancel.setEnabled(busy)

    # ================================================================== navigation

    def select_change(self, row: int) -> None:
        pres = self.presentation
        if pres is None or not (0 <= row < len(pres.changes)):
            return
        self.show_entry(pres.changes[row])

    def next_change(self) -> None:
        self._step_change(+1)

    def previous_change(self) -> None:
        self._step_change(-1)

    def _step_change(self, direction: int) -> None:
        pres = self.presentation
        if pres is None or not pres.changes:
            return
        if self.current_entry is None:
            row = 0 if direction > 0 else len(pres.changes) - 1
        elif direction > 0:
            row = bisect_right(pres.changes, self.current_entry)
        else:
            row = bisect_left(pres.changes, self.current_entry) - 1
        if not (0 <= row < len(pres.changes)):
            self.statusBar().showMessage(
                "No more changes" if direction > 0 else "This is the first change", 3000
            )
            return
        self.show_entry(pres.changes[row])

    def show_entry(self, k: int, keep: str | None = None) -> None:
        """Highlight entry ``k`` in both panes and bring it into view; ``keep`` names a pane not to scroll."""
        pres = self.presentation
        if pres is None:
            return
        e = pres.result.alignment[k]
        self.current_entry = k
        self.panes["a"].set_current(e.a)
        self.panes["b"].set_current(e.b)
        self.linkmap.current_entry = k
        primary = keep or ("b" if e.b else "a")
        other = "a" if primary == "b" else "b"
        mine = e.b if primary == "b" else e.a
        theirs = e.a if primary == "b" else e.b
        pp, op = self.panes[primary], self.panes[other]
        self._syncing = True
        try:
            if keep is None:
                pp.scroll_to_clause(mine[0], at=0.25)
            y = pp.clause_span(mine[0])[0]
            if theirs:
                op.scroll_to_clause(theirs[0], y=y)
            else:
                anchor = pres.anchor_other.get(k, -1)
                if anchor >= 0:
                    op.scroll_to_clause(anchor, y=y - (op.clause_span(anchor)[1] - op.clause_span(anchor)[0]))
                else:
                    op.scroll_to_position(0.0)
        finally:
            self._syncing = False
        row = bisect_left(pres.changes, k)
        self.change_list.select_row(row if row < len(pres.changes) and pres.changes[row] == k else None)
        self.statusBar().showMessage(
            pres.change_texts[row]
            if row < len(pres.changes) and pres.changes[row] == k
            else "Unchanged clause",
            4000,
        )
        self.linkmap.update()

    def select_clause(self, side: str, clause: int, scroll: bool = False) -> None:
        """A click on a clause: highlight it and its partner(s), and bring the partner alongside."""
        pres = self.presentation
        if pres is None:
            return
        k = pres.side(side).clause_entry[clause]
        if k < 0:
            return
        if scroll:
            self.panes[side].scroll_to_clause(clause, at=0.25)
        self.show_entry(k, keep=side)

    def jump_to_partner(self, side: str, clause: int, focus: bool = False) -> None:
        """Show the partner of a clause (for a moved one: its other position) in the other pane.

        ``focus``: the keyboard asked (Enter), so the keys follow to the other pane and Enter again
        comes back. A clause without a partner (added or removed) says so instead of doing nothing.
        """
        pres = self.presentation
        if pres is None:
            return
        _mine, theirs, k = pres.partners(side, clause)
        other = "a" if side == "b" else "b"
        if not theirs:
            where = "revised" if side == "a" else "original"
            self.statusBar().showMessage(f"This clause has no counterpart in the {where} version", 4000)
            return
        self.panes[other].scroll_to_clause(theirs[0], at=0.3)
        self.show_entry(k, keep=other)
        if focus:
            self.panes[other].setFocus(Qt.FocusReason.OtherFocusReason)

    def _clause_tooltip(self, side: str, clause: int) -> str | None:
        pres = self.presentation
        if pres is None:
            return None
        k = pres.side(side).clause_entry[clause]
        if k < 0:
            return None
        row = bisect_left(pres.changes, k)
        if row >= len(pres.changes) or pres.changes[row] != k:
            return None
        text = pres.change_texts[row]
        e = pres.result.alignment[k]
        if e.moved:
            if side == "a":
                old = pres.result.a.clauses[clause]
                name = f"§{old.label}" if old.label else "This clause"
                text = f"{name} moved to {entry_label(pres.result, e)}"
            text += "\nClick the \u21c4 marker (or right-click) to see the other position."
        return text

    def _clause_actions(self, side: str, clause: int) -> list[tuple[str, Callable[[], None]]]:
        pres = self.presentation
        if pres is None:
            return []
        _mine, theirs, k = pres.partners(side, clause)
        acts: list[tuple[str, Callable[[], None]]] = []
        if theirs:
            where = "original" if side == "b" else "revised"
            label = "Show Where It Moved From" if side == "b" else "Show Where It Moved To"
            if not pres.result.alignment[k].moved:
                label = f"Show in the {where} version"
            acts.append((label, lambda: self.jump_to_partner(side, clause)))
        return acts

    def _on_user_scroll(self, side: str) -> None:
        self.linkmap.update()
        if self._syncing or not self.act_sync.isChecked() or self.presentation is None:
            return
        other = "a" if side == "b" else "b"
        self._syncing = True
        try:
            pos = self.panes[side].top_position()
            self.panes[other].scroll_to_position(self.presentation.sync.map(pos, side))
        finally:
            self._syncing = False

    def change_font_size(self, step: int) -> None:
        base = QApplication.font().pointSizeF()
        size = base if step == 0 else self.panes["a"].point_size + step
        for pane in self.panes.values():
            pane.set_point_size(size)
        self.settings.setValue("view/font_size", 0.0 if step == 0 else self.panes["a"].point_size)
        self.linkmap.update()

    # ================================================================== find

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()

    def find(self, query: str) -> None:
        """Find ``query`` (case-insensitive, literal) in both documents and go to the first hit."""
        self._find_hits = []
        self._find_index = -1
        if query:
            rx = re.compile(re.escape(query), re.IGNORECASE)
            for side in ("a", "b"):
                doc = self.sides[side].document
                if doc is None:
                    continue
                for n, m in enumerate(rx.finditer(doc.text)):
                    if n >= MAX_FIND_HITS:
                        break
                    self._find_hits.append((side, m.start(), m.end()))
        if self._find_hits:
            self._find_index = 0
        self._show_find_hit()

    def _refresh_find(self) -> None:
        if self.find_bar.isVisible() and self.find_bar.edit.text():
            self.find(self.find_bar.edit.text())
        else:
            for pane in self.panes.values():
                pane.set_find_matches([], None)

    def find_next(self) -> None:
        if not self.find_bar.isVisible():
            self.show_find()
            return
        if self._find_hits:
            self._find_index = (self._find_index + 1) % len(self._find_hits)
            self._show_find_hit()

    def find_previous(self) -> None:
        if self._find_hits:
            self._find_index = (self._find_index - 1) % len(self._find_hits)
            self._show_find_hit()

    def _show_find_hit(self) -> None:
        hits = self._find_hits
        cur = hits[self._find_index] if 0 <= self._find_index < len(hits) else None
        for side, pane in self.panes.items():
            pane.set_find_matches(
                [(s, e) for sd, s, e in hits if sd == side],
                (cur[1], cur[2]) if cur and cur[0] == side else None,
            )
        bar = self.find_bar
        if not bar.edit.text():
            bar.count_label.setText("")
        elif not hits:
            bar.count_label.setText("No matches")
        else:
            n_a = sum(1 for h in hits if h[0] == "a")
            bar.count_label.setText(
                f"{self._find_index + 1} of {len(hits)}  (original {n_a} · revised {len(hits) - n_a})"
            )
        if cur is not None:
            self._syncing = True
            try:
                self.panes[cur[0]].scroll_to_offset(cur[1])
            finally:
                self._syncing = False
            self._on_user_scroll(cur[0])

    def _find_closed(self) -> None:
        self._find_hits, self._find_index = [], -1
        for pane in self.panes.values():
            pane.set_find_matches([], None)
        self.panes["b"].setFocus()

    # ================================================================== export

    def _update_actions(self) -> None:
        has = self.presentation is not None
        for kind, act in self.export_actions.items():
            available = module_available(EXPORTS[kind][0])
            act.setEnabled(has and available)
            if not available:
                act.setToolTip("This export is not available in this installation")
                act.setStatusTip(act.toolTip())
            elif not has:
                act.setToolTip("Compare two documents first")
            else:
                act.setToolTip(act.text().replace("&", "").rstrip("…"))
        self.export_button_action.setEnabled(has)
        for act in (self.act_next, self.act_prev):
            act.setEnabled(has and bool(self.presentation.changes) if has else False)
        self.act_swap.setEnabled(any(s.document for s in self.sides.values()))

    def export_dialog(self, kind: str) -> None:
        dialog = self.make_export_dialog(kind)
        if dialog is None:
            return
        if dialog.exec() and dialog.selectedFiles():
            path = dialog.selectedFiles()[0]
            self.settings.setValue("export/dir", str(Path(path).parent))
            self.export(kind, path)

    def make_export_dialog(self, kind: str) -> QFileDialog | None:
        """A save dialog with an "Open the file when it is ready" box beside the file name.

        Qt's own (non-native) dialog, because native ones cannot carry an extra control; the box is the
        same setting as File > Export > Open File When Done, so both always agree and it persists.
        """
        if self.presentation is None:
            return None
        _mod, _fn, text, filt, suffix = EXPORTS[kind]
        folder = self.settings.value("export/dir", "")
        src = self.sides["b"].path or self.sides["a"].path
        if not folder:
            folder = str(Path(src).parent) if src else str(Path.home())
        stem = Path(src).stem if src else "comparison"
        dialog = QFileDialog(self, f"Export {text.replace('&', '').rstrip('…')}")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(filt)
        dialog.setDefaultSuffix(suffix.rsplit(".", 1)[-1])
        dialog.setDirectory(folder)
        dialog.selectFile(f"{stem}{suffix}")
        box = QCheckBox("&Open the file when it is ready", dialog)
        box.setObjectName("open-when-done")
        box.setChecked(self.act_open_when_done.isChecked())
        box.setToolTip("Open the exported file in its usual application as soon as it has been written")
        box.toggled.connect(self.act_open_when_done.setChecked)
        grid = dialog.layout()
        if isinstance(grid, QGridLayout):
            grid.addWidget(box, grid.rowCount(), 0, 1, grid.columnCount())
        else:  # a future Qt with another layout: still offer the choice
            grid.addWidget(box)
        dialog.open_when_done_box = box  # type: ignore[attr-defined]
        return dialog

    def export(self, kind: str, path: str) -> None:
        """Write an export off the UI thread; the outcome is reported in the status bar or a message."""
        pres = self.presentation
        if pres is None:
            return
        module, func, *_ = EXPORTS[kind]
        inputs = tuple(p for p in (self.sides["a"].path, self.sides["b"].path) if p)
        result = pres.result

        def work(progress, cancel):
            progress(0.1, f"Writing {Path(path).name}")
            mod = importlib.import_module(module)
            fn = getattr(mod, func)
            summary = mod.RedlineSummary() if kind == "redline" else None
            if summary is not None:
                fn(result, path, inputs=inputs, summary=summary)
            else:
                fn(result, path, inputs=inputs)
            return {"path": path, "notes": summary.lines() if summary is not None else []}

        self.runner.start("export", work)

    def _export_done(self, payload: dict) -> None:
        path = payload["path"]
        notes = payload.get("notes") or []
        self.statusBar().showMessage("; ".join([f"Saved {path}", *notes[:1]]), 8000)
        self.messages.append(("info", "Exported", "\n".join([path, *notes])))
        if self.act_open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    # ================================================================== recent

    def _recent(self) -> list[list[str]]:
        raw = self.settings.value("recent/pairs", "[]")
        try:
            pairs = json.loads(raw)
        except (TypeError, ValueError):
            return []
        return [p for p in pairs if isinstance(p, list) and len(p) == 2]

    def _remember_pair(self) -> None:
        a, b = self.sides["a"].path, self.sides["b"].path
        if not (a and b):
            return
        pairs = [p for p in self._recent() if p != [a, b]]
        pairs.insert(0, [a, b])
        self.settings.setValue("recent/pairs", json.dumps(pairs[:MAX_RECENT]))

    def _fill_recent(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        pairs = self._recent()
        for n, (a, b) in enumerate(pairs, 1):
            act = menu.addAction(f"&{n % 10} {Path(a).name} \u21c4 {Path(b).name}")
            act.setToolTip(f"{a}\n{b}")
            act.triggered.connect(lambda _c=False, a=a, b=b: self.load_pair(a, b))
        if not pairs:
            menu.addAction("No recent comparisons").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("Clear List", lambda: self.settings.setValue("recent/pairs", "[]"))

    # ================================================================== drag and drop on the window

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.handle_drop(paths))


def summary_text(pres: Presentation) -> str:
    """ "3 changed · 2 added · 1 removed · 1 moved · +45/−30 words · items +7/−2"."""
    s = pres.result.stats
    if not pres.changes:
        return "No differences"
    parts = [f"{s.changed} changed", f"{s.added} added", f"{s.removed} removed", f"{s.moved} moved"]
    if s.relabelled:
        parts.append(f"{s.relabelled} renumbered")
    parts.append(f"+{s.words_inserted}/\u2212{s.words_deleted} words")
    if s.items_added or s.items_removed:
        parts.append(f"items +{s.items_added}/\u2212{s.items_removed}")
    return " · ".join(parts)
