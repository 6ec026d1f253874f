"""The tracked-changes redline: Accept All must give the revised text, Reject All the original, exactly."""

from __future__ import annotations

import importlib.util
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from compare.engine import compare_documents
from compare.errors import ExportError
from compare.export.redline import accept_text, build_stream, reject_text, write_redline
from compare.model import CompareOptions, Document, SegmentMode

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# --------------------------------------------------------------------------- an independent reader


def read_revisions(path: Path, mode: str, merged_props: str = "last", labels: bool = True) -> str:
    """Body text of a .docx with every revision accepted ("accept") or rejected ("reject"), list labels
    drawn as text.

    Written from ECMA-376 17.13 independently of the exporter: content inside w:ins/w:moveTo exists only
    after accepting, inside w:del/w:moveFrom only after rejecting; a paragraph whose mark goes away joins
    the next one, taking the numbering of the paragraph whose mark survives (``merged_props="last"``, as
    the standard says) or of the first one (``"first"``): a redline must give the same text either way.
    """
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        numbering = (
            etree.fromstring(z.read("word/numbering.xml")) if "word/numbering.xml" in z.namelist() else None
        )
    body = root.find(w("body"))
    hide = {w("del"), w("moveFrom")} if mode == "accept" else {w("ins"), w("moveTo")}
    lines: list[tuple[str | None, str]] = []
    pending: tuple[str | None, str] | None = None
    for p in body.findall(w("p")):
        parts = []
        for el in p.iter(w("t"), w("delText"), w("tab")):
            anc, hidden = el.getparent(), False
            while anc is not p:
                if anc.tag in hide and anc.getparent().tag != w("rPr"):
                    hidden = True
                anc = anc.getparent()
            if not hidden:
                parts.append("\t" if el.tag == w("tab") else (el.text or ""))
        num = p.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}")
        num_id = num.get(w("val")) if num is not None else None
        mark = p.find(f"{w('pPr')}/{w('rPr')}")
        gone = mark is not None and any(mark.find(t) is not None for t in hide)
        if gone and not parts:
            continue  # a paragraph whose content and mark all go: removed whole, properties and all
        if pending is not None:
            num_id = pending[0] if merged_props == "first" else num_id
            text = pending[1] + "".join(parts)
        else:
            text = "".join(parts)
        if gone:
            pending = (num_id, text)
        else:
            lines.append((num_id, text))
            pending = None
    if pending is not None:
        lines.append(pending)
    shown = list_labels(numbering if labels else None, [n for n, _ in lines])
    return "\n".join(lab + text for lab, (_, text) in zip(shown, lines, strict=True))


def list_labels(numbering, num_ids: list[str | None]) -> list[str]:
    """The label each paragraph shows (with its suffix), counting paragraphs per list instance."""
    if numbering is None:
        return ["" for _ in num_ids]
    abstract = {a.get(w("abstractNumId")): a for a in numbering.iter(w("abstractNum"))}
    nums = {n.get(w("numId")): n for n in numbering.iter(w("num"))}
    counters: dict[str, int] = {}
    out = []
    for num_id in num_ids:
        if num_id is None:
            out.append("")
            continue
        num = nums[num_id]
        lvl = abstract[num.find(w("abstractNumId")).get(w("val"))].find(w("lvl"))
        start = lvl.find(w("start"))
        first = int(start.get(w("val"))) if start is not None else 1
        override = num.find(f"{w('lvlOverride')}/{w('startOverride')}")
        if override is not None:
            first = int(override.get(w("val")))
        value = counters[num_id] = counters.get(num_id, first - 1) + 1
        fmt = lvl.find(w("numFmt")).get(w("val"))
        if fmt == "decimal":
            shown = str(value)
        elif fmt in ("lowerLetter", "upperLetter"):
            shown = "abcdefghijklmnopqrstuvwxyz"[(value - 1) % 26] * ((value - 1) // 26 + 1)
        else:
            shown = ""
            for v, r in ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
                while value >= v:
                    shown, value = shown + r, value - v
        if fmt.startswith("upper"):
            shown = shown.upper()
        suff = lvl.find(w("suff"))
        sep = {"nothing": "", "space": " "}.get(suff.get(w("val")) if suff is not None else "tab", "\t")
        out.append(lvl.find(w("lvlText")).get(w("val")).replace("%1", shown) + sep)
    return out


def document_xml(path: Path):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml"))


def shared_tool():
    tool = SHARED / "tools" / "docx_revisions.py"
    if not tool.exists():
        pytest.skip("shared tools not available")
    spec = importlib.util.spec_from_file_location("docx_revisions", tool)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------- fixtures

OLD_RESOLUTION = [
    "The Security Council,",
    "Recalling its previous resolutions on the situation,",
    "1. Decides that all States shall prevent the supply of arms;",
    "2. Decides further that the measures in paragraph 1 shall not apply to:",
    "(a) supplies of non-lethal equipment intended solely for humanitarian use;",
    "(b) protective clothing for personnel of the United Nations;",
    "(c) supplies temporarily exported by journalists;",
    "3. Requests the Secretary-General to report to the Council within 90 days;",
    "4. Calls upon all parties to respect international humanitarian law;",
    "5. Expresses its intention to review the measures in the light of progress;",
    "6. Decides to remain actively seized of the matter.",
]
NEW_RESOLUTION = [
    "The Security Council,",
    "Recalling its previous resolutions on the situation, and welcoming the report of the Panel,",
    "1. Decides that all Member States shall prevent the direct or indirect supply of arms;",
    "2. Calls upon all parties to respect international humanitarian law;",
    "3. Decides further that the measures in paragraph 1 shall not apply to:",
    "(a) supplies of non-lethal equipment intended solely for humanitarian use;",
    "(b) supplies of food and medicine;",
    "(c) supplies temporarily exported by journalists;",
    "4. Encourages States to share information with the Committee established by this resolution;",
    "5. Requests the Secretary-General to report to the Council within 60 days;",
    "6. Decides to remain actively seized of the matter.",
]


def compare_paragraphs(old: list[str], new: list[str], options: CompareOptions = CompareOptions()):
    return compare_documents(
        Document.from_paragraphs("old draft.txt", "txt", old),
        Document.from_paragraphs("new draft.txt", "txt", new),
        options,
    )


def assert_round_trip(result, path: Path) -> None:
    for merged in ("last", "first"):
        assert read_revisions(path, "accept", merged) == result.b.document.text
        assert read_revisions(path, "reject", merged) == result.a.document.text


CASES = {
    "resolution": (OLD_RESOLUTION, NEW_RESOLUTION, CompareOptions()),
    "ignore case and punctuation": (
        ["1. The Council DECIDES, that States shall act.", "2. Notes the report."],
        ["1. The council decides that States shall act;", "2. Notes the report, with concern."],
        CompareOptions(ignore_case=True, ignore_punctuation=True),
    ),
    "ignore spacing": (
        ["Decides  that   the measures apply.", "Requests a report."],
        ["Decides that the measures apply.", "Requests a  full report."],
        CompareOptions(ignore_whitespace=True),
    ),
    "sentences": (
        ["Alpha sentence one. Alpha sentence two.", "Beta stays here."],
        ["Alpha sentence two. Alpha sentence one is changed.", "Gamma is new.", "Beta stays here."],
        CompareOptions(segment=SegmentMode.SENTENCES),
    ),
    "everything new": (
        ["Completely different text."],
        ["Nothing in common at all", "and a second line"],
        None,
    ),
    "identical": (OLD_RESOLUTION, OLD_RESOLUTION, None),
    "tabs and empty paragraphs": (
        ["Title", "", "1.\tFirst point;", "2.\tSecond point."],
        ["Title", "1.\tFirst point, amended;", "", "2.\tSecond point.", "3.\tThird point."],
        None,
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_accept_gives_revised_and_reject_gives_original(tmp_path: Path, name: str) -> None:
    old, new, options = CASES[name]
    result = compare_paragraphs(old, new, options or CompareOptions())
    out = write_redline(result, tmp_path / "redline.docx", date="2026-11-23T10:00:00Z")
    assert_round_trip(result, out)
    pieces, _ = build_stream(result)  # the fine, word-level stream itself must be exact (no fallback)
    assert accept_text(pieces) == result.b.document.text
    assert reject_text(pieces) == result.a.document.text


def test_changes_are_word_level_with_paragraph_marks_and_move_comments(tmp_path: Path) -> None:
    result = compare_paragraphs(OLD_RESOLUTION, NEW_RESOLUTION)
    out = write_redline(
        result, tmp_path / "r.docx", author="Legal Unit", date="2026-11-23T10:00:00Z", moves="comments"
    )
    assert_round_trip(result, out)
    root = document_xml(out)
    deleted = ["".join(t.text for t in d.iter(w("delText"))) for d in root.iter(w("del"))]
    inserted = ["".join(t.text for t in i.iter(w("t"))) for i in root.iter(w("ins"))]
    assert "90" in deleted and "60" in inserted  # a word, not the whole clause
    assert any("Member" in t and len(t) < 20 for t in inserted)
    assert any("protective clothing" in t for t in deleted)  # removed list item
    assert any("food and medicine" in t for t in inserted)  # added list item
    # whole paragraphs added or removed carry paragraph-mark revisions
    marks = [m.tag for m in root.iter(w("rPr")) if m.getparent().tag == w("pPr") for m in m]
    assert w("ins") in marks and w("del") in marks
    # the moved paragraph is deleted at its old place and inserted at its new one, with comments
    with zipfile.ZipFile(out) as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
    notes = ["".join(t.text for t in c.iter(w("t"))) for c in comments.iter(w("comment"))]
    assert any(n.startswith("Moved from §4") for n in notes), notes
    assert any(n.startswith("Moved to §2") for n in notes), notes
    assert len(list(root.iter(w("commentRangeStart")))) == len(notes)
    assert len(list(root.iter(w("commentReference")))) == len(notes)
    assert not list(root.iter(w("moveFrom"), w("moveTo")))
    # well-formed revisions: integer ids unique across revisions and comments, our author, a real date
    revs = list(root.iter(w("ins"), w("del")))
    ids = [r.get(w("id")) for r in revs] + [c.get(w("id")) for c in comments.iter(w("comment"))]
    assert len(ids) == len(set(ids)) and all(i.isdigit() for i in ids)
    assert {r.get(w("author")) for r in revs} == {"Legal Unit"}
    assert {r.get(w("date")) for r in revs} == {"2026-11-23T10:00:00Z"}
    # deleted text uses w:delText, never w:t
    for d in root.iter(w("del")):
        assert not list(d.iter(w("t")))


def test_shared_checker_agrees_and_finds_no_problems(tmp_path: Path) -> None:
    tool = shared_tool()
    result = compare_paragraphs(OLD_RESOLUTION, NEW_RESOLUTION)
    out = write_redline(result, tmp_path / "r.docx")
    assert_round_trip(result, out)
    pkg = tool.Package(str(out))
    for mode in ("accept", "reject"):  # the shared reader draws no list labels: the same text without them
        assert tool.body_lines(pkg.document, mode) == read_revisions(out, mode, labels=False).split("\n")
    report = tool.stats(pkg)
    assert report["problems"] == []
    assert report["opens"]
    assert report["revisions"]["moveFrom"] >= 1 and report["revisions"]["moveTo"] >= 1  # a native move
    assert report["revisions"]["moveFromRangeStart"] == report["revisions"]["moveToRangeStart"] == 1
    assert all(DATE_RE.match(d) for d in report["dates"] if d != "...")


def test_seed_articles_round_trip(tmp_path: Path) -> None:
    seeds = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    if len(seeds) < 2:
        pytest.skip("seed articles not available")
    paras = [[ln for ln in s.read_text(encoding="utf-8").split("\n")] for s in seeds[:2]]
    result = compare_paragraphs(paras[0], paras[1])
    out = write_redline(result, tmp_path / "seeds.docx")
    assert_round_trip(result, out)
    pieces, _ = build_stream(result)
    assert accept_text(pieces) == result.b.document.text
    assert reject_text(pieces) == result.a.document.text


def test_docx_inputs_keep_styles(tmp_path: Path) -> None:
    readers = pytest.importorskip("compare.readers")
    if not hasattr(readers, "read_document"):
        pytest.skip("document readers not available yet")
    import docx

    def make(path: Path, paras: list[tuple[str, str]]) -> Path:
        d = docx.Document()
        for text, style in paras:
            d.add_paragraph(text, style=style)
        d.save(str(path))
        return path

    old = make(
        tmp_path / "old.docx",
        [
            ("Draft resolution", "Heading 1"),
            ("1. Decides to act;", "Normal"),
            ("2. Requests a report.", "Normal"),
        ],
    )
    new = make(
        tmp_path / "new.docx",
        [
            ("Revised draft resolution", "Heading 1"),
            ("1. Decides to act now;", "Normal"),
            ("2. Requests a report.", "Normal"),
            ("3. Decides to remain seized.", "Normal"),
        ],
    )
    result = compare_documents(readers.read_document(old), readers.read_document(new), CompareOptions())
    out = write_redline(result, tmp_path / "redline.docx", inputs=[old, new])
    assert_round_trip(result, out)
    first = docx.Document(str(out)).paragraphs[0]
    assert first.style.name == "Heading 1"
    if (SHARED / "tools" / "docx_revisions.py").exists():
        tool = shared_tool()
        for mode in ("accept", "reject"):  # the shared reader draws no list labels
            want = read_revisions(out, mode, labels=False).split("\n")
            assert tool.body_lines(tool.Package(str(out)).document, mode) == want


def test_core_properties_and_dates(tmp_path: Path) -> None:
    import docx

    result = compare_paragraphs(["One."], ["One.", "Two."])
    out = write_redline(result, tmp_path / "r.docx", author="A. Lawyer", date=datetime(2026, 1, 2, 3, 4, 5))
    props = docx.Document(str(out)).core_properties
    assert props.title == "Redline: old draft.txt → new draft.txt"
    assert props.author == "A. Lawyer"
    dates = {e.get(w("date")) for e in document_xml(out).iter(w("ins"))}
    assert dates == {"2026-01-02T03:04:05Z"}
    default = write_redline(result, tmp_path / "d.docx")
    stamp = next(document_xml(default).iter(w("ins"))).get(w("date"))
    assert DATE_RE.match(stamp)
    assert abs((datetime.now(UTC) - datetime.fromisoformat(stamp)).total_seconds()) < 3600
    with pytest.raises(ExportError):
        write_redline(result, tmp_path / "bad.docx", date="next Tuesday")


def test_failed_write_keeps_existing_target_and_refuses_inputs(tmp_path: Path, monkeypatch) -> None:
    import docx.document

    result = compare_paragraphs(["One."], ["Two."])
    target = tmp_path / "redline.docx"
    target.write_bytes(b"previous export")

    def broken_save(self, path):
        Path(path).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    with pytest.raises(ExportError):
        write_redline(result, target)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["redline.docx"]
    monkeypatch.undo()

    source = tmp_path / "old.txt"
    source.write_text("One.", encoding="utf-8")
    with pytest.raises(ExportError, match="input"):
        write_redline(result, source, inputs=[source])
    assert source.read_text(encoding="utf-8") == "One."


# --------------------------------------------------------------------------- property: always exact

_WORDS = [
    "the",
    "Council",
    "shall",
    "decides",
    "report",
    "States",
    "all",
    "measures",
    "90",
    "days",
    "of",
    "to",
]
_sentence = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=7).map(lambda ws: " ".join(ws))
_punct = st.sampled_from([".", ";", ",", ":", ""])


@st.composite
def _drafts(draw):
    body = draw(st.lists(st.tuples(_sentence, _punct), min_size=1, max_size=7))
    old = [f"{k + 1}. {s}{p}" if draw(st.booleans()) else s + p for k, (s, p) in enumerate(body)]
    new = []
    for para in draw(st.permutations(old)):
        action = draw(st.sampled_from(["keep", "keep", "drop", "edit", "add", "case"]))
        if action == "drop":
            continue
        if action == "edit":
            para = para.replace(" ", f" {draw(st.sampled_from(_WORDS))} ", 1)
        if action == "case":
            para = para.upper()
        new.append(para)
        if action == "add":
            new.append(draw(_sentence) + ".")
    if not new:
        new = [draw(_sentence)]
    return old, new


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _drafts(),
    st.booleans(),
    st.booleans(),
    st.sampled_from([SegmentMode.CLAUSES, SegmentMode.SENTENCES, SegmentMode.PARAGRAPHS]),
)
def test_stream_is_exact_for_any_edit(
    drafts, ignore_case: bool, ignore_punct: bool, mode: SegmentMode
) -> None:
    old, new = drafts
    options = CompareOptions(segment=mode, ignore_case=ignore_case, ignore_punctuation=ignore_punct)
    result = compare_paragraphs(old, new, options)
    pieces, _ = build_stream(result)
    assert accept_text(pieces) == result.b.document.text
    assert reject_text(pieces) == result.a.document.text


def test_word_numbering_labels_become_numbering_not_text(tmp_path: Path) -> None:
    def doc(name: str, paras: list[tuple[str, str | None]]) -> Document:
        return Document.from_paragraphs(
            name, "docx", [(t, {"label": lab, "kind": "list" if lab else "body"}) for t, lab in paras]
        )

    old_paras = [("Preamble text", None), ("Decides to act;", "1."), ("Requests a report.", "2.")]
    new_paras = [
        ("Preamble text", None),
        ("Decides to act now;", "1."),
        ("Notes the letter;", "2."),
        ("Requests a report.", "3."),
        ("Ends.", "4."),
    ]
    result = compare_documents(doc("old.docx", old_paras), doc("new.docx", new_paras), CompareOptions())
    out = write_redline(result, tmp_path / "numbered.docx")
    # the labels are not text: Accept All shows them as counted list labels, renumbered after the insertion
    for mode, paras in (("accept", new_paras), ("reject", old_paras)):
        want = "\n".join((f"{lab}\t" if lab else "") + t for t, lab in paras)
        for merged in ("last", "first"):
            assert read_revisions(out, mode, merged) == want
        assert read_revisions(out, mode, labels=False) == "\n".join(t for t, _ in paras)
    with zipfile.ZipFile(out) as z:
        numbering = etree.fromstring(z.read("word/numbering.xml"))
    used = {n.get(w("val")) for n in document_xml(out).iter(w("numId"))}
    abstracts = {
        n.find(w("abstractNumId")).get(w("val"))
        for n in numbering.iter(w("num"))
        if n.get(w("numId")) in used
    }
    assert len(abstracts) == 1  # one list definition, not one per label


def test_our_reader_reads_our_redline_back_as_either_version(tmp_path: Path) -> None:
    """Accepted, the redline reads as the revised text; as the original, it reads as the old one."""
    from compare.engine import compare_files
    from compare.readers import ReadOptions, read_document

    samples = Path(__file__).resolve().parents[1] / "resources" / "samples"
    result = compare_files(samples / "resolution_v1.txt", samples / "resolution_v2.txt")
    out = write_redline(result, tmp_path / "redline.docx")
    accepted = read_document(out, ReadOptions(revisions="accept"))
    original = read_document(out, ReadOptions(revisions="original"))

    def with_labels(doc: Document) -> list[str]:  # typed labels come back as Word numbering
        return [" ".join(f"{p.label or ''} {doc.text[p.start : p.end]}".split()) for p in doc.paragraphs]

    def spaced(text: str) -> list[str]:
        return [" ".join(line.split()) for line in text.split("\n")]

    assert any(p.label for p in accepted.paragraphs)
    assert with_labels(accepted) == spaced(result.b.document.text)
    assert with_labels(original) == spaced(result.a.document.text)


@pytest.mark.parametrize(
    "text",
    ["plain", "a\ttab", "\tlead and trail\t", "  spaces  ", "R&D <b> 'q' \"dq\"", "cr\rhere", "bell\x07"],
)
@pytest.mark.parametrize("deleted", [False, True])
def test_runs_written_as_text_are_the_runs_lxml_writes(text: str, deleted: bool) -> None:
    """The plain redline writes its body as XML text (an element tree of 500k paragraphs took ~2 GB):
    each run must serialise as the element writer's run does, awkward characters included."""
    from compare.export.docx_runs import text_run
    from compare.export.redline import _run_xml
    from compare.export.wordml_text import NOT_XML as _XML_BAD

    ours = etree.fromstring(f'<w:body xmlns:w="{W}">{_run_xml(text, deleted)}</w:body>')
    theirs = etree.fromstring(f'<w:body xmlns:w="{W}"/>')
    theirs.append(text_run(_XML_BAD.sub("", text), None, deleted))
    assert etree.tostring(ours) == etree.tostring(theirs)


def test_revision_attributes_are_escaped_as_lxml_escapes_them(tmp_path: Path) -> None:
    from compare.export.wordml_text import xml_attr as _attr

    author = 'Zoë "Q" & <co>\tline\nbreak\rhere'
    el = etree.Element(w("ins"), nsmap={"w": W})
    el.set(w("author"), author)
    assert etree.tostring(el, encoding="unicode").endswith(f'w:author="{_attr(author)}"/>')
    r = compare_documents(
        Document.from_paragraphs("a", "text", ["One two three."]),
        Document.from_paragraphs("b", "text", ["One two four."]),
    )
    out = write_redline(r, tmp_path / "r.docx", author=author)
    body = etree.fromstring(zipfile.ZipFile(out).read("word/document.xml"))
    assert {el.get(w("author")) for el in body.iter(w("ins"), w("del"))} == {author}
