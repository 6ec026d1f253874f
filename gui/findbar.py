"""Find in both documents: the bar under the panes, its hits, and stepping through them.

Kept out of the window so the search state (the hit list and the current hit) has one owner; the
window only places the bar and asks for a refresh when the documents change.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .widgets import FindBar

if TYPE_CHECKING:
    from .mainwindow import MainWindow

MAX_FIND_HITS = 20000  # per side: enough to step through, bounded so a one-letter search stays instant


class FindController:
    """Owns the find bar and the hits: (side, start, end) offsets in each side's document text."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.hits: list[tuple[str, int, int]] = []
        self.index = -1
        self.bar = FindBar()
        self.bar.hide()
        self.bar.searchChanged.connect(self.find)
        self.bar.nextRequested.connect(self.find_next)
        self.bar.previousRequested.connect(self.find_previous)
        self.bar.closed.connect(self._closed)

    def show_bar(self) -> None:
        self.bar.show()
        self.bar.edit.setFocus()
        self.bar.edit.selectAll()

    def find(self, query: str) -> None:
        """Find ``query`` (case-insensitive, literal) in both documents and go to the first hit."""
        self.hits = []
        self.index = -1
        if query:
            rx = re.compile(re.escape(query), re.IGNORECASE)
            for side in ("a", "b"):
                doc = self.window.session.sides[side].document
                if doc is None:
                    continue
                for n, m in enumerate(rx.finditer(doc.text)):
                    if n >= MAX_FIND_HITS:
                        break
                    self.hits.append((side, m.start(), m.end()))
        if self.hits:
            self.index = 0
        self._show_hit()

    def refresh(self) -> None:
        """The documents changed: search again, or clear the marks when no search is showing."""
        if self.bar.isVisible() and self.bar.edit.text():
            self.find(self.bar.edit.text())
        else:
            for pane in self.window.panes.values():
                pane.set_find_matches([], None)

    def find_next(self) -> None:
        if not self.bar.isVisible():
            self.show_bar()
            return
        if self.hits:
            self.index = (self.index + 1) % len(self.hits)
            self._show_hit()

    def find_previous(self) -> None:
        if self.hits:
            self.index = (self.index - 1) % len(self.hits)
            self._show_hit()

    def _show_hit(self) -> None:
        win, hits = self.window, self.hits
        cur = hits[self.index] if 0 <= self.index < len(hits) else None
        for side, pane in win.panes.items():
            pane.set_find_matches(
                [(s, e) for sd, s, e in hits if sd == side],
                (cur[1], cur[2]) if cur and cur[0] == side else None,
            )
        bar = self.bar
        if not bar.edit.text():
            bar.count_label.setText("")
        elif not hits:
            bar.count_label.setText("No matches")
        else:
            n_a = sum(1 for h in hits if h[0] == "a")
            bar.count_label.setText(
                f"{self.index + 1} of {len(hits)}  (original {n_a} · revised {len(hits) - n_a})"
            )
        if cur is not None:
            with win.navigator.quietly():
                win.panes[cur[0]].scroll_to_offset(cur[1])
            win.navigator.follow_scroll(cur[0])

    def _closed(self) -> None:
        self.hits, self.index = [], -1
        for pane in self.window.panes.values():
            pane.set_find_matches([], None)
        self.window.panes["b"].setFocus()
