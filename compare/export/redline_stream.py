"""The merged stream behind both Word redlines: the two documents' characters as pieces of common,
inserted and deleted text, guided by the alignment (word-level DiffOps inside aligned clauses, a small
token match for the text between clauses: typed labels, spaces, paragraph breaks). A "\\n" in a piece is a
paragraph mark with that piece's revision kind. Accepting every piece must give the revised text and
rejecting every piece the original text; :func:`exact_stream` checks this and falls back to a coarser
(clause-level) stream if the fine one ever failed, so a redline is always exact.

Kept apart from the writers (:mod:`.redline`, :mod:`.docx_redline`) so that both use it without
importing each other.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..errors import ExportError
from ..model import AlignmentEntry, ComparisonResult, Document, new_text, old_text

COMMON, INS, DEL = "=", "+", "-"

_GAP_TOKEN = re.compile(r"\n|\w+|[^\S\n]+|[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"[^\S\n]+")


@dataclass(slots=True)
class Piece:
    """A stretch of the merged stream: ``kind`` is COMMON, INS or DEL; ``note`` indexes the comment list."""

    text: str
    kind: str
    note: int | None = None


def accept_text(pieces: Iterable[Piece]) -> str:
    return "".join(p.text for p in pieces if p.kind != DEL)


def reject_text(pieces: Iterable[Piece]) -> str:
    return "".join(p.text for p in pieces if p.kind != INS)


# --------------------------------------------------------------------------- merging


class _Stream:
    """Collects pieces, merging neighbours of the same kind and note.

    A merged piece's text is kept as a list of parts and joined once: growing a string attribute with
    ``+=`` copies it every time, which made 200k identical lines quadratic."""

    def __init__(self) -> None:
        self._pieces: list[Piece] = []
        self._parts: list[str] = []  # the last piece's text, not yet joined

    def add(self, text: str, kind: str, note: int | None = None) -> None:
        if not text:
            return
        last = self._pieces[-1] if self._pieces else None
        if last is not None and last.kind == kind and last.note == note:
            self._parts.append(text)
        else:
            self._close()
            self._pieces.append(Piece(text, kind, note))
            self._parts = [text]

    def _close(self) -> None:
        if len(self._parts) > 1:
            self._pieces[-1].text = "".join(self._parts)
        self._parts = []

    @property
    def pieces(self) -> list[Piece]:
        self._close()
        if self._pieces:
            self._parts = [self._pieces[-1].text]
        return self._pieces

    def replace(self, old: str, new: str) -> None:
        """Old text becomes new text: shared tokens stay common, the rest is deleted then inserted."""
        if old == new:
            self.add(old, COMMON)
            return
        ta, tb = _GAP_TOKEN.findall(old), _GAP_TOKEN.findall(new)
        if "".join(ta) != old or "".join(tb) != new:  # cannot happen with this regex; stay exact anyway
            self.add(old, DEL)
            self.add(new, INS)
            return
        sm = SequenceMatcher(None, ta, tb, autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == "equal":
                self.add("".join(ta[i1:i2]), COMMON)
            else:
                self.add("".join(ta[i1:i2]), DEL)
                self.add("".join(tb[j1:j2]), INS)


@dataclass(frozen=True, slots=True)
class _Seg:
    """A stretch of an entry's text: a clause slice, or the single joining space standing for a gap."""

    off: int  # offset in the entry text
    length: int
    doc_start: int
    doc_end: int
    joiner: bool


def _segments(doc: Document, clauses, idx: Sequence[int]) -> list[_Seg]:
    segs: list[_Seg] = []
    off = 0
    for n, i in enumerate(idx):
        c = clauses[i]
        if n:
            prev = clauses[idx[n - 1]]
            segs.append(_Seg(off, 1, prev.end, c.start, True))
            off += 1
        segs.append(_Seg(off, len(c.text), c.start, c.end, False))
        off += len(c.text)
    return segs


def _cuts(segs: list[_Seg], lo: int, hi: int) -> set[int]:
    """Relative offsets in [lo, hi) where a joiner starts or ends."""
    out: set[int] = set()
    for s in segs:
        if s.joiner and lo <= s.off < hi:
            out.add(s.off - lo)
            out.add(s.off + 1 - lo)
    return out


def _doc_text(doc: Document, segs: list[_Seg], lo: int, hi: int) -> str:
    """Document text standing for entry-text [lo, hi): clause slices verbatim, joiners as their gaps."""
    parts: list[str] = []
    for s in segs:
        a, b = max(lo, s.off), min(hi, s.off + s.length)
        if a >= b:
            continue
        if s.joiner:
            parts.append(doc.text[s.doc_start : s.doc_end])
        else:
            parts.append(doc.text[s.doc_start + a - s.off : s.doc_start + b - s.off])
    return "".join(parts)


def _has_joiner(segs: list[_Seg], lo: int, hi: int) -> bool:
    return any(s.joiner and lo <= s.off < hi for s in segs)


def _emit_entry(out: _Stream, result: ComparisonResult, e: AlignmentEntry) -> None:
    """An aligned entry, word by word from its DiffOps, with the real gaps between its clauses."""
    da, db = result.a.document, result.b.document
    sa = _segments(da, result.a.clauses, e.a)
    sb = _segments(db, result.b.clauses, e.b)
    pa = pb = 0
    for d in e.diff:
        if d.op == "-":
            out.add(_doc_text(da, sa, pa, pa + len(d.text)), DEL)
            pa += len(d.text)
        elif d.op == "+":
            out.add(_doc_text(db, sb, pb, pb + len(d.text)), INS)
            pb += len(d.text)
        elif d.old is not None:  # a difference hidden by an ignore option: the redline stays exact
            na, nb = len(d.old), len(d.text)
            out.replace(_doc_text(da, sa, pa, pa + na), _doc_text(db, sb, pb, pb + nb))
            pa, pb = pa + na, pb + nb
        else:
            n = len(d.text)
            if not _has_joiner(sa, pa, pa + n) and not _has_joiner(sb, pb, pb + n):
                out.add(_doc_text(da, sa, pa, pa + n), COMMON)
            else:
                bounds = sorted({0, n} | _cuts(sa, pa, pa + n) | _cuts(sb, pb, pb + n))
                for r0, r1 in zip(bounds, bounds[1:], strict=False):
                    if r0 >= n:
                        break
                    r1 = min(r1, n)
                    ta = _doc_text(da, sa, pa + r0, pa + r1)
                    tb = _doc_text(db, sb, pb + r0, pb + r1)
                    out.replace(ta, tb)
            pa, pb = pa + n, pb + n


def _span(clauses, idx: Sequence[int]) -> tuple[int, int]:
    return clauses[min(idx)].start, clauses[max(idx)].end


def _contiguous(idx: Sequence[int]) -> bool:
    return bool(idx) and tuple(idx) == tuple(range(min(idx), max(idx) + 1))


def _consistent(result: ComparisonResult, e: AlignmentEntry) -> bool:
    return old_text(e.diff) == result.entry_text(e, "a") and new_text(e.diff) == result.entry_text(e, "b")


def _candidate(result: ComparisonResult, e: AlignmentEntry) -> bool:
    return bool(
        e.a and e.b and not e.moved and _contiguous(e.a) and _contiguous(e.b) and _consistent(result, e)
    )


def _anchors(result: ComparisonResult) -> list[AlignmentEntry]:
    """Entries written in place with word-level changes: in order on both sides (longest such chain)."""
    cands = [e for e in result.alignment if _candidate(result, e)]
    cands.sort(key=lambda e: min(e.b))
    # longest increasing subsequence on the old position (patience sorting)
    tails: list[int] = []
    tail_idx: list[int] = []
    prev: list[int] = [-1] * len(cands)
    for k, e in enumerate(cands):
        key = min(e.a)
        pos = bisect.bisect_left(tails, key)
        if pos == len(tails):
            tails.append(key)
            tail_idx.append(k)
        else:
            tails[pos] = key
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos else -1
    chain: list[AlignmentEntry] = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        chain.append(cands[k])
        k = prev[k]
    return chain[::-1]


def _place(result: ComparisonResult, which: str, idx: Sequence[int]) -> str:
    c = result.side(which).clauses[idx[0]]
    if c.label:
        return f"§{c.label}"
    return f"{'new' if which == 'b' else 'old'} ¶{c.paragraph + 1}"


def _region(
    out: _Stream,
    result: ComparisonResult,
    a_span: tuple[int, int],
    b_span: tuple[int, int],
    notes_a: dict[int, int],
    notes_b: dict[int, int],
    starts: dict[str, tuple[list[int], list[int]]],
) -> None:
    """Text between two in-place entries: unmatched clauses are deleted/inserted whole; the gaps around
    them (labels, spaces, paragraph breaks) are matched token by token so shared ones stay common."""

    def tokens(which: str, span: tuple[int, int]) -> list[tuple[object, str, int | None]]:
        doc = result.side(which).document
        clauses = result.side(which).clauses
        toks: list[tuple[object, str, int | None]] = []
        pos = span[0]
        notes = notes_a if which == "a" else notes_b
        order, begins = starts[which]
        first = bisect.bisect_left(begins, span[0])  # a bisection, not a scan of every clause per region
        last = bisect.bisect_left(begins, span[1], first)
        for c in (clauses[k] for k in order[first:last]):
            if c.end > span[1] or c.end <= c.start:
                continue
            for t in _GAP_TOKEN.findall(doc.text[pos : c.start]):
                toks.append((t, t, None))
            toks.append(((which, c.index), c.text, notes.get(c.index)))
            pos = c.end
        for t in _GAP_TOKEN.findall(doc.text[pos : span[1]]):
            toks.append((t, t, None))
        return toks

    ta, tb = tokens("a", a_span), tokens("b", b_span)
    # The gap after the last unmatched clause is the label of the next in-place clause ("\n3. "): match
    # it on its own so an inserted paragraph is shown whole and the next label as renumbered.
    ka = max((k + 1 for k, t in enumerate(ta) if not isinstance(t[0], str)), default=0)
    kb = max((k + 1 for k, t in enumerate(tb) if not isinstance(t[0], str)), default=0)
    sm = SequenceMatcher(None, [t[0] for t in ta[:ka]], [t[0] for t in tb[:kb]], autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for t in ta[i1:i2]:
                out.add(t[1], COMMON)
        else:
            for t in ta[i1:i2]:
                out.add(t[1], DEL, t[2])
            for t in tb[j1:j2]:
                out.add(t[1], INS, t[2])
    out.replace("".join(t[1] for t in ta[ka:]), "".join(t[1] for t in tb[kb:]))


def _by_start(clauses: Sequence) -> tuple[list[int], list[int]]:
    """Clause indices in order of their start offsets, and those offsets (for bisection)."""
    order = sorted(range(len(clauses)), key=lambda k: (clauses[k].start, k))
    return order, [clauses[k].start for k in order]


def build_stream(result: ComparisonResult, fine: bool = True) -> tuple[list[Piece], list[str]]:
    """Merged pieces and the comment texts their ``note`` fields index.

    ``fine=False`` writes no entry word by word (every clause deleted/inserted whole, gaps matched):
    exact by construction, used only as a safety net.
    """
    da, db = result.a.document, result.b.document
    anchors = _anchors(result) if fine else []
    anchored = {id(e) for e in anchors}
    notes: list[str] = []
    notes_a: dict[int, int] = {}
    notes_b: dict[int, int] = {}
    for e in result.alignment:
        out_of_order = fine and _candidate(result, e)  # in-place candidate that lost to a longer chain
        if e.a and e.b and id(e) not in anchored and (e.moved or out_of_order):
            to_, from_ = _place(result, "b", e.b), _place(result, "a", e.a)
            notes.append(f"Moved to {to_}")
            for i in e.a:
                notes_a[i] = len(notes) - 1
            notes.append(f"Moved from {from_}")
            for j in e.b:
                notes_b[j] = len(notes) - 1
    out = _Stream()
    starts = {"a": _by_start(result.a.clauses), "b": _by_start(result.b.clauses)}
    pa = pb = 0
    for e in anchors:
        a0, a1 = _span(result.a.clauses, e.a)
        b0, b1 = _span(result.b.clauses, e.b)
        _region(out, result, (pa, a0), (pb, b0), notes_a, notes_b, starts)
        _emit_entry(out, result, e)
        pa, pb = a1, b1
    _region(out, result, (pa, len(da.text)), (pb, len(db.text)), notes_a, notes_b, starts)
    return _uncross(_arrange(_slide(out.pieces))), notes


def _arrange(pieces: list[Piece]) -> list[Piece]:
    """Order each stretch of changes so that paragraphs start together on both sides.

    Between two common pieces, deleted text ``D0¶D1¶…¶Dk`` and inserted text ``I0¶…¶Im`` may come in any
    interleaving (deletions and insertions commute). When both hold paragraph marks and the stretch is
    not simply whole paragraphs replaced, they are laid out as ``D0¶ I0¶ I1¶ … D1¶ … Im Dk``: D0/I0 end
    the paragraph before, Dk/Im begin the one after, and every paragraph between is wholly deleted or
    wholly inserted, so no output paragraph is one side's paragraph start and the other side's
    middle (which list numbering could not serve on both sides)."""
    out = _Stream()
    i = 0
    while i < len(pieces):
        if pieces[i].kind == COMMON:
            out.add(pieces[i].text, COMMON, pieces[i].note)
            i += 1
            continue
        j = i
        while j < len(pieces) and (
            pieces[j].kind != COMMON
            or (j + 1 < len(pieces) and pieces[j + 1].kind != COMMON and _SPACES.fullmatch(pieces[j].text))
        ):
            j += 1  # a space kept between two changes is part of the stretch (shown deleted and inserted)
        block = pieces[i:j]
        at_start = i == 0 or pieces[i - 1].text.endswith("\n")
        lines = {DEL: [[]], INS: [[]]}
        for p in block:
            for kind in (DEL, INS) if p.kind == COMMON else (p.kind,):
                for k, part in enumerate(p.text.split("\n")):
                    if k:
                        lines[kind][-1].append(("\n", p.note))
                        lines[kind].append([])
                    if part:
                        lines[kind][-1].append((part, p.note))
        d, n = lines[DEL], lines[INS]
        clean = at_start and not d[-1] and not n[-1]
        nxt = pieces[j] if j < len(pieces) else None
        one = next((k for k in (DEL, INS) if len(lines[k]) == 1), None)
        other = INS if one == DEL else DEL
        starts_new = len(lines[other]) > 1 and [t for t, _ in lines[other][0]] == ["\n"]
        if one is not None and starts_new and nxt is not None and nxt.text[:1] == "\n":
            # "X" on one side, "\nY" on the other, then "\n…": Y is a whole paragraph; end it with the
            # common paragraph break instead of starting with it (what _slide does for one-sided changes)
            for text, note in lines[one][0]:
                out.add(text, one, note)
            out.add("\n", COMMON, nxt.note)
            for line in lines[other][1:]:
                for text, note in line:
                    out.add(text, other, note)
            out.add("\n", other, nxt.note)
            pieces[j] = Piece(nxt.text[1:], COMMON, nxt.note)
        elif len(d) == 1 or len(n) == 1 or clean:
            for p in block:
                out.add(p.text, p.kind, p.note)
        else:
            order = [(d[0], DEL)] + [(line, INS) for line in n[:-1]] + [(line, DEL) for line in d[1:-1]]
            for line, kind in order + [(n[-1], INS), (d[-1], DEL)]:
                for text, note in line:
                    out.add(text, kind, note)
        i = j
    return out.pieces


def _uncross(pieces: list[Piece]) -> list[Piece]:
    """Put a paragraph mark inserted right after a deleted paragraph start (or deleted after an inserted
    one) before it: "\nX" deleted + "\nY" inserted becomes "\n" deleted, "\n" inserted, "X" deleted,
    "Y" inserted. Adjacent deletions and insertions commute, so both texts stay the same; but X and Y now
    begin the same output paragraph, as they begin their own documents' paragraphs, instead of X being
    held by a paragraph whose mark is Y's (which no list numbering can serve on both sides)."""
    out: list[Piece] = []
    for p in pieces:
        out.append(p)
        while len(out) >= 2:
            last, prev = out[-1], out[-2]
            if {prev.kind, last.kind} != {DEL, INS} or not last.text.startswith("\n"):
                break
            cut = prev.text.rfind("\n") + 1
            if cut == 0 or cut == len(prev.text):
                break
            head, tail = prev.text[:cut], prev.text[cut:]
            out[-2:] = [
                Piece(head, prev.kind, prev.note),
                Piece("\n", last.kind, last.note),
                Piece(tail, prev.kind, prev.note),
            ]
            if len(last.text) > 1:
                out.append(Piece(last.text[1:], last.kind, last.note))
    return out


def _slide(pieces: list[Piece]) -> list[Piece]:
    """Move a change that starts with a paragraph break to end with one ("\nX" + "\nY" -> "\n" + "X\n"
    + "Y"): same texts either way, but Word then shows a whole inserted/deleted paragraph."""
    k = 1
    while k < len(pieces) - 1:
        m = k
        while m + 1 < len(pieces) and pieces[m + 1].kind == pieces[k].kind:
            m += 1
        prev, first, last = pieces[k - 1], pieces[k], pieces[m]
        nxt = pieces[m + 1] if m + 1 < len(pieces) else None
        if (
            first.kind != COMMON
            and prev.kind == COMMON
            and nxt is not None
            and nxt.kind == COMMON
            and first.text.startswith("\n")
            and nxt.text.startswith("\n")
        ):
            prev.text += "\n"
            first.text = first.text[1:]
            last.text += "\n"
            nxt.text = nxt.text[1:]
        k = m + 1
    return [p for p in pieces if p.text]


def exact_stream(result: ComparisonResult) -> tuple[list[Piece], list[str]]:
    """The finest stream that reproduces both documents exactly (checked, not assumed)."""
    a, b = result.a.document.text, result.b.document.text
    for fine in (True, False):
        pieces, notes = build_stream(result, fine)
        if accept_text(pieces) == b and reject_text(pieces) == a:
            return pieces, notes
    raise ExportError("internal error: the redline does not reproduce the documents; please report it")


@dataclass(slots=True)
class _Para:
    """An output paragraph: its runs (text, kind, note) with where each starts in the old and the new
    text, its mark kind, and the old and new paragraphs it belongs to (a paragraph whose mark is
    inserted joins the next one on reject, so several output paragraphs may share one index)."""

    runs: list[tuple[str, str, int | None]]
    offs: list[tuple[int, int]]
    mark: str
    a_index: int
    b_index: int


def _paragraphs(pieces: list[Piece]) -> list[_Para]:
    paras: list[_Para] = []
    cur: list[tuple[str, str, int | None]] = []
    offs: list[tuple[int, int]] = []
    ai = bi = 0
    pa = pb = 0
    for p in pieces:
        parts = p.text.split("\n")
        for k, part in enumerate(parts):
            if part:
                cur.append((part, p.kind, p.note))
                offs.append((pa, pb))
                if p.kind != INS:
                    pa += len(part)
                if p.kind != DEL:
                    pb += len(part)
            if k < len(parts) - 1:
                paras.append(_Para(cur, offs, p.kind, ai, bi))
                cur, offs = [], []
                if p.kind != INS:
                    ai += 1
                    pa += 1
                if p.kind != DEL:
                    bi += 1
                    pb += 1
    paras.append(_Para(cur, offs, COMMON, ai, bi))
    return paras
