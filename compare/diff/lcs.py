"""Which words two texts have in common: a longest common subsequence of their word keys.

The *words* granularity marks only words outside this subsequence, so no word is shown deleted and then
re-inserted (the number of words kept is exactly the LCS length, as in Myers' minimal diff). Among the
many longest subsequences it prefers the one keeping the most characters, so "gizmos and sprockets" ->
"sprockets and doohickeys" keeps "sprockets" rather than "and" -- what Word's Compare shows.
"""

from __future__ import annotations

from itertools import accumulate

from diff_match_patch import diff_match_patch

_DP_CELLS = 400_000  # above this (after trimming and filtering) Myers' algorithm replaces the weighted table


def common_words(a: list[str], b: list[str], deadline: float | None = None) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` with ``a[i] == b[j]``, increasing in both, as many as possible.

    ``deadline`` (a ``time.time()`` value) is only honoured on very large inputs, where the result may
    then fall short of the longest.
    """
    n, m = len(a), len(b)
    p = 0
    while p < n and p < m and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and s < m - p and a[n - 1 - s] == b[m - 1 - s]:
        s += 1
    mid = _middle(a[p : n - s], b[p : m - s], deadline)
    return (
        [(k, k) for k in range(p)]
        + [(i + p, j + p) for i, j in mid]
        + [(n - s + k, m - s + k) for k in range(s)]
    )


def _middle(a: list[str], b: list[str], deadline: float | None) -> list[tuple[int, int]]:
    # Words found on one side only can never be kept: dropping them shrinks the table, not the answer.
    in_b, in_a = set(b), set(a)
    ai = [i for i, x in enumerate(a) if x in in_b]
    bj = [j for j, x in enumerate(b) if x in in_a]
    if not ai:
        return []
    af, bf = [a[i] for i in ai], [b[j] for j in bj]
    if len(af) * len(bf) > _DP_CELLS:
        return [(ai[i], bj[j]) for i, j in _myers(af, bf, deadline)]
    return [(ai[i], bj[j]) for i, j in _weighted(af, bf)]


def _weighted(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Table LCS scoring each kept word ``big + len(word)``: most words first, then most characters.

    Row by row: a row starts as the row above, matches add their weight to the diagonal cell, and a
    running maximum (rows never decrease along ``j``) completes it -- the per-cell work runs in C.
    """
    m = len(b)
    where: dict[str, list[int]] = {}
    for j, x in enumerate(b):
        where.setdefault(x, []).append(j)
    big = sum(map(len, a)) + 1  # more than any total of characters: one word outweighs them all
    rows = [[0] * (m + 1)]
    prev = rows[0]
    for x in a:
        w = big + len(x)
        cand = prev[:]
        for j in where[x]:
            cand[j + 1] = prev[j] + w
        prev = list(accumulate(cand, max))
        rows.append(prev)
    pairs: list[tuple[int, int]] = []
    i, j = len(a), m
    while i and j:
        if a[i - 1] == b[j - 1]:  # keeping an equal pair is always optimal (same weight either way)
            i -= 1
            j -= 1
            pairs.append((i, j))
        elif rows[i - 1][j] >= rows[i][j - 1]:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    return pairs


def _myers(a: list[str], b: list[str], deadline: float | None) -> list[tuple[int, int]]:
    """Myers' minimal diff (diff-match-patch's bisection) over words encoded one character each."""
    table: dict[str, str] = {}
    for x in dict.fromkeys(a + b):
        n = len(table) + 0x100
        table[x] = chr(n + 0x800 if n >= 0xD800 else n)
    ca, cb = "".join(map(table.__getitem__, a)), "".join(map(table.__getitem__, b))
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    pairs: list[tuple[int, int]] = []
    i = j = 0
    for op, chars in dmp.diff_main(ca, cb, False, deadline):
        n = len(chars)
        if op == 0:
            pairs.extend((i + k, j + k) for k in range(n))
            i += n
            j += n
        elif op < 0:
            i += n
        else:
            j += n
    return pairs
