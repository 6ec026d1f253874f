"""Colours that read on both light and dark palettes: translucent tints over the palette's base colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# (r, g, b) per mark; alpha is applied by use so the palette's base shows through
_RGB: dict[str, tuple[int, int, int]] = {
    "changed": (240, 165, 0),
    "added": (40, 170, 80),
    "removed": (225, 60, 60),
    "moved": (60, 120, 230),
    "renumbered": (150, 95, 215),
    "warning": (205, 50, 140),  # a cross-reference that now points at another paragraph
    "current": (120, 120, 120),  # an unchanged clause the user selected
}

MARK_NAMES: dict[str, str] = {
    "changed": "changed",
    "added": "added",
    "removed": "removed",
    "moved": "moved",
    "renumbered": "renumbered",
    "warning": "warning",
}


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Base).lightness() < 128


def tint(mark: str, strong: bool = False, palette: QPalette | None = None) -> QColor:
    r, g, b = _RGB.get(mark, (128, 128, 128))
    dark = is_dark(palette)
    alpha = (95 if dark else 70) if not strong else (170 if dark else 140)
    return QColor(r, g, b, alpha)


def solid(mark: str, palette: QPalette | None = None) -> QColor:
    """A saturated colour for glyphs and strokes, lighter on dark backgrounds."""
    r, g, b = _RGB.get(mark, (128, 128, 128))
    c = QColor(r, g, b)
    return c.lighter(135) if is_dark(palette) else c.darker(125)


def deleted_text(palette: QPalette | None = None) -> QColor:
    return QColor("#ff7b7b") if is_dark(palette) else QColor("#b3261e")


def inserted_text(palette: QPalette | None = None) -> QColor:
    return QColor("#6fdc8c") if is_dark(palette) else QColor("#17723a")


def find_tint(current: bool, palette: QPalette | None = None) -> QColor:
    if current:
        return QColor(255, 140, 0, 200) if is_dark(palette) else QColor(255, 150, 0, 190)
    return QColor(255, 230, 0, 110) if is_dark(palette) else QColor(255, 225, 0, 150)
