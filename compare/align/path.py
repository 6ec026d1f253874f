"""The in-order alignment path: each new clause picks an old clause (or none), mostly in document order.

This is a Viterbi search over the *new* clauses whose state is the old clause last linked. Several new
clauses in a row may pick the same old clause (a sentence split in 1:n), old clauses may be skipped (they
were deleted) at a small cost that grows with the gap, and going back to an earlier old clause (a local
reordering) costs more. Only candidate cells with positive evidence are visited, and the best previous
state is found with two Fenwick trees (prefix max for forward jumps, suffix max for backward ones), so the
search is O(k log n) for k candidate cells: near-linear however long the documents are. Going back is
limited to a few clauses: without that limit the path could return to old clauses it already used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

_NONE = (float("-inf"), -1)


@dataclass(frozen=True, slots=True)
class PathParams:
    skip_cost: float = 0.15  # jumping over deleted old clauses...
    skip_per_clause: float = 0.01  # ...plus this for each clause jumped over
    back_cost: float = 0.6  # returning to an earlier old clause (local reordering)
    back_per_clause: float = 0.02
    back_window: int = 8  # reordering further back than this is a move, found by the move search


class _MaxTree:
    """Fenwick tree for prefix maxima of values that only ever grow."""

    def __init__(self, size: int) -> None:
        self.val = [_NONE] * (size + 1)

    def raise_to(self, pos: int, item: tuple[float, int]) -> None:
        k = pos + 1
        val = self.val
        while k < len(val):
            if item > val[k]:
                val[k] = item
            k += k & -k

    def prefix(self, pos: int) -> tuple[float, int]:
        """Max over positions 0..pos-1."""
        best = _NONE
        k = pos
        val = self.val
        while k > 0:
            if val[k] > best:
                best = val[k]
            k -= k & -k
        return best


def best_path(
    cells: Sequence[Sequence[tuple[int, float, bool]]], na: int, params: PathParams = PathParams()
) -> list[tuple[int, int]]:
    """Links (i, j) of the best-scoring path.

    ``cells[j]`` lists (old index i, gain > 0, exclusive) for new clause j; an *exclusive* link (the two
    clauses are identical) cannot be part of a split, so no other new clause may stay on that old one.
    State 0 in the trees is "nothing linked yet", so old clause i is state i + 1. Starting anywhere is
    free: a revision often drops a heading or a lead paragraph.
    """
    n = na + 1
    lam, mu = params.skip_per_clause, params.back_per_clause
    fwd = _MaxTree(n)  # value V[p] + lam * p, for jumps forward from p
    best_at: list[tuple[float, int]] = [_NONE] * n  # V[p]: best score with state p, and its cell
    best_at[0] = (0.0, -1)
    open_at: list[tuple[float, int]] = [_NONE] * n  # the same, over paths whose last link may be split
    fwd.raise_to(0, (0.0, -1))
    link_i: list[int] = []
    link_j: list[int] = []
    prev: list[int] = []
    for j, row in enumerate(cells):
        updates: list[tuple[int, tuple[float, int]]] = []
        for i, gain, exclusive in row:
            p = i + 1
            cands = [best_at[p - 1], best_at[0]]  # next, or a fresh start
            if not exclusive:
                cands.append(open_at[p])  # stay: another part of a split
            if p >= 2:
                v, c = fwd.prefix(p - 1)  # states 0..p-2
                if v > _NONE[0]:
                    cands.append((v - lam * (p - 1) - params.skip_cost, c))
            for q in range(p + 1, min(n, p + 1 + params.back_window)):
                v, c = best_at[q]
                if v > _NONE[0]:
                    cands.append((v - mu * (q - p) - params.back_cost, c))
            score, cell = max(cands)
            if score == _NONE[0]:
                continue
            cid = len(link_i)
            link_i.append(i)
            link_j.append(j)
            prev.append(cell)
            updates.append((p, (score + gain, cid), exclusive))
        for p, item, exclusive in updates:
            if not exclusive and item > open_at[p]:
                open_at[p] = item
            if item > best_at[p]:
                best_at[p] = item
                fwd.raise_to(p, (item[0] + lam * p, item[1]))
    end = max(best_at)[1]
    out: list[tuple[int, int]] = []
    while end >= 0:
        out.append((link_i[end], link_j[end]))
        end = prev[end]
    out.reverse()
    return out
