"""Matching items between the two versions: identical first (by spelling, then lemmas), then near matches.

Candidates come from an inverted index over word prefixes, so documents with hundreds of lists stay fast.
"""

from __future__ import annotations

import unicodedata

from ..model import AlignmentEntry, ItemStatus
from .itemtypes import _Item, _List

# --------------------------------------------------------------------------- matching


def _entries_by_clause(alignment: list[AlignmentEntry], which: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for n, e in enumerate(alignment):
        for ci in e.a if which == "a" else e.b:
            out.setdefault(ci, n)
    return out


def _aligned_pairs(
    lists_a: list[_List], lists_b: list[_List], entry_a: dict[int, int], entry_b: dict[int, int]
) -> list[tuple[int, int]]:
    """Pairs of lists whose clauses the alignment links, in reading order of the new document."""
    by_entry: dict[int, set[int]] = {}
    for lb, lst in enumerate(lists_b):
        for ci in lst.clauses:
            if ci in entry_b:
                by_entry.setdefault(entry_b[ci], set()).add(lb)
    pairs: set[tuple[int, int]] = set()
    for la, lst in enumerate(lists_a):
        for ci in lst.clauses:
            for lb in by_entry.get(entry_a.get(ci, -1), ()):
                pairs.add((la, lb))
    return sorted(pairs, key=lambda p: (lists_b[p[1]].items[0].span, lists_a[p[0]].items[0].span))


def _same_stem(x: str, y: str) -> bool:
    """ "food"/"foodstuff", "Eisen"/"Eisenerz": one word continues the other."""
    if x == y:
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 4 and long_.startswith(short)


def _contained(small: frozenset[str], big: frozenset[str]) -> bool:
    return all(any(_same_stem(s, b) for b in big) for s in small)


def _shape(it: _Item) -> tuple[str, ...]:
    """The first two letters of each word, folded so that items with equal lemmas always share it.

    Case and accents are folded ("Äpfel"/"Apfel") and a vowel in second place stands for any vowel
    ("men"/"man", "mice"/"mouse", "feet"/"foot"), so only a mismatch no inflection makes is ruled out
    ("equipment"/"earth"). It lets most comparisons skip loading a lemma dictionary at all.
    """
    out = []
    for w in it.content:
        head = _fold(w[:3])[:2]
        out.append(head[:1] + ("V" if head[1:] in _VOWELS else head[1:]))
    return tuple(out)


_VOWELS = frozenset("aeiouyœæ")


def _similarity(a: _Item, b: _Item, strict: bool) -> float:
    """How alike two non-identical items are (0 = not a rewording of each other)."""
    inter = sum(1 for s in a.stems if any(_same_stem(s, t) for t in b.stems))
    union = len(a.stems) + len(b.stems) - inter
    jacc = inter / union if union else 0.0
    small, big = (a.stems, b.stems) if len(a.stems) <= len(b.stems) else (b.stems, a.stems)
    if strict:
        # Across unrelated lists only a rewording of the same thing counts: "utensils" / "cooking
        # utensils", not "North Korea" / "a ban on North Korean workers".
        return 0.6 + 0.4 * jacc if small <= big and a.head == b.head else 0.0
    if _contained(small, big):
        return 0.6 + 0.4 * jacc
    if _same_stem(a.head, b.head):
        return 0.5 + 0.4 * jacc
    return 0.9 * jacc if jacc >= 0.5 else 0.0


def _index(items: list[_Item]) -> dict[str, list[int]]:
    """Items by the folded first four letters of their words: candidates for a near match, found without
    lemmas (a word and its lemma nearly always share those letters)."""
    idx: dict[str, list[int]] = {}
    for n, it in enumerate(items):
        for s in _prefixes(it):
            idx.setdefault(s, []).append(n)
    return idx


def _prefixes(it: _Item) -> set[str]:
    return {_fold(w)[:4] for w in it.surface}


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _Matcher:
    def __init__(self, a: list[_Item], b: list[_Item]) -> None:
        self.a, self.b = a, b
        self.status: dict[int, ItemStatus] = {}  # a index -> KEPT/MODIFIED

    def link(self, i: int, j: int, status: ItemStatus) -> None:
        self.a[i].matched, self.b[j].matched = j, i
        self.status[i] = status

    def exact(self, a_ids: list[int], b_ids: list[int]) -> None:
        """Same item: first by spelling (no dictionary needed), then by lemmas ("textile"/"Textiles")."""
        # Sub-paragraphs and bullets are matched by their whole text first, never by their letter or by a
        # name their siblings may share ("(b) Prohibit ..."): an inserted (b) reletters nothing.
        self._exact(a_ids, b_ids, lambda it: it.body or it.surface)
        self._exact(a_ids, b_ids, lambda it: it.surface)
        # Lemmas are looked up only for items that could share them (same number of words with the same
        # initials: "mice"/"mouse", "Äpfel"/"Apfel"); most comparisons then never load a dictionary.
        self._exact(a_ids, b_ids, lambda it: it.key, _shape)

    def _exact(self, a_ids: list[int], b_ids: list[int], key, prefilter=None) -> None:
        free_a = [i for i in a_ids if self.a[i].matched is None]
        if not free_a:
            return
        free_b = [j for j in b_ids if self.b[j].matched is None]
        if prefilter is not None:
            shape_a = {i: prefilter(self.a[i]) for i in free_a}
            shape_b = {j: prefilter(self.b[j]) for j in free_b}
            common = set(shape_a.values()) & set(shape_b.values())
            free_a = [i for i in free_a if shape_a[i] in common]
            free_b = [j for j in free_b if shape_b[j] in common]
        waiting: dict[tuple[str, ...], list[int]] = {}
        for j in free_b:
            waiting.setdefault(key(self.b[j]), []).append(j)
        if not waiting:
            return
        for i in free_a:  # each is linked at most once, here
            queue = waiting.get(key(self.a[i]))
            while queue and self.b[queue[0]].matched is not None:
                queue.pop(0)
            if queue:
                j = queue.pop(0)
                x, y = self.a[i], self.b[j]
                # a sub-paragraph named alike whose wording changed further on is modified, not kept; one
                # whose words only changed places (an inner list reordered) is kept, as its items are
                reworded = x.body is not None and y.body is not None and sorted(x.body) != sorted(y.body)
                self.link(i, j, ItemStatus.MODIFIED if reworded else ItemStatus.KEPT)

    def fuzzy(self, a_ids: list[int], b_ids: list[int], strict: bool) -> None:
        # Candidates come from spelling; lemmas are looked up only to score them.
        free_b = [j for j in b_ids if self.b[j].matched is None]
        if not free_b or all(self.a[i].matched is not None for i in a_ids):
            return
        idx = _index([self.b[j] for j in free_b])
        scored: list[tuple[float, int, int]] = []
        for i in a_ids:
            it = self.a[i]
            if it.matched is not None:
                continue
            seen: set[int] = set()
            for s in _prefixes(it):
                for k in idx.get(s, ()):
                    if k in seen:
                        continue
                    seen.add(k)
                    score = _similarity(it, self.b[free_b[k]], strict)
                    if score > 0:
                        scored.append((-score, i, free_b[k]))
        for _neg, i, j in sorted(scored):
            if self.a[i].matched is None and self.b[j].matched is None:
                self.link(i, j, ItemStatus.MODIFIED)


def link_slots(m: _Matcher, a_ids: list[int], b_ids: list[int], elsewhere: tuple[set, set]) -> None:
    """Between the same kept neighbours, one item out and one item in is that item reworded in its slot
    ("training" → "instruction"): *modified*, not removed plus added. ``a_ids``/``b_ids`` in list order;
    ``elsewhere`` holds the spellings of every item of each side: an item that stands in another list of
    the other version moved there and is not a rewording."""
    b_pos = {j: k for k, j in enumerate(b_ids)}
    anchors = [(-1, -1)]
    for ka, i in enumerate(a_ids):
        j = m.a[i].matched
        if j is not None and j in b_pos and b_pos[j] > anchors[-1][1]:
            anchors.append((ka, b_pos[j]))
    if (len(anchors) - 1) * 2 < min(len(a_ids), len(b_ids)):
        return  # the two versions of the list agree on too little for a slot to be the same slot
    anchors.append((len(a_ids), len(b_ids)))
    for (a0, b0), (a1, b1) in zip(anchors, anchors[1:], strict=False):
        if a1 - a0 != 2 or b1 - b0 != 2:
            continue  # one item on each side, nothing moved through the slot
        i, j = a_ids[a0 + 1], b_ids[b0 + 1]
        if m.a[i].surface in elsewhere[1] or m.b[j].surface in elsewhere[0]:
            continue
        if m.a[i].matched is None and m.b[j].matched is None and m.a[i].named == m.b[j].named:
            m.link(i, j, ItemStatus.MODIFIED)
