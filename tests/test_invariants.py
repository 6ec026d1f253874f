"""Engine invariants for arbitrary documents (property-based): nothing lost, exact, deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lcs_oracle import assert_words_law

from compare.engine import compare_documents
from compare.model import CompareOptions, Document, Kind, SegmentMode, new_text, old_text

WORDS = [
    "Decides",
    "that",
    "all",
    "States",
    "shall",
    "prevent",
    "the",
    "export",
    "of",
    "coal",
    "iron",
    "and",
    "textiles",
    "(a)",
    "(b)",
    "4.",
    "U.N.",
    "Dec.",
    "22",
    ";",
    ",",
    ".",
    "Sanktionen",
    "über",
    "États",
    "قرار",
    "שלום",
    "e\u0301",
    "🙂",
    "\x00",
    "x" * 300,
    "—",
    "“quoted”",
]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
free_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=80)
paragraph = st.one_of(sentence, free_text, st.lists(sentence, min_size=1, max_size=4).map(" ".join))
paragraphs = st.lists(paragraph, max_size=8)
options = st.builds(
    CompareOptions,
    segment=st.sampled_from(list(SegmentMode)),
    ignore_case=st.booleans(),
    ignore_punctuation=st.booleans(),
    ignore_whitespace=st.booleans(),
    granularity=st.sampled_from(["words", "readable"]),
)


def _doc(name: str, paras: list[str]) -> Document:
    return Document.from_paragraphs(name, "text", paras)


def _signature(result) -> list:
    return [(e.kind, e.a, e.b, e.moved, e.relabelled, e.diff, e.score) for e in result.alignment]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs, paragraphs, options)
def test_every_clause_once_and_diffs_are_exact(pa: list[str], pb: list[str], opts: CompareOptions) -> None:
    r = compare_documents(_doc("a", pa), _doc("b", pb), opts)
    assert sorted(i for e in r.alignment for i in e.a) == list(range(len(r.a.clauses)))
    assert sorted(j for e in r.alignment for j in e.b) == list(range(len(r.b.clauses)))
    for e in r.alignment:
        assert old_text(e.diff) == r.entry_text(e, "a")
        assert new_text(e.diff) == r.entry_text(e, "b")
        assert (e.kind == Kind.ADDED) == (not e.a)
        assert (e.kind == Kind.REMOVED) == (not e.b)
    assert_words_law(r)
    for side in (r.a, r.b):
        for c in side.clauses:
            assert side.document.text[c.start : c.end] == c.text
    assert _signature(r) == _signature(compare_documents(_doc("a", pa), _doc("b", pb), opts))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs, options)
def test_a_document_compared_with_itself_is_all_equal(pa: list[str], opts: CompareOptions) -> None:
    r = compare_documents(_doc("a", pa), _doc("a", pa), opts)
    assert all(e.kind == Kind.EQUAL and not e.moved and not e.relabelled for e in r.alignment)
    assert r.stats.words_inserted == r.stats.words_deleted == 0
