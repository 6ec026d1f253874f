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
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from ..errors import ExportError
from ..model import ComparisonResult, Document
from ..readers.gcpause import collector_paused
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
from .wordml_text import NOT_XML, xml_attr, xml_text

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

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
                ab.find(f".//{_w('lvlText')}").set(_w("val"), NOT_XML.sub("", text))
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
        self.body = self._body(result, paras, plan, num_ids, moved, comment_ids, last_of)
        a, b = result.a.document, result.b.document
        props = body_doc.core_properties
        props.title = f"Redline: {a.name} → {b.name}"
        props.author = self.author
        props.last_modified_by = self.author
        props.comments = "Tracked changes made by Clausediff. Accept All gives the revised text."

    def _body(self, result, paras, plan: Plan, num_ids, moved, comment_ids, last_of) -> Iterator[str]:
        """The body's paragraphs as WordprocessingML text, one paragraph at a time.

        Text, not lxml elements: a redline of 500k short paragraphs held ~2 GB of element tree and spent
        most of its time creating elements. The XML is what the element writer made (byte for byte on
        the sample, corpus and stress pairs when it was replaced; a test compares runs and attributes
        with lxml's).
        """
        who = f'w:author="{xml_attr(self.author)}" w:date="{xml_attr(self.date)}"'
        p_style = _style_xml(self.doc)
        move_range: dict[tuple[str, int], int] = {}
        started: set[int] = set()
        for pi, para in enumerate(paras):
            src, idx = (
                (result.a.document, para.a_index) if para.mark == DEL else (result.b.document, para.b_index)
            )
            out: list[str] = []
            styled, ppr = p_style(_style_for(src, idx, self.available))
            if plan.numpr[pi] is not None:
                ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_ids[plan.numpr[pi]]}"/></w:numPr>'
            move = moved.get(pi)
            if para.mark != COMMON:
                tag = move[0] if move else "ins" if para.mark == INS else "del"
                ppr += f'<w:rPr><w:{tag} w:id="{self.next_id}" {who}/></w:rPr>'
                self.next_id += 1
            if ppr:
                out.append(f"<w:pPr>{ppr}</w:pPr>")
            elif styled:  # python-docx leaves an empty w:pPr for the default style
                out.append("<w:pPr/>")
            if move is not None and moved.get(pi - 1) != move:
                move_range[move] = self.next_id
                out.append(f'<w:{move[0]}RangeStart w:id="{self.next_id}" {who} w:name="move{move[1] + 1}"/>')
                self.next_id += 1
            for ri, ((text, kind, note), (pa, pb)) in enumerate(zip(para.runs, para.offs, strict=True)):
                if note in comment_ids and note not in started:
                    started.add(note)
                    out.append(f'<w:commentRangeStart w:id="{comment_ids[note]}"/>')
                text = plan.keep(text, kind, pa, pb)
                if text:
                    run = _run_xml(text, kind == DEL and move is None)
                    if kind == COMMON:
                        out.append(run)
                    else:
                        tag = move[0] if move else "ins" if kind == INS else "del"
                        out.append(f'<w:{tag} w:id="{self.next_id}" {who}>{run}</w:{tag}>')
                        self.next_id += 1
                if note in comment_ids and last_of.get(note) == (pi, ri):
                    cid = comment_ids[note]
                    out.append(
                        f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                        f'</w:rPr><w:commentReference w:id="{cid}"/></w:r>'
                    )
            if move is not None and moved.get(pi + 1) != move:
                out.append(f'<w:{move[0]}RangeEnd w:id="{move_range[move]}"/>')
            yield f"<w:p>{''.join(out)}</w:p>" if out else "<w:p/>"

    def save(self, path: Path) -> None:
        """python-docx writes the package around an empty body; the body's text is streamed into
        word/document.xml before the section properties."""
        import zipfile

        shell = path.with_name(path.name + ".shell")
        try:
            self.doc.save(str(shell))
            with zipfile.ZipFile(shell) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in src.infolist():
                    data = src.read(info)
                    if info.filename != "word/document.xml":
                        dst.writestr(info, data)
                        continue
                    cut = data.rindex(b"<w:sectPr")
                    with dst.open(info.filename, "w") as out:
                        out.write(data[:cut])
                        chunk: list[str] = []
                        for k, para in enumerate(self.body, 1):
                            chunk.append(para)
                            if k % 2000 == 0:
                                out.write("".join(chunk).encode("utf-8"))
                                chunk.clear()
                        out.write("".join(chunk).encode("utf-8"))
                        out.write(data[cut:])
        finally:
            shell.unlink(missing_ok=True)


def _run_xml(text: str, deleted: bool) -> str:
    """A plain run of ``text``, tabs as ``w:tab`` (as :func:`.docx_runs.text_run` makes it)."""
    tag = "w:delText" if deleted else "w:t"
    parts = []
    for k, chunk in enumerate(NOT_XML.sub("", text).split("\t")):
        if k:
            parts.append("<w:tab/>")
        if chunk:
            parts.append(f'<{tag} xml:space="preserve">{xml_text(chunk)}</{tag}>')
    return f"<w:r>{''.join(parts)}</w:r>" if parts else "<w:r/>"


def _style_xml(doc):
    """``style name -> (has w:pPr, its children)`` as python-docx's ``Paragraph.style = name`` writes
    them, worked out once per name (its look-up walks the styles part each time)."""
    from lxml import etree

    known: dict[str | None, tuple[bool, str]] = {None: (False, "")}

    def style(name: str | None) -> tuple[bool, str]:
        if name not in known:
            from docx.oxml import OxmlElement
            from docx.text.paragraph import Paragraph

            pel = OxmlElement("w:p")
            Paragraph(pel, doc._body).style = name
            ppr = pel.find(_w("pPr"))
            children = (etree.tostring(c, encoding="unicode") for c in (ppr if ppr is not None else ()))
            known[name] = (ppr is not None, "".join(c.replace(f' xmlns:w="{W}"', "") for c in children))
        return known[name]

    return style


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

    def write(tmp: Path) -> None:
        w = _Writer(author, iso, moves)
        w.write(result, pieces, notes)
        w.save(tmp)

    # a paragraph of text is a dozen small objects (pieces, runs, offsets) kept to the end: the cyclic
    # collector's full passes over them found nothing and were a fifth of the time at 500k paragraphs
    with collector_paused():
        pieces, notes = exact_stream(result)
        return atomic_write(path, write, inputs)
