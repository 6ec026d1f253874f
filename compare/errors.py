"""Errors a user can cause. Each message is one line a person can act on; never a traceback."""

from __future__ import annotations


class ClausediffError(Exception):
    """Base for every error the CLI and GUI report as a message rather than a crash."""


class DocumentError(ClausediffError):
    """A document could not be read. ``str(err)`` is the one-line reason shown to the user."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class UnsupportedFormat(DocumentError):
    pass


class CorruptDocument(DocumentError):
    pass


class EncryptedDocument(DocumentError):
    pass


class EmptyDocument(DocumentError):
    pass


class TooLarge(DocumentError):
    pass


class ExportError(ClausediffError):
    """An export could not be written (target locked, unwritable, would overwrite an input)."""


class Cancelled(ClausediffError):
    """The user cancelled a long comparison."""
