"""Format details that must not leak into a comparison (issue #16): odt list numbering, LibreOffice's html
page furniture, pdf labels without a space, de-hyphenation, paragraphs across a pdf page break, binary RTF."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from fixtures_docs import Item, make_docx, make_html, make_odt, make_pdf, make_txt

from compare.errors import CorruptDocument
from compare.readers import read_document

_LIST_STYLE = (
    '<office:automatic-styles><text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>'
    '<text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" '
    'style:num-format="a"/>'
    '<text:list-level-style-number text:level="3" style:num-prefix="(" style:num-suffix=")" '
    'style:num-format="i"/></text:list-style>'
    '<text:list-style style:name="B1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/>'
    "</text:list-style></office:automatic-styles>"
)


def _labelled(doc) -> list[tuple[str | None, str]]:
    return [(p.label, doc.text[p.start : p.end]) for p in doc.paragraphs]


def _odt_with_lists(path: Path, body: str) -> Path:
    from fixtures_docs import _ODT_NS

    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODT_NS}>{_LIST_STYLE}'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    return make_odt(path, [], content_xml=content.encode())


def _li(text: str, inner: str = "", attrs: str = "") -> str:
    return f"<text:list-item{attrs}><text:p>{text}</text:p>{inner}</text:list-item>"


def test_odt_list_numbering_is_read_as_labels(tmp_path: Path) -> None:
    subs = "<text:list>" + _li("first sub;") + _li("second sub;") + "</text:list>"
    deep = "<text:list>" + _li("roman one;") + "</text:list>"
    body = (
        "<text:p>Preamble.</text:p>"
        '<text:list text:style-name="L1" xml:id="a1">'
        + _li("Decides one;", subs)
        + _li("Decides two;", "<text:list>" + _li("only sub;", deep) + "</text:list>")
        + "</text:list><text:p>Interlude.</text:p>"
        '<text:list text:style-name="L1" text:continue-numbering="true">'
        + _li("Decides three;")
        + _li("Decides ten;", attrs=' text:start-value="10"')
        + "</text:list>"
        '<text:list text:style-name="L1">' + _li("Restarted;") + "</text:list>"
        '<text:list text:style-name="B1">' + _li("A bullet.") + "</text:list>"
    )
    doc = read_document(_odt_with_lists(tmp_path / "n.odt", body))
    assert _labelled(doc) == [
        (None, "Preamble."),
        ("1.", "Decides one;"),
        ("(a)", "first sub;"),
        ("(b)", "second sub;"),
        ("2.", "Decides two;"),
        ("(a)", "only sub;"),
        ("(i)", "roman one;"),
        (None, "Interlude."),
        ("3.", "Decides three;"),
        ("10.", "Decides ten;"),
        ("1.", "Restarted;"),
        (None, "A bullet."),
    ]
    assert [p.kind for p in doc.paragraphs][1] == "list"


def test_odt_labels_compare_equal_with_the_typed_text(tmp_path: Path) -> None:
    from compare.engine import compare_files
    from compare.model import Kind

    subs = "<text:list>" + _li("the import of arms;") + _li("the export of arms;") + "</text:list>"
    body = (
        '<text:list text:style-name="L1">'
        + _li("Decides that all States shall prevent:", subs)
        + "</text:list>"
    )
    odt = _odt_with_lists(tmp_path / "n.odt", body)
    txt = make_txt(
        tmp_path / "n.txt",
        "1. Decides that all States shall prevent:\n\n(a) the import of arms;\n\n(b) the export of arms;\n",
    )
    r = compare_files(txt, odt)
    assert [e.kind for e in r.alignment] == [Kind.EQUAL] * len(r.alignment)
    assert not any(e.relabelled for e in r.alignment)
    assert [c.label for c in r.b.clauses] == ["1", "1(a)", "1(b)"]


def test_libreoffice_html_page_header_and_footer_are_dropped(tmp_path: Path) -> None:
    body = (
        '<div title="header"><p>S/RES/661 (1990)</p></div>'
        "<p>The Security Council,</p><p>1. Decides to remain seized of the matter.</p>"
        '<div title="footer"><p>Page <sdfield type=PAGE subtype=RANDOM format=PAGE>3</sdfield></p></div>'
        '<div title="note"><p>A div with another title stays.</p></div>'
    )
    doc = read_document(make_html(tmp_path / "lo.html", body))
    assert [t for _l, t in _labelled(doc)] == [
        "The Security Council,",
        "1. Decides to remain seized of the matter.",
        "A div with another title stays.",
    ]


def test_pdf_label_without_a_space_is_read_as_a_label(tmp_path: Path) -> None:
    pdf = make_pdf(
        tmp_path / "l.pdf",
        [["9. Decides to act.", "10.Decides to remain seized.", "(iii)The last item.", "Pays 3.5 million."]],
    )
    doc = read_document(pdf)
    assert [t for _l, t in _labelled(doc)] == [
        "9. Decides to act.",
        "10. Decides to remain seized.",
        "(iii) The last item.",
        "Pays 3.5 million.",
    ]


def test_dehyphenation_keeps_compounds_and_joins_split_words(tmp_path: Path) -> None:
    text = (
        "The parties agree to a cease-\nfire in the region and to stop the flow of small-\narms to it. The\n"
        "cease-fire shall hold and the Govern-\nment shall report on the arms-\nembargo and the embargo on\n"
        "arms and on the imple-\nmentation of the trans-\nshipment rules.\n"
    )
    doc = read_document(make_txt(tmp_path / "h.txt", text))
    assert [t for _l, t in _labelled(doc)] == [
        "The parties agree to a cease-fire in the region and to stop the flow of small-arms to it. The "
        "cease-fire shall hold and the Government shall report on the arms-embargo and the embargo on "
        "arms and on the implementation of the trans-shipment rules."
    ]


def test_pdf_paragraph_continuing_across_a_page_break_is_one_paragraph(tmp_path: Path) -> None:
    pdf = make_pdf(
        tmp_path / "p.pdf",
        [
            ["The Council decides that all States shall prevent the sale of arms to the territory and"],
            ["requests the Secretary-General to report within ninety days.", "Next paragraph."],
        ],
        footer="Page {page}",
    )
    doc = read_document(pdf)
    assert [t for _l, t in _labelled(doc)] == [
        "The Council decides that all States shall prevent the sale of arms to the territory and requests "
        "the Secretary-General to report within ninety days.",
        "Next paragraph.",
    ]


def test_rtf_of_random_bytes_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    rng = random.Random(16)
    junk = tmp_path / "junk.rtf"
    junk.write_bytes(b"{\\rtf1 " + bytes(rng.randrange(256) for _ in range(20_000)) + b"}")
    with pytest.raises(CorruptDocument, match="damaged RTF.*control characters or undecodable"):
        read_document(junk)
    # RTF written with escapes, plus a few raw accented bytes, is still read
    ok = tmp_path / "ok.rtf"
    ok.write_bytes(
        b"{\\rtf1\\ansi\\ansicpg1252 {\\fonttbl{\\f0 Arial;}} Caf\xe9 \\'e9t\\'e9 r\\u233?sum\\u233?.\\par }"
    )
    assert "Café été résumé." in read_document(ok).text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_odt_and_pdf_of_a_numbered_docx_keep_the_labels(tmp_path: Path) -> None:
    src = make_docx(
        tmp_path / "num.docx",
        ["Preamble text here."]
        + [Item(f"Decides point {k} of the draft;") for k in range(1, 12)]
        + [Item("first sub;", level=1), Item("second sub;", level=1)],
    )
    out = tmp_path / "out"
    for fmt in ("odt", "pdf:writer_pdf_Export"):
        subprocess.run(
            ["soffice", "--headless", "--convert-to", fmt, "--outdir", str(out), str(src)],
            capture_output=True,
            timeout=300,
            check=False,
        )
    if not (out / "num.odt").exists() or not (out / "num.pdf").exists():
        pytest.skip("LibreOffice did not convert the document here")
    odt = read_document(out / "num.odt")
    assert [p.label for p in odt.paragraphs] == [None] + [f"{k}." for k in range(1, 12)] + ["(a)", "(b)"]
    pdf = read_document(out / "num.pdf")
    texts = [pdf.text[p.start : p.end] for p in pdf.paragraphs]
    assert "10. Decides point 10 of the draft;" in texts and "11. Decides point 11 of the draft;" in texts


def test_libreoffice_html_list_resumed_after_a_sub_level_interruption_continues(tmp_path: Path) -> None:
    body = (
        "<ol><li><p>Decides one;</p><li><p>Decides that States shall freeze funds owned by:</p>"
        '<ol type="a"><li><p>the Government; or</p><li><p>any undertaking;</p></ol></ol>'
        "<p>shall freeze such funds, meaning any undertaking owned by:</p>"
        '<ol><ol type="a"><ol type="i"><li><p>the Government,</p><li><p>any entity,</p></ol></ol>'
        "<li><p>Further decides that the measures do not apply;</p><li><p>Decides also.</p></ol>"
        "<p>Interlude.</p><ol><li><p>A new list starts at one.</p></ol>"
    )
    doc = read_document(make_html(tmp_path / "lo.html", body))
    assert [lab for lab, _t in _labelled(doc)] == [
        "1.",
        "2.",
        "a.",
        "b.",
        None,
        "i.",
        "ii.",
        "3.",
        "4.",
        None,
        "1.",
    ]
