"""Move comments in the in-place redline: a move that is not written natively (or every move, with
``moves="comments"``) is a deletion and an insertion with a comment at each end ("Moved to §4" /
"Moved from §2"), as in the plain redline.

The comments go into the base package's own comments part (created, with its relationship and content
type, when the document has none); ids continue after the comments already there. The comment mark's
character style is added to the styles part when the document does not define it, so the result
validates.
"""

from __future__ import annotations

import bisect
import posixpath

from lxml import etree

from .docx_runs import w

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_STYLE = (
    '<w:style xmlns:w="{W}" w:type="character" w:styleId="CommentReference">'
    '<w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
)


def note_extents(pieces: list, base_is_b: bool) -> dict[int, tuple[bool, int, int]]:
    """Each note's stretch: (in the base document?, start, end) in that document's text offsets."""
    from .redline_stream import COMMON, DEL, INS

    out: dict[int, tuple[bool, int, int]] = {}
    pa = pb = 0
    for p in pieces:
        n = len(p.text)
        if p.note is not None:
            if p.kind == COMMON:
                base, lo = True, pb if base_is_b else pa
            else:
                base, lo = (p.kind == INS) == base_is_b, pb if p.kind == INS else pa
            old = out.get(p.note)
            out[p.note] = (base, old[1], lo + n) if old is not None and old[0] == base else (base, lo, lo + n)
        if p.kind != INS:
            pa += n
        if p.kind != DEL:
            pb += n
    return out


class InPlaceComments:
    """Collects the comment anchors while the weaver writes; :meth:`finish` places them."""

    def __init__(self, weaver, pieces: list, notes: list[str], skip: set[int]) -> None:
        self.weaver = weaver
        self.notes = {n: t for n, t in enumerate(notes) if n not in skip}
        self.extents = note_extents(pieces, weaver.base_is_b) if self.notes else {}
        self.foreign_runs: list[tuple[int, int, etree._Element]] = []  # (start, end, run), foreign offsets
        self.parts: dict[str, bytes] = {}  # package parts to write besides the main document

    def made(self, fstart: int, fend: int, run: etree._Element) -> None:
        if self.notes:
            self.foreign_runs.append((fstart, fend, run))

    def _runs(self, in_base: bool, lo: int, hi: int) -> list[etree._Element]:
        spans = self.weaver.pieces if in_base else self.foreign_runs
        starts = self._bstarts if in_base else self._fstarts
        k = max(0, bisect.bisect_right(starts, lo) - 1)
        out = []
        while k < len(spans) and spans[k][0] < hi:
            if spans[k][1] > lo:
                out.append(spans[k][2])
            k += 1
        return out

    def finish(self, side, zp_read) -> int:
        """Anchor every comment; fill :attr:`parts` with the comments, relationships, content types and
        styles to write. Returns how many comments were written."""
        if not self.notes:
            return 0
        self.foreign_runs.sort(key=lambda s: s[0])
        self._fstarts = [s[0] for s in self.foreign_runs]
        self._bstarts = [s[0] for s in self.weaver.pieces]
        main = side.layout.main_part
        folder = posixpath.dirname(main)
        rels_name = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
        rels = etree.fromstring(zp_read(rels_name)) if zp_read(rels_name) else None
        target = None
        for rel in rels.iter(_PKG_REL + "Relationship") if rels is not None else ():
            if rel.get("Type") == _REL:
                target = posixpath.normpath(posixpath.join(folder, rel.get("Target")))
        comments = etree.fromstring(zp_read(target)) if target and zp_read(target) else None
        if comments is None:
            comments = etree.Element(w("comments"), nsmap={"w": w("")[1:-1]})
        revs = self.weaver.revs
        # one id space with the revisions, as Word keeps it
        cid = max(
            revs.next_id, 1 + max((int(c.get(w("id"), "0")) for c in comments.iter(w("comment"))), default=-1)
        )
        written = 0
        for n, text in self.notes.items():
            ext = self.extents.get(n)
            runs = self._runs(*ext) if ext else []
            if not runs:
                continue
            first, last = _top(runs[0]), _top(runs[-1])
            start = etree.Element(w("commentRangeStart"))
            start.set(w("id"), str(cid))
            first.addprevious(start)
            end = etree.Element(w("commentRangeEnd"))
            end.set(w("id"), str(cid))
            last.addnext(end)
            ref = etree.Element(w("r"))
            etree.SubElement(etree.SubElement(ref, w("rPr")), w("rStyle")).set(w("val"), "CommentReference")
            etree.SubElement(ref, w("commentReference")).set(w("id"), str(cid))
            end.addnext(ref)
            c = etree.SubElement(comments, w("comment"))
            for k, v in (
                ("id", str(cid)),
                ("author", revs.author),
                ("date", revs.date),
                ("initials", revs.author[:2]),
            ):
                c.set(w(k), v)
            p = etree.SubElement(c, w("p"))
            mark = etree.SubElement(p, w("r"))
            etree.SubElement(etree.SubElement(mark, w("rPr")), w("rStyle")).set(w("val"), "CommentReference")
            etree.SubElement(mark, w("annotationRef"))
            t = etree.SubElement(etree.SubElement(p, w("r")), w("t"))
            t.text = text
            cid += 1
            written += 1
        if not written:
            return 0
        if target is None:
            target = posixpath.join(folder, "comments.xml")
            if rels is None:
                rels = etree.Element(_PKG_REL + "Relationships", nsmap={None: _PKG_REL[1:-1]})
            ids = {r.get("Id") for r in rels}
            rid = next(f"rId{k}" for k in range(1, len(ids) + 2) if f"rId{k}" not in ids)
            etree.SubElement(rels, _PKG_REL + "Relationship", Id=rid, Type=_REL, Target="comments.xml")
            self.parts[rels_name] = _xml(rels)
            types = etree.fromstring(zp_read("[Content_Types].xml"))
            over = etree.SubElement(types, _CT + "Override")
            over.set("PartName", "/" + target)
            over.set("ContentType", _CT_COMMENTS)
            self.parts["[Content_Types].xml"] = _xml(types)
        self.parts[target] = _xml(comments)
        styles_part = side.layout.styles_part
        defined = side.styles is not None and any(
            s.get(w("styleId")) == "CommentReference" for s in side.styles.iter(w("style"))
        )
        if side.styles is not None and styles_part and not defined:
            side.styles.append(etree.fromstring(_STYLE.replace("{W}", w("")[1:-1])))
            self.parts[styles_part] = _xml(side.styles)
            # Word 2010's copy of the styles must list the same styles
            for rel in rels.iter(_PKG_REL + "Relationship") if rels is not None else ():
                name = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
                if rel.get("Type", "").endswith("/stylesWithEffects") and zp_read(name):
                    effects = etree.fromstring(zp_read(name))
                    effects.append(etree.fromstring(_STYLE.replace("{W}", w("")[1:-1])))
                    self.parts[name] = _xml(effects)
        return written


def _top(run: etree._Element) -> etree._Element:
    """The paragraph-level element that holds ``run`` (itself, or its revision wrapper, hyperlink...)."""
    el = run
    while el.getparent() is not None and el.getparent().tag != w("p"):
        el = el.getparent()
    return el


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
