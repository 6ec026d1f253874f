"""Word automatic numbering: the labels ("4.", "(c)", "(iii)") Word draws but never stores in the text.

A lawyer refers to "paragraph 4 (c)", so we must compute the same labels Word shows. The rules followed
(ECMA-376 Part 1, 17.9):

* a paragraph is numbered by its own ``w:numPr`` (numId + ilvl) or by its style's (following ``basedOn``);
  ``numId`` 0 switches numbering off;
* ``w:num`` points to a ``w:abstractNum``; counters belong to the abstract definition, so two ``w:num``
  sharing one continue each other -- unless a ``w:lvlOverride/w:startOverride`` restarts a level the first
  time that ``w:num`` is used (this is how Word's "Restart at 1" is stored);
* using level L resets deeper levels, except where ``w:lvlRestart`` says otherwise (0 = never);
* ``w:lvlText`` "%1.%2" is filled with each level's counter in that level's ``w:numFmt``
  (``w:isLgl`` forces decimal); a bullet level has no label but is still a list item.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lxml import etree

_MAX_LEVELS = 9


@dataclass(frozen=True, slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart, one-based; None = after any higher level; 0 = never
    legal: bool = False
    style: str | None = None  # w:pStyle: the paragraph style this level is attached to


@dataclass(slots=True)
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # startOverride per level
    levels: dict[int, Level] = field(default_factory=dict)  # full w:lvl overrides per level


class Numbering:
    """Parsed ``numbering.xml`` plus the running counters of one pass through the document."""

    def __init__(self, root: etree._Element | None, ns: str, style_num: dict[str, tuple[str, int | None]]):
        self._w = f"{{{ns}}}"
        self._abstract: dict[str, dict[int, Level]] = {}
        self._links: dict[str, str] = {}  # abstractNum id -> style id (w:numStyleLink)
        self._nums: dict[str, _Num] = {}
        self._style_num = style_num
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        if root is not None:
            self._parse(root)

    # -- parsing -----------------------------------------------------------------------------------

    def _val(self, el: etree._Element | None, child: str) -> str | None:
        if el is None:
            return None
        c = el.find(self._w + child)
        return None if c is None else c.get(self._w + "val")

    def _level(self, lvl: etree._Element, base: Level | None = None) -> Level:
        level = base or Level()
        start = _int(self._val(lvl, "start"))
        fmt = self._val(lvl, "numFmt")
        text = self._val(lvl, "lvlText")
        restart = _int(self._val(lvl, "lvlRestart"))
        legal = lvl.find(self._w + "isLgl")
        return replace(
            level,
            start=level.start if start is None else start,
            fmt=level.fmt if fmt is None else fmt,
            text=level.text if text is None else text,
            restart=level.restart if restart is None else restart,
            legal=level.legal
            if legal is None
            else legal.get(self._w + "val", "true") not in ("0", "false", "off"),
            style=self._val(lvl, "pStyle") or level.style,
        )

    def _parse(self, root: etree._Element) -> None:
        w = self._w
        for ab in root.iter(w + "abstractNum"):
            aid = ab.get(w + "abstractNumId")
            if aid is None:
                continue
            levels: dict[int, Level] = {}
            for lvl in ab.findall(w + "lvl"):
                ilvl = _int(lvl.get(w + "ilvl"))
                if ilvl is not None and 0 <= ilvl < _MAX_LEVELS:
                    levels[ilvl] = self._level(lvl)
            self._abstract[aid] = levels
            link = self._val(ab, "numStyleLink")
            if link:
                self._links[aid] = link
        for num in root.iter(w + "num"):
            nid = num.get(w + "numId")
            aid = self._val(num, "abstractNumId")
            if nid is None or aid is None:
                continue
            entry = _Num(aid)
            for ov in num.findall(w + "lvlOverride"):
                ilvl = _int(ov.get(w + "ilvl"))
                if ilvl is None or not 0 <= ilvl < _MAX_LEVELS:
                    continue
                start = _int(self._val(ov, "startOverride"))
                if start is not None:
                    entry.starts[ilvl] = start
                lvl = ov.find(w + "lvl")
                if lvl is not None:
                    entry.levels[ilvl] = lvl
            self._nums[nid] = entry
        # w:lvl overrides are parsed against the abstract level they replace
        for entry in self._nums.values():
            base = self._abstract_levels(entry.abstract)
            entry.levels = {i: self._level(el, base.get(i)) for i, el in entry.levels.items()}

    def _abstract_levels(self, aid: str, depth: int = 0) -> dict[int, Level]:
        """Levels of an abstract definition, following a numStyleLink to the numbering style's list."""
        link = self._links.get(aid)
        if link and depth < 4:
            target = self._style_num.get(link)
            num = self._nums.get(target[0]) if target else None
            if num is not None and num.abstract != aid:
                return self._abstract_levels(num.abstract, depth + 1)
        return self._abstract.get(aid, {})

    # -- use ---------------------------------------------------------------------------------------

    def level_for_style(self, num_id: str, style_id: str | None) -> int | None:
        """The level a style is attached to by ``w:lvl/w:pStyle`` (heading numbering), if any."""
        num = self._nums.get(num_id)
        if num is None or style_id is None:
            return None
        for ilvl, level in self._abstract_levels(num.abstract).items():
            if level.style == style_id:
                return ilvl
        return None

    def is_bullet(self, num_id: str, ilvl: int) -> bool:
        level = self._effective(num_id, ilvl)
        return level is not None and level.fmt == "bullet"

    def _effective(self, num_id: str, ilvl: int) -> Level | None:
        num = self._nums.get(num_id)
        if num is None:
            return None
        if ilvl in num.levels:
            return num.levels[ilvl]
        return self._abstract_levels(num.abstract).get(ilvl)

    def next_label(self, num_id: str, ilvl: int) -> tuple[bool, str | None]:
        """Advance the counters for a numbered paragraph; return (is a list item, label or None)."""
        num = self._nums.get(num_id)
        ilvl = max(0, min(ilvl, _MAX_LEVELS - 1))
        level = self._effective(num_id, ilvl)
        if num is None or level is None:
            return False, None
        counters = self._counters.setdefault(num.abstract, [None] * _MAX_LEVELS)
        if num_id not in self._started:
            self._started.add(num_id)
            for i in num.starts:
                counters[i] = None
        counters[ilvl] = self._start(num_id, ilvl) if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            d = self._effective(num_id, deeper)
            restart = d.restart if d is not None else None
            if restart is None or (restart > 0 and ilvl <= restart - 1):
                counters[deeper] = None
        if level.fmt == "bullet":
            return True, None
        return True, self._render(num_id, ilvl, level, counters)

    def _start(self, num_id: str, ilvl: int) -> int:
        num = self._nums[num_id]
        if ilvl in num.starts:
            return num.starts[ilvl]
        level = self._effective(num_id, ilvl)
        return level.start if level is not None else 1

    def _render(self, num_id: str, ilvl: int, level: Level, counters: list[int | None]) -> str | None:
        out: list[str] = []
        text = level.text
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit() and text[i + 1] != "0":
                k = int(text[i + 1]) - 1
                value = counters[k] if counters[k] is not None else self._start(num_id, k)
                fmt_level = self._effective(num_id, k) or Level()
                fmt = "decimal" if level.legal and k < ilvl else fmt_level.fmt
                if k == ilvl:
                    fmt = level.fmt
                out.append(format_number(value, fmt))
                i += 2
                continue
            out.append(ch)
            i += 1
        label = "".join(out).strip()
        return label or None


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def format_number(value: int, fmt: str) -> str:
    """A counter in one of Word's number formats (the common ones; anything else falls back to decimal)."""
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(value)
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(value)
        return s if fmt == "lowerRoman" else s.upper()
    if fmt == "decimalZero":
        return f"{value:02d}" if value >= 0 else str(value)
    if fmt == "ordinal":
        return f"{value}{_ordinal_suffix(value)}"
    if fmt == "decimalEnclosedParen":
        return f"({value})"
    if fmt in ("cardinalText", "ordinalText") and 0 < value < len(_CARDINALS):
        return _CARDINALS[value] if fmt == "cardinalText" else _ORDINALS[value]
    return str(value)


def _letters(value: int) -> str:
    """Word's alphabetic numbering: a..z, then aa..zz, aaa..."""
    if value <= 0:
        return str(value)
    repeat = (value - 1) // 26 + 1
    return chr(ord("a") + (value - 1) % 26) * min(repeat, 50)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = []
    for number, symbol in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while value >= number:
            out.append(symbol)
            value -= number
    return "".join(out)


def _ordinal_suffix(value: int) -> str:
    if 10 <= value % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


_CARDINALS = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
_ORDINALS = (
    "",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
)
