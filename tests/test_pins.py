"""Manual pairing in the engine: pins kept, cuts kept apart, the rest aligned around them; the same
result from the API and the command line; JSON, reports and redline follow the result."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from compare.align.pins import PinError, align_pinned, pin_groups
from compare.engine import compare_files
from compare.export.jsonio import to_dict
from compare.export.redline import write_redline
from compare.export.report_html import render_html
from compare.model import Kind, new_text, old_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
OLD, NEW = str(SAMPLES / "resolution_v1.txt"), str(SAMPLES / "resolution_v2.txt")


def entry_of(result, i: int, j: int):
    return next(e for e in result.alignment if i in e.a and j in e.b)


def the_removed_and_added(result) -> tuple[int, int]:
    removed = next(e for e in result.alignment if e.kind == Kind.REMOVED)
    added = next(e for e in result.alignment if e.kind == Kind.ADDED)
    return removed.a[0], added.b[0]


def test_a_pin_joins_two_clauses_the_engine_left_apart_and_the_rest_stays() -> None:
    plain = compare_files(OLD, NEW)
    i, j = the_removed_and_added(plain)
    pinned = compare_files(OLD, NEW, pins=[(i, j)])
    e = entry_of(pinned, i, j)
    assert (e.a, e.b, e.manual, e.kind) == ((i,), (j,), True, Kind.CHANGED)
    # the pair has its own word diff, from the old clause to the new one
    assert old_text(e.diff) == pinned.entry_text(e, "a") and new_text(e.diff) == pinned.entry_text(e, "b")
    assert pinned.pins == [(i, j)]
    # every other pairing of the engine is untouched, and no other entry is manual
    others = {(x.a, x.b) for x in plain.alignment if x.a and x.b}
    assert others <= {(x.a, x.b) for x in pinned.alignment}
    assert [x for x in pinned.alignment if x.manual] == [e]
    assert pinned.stats.removed == plain.stats.removed - 1
    assert pinned.stats.added == plain.stats.added - 1
    # each clause still in exactly one entry
    for side, n in (("a", len(pinned.a.clauses)), ("b", len(pinned.b.clauses))):
        seen = sorted(k for x in pinned.alignment for k in getattr(x, side))
        assert seen == list(range(n))


def test_a_pin_wins_over_the_engines_pairing_and_frees_the_old_partners() -> None:
    plain = compare_files(OLD, NEW)
    e1, e2 = [x for x in plain.alignment if x.kind == Kind.CHANGED and len(x.a) == len(x.b) == 1][:2]
    pinned = compare_files(OLD, NEW, pins=[(e1.a[0], e2.b[0])])
    assert entry_of(pinned, e1.a[0], e2.b[0]).manual
    assert not any(e1.a[0] in x.a and e1.b[0] in x.b for x in pinned.alignment)


def test_pins_sharing_a_clause_make_one_group_a_split_by_hand() -> None:
    groups = pin_groups([(4, 6), (4, 7), (9, 9)])
    assert [(g.a, g.b) for g in groups] == [([4], [6, 7]), ([9], [9])]
    a = ["Alpha beta gamma delta.", "Epsilon zeta eta theta.", "Iota kappa lambda mu."]
    b = ["Alpha beta gamma delta.", "Nothing alike here.", "Iota kappa lambda mu.", "More new text."]
    groups, manual = align_pinned(a, b, pins=[(1, 1), (1, 3)])
    assert [(g.a, g.b) for n, g in enumerate(groups) if n in manual] == [([1], [1, 3])]


def test_unpair_keeps_the_engines_pair_apart() -> None:
    plain = compare_files(OLD, NEW)
    e = next(x for x in plain.alignment if x.kind == Kind.CHANGED and len(x.a) == len(x.b) == 1)
    cut = compare_files(OLD, NEW, cuts=[(e.a[0], e.b[0])])
    assert not any(e.a[0] in x.a and e.b[0] in x.b for x in cut.alignment)
    gone = [x for x in cut.alignment if x.manual]
    assert {(x.kind, x.a + x.b) for x in gone} == {(Kind.REMOVED, e.a), (Kind.ADDED, e.b)}


def test_a_pin_out_of_range_is_an_error_a_user_can_read() -> None:
    with pytest.raises(PinError, match="original has 16 clauses"):
        compare_files(OLD, NEW, pins=[(40, 1)])


def test_json_marks_the_manual_entry_and_the_cli_gives_the_same_result(tmp_path: Path) -> None:
    plain = compare_files(OLD, NEW)
    i, j = the_removed_and_added(plain)
    api = to_dict(compare_files(OLD, NEW, pins=[(i, j)]))
    out = tmp_path / "r.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "compare",
            OLD,
            NEW,
            "--pair",
            f"{i}:{j}",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    cli = json.loads(out.read_text(encoding="utf-8"))
    manual = [x for x in cli["alignment"] if x["manual"]]
    assert [(x["a"], x["b"]) for x in manual] == [([i], [j])]
    assert cli["manual_pairs"] == {"paired": [[i, j]], "unpaired": []}
    for key in ("alignment", "items", "stats"):
        assert cli[key] == api[key]


def test_cli_rejects_a_malformed_or_impossible_pair() -> None:
    for bad in ("3-5", "40:1"):
        proc = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "compare", OLD, NEW, "--pair", bad],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 2
        assert "pair" in proc.stderr.splitlines()[-1]


def _deleted_chars(path: Path) -> int:
    body = docx.Document(str(path)).element.body
    return sum(len(t.text or "") for t in body.iter(qn("w:delText")))


def test_report_and_redline_follow_the_manual_pairing(tmp_path: Path) -> None:
    plain = compare_files(OLD, NEW)
    e = next(x for x in plain.alignment if x.kind == Kind.CHANGED and len(x.a) == len(x.b) == 1)
    cut = compare_files(OLD, NEW, cuts=[(e.a[0], e.b[0])])
    assert "unpaired by hand" in render_html(cut)
    write_redline(plain, tmp_path / "plain.docx")
    write_redline(cut, tmp_path / "cut.docx")
    # unpaired, the old clause is struck out whole instead of word by word
    old_text = plain.entry_text(e, "a")
    assert (
        _deleted_chars(tmp_path / "cut.docx") >= _deleted_chars(tmp_path / "plain.docx") + len(old_text) // 2
    )
