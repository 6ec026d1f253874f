"""OpenDocument Text (.odt): content.xml parsed with the safe parser, tracked changes honoured.

ODF keeps deleted text in a ``text:tracked-changes`` region at the top of the body and marks where it was
with ``text:change``; inserted text sits in the body between ``text:change-start`` and ``text:change-end``.
Accepting therefore means: skip the region, keep the body as is. Reading the original means: drop the
inserted ranges and put each deletion's text back at its ``text:change`` mark (a multi-paragraph deletion
is put back inline, joined with spaces). Whitespace follows ODF rules: runs of spaces, tabs and newlines
in the XML are one space; ``text:s``, ``text:tab`` and ``text:line-break`` are explicit.
"""

from __future__ import annotations

import re

from lxml import etree

from compare.errors import CorruptDocument
from compare.readers.docx_reader import iso_date
from compare.readers.extracted import Extracted
from compare.readers.odt_numbering import OdtNumbering, list_styles
from compare.readers.safety import SafeZip

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_T = f"{{{TEXT}}}"
_TB = f"{{{TABLE}}}"
_O = f"{{{OFFICE}}}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"

ODT_MIMETYPES = (
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
)

# Placeholders for explicit whitespace, so the ODF whitespace collapsing does not touch it.
_SPACE, _TAB = "\ue000", "\ue001"
_WS = re.compile(r"[ \t\r\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")

# Elements whose content is not part of the running text.
_SKIP = {
    _T + "tracked-changes",
    _T + "note",  # footnotes and endnotes
    _O + "annotation",
    _O + "annotation-end",
    _T + "bookmark-ref",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}custom-shape",
    _T + "sequence-decls",
    _T + "variable-decls",
    _T + "user-field-decls",
}


def read_odt(zp: SafeZip, name: str, revisions: str = "accept") -> Extracted:
    if not zp.has("content.xml"):
        raise CorruptDocument(f"{name} is not an OpenDocument text (no content.xml inside)", name)
    root = zp.read_xml("content.xml")
    body = root.find(_O + "body")
    text_root = body.find(_O + "text") if body is not None else None
    if text_root is None:
        raise CorruptDocument(f"{name} is not an OpenDocument text document (no office:text body)", name)
    styles_root = None
    if zp.has("styles.xml"):
        try:
            styles_root = zp.read_xml("styles.xml")
        except CorruptDocument:  # a damaged styles part costs us labels, not the document
            styles_root = None
    numbering = OdtNumbering(list_styles(styles_root, root))
    walker = _Walker(text_root, original=revisions == "original", numbering=numbering)
    walker.blocks(text_root, "body", 0)
    title, modified = _meta(zp)
    return Extracted(walker.out, title, modified, len(walker.changes))


def _meta(zp: SafeZip) -> tuple[str | None, str | None]:
    if not zp.has("meta.xml"):
        return None, None
    try:
        root = zp.read_xml("meta.xml", limit=4 * 1024 * 1024)
    except CorruptDocument:
        return None, None
    title = root.find(f".//{_DC}title")
    date = root.find(f".//{_DC}date")
    if date is None:
        date = root.find(f".//{_META}creation-date")
    title_text = (title.text or "").strip() if title is not None else ""
    return title_text or None, iso_date(date.text or "") if date is not None else None


class _Walker:
    def __init__(
        self, text_root: etree._Element, original: bool, numbering: OdtNumbering | None = None
    ) -> None:
        self.out: list[tuple[str, dict]] = []
        self.numbering = numbering or OdtNumbering({})
        self.lists: list[tuple[str | None, str]] = []  # (list style, counter chain) of the open lists
        self.label: str | None = None  # the label of the list item whose first paragraph comes next
        self.original = original
        self.changes: dict[str, tuple[str, etree._Element]] = {}  # id -> (type, changed-region)
        self.skipping: set[str] = set()  # insertion ids whose range we are inside (original mode)
        region = text_root.find(_T + "tracked-changes")
        if region is not None:
            for changed in region.findall(_T + "changed-region"):
                cid = changed.get(_T + "id") or changed.get("{http://www.w3.org/XML/1998/namespace}id")
                for kind in ("insertion", "deletion", "format-change"):
                    el = changed.find(_T + kind)
                    if cid and el is not None:
                        self.changes[cid] = (kind, el)
                        break

    # -- blocks ------------------------------------------------------------------------------------

    def blocks(self, el: etree._Element, kind: str, level: int) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _T + "p":
                if kind == "list":
                    self.paragraph(child, {"kind": "list", "level": max(0, level - 1)})
                else:
                    self.paragraph(child, {"kind": kind} if kind != "body" else {})
            elif tag == _T + "h":
                outline = _int(child.get(_T + "outline-level")) or 1
                self.paragraph(
                    child, {"kind": "heading", "level": outline} if kind == "body" else {"kind": kind}
                )
            elif tag in (_T + "list", _T + "numbered-paragraph"):
                inner = "list" if kind == "body" else kind
                if tag == _T + "numbered-paragraph":
                    self.blocks(child, inner, _int(child.get(_T + "level")) or 1)
                else:
                    self.lists.append(self.numbering.open_list(child, self.lists[-1] if self.lists else None))
                    self.blocks(child, inner, level + 1)
                    self.lists.pop()
            elif tag in (_T + "list-item", _T + "list-header"):
                first = next((c for c in child if isinstance(c.tag, str)), None)
                if (
                    tag == _T + "list-item"
                    and self.lists
                    and first is not None
                    and first.tag in (_T + "p", _T + "h")
                ):
                    style, chain = self.lists[-1]
                    self.label = self.numbering.item(style, chain, level, _int(child.get(_T + "start-value")))
                self.blocks(child, kind, level)
                self.label = None
            elif tag == _TB + "table":
                self.table(child)
            elif tag in (_T + "change-start", _T + "change-end", _T + "change"):
                self.inline_marker(child, None)
            else:
                # sections, indexes, table-of-content bodies and other containers
                self.blocks(child, kind, level)

    def table(self, table: etree._Element) -> None:
        for row in table.iter(_TB + "table-row"):
            for cell in row:
                if cell.tag == _TB + "table-cell":  # covered-table-cell: merged away
                    self.blocks(cell, "table", 0)

    def paragraph(self, p: etree._Element, meta: dict) -> None:
        parts: list[str] = []
        self.inline(p, parts)
        text = _finish("".join(parts))
        label, self.label = self.label, None  # only the item's first paragraph carries its label
        if label and meta.get("kind") == "list":
            meta["label"] = label
        if text:
            self.out.append((text, meta))

    # -- inline ------------------------------------------------------------------------------------

    def inline(self, el: etree._Element, parts: list[str]) -> None:
        if el.text and not self.skipping:
            parts.append(el.text)
        for child in el:
            tag = child.tag
            if isinstance(tag, str) and tag not in _SKIP:
                if tag == _T + "s":
                    if not self.skipping:
                        parts.append(_SPACE * max(1, min(_int(child.get(_T + "c")) or 1, 1000)))
                elif tag == _T + "tab":
                    if not self.skipping:
                        parts.append(_TAB)
                elif tag in (_T + "line-break", _T + "soft-page-break"):
                    if not self.skipping and tag == _T + "line-break":
                        parts.append(" ")
                elif tag in (_T + "change-start", _T + "change-end", _T + "change"):
                    self.inline_marker(child, parts)
                else:
                    self.inline(child, parts)
            if child.tail and not self.skipping:
                parts.append(child.tail)

    def inline_marker(self, el: etree._Element, parts: list[str] | None) -> None:
        cid = el.get(_T + "change-id")
        kind, region = self.changes.get(cid or "", ("", None))
        if not self.original or region is None:
            return
        if el.tag == _T + "change-start" and kind == "insertion":
            self.skipping.add(cid)
        elif el.tag == _T + "change-end":
            self.skipping.discard(cid)
        elif el.tag == _T + "change" and kind == "deletion" and not self.skipping:
            deleted: list[str] = []
            for p in region.iter(_T + "p", _T + "h"):
                sub: list[str] = []
                self.inline(p, sub)
                deleted.append("".join(sub))
            text = " ".join(d for d in deleted if d.strip())
            if parts is not None:
                parts.append(text)
            elif text.strip():
                self.out.append((_finish(text), {}))


def _finish(text: str) -> str:
    text = _WS.sub(" ", _CONTROL.sub(" ", text)).strip(" ")
    return text.replace(_SPACE, " ").replace(_TAB, "\t").strip()


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
