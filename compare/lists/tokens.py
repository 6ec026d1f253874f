"""Tokens, masked punctuation, regions and comma segments: the text structure lists are read from.

Part of the inline-list reader (see enumerations.py for the method)."""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from .lexicon import _MONTHS, _WEEKDAYS

_DATE_COMMAS = [
    re.compile(rf"\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(,)\s*\d{{4}}\b"),  # March 6, 2019
    re.compile(rf"\b(?:{_WEEKDAYS})(,)\s+(?=\d|{_MONTHS}|the\b|den\b|le\b)"),  # Saturday, Dec. 14
    re.compile(r"\d(,)(?=\d)"),  # 1,000 and 2,5 (decimal comma)
]
_ABBREV = re.compile(
    r"\b(?:(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|No|Nos|Art|Arts|para|paras|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|vs|Co|Corp|Inc|Ltd|Gen|Sen|Rep|Gov|Amb|Prof|approx|cf|fig|vol|pp|Abs|Nr|bzw|"
    r"ca|usw|vgl|Mme|Mlle|etc|resp|Ziff|lit|Rev|Fr|Jr|Sr|Mt|Ft|Ave|Blvd)\.|[A-Z]\.)"
)
_ORDINAL_DOT = re.compile(rf"\b\d{{1,2}}(\.)\s+{_MONTHS}\b")  # 14. März
_QUOTES = '“”„«»"‟〝〞'
_HARD = re.compile(rf"[.!?](?=[\s{_QUOTES}’)]|$)|[;:{_QUOTES}]|\s[-–—]\s|[–—]")
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:[-'’/&.][^\W_]+)*%?")


_OPEN_QUOTES = '“"„«'
_CLOSE_QUOTES = '”"“»'
_QUOTE_MARK = re.compile(f"[{_QUOTES}]")
_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][^\W\d_]*")


def quoted_titles(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (inside the marks) of quoted titles: "“Agreed Minutes between the State of Kuwait and the
    Republic of Iraq regarding ... relations, recognition and related matters”". A coordination inside a
    title is part of a name, not a list. A title opens with a capital and holds more capitalised words;
    a quoted phrase in lower case ("the words “arms and related materiel”") is no title."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    opened = -1
    for m in _QUOTE_MARK.finditer(text, start, end):
        ch = m.group()
        if opened < 0:
            if ch in _OPEN_QUOTES:
                opened = m.end()
        elif ch in _CLOSE_QUOTES:
            inner = text[opened : m.start()]
            if inner.lstrip()[:1].isupper() and len(_CAP_WORD.findall(inner)) >= 2:
                out.append((opened, m.start()))
            opened = -1
    return out


class _Tok(NamedTuple):  # a tuple: lists are read token by token and tuples are cheap to make
    text: str
    low: str
    start: int
    end: int
    cap: bool  # starts with a capital letter
    numeric: bool  # digits and no letters: "2019", "1,000", "90%"


def item_tokens(text: str) -> list[tuple[str, int, int]]:
    """The word tokens of a text as (word, start, end); shared with item matching."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """The tokens of ``text[start:end]``; from the text's whole tokenization when one is held (see
    :func:`held_tokens`): a sentence's regions, segments and semicolon parts are read over one another."""
    held = getattr(_HELD, "cur", None)
    if held is not None and held[0] is text:
        toks, starts = held[1], held[2]
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        # a word cut by ``start`` or ``end`` reads differently when scanned alone: scan it as before
        if not ((i > 0 and toks[i - 1].end > start) or (j > i and toks[j - 1].end > end)):
            return toks[i:j]
    return _scan(text, start, end)


_new_tuple = tuple.__new__


def _scan(text: str, start: int, end: int) -> list[_Tok]:
    out = []
    append = out.append
    for m in _WORD.finditer(text, start, end):
        w = m.group()
        # letters only (most words) or decimal digits only settle it without a regex
        numeric = False if w.isalpha() else True if w.isdecimal() else not _HAS_ALPHA.search(w)
        s, e = m.span()
        append(_new_tuple(_Tok, (w, w.lower(), s, e, w[:1].isupper(), numeric)))
    return out


_HELD = threading.local()  # .cur: (text, its tokens, their starts), per thread (the GUI compares off-thread)


@contextmanager
def held_tokens(text: str) -> Iterator[None]:
    """Tokenize ``text`` once; :func:`_tokens` over parts of that same string object slices it meanwhile.
    Same tokens as scanning each part (a part that cuts a word is scanned)."""
    outer = getattr(_HELD, "cur", None)
    toks = _scan(text, 0, len(text))
    _HELD.cur = (text, toks, [t.start for t in toks])
    try:
        yield
    finally:
        _HELD.cur = outer


_HAS_ALPHA = re.compile(r"[^\W\d_]")
_ANY_CONJ = re.compile(
    r"(?i)(?<!\w)(?:and|or|nor|and/or|as well as|und|oder|sowie|bzw|beziehungsweise|wie auch|et|ou|ni|"
    r"ainsi que|de même que)(?!\w)"
)


# --------------------------------------------------------------------------- text structure


def _mask(text: str) -> str:
    """A same-length copy where commas and dots that do not separate anything are neutralised."""
    chars: list[str] | None = None  # copied only when something is masked (most sentences: nothing)
    if "," in text:
        for pattern in _DATE_COMMAS:
            for m in pattern.finditer(text):
                chars = chars or list(text)
                chars[m.start(1)] = "\x01"
    if "." in text:
        for m in _ABBREV.finditer(text):
            for i in range(m.start(), m.end()):
                if text[i] == ".":
                    chars = chars or list(text)
                    chars[i] = "\x02"
        for m in _ORDINAL_DOT.finditer(text):
            chars = chars or list(text)
            chars[m.start(1)] = "\x02"
    return text if chars is None else "".join(chars)


_BRACKETS = re.compile(r"[()\[\]]")
_BRACKETS_OR_COMMA = re.compile(r"[()\[\],]")


def _paren_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level balanced (...) and [...] groups inside [start, end)."""
    groups: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _BRACKETS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch in "([":
            stack.append(i)
        elif ch in ")]" and stack:
            opened = stack.pop()
            if not stack:
                groups.append((opened, i + 1))
    return groups


@dataclass(slots=True)
class _Region:
    start: int
    end: int
    opener: str  # what precedes it: "start", ":", ";", "quote", "sentence", "dash", "paren"
    labelled: bool = False  # a typed label ("(b)") opened the region and was skipped


def _regions(text: str, masked: str, start: int, end: int, opener: str, depth: int = 0) -> list[_Region]:
    """Split [start, end) at hard punctuation; the contents of parentheses are regions of their own."""
    groups = _paren_groups(text, start, end)
    flat = list(masked[start:end])
    for g0, g1 in groups:
        for i in range(g0 + 1, g1 - 1):
            flat[i - start] = "x" if not masked[i].isspace() else " "
    flat_text = "".join(flat)
    regions: list[_Region] = []
    pos, kind = start, opener
    for m in _HARD.finditer(flat_text):
        b0, b1 = m.start() + start, m.end() + start
        regions.append(_Region(pos, b0, kind))
        ch = m.group().strip()
        kind = {":": ":", ";": ";"}.get(
            ch, "quote" if ch in _QUOTES else "dash" if ch in "-–—" else "sentence"
        )
        pos = b1
    regions.append(_Region(pos, end, kind))
    for r in regions:  # "(b) Coal, iron and iron ore": a typed sub-paragraph label is not an item's text
        m = _LABEL_AT.match(text, r.start, r.end)
        if m and m.end() < r.end:
            r.start, r.labelled = m.end(), True
    if depth < 2:
        for g0, g1 in groups:
            regions.extend(_regions(text, masked, g0 + 1, g1 - 1, "paren", depth + 1))
    return [r for r in regions if text[r.start : r.end].strip()]


@dataclass(slots=True)
class _Segment:
    start: int
    end: int
    toks: list[_Tok]
    qualified: bool = False  # a comma-set qualifier follows the item ("fuel, in quantities notified")


def _segments(text: str, masked: str, region: _Region) -> list[_Segment]:
    """Comma-separated segments of a region (commas inside parentheses do not count).

    Words inside parentheses stay part of the item they qualify ("Yugoslavia (Serbia and Montenegro)")
    but are neutralised so that their "and" or "of" never structures the outer sentence.
    """
    depth = 0
    cuts = [region.start]
    inside: list[tuple[int, int]] = []
    opened = -1
    for m in _BRACKETS_OR_COMMA.finditer(masked, region.start, region.end):
        i, ch = m.start(), m.group()
        if ch in "([":
            if depth == 0:
                opened = i
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
            if depth == 0:
                inside.append((opened, i))
        elif ch == "," and depth == 0:
            cuts.append(i)
    cuts.append(region.end)
    out = []
    for k in range(len(cuts) - 1):
        s = cuts[k] + (1 if k > 0 else 0)
        e = cuts[k + 1]
        toks = _tokens(text, s, e)
        if inside:
            toks = [_opaque(t) if any(o < t.start < c for o, c in inside) else t for t in toks]
        out.append(_Segment(s, e, toks))
    return out


def _opaque(tok: _Tok) -> _Tok:
    """A word inside parentheses: it belongs to the item but is no function word of the sentence."""
    return _Tok(tok.text, "\x00" + tok.low, tok.start, tok.end, tok.cap, tok.numeric)


_LABEL_BODY = (
    r"\s*(?:(?:and|or|und|oder|et|ou)\s+)?(?:\(?[a-zA-Z]{1,3}\)|\(?\d{1,3}[.)]|\([ivxlc]+\)|[-•*–·▪◦●])\s+"
)
_LABEL = re.compile("^" + _LABEL_BODY)
_LABEL_AT = re.compile(_LABEL_BODY)
_FIRST_LABEL = re.compile(r"(?<![\w)])\((?:a|A|i|1)\)\s+")
