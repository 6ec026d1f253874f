"""Long members of a coordination of noun phrases, read from a word changed inside one of them.

"the continued blocking of the convoys and the failure of the militias to meet their [+agreed+] duties to
let them pass": two members that each open with the same determiner and carry their own complement (a
preposition's phrase, an infinitive, a participle) are each one item, named by their whole text, however
long. A word put in, struck or replaced inside the last of them rewords that member. The list reader sees no
list there (its members are too long to be read as items), and the edit readers of edits.py look only a few
words either side of the change; this reader looks back to the conjunction that opens the member and on to
the end of the paragraph it runs to.
"""

from __future__ import annotations

from .edit_pairs import _AUX, _wordlike
from .edit_words import _CONJ, _STOP, _has_verb

_BACK = 40  # tokens between the conjunction that opens a member and the change
_FIRST_MIN = 4  # tokens of the member before the conjunction: a long member, with its own complement
_LONG = 6  # tokens of the member holding the change
_OPENERS = frozenset(["the", "its", "their", "his", "her", "any", "all", "such"])  # a member's determiner
_ASIDES = frozenset(["in particular", "also", "above all", "especially", "notably"])


def long_member(
    ta, i1: int, i2: int, tb, j1: int, j2: int, text_a: str, text_b: str, lex
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans (old, new) of the last member of a coordination of long noun phrases that holds the change
    ``ta[i1:i2]`` -> ``tb[j1:j2]``; None when the change is not in such a member."""
    if not _plain_change(ta, i1, i2, tb, j1, j2, text_a, text_b, lex):
        return None
    # the conjunction that opens the member: no comma or stop between it and the change
    # ("any licence or permit granted ...": a conjunction not followed by a determiner is inside the member)
    k = i1 - 1
    while k >= 1 and i1 - k <= _BACK and not (ta[k][0] in _CONJ and _opener(ta, k + 1, i1) is not None):
        if ta[k][0] in _STOP or ta[k][0] == ",":
            return None
        k -= 1
    lo = _opener(ta, k + 1, i1) if k >= 1 and ta[k][0] in _CONJ else None
    if lo is None or lo + 1 >= len(ta) or not _wordlike(ta[lo + 1][0]) or ta[lo + 1][0] in lex.prep:
        return None
    det = ta[lo][0]
    # the first member: opened by the same determiner, at least a few words before the conjunction (so it
    # holds its own complement, and the words after the last member's noun are that member's), same sentence
    first = next(
        (d for d in range(k - _FIRST_MIN, max(-1, k - _BACK), -1) if ta[d][0] == det),
        None,
    )
    if first is None or any(t[0] in _STOP for t in ta[first:k]):
        return None
    if _subject_of_that(ta, k, lex):
        return None
    # the member runs to the end of its paragraph (a stop or a final comma) or to the conjunction that opens
    # the next member, with no comma on the way: one that runs on into another clause is not read here
    end_a = _end(ta, i2, det)
    end_b = _end(tb, j2, det)
    if end_a is None or end_b is None or end_a - lo < _LONG:
        return None
    lo_b = _same_lead(ta, lo, i1, tb, j1)
    if lo_b is None or _clause(ta, lo, end_a, text_a, lex):
        return None
    return (ta[lo][1], ta[end_a - 1][2]), (tb[lo_b][1], tb[end_b - 1][2])


def _same_lead(ta, lo: int, i1: int, tb, j1: int) -> int | None:
    """Where the member that opens at ``ta[lo]`` opens in the new version: the words before the change are
    the same on both sides; None when they are not."""
    lo_b = j1 - (i1 - lo)
    if lo_b < 0 or [t[0] for t in tb[lo_b:j1]] != [t[0] for t in ta[lo:i1]]:
        return None
    return lo_b


def _clause(toks, lo: int, hi: int, text: str, lex) -> bool:
    """An auxiliary or a verb in the member ("and the Committee shall ...", "... and invites the ..."): a
    clause, not a member."""
    return any(t[0] in _AUX for t in toks[lo:hi]) or _verb_in(toks, lo + 1, hi, text, lex)


def _opener(toks, k: int, limit: int) -> int | None:
    """The determiner that opens a member at ``toks[k]``, after an aside ("and in particular its ...")."""
    for aside in _ASIDES:
        words = aside.split()
        if [t[0] for t in toks[k : k + len(words)]] == words:
            k += len(words)
            break
    return k if k < limit and toks[k][0] in _OPENERS else None


def _end(toks, k: int, det: str) -> int | None:
    """Where a member that goes on at ``k`` ends: before a stop, the paragraph's final comma, or a
    conjunction that opens the next member with the same determiner; None when another comma comes first."""
    while k < len(toks):
        w = toks[k][0]
        if w in _STOP:
            return k
        if w == ",":
            return k if k == len(toks) - 1 else None
        if w in _CONJ and k + 1 < len(toks) and toks[k + 1][0] == det:
            return k
        k += 1
    return k


def _subject_of_that(toks, k: int, lex) -> bool:
    """ "Determining that the failure ... and its refusal ... constitute a threat": after a "that" whose
    clause has no verb yet, the coordination is that clause's subject, and its last member runs into the
    verb."""
    for x in range(k - 1, 0, -1):
        w = toks[x][0]
        if w in _STOP or w in _AUX:
            return False
        if w == "that" and toks[x + 1][0] in lex.det:
            return True
    return False


def _verb_in(toks, lo: int, hi: int, text: str, lex) -> bool:
    """A verb in ``toks[lo:hi]`` (see edit_words._has_verb), except a verb's form right after a conjunction
    with no object after it: "any licence or permit granted ..." joins two nouns ("... and invites the
    Coordinator" a verb)."""
    for k in range(lo, hi):
        if (k == lo or not toks[k][0].endswith("ly")) and _has_verb(toks, k, k + 1, text, lex):
            after = toks[k + 1][0] if k + 1 < len(toks) else None
            if toks[k - 1][0] in _CONJ and after not in lex.det:
                continue
            return True
    return False


def first_member(
    ta, i1: int, i2: int, tb, j1: int, j2: int, text_a: str, text_b: str, lex
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans (old, new) of the first member of a coordination of long noun phrases that holds the change
    ("Deploring the [continued->repeated] blocking of the convoys by the militias and their failure to
    ..."): the member opens with the first determiner of its clause (after a comma, "that" or the
    paragraph's verb and a preposition), its head noun takes a preposition's phrase, and it runs to a
    conjunction that opens a second long member with a determiner."""
    if not _plain_change(ta, i1, i2, tb, j1, j2, text_a, text_b, lex):
        return None
    s = i1 - 1  # the clause's opening: the last comma or stop before the change
    while s >= 0 and i1 - s <= _BACK and ta[s][0] not in _STOP and ta[s][0] != ",":
        s -= 1
    if i1 - s > _BACK:
        return None
    lo = next((x for x in range(s + 1, min(i1, s + 5)) if ta[x][0] in _OPENERS), None)
    if lo is None or any(t[0] in lex.det or t[0] in _CONJ for t in ta[s + 1 : lo]):
        return None
    head = lo + 1  # the member's head: the first word after the determiner and its qualifiers before a prep
    while head < i1 and head + 1 < len(ta) and ta[head + 1][0] not in lex.prep:
        head += 1
    if head + 1 >= len(ta) or ta[head + 1][0] not in lex.prep or ta[head + 1][0] == "to":
        return None  # "the Government to release ...": who is asked, not a thing
    if i1 <= head:
        return None  # a change at the member's opening is for the short readers of edits.py
    # the conjunction that ends the member, before any comma or stop
    k = i2
    while (
        k < len(ta)
        and k - i2 <= _BACK
        and not (ta[k][0] in _CONJ and _opener(ta, k + 1, len(ta)) is not None)
    ):
        if ta[k][0] in _STOP or ta[k][0] == ",":
            return None
        k += 1
    # the search stops on reach too, possibly at a conjunction that opens no member
    nxt = _opener(ta, k + 1, len(ta)) if k < len(ta) and ta[k][0] in _CONJ else None
    if nxt is None or nxt + 1 >= len(ta) or k - lo < _LONG:
        return None
    run = next((x for x in range(nxt, len(ta)) if ta[x][0] in _STOP or ta[x][0] == ","), len(ta))
    if run - nxt < _FIRST_MIN or not _wordlike(ta[nxt + 1][0]) or ta[nxt + 1][0] in lex.prep:
        return None
    lo_b = _same_lead(ta, lo, i1, tb, j1)
    k_b = j2 + (k - i2)
    if lo_b is None or k_b >= len(tb) or [t[0] for t in tb[j2:k_b]] != [t[0] for t in ta[i2:k]]:
        return None
    if _clause(ta, lo, k, text_a, lex):
        return None
    return (ta[lo][1], ta[k - 1][2]), (tb[lo_b][1], tb[k_b - 1][2])


def _plain_change(ta, i1: int, i2: int, tb, j1: int, j2: int, text_a: str, text_b: str, lex) -> bool:
    """A few words put in, struck or replaced: no separator, conjunction or auxiliary, and not a name for a
    name ("the Bosnian [Serb->Croat] party" is a named party; "other [Member->interested] States" rewords)."""
    changed = ta[i1:i2] + tb[j1:j2]
    if not changed or max(i2 - i1, j2 - j1) > 4:
        return False
    if any(not _wordlike(t[0]) or t[0] in _CONJ or t[0] in _AUX for t in changed):
        return False
    return not (_name(ta[i1:i2], text_a, lex) and _name(tb[j1:j2], text_b, lex))


def _name(run, text: str, lex) -> bool:
    """Capitalised words, with the function words a name holds ("Organization of American States")."""
    return all(text[t[1]].isupper() or t[0] in lex.prep or t[0] in lex.det for t in run)
