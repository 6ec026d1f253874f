"""How often an item's words stand in an aligned entry's clauses, in time that follows the entry, not the
number of items times the entry.

The stability test of items.py asks, for every reported item, how often its words occur in the clauses of
its entry on each side. One entry can hold a whole paragraph (a paragraph of a thousand semicolon items
merged into one new sentence), and asking each of its thousands of items to scan all of it was quadratic:
2,000 repetitions of "bolts, radiators and iron;" took 14 s, 5,000 took 80 s. Here each side of an entry
is indexed once (word -> the clauses holding it), an item looks only in the clauses that hold its rarest
word, and each distinct question is answered once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Side

_WORD = re.compile(r"\w+")


def whole_words(text: str) -> re.Pattern:
    """The item's words, separated by any spacing, not inside longer words."""
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, text.split())) + r"(?!\w)", re.IGNORECASE)


def bounded_words(text: str) -> re.Pattern:
    """The item ending where a list member ends (a separator, a preposition): "iron" in "iron ore" does
    not count."""
    body = r"\s+".join(map(re.escape, text.split()))
    return re.compile(
        r"(?<!\w)(?P<it>"
        + body
        + r")(?=\s*(?:[,;:.)]|(?<!\w)(?:and|or|nor|for|of|to|in|from|with|by|on)(?!\w)|$))",
        re.IGNORECASE,
    )


class Occurrences:
    """Counts and finds items' words in the clauses of aligned entries (one instance per comparison)."""

    def __init__(self) -> None:
        # keyed by the identity of the side and of the entry's clause tuple (hashing a paragraph's thousands
        # of clause numbers for every item was itself quadratic); the tuple is kept, so its id stays its own
        self._index: dict[tuple[int, int], tuple[Sequence[int], dict[str, list[int]]]] = {}
        self._counts: dict[tuple[int, int, str, bool], int] = {}

    def _index_of(self, side: Side, clauses: Sequence[int]) -> dict[str, list[int]]:
        """Word -> the clauses holding it, made once per entry side; keeping ``clauses`` pins its id."""
        key = (id(side), id(clauses))
        got = self._index.get(key)
        if got is not None:
            return got[1]
        index: dict[str, list[int]] = {}
        for ci in clauses:
            for w in set(_WORD.findall(side.clauses[ci].text.lower())):
                index.setdefault(w, []).append(ci)
        self._index[key] = (clauses, index)
        return index

    def holders(self, side: Side, clauses: Sequence[int], text: str) -> Sequence[int]:
        """The clauses (in order) that can hold ``text``: those holding its rarest word. A match of the
        patterns above starts and ends at word boundaries and keeps the item's own separators, so each of
        the item's words is a whole word of the clause it matches in."""
        index = self._index_of(side, clauses)
        words = _WORD.findall(text.lower())
        if not words:
            return clauses
        return min((index.get(w, ()) for w in words), key=len)

    def count(self, side: Side, clauses: Sequence[int], text: str, bounded: bool = False) -> int:
        """How many times the item's words stand in the clauses (``bounded``: as a whole list member)."""
        self._index_of(side, clauses)  # pins ``clauses`` before its id is a key
        key = (id(side), id(clauses), text, bounded)
        got = self._counts.get(key)
        if got is None:
            held = self.holders(side, clauses, text)
            if not held:
                got = 0
            else:
                p = bounded_words(text) if bounded else whole_words(text)
                got = sum(len(p.findall(side.clauses[ci].text)) for ci in held)
            self._counts[key] = got
        return got

    def find(self, side: Side, clauses: Sequence[int], text: str, free) -> tuple[int, tuple[int, int]] | None:
        """The first place (clause, document span) where the item stands as a list member and ``free(ci,
        span)`` allows it."""
        held = self.holders(side, clauses, text)
        if not held:
            return None
        p = bounded_words(text)
        for ci in held:
            cl = side.clauses[ci]
            for m in p.finditer(cl.text):
                span = (cl.start + m.start("it"), cl.start + m.end("it"))
                if free(ci, span):
                    return ci, span
        return None
