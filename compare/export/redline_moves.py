"""Which moved clauses of the redline are written as native Word moves (``w:moveFrom``/``w:moveTo``).

Word's move markup marks text that left one place and arrived at another; it is only written here when
both ends are whole paragraphs, so that a reader that does not know moves still sees a whole deleted and a
whole inserted paragraph. Every other move keeps the comment form (a deletion and an insertion, each with
a comment naming the other end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .redline_numbering import DEL, INS

_LABELISH = re.compile(r"\s*(?:\(?[0-9A-Za-z]{1,6}(?:\.[0-9]{1,3})*[.)]?\s*)?")


@dataclass(slots=True)
class ParagraphMove:
    """One move whose both ends are runs of whole paragraphs: output paragraphs of the merged stream
    (``from_paras``, ``to_paras``), the same as paragraph indexes of the original and the revised
    document, and the comment notes the move replaces."""

    number: int
    from_paras: list[int]
    to_paras: list[int]
    a_paras: list[int]
    b_paras: list[int]
    notes: set[int]


def paragraph_moves(paras, notes: list[str]) -> list[ParagraphMove]:
    """Every move that can be written natively (both writers use this).

    Notes come in pairs (2m: the old place, "Moved to"; 2m+1: the new place, "Moved from"); the moved
    clauses that share paragraphs (a heading clause and its body) make one move. A move is native when
    each end is a run of whole paragraphs holding nothing but the moved text (and a label): wholly deleted
    at the old place and wholly inserted at the new one."""
    holders: dict[int, list[int]] = {}
    group = list(range(len(notes) // 2))

    def find(m: int) -> int:
        while group[m] != m:
            group[m] = group[group[m]]
            m = group[m]
        return m

    for k, p in enumerate(paras):
        held = sorted({n for _, _, n in p.runs if n is not None})
        for note in held:
            holders.setdefault(note, []).append(k)
            group[find(note // 2)] = find(held[0] // 2)
    members: dict[int, list[int]] = {}
    for m in range(len(group)):
        members.setdefault(find(m), []).append(m)
    out: list[ParagraphMove] = []
    for root, ms in members.items():
        ends = []
        for side, kind in ((0, DEL), (1, INS)):
            mine = {2 * m + side for m in ms}
            ks = sorted({k for note in mine for k in holders.get(note, ())})
            ok = bool(ks) and ks == list(range(ks[0], ks[-1] + 1))
            for k in ks if ok else ():
                p = paras[k]
                ok = (
                    ok
                    and p.mark == kind
                    and all(
                        rk == kind and (n in mine or (n is None and _LABELISH.fullmatch(t)))
                        for t, rk, n in p.runs
                    )
                )
            ends.append(ks if ok else None)
        if ends[0] and ends[1]:
            out.append(
                ParagraphMove(
                    root,
                    ends[0],
                    ends[1],
                    [paras[k].a_index for k in ends[0]],
                    [paras[k].b_index for k in ends[1]],
                    {n for m in ms for n in (2 * m, 2 * m + 1)},
                )
            )
    return out


def native_moves(paras, notes: list[str]) -> tuple[dict[int, tuple[str, int]], set[int]]:
    """Output paragraphs written as a native move: paragraph -> ("moveFrom"|"moveTo", move number), and
    the notes those moves replace (the plain writer's view of :func:`paragraph_moves`)."""
    out: dict[int, tuple[str, int]] = {}
    replaced: set[int] = set()
    for mv in paragraph_moves(paras, notes):
        for k in mv.from_paras:
            out[k] = ("moveFrom", mv.number)
        for k in mv.to_paras:
            out[k] = ("moveTo", mv.number)
        replaced |= mv.notes
    return out, replaced
