"""A series of versions: each step is the ordinary comparison, and the chaining (clause histories, the items
timeline) is exact on a four-version chain with known edits per step."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from compare.engine import compare_documents
from compare.errors import Cancelled
from compare.export.jsonio import to_dict
from compare.export.series_json import series_to_dict, series_to_json
from compare.model import CompareOptions, ComparisonSeries, ItemState, Kind
from compare.readers import read_document, read_text
from compare.series import clause_history, compare_series, compare_series_files, compare_versions

ROOT = Path(__file__).resolve().parents[1]
ABSENT, PRESENT, ADDED, REMOVED = ItemState.ABSENT, ItemState.PRESENT, ItemState.ADDED, ItemState.REMOVED

# --------------------------------------------------------------------------- the chain and its known edits

PREAMBLE = [
    "The Security Council,",
    "Recalling its resolution 100 (2001) on the situation in the region,",
    "Deeply concerned by the continuing violations of the ceasefire,",
]
SALE = "Decides that all States shall prevent the sale or supply to the territory of {};"
REPORT = "Requests the Secretary-General to report to the Council within {} days on the implementation;"
CALLS = "Calls upon all parties to cooperate fully with the monitoring mission and to guarantee its safety;"
ENVOY = "Invites the Secretary-General to appoint a special envoy for the peace process;"
V1_OPS = [
    SALE.format("arms, ammunition and military vehicles"),
    REPORT.format("thirty"),
    "Urges all States to report to the Committee on the measures they have taken;",
    "Decides to establish a committee of the Council to monitor the measures imposed by paragraph 1;",
    "Encourages regional organizations to support the work of the committee;",
    CALLS,
    "Decides to remain actively seized of the matter.",
]


def _chain_ops() -> list[list[str]]:
    """v2: "spare parts" joins the list of §1 and a new paragraph 3 (the envoy) comes in;
    v3: "Calls upon all parties" moves up from §7 to §2 (the rest renumbered);
    v4: "spare parts" leaves the list again and the report is due in sixty days, not thirty."""
    v2 = list(V1_OPS)
    v2[0] = SALE.format("arms, ammunition, military vehicles and spare parts")
    v2.insert(2, ENVOY)
    v3 = list(v2)
    v3.insert(1, v3.pop(6))
    v4 = [SALE.format("arms, ammunition and military vehicles"), *v3[1:]]
    v4[2] = REPORT.format("sixty")
    return [V1_OPS, v2, v3, v4]


def chain_texts() -> list[str]:
    return [
        "\n\n".join(PREAMBLE + [f"{k + 1}. {t}" for k, t in enumerate(ops)]) + "\n" for ops in _chain_ops()
    ]


def chain_documents():
    return [read_text(t, f"draft v{k + 1}.txt") for k, t in enumerate(chain_texts())]


@pytest.fixture(scope="module")
def series() -> ComparisonSeries:
    return compare_series(chain_documents(), parallel=False)


def write_chain(folder: Path) -> list[Path]:
    paths = []
    for k, text in enumerate(chain_texts()):
        p = folder / f"draft_v{k + 1}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "compare", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


# --------------------------------------------------------------------------- the model


def test_each_step_is_the_ordinary_comparison_of_its_pair(series: ComparisonSeries) -> None:
    docs = chain_documents()
    assert [v.name for v in series.versions] == [f"draft v{k}.txt" for k in range(1, 5)]
    assert [(s.a, s.b) for s in series.steps] == [(0, 1), (1, 2), (2, 3)]
    for k, step in enumerate(series.steps):
        alone = compare_documents(docs[k], docs[k + 1])
        assert to_dict(step.result) | {"compared_at": ""} == to_dict(alone) | {"compared_at": ""}
    # a version's clauses are the same whichever step it is in, so clause indices chain
    for k in range(1, 3):
        assert series.steps[k - 1].result.b.clauses == series.steps[k].result.a.clauses


def test_items_timeline_is_exact(series: ComparisonSeries) -> None:
    assert len(series.items_timeline) == 1
    group = series.items_timeline[0]
    assert group.label == "1" and group.place.endswith("in §1")
    rows = {it.name: (it.texts, it.states, it.summary) for it in group.items}
    assert rows == {
        "arms": (["arms"] * 4, [PRESENT] * 4, "in every version"),
        "ammunition": (["ammunition"] * 4, [PRESENT] * 4, "in every version"),
        "military vehicles": (["military vehicles"] * 4, [PRESENT] * 4, "in every version"),
        "spare parts": (
            [None, "spare parts", "spare parts", None],
            [ABSENT, ADDED, PRESENT, REMOVED],
            "added in v2, removed in v4",
        ),
    }
    assert [it.name for it in group.items] == ["arms", "ammunition", "military vehicles", "spare parts"]


def test_clause_histories_are_exact(series: ComparisonSeries) -> None:
    last = series.versions[-1]
    assert len(series.history) == len(last.side.clauses) == 11
    by_label = {h.label: h for h in series.history if h.label}
    summaries = {label: h.summary for label, h in by_label.items()}
    assert summaries == {
        "1": "in v1, reworded in v2, reworded in v4",  # spare parts in, then out
        "2": "in v1, renumbered in v2, moved in v3",  # §6 → §7 (envoy inserted above), then up to §2
        "3": "in v1, renumbered in v3, reworded in v4",  # the report: thirty → sixty days
        "4": "first in v2, renumbered in v3",  # the envoy paragraph
        "5": "in v1, renumbered in v2, renumbered in v3",
        "6": "in v1, renumbered in v2, renumbered in v3",
        "7": "in v1, renumbered in v2, renumbered in v3",
        "8": "in v1, renumbered in v2",
    }
    assert [h.summary for h in series.history if not h.label] == ["unchanged since v1"] * 3
    # the chains: clause indices per version (3 preamble clauses, then the operative paragraphs)
    calls = by_label["2"]
    assert calls.chain == [(8,), (9,), (4,), (4,)] and calls.first == 0
    assert [(s.version, s.kind, s.moved, s.relabelled) for s in calls.events] == [
        (1, Kind.EQUAL, False, True),  # 0-based versions: renumbered in v2, moved in v3
        (2, Kind.EQUAL, True, True),
    ]
    envoy = by_label["4"]
    assert envoy.first == 1 and envoy.chain == [(), (5,), (6,), (6,)]
    assert envoy.steps[0].kind == Kind.ADDED and envoy.steps[0].version == 1
    assert [s.version for s in envoy.steps] == [1, 2, 3]
    for h in series.history:  # every text is the last version's
        assert h.text == last.side.clauses[h.clause].text


def test_history_of_any_clause_of_any_version(series: ComparisonSeries) -> None:
    # the envoy paragraph as it stood in v3 (§4 there, clause 6): first in v2
    h = clause_history(series, 2, 6)
    assert h.text == ENVOY and h.first == 1 and h.chain == [(), (5,), (6,), ()]
    assert h.summary == "first in v2, renumbered in v3"
    # a clause of v1 has only itself
    h = clause_history(series, 0, 3)
    assert h.first == 0 and h.steps == [] and h.summary == "unchanged since v1"


def test_any_two_versions_compare_directly(series: ComparisonSeries) -> None:
    assert compare_versions(series, 1, 2) is series.steps[1].result
    docs = chain_documents()
    direct = compare_versions(series, 0, 2)
    assert to_dict(direct) | {"compared_at": ""} == to_dict(compare_documents(docs[0], docs[2])) | {
        "compared_at": ""
    }
    # v1 → v3: spare parts added, the envoy paragraph added, "Calls upon" moved
    assert direct.stats.items_added == 1 and direct.stats.added == 1 and direct.stats.moved == 1
    backwards = compare_versions(series, 3, 0)
    assert backwards.a.document.text == docs[3].text and backwards.b.document.text == docs[0].text
    with pytest.raises(ValueError):
        compare_versions(series, 1, 1)
    with pytest.raises(ValueError):
        compare_versions(series, 0, 4)


def test_progress_climbs_to_one_and_cancel_stops(series: ComparisonSeries) -> None:
    seen: list[float] = []
    compare_series(chain_documents(), progress=lambda f, _: seen.append(f), parallel=False)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 10
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 8  # somewhere inside the second step

    with pytest.raises(Cancelled):
        compare_series(chain_documents(), cancel=cancel, parallel=False)
    with pytest.raises(ValueError):
        compare_series(chain_documents()[:1])


def test_an_item_removed_then_added_again_is_one_row() -> None:
    texts = [
        "1. Decides that States shall prevent the supply of arms, coal and timber to the territory;",
        "1. Decides that States shall prevent the supply of arms and timber to the territory;",
        "1. Decides that States shall prevent the supply of arms, timber and coal to the territory;",
    ]
    s = compare_series([read_text(t, f"v{k}") for k, t in enumerate(texts)], parallel=False)
    rows = {it.name: it for g in s.items_timeline for it in g.items}
    assert rows["coal"].states == [PRESENT, REMOVED, ADDED]
    assert rows["coal"].summary == "removed in v2, added in v3"
    assert rows["timber"].states == [PRESENT] * 3


def test_steps_on_two_cores_give_the_same_series(tmp_path: Path) -> None:
    """The command line runs half the steps in a forked child: the series must not change."""
    paths = write_chain(tmp_path)
    code = (
        "import json, sys\n"
        "from compare.series import compare_series_files\n"
        "from compare.export.series_json import series_to_dict\n"
        "from compare.runtime.fork import can_fork\n"
        "def plain(s):\n"
        "    d = series_to_dict(s); d['compared_at'] = ''\n"
        "    for st in d['steps']: st['result']['compared_at'] = ''\n"
        "    return d\n"
        f"paths = {[str(p) for p in paths]!r}\n"
        "one = plain(compare_series_files(paths, parallel=False))\n"
        "two = plain(compare_series_files(paths, parallel=True))\n"
        "print(can_fork(), one == two)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    forked, same = p.stdout.split()
    assert same == "True"
    if sys.platform == "linux" and forked != "True":
        pytest.skip("this machine cannot fork (one core?): only the one-process path ran")


# --------------------------------------------------------------------------- JSON


def test_json_has_the_documented_shape_and_round_trips(series: ComparisonSeries) -> None:
    text = series_to_json(series)
    data = json.loads(text)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data == series_to_dict(series)
    assert {
        "clausediff",
        "kind",
        "compared_at",
        "options",
        "versions",
        "steps",
        "history",
        "items_timeline",
    } <= set(data)
    assert data["kind"] == "series"
    assert [v["tag"] for v in data["versions"]] == ["v1", "v2", "v3", "v4"]
    assert [v["clauses"] for v in data["versions"]] == [len(v.side.clauses) for v in series.versions]
    for k, step in enumerate(data["steps"]):
        assert (step["from"], step["to"]) == (k, k + 1)
        assert step["result"] == json.loads(json.dumps(to_dict(series.steps[k].result), ensure_ascii=False))
    assert len(data["history"]) == 11
    calls = next(h for h in data["history"] if h["label"] == "2")
    assert (
        calls["chain"] == [[8], [9], [4], [4]] and calls["summary"] == "in v1, renumbered in v2, moved in v3"
    )
    assert {s["kind"] for h in data["history"] for s in h["steps"]} <= {"equal", "changed", "added"}
    [group] = data["items_timeline"]
    spare = next(it for it in group["items"] if "spare parts" in it["texts"])
    assert spare == {
        "texts": [None, "spare parts", "spare parts", None],
        "states": ["absent", "added", "present", "removed"],
        "summary": "added in v2, removed in v4",
    }


# --------------------------------------------------------------------------- the command line


def test_cli_series_summary_json_report_and_redline(tmp_path: Path) -> None:
    import docx
    from test_export_redline import read_revisions

    paths = write_chain(tmp_path)
    out_json, report, redline = tmp_path / "s.json", tmp_path / "s.docx", tmp_path / "r13.docx"
    p = run(
        *map(str, paths),
        "--json",
        str(out_json),
        "--docx-report",
        str(report),
        "--redline-between",
        "1",
        "3",
        "--docx-redline",
        str(redline),
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("Comparing 4 versions by clauses: v1 draft_v1.txt")
    assert "    ·  +  ✓  −   spare parts  (added in v2, removed in v4)" in p.stdout
    assert "  §4: first in v2, renumbered in v3" in p.stdout
    assert "redline of v1 → v3:" in p.stdout
    # JSON: the same series the API gives
    data = json.loads(out_json.read_text(encoding="utf-8"))
    api = series_to_dict(compare_series_files(paths, parallel=False))
    assert data["history"] == api["history"] and data["items_timeline"] == api["items_timeline"]
    # Word report: the versions table, one summary table per step, the timeline, the histories
    d = docx.Document(str(report))
    assert len(d.tables) == 1 + 3 + 1 + 1
    for step_table in d.tables[1:4]:
        assert step_table.rows[0].cells[0].text == "Clauses in original"
    timeline = d.tables[4]
    assert [c.text for c in timeline.rows[0].cells] == ["Item", "v1", "v2", "v3", "v4", "History"]
    spare = next(r for r in timeline.rows if r.cells[0].text == "spare parts")
    assert [c.text for c in spare.cells[1:]] == ["", "+", "✓", "−", "added in v2, removed in v4"]
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert "v1 → v2: draft_v1.txt → draft_v2.txt" in headings
    # the redline between v1 and v3: Accept All gives v3, Reject All v1
    v1, v3 = (read_document(paths[k]) for k in (0, 2))
    assert read_revisions(redline, "accept") == v3.text
    assert read_revisions(redline, "reject") == v1.text


def test_cli_series_json_to_stdout_is_only_json(tmp_path: Path) -> None:
    p = run(*map(str, write_chain(tmp_path)), "--json", "-")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["kind"] == "series"


def test_cli_bad_version_is_one_line_naming_it(tmp_path: Path) -> None:
    paths = write_chain(tmp_path)
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    for files in ([paths[0], paths[1], bad, paths[3]], [paths[0], tmp_path / "missing_v2.txt", paths[2]]):
        p = run(*map(str, files))
        assert p.returncode == 1, p.stdout
        assert p.stderr.startswith("clausediff: error:") and p.stderr.count("\n") == 1
        assert files[1 if "missing" in str(files[1]) else 2].name in p.stderr
        assert "Traceback" not in p.stderr and p.stdout == ""


def test_cli_series_usage_errors(tmp_path: Path) -> None:
    paths = [str(p) for p in write_chain(tmp_path)]
    for args in (
        [*paths, "--pair", "1:1"],
        [*paths, "--redline-between", "1", "3"],  # no --docx-redline
        [*paths, "--redline-between", "1", "5", "--docx-redline", str(tmp_path / "r.docx")],
        [*paths, "--redline-between", "2", "2", "--docx-redline", str(tmp_path / "r.docx")],
        [*paths[:2], "--redline-between", "1", "2", "--docx-redline", str(tmp_path / "r.docx")],
        [paths[0]] * 21,
        [],
    ):
        p = run(*args)
        assert p.returncode == 2, (args, p.stderr)
        assert "Traceback" not in p.stderr and "clausediff: error:" in p.stderr


def test_cli_two_files_are_the_plain_comparison(tmp_path: Path) -> None:
    paths = write_chain(tmp_path)
    p = run(str(paths[0]), str(paths[1]), "--json", "-")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert "kind" not in data and {"a", "b", "alignment", "items"} <= set(data)


# --------------------------------------------------------------------------- the real chain


REAL_CHAIN = ("S-RES-757-1992.txt", "S-RES-760-1992.txt", "S-RES-787-1992.txt", "S-RES-820-1993.txt")


def test_real_sanctions_chain_end_to_end(shared: Path, tmp_path: Path) -> None:
    un = shared / "corpus" / "un"
    paths = [un / name for name in REAL_CHAIN]
    if not all(p.exists() for p in paths):
        pytest.skip("the 757 → 760 → 787 → 820 chain is not in ../shared")
    out = tmp_path / "chain.json"
    report = tmp_path / "chain.docx"
    p = run(*map(str, paths), "--json", str(out), "--docx-report", str(report))
    assert p.returncode == 0, p.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [v["name"] for v in data["versions"]] == list(REAL_CHAIN)
    assert len(data["steps"]) == 3 and len(data["history"]) == data["versions"][-1]["clauses"]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    # every timeline row agrees with the texts: an item marked present or added in a version is in it
    rows = [(g, it) for g in data["items_timeline"] for it in g["items"]]
    assert rows
    for _, it in rows:
        for k, (state, t) in enumerate(zip(it["states"], it["texts"], strict=True)):
            assert (t is None) == (state in ("absent", "removed"))
            if t is not None:
                assert " ".join(t.split()).casefold() in " ".join(texts[k].split()).casefold()
    # 787 brought in the transshipment ban (coal among the goods); 820 rewrote it without the list
    coal = [it for _, it in rows if "coal" in it["texts"]]
    assert len(coal) == 1 and coal[0]["states"] == ["absent", "absent", "added", "removed"]
    assert "coal" in texts[2] and "coal" not in texts[3] and "coal" not in texts[0] + texts[1]


def test_chaining_rules_on_given_step_items() -> None:
    """The timeline follows the steps' items as given: a renumbered list stays one list, an item a step
    names under another list of the same clause stays one row (shown where it is now), an item no step
    mentions keeps its state, an item first met as kept was there since its clause was."""
    from dataclasses import replace

    from compare.model import ItemChange, ItemStatus
    from compare.series import build_series

    docs = chain_documents()[:3]
    results = [compare_documents(docs[k], docs[k + 1]) for k in range(2)]
    # clause 3 is §1 in every version; clause 5 of v2 is the envoy paragraph (first in v2)
    step1 = [
        ItemChange(ItemStatus.ADDED, None, "spare parts", None, 3, "the sale", label="1"),
        ItemChange(ItemStatus.KEPT, "arms", "arms", 3, 3, "the sale", label="1"),
        ItemChange(ItemStatus.ADDED, None, "envoys", None, 5, "to appoint", label="3"),
    ]
    step2 = [
        ItemChange(
            ItemStatus.KEPT, "spare parts", "spare parts", 3, 3, "the sale", label="1 bis"
        ),  # renumbered
        ItemChange(ItemStatus.MODIFIED, "arms", "small arms", 3, 3, "the supply", label="2"),  # another list
        ItemChange(ItemStatus.REMOVED, "ammunition", None, 3, None, "the sale", label="1 bis"),  # first met
    ]
    results = [replace(results[0], items=step1), replace(results[1], items=step2)]
    s = build_series(docs, results, CompareOptions())
    rows = {it.name: (g.list, g.label, it.states, it.texts) for g in s.items_timeline for it in g.items}
    assert rows == {
        "spare parts": ("the sale", "1 bis", [ABSENT, ADDED, PRESENT], [None, "spare parts", "spare parts"]),
        "small arms": (
            "the supply",
            "2",
            [PRESENT, PRESENT, ItemState.MODIFIED],
            ["arms", "arms", "small arms"],
        ),
        "ammunition": ("the sale", "1 bis", [PRESENT, PRESENT, REMOVED], ["ammunition", "ammunition", None]),
        "envoys": ("to appoint", "3", [ABSENT, ADDED, PRESENT], [None, "envoys", "envoys"]),  # not mentioned
    }
    assert len(s.items_timeline) == 3


def test_cli_files_may_stand_between_options(tmp_path: Path) -> None:
    paths = [str(p) for p in write_chain(tmp_path)]
    out = tmp_path / "o.json"
    p = run(paths[0], "--json", str(out), paths[1], "--quiet", paths[2])
    assert p.returncode == 0, p.stderr
    assert [v["name"] for v in json.loads(out.read_text(encoding="utf-8"))["versions"]] == [
        "draft_v1.txt",
        "draft_v2.txt",
        "draft_v3.txt",
    ]
    p = run(paths[0], "--json", "-", paths[1])  # two files: the plain comparison, as always
    assert p.returncode == 0 and "alignment" in json.loads(p.stdout)


def test_cli_series_html_report(tmp_path: Path) -> None:
    """The HTML series report: the versions, a summary per step, the timeline with its marks, the
    histories; self-contained (nothing fetched)."""
    import html.parser

    paths = [str(p) for p in write_chain(tmp_path)]
    out = tmp_path / "series.html"
    p = run(*paths, "--html", str(out), "--quiet")
    assert p.returncode == 0, p.stderr
    page = out.read_text(encoding="utf-8")

    class Cells(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[list[str]] = []
            self.links: list[str] = []
            self.in_cell = False

        def handle_starttag(self, tag, attrs):
            if tag == "tr":
                self.rows.append([])
            elif tag == "td" and self.rows:
                self.rows[-1].append("")
                self.in_cell = True
            self.links += [v for k, v in attrs if k in ("src", "href") and v]

        def handle_endtag(self, tag):
            if tag == "td":
                self.in_cell = False

        def handle_data(self, data):
            if self.in_cell:
                self.rows[-1][-1] += data

    cells = Cells()
    cells.feed(page)
    spare = [r for r in cells.rows if r and r[0] == "spare parts"]
    assert spare == [["spare parts", "", "+", "\u2713", "\u2212", "added in v2, removed in v4"]]
    assert page.count("<h3>") == 3 and "History of the clauses of v4" in page
    assert cells.links == []


def test_a_reworded_item_shows_its_wordings_in_order(tmp_path: Path) -> None:
    """An item replaced in its slot (textiles -> bolts) is one timeline row; its text must say so, or the
    row reads as if "bolts" had been there from the first version."""
    versions = [
        "1. Decides that States shall prevent the export of coal, iron, copper, textiles and seafood;",
        "1. Decides that States shall prevent the export of coal, iron, copper, textiles and seafood;",
        "1. Decides that States shall prevent the export of coal, iron, copper, bolts and seafood;",
    ]
    paths = []
    for k, text in enumerate(versions, 1):
        paths.append(tmp_path / f"v{k}.txt")
        paths[-1].write_text("The Security Council,\n\n" + text + "\n", encoding="utf-8")
    s = compare_series_files([str(p) for p in paths])
    rows = {it.wording: it for g in s.items_timeline for it in g.items}
    assert "textiles → bolts" in rows and "bolts" not in rows
    assert rows["textiles → bolts"].texts == ["textiles", "textiles", "bolts"]
    assert rows["coal"].wording == "coal"
    p = run(*map(str, paths))
    assert p.returncode == 0, p.stderr
    assert "textiles → bolts" in p.stdout
