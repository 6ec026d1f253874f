"""Readers turn a file (or pasted text) into a :class:`compare.model.Document`.

Contract (implemented by the modules in this package):

``read_document(path, options=ReadOptions()) -> Document`` picks the reader by content sniffing and
suffix, and raises a :class:`compare.errors.DocumentError` subclass with a one-line message for anything
it cannot read. ``read_text(text, source="Pasted text", options) -> Document`` does the same for text the
user pasted. ``SUPPORTED_SUFFIXES`` lists what File > Open offers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadOptions:
    reflow: bool = True  # join hard-wrapped lines into paragraphs; False keeps every line its own paragraph
    revisions: str = "accept"  # .docx with tracked changes: "accept" (as it would read) or "original"
