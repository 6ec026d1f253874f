"""Readers on real files written in tmp_path: what a user would see for each format."""

from __future__ import annotations

import re
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fixtures_docs import (
    BULLETS,
    LEGAL_RESTARTS,
    UPPER,
    Heading,
    Item,
    Raw,
    Styled,
    Table,
    make_docx,
    make_html,
    make_odt,
    make_pdf,
    make_rtf,
    make_txt,
    tracked,
)

from compare.errors import DocumentError, EncryptedDocument
from compare.model import Document
from compare.readers import FILE_FILTER, SUPPORTED_SUFFIXES, ReadOptions, read_document, read_text

ORIGINAL = ReadOptions(revisions="original")


def texts(doc: Document) -> list[str]:
    return [doc.paragraph_text(i) for i in range(len(doc.paragraphs))]


def assert_consistent(doc: Document) -> None:
    """The model's promise: spans in order, separated by exactly one newline, no newline inside."""
    pos = 0
    for i, p in enumerate(doc.paragraphs):
        if i:
            assert doc.text[pos] == "\n"
            pos += 1
        assert p.start == pos and p.end >= p.start
        chunk = doc.text[p.start : p.end]
        assert chunk and "\n" not in chunk and chunk == chunk.strip()
        pos = p.end
    assert pos == len(doc.text)


# --------------------------------------------------------------------------- plain text and encodings

WRAPPED = """\
The Security Council,

Affirming the primary responsibility of the Govern-
ment of the United Kingdom and the Secretary-
General to act, in co-
operation with all States,

1. Decides that all States shall
prevent the import of asbestos;
2. Decides further that all States shall prevent:
(a) The export of coal;
(b) Any activities which promote the export of these
commodities;
"""


def test_txt_reflow_joins_wrapped_lines_dehyphenates_and_splits_numbered_paragraphs(tmp_path: Path) -> None:
    doc = read_document(make_txt(tmp_path / "res.txt", WRAPPED))
    assert_consistent(doc)
    assert doc.format == "txt"
    assert texts(doc) == [
        "The Security Council,",
        "Affirming the primary responsibility of the Government of the United Kingdom and the "
        "Secretary-General to act, in co-operation with all States,",
        "1. Decides that all States shall prevent the import of asbestos;",
        "2. Decides further that all States shall prevent:",
        "(a) The export of coal;",
        "(b) Any activities which promote the export of these commodities;",
    ]


def test_txt_dehyphenation_follows_the_documents_own_spelling(tmp_path: Path) -> None:
    text = (
        "The parties shall co-\nordinate their positions and remain well-\nknown to the depositary.\n\n"
        "Coordinate action is required, the Committee will re-\nport back.\n"
    )
    doc = read_document(make_txt(tmp_path / "h.txt", text))
    assert texts(doc) == [
        "The parties shall coordinate their positions and remain well-known to the depositary.",
        "Coordinate action is required, the Committee will report back.",
    ]


def test_txt_inline_enumeration_and_references_stay_in_their_paragraph(tmp_path: Path) -> None:
    text = (
        "21. Decides that States holding funds derived from any property,\n"
        "(a) of the authorities in the Republic, or (b) of commercial firms in\n"
        "the Republic, or controlled by such authorities as referred to in paragraph\n"
        "4. of resolution 757 (1992), shall require all persons to freeze them;\n"
    )
    doc = read_document(make_txt(tmp_path / "inline.txt", text))
    assert len(doc.paragraphs) == 1
    assert "property, (a) of the authorities" in doc.text


def test_txt_short_line_blocks_keep_their_lines(tmp_path: Path) -> None:
    text = (
        "This agreement is made between the parties named below and governs the supply of\n"
        "goods described in the schedule attached to it, as amended from time to time.\n"
        "\n"
        "Permanent Mission of Ruritania\n"
        "United Nations Plaza\n"
        "New York\n"
        "\n"
        "- apples\n"
        "- pears\n"
        "• plums\n"
    )
    doc = read_document(make_txt(tmp_path / "addr.txt", text))
    assert texts(doc)[1:] == [
        "Permanent Mission of Ruritania",
        "United Nations Plaza",
        "New York",
        "- apples",
        "- pears",
        "• plums",
    ]
    assert [p.kind for p in doc.paragraphs[4:]] == ["list", "list", "list"]


def test_txt_reflow_false_keeps_every_line(tmp_path: Path) -> None:
    doc = read_document(make_txt(tmp_path / "l.txt", WRAPPED), ReadOptions(reflow=False))
    expected = [line.strip() for line in WRAPPED.splitlines() if line.strip()]
    assert texts(doc) == expected
    assert_consistent(doc)


def test_markdown_headings(tmp_path: Path) -> None:
    doc = read_document(make_txt(tmp_path / "n.md", "# Sanctions note\n\nBody text here.\n\n## Annex\n"))
    assert doc.format == "md"
    assert doc.title == "Sanctions note"
    assert [(p.kind, p.level) for p in doc.paragraphs] == [("heading", 1), ("body", 0), ("heading", 2)]


SAMPLE = (
    "The “Agreement” enters into force — café, résumé, naïve; Señor Müller’s déjà vu.\n\nSecond paragraph."
)


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", False, "\n"),
        ("utf-8", True, "\r\n"),
        ("utf-16-le", True, "\r\n"),
        ("utf-16-be", True, "\n"),
        ("utf-16-le", False, "\r\n"),
        ("cp1252", False, "\r\n"),
        ("utf-8", False, "\r"),
    ],
)
def test_txt_encodings_and_line_ends(tmp_path: Path, encoding: str, bom: bool, newline: str) -> None:
    path = make_txt(tmp_path / "enc.txt", SAMPLE, encoding=encoding, bom=bom, newline=newline)
    doc = read_document(path)
    assert texts(doc) == SAMPLE.split("\n\n")
    assert "\ufeff" not in doc.text and "\r" not in doc.text


def test_txt_latin1_and_cyrillic_legacy_encodings(tmp_path: Path) -> None:
    latin = "Le Conseil de sécurité décide que les États Membres à l'exception de la République."
    assert texts(read_document(make_txt(tmp_path / "fr.txt", latin, encoding="latin-1"))) == [latin]
    russian = (
        "Совет Безопасности постановляет, что все государства-члены должны предотвращать поставки "
        "нефтепродуктов и сырой нефти в эту страну."
    )
    assert texts(read_document(make_txt(tmp_path / "ru.txt", russian, encoding="cp1251"))) == [russian]


def test_txt_unknown_suffix_that_is_text_is_read(tmp_path: Path) -> None:
    doc = read_document(make_txt(tmp_path / "notes.log", "First line of the note.\n\nSecond."))
    assert doc.format == "txt" and len(doc.paragraphs) == 2


def test_txt_five_megabytes_on_one_line(tmp_path: Path) -> None:
    words = "Decides that all Member States shall prevent the supply of refined petroleum products "
    path = make_txt(tmp_path / "big.txt", words * (5_000_000 // len(words)))
    doc = read_document(path)
    assert len(doc.paragraphs) == 1 and len(doc.text) > 4_900_000


def test_txt_five_megabytes_hard_wrapped(tmp_path: Path) -> None:
    para = "Decides that all Member States shall prevent the supply of refined petroleum pro- ducts. " * 8
    text = "\n\n".join([textwrap.fill(para, 70)] * (5_000_000 // len(para)))
    doc = read_document(make_txt(tmp_path / "wrapped.txt", text))
    assert len(doc.paragraphs) == 5_000_000 // len(para)


def test_read_text_uses_the_txt_rules() -> None:
    doc = read_text(WRAPPED, options=ReadOptions())
    assert doc.format == "text" and doc.source == "Pasted text"
    assert texts(doc)[2] == "1. Decides that all States shall prevent the import of asbestos;"
    assert_consistent(doc)


def test_read_text_empty_is_refused() -> None:
    with pytest.raises(DocumentError, match="Clipboard is empty"):
        read_text(" \n\t\n", source="Clipboard")


def test_file_filter_and_suffixes_agree() -> None:
    assert all(suffix.startswith(".") for suffix in SUPPORTED_SUFFIXES)
    first = FILE_FILTER.split(";;")[0]
    assert all(f"*{suffix}" in first for suffix in SUPPORTED_SUFFIXES)
    assert FILE_FILTER.endswith("All files (*)")


# --------------------------------------------------------------------------- UN corpus re-wrapping


def test_un_resolutions_read_the_same_whatever_the_wrap_width(shared: Path, tmp_path: Path) -> None:
    """Re-wrapping a resolution's text at another width must not change what we read.

    The copies are wrapped from the paragraphs as read (so OCR hyphenation already resolved), without
    breaking at hyphens: a compound split at its hyphen is genuinely ambiguous at a line end.
    """
    files = sorted((shared / "corpus" / "un").glob("S-RES-*.txt"))
    assert files
    for path in files:
        original = read_document(path)
        assert_consistent(original)
        raw = path.read_text(encoding="utf-8")
        blocks = [b for b in re.split(r"\n\s*\n", raw) if b.strip()]
        # about one paragraph per blank-line block; footnote lists and run-in list items add a few
        assert len(blocks) - 1 <= len(original.paragraphs) <= len(blocks) * 1.15 + 2, path.name
        starts = {original.paragraph_text(i)[:40] for i in range(len(original.paragraphs))}
        for block in blocks:
            first = block.strip().splitlines()[0]
            if re.match(r"\d{1,2}\. [A-Z]", first):  # numbered operative paragraphs stay separate
                assert " ".join(first.split())[:40] in starts, (path.name, first)
        for width in (60, 95):
            copy = "\n\n".join(
                textwrap.fill(t, width, break_on_hyphens=False, break_long_words=False)
                for t in texts(original)
            )
            rewrapped = read_document(make_txt(tmp_path / f"{path.stem}-{width}.txt", copy))
            assert rewrapped.text == original.text, (path.name, width)


# --------------------------------------------------------------------------- docx


def test_docx_numbering_labels_with_levels_and_restart(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "num.docx",
        [
            "The Security Council,",
            Item("Decides that all States shall prevent:"),
            Item("the import of coal;", level=1),
            Item("the export of iron;", level=1),
            Item("including ore;", level=2),
            Item("including pig-iron;", level=2),
            Item("Requests the Committee to report;"),
            Item("on implementation;", level=1),
            Item("Decides to remain seized of the matter.", num=LEGAL_RESTARTS[0]),
            Item("Further decides.", num=LEGAL_RESTARTS[0]),
            Item("An item", num=BULLETS),
            Styled("Styled list, first", "List Number"),
            Styled("Styled list, second", "List Number"),
            Item("Part four", num=UPPER),
            Item("Section one of part four", level=1, num=UPPER),
            Item("point a", level=2, num=UPPER),
        ],
    )
    doc = read_document(path)
    assert_consistent(doc)
    labels = [p.label for p in doc.paragraphs]
    assert labels == [
        None, "1.", "(a)", "(b)", "(i)", "(ii)", "2.", "(a)",
        "1.", "2.", None, "1.", "2.", "IV.", "4.1", "a)",
    ]  # fmt: skip
    assert [p.kind for p in doc.paragraphs[1:]] == ["list"] * 15
    assert doc.paragraphs[4].level == 2
    # the label is not part of the text
    assert doc.paragraph_text(1) == "Decides that all States shall prevent:"


def test_docx_empty_numbered_paragraph_still_counts_and_numid_zero_switches_off(tmp_path: Path) -> None:
    off = Raw(
        '<w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
        "</w:pPr><w:r><w:t>not numbered</w:t></w:r></w:p>"
    )
    doc = read_document(make_docx(tmp_path / "e.docx", [Item("first"), Item(""), Item("third"), off]))
    assert [(p.label, t) for p, t in zip(doc.paragraphs, texts(doc), strict=True)] == [
        ("1.", "first"),
        ("3.", "third"),
        (None, "not numbered"),
    ]


def test_docx_headings_tables_and_merged_cells(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "t.docx",
        [
            Heading("Annex", level=1),
            Heading("List of items", level=2),
            "Before the table.",
            Table(
                [["Item", "Quantity", "Note"], ["Coal", "3", "x"], ["Iron", "4", "y"]],
                merges=[((1, 2), (2, 2))],
            ),
            Table([["Wide merged header", "", ""], ["a", "b", "c"]], merges=[((0, 0), (0, 2))]),
            "After the table.",
        ],
        title="Sanctions annex",
        modified=datetime(2023, 5, 17, 9, 30, tzinfo=UTC),
    )
    doc = read_document(path)
    assert_consistent(doc)
    assert doc.title == "Sanctions annex" and doc.modified == "2023-05-17"
    assert [(p.kind, p.style, p.level) for p in doc.paragraphs[:2]] == [
        ("heading", "Heading 1", 1),
        ("heading", "Heading 2", 2),
    ]
    assert texts(doc)[2:] == [
        "Before the table.",
        "Item", "Quantity", "Note",
        "Coal", "3", "x", "y",  # vertically merged: both texts live in the top cell, once
        "Iron", "4",
        "Wide merged header",  # horizontally merged: one cell
        "a", "b", "c",
        "After the table.",
    ]  # fmt: skip
    assert {p.kind for p in doc.paragraphs[3:-1]} == {"table"}


def test_docx_tracked_changes_accept_and_original(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "rev.docx",
        [
            tracked(
                [
                    ("=", "All States shall "),
                    ("-", "prevent"),
                    ("+", "prohibit"),
                    ("=", " the supply of coal."),
                ]
            ),
            tracked([("=", "Exemptions apply to "), ("+", "food and ")], mark="del"),
            "medicine.",
            tracked([("+", "A wholly new paragraph.")], mark="ins"),
            "Closing paragraph.",
        ],
    )
    accepted = read_document(path)
    original = read_document(path, ORIGINAL)
    assert texts(accepted) == [
        "All States shall prohibit the supply of coal.",
        "Exemptions apply to food and medicine.",
        "A wholly new paragraph.",
        "Closing paragraph.",
    ]
    assert texts(original) == [
        "All States shall prevent the supply of coal.",
        "Exemptions apply to",
        "medicine.",
        "Closing paragraph.",
    ]
    assert accepted.warnings and original.warnings
    assert_consistent(accepted)
    assert_consistent(original)


def test_docx_fields_tabs_and_breaks(tmp_path: Path) -> None:
    raw = Raw(
        "<w:p><w:r><w:t>Item</w:t><w:tab/><w:t>value</w:t><w:br/><w:t>next line</w:t>"
        "<w:noBreakHyphen/><w:t>x</w:t></w:r></w:p>"
    )
    doc = read_document(
        make_docx(
            tmp_path / "f.docx",
            [tracked([("=", "See page "), ("f", "PAGEREF _Ref123 \\h|7"), ("=", ".")]), raw],
        )
    )
    assert texts(doc) == ["See page 7.", "Item\tvalue next line-x"]
    assert "PAGEREF" not in doc.text


# --------------------------------------------------------------------------- pdf

OPERATIVE = [
    f"{n}. Decides that all Member States shall prevent the direct or indirect supply, sale or transfer "
    f"of item {n} to the country, including by their nationals or from their territories;"
    for n in range(1, 10)
]


def test_pdf_drops_running_headers_footers_and_page_numbers(tmp_path: Path) -> None:
    pages = [["The Security Council,"] + OPERATIVE[0:3], OPERATIVE[3:6], OPERATIVE[6:9]]
    for header, footer in (
        ("S/RES/2397 (2017)", "Page {page} of {pages}"),
        (None, "- {page} -"),
        ("{page}", None),
    ):
        path = make_pdf(tmp_path / "res.pdf", pages, header=header, footer=footer, title="Resolution 2397")
        doc = read_document(path)
        assert_consistent(doc)
        assert texts(doc) == ["The Security Council,"] + OPERATIVE, (header, footer)
        assert doc.format == "pdf" and doc.title == "Resolution 2397" and doc.modified == "2024-03-01"


def test_pdf_paragraph_running_over_a_page_break_is_joined(tmp_path: Path) -> None:
    long = "Recalling its previous resolutions on the matter, " * 8
    first_part = long.strip()
    path = make_pdf(
        tmp_path / "cont.pdf", [["Preamble.", first_part], ["continued on the next page.", "End."]]
    )
    doc = read_document(path)
    assert texts(doc) == ["Preamble.", first_part + " continued on the next page.", "End."]


def test_pdf_reflow_false_keeps_lines(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "lines.pdf", [[OPERATIVE[0]]])
    doc = read_document(path, ReadOptions(reflow=False))
    assert len(doc.paragraphs) == 2  # the paragraph wraps onto two lines on the page
    assert " ".join(texts(doc)) == OPERATIVE[0]


def test_pdf_with_owner_password_only_opens(tmp_path: Path) -> None:
    doc = read_document(make_pdf(tmp_path / "owner.pdf", [OPERATIVE[:2]], owner_password="owner-secret"))
    assert texts(doc) == OPERATIVE[:2]


def test_pdf_with_aes_owner_password_opens(tmp_path: Path) -> None:
    pytest.importorskip("cryptography", reason="pypdf needs cryptography for AES")
    path = make_pdf(tmp_path / "aes.pdf", [OPERATIVE[:1]], owner_password="o", encryption="AES-256")
    assert texts(read_document(path)) == OPERATIVE[:1]
    locked = make_pdf(tmp_path / "aes-locked.pdf", [OPERATIVE[:1]], user_password="u", encryption="AES-128")
    with pytest.raises(EncryptedDocument, match="needs a password"):
        read_document(locked)


def test_pdf_with_user_password_is_refused(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "locked.pdf", [OPERATIVE[:2]], user_password="secret")
    with pytest.raises(EncryptedDocument, match=r"password-protected PDF: locked\.pdf"):
        read_document(path)


def test_pdf_partly_scanned_warns(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "part.pdf", [OPERATIVE[:1], [], OPERATIVE[1:2]])
    doc = read_document(path)
    assert texts(doc) == OPERATIVE[:2]
    assert doc.warnings == ["1 of 3 pages had no text (scanned images?)"]


# --------------------------------------------------------------------------- odt

ODT_CHANGES = (
    '<text:changed-region text:id="d1"><text:deletion><office:change-info><dc:creator>T</dc:creator>'
    "</office:change-info><text:p>prevent</text:p></text:deletion></text:changed-region>"
    '<text:changed-region text:id="i1"><text:insertion><office:change-info><dc:creator>T</dc:creator>'
    "</office:change-info></text:insertion></text:changed-region>"
)


def test_odt_structure_spaces_and_metadata(tmp_path: Path) -> None:
    path = make_odt(
        tmp_path / "a.odt",
        [
            Heading("Annex"),
            "Spaced  out\ttext with a\nline break",
            Item("coal"),
            Item("anthracite", level=1),
            Item("iron"),
            Table([["Item", "Qty"], ["Coal", "3"]]),
            Raw(
                "<text:p>Text<text:note><text:note-body><text:p>A footnote</text:p></text:note-body>"
                "</text:note> end</text:p>"
            ),
        ],
        title="ODT annex",
    )
    doc = read_document(path)
    assert_consistent(doc)
    assert doc.format == "odt" and doc.title == "ODT annex" and doc.modified == "2024-03-01"
    assert texts(doc) == [
        "Annex",
        "Spaced  out\ttext with a line break",
        "coal", "anthracite", "iron",
        "Item", "Qty", "Coal", "3",
        "Text end",
    ]  # fmt: skip
    assert [(p.kind, p.level) for p in doc.paragraphs[:5]] == [
        ("heading", 1), ("body", 0), ("list", 0), ("list", 1), ("list", 0),
    ]  # fmt: skip
    assert {p.kind for p in doc.paragraphs[5:9]} == {"table"}


def test_odt_tracked_changes_accept_and_original(tmp_path: Path) -> None:
    body = Raw(
        '<text:p>States shall <text:change text:change-id="d1"/><text:change-start text:change-id="i1"/>'
        'prohibit<text:change-end text:change-id="i1"/> the supply of coal.</text:p>'
    )
    path = make_odt(tmp_path / "rev.odt", [body], tracked_changes=ODT_CHANGES)
    assert texts(read_document(path)) == ["States shall prohibit the supply of coal."]
    assert texts(read_document(path, ORIGINAL)) == ["States shall prevent the supply of coal."]


# --------------------------------------------------------------------------- html and rtf


def test_html_blocks_lists_tables_and_chrome_dropped(tmp_path: Path) -> None:
    body = (
        "<nav>Home | About</nav><h1>Draft  resolution</h1>"
        "<p>The Security Council,<br>Recalling its resolutions,</p>"
        '<ol start="3"><li>Decides <b>firmly</b>;</li><li>Requests<ul><li>a report</li></ul></li></ol>'
        '<ol type="a"><li><p>coal</p></li><li>iron</li></ol>'
        "<table><tr><th>Item</th><td>Qty</td></tr></table><script>var x = 'hidden';</script>"
        "<div>Closing <i>text</i>\n   here</div><pre>line one\nline two</pre>"
    )
    doc = read_document(make_html(tmp_path / "page.html", body, title="UN draft"))
    assert_consistent(doc)
    assert doc.title == "UN draft" and doc.format == "html"
    assert texts(doc) == [
        "Draft resolution",
        "The Security Council,", "Recalling its resolutions,",
        "Decides firmly;", "Requests", "a report",
        "coal", "iron",
        "Item", "Qty",
        "Closing text here",
        "line one", "line two",
    ]  # fmt: skip
    assert [p.label for p in doc.paragraphs[3:8]] == ["3.", "4.", None, "a.", "b."]
    assert doc.paragraphs[0].kind == "heading" and doc.paragraphs[5].level == 1


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    path = make_html(tmp_path / "old.htm", "<p>Le “Conseil” décide — café</p>", charset="cp1252")
    assert texts(read_document(path)) == ["Le “Conseil” décide — café"]


def test_rtf_paragraphs_encoding_tables_and_info(tmp_path: Path) -> None:
    path = make_rtf(
        tmp_path / "r.rtf",
        [
            "The “Council” décide — ½ and 中文",
            "Second paragraph",
            Table([["A1", "B1"], ["A2", "B2"]]),
            "After",
        ],
        title="Résolution",
    )
    doc = read_document(path)
    assert_consistent(doc)
    assert texts(doc) == [
        "The “Council” décide — ½ and 中文",
        "Second paragraph",
        "A1",
        "B1",
        "A2",
        "B2",
        "After",
    ]
    assert doc.title == "Résolution" and doc.modified == "2024-03-01" and doc.format == "rtf"


def test_rtf_cyrillic_code_page(tmp_path: Path) -> None:
    doc = read_document(make_rtf(tmp_path / "ru.rtf", ["Совет Безопасности"], encoding="cp1251"))
    assert texts(doc) == ["Совет Безопасности"]


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path, enabled: bool) -> None:
    """Reading pauses the cyclic collector while it builds paragraphs (a file of many short lines makes
    hundreds of thousands of objects it keeps); it must be back as it was afterwards, even on an error."""
    import gc

    from compare.errors import EmptyDocument

    f = tmp_path / "lines.txt"
    f.write_text("Not applicable.\n" * 2000 + "\n1. Decides to remain seized.\n", encoding="utf-8")
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        doc = read_document(f)
        assert len(doc.paragraphs) >= 2000 and gc.isenabled() is enabled
        assert len(read_text("a\n\nb").paragraphs) == 2 and gc.isenabled() is enabled
        with pytest.raises(EmptyDocument):
            read_text("   ")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
