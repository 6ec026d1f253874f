"""Native moves in the in-place redline: a moved clause that is whole paragraphs at both ends becomes
``w:moveFrom``/``w:moveTo`` with named move ranges, as Word writes them.

Which moves qualify is decided on the merged stream by :func:`compare.export.redline_moves.paragraph_moves`
(the rule the plain writer uses); here each candidate is checked once more against what the in-place
weaver will really write: every paragraph of the end that lives in the base document must be wholly this
side's own change (text and mark, no text of the other document woven into it), and every paragraph of
the other end must be re-created whole from the other document. A move that fails either check stays a
deletion plus an insertion.
"""

from __future__ import annotations

import bisect

from lxml import etree

from .docx_runs import w
from .redline_moves import paragraph_moves


class InPlaceMoves:
    """The native moves of one in-place redline: base and foreign paragraph -> move number."""

    def __init__(self, weaver, pieces: list, notes: list[str], style: str) -> None:
        from .redline_stream import _paragraphs

        self.weaver = weaver
        base_is_b = weaver.base_is_b
        self.own_tag, self.foreign_tag = ("moveTo", "moveFrom") if base_is_b else ("moveFrom", "moveTo")
        self.own: dict[int, int] = {}
        self.foreign: dict[int, int] = {}
        self.replaced: set[int] = set()
        self.count = 0
        self.elements: dict[tuple[str, int], list[etree._Element]] = {}
        if style != "native" or not notes:
            return
        self.bposs = [ins[0] for ins in weaver.inserts]
        self.fstarts = [ins[1] for ins in weaver.inserts]
        for mv in paragraph_moves(_paragraphs(pieces), notes):
            own, foreign = (mv.b_paras, mv.a_paras) if base_is_b else (mv.a_paras, mv.b_paras)
            if all(self._own_whole(j) for j in own) and all(self._foreign_whole(i) for i in foreign):
                self.own.update((j, mv.number) for j in own)
                self.foreign.update((i, mv.number) for i in foreign)
                self.replaced |= mv.notes
                self.count += 1

    # -- checks ---------------------------------------------------------------------------------------

    def _own_whole(self, j: int) -> bool:
        wv = self.weaver
        par = wv.base.doc.paragraphs[j]
        lo, hi = par.start, par.end + 1  # the text and its mark
        if hi > len(wv.base.doc.text):
            return False  # the last paragraph's mark is never a change
        k = bisect.bisect_right(wv.range_starts, lo) - 1
        if k < 0:
            return False
        while k < len(wv.ranges) and wv.ranges[k][0] < hi:
            if wv.ranges[k][2] != wv.own:
                return False
            k += 1
        k = bisect.bisect_left(self.bposs, lo)
        while k < len(self.bposs) and self.bposs[k] <= par.end:
            if self.bposs[k] > lo or not wv.inserts[k][2].endswith("\n"):
                return False  # text of the other document woven into this paragraph
            k += 1
        return True

    def _foreign_whole(self, i: int) -> bool:
        wv = self.weaver
        par = wv.fdoc.paragraphs[i]
        k = bisect.bisect_right(self.fstarts, par.start) - 1
        if k < 0:
            return False
        bpos, fstart, text = wv.inserts[k]
        if par.end + 1 > fstart + len(text):
            return False
        return par.start > fstart or bpos == wv.base.starts[wv.base.para_at(bpos)]

    # -- writing --------------------------------------------------------------------------------------

    def own_tag_at(self, pos: int) -> str | None:
        """The move tag for base text at ``pos`` (``None``: an ordinary change)."""
        return self.own_tag if self.own and self.weaver.base.para_at(pos) in self.own else None

    def own_mark(self, j: int, p: etree._Element) -> str | None:
        n = self.own.get(j)
        if n is None:
            return None
        self.elements.setdefault((self.own_tag, n), []).append(p)
        return self.own_tag

    def foreign_mark(self, i: int, p: etree._Element) -> str | None:
        n = self.foreign.get(i)
        if n is None:
            return None
        self.elements.setdefault((self.foreign_tag, n), []).append(p)
        return self.foreign_tag

    def add_ranges(self) -> None:
        """``w:moveFromRangeStart``/``End`` (and ``moveTo``) around each end, sharing the move's name."""
        revs = self.weaver.revs
        for (tag, n), paras in sorted(self.elements.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            first, last = paras[0], paras[-1]  # collected in document order, as they were written
            start = revs.make(tag + "RangeStart")
            start.set(w("name"), f"move{n + 1}")
            first.addprevious(start)  # between paragraphs, around the moved ones, as Word writes them
            end = etree.Element(w(tag + "RangeEnd"))
            last.addnext(end)
            end.set(w("id"), start.get(w("id")))
