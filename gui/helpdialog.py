"""Help > How to Read a Comparison: the page shipped in ``resources/help`` shown in a plain browser."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .assets import resource

HELP_PAGE = ("help", "reading.html")


def help_html() -> str:
    """The page's HTML, or a one-line note if an install lost it (the app must still run)."""
    path = resource(*HELP_PAGE)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return f"<p>The help page is missing from this installation ({path}).</p>"


class HelpDialog(QDialog):
    """Non-modal, so the page can stay open beside the comparison it explains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("How to Read a Comparison — Clausediff")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(help_html())
        lay.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay.addWidget(buttons)
        self.resize(640, 720)
