"""The similarity search's fast paths give what the plain code they replaced gave, value for value.

Candidate pairs, their shared stem mass, the character cosines and the document frequencies feed float
comparisons in the path search: a change of one ulp, or of the order of a dict, could tip a tie, so each
is compared exactly (and in order) with the straightforward version kept here as the oracle.
"""

from __future__ import annotations

import heapq
import math
import random
import unicodedata
from collections import Counter, defaultdict
from itertools import chain

import pytest

from compare.align import aligner
from compare.align.aligner import AlignParams
from compare.align.similarity import VISIT_BUDGET, Vectors, char_cosines, word_grams, words_of


def _shared_pairs_plain(vec: Vectors, a_ids, b_ids, per_clause: int = 8) -> dict[tuple[int, int], float]:
    """The candidate search as first written: a Python loop per posting, heaps of tuples."""
    cap = max(50, int(0.02 * vec.n))
    df = vec.df
    wanted = {w for j in b_ids for w in vec.b[j] if df[w] <= cap}
    postings: dict[str, list[int]] = defaultdict(list)
    for i in a_ids:
        for w in vec.a[i].keys() & wanted:
            postings[w].append(i)
    rough: dict[tuple[int, int], None] = {}
    by_a: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for j in b_ids:
        acc: dict[int, float] = defaultdict(float)
        bv = vec.b[j]
        found = sorted((df[w], w) for w in bv if w in postings)
        visits = 0
        for _df, w in found:
            if visits >= VISIT_BUDGET:
                break
            wt = bv[w]
            lst = postings[w]
            visits += len(lst)
            for i in lst:
                acc[i] += wt
        if not acc:
            continue
        mb = vec.b_mass[j]
        scored = [(-v / min(mb, vec.a_mass[i]), i) for i, v in acc.items()]
        for _s, i in heapq.nsmallest(per_clause, scored):
            rough[(i, j)] = None
        for s, i in scored:
            kept = by_a[i]
            item = (-s, -j)
            if len(kept) < per_clause:
                heapq.heappush(kept, item)
            elif item > kept[0]:
                heapq.heapreplace(kept, item)
    for i, kept in by_a.items():
        for _v, j in sorted((-v, -j) for v, j in kept):
            rough[(i, j)] = None
    out = {}
    for i, j in rough:
        av, bv = vec.a[i], vec.b[j]
        small, big = (bv, av) if len(av) > len(bv) else (av, bv)
        out[(i, j)] = sum([w for k, w in small.items() if k in big])
    return out


def _char_cosines_plain(a_texts, b_texts, pairs) -> dict[tuple[int, int], float]:
    """Character 4-gram cosines with string grams and every clause's set held at once."""

    def grams(text: str) -> set[str]:
        return set().union(*(word_grams(w) for w in set(words_of(text))))

    ga = {i: grams(a_texts[i]) for i, _j in pairs}
    gb = {j: grams(b_texts[j]) for _i, j in pairs}
    df = Counter(chain.from_iterable(chain(ga.values(), gb.values())))
    n = len(ga) + len(gb)
    w2 = {k: math.log(1.0 + n / c) ** 2 for k, c in df.items()}

    def norm(g: set[str]) -> float:
        return math.sqrt(math.fsum(w2[k] for k in g)) or 1.0

    return {(i, j): math.fsum(w2[k] for k in ga[i] & gb[j]) / (norm(ga[i]) * norm(gb[j])) for i, j in pairs}


WORDS = [
    "council",
    "decides",
    "states",
    "shall",
    "prevent",
    "supply",
    "arms",
    "sale",
    "transfer",
    "territory",
    "nationals",
    "vessels",
    "aircraft",
    "whether",
    "origin",
    "security",
    "resolution",
    "measures",
    "committee",
    "report",
    "sanctions",
    "paragraph",
    "annex",
]


def _clause(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(1, 14))
    if rng.random() < 0.3:  # accents written as marks, as the respelled stress shape has them
        words = [
            unicodedata.normalize("NFD", w.replace("e", "é")) if rng.random() < 0.5 else w for w in words
        ]
    return " ".join(words).capitalize() + "."


def _documents(seed: int) -> tuple[list[str], list[str]]:
    """Two versions with repeats, edits, reorderings and clauses identical on both sides."""
    rng = random.Random(seed)
    a = [_clause(rng) for _ in range(rng.randint(5, 120))]
    a += rng.choices(a, k=rng.randint(0, 10))  # boilerplate repeated within a version
    b = []
    for t in a:
        r = rng.random()
        if r < 0.5:
            b.append(t)
        elif r < 0.8:
            b.append(_clause(rng))
        elif r < 0.9:
            b.append(t.replace("shall", "may"))
    rng.shuffle(b[: len(b) // 4])
    return a, b or ["Nothing."]


@pytest.mark.parametrize("seed", range(40))
def test_candidate_pairs_and_cosines_are_the_plain_codes(seed: int) -> None:
    a, b = _documents(seed)
    vec = Vectors(a, b)
    got: dict = {}
    plain: dict = {}

    def recording(a_ids, b_ids, per_clause=8):
        got["pairs"] = Vectors.shared_pairs(vec, a_ids, b_ids, per_clause)
        plain["pairs"] = _shared_pairs_plain(vec, a_ids, b_ids, per_clause)
        # b_ids in any order: the heap floor must not assume increasing new clauses
        ids = list(b_ids)
        random.Random(seed).shuffle(ids)
        assert list(Vectors.shared_pairs(vec, a_ids, ids, per_clause).items()) == list(
            _shared_pairs_plain(vec, a_ids, ids, per_clause).items()
        )
        return got["pairs"]

    vec.shared_pairs = recording  # type: ignore[method-assign]
    _ident, shared = aligner._candidate_pairs(vec, a, b, AlignParams())
    if "pairs" in got:
        assert list(got["pairs"].items()) == list(plain["pairs"].items())  # values and order
    pairs = list(shared)
    assert char_cosines(a, b, pairs) == _char_cosines_plain(a, b, pairs)


@pytest.mark.parametrize("seed", range(20))
def test_document_frequencies_count_every_clause(seed: int) -> None:
    """Counted once per distinct text and scaled by its copies: still one count per clause holding it."""
    a, b = _documents(seed)
    if seed % 2:
        b = b + a[:3] * 5  # texts with many copies
    vec = Vectors(a, b)
    texts = a + b
    stems = {t: set(vec.a[a.index(t)]) if t in a else set(vec.b[b.index(t)]) for t in set(texts)}
    assert dict(vec.df) == dict(Counter(chain.from_iterable(stems[t] for t in texts)))
    assert all(c > 0 for c in vec.df.values())
