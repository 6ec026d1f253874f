"""Word diff on awkward input: combining marks stay with their letter; a giant clause stays within budget.

The budget is work, not time: these tests count what the diff does (table cells, the size of what
diff-match-patch is given) on real calls, and check that every op is still exact.
"""

from __future__ import annotations

import random
import unicodedata

import pytest
from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st
from lcs_oracle import kept_words, lcs_bits, words

import compare.diff.lcs as lcs
from compare.diff.worddiff import DiffFlags, count_words, tokens, word_diff
from compare.model import new_text, old_text

WORDS = DiffFlags()
READABLE = DiffFlags(granularity="readable")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def starts_with_mark(text: str) -> bool:
    return bool(text) and unicodedata.category(text[0]).startswith("M")


# --------------------------------------------------------------------------- combining marks


def test_a_letter_and_its_marks_are_one_token() -> None:
    text = nfd("Le Conseil décide, à l'unanimité") + " क्षेत्र"
    toks = tokens(text)
    assert "".join(toks) == text
    assert nfd("décide") in toks and nfd("unanimité") in toks and "क्षेत्र" in toks
    assert not any(starts_with_mark(t) for t in toks)
    assert count_words(text) == count_words(unicodedata.normalize("NFC", text)) + 0  # same words either way


def test_a_lone_mark_after_a_space_is_kept_as_a_token_of_its_own() -> None:
    text = "a \u0301b"
    assert "".join(tokens(text)) == text
    assert "\u0301" in tokens(text)


@pytest.mark.parametrize("flags", [WORDS, READABLE], ids=["words", "readable"])
def test_an_accent_change_marks_the_whole_word(flags: DiffFlags) -> None:
    old, new = nfd("le résumé du rapport"), nfd("le resume du rapport")
    diff = word_diff(old, new, flags)
    assert old_text(diff) == old and new_text(diff) == new
    assert [(d.op, d.text) for d in diff if d.op != "="] == [("-", nfd("résumé")), ("+", "resume")]


@pytest.mark.parametrize("granularity", ["words", "readable"])
def test_decomposed_and_composed_spellings_of_a_word_are_the_same_word(granularity: str) -> None:
    """'États' with a precomposed É and with E + U+0301 look the same: no change to show, but the ops
    still spell each side as written (the old spelling rides on the '=' op, as an ignored difference)."""
    old = nfd("Décide que les États")
    new = unicodedata.normalize("NFC", "Décide que les États ferment")
    diff = word_diff(old, new, DiffFlags(granularity=granularity))
    assert old_text(diff) == old and new_text(diff) == new
    assert [(d.op, d.text) for d in diff if d.op != "="] == [("+", " ferment")]
    respelled = [d for d in diff if d.old is not None]
    assert respelled and all(unicodedata.normalize("NFC", d.old) == d.text for d in respelled)
    same = word_diff(old, unicodedata.normalize("NFC", old))
    assert all(d.op == "=" for d in same) and old_text(same) == old


vocab = st.sampled_from([nfd("été"), "été", nfd("Décide"), "e", "\u0301", "the", "क्षेत्र", "a"])
seps = st.sampled_from([" ", ", ", "(", "\u0301 "])
phrases = st.lists(st.tuples(vocab, seps), max_size=20).map(lambda ws: "".join(w + s for w, s in ws))


@settings(max_examples=300, deadline=None)
@given(phrases, phrases, st.booleans(), st.sampled_from(["words", "readable"]))
def test_no_op_separates_a_mark_from_its_letter(a: str, b: str, ic: bool, granularity: str) -> None:
    diff = word_diff(a, b, DiffFlags(ignore_case=ic, granularity=granularity))
    assert old_text(diff) == a and new_text(diff) == b
    for d in diff:  # an op may start with a mark only where the text itself has a mark after a space
        if starts_with_mark(d.text):
            pos = (b if d.op != "-" else a).find(d.text)
            assert pos >= 0
    if granularity == "words":  # the LCS law, counting a letter with its marks as one word
        assert kept_words(diff) == lcs_bits(words(a, ic), words(b, ic))


# --------------------------------------------------------------------------- the work budget


def _ocr_pair(n: int, changes: int, seed: str) -> tuple[str, str, set[int]]:
    """One clause of ``n`` words with no full stop, and a copy with ``changes`` words replaced."""
    rnd = random.Random(seed)
    vocab_ = [f"w{k}" for k in range(5000)]
    old = [rnd.choice(vocab_) for _ in range(n)]
    new = list(old)
    where = set(rnd.sample(range(n), changes))
    for k in where:
        new[k] = f"new{k}"
    return " ".join(old), " ".join(new), where


class _Spy:
    """Counts the table cells the exact LCS fills and whether a clause was cut at anchors."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.cells = 0
        self.cuts = 0
        weighted, cut = lcs._weighted, lcs._cut_at_anchors

        def counting_weighted(a, b, ac, bc):
            self.cells += len(a) * len(b)
            return weighted(a, b, ac, bc)

        def counting_cut(*args):
            self.cuts += 1
            return cut(*args)

        monkeypatch.setattr(lcs, "_weighted", counting_weighted)
        monkeypatch.setattr(lcs, "_cut_at_anchors", counting_cut)


def test_a_giant_clause_is_cut_at_anchors_and_stays_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    n = 200_000
    old, new, where = _ocr_pair(n, 400, "giant")
    spy = _Spy(monkeypatch)
    diff = word_diff(old, new)
    assert old_text(diff) == old and new_text(diff) == new
    assert spy.cuts >= 1  # over the budget: the anchored path
    assert spy.cells <= 2_000 * n  # work in proportion to the clause, not its square (4e10 cells)
    inserted = [w for d in diff if d.op == "+" for w in d.text.split()]
    assert sorted(inserted) == sorted(f"new{k}" for k in where)  # exactly the replaced words
    assert sum(len(d.text.split()) for d in diff if d.op == "-") == len(where)


def test_a_clause_under_the_budget_takes_no_anchors(monkeypatch: pytest.MonkeyPatch) -> None:
    old, new, _ = _ocr_pair(900, 30, "small")
    spy = _Spy(monkeypatch)
    diff = word_diff(old, new)
    assert spy.cuts == 0
    assert kept_words(diff) == lcs_bits(words(old), words(new))


def test_over_the_budget_an_unrelated_clause_is_still_a_common_subsequence() -> None:
    rnd = random.Random("unrelated")
    vocab_ = [f"w{k}" for k in range(400)]
    old = " ".join(rnd.choice(vocab_) for _ in range(3000))
    new = " ".join(rnd.choice(vocab_) for _ in range(3000))
    for flags in (WORDS, READABLE):
        diff = word_diff(old, new, flags)
        assert old_text(diff) == old and new_text(diff) == new
        assert kept_words(diff) <= lcs_bits(words(old), words(new))


def test_readable_gives_diff_match_patch_only_what_it_can_afford(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unrelated 5,000-word clause took diff-match-patch 33 s; over budget it goes to the words diff."""
    seen: list[int] = []
    diff_main = diff_match_patch.diff_main

    def recording(self, text1, text2, *args, **kwargs):
        seen.append(len(text1) * len(text2))
        return diff_main(self, text1, text2, *args, **kwargs)

    monkeypatch.setattr(diff_match_patch, "diff_main", recording)
    rnd = random.Random("readable")
    old = " ".join(f"a{rnd.randrange(10**6)}" for _ in range(5000))
    new = " ".join(f"b{rnd.randrange(10**6)}" for _ in range(5000))
    diff = word_diff(old, new, READABLE)
    assert old_text(diff) == old and new_text(diff) == new
    assert [d.op for d in diff] == ["-", "+"]  # nothing in common: one replacement
    assert max(seen, default=0) <= 250_000
    seen.clear()
    small_old, small_new = "within thirty (30) days", "within sixty (60) days"
    assert [(d.op, d.text) for d in word_diff(small_old, small_new, READABLE) if d.op != "="] == [
        ("-", "thirty (30)"),
        ("+", "sixty (60)"),
    ]
    assert seen  # a normal clause still goes through diff-match-patch


@pytest.mark.parametrize("granularity", ["words", "readable"])
def test_ignore_flags_on_a_giant_clause(granularity: str) -> None:
    old, new, where = _ocr_pair(100_000, 50, "flags")
    new_upper = new.upper().replace(" ", "  ")
    flags = DiffFlags(ignore_case=True, ignore_whitespace=True, granularity=granularity)
    diff = word_diff(old, new_upper, flags)
    assert old_text(diff) == old and new_text(diff) == new_upper
    changed_new = {w for d in diff if d.op == "+" for w in d.text.split()}
    if granularity == "words":
        assert changed_new == {f"NEW{k}" for k in where}
    else:  # readable may join a short word between two changes, nothing more
        assert {f"NEW{k}" for k in where} <= changed_new
        assert len(changed_new) <= 3 * len(where)
    assert sum(1 for d in diff if d.op == "=" and d.old is not None) >= 1  # the old spelling is kept
