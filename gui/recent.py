"""File > Recent Comparisons: the last pairs of files compared, kept in the settings.

A pair is remembered only when a comparison of two files on disk has finished, so the list never
offers something that could not be opened and compared before.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

MAX_RECENT = 10
KEY = "recent/pairs"  # a JSON list of [original, revised] or [original, revised, links], newest first


class RecentComparisons:
    """The recent pairs in ``settings`` and the menu that reopens one through ``open_pair(old, new)``."""

    def __init__(self, settings: QSettings, open_pair: Callable[..., None]) -> None:
        self.settings = settings
        self.open_pair = open_pair
        self.menu: QMenu | None = None

    def pairs(self) -> list[list[str]]:
        raw = self.settings.value(KEY, "[]")
        try:
            pairs = json.loads(raw)
        except (TypeError, ValueError):
            return []
        return [p[:2] for p in pairs if isinstance(p, list) and len(p) in (2, 3)]

    def links(self, a: str, b: str) -> dict:
        """The manual links (pairs made by hand) saved with a pair, or {}."""
        try:
            pairs = json.loads(self.settings.value(KEY, "[]"))
        except (TypeError, ValueError):
            return {}
        for p in pairs:
            if isinstance(p, list) and p[:2] == [a, b]:
                return p[2] if len(p) == 3 and isinstance(p[2], dict) else {}
        return {}

    def remember(self, a: str | None, b: str | None, links: dict | None = None) -> None:
        """Put the pair first (once), with its manual links; pasted text (no path) is not remembered."""
        if not (a and b):
            return
        pairs = [[*p, self.links(*p)] if self.links(*p) else p for p in self.pairs() if p != [a, b]]
        pairs.insert(0, [a, b, links] if links else [a, b])
        self.settings.setValue(KEY, json.dumps(pairs[:MAX_RECENT]))

    def add_menu(self, parent: QMenu) -> QMenu:
        """The submenu, filled again each time it opens."""
        self.menu = parent.addMenu("Recent &Comparisons")
        self.menu.aboutToShow.connect(self.fill)
        self.fill()
        return self.menu

    def fill(self) -> None:
        menu = self.menu
        if menu is None:
            return
        menu.clear()
        pairs = self.pairs()
        for n, (a, b) in enumerate(pairs, 1):
            act = menu.addAction(f"&{n % 10} {Path(a).name} \u21c4 {Path(b).name}")
            act.setToolTip(f"{a}\n{b}")
            act.triggered.connect(lambda _c=False, a=a, b=b: self.open_pair(a, b, self.links(a, b)))
        if not pairs:
            menu.addAction("No recent comparisons").setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction("Clear List", lambda: self.settings.setValue(KEY, "[]"))
