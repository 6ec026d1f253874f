"""Clause alignment: which old clauses became which new clauses.

The method is model-free and deterministic, and never compares all pairs:

1. candidate pairs come from shared rare stems (:class:`Vectors.candidates`) plus identical clauses;
2. the heaviest *monotone* chain of candidates (a weighted longest-increasing-subsequence, O(k log k))
   is the backbone: clauses that kept their relative order;
3. clauses left over next to a backbone pair are attached to it when they are mostly contained in it
   (a sentence split in two, or two merged into one);
4. what is still left is paired across the document when similar enough: those clauses *moved*.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .similarity import Vectors, normalized_key


@dataclass(frozen=True, slots=True)
class AlignParams:
    candidate_min: float = 0.08  # pairs below this are never considered
    chain_min: float = 0.12  # a pair joins the in-order backbone above this similarity
    identical_bonus: float = 1.0  # identical clauses anchor the backbone
    attach_containment: float = (
        0.55  # a leftover clause joins a neighbour's group if this much of it is there
    )
    attach_slack: float = 0.04  # ...and the group's similarity does not drop by more than this
    move_min: float = 0.40  # leftover clauses pair up as "moved" above this similarity
    move_min_words: int = 3  # tiny clauses ("Yes.") are too ambiguous to report as moved


@dataclass(slots=True)
class Group:
    a: list[int]
    b: list[int]
    score: float = 0.0
    moved: bool = False
    in_chain: bool = field(default=True, repr=False)


def align(
    a_texts: Sequence[str],
    b_texts: Sequence[str],
    params: AlignParams = AlignParams(),
    cancel: Callable[[], bool] | None = None,
) -> list[Group]:
    """Groups of aligned clause indices (each index at most once); unaligned clauses are absent."""
    if not a_texts or not b_texts:
        return []
    vec = Vectors(a_texts, b_texts)
    pairs = _candidate_pairs(vec, a_texts, b_texts, params)
    if cancel and cancel():
        return []
    chain = _heaviest_chain(pairs, params)
    groups = [Group([i], [j], s) for i, j, s in chain]
    _attach_neighbours(groups, vec, len(a_texts), len(b_texts), params)
    _pair_moved(groups, pairs, vec, a_texts, params)
    for g in groups:
        g.a.sort()
        g.b.sort()
        g.score = 1.0 if _identical(a_texts, b_texts, g) else round(vec.group_dice(g.a, g.b), 4)
    groups.sort(key=lambda g: (g.b[0], g.a[0]))
    return groups


def _identical(a_texts: Sequence[str], b_texts: Sequence[str], g: Group) -> bool:
    return " ".join(a_texts[i] for i in g.a) == " ".join(b_texts[j] for j in g.b)


_key = normalized_key


def _candidate_pairs(
    vec: Vectors, a_texts: Sequence[str], b_texts: Sequence[str], params: AlignParams
) -> dict[tuple[int, int], float]:
    """Identical clauses, plus similar pairs among the clauses that have no unique identical partner.

    A clause with an identical counterpart is settled by it (in place or moved), so the costly
    similarity search runs only over what really changed: in a typical revision a few percent.
    """
    pairs: dict[tuple[int, int], float] = {}
    a_by_key: dict[str, list[int]] = {}
    b_by_key: dict[str, list[int]] = {}
    for i, t in enumerate(a_texts):
        a_by_key.setdefault(_key(t), []).append(i)
    for j, t in enumerate(b_texts):
        b_by_key.setdefault(_key(t), []).append(j)
    settled_a: set[int] = set()
    settled_b: set[int] = set()
    for key, bs in b_by_key.items():
        as_ = a_by_key.get(key)
        if not key or not as_:
            continue
        # Repeated clauses: the k-th copy is a candidate for the copies near the k-th on the other side
        # (bounded, so boilerplate repeated a thousand times stays linear).
        for k, j in enumerate(bs):
            lo = max(0, min(k, len(as_) - 1) - 3)
            for i in as_[lo : lo + 7]:
                pairs[(i, j)] = 1.0 + params.identical_bonus
        # The side with fewer copies is settled; the other side's extra copies still need a search.
        if len(as_) <= len(bs):
            settled_a.update(as_)
        if len(bs) <= len(as_):
            settled_b.update(bs)
    # A clause repeated inside one document (a title echoed above a photo, "Read more") is layout, not
    # content: only its first copy may pair with a merely similar clause.
    rest_a = [i for i in range(len(a_texts)) if i not in settled_a and a_by_key[_key(a_texts[i])][0] == i]
    rest_b = [j for j in range(len(b_texts)) if j not in settled_b and b_by_key[_key(b_texts[j])][0] == j]
    if rest_a and rest_b:
        for i, j, s in vec.candidates(params.candidate_min, a_ids=rest_a, b_ids=rest_b):
            pairs.setdefault((i, j), s)
    return pairs


def _heaviest_chain(pairs: dict[tuple[int, int], float], params: AlignParams) -> list[tuple[int, int, float]]:
    """Max-weight chain strictly increasing in both i and j (weighted LIS with a Fenwick tree)."""
    items = [(i, j, s) for (i, j), s in pairs.items() if s > params.chain_min]
    if not items:
        return []
    items.sort(key=lambda t: (t[0], -t[1]))
    size = max(j for _i, j, _s in items) + 2
    tree_val = [0.0] * (size + 1)
    tree_idx = [-1] * (size + 1)
    best = [0.0] * len(items)
    prev = [-1] * len(items)
    for n, (_i, j, s) in enumerate(items):
        # query max over positions < j (1-based: positions 1..j)
        q, qi, k = 0.0, -1, j
        while k > 0:
            if tree_val[k] > q:
                q, qi = tree_val[k], tree_idx[k]
            k -= k & -k
        best[n] = q + (s - params.chain_min)
        prev[n] = qi
        k = j + 1
        while k <= size:
            if best[n] > tree_val[k]:
                tree_val[k], tree_idx[k] = best[n], n
            k += k & -k
    end = max(range(len(items)), key=lambda n: (best[n], -n))
    out = []
    while end != -1:
        i, j, s = items[end]
        out.append((i, j, min(s, 1.0)))
        end = prev[end]
    out.reverse()
    return out


def _attach_neighbours(groups: list[Group], vec: Vectors, na: int, nb: int, params: AlignParams) -> None:
    """Grow groups over adjacent leftover clauses: the n:1 and 1:n cases (splits and merges)."""
    changed = True
    while changed:
        changed = False
        a_owner = {i: g for g in groups for i in g.a}
        b_owner = {j: g for g in groups for j in g.b}
        for j in range(nb):
            if j in b_owner:
                continue
            best, best_gain = None, None
            for nj in (j - 1, j + 1):
                g = b_owner.get(nj)
                if g is None:
                    continue
                cont = vec.containment_b(g.a, j)
                if cont < params.attach_containment:
                    continue
                before = vec.group_dice(g.a, g.b)
                after = vec.group_dice(g.a, g.b + [j])
                if after < before - params.attach_slack:
                    continue
                gain = (cont, after)
                if best_gain is None or gain > best_gain:
                    best, best_gain = g, gain
            if best is not None:
                best.b.append(j)
                b_owner[j] = best
                changed = True
        for i in range(na):
            if i in a_owner:
                continue
            best, best_gain = None, None
            for ni in (i - 1, i + 1):
                g = a_owner.get(ni)
                if g is None:
                    continue
                cont = vec.containment_a(i, g.b)
                if cont < params.attach_containment:
                    continue
                before = vec.group_dice(g.a, g.b)
                after = vec.group_dice(g.a + [i], g.b)
                if after < before - params.attach_slack:
                    continue
                gain = (cont, after)
                if best_gain is None or gain > best_gain:
                    best, best_gain = g, gain
            if best is not None:
                best.a.append(i)
                a_owner[i] = best
                changed = True


def _pair_moved(
    groups: list[Group],
    pairs: dict[tuple[int, int], float],
    vec: Vectors,
    a_texts: Sequence[str],
    params: AlignParams,
) -> None:
    used_a = {i for g in groups for i in g.a}
    used_b = {j for g in groups for j in g.b}
    leftovers = [
        (min(s, 1.0), i, j)
        for (i, j), s in pairs.items()
        if i not in used_a and j not in used_b and s >= params.move_min
    ]
    leftovers.sort(key=lambda t: (-t[0], t[1], t[2]))
    for s, i, j in leftovers:
        if i in used_a or j in used_b:
            continue
        if len(a_texts[i].split()) < params.move_min_words and s < 1.0:
            continue
        used_a.add(i)
        used_b.add(j)
        groups.append(Group([i], [j], s, moved=True, in_chain=False))
