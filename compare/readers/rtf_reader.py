"""Rich Text Format: striprtf for the text; each ``\\par`` is a real paragraph, so lines are not reflowed.

Table cells (``\\cell``) become paragraphs of their own rather than striprtf's "a|b|" lines. The code page
comes from ``\\ansicpg`` (Windows-1252 when absent); the title and revision time from the ``\\info`` group.
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
    except UnicodeDecodeError:
        source = data.decode("latin-1")
    source = source.lstrip("\ufeff \t\r\n\x00")
    if not source.startswith("{\\rtf"):
        raise CorruptDocument(f"{name} is not a valid RTF document (it does not start with {{\\rtf)", name)
    encoding = _codepage(source)
    try:
        text = rtf_to_text(_CELL.sub(r"\\par ", source), encoding=encoding, errors="replace")
    except Exception as exc:  # striprtf is a regex scanner; a damaged group structure can trip it
        raise CorruptDocument(f"{name} is a damaged RTF document", name) from exc
    lines = normalize_newlines(text).split("\n")
    return Extracted(paragraphs_from_lines(lines, reflow=False), _title(source, encoding), _modified(source))


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
