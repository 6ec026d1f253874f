"""The whole pipeline on real files: the bundled sample pair, the seed articles, UN resolutions."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from lcs_oracle import assert_words_law

from compare.engine import compare_documents, compare_files
from compare.errors import Cancelled
from compare.model import CompareOptions, Document, Kind, SegmentMode, new_text, old_text
from compare.readers import read_document


def _check_invariants(result) -> None:
    """Every clause in exactly one entry; each diff turns its old text into its new text."""
    seen_a = sorted(i for e in result.alignment for i in e.a)
    seen_b = sorted(j for e in result.alignment for j in e.b)
    assert seen_a == list(range(len(result.a.clauses)))
    assert seen_b == list(range(len(result.b.clauses)))
    for e in result.alignment:
        assert old_text(e.diff) == result.entry_text(e, "a")
        assert new_text(e.diff) == result.entry_text(e, "b")
        if e.kind == Kind.ADDED:
            assert not e.a and e.b
        if e.kind == Kind.REMOVED:
            assert e.a and not e.b
    assert_words_law(result)  # words granularity: no word marked deleted and re-inserted


def _entry_with(result, old: str | None = None, new: str | None = None):
    for e in result.alignment:
        if (old is None or old in result.entry_text(e, "a")) and (
            new is None or new in result.entry_text(e, "b")
        ):
            return e
    raise AssertionError(f"no entry with old={old!r} new={new!r}")


def test_sample_pair(samples: Path) -> None:
    r = compare_files(samples / "resolution_v1.txt", samples / "resolution_v2.txt")
    _check_invariants(r)
    e = _entry_with(r, "thirty (30) days", "sixty (60) days")
    assert e.kind == Kind.CHANGED and not e.moved
    # words granularity (the default): only the words that differ, the brackets stay unchanged
    changes = [(d.op, d.text) for d in e.diff if d.op != "="]
    assert changes[:4] == [("-", "thirty"), ("+", "sixty"), ("-", "30"), ("+", "60")]
    readable = compare_files(
        samples / "resolution_v1.txt", samples / "resolution_v2.txt", CompareOptions(granularity="readable")
    )
    e = _entry_with(readable, "thirty (30) days", "sixty (60) days")
    assert ("-", "thirty (30)") in [(d.op, d.text) for d in e.diff]
    assert _entry_with(r, old="fuel for civilian fishing vessels").kind == Kind.REMOVED
    assert _entry_with(r, new="vacuum cleaners and fire extinguishers").kind == Kind.ADDED
    assert _entry_with(r, new="Welcoming the continuing dialogue").kind == Kind.ADDED
    # "Calls upon" and "Encourages" swapped places: one of them is reported moved, not removed + added.
    calls = _entry_with(r, "Calls upon all member States", "Calls upon all member States")
    enc = _entry_with(r, "Encourages the resumption", "Encourages the resumption")
    assert calls.moved != enc.moved
    assert calls.relabelled and enc.relabelled
    assert r.stats.moved == 1
    # (c) educational materials became (b): equal text, only the label changed.
    edu = _entry_with(r, "educational materials", "educational materials")
    assert edu.kind == Kind.EQUAL and edu.relabelled


def test_document_compared_with_itself_is_all_equal(samples: Path) -> None:
    r = compare_files(samples / "resolution_v1.txt", samples / "resolution_v1.txt")
    _check_invariants(r)
    assert {e.kind for e in r.alignment} == {Kind.EQUAL}
    assert not any(e.moved or e.relabelled for e in r.alignment)
    assert r.changes() == []


@pytest.mark.parametrize("mode", list(SegmentMode))
def test_every_mode_keeps_the_invariants(samples: Path, mode: SegmentMode) -> None:
    r = compare_files(
        samples / "resolution_v1.txt", samples / "resolution_v2.txt", CompareOptions(segment=mode)
    )
    _check_invariants(r)
    assert r.stats.changed + r.stats.added + r.stats.removed > 0


def test_lines_mode_keeps_each_line(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("first line of text\nsecond line. Two sentences here.\n\nthird line\n", encoding="utf-8")
    b.write_text("first line of text\nthird line\n", encoding="utf-8")
    r = compare_files(a, b, CompareOptions(segment=SegmentMode.LINES))
    assert [c.text for c in r.a.clauses] == [
        "first line of text",
        "second line. Two sentences here.",
        "third line",
    ]
    assert [e.kind for e in r.alignment] == [Kind.EQUAL, Kind.REMOVED, Kind.EQUAL]


def test_ignore_options_hide_only_what_they_say(tmp_path: Path) -> None:
    a = Document.from_paragraphs("a", "text", ["The Council Decides, that States shall act."])
    b = Document.from_paragraphs("b", "text", ["the council decides that States shall act"])
    assert compare_documents(a, b).alignment[0].kind == Kind.CHANGED
    both = CompareOptions(ignore_case=True, ignore_punctuation=True)
    e = compare_documents(a, b, both).alignment[0]
    assert e.kind == Kind.EQUAL
    assert old_text(e.diff) == a.text and new_text(e.diff) == b.text


def test_cancel_stops_the_comparison(samples: Path) -> None:
    with pytest.raises(Cancelled):
        compare_files(samples / "resolution_v1.txt", samples / "resolution_v2.txt", cancel=lambda: True)


def test_progress_is_reported_in_order(samples: Path) -> None:
    seen: list[float] = []
    compare_files(
        samples / "resolution_v1.txt", samples / "resolution_v2.txt", progress=lambda f, _m: seen.append(f)
    )
    assert seen == sorted(seen) and seen[-1] == 1.0


# --------------------------------------------------------------------------- the seed articles


def _seeds(shared: Path) -> tuple[Path, Path]:
    files = sorted((shared / "corpus" / "seeds").glob("*.txt"))
    return files[0], files[1]


def test_seed_articles(shared: Path) -> None:
    old, new = _seeds(shared)
    r = compare_files(old, new)
    _check_invariants(r)
    live = _entry_with(r, "enhancing the livelihood", "strengthening the livelihood")
    assert live.kind == Kind.CHANGED
    for boiler in ("Read more", "AP Photo", "file photo, people watch a TV screen"):
        e = _entry_with(r, old=boiler)
        assert e.kind == Kind.REMOVED, f"{boiler!r} should stay unaligned, got {e}"


def test_reflowed_un_resolution_compares_all_equal(shared: Path, tmp_path: Path) -> None:
    src = shared / "corpus" / "un" / "S-RES-687-1991.txt"
    blocks = src.read_text(encoding="utf-8").split("\n\n")
    rewrapped = "\n\n".join(textwrap.fill(" ".join(b.split()), width=97) for b in blocks)
    copy = tmp_path / "687-rewrapped.txt"
    copy.write_text(rewrapped, encoding="utf-8")
    r = compare_files(src, copy)
    _check_invariants(r)
    assert len(r.a.clauses) > 50
    assert r.changes() == [], [r.entry_text(e, "a") for e in r.changes()][:3]


def test_reordered_paragraph_in_un_resolution_is_moved(shared: Path, tmp_path: Path) -> None:
    src = shared / "corpus" / "un" / "S-RES-661-1990.txt"
    doc = read_document(src)
    paras = [doc.paragraph_text(i) for i in range(len(doc.paragraphs))]
    k = max(range(len(paras)), key=lambda i: len(paras[i]))
    moved = paras[:k] + paras[k + 1 :] + [paras[k]]
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("\n\n".join(paras), encoding="utf-8")
    b.write_text("\n\n".join(moved), encoding="utf-8")
    r = compare_files(a, b)
    _check_invariants(r)
    assert r.stats.added == 0 and r.stats.removed == 0
    assert r.stats.moved >= 1
    assert all(e.kind == Kind.EQUAL for e in r.alignment)


def test_a_split_of_unnumbered_text_is_not_called_renumbered() -> None:
    a = Document.from_paragraphs(
        "a", "text", ["The Council decides that all States shall freeze the funds and prevent entry."]
    )
    b = Document.from_paragraphs(
        "b",
        "text",
        ["The Council decides that all States shall freeze the funds.", "They shall prevent entry."],
    )
    r = compare_documents(a, b)
    assert len(r.alignment) == 1 and r.alignment[0].b == (0, 1)
    assert not r.alignment[0].relabelled


def test_changes_in_one_paragraph_have_distinct_references() -> None:
    from compare.export.describe import describe

    a = Document.from_paragraphs(
        "a", "text", ["The sky is blue today. The grass is green in spring. Birds sing."]
    )
    b = Document.from_paragraphs(
        "b", "text", ["The sky is grey today. The grass is brown in spring. Birds sing."]
    )
    r = compare_documents(a, b)
    texts = [describe(r, e) for e in r.changes()]
    assert texts == ["new ¶1 changed", "new ¶1, sentence 2 changed"]


def test_an_early_result_comes_before_the_list_items_and_changes_nothing(tmp_path) -> None:
    from compare.engine import compare_documents
    from compare.export.jsonio import to_dict
    from compare.readers import read_text

    old = read_text("Exports of coal, iron and textiles are banned. The Panel reports yearly.", "old")
    new = read_text("Exports of coal, copper and textiles are banned. The Panel reports monthly.", "new")
    early = []
    with_early = compare_documents(old, new, early=early.append)
    plain = compare_documents(old, new)
    assert len(early) == 1 and early[0].items_pending and early[0].items == []
    assert early[0].alignment is with_early.alignment and not with_early.items_pending
    assert early[0].stats.changed == with_early.stats.changed and early[0].stats.items_modified == 0
    a, b = to_dict(with_early), to_dict(plain)
    a.pop("compared_at", None), b.pop("compared_at", None)
    assert a == b and with_early.stats.items_modified == 1  # iron -> copper
