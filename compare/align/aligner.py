"""Clause alignment: which old clauses became which new clauses.

The method is model-free and deterministic, and never compares all pairs:

1. candidate pairs come from shared rare stems (:meth:`Vectors.shared_pairs`) plus identical clauses;
   each is worth a *gain*: similarity (stem dice blended with a character 4-gram cosine, which tolerates
   respellings and compounds) plus how much of the new clause is found in the old one (so a short
   sentence split off a long one still counts), minus a threshold;
2. an in-order path over the new clauses (:func:`best_path`) picks for each new clause one old clause or
   none: consecutive new clauses may share an old one (1:n splits), deleted old clauses are skipped at a
   cost, short local reorderings are allowed;
3. split parts that carry too few of the old clause's words are dropped; a new clause sandwiched between
   two parts of one split joins it; leftover clauses next to a group join it when mostly contained in it,
   or when it explains words the group's other members do not (n:1 merges);
4. what is still left is paired across the document when similar enough; groups off the heaviest in-order
   chain are reported as *moved*.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .attach import attach_neighbours
from .path import PathParams, best_path
from .similarity import Vectors, char_cosines


@dataclass(frozen=True, slots=True)
class AlignParams:
    per_clause: int = 8  # candidate old clauses per new clause (and vice versa)
    gain_min: float = 0.15  # a link must beat this blend of dice and containment to be worth making
    gain_dice: float = 1.0  # weight of whole-clause similarity in the blend
    char_share: float = 0.5  # share of that similarity taken from the character 4-gram cosine
    gain_cont: float = 1.0  # weight of how much of the new clause is found in the old (splits)
    long_words: int = 10  # a new clause longer than this that shares little with the old one...
    long_penalty: float = 0.01  # ...loses this much gain per extra word: it is more new text than split
    fill_sandwiched: bool = True  # a new clause between two parts of one split belongs to that split
    identical_gain: float = 2.0  # identical clauses anchor the path
    path: PathParams = PathParams()
    attach_containment: float = (
        0.55  # a leftover clause joins a neighbour's group if this much of it is there
    )
    attach_slack: float = 0.04  # ...and the group's similarity does not drop by more than this
    attach_novel: float = 0.3  # ...or if this much of it is found only in its neighbour's other side
    member_min: float = 0.2  # every extra part of a split or merge must find this much of its words there
    move_min: float = 0.40  # leftover clauses pair up as "moved" above this similarity
    move_min_words: int = 3  # tiny clauses ("Yes.") are too ambiguous to report as moved


@dataclass(slots=True)
class Group:
    a: list[int]
    b: list[int]
    score: float = 0.0
    moved: bool = False


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
    ident, shared = _candidate_pairs(vec, a_texts, b_texts, params)
    if cancel and cancel():
        return []
    # one shared empty row for the new clauses without a candidate (500,000 repeated lines have none)
    cells: list[Sequence[tuple[int, float, bool]]] = [()] * len(b_texts)
    chars = char_cosines(a_texts, b_texts, list(shared)) if params.char_share else {}
    gains = _gains(vec, ident, shared, chars, params)
    for (i, j), g in gains.items():
        row = cells[j]
        if not row:
            row = cells[j] = []
        row.append((i, g, (i, j) in ident))
    for row in cells:
        if not row:
            continue
        row.sort()
    groups = _split_groups(best_path(cells, len(a_texts), params.path), cells, vec)
    _drop_loose_parts(groups, vec, gains, params.member_min)
    attach_neighbours(groups, vec, len(a_texts), len(b_texts), params)
    if params.fill_sandwiched:
        _fill_sandwiched(groups, len(b_texts))
    _pair_moved(groups, ident, shared, vec, a_texts, params)
    for g in groups:
        g.a.sort()
        g.b.sort()
        g.score = 1.0 if _identical(a_texts, b_texts, g) else round(vec.group_dice(g.a, g.b), 4)
    _mark_moved(groups)
    groups.sort(key=lambda g: (g.b[0], g.a[0]))
    return groups


def _split_groups(
    path: list[tuple[int, int]], cells: list[list[tuple[int, float, bool]]], vec: Vectors
) -> list[Group]:
    """One group per old clause: the run of consecutive new clauses linked to it (one added clause may
    stand between two parts, as a sentence put into a split).

    The path has no memory of old clauses it left, so it may come back to one (a repeated sentence,
    a crossing); only the run worth most is kept and the rest is left for the move search.
    """
    gain = {(i, j): g for j, row in enumerate(cells) for i, g, _x in row}
    runs: dict[int, list[tuple[float, list[int]]]] = {}  # old clause -> (total gain, new clauses)
    last, last_j = None, -1
    for i, j in path:
        if i != last or j - last_j - 1 > _SPLIT_GAP:
            runs.setdefault(i, []).append((0.0, []))
        total, js = runs[i][-1]
        js.append(j)
        runs[i][-1] = (total + gain[(i, j)], js)
        last, last_j = i, j
    out = []
    for i, rs in runs.items():
        # the run that reads most like the old clause (then the one linked best: copies of a repeated
        # sentence read alike), not the one whose many weak parts ("Any Libyan undertaking;") add up to
        # the most gain
        best = rs[0] if len(rs) == 1 else max(rs, key=lambda r: (_dice(vec, i, r[1]), r[0], -r[1][0]))
        out.append(Group([i], best[1]))
    return out


def _dice(vec: Vectors, i: int, js: list[int]) -> float:
    return round(vec.group_dice([i], js), 9)  # rounded: sums in another order must not decide a tie


# A split's parts stand together: the path may stay on an old clause across new clauses it links to
# nothing (they are added text), and parts further apart than this are not one sentence split in two.
_SPLIT_GAP = 1


def _drop_loose_parts(
    groups: list[Group], vec: Vectors, gains: dict[tuple[int, int], float], member_min: float
) -> None:
    """Keep in a split only the parts that carry words of the old clause.

    The path accepts a weak extra part when its gain is positive, and a short clause ("Any Libyan
    undertaking;") reaches that on a shared name and a few function words. The part that is linked best
    stays; every other part must find ``member_min`` of its own words (bigrams aside) in the old clause.
    """
    for g in groups:
        if len(g.b) < 2:
            continue
        i = g.a[0]
        anchor = max(g.b, key=lambda j: (gains.get((i, j), 0.0), -j))
        g.b = [j for j in g.b if j == anchor or vec.novel_share("b", j, [i], ()) >= member_min]


def _gains(
    vec: Vectors,
    ident: set[tuple[int, int]],
    shared: dict[tuple[int, int], float],
    chars: dict[tuple[int, int], float],
    params: AlignParams,
) -> dict[tuple[int, int], float]:
    """What linking each candidate pair is worth to the path (only pairs worth something are kept).

    Stems miss words spelled two ways ("Betlehem"/"Bethlehem") or compounded ("Spielekonsolen"/
    "Konsolen"); the character cosine credits them, while stem dice keeps whole-word evidence first.
    """
    out = {p: params.identical_gain for p in ident}
    for (i, j), sh in shared.items():
        ma, mb = vec.a_mass[i], vec.b_mass[j]
        if not ma or not mb or vec.b_words[j] < 2:
            continue  # a one-word clause (a part heading "A") is found whole in many: no evidence
        sim = 2.0 * sh / (ma + mb)
        if params.char_share:
            sim = (1.0 - params.char_share) * sim + params.char_share * chars.get((i, j), 0.0)
        g = params.gain_dice * sim + params.gain_cont * sh / mb - params.gain_min
        g -= params.long_penalty * max(0, vec.b_words[j] - params.long_words)
        if g > 0:
            out[(i, j)] = g
    return out


def _mark_moved(groups: list[Group]) -> None:
    """Groups off the heaviest in-order chain are the ones the reader should see as moved."""
    items = [(min(g.a), min(g.b), g.score * (len(g.a) + len(g.b)) + 1e-3, n) for n, g in enumerate(groups)]
    for n in range(len(groups)):
        groups[n].moved = True
    for _i, _j, _s, n in _weighted_chain(items):
        groups[n].moved = False


def _identical(a_texts: Sequence[str], b_texts: Sequence[str], g: Group) -> bool:
    return " ".join(a_texts[i] for i in g.a) == " ".join(b_texts[j] for j in g.b)


def _candidate_pairs(
    vec: Vectors, a_texts: Sequence[str], b_texts: Sequence[str], params: AlignParams
) -> tuple[set[tuple[int, int]], dict[tuple[int, int], float]]:
    """Identical clauses, plus similar pairs among the clauses that have no unique identical partner.

    A clause with an identical counterpart is settled by it (in place or moved), so the costly
    similarity search runs only over what really changed: in a typical revision a few percent.
    """
    ident: set[tuple[int, int]] = set()
    a_by_key: dict[str, list[int]] = {}
    b_by_key: dict[str, list[int]] = {}
    for i, key in enumerate(vec.a_keys):
        a_by_key.setdefault(key, []).append(i)
    for j, key in enumerate(vec.b_keys):
        b_by_key.setdefault(key, []).append(j)
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
                ident.add((i, j))
        # The side with fewer copies is settled; the other side's extra copies still need a search.
        if len(as_) <= len(bs):
            settled_a.update(as_)
        if len(bs) <= len(as_):
            settled_b.update(bs)
    # A clause repeated inside one document (a title echoed above a photo, "Read more") is layout, not
    # content: only its first copy may pair with a merely similar clause.
    rest_a = [i for i in range(len(a_texts)) if i not in settled_a and a_by_key[vec.a_keys[i]][0] == i]
    rest_b = [j for j in range(len(b_texts)) if j not in settled_b and b_by_key[vec.b_keys[j]][0] == j]
    shared: dict[tuple[int, int], float] = {}
    if rest_a and rest_b:
        shared = vec.shared_pairs(rest_a, rest_b, params.per_clause)
    return ident, shared


def _weighted_chain(items: list[tuple[int, int, float, int]]) -> list[tuple[int, int, float, int]]:
    """Max-weight chain of (i, j, weight, tag) strictly increasing in both i and j (weighted LIS, Fenwick)."""
    if not items:
        return []
    items = sorted(items, key=lambda t: (t[0], -t[1]))
    size = max(t[1] for t in items) + 2
    tree_val = [0.0] * (size + 1)
    tree_idx = [-1] * (size + 1)
    best = [0.0] * len(items)
    prev = [-1] * len(items)
    for n, (_i, j, s, _t) in enumerate(items):
        q, qi, k = 0.0, -1, j
        while k > 0:
            if tree_val[k] > q:
                q, qi = tree_val[k], tree_idx[k]
            k -= k & -k
        best[n] = q + s
        prev[n] = qi
        k = j + 1
        while k <= size:
            if best[n] > tree_val[k]:
                tree_val[k], tree_idx[k] = best[n], n
            k += k & -k
    end = max(range(len(items)), key=lambda n: (best[n], -n))
    out = []
    while end != -1:
        out.append(items[end])
        end = prev[end]
    out.reverse()
    return out


def _fill_sandwiched(groups: list[Group], nb: int) -> None:
    """A simplified sentence between two parts of one split ("The name means: cloud.") belongs to it,
    even when it shares no word with the old sentence: the reader sees the split whole."""
    b_owner = {j: g for g in groups for j in g.b}
    for j in range(1, nb - 1):
        g = b_owner.get(j - 1)
        if j not in b_owner and g is not None and b_owner.get(j + 1) is g and len(g.a) == 1:
            g.b.append(j)
            b_owner[j] = g


def _pair_moved(
    groups: list[Group],
    ident: set[tuple[int, int]],
    shared: dict[tuple[int, int], float],
    vec: Vectors,
    a_texts: Sequence[str],
    params: AlignParams,
) -> None:
    """Pair what the path left over across the document: clauses that moved far."""
    used_a = {i for g in groups for i in g.a}
    used_b = {j for g in groups for j in g.b}
    leftovers = [(1.0, i, j) for i, j in ident if i not in used_a and j not in used_b]
    for (i, j), sh in shared.items():
        if i in used_a or j in used_b:
            continue
        total = vec.a_mass[i] + vec.b_mass[j]
        s = 2.0 * sh / total if total else 0.0
        if s >= params.move_min:
            leftovers.append((min(s, 0.9999), i, j))
    leftovers.sort(key=lambda t: (-t[0], t[1], t[2]))
    for s, i, j in leftovers:
        if i in used_a or j in used_b:
            continue
        if len(a_texts[i].split()) < params.move_min_words and s < 1.0:
            continue
        used_a.add(i)
        used_b.add(j)
        groups.append(Group([i], [j], s, moved=True))
