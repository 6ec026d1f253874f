"""The window's commands: building its actions, menus and toolbar in one place.

Each command is a ``QAction`` owned by the window (so its shortcut works wherever the focus is) that
calls a slot of the window or of one of its controllers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


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
