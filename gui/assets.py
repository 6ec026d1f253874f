"""Where the app's own files are: the ``clausediff_resources`` package when installed, else ``resources/``.

``importlib.resources`` finds them inside a wheel, an editable install or a PyInstaller bundle alike; a
checkout run with ``python main.py`` (nothing installed) falls back to the folder next to ``gui/``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    try:
        from importlib.resources import files

        root = Path(str(files("clausediff_resources")))
        if (root / "samples").is_dir():
            return root
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Path:
    """A file shipped with the app, e.g. ``resource("samples", "resolution_v1.txt")``."""
    return resources_dir().joinpath(*parts)


def app_icon():
    """The window icon: every PNG size plus the SVG (a QIcon picks the best one for each use)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted(resource("icons").glob("clausediff-*.png")):
        icon.addFile(str(png))
    svg = resource("icons", "clausediff.svg")
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
