"""Word diff: readable changes, exact reconstruction, ignore options."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.diff.worddiff import DiffFlags, count_words, word_diff
from compare.model import new_text, old_text


def _changes(diff):
    return [(d.op, d.text) for d in diff if d.op != "="]


READABLE = DiffFlags(granularity="readable")


def test_number_change_reads_as_one_change_when_readable() -> None:
    diff = word_diff("within thirty (30) days of adoption", "within sixty (60) days of adoption", READABLE)
    assert _changes(diff) == [("-", "thirty (30)"), ("+", "sixty (60)")]


def test_number_change_marks_only_the_words_by_default() -> None:
    diff = word_diff("within thirty (30) days of adoption", "within sixty (60) days of adoption")
    assert [(d.op, d.text) for d in diff] == [
        ("=", "within "),
        ("-", "thirty"),
        ("+", "sixty"),
        ("=", " ("),
        ("-", "30"),
        ("+", "60"),
        ("=", ") days of adoption"),
    ]


def test_changes_are_whole_words_not_character_confetti() -> None:
    diff = word_diff("the committee shall report", "the commission shall report")
    assert _changes(diff) == [("-", "committee"), ("+", "commission")]


def test_identical_text_is_one_equal_op() -> None:
    assert [d.op for d in word_diff("same words", "same words")] == ["="]


def test_ignore_case_and_punctuation_keep_the_original_spelling() -> None:
    flags = DiffFlags(ignore_case=True, ignore_punctuation=True)
    diff = word_diff("Decides, further:", "decides further", flags)
    assert all(d.op == "=" for d in diff)
    assert old_text(diff) == "Decides, further:" and new_text(diff) == "decides further"


def test_ignore_whitespace() -> None:
    assert all(d.op == "=" for d in word_diff("a  b\tc", "a b c", DiffFlags(ignore_whitespace=True)))
    assert any(d.op != "=" for d in word_diff("a  b", "a b"))


def test_count_words() -> None:
    assert count_words("sixty (60) days, e.g. later") == 6


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60) | st.lists(
    st.sampled_from(["the", "State", "shall", ",", " ", "(30)", "דבר", "é", "🙂", "\x00"])
).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts, texts, st.booleans(), st.booleans(), st.booleans(), st.sampled_from(["words", "readable"]))
def test_diff_reconstructs_both_texts(a: str, b: str, ic: bool, ip: bool, iw: bool, granularity: str) -> None:
    diff = word_diff(a, b, DiffFlags(ic, ip, iw, granularity))
    assert old_text(diff) == a
    assert new_text(diff) == b
    if a == b:
        assert all(d.op == "=" for d in diff)
