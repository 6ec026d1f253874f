"""Readers facing missing, damaged, disguised and hostile files: always a clear DocumentError, fast."""

from __future__ import annotations

import hashlib
import os
import random
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from fixtures_docs import (
    Item,
    document_xml,
    make_bomb_package,
    make_docx,
    make_html,
    make_odt,
    make_pdf,
    make_rtf,
    make_textless_pdf,
    make_txt,
    make_zip,
    rewrite_zip,
    zip_members,
)

from compare.errors import CorruptDocument, DocumentError, EmptyDocument, TooLarge, UnsupportedFormat
from compare.readers import MAX_FILE_BYTES, read_document


def fails(path: Path, kind: type[DocumentError] = DocumentError, match: str | None = None) -> DocumentError:
    """Read ``path`` expecting ``kind``; the message must be one line that names the file."""
    with pytest.raises(kind) as info:
        read_document(path)
    message = str(info.value)
    assert path.name in message and "\n" not in message, message
    if match is not None:
        assert match in message, message
    return info.value


# --------------------------------------------------------------------------- the file itself


def test_missing_file(tmp_path: Path) -> None:
    err = fails(tmp_path / "draft-v2.docx", match="does not exist")
    assert type(err) is DocumentError


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "resolutions.txt"
    folder.mkdir()
    fails(folder, match="is a folder")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = make_txt(tmp_path / "secret.txt", "text")
    path.chmod(0)
    try:
        fails(path, match="permission denied")
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    fails(pipe, UnsupportedFormat, match="not a regular file")  # returns at all: it never opened the pipe


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: costs no disk and no time
        fh.truncate(MAX_FILE_BYTES + 1)
    fails(path, TooLarge, match="limit is 200 MB")


@pytest.mark.parametrize("content", [b"", b"   \r\n\t\n  ", b"\xef\xbb\xbf\r\n", "  \n".encode("utf-16")])
def test_empty_text_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    fails(path, EmptyDocument, match="empty.txt is empty")


@pytest.mark.parametrize(
    "maker",
    [
        lambda p: make_docx(p / "blank.docx", ["", "   "]),
        lambda p: make_odt(p / "blank.odt", ["", " "]),
        lambda p: make_rtf(p / "blank.rtf", [" "]),
        lambda p: make_html(p / "blank.html", "<p> </p><script>var a;</script>"),
    ],
)
def test_documents_without_text_are_empty(tmp_path: Path, maker: Callable[[Path], Path]) -> None:
    fails(maker(tmp_path), EmptyDocument, match="is empty")


# --------------------------------------------------------------------------- wrong or disguised content


def test_binary_garbage_with_a_text_suffix(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(random.Random(7).randbytes(20_000))
    fails(path, UnsupportedFormat, match="not a text document")


@pytest.mark.parametrize(
    ("head", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF executable"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "Windows program"),
    ],
)
def test_images_and_programs_are_named(tmp_path: Path, head: bytes, what: str) -> None:
    path = tmp_path / "document.txt"
    path.write_bytes(head + bytes(range(256)) * 4)
    err = fails(path, UnsupportedFormat, match="is not a text document (looks like ")
    assert what in str(err)


def test_old_binary_word_file(tmp_path: Path) -> None:
    path = tmp_path / "legacy.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    fails(path, UnsupportedFormat, match="save it as .docx")


def test_misnamed_files_are_read_as_what_they_are(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "real.pdf", [["A paragraph in a PDF."]])
    docx = make_docx(tmp_path / "real.docx", ["A paragraph in Word."])
    odt = make_odt(tmp_path / "real.odt", ["A paragraph in ODF."])
    rtf = make_rtf(tmp_path / "real.rtf", ["A paragraph in RTF."])
    for src, fmt, text in (
        (pdf, "pdf", "A paragraph in a PDF."),
        (docx, "docx", "A paragraph in Word."),
        (odt, "odt", "A paragraph in ODF."),
        (rtf, "rtf", "A paragraph in RTF."),
    ):
        disguised = tmp_path / f"{fmt}-really.txt"
        disguised.write_bytes(src.read_bytes())
        doc = read_document(disguised)
        assert (doc.format, doc.text) == (fmt, text)
    swapped = tmp_path / "odt-really.docx"
    swapped.write_bytes(odt.read_bytes())
    assert read_document(swapped).format == "odt"


def test_text_file_named_like_a_binary_format(tmp_path: Path) -> None:
    for suffix, kind in ((".docx", CorruptDocument), (".pdf", CorruptDocument), (".odt", CorruptDocument)):
        fails(make_txt(tmp_path / f"plain{suffix}", "Just some text."), kind, match="damaged or not really")
    fails(make_txt(tmp_path / "plain.rtf", "Just some text."), CorruptDocument, match="not a valid RTF")


# --------------------------------------------------------------------------- damaged packages


def test_truncated_docx(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "full.docx", [f"Paragraph {i}." for i in range(50)]).read_bytes()
    for fraction in (0.2, 0.6, 0.97):
        path = tmp_path / f"cut{fraction}.docx"
        path.write_bytes(data[: int(len(data) * fraction)])
        fails(path, CorruptDocument, match="damaged or truncated")


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    members = {"readme.txt": b"hello", "data/x.bin": b"\x00\x01"}
    fails(make_zip(tmp_path / "archive.docx", members), CorruptDocument, match="no word/document.xml")
    fails(make_zip(tmp_path / "archive.zip", members), UnsupportedFormat, match="ZIP archive")
    sheet = make_zip(tmp_path / "book.docx", {"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"})
    fails(sheet, UnsupportedFormat, match="spreadsheet")
    ods = make_zip(tmp_path / "calc.odt", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"})
    fails(ods, UnsupportedFormat, match="spreadsheet")


@pytest.mark.parametrize(
    "xml",
    [
        b"<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body><w:p>",
        b"not xml at all",
        b"",
        b"<?xml version='1.0'?><html><body>wrong root</body></html>",
    ],
)
def test_malformed_document_xml(tmp_path: Path, xml: bytes) -> None:
    base = make_docx(tmp_path / "base.docx", ["Hello"])
    fails(rewrite_zip(base, tmp_path / "bad.docx", {"word/document.xml": xml}), CorruptDocument)


def test_damaged_numbering_part_costs_labels_not_the_document(tmp_path: Path) -> None:
    base = make_docx(tmp_path / "base.docx", [Item("Decides."), Item("Requests.")])
    bad = rewrite_zip(base, tmp_path / "bad.docx", {"word/numbering.xml": b"<w:numbering garbage"})
    doc = read_document(bad)
    assert doc.text == "Decides.\nRequests."
    assert [p.label for p in doc.paragraphs] == [None, None]


def test_malformed_odt_content(tmp_path: Path) -> None:
    fails(make_odt(tmp_path / "bad.odt", [], content_xml=b"<office:document-content"), CorruptDocument)
    no_body = b"<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0'/>"
    fails(make_odt(tmp_path / "nobody.odt", [], content_xml=no_body), CorruptDocument, match="no office:text")


def test_damaged_pdfs(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "ok.pdf", [["First page text."], ["Second page text."]]).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    fails(cut, CorruptDocument)
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + random.Random(3).randbytes(5000))
    fails(junk, CorruptDocument)


def test_scanned_pdf_without_text(tmp_path: Path) -> None:
    err = fails(make_textless_pdf(tmp_path / "scan.pdf"), match="scanned PDF: no text to compare")
    assert type(err) is DocumentError


def test_damaged_rtf_never_escapes_as_another_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.rtf"
    path.write_bytes(b"{\\rtf1\\ansi {\\b unclosed group \\'zz \\u99999999999 text}}}}} more \\par")
    try:
        doc = read_document(path)
    except DocumentError as err:
        assert path.name in str(err)
    else:
        assert "unclosed group" in doc.text


# --------------------------------------------------------------------------- hostile packages

GIGABYTES = 2 * 1024**3


@pytest.mark.parametrize(
    ("maker", "member", "suffix"),
    [
        (lambda p: make_docx(p, ["Hello"]), "word/document.xml", ".docx"),
        (lambda p: make_odt(p, ["Hello"]), "content.xml", ".odt"),
    ],
)
def test_zip_bombs_are_refused_fast(tmp_path: Path, maker, member: str, suffix: str) -> None:
    members = zip_members(maker(tmp_path / f"base{suffix}"))
    honest = make_bomb_package(tmp_path / f"bomb{suffix}", members, member, GIGABYTES)
    lying = make_bomb_package(tmp_path / f"liar{suffix}", members, member, GIGABYTES, declared_bytes=5000)
    with zipfile.ZipFile(honest) as zf:
        assert zf.getinfo(member).file_size > 2_000_000_000  # it really does inflate to gigabytes
    start = time.perf_counter()
    fails(honest, TooLarge, match="zip bomb")
    fails(lying, CorruptDocument)  # inflation stops at the declared size; the CRC then fails
    assert time.perf_counter() - start < 2


def _secret(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-PASSWORD-42")
    return secret


def test_docx_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = _secret(tmp_path)
    base = make_docx(tmp_path / "base.docx", ["Hello"])
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "{secret.as_uri()}">')
    body = "<w:p><w:r><w:t>Before &xxe; after</w:t></w:r></w:p>"
    variants = {
        "xxe": document_xml(body, f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'),
        "dtd": document_xml(body.replace("xxe", "leak"), f'<!DOCTYPE w:document SYSTEM "{dtd.as_uri()}">'),
        "param": document_xml(
            body.replace("&xxe;", ""),
            f'<!DOCTYPE w:document [<!ENTITY % p SYSTEM "{dtd.as_uri()}"> %p; ]>',
        ),
    }
    for name, xml in variants.items():
        path = rewrite_zip(base, tmp_path / f"{name}.docx", {"word/document.xml": xml})
        try:
            doc = read_document(path)
        except CorruptDocument:
            continue  # refusing the file is as safe as reading it without the entity
        assert "TOPSECRET" not in doc.text, name
        assert doc.text.startswith("Before") and doc.text.endswith("after"), name


def test_entity_expansion_bomb_is_not_expanded(tmp_path: Path) -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    prolog = f'<!DOCTYPE w:document [<!ENTITY l0 "lol">{lol}]>'
    base = make_docx(tmp_path / "base.docx", ["Hello"])
    path = rewrite_zip(
        base,
        tmp_path / "laughs.docx",
        {"word/document.xml": document_xml("<w:p><w:r><w:t>a &l9; b</w:t></w:r></w:p>", prolog)},
    )
    start = time.perf_counter()
    try:
        doc = read_document(path)
    except CorruptDocument:
        pass
    else:
        assert len(doc.text) < 100
    assert time.perf_counter() - start < 1


def test_odt_and_html_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = _secret(tmp_path)
    content = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        "<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
        "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0'><office:body><office:text>"
        "<text:p>Before &xxe; after</text:p></office:text></office:body></office:document-content>"
    ).encode()
    odt = make_odt(tmp_path / "xxe.odt", [], content_xml=content)
    assert read_document(odt).text == "Before after"
    html = tmp_path / "xxe.html"
    html.write_text(
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        "<html><body><p>Before &xxe; after</p></body></html>"
    )
    text = read_document(html).text
    assert "TOPSECRET" not in text and "Before" in text


# --------------------------------------------------------------------------- inputs stay untouched

MAKERS: dict[str, Callable[[Path], Path]] = {
    "txt": lambda p: make_txt(p / "a.txt", "Line one\nline two.\n\n1. Decides."),
    "docx": lambda p: make_docx(p / "a.docx", ["Hello", Item("Decides.")]),
    "pdf": lambda p: make_pdf(p / "a.pdf", [["Hello world."]]),
    "odt": lambda p: make_odt(p / "a.odt", ["Hello"]),
    "rtf": lambda p: make_rtf(p / "a.rtf", ["Hello"]),
    "html": lambda p: make_html(p / "a.html", "<p>Hello</p>"),
}


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_reading_never_modifies_the_input(tmp_path: Path, fmt: str) -> None:
    path = MAKERS[fmt](tmp_path)
    os.utime(path, (1_600_000_000, 1_600_000_000))
    before = (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        path.stat().st_mtime,
        sorted(os.listdir(tmp_path)),
    )
    doc = read_document(path)
    after = (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        path.stat().st_mtime,
        sorted(os.listdir(tmp_path)),
    )
    assert before == after
    assert doc.format == fmt and doc.text


def test_file_date_is_used_when_the_format_has_none(tmp_path: Path) -> None:
    path = make_txt(tmp_path / "dated.txt", "Text.")
    os.utime(path, (1_600_000_000, 1_600_000_000))  # 2020-09-13 UTC
    assert read_document(path).modified in ("2020-09-13", "2020-09-12", "2020-09-14")
