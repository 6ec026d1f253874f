"""``clausediff --install-desktop-entry``: make Clausediff a desktop application for the current user.

Writes the freedesktop files under ``$XDG_DATA_HOME`` (``~/.local/share`` when unset), nothing system-wide
and nothing that needs root: the ``.desktop`` entry (so the app is in the menu and in "Open with" for
text, Word, ODF, PDF, RTF and HTML files; two files opened together become a comparison), the AppStream
metadata, and the icon in the hicolor theme. The templates are package data (``resources/desktop``).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

APP_ID = "org.clausediff.Clausediff"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def data_home() -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path (as the spec says), else ``~/.local/share``."""
    env = os.environ.get("XDG_DATA_HOME", "")
    return Path(env) if env and os.path.isabs(env) else Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """How the desktop should start this installation: the ``clausediff`` script next to this Python if
    there is one (a venv or pipx install), else this Python running the launcher module."""
    here = Path(sys.executable).parent
    for name in ("clausediff", "clausediff.exe"):
        if (here / name).is_file():
            return [str(here / name)]
    found = shutil.which("clausediff")
    if found:
        return [found]
    return [sys.executable, "-m", "clausediff.launch"]


def desktop_entry(command: list[str]) -> str:
    from gui.assets import resource

    template = resource("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = " ".join(shlex.quote(part) for part in command)
    return template.replace("@EXEC@", exec_line).replace("@TRYEXEC@", command[0])


def install_desktop_entry(root: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the entry, the metadata and the icons under ``root`` (default :func:`data_home`)."""
    from gui.assets import resource

    root = root or data_home()
    command = command or launcher_command()
    written: list[Path] = []

    def put(rel: str, data: bytes) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)

    put(f"applications/{APP_ID}.desktop", desktop_entry(command).encode("utf-8"))
    put(f"metainfo/{APP_ID}.metainfo.xml", resource("desktop", f"{APP_ID}.metainfo.xml").read_bytes())
    put(f"icons/hicolor/scalable/apps/{APP_ID}.svg", resource("icons", "clausediff.svg").read_bytes())
    for size in PNG_SIZES:
        png = resource("icons", f"clausediff-{size}.png")
        put(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png", png.read_bytes())
    _refresh_caches(root)
    return written


def _refresh_caches(root: Path) -> None:
    """Tell the desktop about the new entry now rather than at next login (best effort: tools may lack)."""
    for tool, args in (
        ("update-desktop-database", [str(root / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", str(root / "icons" / "hicolor")]),
    ):
        exe = shutil.which(tool)
        if exe:
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run([exe, *args], capture_output=True, timeout=30, check=False)


def main() -> int:
    try:
        written = install_desktop_entry()
    except OSError as exc:
        sys.stderr.write(f"clausediff: could not install the desktop entry: {exc}\n")
        return 1
    print(f"Installed Clausediff for this user ({len(written)} files under {data_home()}):")
    print(f"  {written[0]}")
    return 0
