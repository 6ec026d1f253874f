"""The window's commands: its actions, menus and toolbar, built in one place.

Each command is a ``QAction`` owned by the window (so its shortcut works wherever the focus is) that
calls a slot of the window or of one of its controllers; :class:`Actions` also keeps the Options menu
and the comparison options in step.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from compare.model import CompareOptions, SegmentMode

if TYPE_CHECKING:
    from .mainwindow import MainWindow


def make_action(
    owner: QWidget, text: str, slot: Callable[..., Any], shortcut: Any = None, tip: str = ""
) -> QAction:
    """An action on ``owner`` (its shortcut live in the whole window) that calls ``slot()``."""
    act = QAction(text, owner)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    if tip:
        act.setStatusTip(tip)
        act.setToolTip(tip)
    act.triggered.connect(lambda _checked=False: slot())
    owner.addAction(act)
    return act


def _fill(menu: QMenu, *items: QAction | None) -> None:
    """Add ``items`` to ``menu`` in order; ``None`` is a separator."""
    for act in items:
        if act is None:
            menu.addSeparator()
        else:
            menu.addAction(act)


class Actions:
    """Every menu and toolbar command of the window (export's own are in :mod:`gui.exporting`)."""

    def __init__(self, window: MainWindow) -> None:
        w = window
        self.window = window
        a = functools.partial(make_action, window)
        self.open_a = a(
            "Open &Original…",
            lambda: w.session.open_dialog("a"),
            QKeySequence.StandardKey.Open,
            "Open the original (old) version",
        )
        self.open_b = a(
            "Open &Revised…",
            lambda: w.session.open_dialog("b"),
            "Ctrl+Shift+O",
            "Open the revised (new) version",
        )
        self.quit = a("&Quit", w.close, QKeySequence.StandardKey.Quit)
        self.paste_a = a(
            "Paste as &Original",
            lambda: w.session.paste_as("a"),
            "Ctrl+Shift+V",
            "Use the clipboard text as the original",
        )
        self.paste_b = a(
            "Paste as &Revised",
            lambda: w.session.paste_as("b"),
            "Ctrl+Alt+V",
            "Use the clipboard text as the revised version",
        )
        self.swap = a("&Swap Sides", w.session.swap_sides, "Ctrl+Shift+X", "Swap original and revised")
        self.find = a(
            "&Find…", w.finder.show_bar, QKeySequence.StandardKey.Find, "Find text in both documents"
        )
        self.find_next = a("Find &Next", w.finder.find_next, QKeySequence.StandardKey.FindNext)
        self.find_prev = a("Find Pre&vious", w.finder.find_previous, QKeySequence.StandardKey.FindPrevious)
        self.next = a("&Next Change", w.navigator.next_change, "F8", "Go to the next change")
        self.prev = a(
            "&Previous Change", w.navigator.previous_change, "Shift+F8", "Go to the previous change"
        )
        self.sync = a(
            "&Synchronised Scrolling",
            self._sync_toggled,
            "Ctrl+L",
            "Scroll both documents together, following the alignment",
        )
        self.sync.setCheckable(True)
        self.sync.setChecked(w.settings.value("view/sync", True, type=bool))
        self.only_changes = a(
            "Show &Only Changes",
            lambda: w.set_only_changes(self.only_changes.isChecked()),
            "Ctrl+Shift+H",
            "Fold runs of unchanged paragraphs to one line in both documents",
        )
        self.only_changes.setCheckable(True)
        self.only_changes.setChecked(w.settings.value("view/only_changes", False, type=bool))
        self.bigger = a("&Bigger Text", lambda: w.change_font_size(+1), QKeySequence.StandardKey.ZoomIn)
        self.bigger.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.smaller = a("S&maller Text", lambda: w.change_font_size(-1), QKeySequence.StandardKey.ZoomOut)
        self.reset_font = a("&Reset Text Size", lambda: w.change_font_size(0), "Ctrl+0")
        self.pair = a(
            "&Pair These",
            w.navigator.pair_picked,
            "Ctrl+Shift+P",
            "Pair the clause clicked in the original with the clause clicked in the revised version",
        )
        self.unpair = a(
            "&Unpair",
            w.navigator.unpair_current,
            "Ctrl+Shift+U",
            "Undo the pairing of the selected clauses: compare them as removed and added",
        )
        self.pair.setEnabled(False)
        self.unpair.setEnabled(False)
        self.cancel = a("&Cancel Comparison", w.session.cancel, "Esc")
        self.cancel.setEnabled(False)
        self.about = a("&About Clausediff", w.show_about)
        self.help = a(
            "&How to Read a Comparison",
            w.show_help,
            QKeySequence.StandardKey.HelpContents,
            "What the colours, marks, bands and paragraph signs mean",
        )
        self.legend = a(
            "Show &Legend",
            lambda: w.set_legend_visible(self.legend.isChecked()),
            tip="Show what the colours and marks mean under the documents",
        )
        self.legend.setCheckable(True)
        self.legend.setChecked(w.settings.value("view/legend", True, type=bool))
        self._build_option_actions(a, w.session.options)

    def _build_option_actions(self, a: Callable[..., QAction], options: CompareOptions) -> None:
        self.options: dict[str, QAction] = {}
        for key, text in (
            ("ignore_case", "Ignore &Case"),
            ("ignore_punctuation", "Ignore &Punctuation"),
            ("ignore_whitespace", "Ignore &Whitespace"),
        ):
            act = a(text, self._options_changed)
            act.setCheckable(True)
            act.setChecked(getattr(options, key))
            self.options[key] = act
        self.ignore_renumbering = a(
            "Ignore &Renumbering",
            lambda: self.window.session.set_ignore_renumbering(self.ignore_renumbering.isChecked()),
            tip="Do not list clauses whose only change is their number (also in the reports)",
        )
        self.ignore_renumbering.setCheckable(True)
        self.ignore_renumbering.setChecked(self.window.session.ignore_renumbering)
        self.original_revisions = a("Read Tracked Changes as &Original", self._options_changed)
        self.original_revisions.setCheckable(True)
        self.original_revisions.setChecked(options.revisions == "original")
        self.original_revisions.setToolTip(
            "Word files with tracked changes are read as if every change were rejected (the text before "
            "the revisions) instead of accepted"
        )
        self.segment_group = QActionGroup(self.window)
        self.segment: dict[SegmentMode, QAction] = {}
        for mode, text in (
            (SegmentMode.CLAUSES, "By &Clauses"),
            (SegmentMode.SENTENCES, "By &Sentences"),
            (SegmentMode.PARAGRAPHS, "By P&aragraphs"),
            (SegmentMode.LINES, "By &Lines"),
        ):
            act = a(text, self._options_changed)
            act.setCheckable(True)
            act.setChecked(options.segment == mode)
            self.segment_group.addAction(act)
            self.segment[mode] = act
        self.granularity_group = QActionGroup(self.window)
        self.granularity: dict[str, QAction] = {}
        for value, text, tip in (
            (
                "words",
                "Only the &Words That Differ",
                "Mark just the words that changed, as Word's Compare does",
            ),
            (
                "readable",
                "Whole &Phrases",
                "Merge nearby changes into readable phrases (may strike words that are also re-inserted)",
            ),
        ):
            act = a(text, self._options_changed, tip=tip)
            act.setCheckable(True)
            act.setChecked(options.granularity == value)
            self.granularity_group.addAction(act)
            self.granularity[value] = act

    # ------------------------------------------------------------------ menus and toolbar

    def add_menus(self) -> None:
        w = self.window
        mb = w.menuBar()
        m = mb.addMenu("&File")
        _fill(m, self.open_a, self.open_b, w.series.open_action)
        w.recent.add_menu(m)
        m.addSeparator()
        export = w.exporter.add_menu(m)
        export.addSeparator()
        _fill(export, *w.series.export_actions.values())
        m.addSeparator()
        m.addAction(self.quit)
        m = mb.addMenu("&Edit")
        _fill(m, self.paste_a, self.paste_b, self.swap, None, self.find, self.find_next, self.find_prev)
        _fill(m, None, self.pair, self.unpair, None, self.cancel)
        m = mb.addMenu("&View")
        _fill(m, self.next, self.prev, None, self.only_changes, self.sync, None)
        _fill(m, self.bigger, self.smaller, self.reset_font)
        m.addSeparator()
        t = w.change_dock.toggleViewAction()
        t.setText("Show &Change List")
        m.addAction(t)
        t = w.items_dock.toggleViewAction()
        t.setText("Show &Items")
        m.addAction(t)
        m.addAction(self.legend)
        m = mb.addMenu("&Options")
        for act in self.options.values():
            m.addAction(act)
        m.addAction(self.ignore_renumbering)
        m.addSeparator()
        m.addAction(self.original_revisions)
        m.addSeparator()
        seg = m.addMenu("&Segmentation")
        for act in self.segment.values():
            seg.addAction(act)
        gran = m.addMenu("&Word Changes")
        for act in self.granularity.values():
            gran.addAction(act)
        m = mb.addMenu("&Help")
        m.addAction(self.help)
        m.addSeparator()
        m.addAction(self.about)

    def add_toolbar(self) -> None:
        w = self.window
        tb = w.addToolBar("Main")
        tb.setObjectName("main-toolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_a.setIconText("Open Original")
        self.open_b.setIconText("Open Revised")
        self.swap.setIconText("Swap \u21c4")
        self.prev.setIconText("\u25b2 Previous")
        self.next.setIconText("Next \u25bc")
        for act in (self.open_a, self.open_b, self.swap):
            tb.addAction(act)
        tb.addSeparator()
        tb.addAction(self.prev)
        tb.addAction(self.next)
        self.only_changes.setIconText("Only Changes")
        tb.addAction(self.only_changes)
        tb.addSeparator()
        w.exporter.add_button(tb)

    # ------------------------------------------------------------------ state

    def update(self, changes: bool, any_document: bool) -> None:
        """Enable what makes sense now: Next/Previous need a result with changes, Swap a document."""
        for act in (self.next, self.prev):
            act.setEnabled(changes)
        self.swap.setEnabled(any_document)

    def update_pairing(self) -> None:
        """Pair These needs a clause picked on each side; Unpair a selected pairing."""
        nav = self.window.navigator
        self.pair.setEnabled(nav.can_pair())
        self.unpair.setEnabled(nav.current_pairing() is not None)

    def _sync_toggled(self) -> None:
        on = self.sync.isChecked()
        self.window.settings.setValue("view/sync", on)
        if on:
            self.window.navigator.follow_scroll("b")

    def _options_changed(self) -> None:
        """An Options menu entry was toggled: compare again with the options the menu now shows."""
        seg = next((m for m, act in self.segment.items() if act.isChecked()), SegmentMode.CLAUSES)
        gran = next((g for g, act in self.granularity.items() if act.isChecked()), "words")
        session = self.window.session
        new = replace(
            session.options,
            segment=seg,
            ignore_case=self.options["ignore_case"].isChecked(),
            ignore_punctuation=self.options["ignore_punctuation"].isChecked(),
            ignore_whitespace=self.options["ignore_whitespace"].isChecked(),
            revisions="original" if self.original_revisions.isChecked() else "accept",
            granularity=gran,
        )
        session.set_options(new)

    def show_options(self, options: CompareOptions) -> None:
        """Check the Options menu entries that match ``options``."""
        for key, act in self.options.items():
            act.setChecked(getattr(options, key))
        self.segment[options.segment].setChecked(True)
        self.granularity.get(options.granularity, self.granularity["words"]).setChecked(True)
        self.original_revisions.setChecked(options.revisions == "original")
