"""Turn the bytes of a plain-text file into ``str`` without asking the user for an encoding.

Order of evidence: a byte-order mark; the NUL pattern of BOM-less UTF-16; strict UTF-8 (which almost never
decodes non-UTF-8 text by accident); Windows-1252 when the result reads like Western text (the usual legacy
encoding of legal documents, and one charset-normalizer often mistakes for an East Asian code page on short
samples); then charset-normalizer; finally Latin-1, which decodes anything.
"""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
_LETTER_RUN = re.compile(r"[^\W\d_]+")

_SAMPLE = 64 * 1024


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; never raises for any input."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and len(data) > 64:
            # a multi-byte character cut off at the very end (truncated download): still UTF-8
            return data.decode("utf-8", errors="replace"), "utf-8"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_as_western(text):
        return text, "cp1252"
    guess = _charset_normalizer(data)
    if guess is not None:
        return guess
    return data.decode("latin-1"), "latin-1"


def control_ratio(text: str) -> float:
    """Share of characters that no text file contains (C0/C1 controls, replacement characters)."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def looks_binary(text: str) -> bool:
    return "\x00" in text[:_SAMPLE] or control_ratio(text) > 0.01


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte for Latin-script text."""
    sample = data[: min(len(data), 4096) & ~1]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _reads_as_western(text: str) -> bool:
    """Accented letters sit inside mostly-ASCII words in Western text, not in all-non-ASCII runs."""
    sample = text[:_SAMPLE]
    if _CONTROL.search(sample):
        return False
    words = [w for w in _LETTER_RUN.findall(sample) if not w.isascii()]
    if not words:
        return True  # only punctuation (curly quotes, dashes) outside ASCII
    mostly_foreign = sum(1 for w in words if sum(not c.isascii() for c in w) * 2 > len(w))
    return mostly_foreign <= 0.25 * len(words)


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[: 2 * 1024 * 1024]).best()
    except Exception:  # a detector bug must not stop us reading the file
        return None
    if best is None:
        return None
    encoding = best.encoding
    try:
        return data.decode(encoding, errors="replace"), encoding
    except (LookupError, ValueError):
        return None
