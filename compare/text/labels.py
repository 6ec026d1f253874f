"""Enumeration labels of legal text: reading "4.", "(c)", "iii)", "4.2.1" and composing "4(c)(iii)".

A label only means something in its sequence: "(i)" after "(h)" is the letter i, "(i)" after "(c)" starts
roman sub-items, and "1990." is a year, not paragraph 1990. :class:`LabelTracker` keeps the current path
of list levels across paragraphs and decides where each new marker belongs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A reading is (kind, value): kind "num" (value: tuple of ints, "4.2.1"), "arabic" (int, "(4)"),
# "alpha"/"ALPHA" (int, a=1 … z=26, aa=27 …), "roman"/"ROMAN" (int).
Value = int | tuple[int, ...]
Style = tuple[str, str]  # (kind, decoration); decoration is "dot", "paren" ("(c)") or "rparen" ("c)")

#: A label typed at a position: "(c)", "c)", "4.", "4.2.1", "4.2", "a.", "IV.". Four-digit numbers are
#: usually years, so callers accept "1000." only as the successor of "999.".
LABEL_RE = re.compile(
    r"\((?P<p>[0-9]{1,3}|[A-Za-z]{1,6})\)"
    r"|(?P<r>[0-9]{1,3}|[A-Za-z]{1,6})\)"
    r"|(?P<n>[0-9]{1,4}(?:\.[0-9]{1,3})*)(?P<nd>\.)?"
    r"|(?P<l>[A-Za-z]{1,6})\."
)

MAX_DEPTH = 6  # deeper nesting is noise (a list that never closes), and would make labels grow without end
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50}
_MAX_ROMAN = 60


def roman_value(token: str) -> int | None:
    """The value of a canonical roman numeral of letters i, v, x, l ("iv" → 4; "iiv" → None)."""
    low = token.lower()
    if not low or any(c not in _ROMAN_DIGITS for c in low):
        return None
    total = 0
    for k, c in enumerate(low):
        v = _ROMAN_DIGITS[c]
        nxt = _ROMAN_DIGITS[low[k + 1]] if k + 1 < len(low) else 0
        total += -v if v < nxt else v
    if not 0 < total <= _MAX_ROMAN or _to_roman(total) != low:
        return None
    return total


def _to_roman(n: int) -> str:
    out = []
    for v, s in ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def alpha_value(token: str) -> int | None:
    """a=1 … z=26, then doubled letters aa=27 … zz=52 (the usual continuation in long lists)."""
    low = token.lower()
    if not ("a" <= low[:1] <= "z") or low != low[0] * len(low) or len(low) > 2:
        return None
    return (ord(low[0]) - 96) + 26 * (len(low) - 1)


@dataclass(frozen=True, slots=True)
class Marker:
    """One enumeration marker: ``text`` as typed ("(iii)"), ``token`` ("iii") and its possible readings."""

    text: str
    token: str
    deco: str
    readings: tuple[tuple[str, Value], ...]

    @property
    def numeric(self) -> bool:
        return self.readings[0][0] == "num"


@lru_cache(maxsize=4096)
def make_marker(text: str, token: str, deco: str) -> Marker | None:
    """A marker from its token and decoration, or None when the token is not an enumeration value."""
    if token.isdigit():
        if deco == "dot":
            return Marker(text, token, deco, (("num", (int(token),)),))
        return Marker(text, token, deco, (("arabic", int(token)),))
    if "." in token:
        parts = token.split(".")
        if deco != "dot" or not all(p.isdigit() for p in parts):
            return None
        return Marker(text, token, deco, (("num", tuple(int(p) for p in parts)),))
    if not token.isascii() or not token.isalpha() or not (token.islower() or token.isupper()):
        return None
    upper = token.isupper()
    readings: list[tuple[str, Value]] = []
    a = alpha_value(token)
    if a is not None:
        readings.append(("ALPHA" if upper else "alpha", a))
    r = roman_value(token)
    if r is not None:
        readings.append(("ROMAN" if upper else "roman", r))
    if not readings:
        return None
    if len(readings) == 2 and (r == 1 or len(token) > 1):
        readings.reverse()  # "i", "ii", "xx": roman is the likelier reading when nothing else decides
    return Marker(text, token, deco, tuple(readings))


def marker_at(text: str, pos: int, end: int) -> tuple[Marker, int] | None:
    """The label typed at ``text[pos:]`` followed by whitespace or ``end``, and where it ends."""
    m = LABEL_RE.match(text, pos, end)
    if m is None:
        return None
    stop = m.end()
    if stop < end and not text[stop].isspace():
        return None
    if m.group("p") is not None:
        marker = make_marker(m.group(), m.group("p"), "paren")
    elif m.group("r") is not None:
        marker = make_marker(m.group(), m.group("r"), "rparen")
    elif m.group("n") is not None:
        if m.group("nd") is None and "." not in m.group("n"):
            return None  # "4 Decides": a bare number is not a label
        marker = make_marker(m.group(), m.group("n"), "dot")
    else:
        marker = make_marker(m.group(), m.group("l"), "dot")
    return (marker, stop) if marker is not None else None


def parse_label(label: str) -> Marker | None:
    """A marker from a label that is not part of the text (Word numbering: "4.", "(c)", "iii)", "4")."""
    s = label.strip()
    found = marker_at(s, 0, len(s)) if s else None
    if found is not None and found[1] == len(s):
        return found[0]
    if s.isdigit() and len(s) <= 3:
        return make_marker(s, s, "dot")
    if s.isascii() and s.isalpha():
        return make_marker(s, s, "paren")
    return None


# --------------------------------------------------------------------------- the tracker


def _rank(style: Style) -> int:
    """Nesting order: sections ("A.", "IV.") contain paragraphs ("4.") contain items ("(c)", "a)")."""
    kind, deco = style
    if deco == "dot" and kind in ("ALPHA", "ROMAN"):
        return 0
    if kind == "num":
        return 1
    return 2


def _can_contain(parent: Style, child: Style) -> bool:
    rp, rc = _rank(parent), _rank(child)
    return rp < rc or (rp == rc == 2 and parent != child)


def _is_next(prev: Value, new: Value) -> bool:
    if isinstance(prev, int) and isinstance(new, int):
        return new == prev + 1
    if isinstance(prev, tuple) and isinstance(new, tuple):
        if new == prev + (1,):
            return True  # 4 → 4.1
        return any(
            len(new) == k + 1 and new[:k] == prev[:k] and new[k] == prev[k] + 1 for k in range(len(prev))
        )
    return False


def _is_first(value: Value) -> bool:
    if isinstance(value, int):
        return value == 1
    return all(v == 1 for v in value)


@dataclass(slots=True)
class _Level:
    style: Style
    value: Value
    text: str
    previous: _Level | None = None  # the sibling this item followed, kept to revisit "(h) (i) (ii)"


class LabelTracker:
    """The current position in a document's enumeration, e.g. paragraph 4, item (c), sub-item (iii).

    Placement policies: ``"any"`` always places the marker (paragraph starts, Word numbering);
    ``"first_or_next"`` only a first item or the successor of an open level (a marker inside running
    text); ``"next"`` only a successor.

    After :meth:`place`, ``relabel`` is ``(old, new)`` when the new marker showed that an earlier label
    was misread: in "(h) … (i) … (ii)" the "(i)" was the first roman sub-item of (h), not the letter i,
    so labels starting with "4(i)" become "4(h)(i)".
    """

    def __init__(self) -> None:
        self._levels: list[_Level] = []
        self.prefix: str | None = None
        self.relabel: tuple[str, str] | None = None

    def reset(self, prefix: str | None = None) -> None:
        self._levels.clear()
        self.prefix = prefix

    def label(self) -> str | None:
        return self._compose(self._levels)

    def _compose(self, levels: list[_Level]) -> str | None:
        if not levels:
            return self.prefix
        parts = [lv.text for lv in levels]
        head = parts[0] if self.prefix is None else f"{self.prefix}({parts[0]})"
        return head + "".join(f"({p})" for p in parts[1:])

    def fits(self, marker: Marker, policy: str) -> bool:
        return self._resolve(marker, policy) is not None

    def place(self, marker: Marker, policy: str = "any") -> str | None:
        """Put the marker in the hierarchy; return the new full label, or None if it does not fit."""
        self.relabel = None
        if marker.token in ("ii", "II") and self._resolve(marker, "next") is None:
            self._reread_roman(marker)
        found = self._resolve(marker, policy)
        if found is None:
            return None
        depth, (kind, value) = found
        style = (kind, marker.deco)
        replaced = self._levels[depth] if depth < len(self._levels) else None
        previous = None
        if replaced is not None and replaced.style == style:
            previous = _Level(replaced.style, replaced.value, replaced.text)
        del self._levels[depth:]
        text = ".".join(str(v) for v in value) if isinstance(value, tuple) else marker.token
        self._levels.append(_Level(style, value, text, previous))
        return self.label()

    def _reread_roman(self, marker: Marker) -> None:
        """Turn "(h) (i)" into "(h) + roman (i)" when "(ii)" arrives."""
        for depth in range(len(self._levels) - 1, -1, -1):
            lv = self._levels[depth]
            kind, deco = lv.style
            if kind not in ("alpha", "ALPHA") or deco != marker.deco:
                continue
            roman = "roman" if kind == "alpha" else "ROMAN"
            if (
                lv.value == 9
                and lv.previous is not None
                and lv.previous.value == 8
                and (roman, 2) in marker.readings
            ):
                old = self._compose(self._levels[: depth + 1])
                del self._levels[depth:]
                self._levels.append(lv.previous)
                self._levels.append(_Level((roman, deco), 1, lv.text))
                new = self.label()
                if old is not None and new is not None:
                    self.relabel = (old, new)
            return

    def _resolve(self, marker: Marker, policy: str) -> tuple[int, tuple[str, Value]] | None:
        levels = self._levels
        # 1. the successor of an open level, innermost first: "(i)" after "(h)" is a letter
        for depth in range(len(levels) - 1, -1, -1):
            for kind, value in marker.readings:
                if levels[depth].style == (kind, marker.deco) and _is_next(levels[depth].value, value):
                    return depth, (kind, value)
        if policy == "next":
            return None
        # 2. a first item opens a new level: "(i)" after "(c)" starts roman sub-items
        for kind, value in marker.readings:
            if _is_first(value):
                style = (kind, marker.deco)
                if policy != "any" and kind == "num" and any(lv.style == style for lv in levels):
                    return None  # "1." inside running text does not restart the paragraph numbers
                return self._child_depth(style), (kind, value)
        if policy != "any":
            return None
        # 3. a gap in an open level: "(d)" after "(b)"
        for depth in range(len(levels) - 1, -1, -1):
            for kind, value in marker.readings:
                if levels[depth].style == (kind, marker.deco):
                    return depth, (kind, value)
        # 4. a new level starting somewhere other than 1
        kind, value = marker.readings[0]
        return self._child_depth((kind, marker.deco)), (kind, value)

    def _child_depth(self, style: Style) -> int:
        depth = len(self._levels)
        while depth > 0 and not _can_contain(self._levels[depth - 1].style, style):
            depth -= 1
        return min(depth, MAX_DEPTH - 1)
