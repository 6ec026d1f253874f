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


def _general(old: str, new: str, flags: DiffFlags):
    """The general path of ``word_diff`` for a pair, bypassing its shortcut for a clause added or removed
    whole."""
    from compare.diff import worddiff as w

    a_keys, a_texts = w._units(old, flags)
    b_keys, b_texts = w._units(new, flags)
    if flags.granularity == "words":
        return w._minimal(a_keys, a_texts, b_keys, b_texts)
    ca, cb = w._encode(a_keys, b_keys)
    dmp = w.diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(ca, cb, False)
    dmp.diff_cleanupSemantic(diffs)
    raw: list = []
    w._append_diffs(raw, diffs, a_texts, b_texts, 0, 0)
    return w._readable(raw)


WHOLE = [
    "Decides that all States shall prevent the supply of arms;",
    "(a)",
    " x ",
    "\t",
    "cafe\u0301 au lait",
    "\u0301 a lone mark",
    "thirty (30) days — «quoted», _under_",
    "line\nbreak",
]


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.sampled_from(WHOLE), st.text(min_size=1, max_size=40)),
    st.sampled_from(["words", "readable"]),
)
def test_a_clause_added_or_removed_whole_is_what_the_general_diff_gives(text: str, granularity: str) -> None:
    flags = DiffFlags(granularity=granularity)
    assert word_diff(text, "", flags) == _general(text, "", flags)
    assert word_diff("", text, flags) == _general("", text, flags)


def test_un_clauses_added_or_removed_whole_as_the_general_diff_gives(shared) -> None:
    from compare.readers import read_document
    from compare.text.segment import segment

    for path in sorted((shared / "corpus" / "un").glob("S-RES-*.txt")):
        for c in segment(read_document(path)):
            for granularity in ("words", "readable"):
                flags = DiffFlags(granularity=granularity)
                assert word_diff(c.text, "", flags) == _general(c.text, "", flags), c.text
                assert word_diff("", c.text, flags) == _general("", c.text, flags), c.text


def _dmp_gap(ga: list[str], gb: list[str]) -> list:
    """What ``_minimal`` writes for a gap through diff-match-patch (units as their own texts)."""
    from compare.diff import worddiff as w

    ca, cb = w._encode(ga, gb)
    dmp = w.diff_match_patch()
    dmp.Diff_Timeout = 0
    raw: list = []
    w._append_diffs(raw, dmp.diff_main(ca, cb, False), ga, gb, 0, 0)
    return raw


def _shortcut_gap(ga: list[str], gb: list[str]) -> list | None:
    """What ``_minimal`` writes for a gap through its shortcuts, or None when neither applies."""
    from compare.diff import worddiff as w

    out: list = []
    if w._disjoint_middle(ga, gb):
        w._append_gap_ends(out, ga, gb, ga, gb, 0, 0)
    elif w._aligned(ga, gb):
        w._append_aligned(out, ga, gb, ga, gb, 0, 0)
    else:
        return None
    return out


GAP_UNITS = [" ", ", ", "(", "the", "thé", "State", "Stàte", "of", "ôf", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(GAP_UNITS), max_size=9), st.lists(st.sampled_from(GAP_UNITS), max_size=9))
def test_gap_shortcuts_write_what_diff_match_patch_finds(ga: list[str], gb: list[str]) -> None:
    """Oracle: a gap the shortcuts take gets the very ops diff-match-patch would have given it."""
    if ga == gb:
        return
    fast = _shortcut_gap(ga, gb)
    if fast is not None:
        assert fast == _dmp_gap(ga, gb)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([" ", ", ", "("]).map(lambda u: (u, u)),
            st.tuples(
                st.sampled_from(["thé", "Stàte", "ôf", "àny"]), st.sampled_from(["the", "State", "of"])
            ),
        ),
        min_size=1,
        max_size=9,
    ),
    st.booleans(),
)
def test_words_respelled_in_place_take_the_shortcut_and_match_diff_match_patch(pairs, swap: bool) -> None:
    """The respelled shape (words changed in place between the same spaces) is what the shortcut is for."""
    ga, gb = [a for a, _b in pairs], [b for _a, b in pairs]
    if swap:
        ga, gb = gb, ga
    fast = _shortcut_gap(ga, gb)
    if ga != gb:
        assert fast is not None
        assert fast == _dmp_gap(ga, gb)
