"""Moving through a comparison: the current change, partner jumps, and the two panes scrolling together.

Kept apart from the window so that "what happens when the user goes to a change" lives in one place:
the change list, the overview strip, the panes, Find and the Next/Previous commands all end up here.
Everything is cheap UI-thread work on the already built :class:`gui.presentation.Presentation`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from compare.export.describe import clause_ref, entry_label

if TYPE_CHECKING:
    from .mainwindow import MainWindow
    from .presentation import Presentation


class Navigator:
    """The current entry of the alignment and how both panes follow it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.current_entry: int | None = None
        self.syncing = False  # True while we scroll a pane ourselves: the other pane must not echo it
        # manual pairing: the clause last clicked on each side; a click on the same side twice in a row
        # forgets the other side's, so "Pair these" always means the two clauses just clicked, one a side
        self.picks: dict[str, int | None] = {"a": None, "b": None}
        self._last_pick_side: str | None = None

    @property
    def presentation(self) -> Presentation | None:
        return self.window.presentation

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Scroll panes from code without each scroll making the other pane follow."""
        self.syncing = True
        try:
            yield
        finally:
            self.syncing = False

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
        wrapped = not (0 <= row < len(pres.changes))
        if wrapped:  # past the last (or first) change: start again at the other end, and say so
            row = 0 if direction > 0 else len(pres.changes) - 1
        self.show_entry(pres.changes[row])
        if wrapped:
            self.window.statusBar().showMessage(
                "Past the last change: back to the first one"
                if direction > 0
                else "Before the first change: on to the last one",
                5000,
            )

    def show_entry(self, k: int, keep: str | None = None) -> None:
        """Highlight entry ``k`` in both panes and bring it into view; ``keep`` names a pane not to scroll."""
        pres = self.presentation
        if pres is None:
            return
        win = self.window
        e = pres.result.alignment[k]
        self.current_entry = k
        win.panes["a"].set_current(e.a)
        win.panes["b"].set_current(e.b)
        win.linkmap.current_entry = k
        primary = keep or ("b" if e.b else "a")
        other = "a" if primary == "b" else "b"
        mine = e.b if primary == "b" else e.a
        theirs = e.a if primary == "b" else e.b
        pp, op = win.panes[primary], win.panes[other]
        with self.quietly():
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
        row = bisect_left(pres.changes, k)
        win.change_list.select_row(row if row < len(pres.changes) and pres.changes[row] == k else None)
        win.statusBar().showMessage(
            pres.change_texts[row]
            if row < len(pres.changes) and pres.changes[row] == k
            else "Unchanged clause",
            4000,
        )
        win.linkmap.update()
        win.act.update_pairing()

    # ------------------------------------------------------------------ manual pairing

    def click_clause(self, side: str, clause: int) -> None:
        """A clause clicked (or reached with the arrows): select it, and pick it for manual pairing."""
        other = "a" if side == "b" else "b"
        if self._last_pick_side == side:
            self.picks[other] = None
        self.picks[side] = clause
        self._last_pick_side = side
        self._show_picks()
        self.select_clause(side, clause)
        self.window.act.update_pairing()
        self.window.series.clause_selected(side, clause)

    def clear_picks(self) -> None:
        self.picks = {"a": None, "b": None}
        self._last_pick_side = None
        self._show_picks()
        self.window.act.update_pairing()

    def _show_picks(self) -> None:
        for side, pane in self.window.panes.items():
            pane.set_picked(self.picks[side])

    def can_pair(self) -> bool:
        """One clause picked on each side, and not already the whole of one pairing."""
        pres, i, j = self.presentation, self.picks["a"], self.picks["b"]
        if pres is None or i is None or j is None:
            return False
        e = pres.result.alignment[pres.a.clause_entry[i]]
        return not (e.a == (i,) and e.b == (j,))

    def pair_picked(self) -> None:
        if self.can_pair():
            self.window.session.pair(self.picks["a"], self.picks["b"])

    def current_pairing(self) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
        """The current entry's clauses when it pairs clauses of both sides (what Unpair would undo)."""
        pres, k = self.presentation, self.current_entry
        if pres is None or k is None:
            return None
        e = pres.result.alignment[k]
        return (e.a, e.b) if e.a and e.b else None

    def unpair_current(self) -> None:
        pairing = self.current_pairing()
        if pairing is not None:
            self.window.session.unpair(*pairing)

    def select_clause(self, side: str, clause: int, scroll: bool = False) -> None:
        """A click on a clause: highlight it and its partner(s), and bring the partner alongside."""
        pres = self.presentation
        if pres is None:
            return
        k = pres.side(side).clause_entry[clause]
        if k < 0:
            return
        if scroll:
            self.window.panes[side].scroll_to_clause(clause, at=0.25)
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
            self.window.statusBar().showMessage(
                f"This clause has no counterpart in the {where} version", 4000
            )
            return
        self.window.panes[other].scroll_to_clause(theirs[0], at=0.3)
        self.show_entry(k, keep=other)
        if focus:
            self.window.panes[other].setFocus(Qt.FocusReason.OtherFocusReason)

    def clause_tooltip(self, side: str, clause: int) -> str | None:
        """What changed in the clause (and, for two versions of a series, its history through them)."""
        text = self._change_tooltip(side, clause)
        history = self.window.series.history(side, clause) if self.window.series.active else ""
        return "\n".join(t for t in (text, history) if t) or None

    def _change_tooltip(self, side: str, clause: int) -> str | None:
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

    def clause_actions(self, side: str, clause: int) -> list[tuple[str, Callable[[], None]]]:
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
        other = "a" if side == "b" else "b"
        picked = self.picks[other]
        if picked is not None:
            i, j = (clause, picked) if side == "a" else (picked, clause)
            ref = clause_ref(pres.result, other, picked)
            acts.append((f"Pair With {ref}", lambda: self.window.session.pair(i, j)))
        if theirs:
            e = pres.result.alignment[k]
            acts.append(("Unpair", lambda: self.window.session.unpair(e.a, e.b)))
        return acts

    def follow_scroll(self, side: str) -> None:
        """Pane ``side`` scrolled: with synchronised scrolling on, bring the other pane to the same place."""
        win = self.window
        win.linkmap.update()
        if self.syncing or not win.act.sync.isChecked() or self.presentation is None:
            return
        other = "a" if side == "b" else "b"
        with self.quietly():
            pos = win.panes[side].top_position()
            win.panes[other].scroll_to_position(self.presentation.sync.map(pos, side))
