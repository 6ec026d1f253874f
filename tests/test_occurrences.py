"""The stability test's occurrence counts: indexed and cached, the same answers as scanning every clause."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.lists.occurrences import Occurrences, bounded_words, whole_words
from compare.model import Clause, Document, Side

WORDS = [
    "bolts",
    "iron",
    "iron ore",
    "Iron",
    "radiators",
    "coal",
    "and",
    "of",
    "ore",
    "vehicles",
    "IRON_ore",
    "Or",
    "android",
]
SEPS = [", ", " and ", "; ", " of ", " ", ". ", "\n", " )", ":", "-", " Andorra "]


def _side(texts: list[str]) -> Side:
    clauses, pos = [], 0
    for k, t in enumerate(texts):
        clauses.append(Clause(k, t, pos, pos + len(t), k))
        pos += len(t) + 1
    return Side(Document("x.txt", "txt", "\n".join(texts), []), clauses)


def _naive_count(side: Side, clauses, text: str, bounded: bool) -> int:
    p = bounded_words(text) if bounded else whole_words(text)
    return sum(len(p.findall(side.clauses[ci].text)) for ci in clauses)


def _naive_find(side: Side, clauses, text: str, taken: set) -> tuple[int, tuple[int, int]] | None:
    p = bounded_words(text)
    for ci in clauses:
        cl = side.clauses[ci]
        for m in p.finditer(cl.text):
            span = (cl.start + m.start("it"), cl.start + m.end("it"))
            if span not in taken:
                return ci, span
    return None


clause_text = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPS)), max_size=8).map(
    lambda parts: "".join(w + s for w, s in parts).strip()
)


@settings(max_examples=400, deadline=None)
@given(
    texts=st.lists(clause_text, min_size=1, max_size=6),
    items=st.lists(
        st.sampled_from(
            WORDS + ["iron ore and coal", "bolts, radiators", "(a)", "iron  ore", "ore or", "and and"]
        ),
        max_size=6,
    ),
)
def test_counts_and_places_match_a_scan_of_every_clause(texts: list[str], items: list[str]) -> None:
    side = _side(texts)
    clauses = tuple(range(len(texts)))
    occ = Occurrences()
    for text in items * 2:  # asked twice: the cached answer is the same
        for bounded in (False, True):
            assert occ.count(side, clauses, text, bounded) == _naive_count(side, clauses, text, bounded)
        for other in items:  # counted in full on one side, only as far as needed on the other
            for bounded in (False, True):
                x, y = (side, clauses[:2], text, bounded), (side, clauses[1:], other, False)
                want = _naive_count(*x) >= max(1, _naive_count(*y))
                assert occ.as_often(x, y) == want and Occurrences().as_often(x, y) == want
        taken = {(0, 1)}
        got = occ.find(side, clauses, text, lambda _ci, span, taken=taken: span not in taken)
        assert got == _naive_find(side, clauses, text, taken)


def test_an_item_in_no_clause_counts_nothing_and_a_wordless_item_scans_all() -> None:
    side = _side(["bolts, radiators and iron;", "vehicles and coal"])
    occ = Occurrences()
    assert occ.count(side, (0, 1), "iron ore") == 0
    assert occ.count(side, (0, 1), "coal", bounded=True) == 1
    assert occ.holders(side, (0, 1), "--") == (0, 1)
    assert occ.count(side, (0, 1), "iron") == 1 and occ.count(side, (1,), "iron") == 0
