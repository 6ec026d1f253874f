"""Which words two texts have in common: a longest common subsequence of their word keys.

The *words* granularity marks only words outside this subsequence, so no word is shown deleted and then
re-inserted (the number of words kept is exactly the LCS length, as in Myers' minimal diff). Among the
many longest subsequences it prefers the one keeping the most characters, so "gizmos and sprockets" ->
"sprockets and doohickeys" keeps "sprockets" rather than "and" -- what Word's Compare shows -- and then
the one whose words sit between the same neighbours (a context: the spaces or punctuation around each
word), so "Resolution 760 (1992) of 18 June 1992" -> "Resolution 787 (1992)" keeps "(1992)" whole.

The exact answer costs work in proportion to ``n * m`` (the words of the two clauses that are not a common
prefix or suffix and occur on both sides). Up to ``EXACT_CELLS`` it is computed; above, a clause is cut at
*anchors* -- words that occur exactly once on each side, the longest run of them in the same order
(patience diff) -- and each piece between two anchors is solved the same way, so the work grows with the
size of the clause, not its square (a word as frequent on both sides anchors too, its k-th occurrence
to its k-th). A piece still over the budget after ``_ANCHOR_DEPTH`` rounds (no such word left) keeps
only its common ends. The result is then still a common subsequence
(every op exact) but may keep fewer words than the longest; it is deterministic (no clock involved).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import accumulate

_DP_CELLS = 400_000  # above this (after trimming and filtering) the table is split in halves first
EXACT_CELLS = 1_000_000  # above this the clause is cut at unique common words first (about 0.1 s of work)
_ANCHOR_DEPTH = 6  # rounds of cutting before a piece over the budget keeps only its common ends


Context = tuple[str | None, str | None]  # what stands before and after a word


def common_words(
    a: list[str],
    b: list[str],
    cells: int | None = None,
    a_ctx: list[Context] | None = None,
    b_ctx: list[Context] | None = None,
) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` with ``a[i] == b[j]``, increasing in both, as many as possible.

    ``a_ctx``/``b_ctx`` (one per word) only break ties. ``cells`` (default ``EXACT_CELLS``) is the
    work budget above which the answer is anchored rather than the longest (see the module docstring).
    """
    n, m = len(a), len(b)
    ac = a_ctx if a_ctx is not None else [(None, None)] * n
    bc = b_ctx if b_ctx is not None else [(None, None)] * m
    # A common prefix (suffix) pair with the same context on both sides is in some best answer.
    p = 0
    while p < n and p < m and a[p] == b[p] and ac[p] == bc[p]:
        p += 1
    s = 0
    while s < n - p and s < m - p and a[n - 1 - s] == b[m - 1 - s] and ac[n - 1 - s] == bc[m - 1 - s]:
        s += 1
    budget = EXACT_CELLS if cells is None else cells
    mid = _middle(a[p : n - s], b[p : m - s], ac[p : n - s], bc[p : m - s], budget)
    return (
        [(k, k) for k in range(p)]
        + [(i + p, j + p) for i, j in mid]
        + [(n - s + k, m - s + k) for k in range(s)]
    )


def _middle(
    a: list[str], b: list[str], ac: list[Context], bc: list[Context], budget: int
) -> list[tuple[int, int]]:
    # Words found on one side only can never be kept: dropping them shrinks the table, not the answer.
    in_b, in_a = set(b), set(a)
    ai = [i for i, x in enumerate(a) if x in in_b]
    bj = [j for j, x in enumerate(b) if x in in_a]
    if not ai:
        return []
    af, bf = [a[i] for i in ai], [b[j] for j in bj]
    acf, bcf = [ac[i] for i in ai], [bc[j] for j in bj]
    pairs: list[tuple[int, int]] = []
    if len(af) * len(bf) <= budget:
        _halves(af, bf, acf, bcf, 0, 0, pairs)
    else:
        _anchored(af, bf, acf, bcf, 0, 0, pairs, budget, 0)
    return [(ai[i], bj[j]) for i, j in pairs]


def common_ends(a: list[str], b: list[str]) -> tuple[int, int]:
    """The lengths of the common prefix and of the common suffix (not overlapping it) of two lists."""
    n, m = len(a), len(b)
    p = 0
    while p < n and p < m and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and s < m - p and a[n - 1 - s] == b[m - 1 - s]:
        s += 1
    return p, s


def _anchored(
    a: list[str],
    b: list[str],
    ac: list[Context],
    bc: list[Context],
    i0: int,
    j0: int,
    out: list,
    budget: int,
    depth: int,
) -> None:
    """A piece over the budget: keep its common ends, cut the rest at unique common words, recurse."""
    n, m = len(a), len(b)
    p, s = common_ends(a, b)
    out.extend((i0 + k, j0 + k) for k in range(p))
    a_mid, b_mid = a[p : n - s], b[p : m - s]
    if a_mid and b_mid:
        if len(a_mid) * len(b_mid) <= budget:
            _halves(a_mid, b_mid, ac[p : n - s], bc[p : m - s], i0 + p, j0 + p, out)
        elif depth < _ANCHOR_DEPTH:
            _cut_at_anchors(a_mid, b_mid, ac[p : n - s], bc[p : m - s], i0 + p, j0 + p, out, budget, depth)
    out.extend((i0 + n - s + k, j0 + m - s + k) for k in range(s))


def _cut_at_anchors(
    a: list[str],
    b: list[str],
    ac: list[Context],
    bc: list[Context],
    i0: int,
    j0: int,
    out: list,
    budget: int,
    depth: int,
) -> None:
    """Patience diff's step, widened: pair the k-th occurrence of a word in ``a`` with its k-th in ``b``
    for every word that occurs as often on both sides (once, as in patience diff, or more: long texts
    repeat their words); keep the longest run of pairs increasing on both sides; solve the pieces between.
    """
    count_a, count_b = Counter(a), Counter(b)
    where_b: dict[str, list[int]] = {}
    for j, x in enumerate(b):
        if count_a[x] == count_b[x]:
            where_b.setdefault(x, []).append(j)
    seen: Counter = Counter()
    cand: list[tuple[int, int]] = []
    for i, x in enumerate(a):
        js = where_b.get(x)
        if js is not None:
            cand.append((i, js[seen[x]]))
            seen[x] += 1
    anchors = _increasing(cand) + [(len(a), len(b))]
    pi, pj = 0, 0
    for i, j in anchors:
        if i > pi and j > pj:
            _anchored(a[pi:i], b[pj:j], ac[pi:i], bc[pj:j], i0 + pi, j0 + pj, out, budget, depth + 1)
        if i < len(a):
            out.append((i0 + i, j0 + j))
        pi, pj = i + 1, j + 1


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted by ``i``) whose ``j`` increase too (n log n)."""
    tails: list[int] = []  # tails[k]: the smallest j ending a run of length k + 1
    ends: list[int] = []  # index in pairs of that run's last pair
    back = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        back[k] = ends[pos - 1] if pos else -1
        if pos == len(tails):
            tails.append(j)
            ends.append(k)
        else:
            tails[pos] = j
            ends[pos] = k
    run: list[tuple[int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        run.append(pairs[k])
        k = back[k]
    run.reverse()
    return run


def _halves(
    a: list[str],
    b: list[str],
    ac: list[Context],
    bc: list[Context],
    i0: int,
    j0: int,
    out: list,
) -> None:
    """Hirschberg: cut ``b`` in half where a longest subsequence crosses, until the table is small.

    The crossing comes from LCS lengths of every prefix of ``a`` against the first half of ``b`` and of
    every suffix against the second half, each one bit-parallel pass: exact, and fast enough that a
    changed clause of thousands of words takes a fraction of a second. Ties are broken in the tables.
    """
    n, m = len(a), len(b)
    if not n or not m:
        return
    if n * m <= _DP_CELLS or m == 1:
        out.extend((i0 + i, j0 + j) for i, j in _weighted(a, b, ac, bc))
        return
    h = m // 2
    fwd = _prefix_lengths(a, b[:h])
    back = _prefix_lengths(a[::-1], b[h:][::-1])
    cut = max(range(n + 1), key=lambda i: fwd[i] + back[n - i])
    _halves(a[:cut], b[:h], ac[:cut], bc[:h], i0, j0, out)
    _halves(a[cut:], b[h:], ac[cut:], bc[h:], i0 + cut, j0 + h, out)


def _prefix_lengths(a: list[str], b: list[str]) -> list[int]:
    """``LCS(a[:i], b)`` for every ``i`` (Hyyrö's bit-parallel algorithm over the positions of ``a``).

    Bit ``i`` of the vector is 0 exactly where the table's column for ``b`` rises between ``a[:i]`` and
    ``a[:i + 1]``, so the lengths are running counts of zero bits.
    """
    n = len(a)
    if not n:
        return [0]
    masks: dict[str, int] = {}
    for i, x in enumerate(a):
        masks[x] = masks.get(x, 0) | (1 << i)
    full = (1 << n) - 1
    v = full
    for y in b:
        u = v & masks.get(y, 0)
        v = ((v + u) | (v - u)) & full
    rises = format(~v & full, f"0{n}b")[::-1]  # character i is bit i
    return [0, *accumulate(map(int, rises))]


def _weighted(a: list[str], b: list[str], ac: list[Context], bc: list[Context]) -> list[tuple[int, int]]:
    """Table LCS scoring each kept word ``big + 3 * len(word) + same_neighbours`` (0 to 2).

    Most words first (``big`` outweighs every total of the rest), then most characters (a character, 3,
    outweighs any context, at most 2), then the most neighbours in common. Row by row: a row starts as
    the row above, matches raise their cell to the diagonal plus their weight, and a running maximum
    (rows never decrease along ``j``) completes it -- the per-cell work runs in C.
    """
    m = len(b)
    where: dict[str, list[int]] = {}
    for j, x in enumerate(b):
        where.setdefault(x, []).append(j)
    big = 3 * sum(map(len, a)) + 2 * len(a) + 1

    def weight(i: int, j: int) -> int:
        (ap, an), (bp, bn) = ac[i], bc[j]
        return big + 3 * len(a[i]) + (ap == bp) + (an == bn)

    rows = [[0] * (m + 1)]
    prev = rows[0]
    for i, x in enumerate(a):
        cand = prev[:]
        for j in where.get(x, ()):
            v = prev[j] + weight(i, j)
            if v > cand[j + 1]:
                cand[j + 1] = v
        prev = list(accumulate(cand, max))
        rows.append(prev)
    pairs: list[tuple[int, int]] = []
    i, j = len(a), m
    while i and j:
        here = rows[i][j]
        if a[i - 1] == b[j - 1] and here == rows[i - 1][j - 1] + weight(i - 1, j - 1):
            i -= 1
            j -= 1
            pairs.append((i, j))
        elif here == rows[i - 1][j]:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    return pairs
