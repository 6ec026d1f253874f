"""OpenDocument list numbering: the labels ("4.", "(c)") a word processor draws but does not store.

As with Word (:mod:`docx_numbering`), a lawyer refers to "paragraph 4 (c)", so the label shown must be
computed. The rules followed (ODF 1.2, 16.30 and 19.8xx):

* a ``text:list`` names its list style (``text:style-name``); a nested list without one uses its
  parent's; the style's ``text:list-level-style-number`` for the item's level gives ``style:num-format``
  ("1", "a", "A", "i", "I", "" for none), ``style:num-prefix``/``num-suffix``, ``text:display-levels`` and
  ``text:start-value``; a ``text:list-level-style-bullet`` level is a list item without a label;
* a list item is numbered when its first child is a paragraph or heading (an item that only wraps a
  deeper list is not); it increments its level's counter and resets the deeper ones; ``text:start-value``
  on the item restarts the counter there;
* a top-level list starts from scratch unless ``text:continue-numbering="true"`` (continue the previous
  list of that style) or ``text:continue-list`` (continue the list with that ``xml:id``).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from compare.readers.docx_numbering import format_number

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_T = f"{{{TEXT}}}"
_S = f"{{{STYLE}}}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_MAX_LEVELS = 10


@dataclass(frozen=True, slots=True)
class OdtLevel:
    fmt: str = "decimal"  # a Word format name for format_number; "bullet" or "none" for no label
    prefix: str = ""
    suffix: str = ""
    display: int = 1  # how many levels the label shows ("1.2" for 2)
    start: int = 1


def list_styles(*roots: etree._Element | None) -> dict[str, dict[int, OdtLevel]]:
    """Every ``text:list-style`` in the given parts (styles.xml, then content.xml: the later one wins)."""
    out: dict[str, dict[int, OdtLevel]] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(_T + "list-style"):
            name = style.get(_S + "name")
            if not name:
                continue
            levels: dict[int, OdtLevel] = {}
            for el in style:
                level = _int(el.get(_T + "level"))
                if level is None or not 1 <= level <= _MAX_LEVELS:
                    continue
                if el.tag == _T + "list-level-style-number":
                    fmt = el.get(_S + "num-format", "1")
                    levels[level] = OdtLevel(
                        fmt=_FORMATS.get(fmt, "none" if fmt == "" else "decimal"),
                        prefix=el.get(_S + "num-prefix", ""),
                        suffix=el.get(_S + "num-suffix", ""),
                        display=max(1, min(_int(el.get(_T + "display-levels")) or 1, level)),
                        start=_int(el.get(_T + "start-value")) or 1,
                    )
                else:  # bullet or image
                    levels[level] = OdtLevel(fmt="bullet")
            out[name] = levels
    return out


class OdtNumbering:
    """Counters of one pass through the body."""

    def __init__(self, styles: dict[str, dict[int, OdtLevel]]) -> None:
        self.styles = styles
        self._chains: dict[str, list[int | None]] = {}  # chain id -> counter per level (index 0 = level 1)
        self._by_xml_id: dict[str, str] = {}
        self._last_of_style: dict[str, str] = {}
        self._next = 0

    def open_list(self, el: etree._Element, parent: tuple[str | None, str] | None) -> tuple[str | None, str]:
        """(style, chain) of a ``text:list``: nested lists share their parent's chain."""
        style = el.get(_T + "style-name")
        if parent is not None:
            chain = parent[1]
            style = style or parent[0]
        else:
            chain = None
            cont = el.get(_T + "continue-list")
            if cont and cont in self._by_xml_id:
                chain = self._by_xml_id[cont]
            elif el.get(_T + "continue-numbering") == "true" and style in self._last_of_style:
                chain = self._last_of_style[style]
            if chain is None:
                self._next += 1
                chain = str(self._next)
                self._chains[chain] = [None] * _MAX_LEVELS
            if style:
                self._last_of_style[style] = chain
        xml_id = el.get(_XML_ID)
        if xml_id:
            self._by_xml_id[xml_id] = chain
        return style, chain

    def item(self, style: str | None, chain: str, level: int, start: int | None) -> str | None:
        """Advance the counter of ``level`` (1-based) and return the item's label (None for bullets)."""
        level = max(1, min(level, _MAX_LEVELS))
        levels = self.styles.get(style or "", {})
        spec = levels.get(level, OdtLevel())
        counters = self._chains[chain]
        current = counters[level - 1]
        if start is not None:
            counters[level - 1] = start
        elif current is None:
            counters[level - 1] = spec.start
        else:
            counters[level - 1] = current + 1
        for deeper in range(level, _MAX_LEVELS):
            counters[deeper] = None
        if spec.fmt in ("bullet", "none"):
            return None
        parts = []
        for lv in range(level - spec.display + 1, level + 1):
            value = counters[lv - 1]
            if value is None:  # a level skipped over shows its start value, as LibreOffice draws it
                value = levels.get(lv, OdtLevel()).start
            lv_spec = levels.get(lv, OdtLevel())
            parts.append(format_number(value, lv_spec.fmt if lv != level else spec.fmt))
        label = spec.prefix + ".".join(parts) + spec.suffix
        return label.strip() or None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
