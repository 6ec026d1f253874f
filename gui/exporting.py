"""Export from the window: the File > Export menu, the save dialog, and writing the file off the UI thread.

The writers live in ``compare.export`` and take the result model; this module only knows which writers
exist (:data:`EXPORTS`), asks where to save, runs the writer as an ``"export"`` task on the window's
:class:`gui.worker.TaskRunner`, and reports the outcome.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QGridLayout, QMenu, QToolBar, QToolButton

from .actions import make_action

if TYPE_CHECKING:
    from .mainwindow import MainWindow

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


# Exports of a whole series of versions (gui.series), written from the series, not from the pair on screen.
SERIES_EXPORTS: dict[str, tuple[str, str, str, str, str]] = {
    "series-report": (
        "compare.export.report_series",
        "write_series_report",
        "Series Report (&Word)…",
        "Word document (*.docx)",
        "-series.docx",
    ),
    "series-html": (
        "compare.export.report_series_html",
        "write_series_html",
        "Series Report (&HTML)…",
        "Web page (*.html)",
        "-series.html",
    ),
    "series-json": (
        "compare.export.series_json",
        "write_series_json",
        "Series &JSON…",
        "JSON (*.json)",
        "-series.json",
    ),
}


def spec(kind: str) -> tuple[str, str, str, str, str]:
    return EXPORTS[kind] if kind in EXPORTS else SERIES_EXPORTS[kind]


@functools.cache
def module_available(name: str) -> bool:
    """Cached: a path search per export on every result would be file-system work on the UI thread."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class ExportController:
    """The export commands, their menu and toolbar button, and the export task."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        for kind, (_mod, _fn, text, _filter, _suffix) in EXPORTS.items():
            self.actions[kind] = make_action(window, text, lambda k=kind: self.export_dialog(k))
        self.act_open_when_done = QAction("Open File When &Done", window)
        self.act_open_when_done.setCheckable(True)
        self.act_open_when_done.setChecked(window.settings.value("export/open", True, type=bool))
        self.act_open_when_done.toggled.connect(lambda on: window.settings.setValue("export/open", on))
        self.menu: QMenu | None = None
        self.button: QAction | None = None

    def add_menu(self, parent: QMenu) -> QMenu:
        """File > Export: one entry per writer, then the "open when done" switch."""
        self.menu = parent.addMenu("&Export")
        for act in self.actions.values():
            self.menu.addAction(act)
        self.menu.addSeparator()
        self.menu.addAction(self.act_open_when_done)
        return self.menu

    def add_button(self, toolbar: QToolBar) -> None:
        """An "Export" toolbar button that pops up the same menu (call after :meth:`add_menu`)."""
        self.button = toolbar.addAction("Export")
        self.button.setMenu(self.menu)
        btn = toolbar.widgetForAction(self.button)
        if isinstance(btn, QToolButton):
            btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def update_actions(self, has_result: bool, pending: bool = False) -> None:
        """Enable what can be exported now; the tooltips say why an export is not available.

        ``pending``: the comparison is on screen but its list items are still being found, and every
        export carries them, so exports wait (an export never re-runs or half-runs a comparison)."""
        ready = has_result and not pending
        for kind, act in self.actions.items():
            available = module_available(EXPORTS[kind][0])
            act.setEnabled(ready and available)
            if not available:
                act.setToolTip("This export is not available in this installation")
                act.setStatusTip(act.toolTip())
            elif not has_result:
                act.setToolTip("Compare two documents first")
            elif pending:
                act.setToolTip("Available in a moment: the list items are still being found")
            else:
                act.setToolTip(act.text().replace("&", "").rstrip("…"))
        if self.button is not None:
            self.button.setEnabled(ready)

    def export_dialog(self, kind: str) -> None:
        dialog = self.make_dialog(kind)
        if dialog is None:
            return
        if dialog.exec() and dialog.selectedFiles():
            path = dialog.selectedFiles()[0]
            self.window.settings.setValue("export/dir", str(Path(path).parent))
            self.export(kind, path)

    def make_dialog(self, kind: str) -> QFileDialog | None:
        """A save dialog with an "Open the file when it is ready" box beside the file name.

        Qt's own (non-native) dialog, because native ones cannot carry an extra control; the box is the
        same setting as File > Export > Open File When Done, so both always agree and it persists.
        """
        win = self.window
        if self._subject(kind) is None:
            return None
        _mod, _fn, text, filt, suffix = spec(kind)
        folder = win.settings.value("export/dir", "")
        src = win.series.paths[-1] if kind in SERIES_EXPORTS else None
        src = src or win.session.sides["b"].path or win.session.sides["a"].path
        if not folder:
            folder = str(Path(src).parent) if src else str(Path.home())
        stem = Path(src).stem if src else "comparison"
        dialog = QFileDialog(win, f"Export {text.replace('&', '').rstrip('…')}")
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
        win = self.window
        subject = self._subject(kind)
        if subject is None:
            return
        module, func, *_ = spec(kind)
        if kind in SERIES_EXPORTS:
            inputs, extra = tuple(win.series.paths), {}
        else:
            inputs = tuple(p for p in (win.session.sides["a"].path, win.session.sides["b"].path) if p)
            extra = {"ignore_renumbering": win.presentation.ignore_renumbering} if kind != "redline" else {}

        def work(progress, cancel):
            progress(0.1, f"Writing {Path(path).name}")
            mod = importlib.import_module(module)
            summary = mod.RedlineSummary() if kind == "redline" else None
            if summary is not None:
                extra["summary"] = summary  # where the redline was built, and its revision counts
            getattr(mod, func)(subject, path, inputs=inputs, **extra)
            return {"path": path, "notes": summary.lines() if summary is not None else []}

        win.runner.start("export", work)

    def _subject(self, kind: str):
        """What export ``kind`` writes: the series of versions or the comparison on screen (or None)."""
        win = self.window
        if kind in SERIES_EXPORTS:
            return win.series.series
        return win.presentation.result if win.presentation is not None else None

    def done(self, payload: dict) -> None:
        """The export task finished: say where the file is, and open it if asked to."""
        path = payload["path"]
        notes = payload.get("notes") or []
        self.window.statusBar().showMessage("; ".join([f"Saved {path}", *notes[:1]]), 8000)
        self.window.messages.append(("info", "Exported", "\n".join([path, *notes])))
        if self.act_open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
