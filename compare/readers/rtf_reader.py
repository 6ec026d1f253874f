"""Rich Text Format: striprtf for the text; each ``\\par`` is a real paragraph, so lines are not reflowed.

Table cells (``\\cell``) become paragraphs of their own rather than striprtf's "a|b|" lines. The code page
comes from ``\\ansicpg`` (Windows-1252 when absent); the title and revision time from the ``\\info`` group.

RTF is 7-bit text (anything else is escaped), so a file that starts like RTF but is mostly control
characters or bytes that are not text ("{\\rtf1" and then binary garbage) is refused as damaged, and so is
one whose extracted text is mostly such characters, rather than compared as gibberish.
"""

from __future__ import annotations

import codecs
import re

from compare.errors import CorruptDocument
from compare.readers.extracted import Extracted
from compare.readers.reflow import normalize_newlines, paragraphs_from_lines

_CODEPAGE = re.compile(r"\\ansicpg(\d{3,5})")
_CELL = re.compile(r"\\(?:nest)?cell(?![A-Za-z])")
_TITLE = re.compile(r"\{\\title\s?((?:[^{}\\]|\\[^{}])*)\}")
_REVTIM = re.compile(r"\\(revtim|creatim)\s*\\yr(\d{4})\s*\\mo(\d{1,2})\s*\\dy(\d{1,2})")


def read_rtf(data: bytes, name: str) -> Extracted:
    from striprtf.striprtf import rtf_to_text

    try:
        source = data.decode("utf-8")
        undecodable = 0
    except UnicodeDecodeError:
        source = data.decode("latin-1")
        undecodable = sum(1 for b in data if b >= 0x80)
    _refuse_binary(name, undecodable + len(_BINARY.findall(source)), len(source), "bytes")
    source = source.lstrip("\ufeff \t\r\n\x00")
    if not source.startswith("{\\rtf"):
        raise CorruptDocument(f"{name} is not a valid RTF document (it does not start with {{\\rtf)", name)
    encoding = _codepage(source)
    try:
        text = rtf_to_text(_CELL.sub(r"\\par ", source), encoding=encoding, errors="replace")
    except Exception as exc:  # striprtf is a regex scanner; a damaged group structure can trip it
        raise CorruptDocument(f"{name} is a damaged RTF document", name) from exc
    _refuse_binary(name, len(_BINARY.findall(text)) + text.count("\ufffd"), len(text.strip()), "text")
    lines = normalize_newlines(text).split("\n")
    return Extracted(paragraphs_from_lines(lines, reflow=False), _title(source, encoding), _modified(source))


# Control characters other than tab and line ends (a damaged file's bytes, not text).
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
BINARY_SHARE = 0.2  # more than this share of the file (or of its text) cannot be text


def _refuse_binary(name: str, bad: int, total: int, where: str) -> None:
    if total >= 16 and bad > BINARY_SHARE * total:
        what = "its bytes" if where == "bytes" else "the text it holds"
        raise CorruptDocument(
            f"{name} is a damaged RTF document: {round(100 * bad / total)}% of {what} are control "
            "characters or undecodable bytes",
            name,
        )


def _codepage(source: str) -> str:
    m = _CODEPAGE.search(source[:4096])
    if m:
        candidate = f"cp{m.group(1)}"
        try:
            codecs.lookup(candidate)
            return candidate
        except LookupError:
            pass
    return "cp1252"


def _title(source: str, encoding: str) -> str | None:
    from striprtf.striprtf import rtf_to_text

    m = _TITLE.search(source[:65536])
    if not m:
        return None
    try:
        title = rtf_to_text("{\\rtf1 " + m.group(1) + "}", encoding=encoding, errors="replace")
    except Exception:
        return None
    title = " ".join(title.split())
    return title or None


def _modified(source: str) -> str | None:
    found = {kind: (y, mo, d) for kind, y, mo, d in _REVTIM.findall(source[:65536])}
    when = found.get("revtim") or found.get("creatim")
    if not when:
        return None
    y, mo, d = when
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{y}-{int(mo):02d}-{int(d):02d}"
