"""Word granularity: *words* marks only the words that differ (minimal), *readable* joins them.

The law checked throughout: in *words*, the words kept as common in a changed clause are exactly as many
as the longest common subsequence of the two clauses' words -- no word is shown deleted and re-inserted.
The LCS length comes from an independent oracle (bit-parallel, itself checked against the textbook table).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lcs_oracle import assert_words_law, kept_words, lcs_bits, lcs_table, words

from compare.diff.lcs import common_words
from compare.diff.worddiff import DiffFlags, word_diff
from compare.engine import compare_documents, compare_files
from compare.model import CompareOptions, Document, new_text, old_text

WORDS = DiffFlags()
READABLE = DiffFlags(granularity="readable")


def ops(diff) -> list[tuple[str, str]]:
    return [(d.op, d.text) for d in diff]


def assert_minimal(old: str, new: str, flags: DiffFlags = WORDS) -> None:
    diff = word_diff(old, new, flags)
    assert old_text(diff) == old and new_text(diff) == new
    expected = lcs_bits(words(old, flags.ignore_case), words(new, flags.ignore_case))
    assert kept_words(diff) == expected, (old, new, ops(diff))


# --------------------------------------------------------------------------- the examples


def test_reordered_phrase_keeps_the_longer_word() -> None:
    diff = word_diff("gizmos and sprockets", "sprockets and doohickeys")
    assert ops(diff) == [("-", "gizmos and "), ("=", "sprockets"), ("+", " and doohickeys")]
    readable = word_diff("gizmos and sprockets", "sprockets and doohickeys", READABLE)
    assert ops(readable) == [("-", "gizmos and sprockets"), ("+", "sprockets and doohickeys")]


def test_a_kept_word_inside_a_change_stays_kept() -> None:
    diff = word_diff("the Security Council, not", "the Council no")
    assert ops(diff) == [("=", "the "), ("-", "Security "), ("=", "Council"), ("-", ", not"), ("+", " no")]
    readable = word_diff("the Security Council, not", "the Council no", READABLE)
    assert ("-", "Security Council, not") in ops(readable)


def test_changes_take_their_space_with_them() -> None:
    assert ops(word_diff("the dog", "the big dog")) == [("=", "the "), ("+", "big "), ("=", "dog")]
    assert ops(word_diff("the big dog", "the dog")) == [("=", "the "), ("-", "big "), ("=", "dog")]
    # a lone space between two changed words is not an unchanged piece of its own
    assert ops(word_diff("so a b c", "so x y z")) == [("=", "so "), ("-", "a b c"), ("+", "x y z")]


def test_punctuation_between_changed_words_is_kept() -> None:
    diff = word_diff("coal, iron", "gold, silver")
    assert ops(diff) == [("-", "coal"), ("+", "gold"), ("=", ", "), ("-", "iron"), ("+", "silver")]


@pytest.mark.parametrize("flags", [WORDS, READABLE], ids=["words", "readable"])
def test_ignore_options_work_in_both_granularities(flags: DiffFlags) -> None:
    g = flags.granularity
    ic = DiffFlags(ignore_case=True, granularity=g)
    diff = word_diff("Decides that the COUNCIL shall", "decides that the Council may", ic)
    assert [(d.op, d.text) for d in diff if d.op != "="] == [("-", "shall"), ("+", "may")]
    assert old_text(diff) == "Decides that the COUNCIL shall"
    ip = DiffFlags(ignore_punctuation=True, granularity=g)
    assert all(d.op == "=" for d in word_diff("Decides, further: that", "Decides further that", ip))
    iw = DiffFlags(ignore_whitespace=True, granularity=g)
    assert all(d.op == "=" for d in word_diff("a  b\tc", "a b c", iw))
    assert any(d.op != "=" for d in word_diff("a  b", "a b", flags))


def test_unknown_granularity_is_refused() -> None:
    with pytest.raises(ValueError, match="granularity"):
        DiffFlags(granularity="letters")


def test_the_engine_passes_the_granularity(samples: Path) -> None:
    a, b = samples / "resolution_v1.txt", samples / "resolution_v2.txt"
    by_words = compare_files(a, b)
    readable = compare_files(a, b, CompareOptions(granularity="readable"))
    assert by_words.options.granularity == "words"
    assert by_words.stats.changed == readable.stats.changed  # granularity changes the marks, not the rows
    texts = [(e.a, e.b, old_text(e.diff), new_text(e.diff)) for e in by_words.alignment]
    assert texts == [(e.a, e.b, old_text(e.diff), new_text(e.diff)) for e in readable.alignment]
    assert [ops(e.diff) for e in by_words.alignment] != [ops(e.diff) for e in readable.alignment]


# --------------------------------------------------------------------------- the LCS law, random


vocab = st.sampled_from(
    ["the", "The", "of", "Council", "council", "and", "a", "30", "é", "shall", "dog", "_x"]
)
seps = st.sampled_from([" ", " ", " ", ", ", "  ", "; ", " (", ") ", "-", "\n"])
phrases = st.lists(st.tuples(vocab, seps), max_size=25).map(lambda ws: "".join(w + s for w, s in ws))


contexts = st.tuples(st.sampled_from([" ", "(", None]), st.sampled_from([" ", ")", None]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(vocab, contexts), max_size=30), st.lists(st.tuples(vocab, contexts), max_size=30))
def test_oracles_agree(ax: list[tuple], bx: list[tuple]) -> None:
    a, b = [w for w, _ in ax], [w for w, _ in bx]
    assert lcs_bits(a, b) == lcs_table(a, b)
    for pairs in (common_words(a, b), common_words(a, b, None, [c for _, c in ax], [c for _, c in bx])):
        assert len(pairs) == lcs_table(a, b)  # neighbours only break ties
        assert all(a[i] == b[j] for i, j in pairs)
        assert all(i0 < i1 and j0 < j1 for (i0, j0), (i1, j1) in zip(pairs, pairs[1:], strict=False))


def test_ties_go_to_the_longer_word_then_to_the_same_neighbours() -> None:
    assert common_words(["gizmos", "and", "sprockets"], ["sprockets", "and", "doohickeys"]) == [(2, 0)]
    a, b = ["Resolution", "760", "1992", "1992"], ["Resolution", "787", "1992"]
    ctx_a = [(None, " "), (" ", " "), ("(", ")"), (" ", None)]
    ctx_b = [(None, " "), (" ", " "), ("(", ")")]
    assert common_words(a, b, None, ctx_a, ctx_b) == [(0, 0), (2, 2)]
    assert common_words(a, b) == [(0, 0), (3, 2)]  # without neighbours: the common suffix


@settings(max_examples=400, deadline=None)
@given(phrases, phrases, st.booleans(), st.booleans(), st.booleans())
def test_words_keeps_a_longest_common_subsequence(a: str, b: str, ic: bool, ip: bool, iw: bool) -> None:
    assert_minimal(a, b, DiffFlags(ic, ip, iw))


@settings(max_examples=300, deadline=None)
@given(st.lists(vocab, max_size=40), st.lists(vocab, max_size=40), st.sampled_from([1, 2, 7, 40]))
def test_long_clauses_split_in_halves_keep_as_many_words(a: list[str], b: list[str], cells: int) -> None:
    """Above a table size the LCS is cut in halves (Hirschberg, bit-parallel): the count must not change."""
    import compare.diff.lcs as lcs

    saved = lcs._DP_CELLS
    lcs._DP_CELLS = cells  # tiny tables: every clause goes through the halving
    try:
        pairs = common_words(a, b)
        lengths = lcs._prefix_lengths(a, b)
    finally:
        lcs._DP_CELLS = saved
    assert len(pairs) == lcs_table(a, b)
    assert all(a[i] == b[j] for i, j in pairs)
    assert all(i0 < i1 and j0 < j1 for (i0, j0), (i1, j1) in zip(pairs, pairs[1:], strict=False))
    assert lengths == [lcs_table(a[:i], b) for i in range(len(a) + 1)]


def test_a_long_unrelated_clause_still_keeps_a_longest_subsequence() -> None:
    """Up to the work budget (``EXACT_CELLS``, word x word) a changed clause gets the exact answer."""
    import random

    from compare.diff.lcs import EXACT_CELLS

    rnd = random.Random("granularity")
    vocab_ = [f"w{k}" for k in range(400)]
    size = int(EXACT_CELLS**0.5) - 10  # as long as a clause may be for the exact answer
    old = " ".join(rnd.choice(vocab_) for _ in range(size))
    new = " ".join(rnd.choice(vocab_) for _ in range(size))
    assert_minimal(old, new)


def test_a_long_clause_with_no_word_in_common_is_one_replacement() -> None:
    old = "; ".join(f"old{k} item" if k % 2 else f"old{k}" for k in range(2000)) + "."
    new = ", ".join(f"new{k}" for k in range(2000)) + "."
    assert ops(word_diff(old, new)) == [("-", old[:-1]), ("+", new[:-1]), ("=", ".")]


# --------------------------------------------------------------------------- the LCS law, real pairs


def test_law_on_the_bundled_samples(samples: Path) -> None:
    r = compare_files(samples / "resolution_v1.txt", samples / "resolution_v2.txt")
    assert assert_words_law(r) >= 4
    flags = CompareOptions(ignore_case=True, ignore_punctuation=True)
    assert assert_words_law(
        compare_files(samples / "resolution_v1.txt", samples / "resolution_v2.txt", flags)
    )


def test_law_on_the_seed_articles(shared: Path) -> None:
    old, new = sorted((shared / "corpus" / "seeds").glob("*.txt"))[:2]
    assert assert_words_law(compare_files(old, new)) >= 2


def test_law_on_the_un_chain(shared: Path) -> None:
    un = shared / "corpus" / "un"
    chain = [un / f"S-RES-{n}-{y}.txt" for n, y in ((757, 1992), (760, 1992), (787, 1992), (820, 1993))]
    if not all(p.exists() for p in chain):
        pytest.skip("UN resolutions 757/760/787/820 not present")
    checked = 0
    for old, new in zip(chain, chain[1:], strict=False):
        checked += assert_words_law(compare_files(old, new))
    checked += assert_words_law(compare_files(chain[0], chain[1], CompareOptions(ignore_case=True)))
    assert checked >= 10


@pytest.mark.parametrize("split", ["dev", "test"])
def test_law_on_the_alignment_benchmark(shared: Path, split: str) -> None:
    pairs = shared / "corpus" / "alignment" / f"{split}.jsonl"
    if not pairs.exists():
        pytest.skip("alignment benchmark not present")
    checked = 0
    for line in pairs.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc_a = Document.from_paragraphs("a", "text", rec["a"])
        doc_b = Document.from_paragraphs("b", "text", rec["b"])
        checked += assert_words_law(compare_documents(doc_a, doc_b))
    assert checked >= 50
