"""Display-ready facts derived from a ComparisonResult, built in the worker thread.

Panes, gutter, overview and change list need per-clause lookups (which entry, which mark, which character
ranges to strike or underline). Building them once, off the UI thread, keeps painting cheap for documents
with tens of thousands of clauses. Nothing here compares text: it only re-indexes the engine's result.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from compare.export.renumbering import change_rows, is_pure_renumbering, renumber_shift
from compare.model import AlignmentEntry, ComparisonResult, Kind

# How each entry is marked in the margin. A non-colour signal for every colour we use.
MARK_GLYPH: dict[str, str] = {
    "changed": "~",
    "added": "+",
    "removed": "\u2212",
    "moved": "\u21c4",
    "renumbered": "#",
    "warning": "!",
}


def entry_mark(e: AlignmentEntry) -> str:
    """The one mark that best describes an entry ("" for an unchanged, unmoved clause)."""
    if e.moved:
        return "moved"
    if e.kind == Kind.CHANGED:
        return "changed"
    if e.kind == Kind.ADDED:
        return "added"
    if e.kind == Kind.REMOVED:
        return "removed"
    if e.relabelled:
        return "renumbered"
    return ""


@dataclass(slots=True)
class SideView:
    """Per-side lookups. ``word_ranges`` maps a paragraph to (start, end, op) document offsets."""

    which: str
    clause_entry: list[int]
    clause_mark: list[str]
    clause_starts: list[int]
    para_first_clause: list[int]  # paragraph -> index of its first clause (or of the next one)
    word_ranges: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)

    def clauses_in_paragraph(self, p: int) -> range:
        lo = self.para_first_clause[p]
        hi = self.para_first_clause[p + 1] if p + 1 < len(self.para_first_clause) else len(self.clause_entry)
        return range(lo, hi)

    def clause_at_offset(self, offset: int) -> int | None:
        """The clause containing (or nearest before) a document offset."""
        if not self.clause_starts:
            return None
        return max(0, bisect_right(self.clause_starts, offset) - 1)


@dataclass(slots=True)
class Presentation:
    result: ComparisonResult
    a: SideView
    b: SideView
    changes: list[int]  # alignment indices of the entries a reader must look at
    change_texts: list[str]
    anchor_other: dict[int, int]  # ADDED/REMOVED entry -> clause of the other side it sits after (-1: top)
    sync: SyncMap
    # per change: (start, length, mark) as fractions of the revised text, for the overview strip
    overview_marks: list[tuple[float, float, str]] = field(default_factory=list)
    row_kinds: list[str] = field(default_factory=list)  # per change row: "change", "renumbered", "warning"
    ignore_renumbering: bool = False

    def side(self, which: str) -> SideView:
        return self.a if which == "a" else self.b

    def partners(self, which: str, clause: int) -> tuple[tuple[int, ...], tuple[int, ...], int]:
        """(clauses on ``which``, clauses on the other side, entry index) for a clause."""
        k = self.side(which).clause_entry[clause]
        e = self.result.alignment[k]
        return (e.a, e.b, k) if which == "a" else (e.b, e.a, k)


class SyncMap:
    """Piecewise-linear map between fractional clause positions of the two sides.

    Anchors are the in-place entries that have clauses on both sides; stretches between anchors (added,
    removed or moved clauses) are interpolated, so synchronised scrolling never jumps.
    """

    def __init__(self, segments: list[tuple[float, float, float, float]]) -> None:
        # (a0, a1, b0, b1): a-range [a0, a1) corresponds to b-range [b0, b1); ranges tile both sides
        self.segments = segments
        self._a_starts = [s[0] for s in segments]
        self._b_starts = [s[2] for s in segments]

    @classmethod
    def build(cls, alignment: list[AlignmentEntry], n_a: int, n_b: int) -> SyncMap:
        anchors: list[tuple[int, int, int, int]] = []
        for e in alignment:
            if e.a and e.b and not e.moved:
                a0, a1, b0, b1 = e.a[0], e.a[-1] + 1, e.b[0], e.b[-1] + 1
                if anchors and (a0 < anchors[-1][1] or b0 < anchors[-1][3]):
                    continue  # keep the map monotonic on both sides
                anchors.append((a0, a1, b0, b1))
        segs: list[tuple[float, float, float, float]] = []
        pa, pb = 0, 0
        for a0, a1, b0, b1 in anchors:
            if a0 > pa or b0 > pb:
                segs.append((pa, a0, pb, b0))
            segs.append((a0, a1, b0, b1))
            pa, pb = a1, b1
        if n_a > pa or n_b > pb or not segs:
            segs.append((pa, max(n_a, pa), pb, max(n_b, pb)))
        return cls(segs)

    def map(self, pos: float, from_side: str) -> float:
        """Map a fractional clause position on ``from_side`` ("a" or "b") to the other side."""
        if not self.segments:
            return 0.0
        starts = self._a_starts if from_side == "a" else self._b_starts
        k = max(0, bisect_right(starts, pos) - 1)
        s0, s1, t0, t1 = self.segments[k] if from_side == "a" else self._flip(self.segments[k])
        # skip zero-width source segments (pure additions on the other side)
        while s1 <= s0 and k + 1 < len(self.segments) and pos >= s1:
            k += 1
            s0, s1, t0, t1 = self.segments[k] if from_side == "a" else self._flip(self.segments[k])
        if s1 <= s0:
            return t0
        frac = min(max((pos - s0) / (s1 - s0), 0.0), 1.0)
        return t0 + frac * (t1 - t0)

    @staticmethod
    def _flip(s: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        return s[2], s[3], s[0], s[1]


def _side_view(result: ComparisonResult, which: str) -> SideView:
    side = result.side(which)
    n = len(side.clauses)
    clause_entry = [-1] * n
    clause_mark = [""] * n
    for k, e in enumerate(result.alignment):
        mark = entry_mark(e)
        for i in e.a if which == "a" else e.b:
            clause_entry[i] = k
            clause_mark[i] = mark
    starts = [c.start for c in side.clauses]
    n_para = len(side.document.paragraphs)
    first = [n] * n_para
    for c in reversed(side.clauses):
        if 0 <= c.paragraph < n_para:
            first[c.paragraph] = c.index
    for p in range(n_para - 2, -1, -1):  # paragraphs without clauses point at the next clause
        first[p] = min(first[p], first[p + 1])
    return SideView(which, clause_entry, clause_mark, starts, first)


def _word_ranges(result: ComparisonResult, e: AlignmentEntry, which: str) -> list[tuple[int, int, int, str]]:
    """(paragraph, start, end, op) document ranges of the words this entry deletes ("a") or inserts ("b").

    The diff walks ``entry_text`` (clause texts joined by one space); we walk the same joined text and
    convert to document offsets clause by clause. A diff that does not add up is skipped, never guessed.
    """
    clauses = [result.side(which).clauses[i] for i in (e.a if which == "a" else e.b)]
    bounds: list[tuple[int, int]] = []  # joined-text span of each clause
    pos = 0
    for c in clauses:
        bounds.append((pos, pos + len(c.text)))
        pos += len(c.text) + 1
    total = pos - 1 if clauses else 0
    wanted = "-" if which == "a" else "+"
    spans: list[tuple[int, int]] = []
    pos = 0
    for d in e.diff:
        if d.op == "=":
            pos += len(d.old if (which == "a" and d.old is not None) else d.text)
        elif d.op == wanted:
            spans.append((pos, pos + len(d.text)))
            pos += len(d.text)
    if pos != total:
        return []
    out: list[tuple[int, int, int, str]] = []
    for s, t in spans:
        for c, (b0, b1) in zip(clauses, bounds, strict=True):
            lo, hi = max(s, b0), min(t, b1)
            if lo < hi:
                text = c.text[lo - b0 : hi - b0]
                # trim surrounding spaces so underlines and strikes cover words only
                lead = len(text) - len(text.lstrip())
                trail = len(text) - len(text.rstrip())
                if lead + trail < len(text):
                    out.append((c.paragraph, c.start + lo - b0 + lead, c.start + hi - b0 - trail, wanted))
    return out


def build_presentation(result: ComparisonResult, ignore_renumbering: bool = False) -> Presentation:
    a, b = _side_view(result, "a"), _side_view(result, "b")
    for e in result.alignment:
        if e.kind == Kind.CHANGED and e.a and e.b:
            for view in (a, b):
                for p, s, t, op in _word_ranges(result, e, view.which):
                    view.word_ranges.setdefault(p, []).append((s, t, op))
    anchor_other: dict[int, int] = {}
    last_a, last_b = -1, -1
    for k, e in enumerate(result.alignment):
        if e.kind == Kind.ADDED:
            anchor_other[k] = last_a
        elif e.kind == Kind.REMOVED:
            anchor_other[k] = last_b
        if e.a and not e.moved:
            last_a = e.a[-1]
        if e.b:
            last_b = e.b[-1]
    sync = SyncMap.build(result.alignment, len(result.a.clauses), len(result.b.clauses))
    pres = Presentation(result, a, b, [], [], anchor_other, sync)
    apply_rows(pres, ignore_renumbering)
    return pres


def apply_rows(pres: Presentation, ignore_renumbering: bool) -> None:
    """(Re)build the change-list rows and the renumbering marks (cheap: the "Ignore renumbering" toggle
    runs this on the UI thread). One row per renumbered run; a sub-item whose own letter is the same and,
    with ``ignore_renumbering``, every clause that only got a new number, keeps no mark in the panes."""
    result = pres.result
    rows = change_rows(result, ignore_renumbering)
    pres.changes = [r.entries[0] for r in rows]
    pres.change_texts = [r.text for r in rows]
    pres.row_kinds = [r.kind for r in rows]
    pres.ignore_renumbering = ignore_renumbering
    for e in result.alignment:
        if is_pure_renumbering(e):
            shown = not ignore_renumbering and renumber_shift(result, e) != 0
            mark = "renumbered" if shown else ""
            for i in e.a:
                pres.a.clause_mark[i] = mark
            for j in e.b:
                pres.b.clause_mark[j] = mark
    pres.overview_marks = _overview_marks(result, pres.changes, pres.anchor_other, pres.row_kinds)


def _overview_marks(
    result: ComparisonResult, changes: list[int], anchor_other: dict[int, int], kinds: list[str]
) -> list[tuple[float, float, str]]:
    """Where each change sits in the revised text; removals show as a line where the text used to be."""
    total = max(1, len(result.b.document.text))
    clauses = result.b.clauses
    out = []
    for k, kind in zip(changes, kinds, strict=True):
        e = result.alignment[k]
        if e.b:
            s, t = clauses[e.b[0]].start, clauses[e.b[-1]].end
        else:
            j = anchor_other.get(k, -1)
            s = t = clauses[j].end if j >= 0 else 0
        out.append((s / total, (t - s) / total, "warning" if kind == "warning" else entry_mark(e)))
    return out


def summary_text(pres: Presentation) -> str:
    """The one-line summary in the status bar.

    For example "3 changed · 2 added · 1 removed · 1 moved · +45/−30 words · items +7/−2".
    """
    s = pres.result.stats
    if not pres.changes:
        return "No differences"
    parts = [f"{s.changed} changed", f"{s.added} added", f"{s.removed} removed", f"{s.moved} moved"]
    if s.relabelled and not pres.ignore_renumbering:
        parts.append(f"{s.relabelled} renumbered")
    parts.append(f"+{s.words_inserted}/\u2212{s.words_deleted} words")
    if s.items_added or s.items_removed:
        parts.append(f"items +{s.items_added}/\u2212{s.items_removed}")
    return " · ".join(parts)
