"""Which words two texts have in common: a longest common subsequence of their word keys.

The *words* granularity marks only words outside this subsequence, so no word is shown deleted and then
re-inserted (the number of words kept is exactly the LCS length, as in Myers' minimal diff). Among the
many longest subsequences it prefers the one keeping the most characters, so "gizmos and sprockets" ->
"sprockets and doohickeys" keeps "sprockets" rather than "and" -- what Word's Compare shows -- and then
the one whose words sit between the same neighbours (a context: the spaces or punctuation around each
word), so "Resolution 760 (1992) of 18 June 1992" -> "Resolution 787 (1992)" keeps "(1992)" whole.
"""

from __future__ import annotations

import time
from itertools import accumulate

_DP_CELLS = 400_000  # above this (after trimming and filtering) the table is split in halves first


Context = tuple[str | None, str | None]  # what stands before and after a word


def common_words(
    a: list[str],
    b: list[str],
    deadline: float | None = None,
    a_ctx: list[Context] | None = None,
    b_ctx: list[Context] | None = None,
) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` with ``a[i] == b[j]``, increasing in both, as many as possible.

    ``a_ctx``/``b_ctx`` (one per word) only break ties. ``deadline`` (a ``time.time()`` value, given for
    very large texts) may cut the result short of the longest.
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
    mid = _middle(a[p : n - s], b[p : m - s], ac[p : n - s], bc[p : m - s], deadline)
    return (
        [(k, k) for k in range(p)]
        + [(i + p, j + p) for i, j in mid]
        + [(n - s + k, m - s + k) for k in range(s)]
    )


def _middle(
    a: list[str], b: list[str], ac: list[Context], bc: list[Context], deadline: float | None
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
    _halves(af, bf, acf, bcf, 0, 0, pairs, deadline)
    return [(ai[i], bj[j]) for i, j in pairs]


def _halves(
    a: list[str],
    b: list[str],
    ac: list[Context],
    bc: list[Context],
    i0: int,
    j0: int,
    out: list,
    deadline: float | None,
) -> None:
    """Hirschberg: cut ``b`` in half where a longest subsequence crosses, until the table is small.

    The crossing comes from LCS lengths of every prefix of ``a`` against the first half of ``b`` and of
    every suffix against the second half, each one bit-parallel pass: exact, and fast enough that a
    changed clause of thousands of words takes a fraction of a second. Ties are broken in the tables.
    Past the deadline the remaining halves keep nothing (still a common subsequence, just shorter).
    """
    n, m = len(a), len(b)
    if not n or not m or (deadline is not None and time.time() > deadline):
        return
    if n * m <= _DP_CELLS or m == 1:
        out.extend((i0 + i, j0 + j) for i, j in _weighted(a, b, ac, bc))
        return
    h = m // 2
    fwd = _prefix_lengths(a, b[:h])
    back = _prefix_lengths(a[::-1], b[h:][::-1])
    cut = max(range(n + 1), key=lambda i: fwd[i] + back[n - i])
    _halves(a[:cut], b[:h], ac[:cut], bc[:h], i0, j0, out, deadline)
    _halves(a[cut:], b[h:], ac[cut:], bc[h:], i0 + cut, j0 + h, out, deadline)


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
