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
