"""Grow alignment groups over adjacent leftover clauses (n:1 merges and 1:n splits) in linear time.

The rule is a fixpoint: sweep the new clauses, then the old ones, letting each leftover clause join the
group of a neighbour when it belongs there; repeat until a sweep changes nothing. Done literally, one
short clause repeated thousands of times next to a group ("Not applicable." x 8,000) joins one copy per
sweep and each test rebuilds the growing group: quadratic. Here a clause is examined again only when one
of its inputs changed (a neighbour joined a group, or a neighbour's group grew), in exactly the order
the sweeps would examine it, so the result is the same; and each group keeps the union of its members'
stems with their mass, summed in the same order as :meth:`Vectors.overlap`, so a test costs the size of
the clause and of the union, not the number of members.
"""

from __future__ import annotations

import heapq
from itertools import chain, compress, islice, repeat, takewhile
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .aligner import AlignParams, Group
    from .similarity import Vectors, _PerClause

_OTHER = {"a": "b", "b": "a"}


class _Union:
    """The stems of one side of a group, in first-seen order (as ``Vectors.overlap`` builds them)."""

    __slots__ = ("stems", "mass")

    def __init__(self, vectors: list[dict[str, float]], members: list[int]) -> None:
        self.stems: dict[str, float] = {}
        for x in members:
            self.stems.update(vectors[x])
        self.mass = sum(self.stems.values())

    def add(self, vector: dict[str, float]) -> bool:
        """Join a member's stems; False when it brought none the union did not have (nothing changed)."""
        stems = self.stems
        grew = False
        for w, wt in vector.items():
            if w not in stems:
                stems[w] = wt
                self.mass += wt  # sequential, like sum() over the values in insertion order
                grew = True
        return grew


class _State:
    __slots__ = ("union", "frontier", "dice", "verdicts")

    def __init__(self, g: Group, vec: Vectors) -> None:
        self.union = {"a": _Union(vec.a, g.a), "b": _Union(vec.b, g.b)}
        self.frontier: dict[str, set[int]] = {"a": set(), "b": set()}  # leftover clauses next to a member
        self.dice: float | None = None  # group dice, until the group changes
        # (side, id of a clause's stem vector) -> the test's outcome, until the group's stems change:
        # clauses with the same text share one vector, so a run of identical lines is tested once
        self.verdicts: dict[tuple[str, int], tuple[float, float] | None] = {}

    def changed(self) -> None:
        self.dice = None
        self.verdicts.clear()


def _shared(av: dict[str, float], bv: dict[str, float], extra: dict[str, float], extra_side: str) -> float:
    """Shared mass of ``av`` and ``bv`` with clause ``extra`` joined to one side, summed as ``overlap``
    sums it: over the smaller side's stems in first-seen order, looked up in the other side."""
    a_items, b_items = av.items(), bv.items()
    a_has, b_has = av.__contains__, bv.__contains__
    n_a, n_b = len(av), len(bv)
    if extra:
        grown = av if extra_side == "a" else bv
        added = [(k, w) for k, w in extra.items() if k not in grown]
        items = chain(grown.items(), added)

        def has(k: str) -> bool:
            return k in grown or k in extra

        if extra_side == "a":
            a_items, a_has, n_a = items, has, n_a + len(added)
        else:
            b_items, b_has, n_b = items, has, n_b + len(added)
    if n_a > n_b:
        return sum(w for k, w in b_items if a_has(k))
    return sum(w for k, w in a_items if b_has(k))


def _grown_mass(u: _Union, extra: dict[str, float]) -> float:
    m = u.mass
    for k, w in extra.items():
        if k not in u.stems:
            m += w
    return m


def _dice(shared: float, ma: float, mb: float) -> float:
    return 2.0 * shared / (ma + mb) if ma + mb else 0.0


def _novel_share(mine: dict[str, float], other: dict[str, float], have: dict[str, float]) -> float:
    """:meth:`Vectors.novel_share` over the group's unions (same order of summation)."""
    total = found = 0.0
    for w, wt in mine.items():
        if " " in w:
            continue
        total += wt
        if w in other and w not in have:
            found += wt
    return found / total if total else 0.0


_EMPTY: dict[str, float] = {}


def _neighbour_to_join(
    side: str, k: int, owner: dict[int, Group], states: dict[int, _State], vec: Vectors, params: AlignParams
) -> Group | None:
    """The group of clause k's neighbour (on its own side) that k should join, if any."""
    best, best_gain = None, None
    vector = None  # weighed only if a neighbour has a group: most leftovers of a long run have none
    for nk in (k - 1, k + 1):
        g = owner.get(nk)
        if g is None:
            continue
        if vector is None:
            vector = (vec.b if side == "b" else vec.a)[k]
        st = states[id(g)]
        key = (side, id(vector))
        if key in st.verdicts:
            gain = st.verdicts[key]
        else:
            gain = st.verdicts[key] = _gain(side, k, vector, st, vec, params)
        if gain is not None and (best_gain is None or gain > best_gain):
            best, best_gain = g, gain
    return best


def _gain(
    side: str, k: int, vector: dict[str, float], st: _State, vec: Vectors, params: AlignParams
) -> tuple[float, float] | None:
    """(containment, group dice after joining) if clause k may join the group, else None. It depends
    only on k's stems (its mass is theirs) and the group's, so clauses with one text share it."""
    mine_u, theirs_u = st.union[side], st.union[_OTHER[side]]
    if _novel_share(vector, theirs_u.stems, _EMPTY) < params.member_min:
        return None
    ua, ub = st.union["a"], st.union["b"]
    if st.dice is None:
        st.dice = _dice(_shared(ua.stems, ub.stems, _EMPTY, "a"), ua.mass, ub.mass)
    mine_stems = mine_u.stems
    adds_nothing = all(w in mine_stems for w in vector)  # then joining leaves the group's dice as it is
    if side == "b":
        mb = vec.b_mass[k]
        cont = _shared(ua.stems, vector, _EMPTY, "b") / mb if mb else 0.0
        after = (
            st.dice
            if adds_nothing
            else _dice(_shared(ua.stems, ub.stems, vector, "b"), ua.mass, _grown_mass(ub, vector))
        )
    else:
        ma = vec.a_mass[k]
        cont = _shared(vector, ub.stems, _EMPTY, "a") / ma if ma else 0.0
        after = (
            st.dice
            if adds_nothing
            else _dice(_shared(ua.stems, ub.stems, vector, "a"), _grown_mass(ua, vector), ub.mass)
        )
    if not (
        cont >= params.attach_containment
        and after >= st.dice - params.attach_slack
        or _novel_share(vector, theirs_u.stems, mine_u.stems) >= params.attach_novel
    ):
        return None
    return (cont, after)


def _join_run(
    k: int,
    members: list[int],
    vectors: _PerClause,
    own: dict[int, Group],
    g: Group,
    st: _State,
    side: str,
    size: int,
) -> int:
    """Let the clauses after k that repeat its text join k's group at once; returns the last one joined.

    The sweep would examine k + 1 next (it is on g's frontier, after k): with the same stems as k and no
    group beyond it, its only candidate is g and the test's outcome is the one just recorded for k's
    text (k brought no stem the group lacks now), so it joins; and so on along the run. Examining the
    run's clauses one by one gives the same groups, frontiers and queues, one heap step per line slower.

    The run is measured in C: clauses share a stem vector exactly when they have the same text, and it
    joins up to the first clause that has a group or is next to one (each line tested in Python cost
    1 s for 500,000 lines).
    """
    if st.verdicts.get((side, id(vectors[k]))) is None:
        return k
    texts = vectors.texts
    same = k + 1 + sum(1 for _ in takewhile(texts[k].__eq__, islice(texts, k + 1, size)))
    # clauses k + 1 .. same - 1 repeat k's text; m among them joins while neither m nor m + 1 has a group
    span = range(k + 1, same + 1)
    owned = next(compress(span, map(own.__contains__, span)), same + 1)
    stop = min(same, owned - 1)
    if stop <= k + 1:
        return k
    start = len(members)
    members.extend(range(k + 1, stop))
    own.update(zip(islice(members, start, None), repeat(g)))  # the same int objects: no second copy
    return stop - 1


def attach_neighbours(groups: list[Group], vec: Vectors, na: int, nb: int, params: AlignParams) -> None:
    """Grow groups over adjacent leftover clauses: the n:1 and 1:n cases (splits and merges)."""
    size = {"a": na, "b": nb}
    owner: dict[str, dict[int, Group]] = {"a": {}, "b": {}}
    for g in groups:
        for i in g.a:
            owner["a"][i] = g
        for j in g.b:
            owner["b"][j] = g
    # Only a group next to a leftover clause can grow or be asked about (leftovers never become new), so
    # only those keep the union of their stems: in a typical revision a few percent of the groups.
    states: dict[int, _State] = {}
    for g in groups:
        frontier: dict[str, set[int]] = {"a": set(), "b": set()}
        for side in ("a", "b"):
            for m in g.a if side == "a" else g.b:
                for nk in (m - 1, m + 1):
                    if 0 <= nk < size[side] and nk not in owner[side]:
                        frontier[side].add(nk)
        if frontier["a"] or frontier["b"]:
            st = states[id(g)] = _State(g, vec)
            st.frontier = frontier
    # Clauses to examine in the next sweep; the first sweep examines every leftover clause.
    nxt = {s: {k for k in range(size[s]) if k not in owner[s]} for s in ("b", "a")}
    while nxt["a"] or nxt["b"]:
        cur = {s: sorted(nxt[s]) for s in ("b", "a")}  # sorted lists are valid heaps
        queued = {s: set(nxt[s]) for s in ("b", "a")}
        nxt = {"a": set(), "b": set()}
        for phase in ("b", "a"):
            heap = cur[phase]
            while heap:
                k = heapq.heappop(heap)
                queued[phase].discard(k)
                own = owner[phase]
                if k in own:
                    continue
                g = _neighbour_to_join(phase, k, own, states, vec, params)
                if g is None:
                    continue
                st = states[id(g)]
                members, vectors = (g.b, vec.b) if phase == "b" else (g.a, vec.a)
                members.append(k)
                own[k] = g
                if st.union[phase].add(vectors[k]):
                    st.changed()  # its stems changed (a member that adds none leaves the dice as it was)
                first = k
                k = _join_run(k, members, vectors, own, g, st, phase, size[phase])
                # Each new member leaves the frontiers of the groups beside it; its free neighbours join
                # g's. Inside a run both neighbours are g's, so only the run's two ends are looked at
                # (adds and removals touch different clauses: the same sets in any order).
                if k > first:
                    st.frontier[phase].difference_update(range(first, k + 1))
                for j, nk in ((first, first - 1), (k, k + 1)):
                    h = own.get(nk)
                    if h is not None:
                        states[id(h)].frontier[phase].discard(j)
                    elif 0 <= nk < size[phase]:
                        st.frontier[phase].add(nk)
                # Every leftover clause next to a member of g may now decide differently: examine it
                # later in this sweep if the sweep has not passed it yet, else in the next sweep.
                for s in ("b", "a"):
                    for x in st.frontier[s]:
                        if (s == phase and x > k) or (phase == "b" and s == "a"):
                            if x not in queued[s]:
                                heapq.heappush(cur[s], x)
                                queued[s].add(x)
                        else:
                            nxt[s].add(x)
