"""Manual pairing: pairs the user fixed by hand, as constraints the aligner works around.

A *pin* ``(i, j)`` says old clause ``i`` and new clause ``j`` belong to one group; pins that share a
clause form one group (pinning old 4 to new 6 and to new 7 is a split). A *cut* ``(i, j)`` says the two
must not be in one group (the user unpaired what the engine linked). Pinned clauses are taken out, the
rest is aligned as usual (so the engine's view of the whole document is unchanged), the pinned groups are
put back, and which groups moved is decided again over all of them. Everything here is deterministic, so
the window and ``clausediff compare --pair`` give the same result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..errors import ClausediffError
from .aligner import AlignParams, Group, _mark_moved, align

Pair = tuple[int, int]
_WORD = re.compile(r"\w+", re.UNICODE)


class PinError(ClausediffError):
    """A manual pair names a clause the documents do not have."""


def check_pairs(pairs: Iterable[Pair], na: int, nb: int, what: str = "pair") -> list[Pair]:
    """The pairs, sorted and without repeats; a clause index out of range is an error a user can fix."""
    out = sorted({(int(i), int(j)) for i, j in pairs})
    for i, j in out:
        if not 0 <= i < na:
            raise PinError(f"{what} {i}:{j}: the original has {na} clauses (0 to {na - 1})")
        if not 0 <= j < nb:
            raise PinError(f"{what} {i}:{j}: the revised version has {nb} clauses (0 to {nb - 1})")
    return out


def pin_groups(pins: Sequence[Pair]) -> list[Group]:
    """Pins that share a clause, joined into one group each (connected components)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pins:
        ra, rb = find(("a", i)), find(("b", j))
        if ra != rb:
            parent[rb] = ra
    members: dict[tuple[str, int], Group] = {}
    for node in list(parent):
        g = members.setdefault(find(node), Group([], []))
        (g.a if node[0] == "a" else g.b).append(node[1])
    groups = [Group(sorted(g.a), sorted(g.b)) for g in members.values()]
    return sorted(groups, key=lambda g: (g.b[0], g.a[0]))


def _dice(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    return round(2 * len(wa & wb) / (len(wa) + len(wb)), 4) if wa or wb else 1.0


def align_pinned(
    a_texts: Sequence[str],
    b_texts: Sequence[str],
    pins: Sequence[Pair] = (),
    cuts: Sequence[Pair] = (),
    params: AlignParams = AlignParams(),
    cancel: Callable[[], bool] | None = None,
) -> tuple[list[Group], set[int]]:
    """Groups as :func:`align` makes them, with ``pins`` kept and ``cuts`` kept apart.

    Returns the groups and the indices (into the returned list) of the groups made or changed by hand.
    """
    pins = check_pairs(pins, len(a_texts), len(b_texts))
    cuts = [c for c in check_pairs(cuts, len(a_texts), len(b_texts), "unpair") if c not in set(pins)]
    if not pins and not cuts:
        return align(a_texts, b_texts, params, cancel), set()
    pinned = pin_groups(pins)
    pa = {i for g in pinned for i in g.a}
    pb = {j for g in pinned for j in g.b}
    keep_a = [i for i in range(len(a_texts)) if i not in pa]
    keep_b = [j for j in range(len(b_texts)) if j not in pb]
    groups = align([a_texts[i] for i in keep_a], [b_texts[j] for j in keep_b], params, cancel)
    for g in groups:
        g.a = [keep_a[i] for i in g.a]
        g.b = [keep_b[j] for j in g.b]
    cut_groups = _apply_cuts(groups, cuts)
    for g in [*pinned, *(g for g in groups if id(g) in cut_groups)]:
        g.score = _dice(" ".join(a_texts[i] for i in g.a), " ".join(b_texts[j] for j in g.b))
    groups.extend(pinned)
    _mark_moved(groups)  # over all groups: a pin may put its neighbours back in order, or move itself
    groups.sort(key=lambda g: (g.b[0], g.a[0]))
    manual = {n for n, g in enumerate(groups) if any(g is p for p in pinned) or id(g) in cut_groups}
    return groups, manual


def _apply_cuts(groups: list[Group], cuts: Sequence[Pair]) -> set[int]:
    """Take clauses out of groups so that no cut pair stays together; ids of the groups that changed.

    The old clause leaves its group when the group keeps another old clause, else the new one does;
    a 1:1 group simply dissolves (both clauses become removed / added).
    """
    changed: set[int] = set()
    for i, j in cuts:
        g = next((g for g in groups if i in g.a and j in g.b), None)
        if g is None:
            continue
        if len(g.a) > 1:
            g.a.remove(i)
        elif len(g.b) > 1:
            g.b.remove(j)
        else:
            groups.remove(g)
            continue
        changed.add(id(g))
    return changed
