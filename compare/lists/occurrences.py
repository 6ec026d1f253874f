"""How often an item's words stand in an aligned entry's clauses, in time that follows the entry, not the
number of items times the entry.

The stability test of items.py asks, for every reported item, how often its words occur in the clauses of
its entry on each side. One entry can hold a whole paragraph (a paragraph of a thousand semicolon items
merged into one new sentence), and asking each of its thousands of items to scan all of it was quadratic:
2,000 repetitions of "bolts, radiators and iron;" took 14 s, 5,000 took 80 s. Here each side of an entry
is indexed once (word -> the clauses holding it), an item looks only in the clauses that hold its rarest
word, and each distinct question is answered once. An item of plain ASCII words (most are) is matched on
the clause's words rather than by a pattern of its own: compiling one regular expression per distinct item
cost more than all the rest (250,000 distinct items in one paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Side

_WORD = re.compile(r"\w+")
_PLAIN = re.compile(r"[A-Za-z0-9_]+")
# what may follow a list member (see bounded_words)
_MEMBER_END = frozenset(",;:.)")
_CONNECTORS = frozenset(["and", "or", "nor", "for", "of", "to", "in", "from", "with", "by", "on"])


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
        self._clause_words: dict[tuple[int, int], tuple[list[str], list[int], list[int]]] = {}

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
        return self._upto(side, clauses, text, bounded, None)

    def as_often(
        self,
        x: tuple[Side, Sequence[int], str, bool],
        y: tuple[Side, Sequence[int], str, bool],
    ) -> bool:
        """``count(*x) >= max(1, count(*y))``, counting the side with fewer candidate clauses in full and
        the other only as far as the answer needs: an item of a 250,000-clause paragraph asked about a
        one-clause sentence reads two of the paragraph's clauses, not all of them."""
        if len(self.holders(*x[:3])) <= len(self.holders(*y[:3])):
            got = self._upto(*x, None)
            return got >= 1 and self._upto(*y, got) <= got
        need = max(1, self._upto(*y, None))
        return self._upto(*x, need - 1) >= need

    def _upto(self, side: Side, clauses: Sequence[int], text: str, bounded: bool, stop: int | None) -> int:
        """The count, or any number above ``stop`` once the count passes it (only full counts are kept)."""
        self._index_of(side, clauses)  # pins ``clauses`` before its id is a key
        key = (id(side), id(clauses), text, bounded)
        got = self._counts.get(key)
        if got is not None:
            return got
        held = self.holders(side, clauses, text)
        plain = _plain_words(text)
        p = None if plain is not None else bounded_words(text) if bounded else whole_words(text)
        got = 0
        for ci in held:
            if plain is not None:
                got += len(self._matches(side, ci, plain, bounded))
            else:
                got += len(p.findall(side.clauses[ci].text))
            if stop is not None and got > stop:
                return got
        self._counts[key] = got
        return got

    def find(self, side: Side, clauses: Sequence[int], text: str, free) -> tuple[int, tuple[int, int]] | None:
        """The first place (clause, document span) where the item stands as a list member and ``free(ci,
        span)`` allows it."""
        held = self.holders(side, clauses, text)
        if not held:
            return None
        plain = _plain_words(text)
        if plain is not None:
            for ci in held:
                start = side.clauses[ci].start
                for a, b in self._matches(side, ci, plain, True):
                    if free(ci, (start + a, start + b)):
                        return ci, (start + a, start + b)
            return None
        p = bounded_words(text)
        for ci in held:
            cl = side.clauses[ci]
            for m in p.finditer(cl.text):
                span = (cl.start + m.start("it"), cl.start + m.end("it"))
                if free(ci, span):
                    return ci, span
        return None

    def _words(self, side: Side, ci: int) -> tuple[list[str], list[int], list[int]]:
        """A clause's words (lower case) with their starts and ends, made once per clause."""
        key = (id(side), ci)
        got = self._clause_words.get(key)
        if got is None:
            found = list(_WORD.finditer(side.clauses[ci].text))
            got = ([m.group().lower() for m in found], [m.start() for m in found], [m.end() for m in found])
            self._clause_words[key] = got
        return got

    def _matches(self, side: Side, ci: int, plain: list[str], bounded: bool) -> list[tuple[int, int]]:
        """Spans in the clause of the words ``plain`` separated by spacing only, left to right without
        overlap: what ``whole_words`` (or ``bounded_words``) would find there."""
        text = side.clauses[ci].text
        words, starts, ends = self._words(side, ci)
        k, n = len(plain), len(words)
        out: list[tuple[int, int]] = []
        i = 0
        while i + k <= n:
            if words[i] != plain[0] or any(
                words[i + j] != plain[j] or not _spacing(text, ends[i + j - 1], starts[i + j])
                for j in range(1, k)
            ):
                i += 1
                continue
            last = i + k - 1
            if not bounded or _ends_member(text, ends[last], words, starts, last + 1):
                out.append((starts[i], ends[last]))
                i += k
            else:
                i += 1
        return out


def _plain_words(text: str) -> list[str] | None:
    """The item's words in lower case when each is plain ASCII letters, digits or "_" (else None: the
    item is matched by its pattern)."""
    words = text.split()
    if not words or not all(_PLAIN.fullmatch(w) for w in words):
        return None
    return [w.lower() for w in words]


def _spacing(text: str, a: int, b: int) -> bool:
    return a < b and text[a:b].isspace()


def _ends_member(text: str, end: int, words: list[str], starts: list[int], nxt: int) -> bool:
    """Does a list member end at ``end``: then a separator, a connecting word, or the clause's end?"""
    j = end
    while j < len(text) and text[j].isspace():
        j += 1
    if j == len(text) or text[j] in _MEMBER_END:
        return True
    return nxt < len(words) and starts[nxt] == j and words[nxt] in _CONNECTORS
