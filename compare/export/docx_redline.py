"""The redline built on a .docx input itself: its styles, numbering, tables, headers and run formatting
stay as they are and the changes are woven into its runs.

When the revised input is a .docx the redline *is* that document: inserted text is its own runs wrapped
in ``w:ins``, deleted text is added back (in ``w:del``, with the original's run formatting when the
original is a .docx too), paragraphs that exist only in the original are re-created with the original's
paragraph properties and a deleted paragraph mark, and formatting that changed on common text is tracked
with ``w:rPrChange`` / ``w:pPrChange``. When only the original is a .docx the same is done the other way
round on the original. Nothing is compared again: the changes are the pieces of
:func:`compare.export.redline.exact_stream`, which follow the alignment's word diffs; every character of
``Document.text`` is traced back to its run by the reader (:func:`read_docx_layout`).

Before anything is written the result is read back in both directions with the same reader: Accept All
must give the revised text and Reject All the original text, or the caller falls back to the plain
redline (with a note saying why).
"""

from __future__ import annotations

import bisect
import copy
import io
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..model import ComparisonResult, Document, Paragraph
from .docx_comments import InPlaceComments
from .docx_moves import InPlaceMoves
from .docx_runs import (
    Revisions,
    W,
    mark_rpr,
    ppr_key,
    put_ppr_child,
    put_rpr_child,
    rpr_key,
    split_run,
    text_run,
    to_deleted,
    w,
    wrap,
)
from .format_changes import IdMap, record_ppr_change, record_rpr_change

COMMON, INS, DEL = "=", "+", "-"


@dataclass(slots=True)
class RedlineSummary:
    """What a redline holds; filled in by :func:`compare.export.redline.write_redline`."""

    base: str = "plain"  # the document it was built on: "revised", "original" or "plain" (rebuilt text)
    insertions: int = 0  # w:ins elements (runs and paragraph marks)
    deletions: int = 0  # w:del elements
    formatting: int = 0  # runs whose formatting change is tracked (w:rPrChange)
    paragraph_formatting: int = 0  # paragraphs whose style/numbering/layout change is tracked (w:pPrChange)
    moves: int = 0  # moves written natively (w:moveFrom/w:moveTo), in the in-place redline
    comments: int = 0  # move comments ("Moved to ..."), in the in-place redline
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        where = {"revised": "on the revised .docx", "original": "on the original .docx"}.get(
            self.base, "as a new document"
        )
        if self.base == "plain":
            out = [f"redline {where}"]
        else:
            out = [
                f"redline {where}: {self.insertions} insertions, {self.deletions} deletions, "
                f"{self.formatting} formatting changes, "
                f"{self.paragraph_formatting} paragraph formatting changes"
                + (f", {self.moves} move{'s' if self.moves > 1 else ''}" if self.moves else "")
                + (f", {self.comments} move comments" if self.comments else "")
            ]
        return out + [f"redline note: {n}" for n in self.notes]


class Fallback(Exception):
    """The in-place redline cannot be made; the message tells the user why."""


# --------------------------------------------------------------------------- the two sides


class _Side:
    """One input .docx: its live tree and every character's (run, child) source, in document offsets."""

    def __init__(self, doc: Document, revisions: str, role: str) -> None:
        from compare.readers import file_fingerprint
        from compare.readers.docx_reader import read_docx_layout
        from compare.readers.safety import open_zip

        self.doc = doc
        path = Path(doc.source)
        if doc.format != "docx" or not path.is_file():
            raise Fallback(f"the {role} .docx {doc.name} is not available any more")
        self.data = path.read_bytes()
        if doc.fingerprint is not None and file_fingerprint(self.data) != doc.fingerprint:
            raise Fallback(f"the {role} {doc.name} changed on disk after it was compared")
        zp = open_zip(io.BytesIO(self.data), doc.name)
        layout = read_docx_layout(zp, doc.name, revisions)
        if layout.namespace != W:
            raise Fallback(f"the {role} {doc.name} is Strict Open XML")
        if _main_content_type(zp, layout.main_part) not in (None, _DOCUMENT_TYPE):
            raise Fallback(f"the {role} {doc.name} is a template or macro-enabled document, not a .docx")
        text = Document.from_paragraphs("", "docx", layout.extracted.paragraphs).text
        if text != doc.text or len(layout.paragraphs) != len(doc.paragraphs):
            raise Fallback(f"the {role} {doc.name} does not read as it was compared")
        self.layout = layout
        self.parts: dict[str, bytes] = {}  # package parts the redline adds or rewrites, besides the main one
        self.revisions_in_input = layout.extracted.revisions
        self.root = layout.root
        self.styles = zp.read_xml(layout.styles_part) if layout.styles_part else None
        self.numbering = zp.read_xml(layout.numbering_part) if layout.numbering_part else None
        self.starts = [p.start for p in doc.paragraphs]
        # atoms clipped to their paragraph: (start, length, run, child, offset of the start in child)
        atoms: list[tuple[int, int, etree._Element, etree._Element, int]] = []
        for para, pl in zip(doc.paragraphs, layout.paragraphs, strict=True):
            for off, n, r, c in pl.atoms:
                lo, hi = max(off, 0), min(off + n, pl.length)
                if lo < hi:
                    atoms.append((para.start + lo, hi - lo, r, c, lo - off))
        self.atoms = atoms
        self.atom_starts = [a[0] for a in atoms]

    def para_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def element(self, j: int) -> etree._Element:
        return self.layout.paragraphs[j].elements[-1]

    def atoms_in(self, lo: int, hi: int):
        """(start, end, run) of every atom overlapping [lo, hi), clipped to it."""
        k = max(0, bisect.bisect_right(self.atom_starts, lo) - 1)
        atoms = self.atoms
        while k < len(atoms) and atoms[k][0] < hi:
            s, n, r = atoms[k][0], atoms[k][1], atoms[k][2]
            if s + n > lo:
                yield max(s, lo), min(s + n, hi), r
            k += 1


_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def _main_content_type(zp, main_part: str) -> str | None:
    """The main part's content type: a .docm or .dotx written out as .docx would not open in Word."""
    if not zp.has("[Content_Types].xml"):
        return None
    types = zp.read_xml("[Content_Types].xml")
    for el in types.iter(_CT + "Override"):
        if el.get("PartName", "").lstrip("/") == main_part:
            return el.get("ContentType")
    return None


def _ppr_of(p: etree._Element) -> etree._Element | None:
    return p.find(w("pPr"))


# --------------------------------------------------------------------------- weaving


class _Weaver:
    def __init__(
        self,
        result: ComparisonResult,
        base: _Side,
        foreign: _Side | None,
        base_is_b: bool,
        author: str,
        date: str,
        moves: str = "native",
    ) -> None:
        self.result = result
        self.move_style = moves
        self.base, self.foreign = base, foreign
        self.base_is_b = base_is_b
        self.own, self.other = (INS, DEL) if base_is_b else (DEL, INS)
        self.fdoc = result.a.document if base_is_b else result.b.document
        self.revs = Revisions(base.root, author, date)
        self.ids = IdMap(
            foreign.styles if foreign else None,
            base.styles,
            foreign.numbering if foreign else None,
            base.numbering,
        )
        self.wrappers: set = set()  # revision wrappers made here (consecutive runs share one)
        self.formatting = 0
        self.paragraph_formatting = 0

    # -- plan ----------------------------------------------------------------------------------------

    def plan(self) -> None:
        from .redline_stream import exact_stream

        stream, notes = exact_stream(self.result)
        pieces = self._merged(stream)
        pa = pb = 0
        self.ranges: list[tuple[int, int, str]] = []  # base [start, end) and its kind (common or own)
        self.inserts: list[tuple[int, int, str]] = []  # (base position, foreign start, foreign text)
        self.commons: list[tuple[int, int, int]] = []  # (base start, foreign start, length)
        for p in pieces:
            if p.kind not in (COMMON, INS, DEL):
                raise Fallback(f"the redline stream has pieces of an unknown kind ({p.kind!r})")
            n = len(p.text)
            bpos, fpos = (pb, pa) if self.base_is_b else (pa, pb)
            if p.kind == COMMON:
                self.ranges.append((bpos, bpos + n, COMMON))
                self.commons.append((bpos, fpos, n))
                pa, pb = pa + n, pb + n
            elif p.kind == self.own:
                self.ranges.append((bpos, bpos + n, self.own))
            else:
                self.inserts.append((bpos, fpos, p.text))
            if p.kind == INS:
                pb += n
            elif p.kind == DEL:
                pa += n
        self.range_starts = [r[0] for r in self.ranges]
        # paragraph marks both documents share: (base paragraph, foreign paragraph)
        self.mark_pairs: list[tuple[int, int]] = []
        for bs, fs, n in self.commons:
            text = self.base.doc.text
            k = text.find("\n", bs, bs + n)
            while k >= 0:
                self.mark_pairs.append((self.base.para_at(k), _para_at(self.fdoc, fs + k - bs)))
                k = text.find("\n", k + 1, bs + n)
        self.mark_pairs.append((len(self.base.doc.paragraphs) - 1, len(self.fdoc.paragraphs) - 1))
        if self.foreign is not None:
            for j, i in self.mark_pairs:
                self.ids.learn_num(_ppr_of(self.foreign.element(i)), _ppr_of(self.base.element(j)))
        cuts = {c for r in self.ranges for c in r[:2]} | {ins[0] for ins in self.inserts}
        self.formats = self._format_intervals() if self.foreign is not None else {}
        for s, (e, _r) in self.formats.items():
            cuts.update((s, e))
        self.cuts = sorted(cuts)
        self.moves = InPlaceMoves(self, stream, notes, self.move_style)
        self.comments = InPlaceComments(self, stream, notes, self.moves.replaced)

    def _merged(self, pieces: list) -> list:
        """Neighbouring pieces of one kind joined (a move's note does not matter here); and a whole
        paragraph added (or removed) just before a table written as "previous paragraph's mark + the
        paragraph's text" instead of "the paragraph + its mark": a paragraph mark that goes away cannot
        merge into a table, so Word and LibreOffice would leave an empty paragraph there."""
        from .redline_stream import Piece

        out: list = []
        for p in pieces:
            if out and out[-1].kind == p.kind:
                out[-1].text += p.text
            else:
                out.append(Piece(p.text, p.kind))
        pa = pb = 0
        for k, p in enumerate(out):
            if (
                0 < k < len(out) - 1
                and p.kind != COMMON
                and out[k - 1].kind == COMMON
                and out[k + 1].kind == COMMON
                and len(out[k - 1].text) > 1
                and out[k - 1].text.endswith("\n")
                and len(p.text) > 1
                and p.text.endswith("\n")
                and self._opens_table(
                    (pb if self.base_is_b else pa) + (len(p.text) if p.kind == self.own else 0)
                )
            ):
                out[k - 1].text = out[k - 1].text[:-1]
                p.text = "\n" + p.text[:-1]
                out[k + 1].text = "\n" + out[k + 1].text
                pa, pb = pa - 1, pb - 1
            if p.kind != INS:
                pa += len(p.text)
            if p.kind != DEL:
                pb += len(p.text)
        return out

    def _opens_table(self, pos: int) -> bool:
        j = self.base.para_at(pos)
        if self.base.starts[j] != pos:
            return False
        p = self.base.element(j)
        return _block_start(p) is not p

    def _format_intervals(self) -> dict[int, tuple[int, etree._Element]]:
        """Stretches of common text whose run formatting differs: base start -> (end, original run)."""
        keys: dict = {}

        def key(r):
            k = keys.get(r)
            if k is None:
                k = keys[r] = rpr_key(r.find(w("rPr")))
            return k

        fkeys: dict = {}

        def fkey(r):
            k = fkeys.get(r)
            if k is None:
                k = fkeys[r] = rpr_key(self.ids.rpr(r.find(w("rPr"))))
            return k

        out: dict[int, tuple[int, etree._Element]] = {}
        last: list | None = None
        for bs, fs, n in self.commons:
            shift = bs - fs
            fa = [(s + shift, e + shift, r) for s, e, r in self.foreign.atoms_in(fs, fs + n)]
            k = 0
            for s, e, rb in self.base.atoms_in(bs, bs + n):
                while k < len(fa) and fa[k][1] <= s:
                    k += 1
                m = k
                while m < len(fa) and fa[m][0] < e:
                    x0, x1, ra = max(s, fa[m][0]), min(e, fa[m][1]), fa[m][2]
                    if key(rb) != fkey(ra):
                        if last is not None and last[1] == x0 and last[2] is rb and fkey(last[3]) == fkey(ra):
                            last[1] = x1
                        else:
                            last = [x0, x1, rb, ra]
                            out[x0] = last  # type: ignore[assignment]
                    m += 1
        return {s: (v[1], v[3]) for s, v in out.items()}  # type: ignore[index]

    # -- runs ----------------------------------------------------------------------------------------

    def split(self) -> None:
        """Split base runs at every cut; ``self.pieces`` = (start, end, run), in document order."""
        atoms, cuts = self.base.atoms, self.cuts
        pieces: list[tuple[int, int, etree._Element]] = []
        i = 0
        while i < len(atoms):
            r = atoms[i][2]
            j = i + 1
            while j < len(atoms) and atoms[j][2] is r:
                j += 1
            group = [(s, n, c, inner) for s, n, _r, c, inner in atoms[i:j]]
            i = j
            start, end = group[0][0], group[-1][0] + group[-1][1]
            k = bisect.bisect_right(cuts, start)
            run = r
            while k < len(cuts) and cuts[k] < end:
                x = cuts[k]
                k += 1
                idx = next(t for t, a in enumerate(group) if a[0] <= x < a[0] + a[1])
                s, n, c, inner = group[idx]
                right, first = split_run(run, c, inner + x - s)
                pieces.append((start, x, run))
                group = [(x, s + n - x, first, 0), *group[idx + 1 :]]
                run, start = right, x
            pieces.append((start, end, run))
        self.pieces = pieces
        self.by_start = {s: r for s, _e, r in pieces}
        self.by_end = {e: r for _s, e, r in pieces}

    def kind_at(self, pos: int) -> str:
        k = bisect.bisect_right(self.range_starts, pos) - 1
        return self.ranges[k][2] if k >= 0 else COMMON

    def mark_runs(self) -> None:
        for s, _e, run in self.pieces:
            if self.kind_at(s) == self.own:
                self._wrap_own(run, self.moves.own_tag_at(s))
            elif s in self.formats:
                record_rpr_change(run, self.ids.rpr(self.formats[s][1].find(w("rPr"))), self.revs)
                self.formatting += 1

    def _wrap_own(self, run: etree._Element, move: str | None = None) -> None:
        tag = move or ("ins" if self.own == INS else "del")
        if tag == "del":
            to_deleted(run)
        prev = run.getprevious()
        if prev is not None and prev in self.wrappers and prev.tag == w(tag):
            prev.append(run)
        else:
            self.wrappers.add(wrap(run, self.revs.make(tag)))

    # -- foreign text --------------------------------------------------------------------------------

    def _neighbour_rpr(self, pos: int) -> etree._Element | None:
        run = self.by_end.get(pos)
        if run is None:
            run = self.by_start.get(pos)
        return run.find(w("rPr")) if run is not None else None

    def _foreign_runs(self, fstart: int, text: str, bpos: int, moved: bool = False) -> list[etree._Element]:
        deleted = self.other == DEL and not moved  # moved-away text keeps w:t, as Word writes it
        if not text:
            return []
        if self.foreign is None:
            rpr = self.ids.rpr(self._neighbour_rpr(bpos))
            run = text_run(text, rpr, deleted)
            self.comments.made(fstart, fstart + len(text), run)
            return [run]
        runs: list[etree._Element] = []
        pos, end = fstart, fstart + len(text)
        for s, e, r in self.foreign.atoms_in(fstart, end):
            if s > pos:
                runs.append(text_run(self.fdoc.text[pos:s], None, deleted))
                self.comments.made(pos, s, runs[-1])
            runs.append(text_run(self.fdoc.text[s:e], self.ids.rpr(r.find(w("rPr"))), deleted))
            self.comments.made(s, e, runs[-1])
            pos = e
        if pos < end:
            runs.append(text_run(self.fdoc.text[pos:end], None, deleted))
            self.comments.made(pos, end, runs[-1])
        return runs

    def _foreign_container(self, fstart: int) -> str:
        """The tag of what holds the original's run at ``fstart`` (``w:p``, ``w:hyperlink``, ...)."""
        if self.foreign is not None:
            for _s, _e, r in self.foreign.atoms_in(fstart, fstart + 1):
                return r.getparent().tag
        return w("p")

    def _foreign_wrapper(self, runs: list[etree._Element], move: str | None = None) -> etree._Element:
        wrapper = self.revs.make(move or ("del" if self.other == DEL else "ins"))
        for r in runs:
            wrapper.append(r)
        return wrapper

    def _foreign_ppr(self, i: int) -> etree._Element:
        if self.foreign is not None:
            return self.ids.ppr(_ppr_of(self.foreign.element(i)))
        return _plain_ppr(self.fdoc.paragraphs[i], self.ids)

    def _foreign_mark_rpr(self, i: int) -> etree._Element | None:
        """The original paragraph mark's own formatting (``w:pPr/w:rPr``), mapped, if it has any."""
        if self.foreign is None:
            return None
        ppr = _ppr_of(self.foreign.element(i))
        rpr = ppr.find(w("rPr")) if ppr is not None else None
        return self.ids.rpr(rpr) if rpr is not None and len(rpr) else None

    def _mark(self, p: etree._Element, kind: str, move: str | None = None) -> None:
        put_rpr_child(mark_rpr(p), self.revs.make(move or ("ins" if kind == INS else "del")))

    def insert_foreign(self) -> None:
        for bpos, fstart, text in self.inserts:
            j = self.base.para_at(bpos)
            para = self.base.element(j)
            after = self.by_end.get(bpos) if bpos > self.base.starts[j] else None
            before = self.by_start.get(bpos)
            if after is not None and before is not None:
                # between a hyperlink (or other inline wrapper) and plain text: go where the text was
                container = self._foreign_container(fstart)
                if after.getparent().tag != container and before.getparent().tag == container:
                    after = None
                else:
                    before = None
            parts = text.split("\n")
            offsets = [fstart]
            for part in parts[:-1]:
                offsets.append(offsets[-1] + len(part) + 1)
            if len(parts) == 1:
                runs = self._foreign_runs(fstart, text, bpos)
                _place(para, after, before, self._foreign_wrapper(runs))
                continue
            # paragraph marks that only the other document has: split the base paragraph
            i0 = _para_at(self.fdoc, fstart)
            front = _take_front(para, after, before)
            new_paras = []
            for s in range(len(parts) - 1):
                p = etree.Element(w("p"))
                if s == 0 and front:
                    ppr = _copy_own_ppr(_ppr_of(para))
                    p.append(ppr)
                    if self.foreign is not None and self.base_is_b:
                        record_ppr_change(p, self._foreign_ppr(i0), self.revs)
                        self.paragraph_formatting += 1
                    for el in front:
                        p.append(el)
                else:
                    ppr = self._foreign_ppr(i0 + s)
                    p.append(ppr)
                    mark = self._foreign_mark_rpr(i0 + s)
                    if mark is not None:
                        put_ppr_child(ppr, mark)
                move = None if s == 0 and front else self.moves.foreign_mark(i0 + s, p)
                runs = self._foreign_runs(offsets[s], parts[s], bpos, move is not None)
                if runs:
                    p.append(self._foreign_wrapper(runs, move))
                self._mark(p, self.other, move)
                new_paras.append(p)
            anchor = para if front or parts[-1] else _block_start(para)
            for p in new_paras:
                anchor.addprevious(p)
            tail = self._foreign_runs(offsets[-1], parts[-1], bpos)
            if tail:
                wrapper = self._foreign_wrapper(tail)
                ppr = _ppr_of(para)
                if ppr is not None:
                    ppr.addnext(wrapper)
                else:
                    para.insert(0, wrapper)

    # -- paragraph marks ------------------------------------------------------------------------------

    def marks(self) -> None:
        text = self.base.doc.text
        for s, e, kind in self.ranges:
            if kind != self.own:
                continue
            k = text.find("\n", s, e)
            while k >= 0:
                j = self.base.para_at(k)
                p = self.base.element(j)
                # an empty paragraph after it stays: it is no text of either
                self._mark(p, self.own, self.moves.own_mark(j, p))
                k = text.find("\n", k + 1, e)
        if self.foreign is None or not self.base_is_b:
            return
        for j, i in self.mark_pairs:
            old = self._foreign_ppr(i)
            p = self.base.element(j)
            if ppr_key(_ppr_of(p)) != ppr_key(old):
                record_ppr_change(p, old, self.revs)
                self.paragraph_formatting += 1

    def rows(self) -> None:
        """A table row whose every paragraph is this side's own change is an inserted (deleted) row, so
        that rejecting (accepting) removes the row itself and not only its text."""
        index = {pl.elements[-1]: j for j, pl in enumerate(self.base.layout.paragraphs) if pl.elements}
        starts = self.base.starts
        foreign_at = {ins[0] for ins in self.inserts}
        for tr in self.base.root.iter(w("tr")):
            paras = [index[p] for p in tr.iter(w("p")) if p in index]
            if not paras:
                continue
            lo = starts[paras[0]]
            hi = starts[paras[-1]] + self.base.layout.paragraphs[paras[-1]].length  # the cell end is no text
            k = bisect.bisect_right(self.range_starts, lo) - 1
            own = k >= 0
            while own and k < len(self.ranges) and self.ranges[k][0] < hi:
                own = self.ranges[k][2] == self.own
                k += 1
            if own and not any(lo <= x <= hi for x in foreign_at):
                _mark_row(tr, self.revs.make("ins" if self.own == INS else "del"))

    def run(self) -> None:
        self.plan()
        self.split()
        self.insert_foreign()
        self.mark_runs()
        self.marks()
        self.rows()
        self.moves.add_ranges()


def _mark_row(tr: etree._Element, mark: etree._Element) -> None:
    """``w:trPr/w:ins`` (or ``w:del``): after the row's other properties, before ``w:trPrChange``."""
    trpr = tr.find(w("trPr"))
    if trpr is None:
        trpr = etree.Element(w("trPr"))
        prex = tr.find(w("tblPrEx"))
        if prex is not None:
            prex.addnext(trpr)
        else:
            tr.insert(0, trpr)
    if all(c.tag in (w("ins"), w("del"), w("trPrChange")) for c in trpr):
        # CT_TrPr needs one row property before the revision mark (ECMA-376 17.4.82): the default one
        trpr.insert(0, etree.Element(w("cantSplit"), {w("val"): "off"}))
    change = trpr.find(w("trPrChange"))
    if change is not None:
        change.addprevious(mark)
    else:
        trpr.append(mark)


def _para_at(doc: Document, pos: int) -> int:
    lo, hi = 0, len(doc.paragraphs) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc.paragraphs[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _plain_ppr(par: Paragraph, ids: IdMap) -> etree._Element:
    """Paragraph properties for a paragraph that came from plain text: its style, when the base has it."""
    ppr = etree.Element(w("pPr"))
    name = par.style or (f"Heading {min(max(par.level, 1), 9)}" if par.kind == "heading" else None)
    sid = ids.style_by_name(name) if name else None
    if sid:
        etree.SubElement(ppr, w("pStyle")).set(w("val"), sid)
    return ppr


def _copy_own_ppr(ppr: etree._Element | None) -> etree._Element:
    """A base paragraph's properties for the front part split off it (the section break stays behind)."""
    out = copy.deepcopy(ppr) if ppr is not None else etree.Element(w("pPr"))
    for tag in ("sectPr", "pPrChange"):
        for el in out.findall(w(tag)):
            out.remove(el)
    rpr = out.find(w("rPr"))
    if rpr is not None:
        for el in list(rpr):
            if el.tag in (w("ins"), w("del"), w("moveFrom"), w("moveTo")):
                rpr.remove(el)
    return out


def _block_start(para: etree._Element) -> etree._Element:
    """The outermost table that ``para`` opens (first paragraph of its first cell), else ``para``:
    whole paragraphs that go before it belong before the table, not inside its first cell."""
    el = para
    while True:
        tc = el.getparent()
        if tc is None or tc.tag != w("tc") or _has_previous(el, w("p"), w("tbl")):
            return el
        tr = tc.getparent()
        if tr is None or _has_previous(tc, w("tc")):
            return el
        tbl = tr.getparent()
        if tbl is None or tbl.tag != w("tbl") or _has_previous(tr, w("tr")):
            return el
        el = tbl


def _has_previous(el: etree._Element, *tags: str) -> bool:
    return any(s.tag in tags for s in el.itersiblings(preceding=True))


def _top(para: etree._Element, el: etree._Element) -> etree._Element:
    while el.getparent() is not None and el.getparent() is not para:
        el = el.getparent()
    return el


def _place(para, after, before, el: etree._Element) -> None:
    if after is not None:
        after.addnext(el)
    elif before is not None:
        before.addprevious(el)
    else:
        para.append(el)


def _take_front(para, after, before) -> list[etree._Element]:
    """Detach the paragraph's content before the split point (after ``after`` / before ``before``)."""
    if after is not None:
        stop, inclusive = _top(para, after), True
    elif before is not None:
        stop, inclusive = _top(para, before), False
    else:
        return []
    front = []
    for child in list(para):
        if child.tag == w("pPr"):
            continue
        if child is stop and not inclusive:
            break
        front.append(child)
        if child is stop:
            break
    for el in front:
        para.remove(el)
    return front


# --------------------------------------------------------------------------- entry point


def _verify(result: ComparisonResult, base: _Side) -> None:
    from compare.readers.docx_reader import extract_text

    for mode, doc in (("accept", result.b.document), ("original", result.a.document)):
        got = "\n".join(extract_text(base.root, base.numbering, base.styles, mode))
        if got != doc.text:
            raise Fallback("the in-place redline did not reproduce the documents (internal check)")


def _save(base: _Side, tmp: Path) -> None:
    main = base.layout.main_part
    xml = etree.tostring(base.root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with (
        zipfile.ZipFile(io.BytesIO(base.data)) as src,
        zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = (
                xml
                if info.filename == main
                else base.parts.pop(info.filename, None) or src.read(info.filename)
            )
            dst.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
        for name, data in base.parts.items():  # parts the redline adds (the comments)
            dst.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


def build_in_place(
    result: ComparisonResult, author: str, date: str, summary: RedlineSummary, moves: str = "native"
):
    """The base side with the changes woven in, or ``None`` when neither input is a .docx.

    Raises :class:`Fallback` when a .docx input cannot be used (the caller writes the plain redline).
    """
    a, b = result.a.document, result.b.document
    revisions = result.options.revisions
    if b.format == "docx":
        base = _Side(b, revisions, "revised")
        if base.revisions_in_input:
            raise Fallback(f"the revised {b.name} already has tracked changes")
        foreign = _Side(a, revisions, "original") if a.format == "docx" else None
        base_is_b = True
    elif a.format == "docx":
        base = _Side(a, revisions, "original")
        if base.revisions_in_input:
            raise Fallback(f"the original {a.name} already has tracked changes")
        foreign, base_is_b = None, False
    else:
        return None
    weaver = _Weaver(result, base, foreign, base_is_b, author, date, moves)
    weaver.run()
    with zipfile.ZipFile(io.BytesIO(base.data)) as zf:
        names = set(zf.namelist())
        summary.comments = weaver.comments.finish(base, lambda n: zf.read(n) if n in names else None)
    base.parts = weaver.comments.parts
    _verify(result, base)
    summary.base = "revised" if base_is_b else "original"
    summary.insertions = weaver.revs.counts.get("ins", 0)
    summary.deletions = weaver.revs.counts.get("del", 0)
    summary.formatting = weaver.formatting
    summary.paragraph_formatting = weaver.paragraph_formatting
    summary.moves = weaver.moves.count
    return base


def write_in_place(
    result: ComparisonResult,
    path: str | os.PathLike,
    author: str,
    date: str,
    inputs,
    summary: RedlineSummary,
    moves: str = "native",
) -> Path | None:
    """Write the in-place redline; ``None`` (with a note in ``summary``) when the plain one must do."""
    from .atomic import atomic_write

    try:
        base = build_in_place(result, author, date, summary, moves)
    except Fallback as exc:
        summary.notes.append(f"{exc}; written as a new document instead")
        return None
    if base is None:
        return None
    return atomic_write(path, lambda tmp: _save(base, tmp), inputs)
