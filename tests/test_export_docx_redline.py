"""The redline built on the revised .docx: Accept All gives the revised document and Reject All the
original, text and formatting, checked by reading both back with python-docx."""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx_accept import header_texts, resolve_docx, snapshot, w
from fixtures_docs import LEGAL, W_NS, Heading, Item, Raw, Table, make_docx
from lxml import etree

from compare.engine import compare_files
from compare.export.docx_redline import RedlineSummary
from compare.export.redline import write_redline

SHARED = Path(__file__).resolve().parents[2] / "shared" / "tools"
DATE = "2026-01-02T03:04:05Z"
UNO_PYTHON = "/usr/bin/python3"  # the system interpreter, where LibreOffice's python3-uno lives


def build(path: Path, blocks: list, header: str | None = "UNITED NATIONS  S/RES/2720 (2023)") -> Path:
    """A .docx from ``blocks``: ("p", runs, style) paragraphs, ("num", runs) LEGAL-numbered items,
    ("table", rows). ``runs`` are strings or (text, {"bold": True, "font": "Arial", "size": 14, ...})."""
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt

    make_docx(path, [])  # python-docx's template plus the LEGAL numbering definitions
    doc = docx.Document(str(path))
    body = doc.element.body
    for el in list(body):
        if el.tag != w("sectPr"):
            body.remove(el)
    if header is not None:
        doc.sections[0].header.paragraphs[0].text = header
    for block in blocks:
        kind = block[0]
        if kind == "table":
            rows = block[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
            continue
        runs = block[1]
        style = block[2] if len(block) > 2 else None
        p = doc.add_paragraph(style=style)
        if kind == "num":
            p._p.get_or_add_pPr().insert(
                0,
                parse_xml(
                    f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="{LEGAL}"/></w:numPr>'
                ),
            )
        for run in runs:
            text, fmt = (run, {}) if isinstance(run, str) else run
            r = p.add_run(text)
            r.bold = fmt.get("bold")
            r.italic = fmt.get("italic")
            r.underline = fmt.get("underline")
            if "font" in fmt:
                r.font.name = fmt["font"]
            if "size" in fmt:
                r.font.size = Pt(fmt["size"])
    doc.save(str(path))
    return path


ITALIC = {"italic": True}
BOLD = {"bold": True}

ORIGINAL = [
    ("p", ["Operative part"], "Heading 1"),
    ("p", ["The Security Council,"]),
    ("num", [("Decides", ITALIC), " that gizmos and sprockets are exempt from the measures;"]),
    ("num", [("Requests", ITALIC), " the Secretary-General to report within ", ("ninety days", BOLD), ";"]),
    ("num", [("Urges", ITALIC), " all States to comply fully with this resolution;"]),
    ("p", ["This paragraph on cooperation will be moved to the very end of the text."]),
    (
        "p",
        [
            "Notes with ",
            ("deleted", BOLD),
            " satisfaction the progress achieved by the ad hoc group in 2022.",
        ],
    ),
    ("table", [["Item", "Quantity"], ["Coal", "3 tonnes"]]),
    ("p", ["Final words of the resolution."]),
]
REVISED = [
    ("p", ["Operative part"], "Heading 1"),
    ("p", [("The Security Council,", {"font": "Arial", "size": 14})]),
    ("p", ["A brand new paragraph with ", ("emphasis", {"italic": True, "bold": True}), " inside it."]),
    ("num", [("Decides", ITALIC), " that sprockets and doohickeys are exempt from the measures;"]),
    (
        "num",
        [
            ("Requests", ITALIC),
            " the Secretary-General to report within ",
            ("ninety days", {"underline": True}),
            ";",
        ],
    ),
    ("num", [("Urges", BOLD), " all States to comply fully with this resolution;"]),
    ("num", [("Encourages", ITALIC), " regional organisations to assist the Committee;"]),
    ("table", [["Item", "Quantity"], ["Coal", "4 tonnes"]]),
    ("p", ["This paragraph on cooperation will be moved to the very end of the text."]),
    ("p", ["Final words of the resolution."], "Heading 2"),
]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    return build(tmp_path / "original.docx", ORIGINAL), build(tmp_path / "revised.docx", REVISED)


def redline(a: Path, b: Path, out: Path) -> RedlineSummary:
    result = compare_files(a, b)
    summary = RedlineSummary()
    write_redline(result, out, date=DATE, summary=summary)
    return summary


def check_round_trip(a: Path, b: Path, out: Path, tmp: Path) -> None:
    accepted = resolve_docx(out, tmp / "accepted.docx", accept=True)
    rejected = resolve_docx(out, tmp / "rejected.docx", accept=False)
    assert snapshot(accepted) == snapshot(b)
    assert snapshot(rejected) == snapshot(a)


def test_accept_all_gives_the_revised_and_reject_all_the_original(pair, tmp_path):
    a, b = pair
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out)
    assert summary.base == "revised" and not summary.notes
    check_round_trip(a, b, out, tmp_path)
    # the revised document's own package: header, numbering definitions and styles are still there
    assert header_texts(out) == header_texts(b)
    with zipfile.ZipFile(out) as zo, zipfile.ZipFile(b) as zb:
        for part in ("word/numbering.xml", "word/styles.xml", "word/header1.xml"):
            assert zo.read(part) == zb.read(part)


def test_formatting_changes_are_tracked_and_counted(pair, tmp_path):
    a, b = pair
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out)
    root = _document(out)
    changes = root.findall(".//" + w("rPrChange"))
    # font+size on the preamble, bold->underline on "ninety days", italic->bold on "Urges"
    assert summary.formatting == len(changes) == 3
    changed_text = {"".join(t.text for t in ch.getparent().getparent().iter(w("t"))) for ch in changes}
    assert changed_text == {"The Security Council,", "ninety days", "Urges"}
    # "Final words" became a Heading 2: a paragraph property change holding the old (default) style
    ppr_changes = root.findall(".//" + w("pPrChange"))
    assert summary.paragraph_formatting == len(ppr_changes) >= 1
    final = [c for c in ppr_changes if "Final words" in "".join(c.getparent().getparent().itertext())]
    assert len(final) == 1 and final[0].find(w("pPr") + "/" + w("pStyle")) is None


def test_numbering_stays_automatic_and_deleted_text_keeps_its_formatting(pair, tmp_path):
    a, b = pair
    out = tmp_path / "redline.docx"
    redline(a, b, out)
    root = _document(out)
    for p in root.iter(w("p")):
        text = "".join(p.itertext())
        if text.startswith(("Decides", "Requests", "Urges", "Encourages")):
            assert p.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}").get(w("val")) == str(LEGAL)
            assert not text[:1].isdigit()  # no typed number
    bold_deleted = [
        r
        for r in root.iter(w("r"))
        if r.find(w("delText")) is not None and r.find(f"{w('rPr')}/{w('b')}") is not None
    ]
    assert ["".join(t.text for t in r.iter(w("delText"))) for r in bold_deleted] == ["deleted"]
    # the inserted paragraph mark and the deleted one are paragraph-mark revisions
    marks = [p.find(f"{w('pPr')}/{w('rPr')}") for p in root.iter(w("p"))]
    kinds = {c.tag for m in marks if m is not None for c in m}
    assert {w("ins"), w("moveTo")} & kinds and {w("del"), w("moveFrom")} & kinds


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


_TAB = '<w:r><w:t>Article</w:t><w:tab/><w:t xml:space="preserve">{} applies</w:t></w:r>'
_FIELD = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText>'
    '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
)
EDGE_CASES = {
    "paragraphs merged": (
        ["First sentence here.", "Second sentence follows."],
        ["First sentence here. Second sentence follows."],
    ),
    "paragraph split": (
        ["First sentence here. Second sentence follows."],
        ["First sentence here.", "Second sentence follows."],
    ),
    "tab and field": (
        [Raw(f"<w:p>{_TAB.format(5)}{_run(' on page ')}{_FIELD}{_run('.')}</w:p>")],
        [Raw(f"<w:p>{_TAB.format(6)}{_run(' on page ')}{_FIELD}{_run(' only.')}</w:p>")],
    ),
    "stripped spaces": (
        [Raw(f"<w:p>{_run('  Leading spaces and trailing  ')}</w:p>"), "Next one."],
        [Raw(f"<w:p>{_run('  Leading spaces and more trailing  ')}</w:p>"), "Next one here."],
    ),
    "row added": (
        [Table([["A", "B"], ["C", "D"]]), "After."],
        [Table([["A", "B"], ["C", "D"], ["E new", "F new"]]), "After."],
    ),
    "row removed": (
        [Table([["A", "B"], ["C", "D"], ["E old", "F old"]]), "After."],
        [Table([["A", "B"], ["C", "D"]]), "After."],
    ),
    "list levels": (
        [Item("Decides:"), Item("first thing;", level=1), Item("second thing.", level=1)],
        [
            Item("Decides:"),
            Item("first thing;", level=1),
            Item("new thing;", level=1),
            Item("second thing.", level=1),
            Item("Requests more."),
        ],
    ),
    "empty paragraphs": (["One.", "", "Two."], ["One.", "Inserted.", "", "Two."]),
    "nothing in common": (["Completely different original text."], ["Nothing in common whatsoever now."]),
    "heading level": ([Heading("Title one"), "Body."], [Heading("Title one", level=2), "Body."]),
}


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_structures_round_trip(tmp_path, case):
    old, new = EDGE_CASES[case]
    a, b = make_docx(tmp_path / "a.docx", old), make_docx(tmp_path / "b.docx", new)
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out)
    assert summary.base == "revised" and not summary.notes
    check_round_trip(a, b, out, tmp_path)
    audit = pytest.importorskip("openxml_audit")
    assert [e.description for e in _validator(audit, semantic=False).validate(str(out)).errors] == []


def test_a_deleted_paragraph_keeps_its_mark_formatting(tmp_path):
    bold = '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
    text = "<w:t>A bold paragraph that goes away.</w:t>"
    gone = Raw(f"<w:p><w:pPr>{bold}</w:pPr><w:r>{bold}{text}</w:r></w:p>")
    a = make_docx(tmp_path / "a.docx", ["Kept before.", gone, "Kept after."])
    b = make_docx(tmp_path / "b.docx", ["Kept before.", "Kept after."])
    out = tmp_path / "redline.docx"
    assert redline(a, b, out).base == "revised"
    check_round_trip(a, b, out, tmp_path)
    deleted = [p for p in _document(out).iter(w("p")) if "goes away" in "".join(p.itertext())]
    mark = deleted[0].find(f"{w('pPr')}/{w('rPr')}")
    assert [c.tag for c in mark] == [w("del"), w("b"), w("sz")]


def test_text_changed_around_a_hyperlink_round_trips_as_text(tmp_path):
    """Known limit: deleted text that ran out of a hyperlink comes back inside it; the text is exact."""
    link = '<w:hyperlink w:anchor="x">{}</w:hyperlink>'
    a, b = (
        make_docx(
            tmp_path / name, [Raw(f"<w:p>{_run('See the ')}{link.format(_run(year))}{_run(tail)}</w:p>")]
        )
        for name, year, tail in (
            ("a.docx", "report of 2022", " for details."),
            ("b.docx", "report of 2023", " for more details."),
        )
    )
    out = tmp_path / "redline.docx"
    assert redline(a, b, out).base == "revised"
    for accept, src in ((True, b), (False, a)):
        got = resolve_docx(out, tmp_path / "x.docx", accept=accept)
        assert [t for _s, _n, t, _c in snapshot(got)] == [t for _s, _n, t, _c in snapshot(src)]
    root = _document(out)
    assert root.find(f".//{w('hyperlink')}/{w('ins')}") is not None  # the new year is inside the link


def test_only_the_original_is_a_docx(tmp_path):
    a = build(tmp_path / "original.docx", ORIGINAL)
    b = tmp_path / "revised.txt"
    lines = [
        "Operative part",
        "The Security Council,",
        "Decides that sprockets are exempt from the measures;",
        "Requests the Secretary-General to report within ninety days;",
        "A new paragraph.",
        "Item",
        "Quantity",
        "Coal",
        "4 tonnes",
        "Final words of the resolution.",
    ]
    b.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out)
    assert summary.base == "original" and not summary.notes, summary.notes
    rejected = resolve_docx(out, tmp_path / "rejected.docx", accept=False)
    assert snapshot(rejected) == snapshot(a)  # Reject All is the original .docx, formatting and all
    accepted = resolve_docx(out, tmp_path / "accepted.docx", accept=True)
    texts = [t for _s, _n, t, _c in snapshot(accepted) if t]
    assert texts == lines


def test_plain_inputs_still_get_the_plain_redline(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One clause here.\nTwo clauses there.\n", encoding="utf-8")
    b.write_text("One clause here.\nThree clauses there.\n", encoding="utf-8")
    summary = redline(a, b, tmp_path / "out.docx")
    assert summary.base == "plain"


def test_a_changed_input_falls_back_with_a_note(pair, tmp_path):
    a, b = pair
    result = compare_files(a, b)
    build(b, REVISED + [("p", ["Added after the comparison."])])
    summary = RedlineSummary()
    write_redline(result, tmp_path / "out.docx", date=DATE, summary=summary)
    assert summary.base == "plain"
    assert any("changed on disk" in n for n in summary.notes)


def test_numbering_ids_are_mapped_between_the_two_packages(tmp_path):
    """The same list under another numId in the revised file: no formatting change is invented, and a
    deleted item is numbered by the revised file's definition."""
    from fixtures_docs import LEGAL_RESTARTS

    other = LEGAL_RESTARTS[0]
    items = ["Decides to act now;", "Requests a report soon;", "Urges all States to comply;"]
    a = make_docx(tmp_path / "a.docx", [Item(t, num=LEGAL) for t in items])
    b = make_docx(tmp_path / "b.docx", [Item(t, num=other) for t in (items[0], items[2])])
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out)
    assert summary.base == "revised" and summary.paragraph_formatting == 0
    root = _document(out)
    deleted = next(p for p in root.iter(w("p")) if "Requests" in "".join(p.itertext()))
    assert deleted.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}").get(w("val")) == str(other)


def test_a_template_is_not_written_out_as_a_docx(tmp_path):
    from fixtures_docs import rewrite_zip, zip_members

    a = make_docx(tmp_path / "a.docx", ["One two three."])
    plain = make_docx(tmp_path / "plain.docx", ["One two four."])
    types = zip_members(plain)["[Content_Types].xml"].replace(b"document.main+xml", b"template.main+xml")
    b = rewrite_zip(plain, tmp_path / "b.docx", {"[Content_Types].xml": types})
    summary = redline(a, b, tmp_path / "out.docx")
    assert summary.base == "plain" and "template" in summary.notes[0]


def test_output_is_schema_ordered_with_unique_revision_ids(pair, tmp_path):
    from compare.export.docx_runs import PPR_ORDER, RPR_ORDER

    a, b = pair
    out = tmp_path / "redline.docx"
    redline(a, b, out)
    root = _document(out)
    ids = [el.get(w("id")) for el in root.iter(w("ins"), w("del"), w("rPrChange"), w("pPrChange"))]
    assert len(ids) == len(set(ids)) > 0
    for tag, order in ((w("pPr"), PPR_ORDER), (w("rPr"), RPR_ORDER)):
        for props in root.iter(tag):
            ranks = [order.index(c.tag) for c in props if c.tag in order]
            assert ranks == sorted(ranks), etree.tostring(props)
            assert all(c.tag in order for c in props), etree.tostring(props)


def test_the_command_line_prints_the_redline_counts(pair, tmp_path):
    a, b = pair
    out = tmp_path / "redline.docx"
    root = Path(__file__).resolve().parents[1]
    p = subprocess.run(
        [sys.executable, str(root / "main.py"), "compare", str(a), str(b), "--docx-redline", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr
    line = next(x for x in p.stdout.splitlines() if x.startswith("redline on the revised .docx:"))
    revisions = _document(out)
    assert f"{len(revisions.findall('.//' + w('ins')))} insertions" in line
    assert f"{len(revisions.findall('.//' + w('del')))} deletions" in line
    assert "3 formatting changes" in line


@pytest.mark.parametrize("original_only", [False, True])
def test_the_redline_passes_open_xml_validation(tmp_path, original_only):
    """Schema and semantic validation (openxml-audit, a port of the Open XML SDK validator): the redline
    adds no finding to those its input already has (python-docx's template has two of its own)."""
    audit = pytest.importorskip("openxml_audit")
    a = build(tmp_path / "original.docx", ORIGINAL)
    if original_only:
        b = tmp_path / "revised.txt"
        b.write_text("Operative part\n\nThe Council decides.\n\nFinal words of the resolution.\n", "utf-8")
        base = a
    else:
        b = base = build(tmp_path / "revised.docx", REVISED)
    out = tmp_path / "redline.docx"
    redline(a, b, out)
    assert_valid(audit, out, base)


@functools.cache
def _validator(audit, semantic: bool = True):
    return audit.OpenXmlValidator(semantic_validation=semantic)  # loading the schemas: once per run


def assert_valid(audit, out: Path, base: Path) -> None:
    validator = _validator(audit)

    def findings(path: Path) -> set[tuple[str, str]]:
        return {(e.part_uri, e.description) for e in validator.validate(str(path)).errors}

    assert not [f for f in findings(out) if f[0] == "/word/document.xml"]
    assert findings(out) <= findings(base)


def _document(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


# --------------------------------------------------------------------------- LibreOffice


def _lo_text(out: Path, reject: bool) -> list[str]:
    """Paragraph texts after LibreOffice's own Accept All (Reject All); the tool needs the system Python,
    which has LibreOffice's UNO bridge."""
    cmd = [UNO_PYTHON, str(SHARED / "lo_accept_all.py"), *(["--reject"] if reject else []), str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    if "python3-uno not importable" in done.stdout + done.stderr:
        pytest.skip("LibreOffice's Python bridge (python3-uno) is not installed")
    assert done.returncode == 0, done.stderr
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


@pytest.mark.skipif(
    shutil.which("soffice") is None
    or not (SHARED / "lo_accept_all.py").exists()
    or not Path(UNO_PYTHON).exists(),
    reason="LibreOffice or ../shared/tools not available",
)
def test_libreoffice_accept_and_reject_give_the_two_texts(pair, tmp_path):
    a, b = pair
    out = tmp_path / "redline.docx"
    redline(a, b, out)
    result = compare_files(a, b)
    assert _lo_text(out, reject=False) == result.b.document.text.split("\n")
    assert _lo_text(out, reject=True) == result.a.document.text.split("\n")


@pytest.mark.skipif(not (SHARED / "docx_revisions.py").exists(), reason="../shared/tools not available")
def test_the_shared_revision_tool_agrees(pair, tmp_path):
    a, b = pair
    out = tmp_path / "redline.docx"
    redline(a, b, out)
    cmd = [sys.executable, str(SHARED / "docx_revisions.py"), str(out), "--check", str(a), str(b)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    stats = subprocess.run(cmd[:3] + ["--stats"], capture_output=True, text=True, timeout=120)
    report = json.loads(stats.stdout)
    assert report["problems"] == [] and report["revisions"]["rPrChange"] == 3


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not available")
def test_documents_saved_by_libreoffice_round_trip(pair, tmp_path):
    """Another producer's WordprocessingML (LibreOffice's own numbering ids, styles, run properties)."""
    saved = tmp_path / "saved"
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(saved), *map(str, pair)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    a, b = saved / "original.docx", saved / "revised.docx"
    if done.returncode != 0 or not (a.exists() and b.exists()):
        pytest.skip(f"LibreOffice could not convert: {done.stderr[-200:]}")
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out)
    assert summary.base == "revised" and summary.formatting == 3
    check_round_trip(a, b, out, tmp_path)


# --------------------------------------------------------------------------- random drafts

_WORDS = [
    "council",
    "decides",
    "requests",
    "urges",
    "states",
    "report",
    "measures",
    "sanctions",
    "committee",
    "panel",
    "experts",
    "members",
    "general",
    "secretary",
    "resolution",
    "annex",
    "paragraph",
]
_LOOKS = (
    {},
    {"bold": True},
    {"italic": True},
    {"underline": True},
    {"font": "Arial"},
    {"size": 14},
    {"italic": True, "bold": True},
)


def _random_paragraph(rng) -> tuple:
    runs = []
    for _ in range(rng.randint(1, 4)):
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 6)))
        runs.append((words + rng.choice(["", " ", ", ", "; "]), rng.choice(_LOOKS)))
    runs[-1] = (runs[-1][0].rstrip(" ,;") + ".", runs[-1][1])
    kind = rng.choice(["p", "p", "num", "heading"])
    return ("p", runs, "Heading 1") if kind == "heading" else (kind, runs)


def _random_edit(rng, blocks: list) -> list:
    """A drafter's edits: paragraphs removed, added, moved; words replaced; formatting and styles changed."""
    out = [list(b) for b in blocks]
    for _ in range(rng.randint(1, 5)):
        op, k = rng.random(), rng.randrange(len(out))
        if op < 0.2 and len(out) > 1:
            del out[k]
        elif op < 0.4:
            out.insert(k, list(_random_paragraph(rng)))
        elif op < 0.5 and len(out) > 1:
            out.insert(rng.randrange(len(out)), out.pop(k))
        elif out[k][0] != "table":
            runs = list(out[k][1])
            j = rng.randrange(len(runs))
            text, look = runs[j]
            r = rng.random()
            if r < 0.4:
                words = text.split(" ")
                words[rng.randrange(len(words))] = rng.choice(_WORDS)
                text = " ".join(words)
            elif r < 0.7:
                look = rng.choice(_LOOKS)
            elif len(out[k]) < 3:
                out[k] = [out[k][0], runs, "Heading 2"]
            runs[j] = (text, look)
            out[k][1] = runs
    return [tuple(b) for b in out]


def random_pair(seed: int, folder: Path) -> tuple[Path, Path]:
    import random

    rng = random.Random(f"docx-redline-{seed}")
    old = [_random_paragraph(rng) for _ in range(rng.randint(2, 8))]
    if rng.random() < 0.3:
        table = ("table", [["cell one", "cell two"], ["cell three", "cell four"]])
        old.insert(rng.randrange(len(old)), table)
    new = _random_edit(rng, old)
    return build(folder / "a.docx", old, header=None), build(folder / "b.docx", new, header=None)


@pytest.mark.parametrize("seed", range(12))
def test_random_drafts_round_trip(tmp_path, seed):
    a, b = random_pair(seed, tmp_path)
    out = tmp_path / "redline.docx"
    summary = redline(a, b, out)
    assert summary.base == "revised", summary.notes
    check_round_trip(a, b, out, tmp_path)
