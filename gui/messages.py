"""What the window says when something goes wrong, and how it says it: one sentence a person can act on.

Kept apart from the window so the wording of every failure lives in one place (and tests can read it
without building a window).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from compare.errors import ClausediffError, DocumentError

ABOUT = (
    "Clausediff {version}\n\nCompare two versions of a text clause by clause: moved, split and reworded "
    "clauses, word-level changes, list items added and removed, and Word redlines."
)
_TITLES = {"export": "Could not export", "compare": "Could not compare"}


def document_error_sentence(exc: BaseException, path: str | None) -> str:
    """One sentence naming the file once, with its folder: “empty.txt” in /home/me/drafts is empty."""
    msg = str(exc).strip().rstrip(".")
    if path:
        name, folder = Path(path).name, str(Path(path).parent)
        where = f"\u201c{name}\u201d in {folder}" if folder not in ("", ".") else f"\u201c{name}\u201d"
        msg = msg.replace(name, where, 1) if name and name in msg else f"{where}: {msg}"
    return (msg[:1].upper() + msg[1:] + ".") if msg else "The document could not be read."


def failure_message(kind: str, exc: BaseException, path: str | None) -> tuple[str, str]:
    """(title, text) for a failed task: "read-a", "read-b", "compare" or "export"."""
    title = (
        "Could not open the document" if kind.startswith("read") else _TITLES.get(kind, "Could not compare")
    )
    if isinstance(exc, DocumentError):
        return title, document_error_sentence(exc, path or getattr(exc, "path", None))
    if isinstance(exc, ClausediffError):
        return title, str(exc)
    return title, f"Unexpected error ({type(exc).__name__}: {exc}). Details were written to the log."


def show_box(parent: QWidget, level: str, title: str, text: str) -> None:
    """A non-blocking message box that deletes itself when closed."""
    icon = {"error": QMessageBox.Icon.Critical, "warning": QMessageBox.Icon.Warning}.get(
        level, QMessageBox.Icon.Information
    )
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
