"""The command line as a user runs it: a real process, exit codes, one-line errors, JSON shape."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "compare", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_summary_lists_counts_and_labelled_changes(samples: Path) -> None:
    p = run(str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"))
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert "resolution_v1.txt" in out and "resolution_v2.txt" in out
    assert "1 moved" in out
    assert "§3 changed" in out
    assert "[-thirty-]{+sixty+} ([-30-]{+60+})" in out  # words granularity: only the words that differ
    assert "removed" in out and "added" in out
    assert p.stderr == ""


def test_readable_granularity_joins_nearby_changes(samples: Path) -> None:
    p = run(
        str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"), "--granularity", "readable"
    )
    assert p.returncode == 0, p.stderr
    assert "[-thirty (30)-]{+sixty (60)+}" in p.stdout


def test_granularity_reaches_the_json_options(samples: Path, tmp_path: Path) -> None:
    for value in ("words", "readable"):
        target = tmp_path / f"{value}.json"
        args = [str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"), "--json", str(target)]
        p = run(*args, "--granularity", value)
        assert p.returncode == 0, p.stderr
        data = json.loads(target.read_text(encoding="utf-8"))
        assert data["options"]["granularity"] == value
    bad = run(
        str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"), "--granularity", "chars"
    )
    assert bad.returncode == 2 and "granularity" in bad.stderr


def test_json_has_the_documented_shape(samples: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    p = run(str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"), "--json", str(target))
    assert p.returncode == 0, p.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert set(data) >= {"a", "b", "alignment", "items", "stats"}
    assert data["a"]["source"].endswith("resolution_v1.txt")
    clause = data["a"]["clauses"][0]
    assert set(clause) >= {"text", "label", "start", "end"}
    for e in data["alignment"]:
        assert e["kind"] in {"equal", "changed", "added", "removed"}
        assert set(e) >= {"kind", "moved", "a", "b", "score", "diff"}
        assert all(op[0] in "=-+" for op in e["diff"])
    counted_a = sorted(i for e in data["alignment"] for i in e["a"])
    assert counted_a == list(range(len(data["a"]["clauses"])))


def test_json_to_stdout_is_only_json(samples: Path) -> None:
    p = run(str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"), "--json", "-")
    assert p.returncode == 0
    assert json.loads(p.stdout)["stats"]["moved"] == 1


def test_missing_file_is_one_line_exit_1(tmp_path: Path, samples: Path) -> None:
    p = run(str(tmp_path / "nope.txt"), str(samples / "resolution_v2.txt"))
    assert p.returncode == 1
    assert p.stderr.count("\n") == 1 and "nope.txt" in p.stderr
    assert "Traceback" not in p.stderr


def test_corrupt_docx_is_one_line_exit_1(tmp_path: Path, samples: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    p = run(str(bad), str(samples / "resolution_v2.txt"))
    assert p.returncode == 1
    assert p.stderr.startswith("clausediff: error:") and p.stderr.count("\n") == 1
    assert "Traceback" not in p.stderr


def test_usage_error_is_exit_2(samples: Path) -> None:
    p = run(str(samples / "resolution_v1.txt"))
    assert p.returncode == 2
    assert "Traceback" not in p.stderr
    p = run(str(samples / "resolution_v1.txt"), str(samples / "resolution_v2.txt"), "--segment", "words")
    assert p.returncode == 2


def test_json_never_overwrites_an_input(samples: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_bytes((samples / "resolution_v1.txt").read_bytes())
    before = old.read_bytes()
    p = run(str(old), str(samples / "resolution_v2.txt"), "--json", str(old))
    assert p.returncode == 1 and "overwrite" in p.stderr
    assert old.read_bytes() == before


def test_summary_piped_into_a_short_reader_is_not_a_traceback(samples: Path) -> None:
    cmd = (
        f'"{sys.executable}" "{ROOT / "main.py"}" compare "{samples / "resolution_v1.txt"}" '
        f'"{samples / "resolution_v2.txt"}" | head -1'
    )
    p = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert p.stdout.startswith("Comparing resolution_v1.txt")
    assert "Traceback" not in p.stderr and p.returncode == 0


def _item_rows(stdout: str, title: str) -> list[str]:
    """The rows under a summary heading such as "Items added (5 in 2 lists):", one per list."""
    lines = stdout.splitlines()
    at = next(k for k, line in enumerate(lines) if line.startswith(title + " ("))
    rows = []
    for line in lines[at + 1 :]:
        if not line.startswith("  "):
            break
        rows.append(line.strip())
    return rows


def test_items_are_named_once_per_list_in_the_summary(tmp_path: Path) -> None:
    # Issue #13: an item in two lists shows under each list (it used to show only under the first), and
    # never twice under one.
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Exports of coal, iron and textiles are banned.\n", encoding="utf-8")
    b.write_text(
        "Imports of bolts, pumps and radiators are allowed.\n\n"
        "Exemptions cover bolts, pumps, iron and seafood.\n",
        encoding="utf-8",
    )
    p = run(str(a), str(b))
    groups = _item_rows(p.stdout, "Items added")
    assert len(groups) == 2
    for group in groups:
        assert group.count("bolts") == 1 and group.count("pumps") == 1
    assert "radiators" in groups[0] and "seafood" in groups[1]


def test_sentences_of_one_removed_paragraph_are_one_change(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "The Council met on Monday.\n\n"
        "FILE - A photo of the station at dusk. People watch a screen. (AP Photo, File)\n\n"
        "Members agreed to meet again.\n",
        encoding="utf-8",
    )
    b.write_text("The Council met on Monday.\n\nMembers agreed to meet again.\n", encoding="utf-8")
    p = run(str(a), str(b))
    assert p.returncode == 0, p.stderr
    assert "old ¶2 removed (3 sentences)" in p.stdout
    assert p.stdout.count("removed") == 2  # once in the counts line, once for the paragraph


def test_summary_names_the_list_each_item_came_from(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "The ban covers exports such as coal, iron and textiles.\n\n"
        "The talks covered topics such as fisheries, tourism and shipping.\n\nThe council will meet again.\n",
        encoding="utf-8",
    )
    b.write_text(
        "The ban covers exports such as iron and textiles.\n\nThe council will meet again.\n",
        encoding="utf-8",
    )
    p = run(str(a), str(b))
    lines = p.stdout.splitlines()
    at = lines.index("Items removed (4 in 2 lists):")
    assert lines[at + 1 : at + 3] == [
        "  The ban covers exports: coal",
        "  The talks covered topics: fisheries, tourism, shipping",
    ]
    assert not lines[at + 3].startswith("  ")  # one row per list, nothing else under the heading


def test_kept_items_are_counted_unless_verbose(tmp_path: Path) -> None:
    """A real resolution keeps hundreds of items: the summary counts them; --verbose names each."""
    goods = [f"good{n}" for n in range(20)]
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("The ban covers " + ", ".join(goods) + " and coal.\n", encoding="utf-8")
    b.write_text("The ban covers " + ", ".join(goods) + " and iron.\n", encoding="utf-8")
    p = run(str(a), str(b))
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert "Items kept: 20 in 1 list (--verbose names them)" in lines
    assert _item_rows(p.stdout, "Items modified") == ["The ban covers: coal → iron"]
    p = run(str(a), str(b), "--verbose")
    (kept,) = _item_rows(p.stdout, "Items kept")
    assert all(g in kept for g in goods)
