"""The main window: two linked panes, a change list, the items panel, and the wiring between them.

The window lays out the views and shows what its controllers produce; each job has its own module:
:mod:`gui.session` (reading and comparing, always as :class:`gui.worker.TaskRunner` tasks off the UI
thread), :mod:`gui.navigation` (the current change, synchronised scrolling), :mod:`gui.findbar`,
:mod:`gui.exporting`, :mod:`gui.recent` and :mod:`gui.dropping`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QGridLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import compare
from compare.errors import Cancelled
from compare.model import ComparisonResult

from . import theme
from .actions import Actions
from .changelist import ChangeListView
from .dropping import DropHandler
from .exporting import ExportController
from .findbar import FindController
from .itemspanel import ItemsPanel
from .legend import LegendBar
from .linkmap import LinkMap
from .messages import ABOUT, failure_message, show_box
from .navigation import Navigator
from .overview import OverviewStrip
from .pane import DocumentPane
from .presentation import Presentation, summary_text
from .recent import RecentComparisons
from .series import SeriesController
from .session import ROLE, TASKS, Session
from .timeline import TimelineView
from .versions import VersionStrip
from .widgets import PaneHeader
from .worker import TaskRunner

log = logging.getLogger(__name__)
ITEMS_HINT = (
    "Items of lists in the text (\u201ccoal, iron and textiles\u201d) that were added, removed or "
    "changed appear here once two versions are compared."
)


class MainWindow(QMainWindow):
    """Lays out the views, owns the controllers, and shows what they produce."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Clausediff")
        from .assets import app_icon

        self.setWindowIcon(app_icon())
        self.dialogs_enabled = True
        self.messages: list[tuple[str, str, str]] = []  # (level, title, text): everything shown to the user
        self.presentation: Presentation | None = None
        self.help_dialog = None
        self._painted = False  # the first paint of a shown window is Qt's biggest single job
        self._after_paint: list[Callable[[], None]] = []
        self.settings = QSettings()
        self.runner = TaskRunner(self)
        self.session = Session(self)
        self.navigator = Navigator(self)
        self.finder = FindController(self)
        self.exporter = ExportController(self)
        self.recent = RecentComparisons(self.settings, self.load_pair)
        self.dropping = DropHandler(self)
        self.series = SeriesController(self)
        self.runner.finished.connect(self._on_task_finished)
        self.runner.partial.connect(lambda kind, payload: self.session.task_partial(kind, payload))
        self.runner.failed.connect(self._on_task_failed)
        self.runner.progress.connect(self._on_progress)
        self.runner.busyChanged.connect(self._on_busy)
        self._build_central()
        self._build_docks()
        self._build_statusbar()
        self.act = Actions(self)
        self.act.add_menus()
        self.act.add_toolbar()
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
            pane.clauseClicked.connect(lambda i, s=side: self.navigator.click_clause(s, i))
            pane.jumpRequested.connect(lambda i, s=side: self.navigator.jump_to_partner(s, i))
            pane.partnerRequested.connect(lambda i, s=side: self.navigator.jump_to_partner(s, i, focus=True))
            pane.filesDropped.connect(lambda paths, s=side: self.handle_drop(paths, s))
            pane.userScrolled.connect(lambda s=side: self.navigator.follow_scroll(s))
            pane.tooltip_for = lambda i, s=side: self.navigator.clause_tooltip(s, i)
            pane.context_actions_for = lambda i, s=side: self.navigator.clause_actions(s, i)
            header.openClicked.connect(lambda s=side: self.session.open_dialog(s))
            header.pasteClicked.connect(lambda s=side: self.session.paste_as(s))
            grid.addWidget(header, 0, col)
            grid.addWidget(pane, 1, col)
            self.panes[side], self.headers[side] = pane, header
        self.linkmap = LinkMap(self.panes["a"], self.panes["b"])
        grid.addWidget(self.linkmap, 1, 1)
        self.overview = OverviewStrip(self.panes["b"])
        self.overview.changeClicked.connect(self.navigator.select_change)
        grid.addWidget(self.overview, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1, 1)
        self.banner = QLabel("")
        self.banner.setObjectName("identical-banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#identical-banner { padding: 6px; font-weight: bold; }")
        self.banner.setAccessibleName("Comparison outcome")
        self.banner.hide()
        self.strip = VersionStrip()
        self.strip.pairChosen.connect(self.series.show_pair)
        self.strip.hide()  # only for a series of versions
        outer.addWidget(self.strip)
        outer.addWidget(self.banner)
        outer.addLayout(grid, 1)
        self.legend = LegendBar()
        self.legend.helpRequested.connect(self.show_help)
        self.legend.setVisible(self.settings.value("view/legend", True, type=bool))
        outer.addWidget(self.legend)
        outer.addWidget(self.finder.bar)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.change_list = ChangeListView()
        self.change_list.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.navigator.select_change(cur.row()) if cur.isValid() else None
        )
        self.change_list.clicked.connect(lambda idx: self.navigator.select_change(idx.row()))
        self.change_dock = QDockWidget("Changes", self)
        self.change_dock.setObjectName("changes-dock")
        self.change_dock.setWidget(self.change_list)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.change_dock)
        self.items_panel = ItemsPanel()
        self.items_panel.itemSpans.connect(self.show_item_words)
        self.items_panel.itemChosen.connect(
            lambda side, i: self.navigator.select_clause(side, i, scroll=True)
        )
        self.items_placeholder = QLabel(ITEMS_HINT)
        self.items_placeholder.setWordWrap(True)
        self.items_placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.items_placeholder.setMargin(8)
        self.items_placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.items_stack = QStackedWidget()
        self.items_stack.addWidget(self.items_placeholder)
        self.items_stack.addWidget(self.items_panel)
        self.timeline = TimelineView()
        self.timeline.stepChosen.connect(lambda v: self.series.show_pair(v - 1, v))
        self.items_tabs = QTabWidget()
        self.items_tabs.setDocumentMode(True)
        self.items_tabs.addTab(self.items_stack, "This Comparison")
        self.items_tabs.addTab(self.timeline, "Timeline")
        self.items_tabs.setTabToolTip(1, "Every list item through the versions of a series")
        self.items_tabs.tabBar().hide()  # one tab until a series is open
        self.items_tabs.setTabVisible(1, False)
        self.items_dock = QDockWidget("Items", self)
        self.items_dock.setObjectName("items-dock")
        self.items_dock.setWidget(self.items_tabs)
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
        self.cancel_button.clicked.connect(self.session.cancel)
        self.summary_label = QLabel("Open two versions to compare them")
        self.summary_label.setAccessibleName("Comparison summary")
        for w in (self.progress_label, self.progress_bar, self.cancel_button):
            sb.addWidget(w)
            w.hide()
        sb.addPermanentWidget(self.summary_label)

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

    def _restore_view_settings(self) -> None:
        geo = self.settings.value("window/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        only = self.settings.value("view/only_changes", False, type=bool)
        for pane in self.panes.values():
            pane.only_changes = only
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
        if self.dialogs_enabled:
            show_box(self, level, title, text)

    def show_help(self) -> None:
        """Help > How to Read a Comparison (one dialog, raised again if already open)."""
        if self.help_dialog is None:
            from .helpdialog import HelpDialog

            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()

    def set_only_changes(self, on: bool) -> None:
        """View > Show Only Changes: fold unchanged runs in both panes; the selected change stays in view."""
        self.settings.setValue("view/only_changes", on)
        for pane in self.panes.values():
            pane.set_only_changes(on)
        k = self.navigator.current_entry
        if k is not None:
            self.navigator.show_entry(k)
        else:
            self.navigator.follow_scroll("b")
        self.linkmap.update()

    def set_legend_visible(self, on: bool) -> None:
        self.legend.setVisible(on)
        self.settings.setValue("view/legend", on)

    def show_about(self) -> None:
        self.notify("info", "About Clausediff", ABOUT.format(version=compare.__version__))

    # ================================================================== loading and showing

    def handle_drop(self, paths: list[str], side: str | None = None) -> None:
        """Load dropped files (see :meth:`gui.dropping.DropHandler.handle_drop`)."""
        self.dropping.handle_drop(paths, side)

    def load_pair(self, old: str, new: str, links: dict | None = None) -> None:
        """Load ``old`` as the original and ``new`` as the revised version (after the first paint);
        ``links``: manual pairs saved with a recent comparison (see :meth:`gui.session.Session.links`)."""
        if self._defer_until_painted(lambda: self.load_pair(old, new, links)):
            return
        self.session.expect_links(old, new, links)
        self.session.load_file("a", old)
        self.session.load_file("b", new)

    def open_series(self, paths: list[str]) -> None:
        """Compare ``paths`` as versions of one draft in the order given (after the first paint)."""
        if self._defer_until_painted(lambda: self.open_series(paths)):
            return
        self.series.open(paths, ask=False)

    def export(self, kind: str, path: str) -> None:
        """Write export ``kind`` (a key of :data:`gui.exporting.EXPORTS`) to ``path`` off the UI thread."""
        self.exporter.export(kind, path)

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

    def show_item_words(self, old: tuple[int, int] | None, new: tuple[int, int] | None) -> None:
        """Mark a chosen list item's own words in both panes, not only its clause."""
        self.panes["a"].set_item_span(tuple(old) if old else None)
        self.panes["b"].set_item_span(tuple(new) if new else None)

    def show_side(self, side: str, busy: str = "") -> None:
        """The header of one side: what is loaded there, or (``busy``) what is being read."""
        if busy:
            self.headers[side].set_document(None, busy=busy)
        else:
            st = self.session.sides[side]
            self.headers[side].set_document(st.document, st.words)

    def update_title(self) -> None:
        """ "old.docx ⇄ new.docx — Clausediff" once something is loaded."""
        sides = self.session.sides
        names = [s.document.name if s.document else "—" for s in (sides["a"], sides["b"])]
        self.setWindowTitle(
            f"{names[0]} \u21c4 {names[1]} — Clausediff"
            if any(s.document for s in sides.values())
            else "Clausediff"
        )

    def clear_result(self) -> None:
        """The documents changed: show them as plain text until the next comparison arrives."""
        self.presentation = None
        self.navigator.current_entry = None
        self.navigator.clear_picks()
        for side, pane in self.panes.items():
            pane.set_document(self.session.sides[side].document)
        self.linkmap.set_presentation(None)
        self.overview.set_presentation(None)
        self.change_list.model_.set_presentation(None)
        self.items_panel.set_items(None)
        self.items_placeholder.setText(ITEMS_HINT)
        self.items_stack.setCurrentWidget(self.items_placeholder)
        self.banner.hide()
        self.summary_label.setText(
            "Comparing…"
            if all(s.document for s in self.session.sides.values())
            else "Open two versions to compare them"
        )
        self.finder.refresh()
        self._update_actions()

    def show_result(self, pres: Presentation) -> None:
        """Show a finished comparison in every view."""
        self.presentation = pres
        self.navigator.current_entry = None
        self.navigator.clear_picks()
        res = pres.result
        self.panes["a"].set_document(res.a.document, res.a.clauses, pres.a)
        self.panes["b"].set_document(res.b.document, res.b.clauses, pres.b)
        self.linkmap.set_presentation(pres)
        self.overview.set_presentation(pres)
        self.change_list.model_.set_presentation(pres)
        self._show_items_panel(res)
        self._show_banner(pres)
        self.summary_label.setText(summary_text(pres))
        self.summary_label.setToolTip(
            f"{res.stats.clauses_a} clauses in the original, {res.stats.clauses_b} in the revised version; "
            f"compared by {res.options.segment}"
        )
        self.finder.refresh()
        self._update_actions()
        self.navigator.follow_scroll("b")

    def show_items(self, shown: ComparisonResult, result: ComparisonResult) -> None:
        """The list items of the comparison shown early (``shown``) arrived: the full ``result`` replaces
        it everywhere (same alignment, same sides); panes and change list stay as they are."""
        pres = self.presentation
        if pres is None or pres.result is not shown:
            return
        pres.result = result
        self._show_items_panel(result)
        self.summary_label.setText(summary_text(pres))
        self._update_actions()

    def _show_items_panel(self, res: ComparisonResult) -> None:
        if res.items_pending:
            self.items_placeholder.setText("Finding list items…")
            self.items_panel.set_items(None)
            self.items_stack.setCurrentWidget(self.items_placeholder)
            return
        self.items_panel.set_items(res.items)
        self.items_stack.setCurrentWidget(self.items_panel)

    def items_cancelled(self) -> None:
        """The comparison on screen was cancelled before its list items were found."""
        pres = self.presentation
        if pres is not None and pres.result.items_pending:
            self.items_placeholder.setText(
                "The comparison was stopped before its list items were found: compare again to see them."
            )
            self.summary_label.setText(summary_text(pres) + " \u00b7 list items cancelled")

    def _show_banner(self, pres: Presentation) -> None:
        """No differences: say so above the panes, where the user is looking, not only in the status bar."""
        res = pres.result
        if pres.changes or not res.a.clauses:
            self.banner.hide()
            return
        paths = [self.session.sides[s].path for s in ("a", "b")]
        same_file = paths[0] is not None and paths[0] == paths[1]
        text = "The documents are identical"
        if same_file:
            text += f" \u2014 {res.a.document.name} was compared with itself"
        elif any((res.options.ignore_case, res.options.ignore_punctuation, res.options.ignore_whitespace)):
            text += " (apart from what the Options menu ignores)"
        self.banner.setText(text)
        self.banner.setStyleSheet(
            "QLabel#identical-banner { padding: 6px; font-weight: bold; "
            f"background: {theme.tint('added', palette=self.palette()).name(QColor.NameFormat.HexArgb)}; }}"
        )
        self.banner.show()

    def refresh_rows(self) -> None:
        """The change-list rows and marks were rebuilt (Ignore Renumbering): show them, keep the place."""
        pres = self.presentation
        if pres is None:
            return
        self.navigator.current_entry = None
        self.change_list.model_.set_presentation(pres)
        self.overview.set_presentation(pres)
        for pane in self.panes.values():
            pane.set_current(())
            if pane.only_changes:
                pane.set_only_changes(True)  # the marks changed: fold again
        self.linkmap.update()
        self.summary_label.setText(summary_text(pres))
        self._update_actions()

    # ================================================================== worker outcomes

    def show_timeline(self, on: bool) -> None:
        """The Items panel's second tab: the items timeline of a series."""
        self.items_tabs.setTabVisible(1, on)
        self.items_tabs.tabBar().setVisible(on)
        if on:
            self.items_tabs.setCurrentIndex(1)
            self.items_dock.show()
            if self.items_dock.width() < 420:  # a column per version beside the item's name
                self.resizeDocks([self.items_dock], [420], Qt.Orientation.Horizontal)
        else:
            self.items_tabs.setCurrentIndex(0)

    def _on_task_finished(self, kind: str, payload: Any) -> None:
        if kind == "export":
            self.exporter.done(payload)
        elif kind == "series":
            self.series.done(payload)
        else:
            self.session.task_finished(kind, payload)

    def _on_task_failed(self, kind: str, exc: BaseException, tb: str) -> None:
        if kind == "compare" and self.session.compare_failed(exc):
            return
        self.report_failure(kind, exc, tb)
        if kind.startswith("read-"):
            self.session.read_failed(kind[-1])

    def report_failure(self, kind: str, exc: BaseException, tb: str) -> None:
        """Tell the user why task ``kind`` failed (a cancellation is only noted in the status bar)."""
        if isinstance(exc, Cancelled):
            self.statusBar().showMessage("Cancelled", 5000)
            return
        if tb:
            log.error("%s failed:\n%s", kind, tb)
        path = self.session.reading_paths.get(kind[-1]) if kind.startswith("read-") else None
        if kind == "compare":
            self.summary_label.setText("Comparison failed")
        self.notify("error", *failure_message(kind, exc, path))

    def _on_progress(self, kind: str, fraction: float, message: str) -> None:
        self._set_progress(int(fraction * 100))
        self.progress_label.setText(message)

    def _set_progress(self, value: int) -> None:
        """QProgressBar.setValue repaints at once (with whatever lies under it: ~0.1 s on a long pair);
        the value is set with updates off and painted with the next frame instead."""
        bar = self.progress_bar
        if bar.value() == value:
            return
        bar.setUpdatesEnabled(False)
        bar.setValue(value)
        bar.setUpdatesEnabled(True)
        bar.update()

    def _on_busy(self, _kind: str, _busy: bool) -> None:
        busy = any(self.runner.is_busy(k) for k in TASKS)
        for w in (self.progress_label, self.progress_bar, self.cancel_button):
            w.setVisible(busy)
        if busy:
            self._set_progress(0)
            self.progress_label.setText("Working…")
        self.act.cancel.setEnabled(busy)

    def change_font_size(self, step: int) -> None:
        base = QApplication.font().pointSizeF()
        size = base if step == 0 else self.panes["a"].point_size + step
        for pane in self.panes.values():
            pane.set_point_size(size)
        self.settings.setValue("view/font_size", 0.0 if step == 0 else self.panes["a"].point_size)
        self.linkmap.update()

    def _update_actions(self) -> None:
        pres = self.presentation
        self.exporter.update_actions(pres is not None, pending=pres is not None and pres.result.items_pending)
        self.act.update(
            pres is not None and bool(pres.changes), any(s.document for s in self.session.sides.values())
        )
