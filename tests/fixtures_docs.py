"""Build real test documents on disk: .txt, .docx, .pdf, .odt, .rtf, .html (and hostile variants).

Shared by every test module that needs input files. Each ``make_*`` function writes ``path`` and returns
it. Paragraph lists accept plain strings plus the small spec classes below, e.g.::

    make_docx(tmp_path / "a.docx", [
        Heading("Operative part"),
        Item("Decides ...", num=LEGAL),           # Word numbering "1."
        Item("first sub-item", level=1, num=LEGAL),  # "(a)"
        Table([["Item", "Qty"], ["Coal", "3"]]),
        tracked([("=", "The "), ("-", "old"), ("+", "new"), ("=", " text")]),
    ])
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Word numbering definitions added by make_docx (ids chosen not to clash with python-docx's template).
LEGAL = 50  # level 0 "%1." decimal, level 1 "(%2)" lowerLetter, level 2 "(%3)" lowerRoman
BULLETS = 51  # bullet list
LEGAL_RESTARTS = (52, 53, 54)  # the LEGAL list again, each restarting level 0 at 1 (Word's "Restart at 1")
UPPER = 55  # level 0 "%1." upperRoman starting at 4, level 1 "%1.%2" (decimal, legal style), level 2 "%3)"


# --------------------------------------------------------------------------- paragraph specs


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Item:
    """A list item; ``num`` is a Word numId (LEGAL, BULLETS, ...); in .odt/.html it only groups items."""

    text: str
    level: int = 0
    num: int = LEGAL


@dataclass(frozen=True)
class Styled:
    text: str
    style: str


@dataclass(frozen=True)
class Table:
    """Rows of cell texts. ``merges`` are ((row, col), (row, col)) corner pairs merged in Word."""

    rows: Sequence[Sequence[str]]
    merges: Sequence[tuple[tuple[int, int], tuple[int, int]]] = ()


@dataclass(frozen=True)
class Raw:
    """Raw XML for one block: a ``<w:p>`` for .docx (``w:`` prefix predeclared), ``<text:p>`` for .odt."""

    xml: str


@dataclass
class _Ids:
    """Revision ids must be unique within a document; unique across the test run is simpler."""

    next: int = 1000

    def take(self) -> int:
        self.next += 1
        return self.next


_ids = _Ids()


# --------------------------------------------------------------------------- plain text


def make_txt(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n", bom: bool = False) -> Path:
    """Write ``text`` ("\\n" line ends replaced by ``newline``) in ``encoding``, optionally with a BOM."""
    data = text.replace("\n", newline).encode(encoding)
    if bom:
        boms = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
        data = boms[encoding.lower()] + data
    Path(path).write_bytes(data)
    return Path(path)


# --------------------------------------------------------------------------- docx


def run_xml(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def tracked(parts: Iterable[tuple[str, str]], mark: str | None = None, style: str | None = None) -> Raw:
    """A paragraph with tracked changes: ``parts`` are ("=", text), ("+", inserted), ("-", deleted),
    ("f", "INSTRUCTION|result") for a complex field. ``mark`` "del"/"ins" revises the paragraph mark
    (a deleted mark merges this paragraph with the next one when accepted)."""
    attrs = 'w:author="Test" w:date="2024-03-01T10:00:00Z"'
    body: list[str] = []
    for op, text in parts:
        if op == "=":
            body.append(run_xml(text))
        elif op == "+":
            body.append(f'<w:ins w:id="{_ids.take()}" {attrs}>{run_xml(text)}</w:ins>')
        elif op == "-":
            body.append(f'<w:del w:id="{_ids.take()}" {attrs}>{run_xml(text, deleted=True)}</w:del>')
        elif op == "f":
            instr, result = text.split("|", 1)
            body.append(
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                f"{run_xml(result)}"
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            )
        else:
            raise ValueError(op)
    ppr = ""
    if mark or style:
        inner = f'<w:pStyle w:val="{style}"/>' if style else ""
        if mark:
            inner += f'<w:rPr><w:{mark} w:id="{_ids.take()}" {attrs}/></w:rPr>'
        ppr = f"<w:pPr>{inner}</w:pPr>"
    return Raw(f"<w:p>{ppr}{''.join(body)}</w:p>")


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, legal: bool = False) -> str:
    extra = "<w:isLgl/>" if legal else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
    )


def _numbering_xml() -> tuple[list[str], list[str]]:
    ns = f'xmlns:w="{W_NS}"'
    legal = (
        f'<w:abstractNum {ns} w:abstractNumId="50"><w:multiLevelType w:val="multilevel"/>'
        + _lvl(0, "decimal", "%1.")
        + _lvl(1, "lowerLetter", "(%2)")
        + _lvl(2, "lowerRoman", "(%3)")
        + "</w:abstractNum>"
    )
    bullets = (
        f'<w:abstractNum {ns} w:abstractNumId="51"><w:multiLevelType w:val="hybridMultilevel"/>'
        + _lvl(0, "bullet", "\u2022")
        + _lvl(1, "bullet", "o")
        + "</w:abstractNum>"
    )
    upper = (
        f'<w:abstractNum {ns} w:abstractNumId="55"><w:multiLevelType w:val="multilevel"/>'
        + _lvl(0, "upperRoman", "%1.", start=4)
        + _lvl(1, "decimal", "%1.%2", legal=True)
        + _lvl(2, "lowerLetter", "%3)")
        + "</w:abstractNum>"
    )
    nums = [
        f'<w:num {ns} w:numId="{LEGAL}"><w:abstractNumId w:val="50"/></w:num>',
        f'<w:num {ns} w:numId="{BULLETS}"><w:abstractNumId w:val="51"/></w:num>',
        f'<w:num {ns} w:numId="{UPPER}"><w:abstractNumId w:val="55"/></w:num>',
    ]
    for num_id in LEGAL_RESTARTS:
        nums.append(
            f'<w:num {ns} w:numId="{num_id}"><w:abstractNumId w:val="50"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    return [legal, bullets, upper], nums


def make_docx(
    path: Path,
    paragraphs: Sequence[str | Heading | Item | Styled | Table | Raw],
    *,
    title: str | None = None,
    modified: datetime | None = None,
) -> Path:
    """A real .docx written by python-docx, with LEGAL/BULLETS/UPPER numbering definitions available."""
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    abstracts, nums = _numbering_xml()
    first_num = numbering.find(f"{{{W_NS}}}num")
    for xml in abstracts:
        el = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
    for xml in nums:
        numbering.append(parse_xml(xml))

    body = doc.element.body
    for item in paragraphs:
        if isinstance(item, str):
            doc.add_paragraph(item)
        elif isinstance(item, Heading):
            doc.add_heading(item.text, level=item.level)
        elif isinstance(item, Styled):
            doc.add_paragraph(item.text, style=item.style)
        elif isinstance(item, Item):
            p = doc.add_paragraph(item.text)
            ppr = p._p.get_or_add_pPr()
            ppr.insert(
                0,
                parse_xml(
                    f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{item.level}"/>'
                    f'<w:numId w:val="{item.num}"/></w:numPr>'
                ),
            )
        elif isinstance(item, Table):
            ncols = max(len(r) for r in item.rows)
            table = doc.add_table(rows=len(item.rows), cols=ncols)
            for r, row in enumerate(item.rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            for (r1, c1), (r2, c2) in item.merges:
                table.cell(r1, c1).merge(table.cell(r2, c2))
        elif isinstance(item, Raw):
            wrapper = parse_xml(f'<w:wrapper xmlns:w="{W_NS}">{item.xml}</w:wrapper>')
            sect = body.find(f"{{{W_NS}}}sectPr")
            for el in list(wrapper):
                if sect is not None:
                    sect.addprevious(el)
                else:
                    body.append(el)
        else:
            raise TypeError(item)
    if title is not None:
        doc.core_properties.title = title
    doc.core_properties.modified = modified or datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
    doc.save(str(path))
    return Path(path)


# --------------------------------------------------------------------------- zip surgery


def make_zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return Path(path)


def zip_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rewrite_zip(src: Path, dst: Path, replace: dict[str, bytes]) -> Path:
    """Copy a package, replacing (or adding) members -- e.g. a hostile word/document.xml."""
    members = zip_members(src)
    members.update(replace)
    return make_zip(dst, members)


def document_xml(body_xml: str, prolog: str = "") -> bytes:
    """A minimal word/document.xml around ``body_xml`` (``prolog`` goes before the root, e.g. a DOCTYPE)."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body_xml}</w:body></w:document>'
    ).encode()


def deflate_spaces(inflated_bytes: int) -> tuple[bytes, int]:
    """A raw deflate stream that inflates to about ``inflated_bytes`` spaces, built in milliseconds.

    One literal space, then fixed-Huffman "copy 258 bytes from distance 1" symbols (13 bits each), so
    eight symbols are exactly 13 bytes and the stream is a repeated 13-byte pattern: ~6.5 MB per GB.
    Returns (stream, exact inflated size).
    """
    out = bytearray()
    acc = nbits = 0

    def bits(value: int, n: int) -> None:  # LSB-first, as deflate packs header fields
        nonlocal acc, nbits
        acc |= value << nbits
        nbits += n
        while nbits >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8

    def code(value: int, n: int) -> None:  # Huffman codes go most significant bit first
        bits(int(f"{value:0{n}b}"[::-1], 2), n)

    groups = max(1, (inflated_bytes - 1) // (258 * 8))
    bits(1, 1)  # BFINAL
    bits(1, 2)  # BTYPE = fixed Huffman
    code(0x30 + 0x20, 8)  # literal " "
    for _ in range(3 * 8):
        code(0xC0 + 5, 8)  # length code 285 = 258 bytes
        code(0, 5)  # distance code 0 = distance 1
    code(0, 7)  # end of block
    if nbits:
        out.append(acc & 0xFF)
    stream = bytes(out)
    # bytes 2.. lie in the periodic region (the prefix is 11 bits): repeat one 13-byte period
    extra = max(0, groups - 3)
    stream = stream[:2] + stream[2:15] * extra + stream[2:]
    return stream, 1 + 258 * 8 * (extra + 3)


def make_raw_zip(path: Path, entries: Sequence[tuple[str, bytes, int, int, int]]) -> Path:
    """A zip written byte by byte: (name, data as stored, method 0/8, crc32, declared size).

    Unlike zipfile this lets a test declare any uncompressed size, honest or lying."""
    import struct

    body = bytearray()
    central = bytearray()
    for name, data, method, crc, declared in entries:
        encoded = name.encode()
        offset = len(body)
        body += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(data), declared, len(encoded), 0
        )
        body += encoded + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(data), declared,
            len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += encoded
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(body), 0)
    Path(path).write_bytes(bytes(body + central + eocd))
    return Path(path)


def make_bomb_package(
    path: Path,
    members: dict[str, bytes],
    bomb_member: str,
    inflated_bytes: int,
    declared_bytes: int | None = None,
) -> Path:
    """A copy of a package whose ``bomb_member`` inflates to ``inflated_bytes`` (declared honestly unless
    ``declared_bytes`` says otherwise); the other members are stored uncompressed with correct CRCs."""
    import zlib

    entries = [
        (name, data, 0, zlib.crc32(data), len(data)) for name, data in members.items() if name != bomb_member
    ]
    stream, size = deflate_spaces(inflated_bytes)
    entries.append((bomb_member, stream, 8, 0, size if declared_bytes is None else declared_bytes))
    return make_raw_zip(path, entries)


# --------------------------------------------------------------------------- pdf


def make_pdf(
    path: Path,
    pages_of_lines: Sequence[Sequence[str]],
    *,
    header: str | None = None,
    footer: str | None = None,
    title: str | None = None,
    user_password: str | None = None,
    owner_password: str | None = None,
    encryption: str = "RC4-128",
    paragraph_gap: float = 4,
) -> Path:
    """A text PDF (fpdf2, Helvetica: Latin-1 text only). Each string is a paragraph, wrapped to the page;
    ``header``/``footer`` may use ``{page}`` and ``{pages}``. A password (user or owner) encrypts the
    result via pypdf with ``encryption`` (RC4-128 needs no extra packages; AES-128/AES-256 need
    the ``cryptography`` package)."""
    from fpdf import FPDF

    npages = len(pages_of_lines)

    class _Pdf(FPDF):
        def header(self) -> None:  # noqa: D401 - fpdf2 hook
            if header is not None:
                self.set_font("Helvetica", size=9)
                self.cell(0, 8, header.format(page=self.page_no(), pages=npages), align="C")
                self.ln(14)
                self.set_font("Helvetica", size=11)

        def footer(self) -> None:
            if footer is not None:
                self.set_y(-15)
                self.set_font("Helvetica", size=9)
                self.cell(0, 8, footer.format(page=self.page_no(), pages=npages), align="C")

    pdf = _Pdf()
    pdf.set_auto_page_break(False)
    if title:
        pdf.set_title(title)
    pdf.set_creation_date(datetime(2024, 3, 1, 12, 0, tzinfo=UTC))
    for lines in pages_of_lines:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for text in lines:
            pdf.multi_cell(0, 6, text)
            pdf.ln(paragraph_gap)
    data = bytes(pdf.output())
    if user_password is not None or owner_password is not None:
        data = encrypt_pdf(data, user_password or "", owner_password, encryption)
    Path(path).write_bytes(data)
    return Path(path)


def encrypt_pdf(
    data: bytes, user_password: str, owner_password: str | None = None, algorithm: str = "RC4-128"
) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password or (user_password + "-owner"), algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_textless_pdf(path: Path, pages: int = 2) -> Path:
    """Pages with drawings but no text layer -- what a scanner without OCR produces, minus the image."""
    from fpdf import FPDF

    pdf = FPDF()
    for i in range(pages):
        pdf.add_page()
        pdf.set_fill_color(40, 40, 40)
        pdf.rect(20, 20 + 10 * i, 120, 80, style="F")
        pdf.line(20, 150, 180, 160)
    Path(path).write_bytes(bytes(pdf.output()))
    return Path(path)


# --------------------------------------------------------------------------- odt

_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'office:version="1.3"'
)
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def odt_text(text: str) -> str:
    """Text for a text:p: runs of spaces become text:s, tabs text:tab, newlines text:line-break."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " " and (i == 0 or text[i - 1] == " " or i + 1 < len(text) and text[i + 1] == " "):
            j = i
            while j < len(text) and text[j] == " ":
                j += 1
            out.append(f'<text:s text:c="{j - i}"/>')
            i = j
            continue
        if ch == "\t":
            out.append("<text:tab/>")
        elif ch == "\n":
            out.append("<text:line-break/>")
        else:
            out.append(escape(ch))
        i += 1
    return "".join(out)


def make_odt(
    path: Path,
    paragraphs: Sequence[str | Heading | Item | Table | Raw],
    *,
    title: str | None = None,
    tracked_changes: str = "",
    content_xml: bytes | None = None,
) -> Path:
    """A real .odt zip (mimetype stored first, manifest, meta, content). ``tracked_changes`` is raw XML
    of ``<text:changed-region>`` elements; ``content_xml`` replaces the generated content entirely."""
    blocks: list[str] = []
    i = 0
    items = list(paragraphs)
    while i < len(items):
        item = items[i]
        if isinstance(item, Item):
            group: list[Item] = []
            while i < len(items) and isinstance(items[i], Item):
                group.append(items[i])
                i += 1
            blocks.append(_odt_list(group))
            continue
        if isinstance(item, str):
            blocks.append(f"<text:p>{odt_text(item)}</text:p>")
        elif isinstance(item, Heading):
            blocks.append(f'<text:h text:outline-level="{item.level}">{odt_text(item.text)}</text:h>')
        elif isinstance(item, Table):
            rows = "".join(
                "<table:table-row>"
                + "".join(f"<table:table-cell><text:p>{odt_text(c)}</text:p></table:table-cell>" for c in row)
                + "</table:table-row>"
                for row in item.rows
            )
            blocks.append(f'<table:table table:name="T{i}">{rows}</table:table>')
        elif isinstance(item, Raw):
            blocks.append(item.xml)
        else:
            raise TypeError(item)
        i += 1
    region = f"<text:tracked-changes>{tracked_changes}</text:tracked-changes>" if tracked_changes else ""
    content = (
        content_xml
        or (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODT_NS}>'
            f"<office:body><office:text>{region}{''.join(blocks)}</office:text></office:body>"
            "</office:document-content>"
        ).encode()
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODT_NS}><office:meta>'
        + (f"<dc:title>{escape(title)}</dc:title>" if title else "")
        + "<dc:date>2024-03-01T12:00:00</dc:date></office:meta></office:document-meta>"
    ).encode()
    manifest = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        b'manifest:version="1.3">'
        b'<manifest:file-entry manifest:full-path="/" '
        b'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        b'<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        b"</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return Path(path)


def _odt_list(items: list[Item]) -> str:
    """Nested text:list markup for items with levels (a deeper item nests in the previous one)."""
    out: list[str] = ["<text:list>"]
    depth = 0
    open_item = False
    for item in items:
        while depth < item.level:
            out.append("<text:list>" if open_item else "<text:list-item><text:list>")
            depth += 1
            open_item = False
        while depth > item.level:
            if open_item:
                out.append("</text:list-item>")
            out.append("</text:list>")
            depth -= 1
            open_item = True
        if open_item:
            out.append("</text:list-item>")
        out.append(f"<text:list-item><text:p>{odt_text(item.text)}</text:p>")
        open_item = True
    while depth > 0:
        if open_item:
            out.append("</text:list-item>")
        out.append("</text:list>")
        depth -= 1
        open_item = True
    if open_item:
        out.append("</text:list-item>")
    out.append("</text:list>")
    return "".join(out)


# --------------------------------------------------------------------------- rtf and html


def rtf_escape(text: str, encoding: str = "cp1252") -> str:
    out: list[str] = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append("".join(f"\\'{b:02x}" for b in ch.encode(encoding)))
            except UnicodeEncodeError:
                code = ord(ch)
                out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def make_rtf(
    path: Path,
    paragraphs: Sequence[str | Table],
    *,
    title: str | None = None,
    encoding: str = "cp1252",
    revised: tuple[int, int, int] | None = (2024, 3, 1),
) -> Path:
    """An .rtf with one ``\\par`` per paragraph; tables as ``\\cell``/``\\row``; an ``\\info`` group."""
    cp = encoding.removeprefix("cp")
    info = ""
    if title or revised:
        info = "{\\info"
        if title:
            info += "{\\title " + rtf_escape(title, encoding) + "}"
        if revised:
            y, m, d = revised
            info += f"{{\\revtim\\yr{y}\\mo{m}\\dy{d}\\hr10\\min0}}"
        info += "}"
    body: list[str] = []
    for item in paragraphs:
        if isinstance(item, Table):
            for row in item.rows:
                cells = "".join(f"\\cellx{2000 * (i + 1)}" for i in range(len(row)))
                body.append(
                    "\\trowd"
                    + cells
                    + " "
                    + "".join(f"\\pard\\intbl {rtf_escape(c, encoding)}\\cell " for c in row)
                    + "\\row\n"
                )
            body.append("\\pard\n")
        else:
            body.append("\\pard " + rtf_escape(item, encoding) + "\\par\n")
    doc = (
        f"{{\\rtf1\\ansi\\ansicpg{cp}\\deff0{{\\fonttbl{{\\f0\\froman Times New Roman;}}}}"
        f"{info}\n\\f0\\fs24\n{''.join(body)}}}"
    )
    Path(path).write_bytes(doc.encode("ascii"))
    return Path(path)


def make_html(
    path: Path,
    body: str,
    *,
    title: str | None = None,
    charset: str = "utf-8",
    declare_charset: bool = True,
    head_extra: str = "",
) -> Path:
    """An HTML page around ``body`` (raw HTML), encoded in ``charset`` and optionally declaring it."""
    meta = f'<meta charset="{charset}">' if declare_charset else ""
    t = f"<title>{escape(title)}</title>" if title else ""
    page = f"<!DOCTYPE html>\n<html><head>{meta}{t}{head_extra}</head>\n<body>\n{body}\n</body></html>\n"
    Path(path).write_bytes(page.encode(charset))
    return Path(path)


# --------------------------------------------------------------------------- fuzzing helpers

_XML_SNIPPETS = (
    "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>x</w:t>", "<w:ins w:id='9' w:author='a'>", "</w:ins>",
    "<w:del w:id='8' w:author='a'>", "</w:del>", "<w:delText>gone</w:delText>", "<w:tbl>", "<w:tc>",
    "<w:numPr><w:ilvl w:val='7'/><w:numId w:val='50'/></w:numPr>", "<w:fldChar w:fldCharType='begin'/>",
    "<w:fldChar w:fldCharType='end'/>", "<w:pPr><w:rPr><w:del w:id='7' w:author='a'/></w:rPr></w:pPr>",
    "<text:p>", "</text:p>", "<text:s text:c='99999999'/>", "<text:list>",
    "<text:change text:change-id='x'/>",
    "<table:table-cell>", "&amp;", "&#0;", "&#x1F600;", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>",
    "<!DOCTYPE x [<!ENTITY e 'v'>]>", "&e;", "\x00", "\ufffd", "<w:lvlText w:val='%9%1%0'/>",
    "<w:start w:val='-5'/>", "<w:numFmt w:val='upperLetter'/>", "<w:lvlRestart w:val='0'/>",
)  # fmt: skip


def mutate_bytes(data: bytes, rng) -> bytes:
    """A few random byte-level edits: flips, deletions, insertions, duplications, truncation."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if not buf:
            buf.extend(rng.randbytes(rng.randint(1, 64)))
            continue
        op = rng.randrange(5)
        i = rng.randrange(len(buf))
        if op == 0:
            buf[i] = rng.randrange(256)
        elif op == 1:
            del buf[i : i + rng.randint(1, 256)]
        elif op == 2:
            buf[i:i] = rng.randbytes(rng.randint(1, 64))
        elif op == 3:
            j = rng.randrange(len(buf))
            buf[i:i] = buf[j : j + rng.randint(1, 512)]
        else:
            del buf[i:]
    return bytes(buf)


def mutate_text(text: str, rng) -> str:
    """Edits that keep a markup file plausible: snippets of WordprocessingML/ODF, cuts, duplications."""
    for _ in range(rng.randint(1, 5)):
        i = rng.randrange(len(text) + 1)
        op = rng.randrange(4)
        if op == 0:
            text = text[:i] + rng.choice(_XML_SNIPPETS) + text[i:]
        elif op == 1:
            text = text[:i] + text[i + rng.randint(1, 80) :]
        elif op == 2:
            j = rng.randrange(len(text) + 1)
            text = text[:i] + text[j : j + rng.randint(1, 400)] + text[i:]
        else:
            text = (
                text[:i] + "".join(chr(rng.randrange(1, 0x2FFF)) for _ in range(rng.randint(1, 8))) + text[i:]
            )
    return text


def mutate_package(data: bytes, rng) -> bytes:
    """Mutate the XML inside a .docx/.odt and repack it, so the zip stays valid and the parsers are hit."""
    members = zip_members_bytes(data)
    xml_names = [n for n in members if n.endswith(".xml")]
    for name in rng.sample(xml_names, k=min(len(xml_names), rng.randint(1, 2))):
        members[name] = mutate_text(members[name].decode("utf-8", "replace"), rng).encode(
            "utf-8", "surrogatepass"
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
    return out.getvalue()


def zip_members_bytes(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def seed_documents(folder: Path) -> dict[str, bytes]:
    """One small but feature-rich document per format, as bytes keyed by suffix (fuzzing seeds)."""
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = [
        Heading("Annex"),
        "The Security Council,",
        Item("Decides that all States shall prevent:"),
        Item("the supply of coal;", level=1),
        Table([["Item", "Qty"], ["Coal", "3"]]),
    ]
    txt = "The Security Council,\n\n1. Decides that all\nStates shall govern-\nment;\n(a) coal;"
    revised = tracked([("=", "A "), ("-", "b"), ("+", "c"), ("f", "PAGE|1")], mark="del")
    pdf_pages = [["The Security Council,", "1. Decides."], ["2. Requests."]]
    html = "<h1>T</h1><p>Para<br>two</p><ol><li>a</li></ol><table><tr><td>c</td></tr></table>"
    makers = {
        ".txt": lambda p: make_txt(p, txt),
        ".docx": lambda p: make_docx(p, [*paragraphs, revised, "end"]),
        ".pdf": lambda p: make_pdf(p, pdf_pages, footer="- {page} -"),
        ".odt": lambda p: make_odt(p, paragraphs),
        ".rtf": lambda p: make_rtf(p, ["The “Council”", "Decides", Table([["a", "b"]])], title="T"),
        ".html": lambda p: make_html(p, html),
    }
    return {suffix: make(folder / f"seed{suffix}").read_bytes() for suffix, make in makers.items()}
