"""A draft's history in the window: open N versions, compare each with the one before, show any two.

The engine does the work (:func:`compare.series.compare_series_files`, a ``"series"`` task on the worker);
this controller keeps the series, puts the chosen two versions into the session's two sides (a step of the
series is shown from its own result, any other pair is compared on demand like any two documents, so
the panes, change list, Items panel and every pair export work unchanged), feeds the version strip and the
items timeline; its exports are in :mod:`gui.exporting`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from compare.model import MAX_VERSIONS

from .actions import make_action
from .exporting import SERIES_EXPORTS
from .presentation import Presentation, build_presentation
from .versions import VersionsDialog

if TYPE_CHECKING:
    from compare.model import ComparisonSeries

    from .mainwindow import MainWindow


class SeriesController(QObject):
    """The series on screen (or none), and the commands that open, browse and export it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.series: ComparisonSeries | None = None
        self.paths: list[str] = []
        self.pair: tuple[int, int] | None = None
        self.open_action = make_action(
            window,
            "Open &Versions…",
            self.open_dialog,
            "Ctrl+Alt+O",
            "Open three or more versions of a draft and follow each change and list item through them",
        )
        self.export_actions = {
            kind: make_action(window, text, lambda k=kind: window.exporter.export_dialog(k))
            for kind, (_m, _f, text, _flt, _sfx) in SERIES_EXPORTS.items()
        }
        self.update_actions()

    @property
    def active(self) -> bool:
        return self.series is not None

    # ------------------------------------------------------------------ opening

    def open_dialog(self) -> None:
        from compare.readers import FILE_FILTER

        win = self.window
        start = win.settings.value("open/dir", str(Path.home()))
        paths, _ = QFileDialog.getOpenFileNames(win, "Open Versions (oldest first)", start, FILE_FILTER)
        if paths:
            win.settings.setValue("open/dir", str(Path(paths[0]).parent))
            self.open(paths)

    def open(self, paths: list[str], ask: bool = True) -> None:
        """Compare ``paths`` as a series; with ``ask`` the user first confirms (and may change) the order."""
        win = self.window
        if len(paths) > MAX_VERSIONS:
            win.notify("error", "Too many versions", f"Compare at most {MAX_VERSIONS} versions at a time.")
            return
        if len(paths) < 2:
            win.notify("error", "Not enough versions", "A series needs at least two versions.")
            return
        if ask and win.dialogs_enabled:
            dialog = VersionsDialog(paths, win)
            if not dialog.exec():
                return
            paths = dialog.paths()
        self.start(paths)

    def start(self, paths: list[str], pair: tuple[int, int] | None = None) -> None:
        win = self.window
        options = win.session.options
        self.paths = [str(p) for p in paths]

        ignore_renumbering = win.session.ignore_renumbering

        def work(progress, cancel):
            from compare.series import compare_series_files

            series = compare_series_files(self.paths, options, progress, cancel)
            n = len(series.versions)
            shown = pair if pair and max(pair) < n and pair[0] != pair[1] else (n - 2, n - 1)
            pres = None
            if shown[1] == shown[0] + 1:  # the step on screen first: its view is built here, off the UI
                pres = build_presentation(series.step(shown[0]), ignore_renumbering)
            return {"series": series, "pair": shown, "presentation": pres}

        win.summary_label.setText(f"Comparing {len(paths)} versions\u2026")
        win.runner.start("series", work)

    def done(self, payload: dict) -> None:
        """The series is compared: show its last step (or the pair shown before), the strip, the timeline."""
        win = self.window
        series, pair = payload["series"], payload["pair"]
        self.series = series
        win.strip.set_versions([v.name for v in series.versions], pair)
        win.strip.show()
        win.timeline.set_series(series)
        win.show_timeline(True)
        self.update_actions()
        self.show_pair(*pair, presentation=payload.get("presentation"))

    def restart(self) -> None:
        """The options changed: the whole series is compared again, on the same pair."""
        if self.paths:
            self.start(self.paths, self.pair)

    def leave(self) -> None:
        """A side was loaded on its own: what is shown is no longer part of the series."""
        if self.series is None:
            return
        self.series, self.pair = None, None
        win = self.window
        win.strip.hide()
        win.timeline.set_series(None)
        win.show_timeline(False)
        self.update_actions()

    # ------------------------------------------------------------------ browsing

    def show_pair(self, i: int, j: int, presentation: Presentation | None = None) -> None:
        """Put versions ``i`` (original) and ``j`` (revised) side by side (``presentation``: the step's
        view, already built)."""
        s = self.series
        if s is None or i == j or not (0 <= i < len(s.versions) and 0 <= j < len(s.versions)):
            return
        self.pair = (i, j)
        self.window.strip.set_pair((i, j))
        self.window.strip.set_history("")
        known = (presentation or s.step(i)) if j == i + 1 else None  # a step is shown from its own result
        va, vb = s.versions[i], s.versions[j]
        self.window.session.show_documents(va.document, self.paths[i], vb.document, self.paths[j], known)
        self.window.statusBar().showMessage(f"Comparing {va.tag} with {vb.tag}", 4000)

    def history(self, side: str, clause: int) -> str:
        """ "§4: first in v2, reworded in v4" for a clause of the version shown on ``side``."""
        if self.series is None or self.pair is None:
            return ""
        from compare.series import clause_history

        version = self.pair[0] if side == "a" else self.pair[1]
        versions = self.series.versions
        if not 0 <= clause < len(versions[version].side.clauses):
            return ""
        h = clause_history(self.series, version, clause)
        where = f"\u00a7{h.label}" if h.label else f"Clause {clause + 1}"
        return f"{where} ({versions[version].tag}): {h.summary}"

    def clause_selected(self, side: str, clause: int) -> None:
        if self.series is not None:
            self.window.strip.set_history(self.history(side, clause))

    # ------------------------------------------------------------------ exporting

    def update_actions(self) -> None:
        for act in self.export_actions.values():
            act.setEnabled(self.series is not None)
            act.setToolTip("" if self.series is not None else "Open versions first (File > Open Versions)")
        self.open_action.setEnabled(True)
