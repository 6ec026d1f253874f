"""Attaching leftover neighbours: the worklist gives the plain fixpoint's groups, in linear time."""

from __future__ import annotations

import copy
import random

from growth import best_cpu

from compare.align import aligner
from compare.align.aligner import AlignParams, Group, align
from compare.align.attach import attach_neighbours
from compare.align.similarity import Vectors, char_cosines


def _fixpoint(groups: list[Group], vec: Vectors, na: int, nb: int, params: AlignParams) -> None:
    """The rule as first written (sweep new clauses, then old ones, until nothing joins): the oracle."""
    changed = True
    while changed:
        changed = False
        owners = {"a": {i: g for g in groups for i in g.a}, "b": {j: g for g in groups for j in g.b}}
        for side, n in (("b", nb), ("a", na)):
            owner = owners[side]
            for k in range(n):
                if k in owner:
                    continue
                g = _join(side, k, owner, vec, params)
                if g is not None:
                    (g.b if side == "b" else g.a).append(k)
                    owner[k] = g
                    changed = True


def _join(side, k, owner, vec, params):
    best, best_gain = None, None
    for nk in (k - 1, k + 1):
        g = owner.get(nk)
        if g is None:
            continue
        mine, theirs = (g.b, g.a) if side == "b" else (g.a, g.b)
        if vec.novel_share(side, k, theirs, ()) < params.member_min:
            continue
        if side == "b":
            cont, after = vec.containment_b(g.a, k), vec.group_dice(g.a, g.b + [k])
        else:
            cont, after = vec.containment_a(k, g.b), vec.group_dice(g.a + [k], g.b)
        if not (
            cont >= params.attach_containment
            and after >= vec.group_dice(g.a, g.b) - params.attach_slack
            or vec.novel_share(side, k, theirs, mine) >= params.attach_novel
        ):
            continue
        gain = (cont, after)
        if best_gain is None or gain > best_gain:
            best, best_gain = g, gain
    return best


def _groups_before_attach(a_texts, b_texts, params=AlignParams()):
    """The pipeline of :func:`align` up to the attach step."""
    vec = Vectors(a_texts, b_texts)
    ident, shared = aligner._candidate_pairs(vec, a_texts, b_texts, params)
    chars = char_cosines(a_texts, b_texts, list(shared))
    gains = aligner._gains(vec, ident, shared, chars, params)
    cells = [[] for _ in b_texts]
    for (i, j), g in gains.items():
        cells[j].append((i, g, (i, j) in ident))
    for row in cells:
        row.sort()
    groups = aligner._split_groups(aligner.best_path(cells, len(a_texts), params.path), cells, vec)
    aligner._drop_loose_parts(groups, vec, gains, params.member_min)
    return vec, groups


WORDS = [
    "council",
    "decides",
    "states",
    "shall",
    "prevent",
    "sale",
    "arms",
    "territory",
    "requests",
    "secretary",
    "report",
    "implementation",
    "members",
    "freeze",
    "funds",
    "persons",
    "designated",
    "committee",
    "publish",
    "guidelines",
    "review",
    "months",
    "remain",
    "seized",
    "matter",
    "not",
    "applicable",
    "urges",
    "parties",
    "ceasefire",
    "access",
]


def _revision(rng: random.Random) -> tuple[list[str], list[str]]:
    """A random draft and a revision with edits, splits, merges and runs of a repeated short clause."""
    old = [" ".join(rng.choices(WORDS, k=rng.randint(2, 14))) + "." for _ in range(rng.randint(5, 40))]
    new: list[str] = []
    k = 0
    while k < len(old):
        r = rng.random()
        if r < 0.15 and k + 1 < len(old):  # merge two
            new.append(old[k][:-1] + " and " + old[k + 1])
            k += 2
            continue
        if r < 0.3:  # split
            w = old[k].split()
            cut = rng.randint(1, max(1, len(w) - 1))
            new += [" ".join(w[:cut]) + ".", " ".join(w[cut:])]
        elif r < 0.4:  # run of a repeated short clause
            new += ["Not applicable."] * rng.randint(1, 6)
        elif r < 0.55:  # edited words
            w = old[k].split()
            w[rng.randrange(len(w))] = rng.choice(WORDS)
            new.append(" ".join(w))
        elif r < 0.62:
            pass  # deleted
        else:
            new.append(old[k])
        k += 1
    return old, new or ["Nothing."]


def _state(groups: list[Group]) -> list[tuple[list[int], list[int]]]:
    return [(list(g.a), list(g.b)) for g in groups]


def test_worklist_attaches_exactly_what_the_fixpoint_attaches() -> None:
    rng = random.Random(16)
    params = AlignParams()
    grew = 0
    for _ in range(300):
        old, new = _revision(rng)
        if rng.random() < 0.5:
            old, new = new, old
        vec, groups = _groups_before_attach(old, new, params)
        expected = copy.deepcopy(groups)
        _fixpoint(expected, vec, len(old), len(new), params)
        attach_neighbours(groups, vec, len(old), len(new), params)
        assert _state(groups) == _state(expected)
        grew += _state(expected) != _state(_groups_before_attach(old, new, params)[1])
    assert grew > 30  # the cases really exercised attaching, not only the no-op


def test_a_short_clause_repeated_thousands_of_times_attaches_in_linear_time() -> None:
    head = "The parties agree that the following provisions are not applicable to the territory."

    def run(n: int) -> tuple[float, list[Group]]:
        a = [head, "The Council remains seized of the matter."]
        b = [head] + ["Not applicable."] * n + ["The Council remains seized of the matter."]
        return best_cpu(lambda: align(a, b))

    run(500)  # warm up
    small, _ = run(2_000)
    big, groups = run(8_000)
    # quadratic would be 16x; allow noise on a shared machine
    assert big < 8 * small + 0.5, (small, big)
    b_of = {g.a[0]: g.b for g in groups}
    assert b_of[1] == [8_001]  # the closing clause still pairs with its copy
