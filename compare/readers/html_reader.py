"""HTML pages (saved web versions of treaties, press releases): block elements become paragraphs.

Scripts, styles, navigation and the head are dropped; whitespace is collapsed the way a browser does;
``<br>`` ends a paragraph (pages use it for addresses and for blank-line paragraphs); ``<pre>`` keeps its
lines. Items of an ``<ol>`` get the label the browser would draw ("3.", "c.") in ``Paragraph.label``;
table cells are paragraphs of kind "table". The page header and footer a word processor saves with the
page (LibreOffice: ``<div title="header">``, ``<div title="footer">``, holding "Page 3" or the document
symbol) are print furniture, not text, and are dropped as the PDF reader drops running lines.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree
from lxml import html as lxml_html

from compare.errors import CorruptDocument, EmptyDocument
from compare.readers.docx_numbering import format_number
from compare.readers.docx_reader import iso_date
from compare.readers.encoding import decode_bytes
from compare.readers.extracted import Extracted

_SKIP = {
    "script",
    "style",
    "nav",
    "head",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "select",
    "textarea",
}
_FURNITURE = {"header", "footer", "first page header", "first page footer", "left page header"}
_BLOCK = {
    "html",
    "body",
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "address",
    "blockquote",
    "figure",
    "figcaption",
    "dl",
    "dt",
    "dd",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "hr",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "center",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
}
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_MAX_DEPTH = 200


def decode_html(data: bytes) -> str:
    """BOM first, then the page's own <meta charset>, then the plain-text detection."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                codec = codecs.lookup(m.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                codec = None
            if codec is not None and codec.name not in ("utf-16", "utf-16-le", "utf-16-be"):
                return data.decode(codec.name, errors="replace")
    return decode_bytes(data)[0]


def read_html(data: bytes, name: str) -> Extracted:
    text = _XML_DECL.sub("", decode_html(data), count=1)
    if not text.strip():
        raise EmptyDocument(f"{name} is empty", name)
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except etree.ParserError as exc:
        raise EmptyDocument(f"{name} is empty (no HTML content)", name) from exc
    except (etree.LxmlError, ValueError) as exc:
        raise CorruptDocument(f"{name} is not readable HTML", name) from exc
    title_el = root.find(".//title")
    title = " ".join(title_el.text_content().split()) if title_el is not None else ""
    modified = None
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("http-equiv") or "").lower()
        if key in ("dcterms.modified", "last-modified", "article:modified_time", "date", "dc.date"):
            modified = iso_date(meta.get("content") or "")
            if modified:
                break
    walker = _Walker()
    walker.walk(root, {"meta": {}}, 0)
    walker.flush({"meta": {}})
    return Extracted(walker.out, title or None, modified)


class _Walker:
    def __init__(self) -> None:
        self.out: list[tuple[str, dict]] = []
        self.buf: list[str] = []
        self.next_number: dict[int, int] = {}  # the number the last numbered list at each depth reached

    def flush(self, ctx: dict) -> None:
        text = " ".join("".join(self.buf).split())
        self.buf = []
        if not text:
            return
        meta = dict(ctx["meta"])
        label = ctx.pop("label", None)
        if label:
            meta["label"] = label
        self.out.append((text, meta))

    def walk(self, el, ctx: dict, depth: int) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag is None or tag in _SKIP:
            return
        if tag == "div" and (el.get("title") or "").strip().lower() in _FURNITURE:
            return
        if tag == "br":
            self.flush(ctx)
            return
        if depth > _MAX_DEPTH:  # pathological nesting: keep the words, lose the structure
            self.buf.append(" " + el.text_content() + " ")
            return
        if tag not in _BLOCK:
            if el.text:
                self.buf.append(el.text)
            for child in el:
                self.walk(child, ctx, depth + 1)
                if child.tail:
                    self.buf.append(child.tail)
            return
        self.flush(ctx)
        inner = self._context(el, tag, ctx)
        if tag == "pre":
            for line in el.text_content().splitlines():
                self.buf.append(line)
                self.flush(inner)
            return
        if tag == "ol":
            start = self._start(el)
            first = next((c for c in el if isinstance(c.tag, str)), None)
            if el.get("start") is None and first is not None and first.tag.lower() in ("ol", "ul"):
                # LibreOffice writes a list resumed after an interruption that starts at a deeper level
                # ("shall freeze:" then "(i) ...", then "4. ...") as an <ol> opening with a sub-list and
                # no start: it continues the numbering of the previous list at its depth
                start = self.next_number.get(inner.get("list_depth", 1), start)
            inner = dict(inner, counter=start, fmt=_OL_TYPES.get(el.get("type") or "1", "decimal"))
        if el.text:
            self.buf.append(el.text)
        for child in el:
            self.walk(child, inner, depth + 1)
            if child.tail:
                self.buf.append(child.tail)
        self.flush(inner)

    def _context(self, el, tag: str, ctx: dict) -> dict:
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return {"meta": {"kind": "heading", "level": int(tag[1])}}
        if tag in ("td", "th", "caption"):
            return {"meta": {"kind": "table"}}
        if tag == "li":
            meta = {"kind": "list", "level": ctx.get("list_depth", 1) - 1}
            new = {"meta": meta, "list_depth": ctx.get("list_depth", 1)}
            if ctx.get("counter") is not None:
                value = _int(el.get("value"))
                if value is not None:
                    ctx["counter"] = value
                new["label"] = format_number(ctx["counter"], ctx["fmt"]) + "."
                ctx["counter"] += 1
                self.next_number[ctx.get("list_depth", 1)] = ctx["counter"]
            return new
        if tag in ("ol", "ul"):
            return {"meta": ctx["meta"], "list_depth": ctx.get("list_depth", 0) + 1}
        if tag in ("table", "thead", "tbody", "tfoot", "tr"):
            return {"meta": {"kind": "table"}}
        if ctx["meta"].get("kind") in ("list", "table"):
            return ctx  # a <p> inside an <li> or <td> stays a list item / table cell
        return {"meta": {}}

    @staticmethod
    def _start(el) -> int:
        start = _int(el.get("start"))
        return 1 if start is None else start


def _int(value: str | None) -> int | None:
    try:
        return int(value.strip()) if value is not None else None
    except ValueError:
        return None
