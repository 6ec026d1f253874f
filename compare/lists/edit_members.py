"""Members read from edits whose shape the slot rules of edits.py do not cover: a comma-set qualifier put
after a member or struck from it, and a member repeating its list's preposition put in or struck whole.
"""

from __future__ import annotations

from .edit_words import _CONJ, _MAX_WORDS, _OPEN, _REACH, _SEP, _STOP, _adjective, _item_span, _slides

_QUALIFIER_OPEN = frozenset(["including", "notably", "especially", "particularly", "whether", "excluding"])


def _qualifier_edit(
    toks: list[tuple[str, int, int]],
    i: int,
    j: int,
    other: list[tuple[str, int, int]],
    k: int,
    text: str,
    lex,
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "persons or entities{+, including vessels,+} reported to ...": a comma-set qualifier (opened by
    "including", "in particular", "notably" ...) put after a member of a list, or struck from it, rewords
    that member. ``toks[i:j]`` is the run present on this side only, ``other[k]`` where it would stand on
    the other. Returns (member with its qualifier on this side, the bare member on the other side)."""
    for x, y in _slides(toks, i, j):
        run = [t[0] for t in toks[x:y]]
        if len(run) < 3 or len(run) > 2 * _REACH or run[0] != "," or any(w in _STOP for w in run):
            continue
        if not (run[1] in _QUALIFIER_OPEN or run[1:3] == ["in", "particular"] or run[1:3] == ["such", "as"]):
            continue
        if "," in run[1:-1] or (run[-1] != "," and not (y >= len(toks) or toks[y][0] in _STOP)):
            continue  # one qualifier, closed by its comma or by the member's own end
        lo = x
        while lo > 0 and x - lo < _MAX_WORDS and toks[lo - 1][0] not in _SEP | _STOP | _OPEN | {")", "("}:
            if toks[lo - 1][0] in lex.prep:
                break
            lo -= 1
        if lo == x or lo == 0:
            continue
        start = _over_adjective_run(toks, lo, text, lex)
        # a later member (after "or", "and"), or the first one when the list's conjunction follows the
        # qualifier ("the sale of weapons{+, notably rifles,+} and ammunition")
        member = toks[lo - 1][0] in _CONJ or start != lo
        first = toks[lo - 1][0] in lex.prep and run[-1] == "," and y < len(toks) and toks[y][0] in _CONJ
        if not (member or first) or _item_span(toks, lo, x, text, lex) is None:
            continue
        end = y - 1 if run[-1] == "," else y
        shift = k - x  # the member stands just before ``other[k]``, the same words
        if [t[0] for t in toks[start:x]] != [t[0] for t in other[start + shift : k]]:
            continue
        return (toks[start][1], toks[end - 1][2]), (other[start + shift][1], other[k - 1][2])
    return None


def _over_adjective_run(toks: list[tuple[str, int, int]], lo: int, text: str, lex) -> int:
    """ "any commercial, industrial or public utility undertaking": a member whose first words follow a run
    of single adjectives it shares them with starts at that run's article. Returns the start (``lo`` when
    there is no such run)."""
    k = lo
    while (
        k >= 2 and (toks[k - 1][0] in _CONJ or toks[k - 1][0] == ",") and _adjective(toks, k - 2, text, lex)
    ):
        k -= 2
    if k == lo or k == 0 or toks[k - 1][0] not in lex.det:
        return lo
    return k - 1
