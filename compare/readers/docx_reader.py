"""Word .docx: body paragraphs and tables in reading order, automatic numbering, tracked changes.

We parse the package ourselves with lxml's safe parser instead of going through python-docx: it lets us
(1) refuse external entities and zip bombs on every part, (2) see ``w:ins``/``w:del`` revisions, which
python-docx hides, and (3) compute numbering labels. Semantics follow ECMA-376 Part 1 (17.13 revisions):
content inside ``w:ins``/``w:moveTo`` exists only after accepting, inside ``w:del``/``w:moveFrom`` only
before; a revised paragraph mark (``w:pPr/w:rPr/w:del``) merges the paragraph with the next one in the
same container. Field codes (``w:instrText`` and text between a field's begin and separate marks) are
skipped and field results kept; drawings, text boxes, comments, headers, footers and footnotes are not
part of the compared text.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from lxml import etree

from compare.errors import CorruptDocument
from compare.readers.docx_numbering import Numbering
from compare.readers.extracted import Extracted
from compare.readers.safety import SafeZip

W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"

_REL_OFFICE_DOC = ("/officeDocument",)
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


@dataclass(slots=True)
class _Style:
    name: str | None
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None


@dataclass(slots=True)
class ParaLayout:
    """Where one emitted paragraph's text comes from, for writers that edit the document in place.

    ``atoms`` are ``(offset, length, run, child)``: ``length`` characters of the paragraph text starting
    at ``offset`` (relative to the paragraph's start in ``Document.text``; leading whitespace the reader
    stripped gives negative offsets) come from ``child`` (``w:t``, ``w:tab``, ...) of run ``run``.
    ``elements`` are the ``w:p`` elements merged into this paragraph (more than one only when a tracked
    paragraph mark joined them).
    """

    elements: list
    length: int
    atoms: list[tuple[int, int, etree._Element, etree._Element]]


@dataclass(slots=True)
class DocxLayout:
    """A .docx read for in-place editing: the live main-part tree plus each paragraph's text sources."""

    main_part: str
    root: etree._Element
    namespace: str
    extracted: Extracted
    paragraphs: list[ParaLayout]
    styles_part: str | None
    numbering_part: str | None


def read_docx_layout(zp: SafeZip, name: str, revisions: str = "accept") -> DocxLayout:
    """The text of :func:`read_docx` (no labels or styles) and which run every character comes from."""
    return _read(zp, name, revisions, track=True)  # type: ignore[return-value]


def read_docx(zp: SafeZip, name: str, revisions: str = "accept") -> Extracted:
    return _read(zp, name, revisions, track=False)  # type: ignore[return-value]


def extract_text(root: etree._Element, numbering_root, styles_root, revisions: str) -> list[str]:
    """Paragraph texts of an already parsed main part (a writer checks its own output with this)."""
    ns = _namespace(root) or W_MAIN
    styles = _parse_styles(styles_root, ns)
    style_num = {sid: (s.num_id, s.ilvl) for sid, s in styles.items() if s.num_id}
    extractor = _Extractor(ns, revisions, styles, Numbering(numbering_root, ns, style_num))
    extractor.text_only = True
    body = root.find(f"{{{ns}}}body")
    return [t for t, _ in extractor.blocks(body, "body")] if body is not None else []


def _read(zp: SafeZip, name: str, revisions: str, track: bool) -> Extracted | DocxLayout:
    main = _main_part(zp)
    if main is None:
        raise CorruptDocument(f"{name} is not a Word document (no word/document.xml inside)", name)
    root = zp.read_xml(main)
    ns = _namespace(root)
    if ns is None:
        raise CorruptDocument(f"{name} is damaged: {main} is not a WordprocessingML document", name)
    rels = _part_rels(zp, main)
    styles = _styles(zp, rels.get("styles"), ns, name)
    numbering_root = _optional_xml(zp, rels.get("numbering"))
    style_num = {sid: (s.num_id, s.ilvl) for sid, s in styles.items() if s.num_id}
    numbering = Numbering(numbering_root, ns, style_num)
    extractor = _Extractor(ns, "original" if revisions == "original" else "accept", styles, numbering)
    extractor.track = extractor.text_only = track  # an in-place writer needs the text and its sources
    body = root.find(f"{{{ns}}}body")
    paragraphs = extractor.blocks(body, "body") if body is not None else []
    title, modified = _core_properties(zp)
    extracted = Extracted(paragraphs, title, modified, extractor.revisions)
    if not track:
        return extracted
    return DocxLayout(main, root, ns, extracted, extractor.layout, rels.get("styles"), rels.get("numbering"))


# --------------------------------------------------------------------------- package


def _namespace(root: etree._Element) -> str | None:
    tag = root.tag if isinstance(root.tag, str) else ""
    for ns in (W_MAIN, W_STRICT):
        if tag == f"{{{ns}}}document":
            return ns
    return None


def _main_part(zp: SafeZip) -> str | None:
    if zp.has("_rels/.rels"):
        try:
            rels = zp.read_xml("_rels/.rels", limit=4 * 1024 * 1024)
        except CorruptDocument:
            rels = None
        if rels is not None:
            for rel in rels.iter(_PKG_REL + "Relationship"):
                if rel.get("Type", "").endswith(_REL_OFFICE_DOC) and rel.get("TargetMode") != "External":
                    target = posixpath.normpath(rel.get("Target", "").lstrip("/"))
                    if zp.has(target):
                        return target
    return "word/document.xml" if zp.has("word/document.xml") else None


def _part_rels(zp: SafeZip, part: str) -> dict[str, str]:
    """Relationship type (last path segment) -> target part name, for one part."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    found: dict[str, str] = {}
    if zp.has(rels_name):
        try:
            rels = zp.read_xml(rels_name, limit=4 * 1024 * 1024)
        except CorruptDocument:
            rels = None
        for rel in rels.iter(_PKG_REL + "Relationship") if rels is not None else ():
            if rel.get("TargetMode") == "External":
                continue
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target", ""))).lstrip("/")
            found.setdefault(kind, target)
    for kind in ("styles", "numbering"):
        default = posixpath.join(folder, kind + ".xml")
        if kind not in found and zp.has(default):
            found[kind] = default
    return found


def _optional_xml(zp: SafeZip, part: str | None) -> etree._Element | None:
    """An auxiliary part (styles, numbering): a damaged one costs us labels, not the document."""
    if not part or not zp.has(part):
        return None
    try:
        return zp.read_xml(part)
    except CorruptDocument:
        return None


def _styles(zp: SafeZip, part: str | None, ns: str, name: str) -> dict[str, _Style]:
    return _parse_styles(_optional_xml(zp, part), ns)


def _parse_styles(root: etree._Element | None, ns: str) -> dict[str, _Style]:
    if root is None:
        return {}
    w = f"{{{ns}}}"
    styles: dict[str, _Style] = {}
    for st in root.iter(w + "style"):
        if st.get(w + "type", "paragraph") != "paragraph":
            continue
        sid = st.get(w + "styleId")
        if sid is None:
            continue
        name_el = st.find(w + "name")
        based = st.find(w + "basedOn")
        ppr = st.find(w + "pPr")
        num_id = ilvl = outline = None
        if ppr is not None:
            numpr = ppr.find(w + "numPr")
            if numpr is not None:
                num_id = _child_val(numpr, w + "numId")
                ilvl = _to_int(_child_val(numpr, w + "ilvl"))
            outline = _to_int(_child_val(ppr, w + "outlineLvl"))
        styles[sid] = _Style(
            name=name_el.get(w + "val") if name_el is not None else None,
            based_on=based.get(w + "val") if based is not None else None,
            num_id=num_id,
            ilvl=ilvl,
            outline=outline,
        )
    return styles


def _core_properties(zp: SafeZip) -> tuple[str | None, str | None]:
    if not zp.has("docProps/core.xml"):
        return None, None
    try:
        root = zp.read_xml("docProps/core.xml", limit=4 * 1024 * 1024)
    except CorruptDocument:
        return None, None
    title_el = root.find(_DC + "title")
    modified_el = root.find(_DCTERMS + "modified")
    title = (title_el.text or "").strip() if title_el is not None else ""
    modified = iso_date((modified_el.text or "") if modified_el is not None else "")
    return title or None, modified


def iso_date(value: str) -> str | None:
    """The YYYY-MM-DD part of an ISO 8601 timestamp, if it has one."""
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m or not ("01" <= m.group(2) <= "12" and "01" <= m.group(3) <= "31"):
        return None
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"


def _child_val(el: etree._Element, tag: str) -> str | None:
    c = el.find(tag)
    if c is None:
        return None
    return c.get(tag[: tag.index("}") + 1] + "val")


def _to_int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# --------------------------------------------------------------------------- body


class _Extractor:
    def __init__(self, ns: str, mode: str, styles: dict[str, _Style], numbering: Numbering) -> None:
        w = f"{{{ns}}}"
        self.w = w
        self.mode = mode
        self.styles = styles
        self.numbering = numbering
        self.revisions = 0
        self.track = False  # record ParaLayout for every emitted paragraph (in-place writers)
        self.text_only = False  # no labels, kinds or styles: only the text (and layout) is wanted
        self.layout: list[ParaLayout] = []
        self._atoms: list = []  # the current paragraph's (offset, length, run, child) while tracking
        self._pos = 0
        self.fields: list[bool] = []  # one entry per open complex field: True while in its instructions
        self.INS = {w + "ins", w + "moveTo"}
        self.DEL = {w + "del", w + "moveFrom"}
        self.INLINE = {
            w + t
            for t in ("hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo", "sdt", "sdtContent")
        }
        self.BLOCK_WRAPPERS = {w + "sdt", w + "sdtContent", w + "customXml"}

    def visible(self, in_ins: bool, in_del: bool) -> bool:
        return not in_del if self.mode == "accept" else not in_ins

    # -- block level -------------------------------------------------------------------------------

    def blocks(self, container: etree._Element, kind: str, in_ins: bool = False, in_del: bool = False):
        out: list[tuple[str, dict]] = []
        pending: list[tuple[str, list, etree._Element]] = []  # paragraphs whose mark vanished
        w = self.w
        for child in container:
            tag = child.tag
            if tag == w + "p":
                text = self.paragraph_text(child, in_ins, in_del)
                if self.mark_removed(child):
                    pending.append((text, self._atoms, child))
                    continue
                if pending:
                    pending.append((text, self._atoms, child))
                    self.emit_merged(out, child, pending, kind)
                    pending = []
                else:
                    self.emit(out, child, text, kind, self._atoms, [child])
            elif tag == w + "tbl":
                if pending:
                    self.emit_merged(out, None, pending, kind)
                    pending = []
                out.extend(self.table(child, in_ins, in_del))
            elif tag in self.BLOCK_WRAPPERS:
                out.extend(self.blocks(child, kind, in_ins, in_del))
            elif tag in self.INS or tag in self.DEL:
                self.revisions += 1
                ni, nd = in_ins or tag in self.INS, in_del or tag in self.DEL
                if self.visible(ni, nd):
                    out.extend(self.blocks(child, kind, ni, nd))
        if pending:
            self.emit_merged(out, None, pending, kind)
        return out

    def emit_merged(self, out: list, p, parts: list[tuple[str, list, etree._Element]], kind: str) -> None:
        atoms: list = []
        shift = 0
        for text, part_atoms, _el in parts:
            atoms.extend((off + shift, n, r, c) for off, n, r, c in part_atoms)
            shift += len(text)
        self.emit(out, p, "".join(t for t, _, _ in parts), kind, atoms, [el for _, _, el in parts])

    def table(self, tbl: etree._Element, in_ins: bool, in_del: bool) -> list[tuple[str, dict]]:
        w = self.w
        out: list[tuple[str, dict]] = []
        for tr in self._direct(tbl, w + "tr"):
            trpr = tr.find(w + "trPr")
            r_ins = trpr is not None and trpr.find(w + "ins") is not None
            r_del = trpr is not None and trpr.find(w + "del") is not None
            self.revisions += r_ins + r_del
            ri, rd = in_ins or r_ins, in_del or r_del
            if not self.visible(ri, rd):
                continue
            for tc in self._direct(tr, w + "tc"):
                tcpr = tc.find(w + "tcPr")
                if tcpr is not None:
                    vmerge = tcpr.find(w + "vMerge")
                    if vmerge is not None and vmerge.get(w + "val", "continue") != "restart":
                        continue  # the lower part of a vertically merged cell: its text is above
                    c_ins = tcpr.find(w + "cellIns") is not None
                    c_del = tcpr.find(w + "cellDel") is not None
                    self.revisions += c_ins + c_del
                    if not self.visible(ri or c_ins, rd or c_del):
                        continue
                out.extend(self.blocks(tc, "table", ri, rd))
        return out

    def _direct(self, parent: etree._Element, tag: str):
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag in self.BLOCK_WRAPPERS:
                yield from self._direct(child, tag)

    def mark_removed(self, p: etree._Element) -> bool:
        ppr = p.find(self.w + "pPr")
        rpr = ppr.find(self.w + "rPr") if ppr is not None else None
        if rpr is None:
            return False
        ins = any(rpr.find(t) is not None for t in self.INS)
        dele = any(rpr.find(t) is not None for t in self.DEL)
        self.revisions += ins + dele
        return dele if self.mode == "accept" else ins

    # -- paragraph properties ----------------------------------------------------------------------

    def _ppr(self, p: etree._Element) -> etree._Element | None:
        ppr = p.find(self.w + "pPr")
        if ppr is not None and self.mode == "original":
            change = ppr.find(self.w + "pPrChange")
            if change is not None:
                old = change.find(self.w + "pPr")
                if old is not None:
                    return old
        return ppr

    def _style_chain(self, sid: str | None):
        seen: set[str] = set()
        while sid and sid not in seen and len(seen) < 20:
            seen.add(sid)
            style = self.styles.get(sid)
            if style is None:
                return
            yield sid, style
            sid = style.based_on

    def emit(
        self,
        out: list,
        p: etree._Element | None,
        text: str,
        kind: str,
        atoms: list | None = None,
        elements: list | None = None,
    ) -> None:
        if self.text_only:
            self._emit_text(out, text, atoms, elements)
            return
        w = self.w
        meta: dict = {}
        ppr = self._ppr(p) if p is not None else None
        style_id = _child_val(ppr, w + "pStyle") if ppr is not None else None
        style = self.styles.get(style_id) if style_id else None
        style_name = _display_style(style.name if style else style_id)
        # numbering: direct numPr, else the style chain's
        num_id = ilvl = None
        numpr = ppr.find(w + "numPr") if ppr is not None else None
        if numpr is not None:
            num_id = _child_val(numpr, w + "numId")
            ilvl = _to_int(_child_val(numpr, w + "ilvl"))
        for sid, st in self._style_chain(style_id):
            if num_id is None and st.num_id is not None:
                num_id = st.num_id
                if ilvl is None:
                    ilvl = st.ilvl if st.ilvl is not None else self.numbering.level_for_style(num_id, sid)
            if num_id is not None:
                break
        is_list, label = False, None
        if num_id is not None and num_id != "0":
            is_list, label = self.numbering.next_label(num_id, ilvl or 0)
        text = self._emit_text(None, text, atoms, elements)
        if not text:
            return  # an empty numbered paragraph still advanced the counter, as Word shows it
        heading = self._heading_level(ppr, style_id, style_name)
        if kind == "table":
            meta["kind"] = "table"
        elif heading is not None:
            meta["kind"] = "heading"
            meta["level"] = heading
        elif is_list:
            meta["kind"] = "list"
            meta["level"] = ilvl or 0
        if label:
            meta["label"] = label
        if style_name:
            meta["style"] = style_name
        out.append((text, meta))

    def _emit_text(self, out: list | None, text: str, atoms: list | None, elements: list | None) -> str:
        """The paragraph's text as shown (control characters blanked, stripped); its layout if tracking."""
        raw = _CONTROL.sub(" ", text)
        text = raw.strip()
        if text and self.track:
            lead = len(raw) - len(raw.lstrip())
            shifted = [(off - lead, n, r, c) for off, n, r, c in atoms or ()]
            self.layout.append(ParaLayout(elements or [], len(text), shifted))
        if text and out is not None:
            out.append((text, {}))
        return text

    def _heading_level(self, ppr, style_id: str | None, style_name: str | None) -> int | None:
        if style_name:
            m = _HEADING_STYLE.match(style_name)
            if m:
                return int(m.group(1))
            if style_name.lower() in ("title", "subtitle"):
                return 1 if style_name.lower() == "title" else 2
        outline = _to_int(_child_val(ppr, self.w + "outlineLvl")) if ppr is not None else None
        if outline is None:
            for _sid, st in self._style_chain(style_id):
                if st.outline is not None:
                    outline = st.outline
                    break
        if outline is not None and 0 <= outline < 9:
            return outline + 1
        return None

    # -- inline level ------------------------------------------------------------------------------

    def paragraph_text(self, p: etree._Element, in_ins: bool, in_del: bool) -> str:
        # a field's instructions never run on into the next paragraph in practice; treating them as
        # ended keeps one malformed field from hiding the rest of the document
        self.fields = [False] * min(len(self.fields), 32)
        self._atoms = []
        self._pos = 0
        out: list[str] = []
        self.inline(p, in_ins, in_del, out)
        return "".join(out)

    def inline(self, el: etree._Element, in_ins: bool, in_del: bool, out: list[str]) -> None:
        w = self.w
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == w + "r":
                if self.visible(in_ins, in_del):
                    self.run(child, out)
            elif tag in self.INS:
                self.revisions += 1
                self.inline(child, True, in_del, out)
            elif tag in self.DEL:
                self.revisions += 1
                self.inline(child, in_ins, True, out)
            elif tag in self.INLINE:
                self.inline(child, in_ins, in_del, out)
            elif tag in (_M + "oMath", _M + "oMathPara") and self.visible(in_ins, in_del):
                math = "".join(t.text or "" for t in child.iter(_M + "t"))
                out.append(math)
                self._pos += len(math)

    def run(self, r: etree._Element, out: list[str]) -> None:
        w = self.w
        for c in r:
            tag = c.tag
            if tag == w + "fldChar":
                kind = c.get(w + "fldCharType")
                if kind == "begin":
                    self.fields.append(True)
                elif kind == "separate" and self.fields:
                    self.fields[-1] = False
                elif kind == "end" and self.fields:
                    self.fields.pop()
                continue
            if True in self.fields:
                continue  # inside a field's instructions
            if tag == w + "t" or tag == w + "delText":
                s = c.text or ""
                for child in c:  # only unexpanded entity references can sit here; keep the text after them
                    s += child.tail or ""
            elif tag in (w + "tab", w + "ptab"):
                s = "\t"
            elif tag in (w + "br", w + "cr"):
                s = " "
            elif tag == w + "noBreakHyphen":
                s = "-"
            else:
                continue
            out.append(s)
            if self.track and s:
                self._atoms.append((self._pos, len(s), r, c))
            self._pos += len(s)
            # softHyphen, instrText, sym, drawings, footnote references: no text of their own


def _display_style(name: str | None) -> str | None:
    """Word stores built-in names in lowercase ("heading 1") but shows them capitalised."""
    if not name:
        return None
    if _HEADING_STYLE.match(name) or name.lower() in ("title", "subtitle", "normal"):
        return name[:1].upper() + name[1:]
    return name
