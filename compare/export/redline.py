"""The revised document carrying real Word tracked changes against the original.

The redline is built in two steps so that its exactness can be checked before anything is written:

1. :func:`build_stream` merges the two documents' character streams into pieces of common, inserted and
   deleted text, guided by the alignment (word-level DiffOps inside aligned clauses, a small token match
   for the text between clauses: typed labels, spaces, paragraph breaks). A "\\n" in a piece is a
   paragraph mark with that piece's revision kind. Accepting every piece must give the revised text and
   rejecting every piece the original text; :func:`write_redline` verifies this and falls back to a
   coarser (clause-level) stream if the fine one ever failed, so the file is always exact.
2. :class:`_Writer` turns the pieces into WordprocessingML: ``w:ins``/``w:del`` (with ``w:delText``),
   paragraph-mark revisions, typed paragraph labels as real list numbering (:mod:`.redline_numbering`),
   and moves: a moved clause that is whole paragraphs at both ends as ``w:moveFrom``/``w:moveTo`` with
   named move ranges (as Word writes them), any other move -- or every move with ``moves="comments"`` --
   as a deletion and an insertion with a comment at each end.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from ..errors import ExportError
from ..model import ComparisonResult, Document
from .atomic import atomic_write
from .docx_redline import RedlineSummary, write_in_place
from .redline_moves import native_moves
from .redline_numbering import Plan, plan_numbering
from .redline_stream import (  # noqa: F401  (accept_text, build_stream, reject_text: the stream's API, re-exported)
    COMMON,
    DEL,
    INS,
    Piece,
    _paragraphs,
    accept_text,
    build_stream,
    exact_stream,
    reject_text,
)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# --------------------------------------------------------------------------- serialising

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _iso_date(date: str | datetime | None) -> str:
    if date is None:
        return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(date, str):
        if _DATE.match(date):
            return date
        try:
            date = datetime.fromisoformat(date)
        except ValueError:
            raise ExportError(f"not a date: {date!r} (use e.g. 2026-11-23T10:00:00Z)") from None
    if date.tzinfo is None:
        date = date.replace(tzinfo=UTC)
    return date.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _style_for(doc: Document, index: int, available: set[str]) -> str | None:
    if index >= len(doc.paragraphs):
        return None
    p = doc.paragraphs[index]
    if p.style and p.style in available:
        return p.style
    if p.kind == "heading":
        return f"Heading {min(max(p.level, 1), 9)}"
    if p.kind == "list":
        return "List Paragraph"
    return None


def _ppr(pel):
    """The paragraph's w:pPr, made first child when missing (python-docx's lookup is slow per call)."""
    ppr = pel[0] if len(pel) and pel[0].tag == _w("pPr") else None
    if ppr is None:
        from lxml import etree

        ppr = etree.Element(_w("pPr"))
        pel.insert(0, ppr)
    return ppr


class _Writer:
    def __init__(self, author: str, date: str, moves: str = "native") -> None:
        from docx import Document as new_docx

        self.author, self.date, self.moves = author, date, moves
        self.doc = new_docx()
        self.next_id = 1  # revision ids, above the comment ids (one id space, as Word keeps it)
        style = self.doc.styles["Normal"]
        from docx.shared import Pt

        style.font.name = "Calibri"
        style.font.size = Pt(11)
        self.available = {s.name for s in self.doc.styles}
        for rid, rel in list(self.doc.part.rels.items()):
            if rel.reltype.endswith("/stylesWithEffects"):
                # python-docx's template carries Word 2010's copy of the styles, out of step with
                # styles.xml (a validation finding); the part is optional, Word rebuilds it
                self.doc.part.drop_rel(rid)

    def _rev(self, tag: str, **extra: str):
        from lxml import etree

        el = etree.Element(_w(tag))
        el.set(_w("id"), str(self.next_id))
        el.set(_w("author"), self.author)
        el.set(_w("date"), self.date)
        for k, v in extra.items():
            el.set(_w(k), v)
        self.next_id += 1
        return el

    def _run(self, text: str, deleted: bool):
        from .docx_runs import text_run  # lxml, imported only when a document is written

        return text_run(_XML_BAD.sub("", text), None, deleted)

    def _numbering(self, plan: Plan) -> list[str]:
        """Write one abstract definition per label form and one list instance per run of a list;
        returns the w:numId value of each planned instance."""
        from lxml import etree

        numbering = self.doc.part.numbering_part.element
        first_num = numbering.find(_w("num"))
        abstracts: dict[tuple[str, str, str], int] = {}
        ids: list[str] = []
        for n, (key, start) in enumerate(plan.nums):
            if key not in abstracts:
                abstract_id = 9000 + len(abstracts)
                abstracts[key] = abstract_id
                fmt, text, suff = key
                indent = 567 if fmt in ("lowerLetter", "upperLetter") else 1134 if fmt == "lowerRoman" else 0
                ab = etree.fromstring(
                    f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}">'
                    '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                    f'<w:numFmt w:val="{fmt}"/><w:suff w:val="{suff}"/><w:lvlText w:val=""/>'
                    f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:firstLine="0"/></w:pPr>'
                    "</w:lvl></w:abstractNum>"
                )
                ab.find(f".//{_w('lvlText')}").set(_w("val"), _XML_BAD.sub("", text))
                if first_num is not None:
                    first_num.addprevious(ab)
                else:
                    numbering.append(ab)
            num_id = str(9000 + n)
            num = etree.SubElement(numbering, _w("num"))
            num.set(_w("numId"), num_id)
            etree.SubElement(num, _w("abstractNumId")).set(_w("val"), str(abstracts[key]))
            if start is not None:
                over = etree.SubElement(num, _w("lvlOverride"))
                over.set(_w("ilvl"), "0")
                etree.SubElement(over, _w("startOverride")).set(_w("val"), str(start))
            ids.append(num_id)
        return ids

    def write(self, result: ComparisonResult, pieces: list[Piece], notes: list[str]) -> None:
        from lxml import etree

        body_doc = self.doc
        paras = _paragraphs(pieces)
        plan = plan_numbering(paras, result.a.document, result.b.document)
        num_ids = self._numbering(plan)
        moved, native_notes = native_moves(paras, notes) if self.moves == "native" else ({}, set())
        comment_ids: dict[int, int] = {}
        for n, text in enumerate(notes):
            if n in native_notes:
                continue
            c = body_doc.comments.add_comment(text=text, author=self.author, initials=self.author[:2])
            c._comment_elm.set(_w("date"), self.date)
            comment_ids[n] = c.comment_id
        self.next_id = max(comment_ids.values(), default=-1) + 1
        if comment_ids:
            _comment_styles(self.doc)
        last_of: dict[int, tuple[int, int]] = {}  # note -> (paragraph, run) of its last run
        for pi, para in enumerate(paras):
            for ri, (_, _, note) in enumerate(para.runs):
                if note in comment_ids:
                    last_of[note] = (pi, ri)
        move_range: dict[tuple[str, int], int] = {}
        started: set[int] = set()
        add_paragraph = _paragraph_appender(body_doc)
        for pi, para in enumerate(paras):
            src, idx = (
                (result.a.document, para.a_index) if para.mark == DEL else (result.b.document, para.b_index)
            )
            style = _style_for(src, idx, self.available)
            pel = add_paragraph(style)
            if plan.numpr[pi] is not None:
                ppr = _ppr(pel)
                numpr = etree.SubElement(ppr, _w("numPr"))  # after w:pStyle, before w:rPr
                etree.SubElement(numpr, _w("ilvl")).set(_w("val"), "0")
                etree.SubElement(numpr, _w("numId")).set(_w("val"), num_ids[plan.numpr[pi]])
            move = moved.get(pi)
            if para.mark != COMMON:
                ppr = _ppr(pel)
                rpr = etree.SubElement(ppr, _w("rPr"))
                rpr.append(self._rev(move[0] if move else "ins" if para.mark == INS else "del"))
            if move is not None and moved.get(pi - 1) != move:
                rid = self.next_id
                self.next_id += 1
                move_range[move] = rid
                start = etree.SubElement(pel, _w(move[0] + "RangeStart"))
                for k, v in (("id", str(rid)), ("author", self.author), ("date", self.date)):
                    start.set(_w(k), v)
                start.set(_w("name"), f"move{move[1] + 1}")
            for ri, ((text, kind, note), (pa, pb)) in enumerate(zip(para.runs, para.offs, strict=True)):
                if note in comment_ids and note not in started:
                    started.add(note)
                    etree.SubElement(pel, _w("commentRangeStart")).set(_w("id"), str(comment_ids[note]))
                text = plan.keep(text, kind, pa, pb)
                if text:
                    run = self._run(text, kind == DEL and move is None)
                    if kind == COMMON:
                        pel.append(run)
                    else:
                        wrap = self._rev(move[0] if move else "ins" if kind == INS else "del")
                        wrap.append(run)
                        pel.append(wrap)
                if note in comment_ids and last_of.get(note) == (pi, ri):
                    etree.SubElement(pel, _w("commentRangeEnd")).set(_w("id"), str(comment_ids[note]))
                    ref = etree.SubElement(pel, _w("r"))
                    rpr = etree.SubElement(ref, _w("rPr"))
                    etree.SubElement(rpr, _w("rStyle")).set(_w("val"), "CommentReference")
                    etree.SubElement(ref, _w("commentReference")).set(_w("id"), str(comment_ids[note]))
            if move is not None and moved.get(pi + 1) != move:
                etree.SubElement(pel, _w(move[0] + "RangeEnd")).set(_w("id"), str(move_range[move]))
        a, b = result.a.document, result.b.document
        props = body_doc.core_properties
        props.title = f"Redline: {a.name} → {b.name}"
        props.author = self.author
        props.last_modified_by = self.author
        props.comments = "Tracked changes made by Clausediff. Accept All gives the revised text."


def _comment_styles(doc) -> None:
    """Word's own definition of the comment mark's character style, which every comment reference run
    names (a style referenced but not defined is an Open XML validation error)."""
    from lxml import etree

    styles = doc.styles.element
    if any(s.get(_w("styleId")) == "CommentReference" for s in styles.iterfind(_w("style"))):
        return
    styles.append(
        etree.fromstring(
            f'<w:style xmlns:w="{W}" w:type="character" w:styleId="CommentReference">'
            '<w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
            '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
            '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
        )
    )


MOVES = ("native", "comments")


def _paragraph_appender(doc):
    """``add(style) -> w:p`` appending paragraphs to the body before its section properties.

    python-docx's ``add_paragraph`` looks for ``w:sectPr`` among all the body's children each time, which
    made a redline of 200k short paragraphs quadratic; the section properties are found once here."""
    from docx.oxml import OxmlElement
    from docx.text.paragraph import Paragraph

    body = doc.element.body
    sect = body.sectPr

    def add(style: str | None):
        pel = OxmlElement("w:p")
        if sect is not None:
            sect.addprevious(pel)
        else:
            body.append(pel)
        if style is not None:
            Paragraph(pel, doc._body).style = style
        return pel

    return add


def write_redline(
    result: ComparisonResult,
    path: str | os.PathLike,
    *,
    author: str = "Clausediff",
    date: str | datetime | None = None,
    inputs: Iterable[str | os.PathLike] = (),
    moves: str = "native",
    summary: RedlineSummary | None = None,
) -> Path:
    """Write the revised document with every change as a Word tracked change against the original.

    A .docx input is the redline itself (:mod:`compare.export.docx_redline`); ``summary`` receives the
    counts and any reason the plain document below was written instead. In the plain document
    ``moves="native"`` writes a moved clause that is whole paragraphs at both ends as a Word move
    (``w:moveFrom``/``w:moveTo``); ``"comments"`` writes every move as a deletion and an insertion with
    a comment at each end, for readers that mishandle native moves.
    """
    if moves not in MOVES:
        raise ExportError(f"unknown move style {moves!r}: use one of {', '.join(MOVES)}")
    author = author.strip() or "Clausediff"
    iso = _iso_date(date)
    summary = summary if summary is not None else RedlineSummary()
    inputs = list(inputs)
    done = write_in_place(result, path, author, iso, inputs, summary, moves)
    if done is not None:
        return done
    pieces, notes = exact_stream(result)

    def write(tmp: Path) -> None:
        w = _Writer(author, iso, moves)
        w.write(result, pieces, notes)
        w.doc.save(str(tmp))

    return atomic_write(path, write, inputs)
