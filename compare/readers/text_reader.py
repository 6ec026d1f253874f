"""Plain text (.txt, .md and anything else that decodes as text): encoding detection, then reflow."""

from __future__ import annotations

from compare.errors import UnsupportedFormat
from compare.readers.encoding import decode_bytes, looks_binary
from compare.readers.reflow import paragraphs_from_text


def decode_text_file(data: bytes, name: str) -> str:
    """The file's text; binary content behind a text suffix is refused rather than shown as mojibake."""
    text, _encoding = decode_bytes(data)
    if looks_binary(text):
        raise UnsupportedFormat(f"{name} is not a text document (it contains binary data)", name)
    return text


def read_plain(data: bytes, name: str, reflow: bool = True) -> list[tuple[str, dict]]:
    return paragraphs_from_text(decode_text_file(data, name), reflow)
