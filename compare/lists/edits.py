"""Items read from the edit itself, where the list reader saw no list on either side.

A coordination of two ("the manufacture and development") is not read as a list on its own, and an
"any X or any Y or any Z" list or an item with a long qualifier may not be read at all; yet the two versions
together show the list: a phrase inserted or struck between separators (", testing" before "and
development"; "or any memorandum of understanding" before "or any licence") is an item that came or went,
and a word replaced next to a conjunction ("loss, damage or injury" -> "loss, damage or harm") is an item
reworded in its slot. Only edits whose own shape says so are read: the changed phrase must be a short noun
phrase bounded by list separators, with a conjunction next to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import AlignmentEntry, Kind, Side
from .edit_long import first_member, long_member
from .edit_members import _prep_member, _qualifier_edit, _verb_list
from .edit_pairs import (
    _AUX,
    _IRREGULAR_PARTICIPLES,
    _asked_to,
    _first_of_pair,
    _noun_opens,
    _pair_ends,
    _takes_object,
    _thing_after_to,
    _things_after_to,
    _wordlike,
)
from .edit_words import (
    _CLOSE,
    _CONJ,
    _MAX_WORDS,
    _MORE_VERBS,
    _OPEN,
    _REACH,
    _RELATIVE,
    _SEP,
    _STOP,
    _adjective,
    _conj_ahead,
    _cue,
    _has_verb,
    _in_number,
    _item_span,
    _participle,
    _quantity,
    _slides,
    _toks,
)
from .lexicon import QUANTIFIERS, lexicon

_MAX_TOKENS = 4000  # longer entries are not diffed here (their lists are the list reader's business)


@dataclass(frozen=True, slots=True)
class EditItem:
    """An item found from an edit: ``status`` "added", "removed" or "modified"; spans into each side's
    document text (None on the side that lacks it)."""

    status: str
    a_span: tuple[int, int] | None
    b_span: tuple[int, int] | None
    a_clause: int | None
    b_clause: int | None
    # a long member named by its whole text: list items the reader cut out of it do not hide it
    whole: bool = False


def edit_items(a: Side, b: Side, alignment: list[AlignmentEntry], lang: str) -> Iterator[EditItem]:
    """Items added, removed or reworded by the edits of each changed pair of clauses (see module doc)."""
    lex = lexicon(lang)
    for e in alignment:
        if e.kind == Kind.EQUAL or not e.a or not e.b:
            continue
        ta = _entry_tokens(a, e.a)
        if not ta or len(ta) > _MAX_TOKENS:
            continue
        tb = _entry_tokens(b, e.b)
        if not tb or len(tb) > _MAX_TOKENS:
            continue
        sm = SequenceMatcher(None, [t[0] for t in ta], [t[0] for t in tb], autojunk=False)
        ops = sm.get_opcodes()
        moved = _moved_words(ops, ta, tb)
        for op, i1, i2, j1, j2 in ops:
            if (op == "insert" and _words_of(tb[j1:j2]) in moved) or (
                op == "delete" and _words_of(ta[i1:i2]) in moved
            ):
                continue  # "any reservations or qualifications" -> "any qualifications or reservations"
            got = None
            if op in ("insert", "delete"):
                # "persons or entities{+, including vessels,+} reported to ...": a qualifier put in or struck
                got3 = (
                    _qualifier_edit(tb, j1, j2, ta, i1, b.document.text, lex)
                    if op == "insert"
                    else _qualifier_edit(ta, i1, i2, tb, j1, a.document.text, lex)
                )
                if got3:
                    sa, sb = got3 if op == "delete" else got3[::-1]
                    yield EditItem("modified", sa, sb, _clause_of(a, e.a, sa[0]), _clause_of(b, e.b, sb[0]))
                    continue
            if op == "insert":
                got = _inserted(tb, j1, j2, b.document.text, lex)
                if got:
                    yield EditItem("added", None, got, None, _clause_of(b, e.b, got[0]))
            elif op == "delete":
                got = _inserted(ta, i1, i2, a.document.text, lex)
                if got:
                    yield EditItem("removed", got, None, _clause_of(a, e.a, got[0]), None)
            if not got and op == "insert":
                got = _prep_member(tb, j1, j2, b.document.text, lex)
                if got:
                    yield EditItem("added", None, got, None, _clause_of(b, e.b, got[0]))
            elif not got and op == "delete":
                got = _prep_member(ta, i1, i2, a.document.text, lex)
                if got:
                    yield EditItem("removed", got, None, _clause_of(a, e.a, got[0]), None)
            run = ta[i1:i2] + tb[j1:j2]
            grown = (
                op in ("insert", "delete") and not got and (not _separated(run) or _joined(run, ta, i1, i2))
            )
            if (op == "replace" or grown) and not _quantity(ta[i1:i2], tb[j1:j2]):
                # grown: "institutions, {+printed +}publications, news material and ...": words put into
                # (or struck from) a member of a list of three or more reword that member
                got2 = _replaced(ta, i1, i2, tb, j1, j2, a.document.text, b.document.text, lex, grown)
                whole = not got2  # a long member read whole (see edit_long.py)
                got2 = got2 or long_member(ta, i1, i2, tb, j1, j2, a.document.text, b.document.text, lex)
                got2 = got2 or first_member(ta, i1, i2, tb, j1, j2, a.document.text, b.document.text, lex)
                if got2:
                    sa, sb = got2
                    ca, cb = _clause_of(a, e.a, sa[0]), _clause_of(b, e.b, sb[0])
                    yield EditItem("modified", sa, sb, ca, cb, whole)


def _words_of(run: list[tuple[str, int, int]]) -> tuple[str, ...]:
    return tuple(t[0] for t in run if t[0] not in _SEP)


def _moved_words(ops, ta: list[tuple[str, int, int]], tb: list[tuple[str, int, int]]) -> set[tuple[str, ...]]:
    """The words struck in one place of an entry and put in another a few words away (separators aside):
    members that changed place within their list, kept, never an item added plus one removed."""
    struck = [(_words_of(ta[i1:i2]), i1) for op, i1, i2, _, _ in ops if op == "delete"]
    put = [(_words_of(tb[j1:j2]), i1) for op, i1, _, j1, j2 in ops if op == "insert"]
    return {w for w, i in struck for w2, k in put if w and w == w2 and abs(i - k) <= 2 * _REACH}


def _separated(run: list[tuple[str, int, int]]) -> bool:
    return any(t[0] in _SEP or t[0] in _STOP or t[0] in "()" for t in run)


def _joined(run: list[tuple[str, int, int]], ta: list[tuple[str, int, int]], i1: int, i2: int) -> bool:
    """ "postal {+and courier +}services": a word joined by a conjunction to a modifier inside an item,
    between two words of the item (not a member added between separators)."""
    if not run or run[0][0] not in _CONJ or len(run) > 3 or _separated(run[1:]):
        return False
    if i1 != i2:  # struck: the words either side in the old version
        return False
    return 0 < i1 < len(ta) and ta[i1 - 1][0].isalpha() and ta[i1][0].isalpha()


def _entry_tokens(side: Side, clauses: tuple[int, ...]) -> list[tuple[str, int, int]]:
    """The entry's tokens; only as far as more than ``_MAX_TOKENS`` (then the entry is not diffed here, and
    a clause split into 500,000 lines is not tokenised whole to learn that)."""
    out: list[tuple[str, int, int]] = []
    for ci in clauses:
        c = side.clauses[ci]
        out += _toks(side.document.text, c.start, c.end)
        if len(out) > _MAX_TOKENS:
            break
    return out


def _clause_of(side: Side, clauses: tuple[int, ...], pos: int) -> int:
    for ci in clauses:
        if side.clauses[ci].start <= pos < side.clauses[ci].end:
            return ci
    return clauses[0]


def _inserted(toks: list[tuple[str, int, int]], i: int, j: int, text: str, lex) -> tuple[int, int] | None:
    """The span of the item a run ``toks[i:j]`` (present on this side only) adds to a list, if it is one;
    of the places the run can stand, one that opens with the list's repeated preposition is preferred."""
    first: tuple[int, int] | None = None
    for x, y in _slides(toks, i, j):
        run = [t[0] for t in toks[x:y]]
        lead = 0
        while lead < min(2, len(run)) and run[lead] in _SEP:
            lead += 1
        trail = 0
        while trail < min(2, len(run) - lead) and run[len(run) - 1 - trail] in _SEP:
            trail += 1
        if not trail and len(run) - lead > 3 and run[-3:] == ["as", "well", "as"]:
            trail = 3  # "to [exchanges as well as ]to visits": "as well as" closes the member like "and"
        # "the measures ...[, as well as those initiated by ...]": after a comma "as well as" opens the member
        as_well = lead == 1 and run[0] == "," and len(run) > 4 and run[1:4] == ["as", "well", "as"]
        if as_well:
            lead = 4
        before = toks[x - 1][0] if x > 0 else None
        after = toks[y][0] if y < len(toks) else None
        seps = run[:lead] + run[len(run) - trail :]
        if lead and not trail:  # ", testing" before " and development"
            # "any contract or other transaction[ or commercial operation] where ...": a relative word
            # ends the noun phrase the member closes
            if not (
                after is None
                or after in _SEP
                or after in _CLOSE
                or after in _RELATIVE
                or _pair_ends(toks, x, y, lead, text, lex)
                or _participle_member(toks, x + lead, y, lex)
            ):
                continue
        elif trail and not lead:  # "neutralization, " after "destruction, "
            # "exclusively [for pensions or ]for strictly medical ...": the first member of a list whose
            # members repeat their preposition; "the {+sale, +}honouring or endorsement": a first member
            # after the article that the whole list shares
            first_of_repeated = run[0] in lex.prep and run[0] == after
            # "that [any taking of territory or ]any practice of ...": a quantifier repeated by the member
            # after the conjunction opens a pair of parallel noun phrases
            first_of_repeated |= run[0] in QUANTIFIERS and run[0] == after
            # "except [emergency equipment and ]equipment and services": right after the list's cue
            cued = _cue(before, lex) or _cue_ends(toks, x, lex)
            opens = before in _SEP or before in _OPEN or cued or (before in lex.det and run[0] not in lex.det)
            # "reminds them that [failure or ]refusal by ...", "Recalling also [the provisions of ...,
            # and ]the role ...": a pair that is a clause's subject (after "that") or a verb's object
            # opens right after that word; the member left after the conjunction must open a noun phrase
            # (a verb's object followed by "to" and a verb is who is asked to act, not a list)
            opens |= _noun_opens(toks, y, lex) and (
                before == "that" or (_takes_object(toks, x - 1, lex) and not _asked_to(toks, y, text, lex))
            )
            # "to achieve [self-determination and ]independence": the first of a pair that is the object of
            # a verb right after "to"; the member left must end at a separator
            infinitive = (
                x >= 2
                and toks[x - 2][0] == "to"
                and before is not None
                and before.isalpha()
                and before not in lex.det | lex.prep | lex.stop
                and text[toks[x - 1][1]].islower()
                and run[0] not in lex.det
                and y + 1 < len(toks)
                and toks[y + 1][0] in _SEP | _STOP
            )
            if not first_of_repeated and not infinitive and (before is None or not opens):
                continue
        elif not lead and not trail:
            # "medical purposes,{+ school textbooks+} and, in ...": a whole member between two separators
            if not ((before in _SEP or before in _OPEN) and (after in _SEP or after in _CLOSE)):
                continue
        elif not (after in _SEP or after in _CLOSE or before in _SEP or before in _OPEN):
            continue  # ", radar equipment, whether or not of military design," before "and other ..."
        if not (
            any(t in _CONJ for t in seps)
            or trail == 3
            or as_well
            or before in _CONJ
            or after in _CONJ
            or _conj_ahead(toks, y)
            or (_after_cue(toks, x, lex) and any(t[0] in _CONJ for t in _clause_ahead(toks, y)))
        ):
            continue
        lo, hi = x + lead, y - trail
        if _verb_list(toks, lo, hi, lex):
            continue
        if hi - lo == 1 and _among_adjectives(toks, lo, text, lex):
            continue
        if (
            hi - lo > 1
            and toks[lo][0] in lex.prep
            and (_repeated_prep(toks, lo) or toks[lo][0] == after or _prep_pair(toks, lo))
        ):
            # "..., or to any person or body acting on their behalf or to ...": an item of a list whose
            # members repeat their preposition starts with it; the rest must read as an item ("to" and a
            # verb, "to ensure effective monitoring", is a purpose, not an item)
            nxt = toks[lo + 1]
            if (
                toks[lo][0] == "to"
                and nxt[0].isalpha()
                and nxt[0] not in lex.det
                and not text[nxt[1]].isupper()
                and not _thing_after_to(nxt, text)  # "to visits": no verb
                and not _things_after_to(toks, lo, text, lex)
            ):
                continue
            span = _item_span(toks, lo + 1, hi, text, lex)
            if span:
                preferred = (toks[lo][1], span[1])
                return preferred
            if after in _STOP and hi - lo <= 18 and not any(t[0] in lex.stop for t in toks[lo:hi]):
                # "... or for the provision of news material and in special humanitarian circumstances,
                # food-stuffs;": the last member, struck or put whole up to the clause's end, is one item
                return toks[lo][1], toks[hi - 1][2]
            continue
        span = _item_span(toks, lo, hi, text, lex) or _qualified_span(toks, lo, hi, text, lex)
        if span is None and _participle_member(toks, lo, hi, lex):
            span = toks[lo][1], toks[hi - 1][2]
        if span is None and (_parallel_opener(toks, lo, hi) or _pronoun_member(toks, lo, hi, lex)):
            span = toks[lo][1], toks[hi - 1][2]
        if span and first is None:
            first = span
    return first


def _among_adjectives(toks: list[tuple[str, int, int]], k: int, text: str, lex) -> bool:
    """ "the massive, organized{+, deliberate+} and systematic detention": one word put among words that
    qualify the noun after the last of them is an adjective of a run, not an item (a run of adjectives is
    no list). A neighbour across a separator must be one word that reads as an adjective."""

    def adjective_at(i: int) -> bool:
        return _adjective(toks, i, text, lex)

    before = k - 1
    while before >= 0 and toks[before][0] in _SEP:
        before -= 1
    after = k + 1
    while after < len(toks) and toks[after][0] in _SEP:
        after += 1
    noun_follows = after + 1 < len(toks) and toks[after + 1][0].isalpha() and toks[after + 1][0] not in _SEP
    single_before = before >= 1 and (toks[before - 1][0] in _SEP or toks[before - 1][0] in lex.det)
    return (before < k - 1 and single_before and adjective_at(before)) or (
        after > k + 1 and noun_follows and adjective_at(after)
    )


def _back_over_adjectives(ta: list[tuple[str, int, int]], lo: int, text: str, lex) -> int:
    """ "establishment of a credible and effective bilateral inspection regime": where the conjunction
    before a member joins two adjectives, it is inside the member; the member then starts at its own
    beginning, back to a separator, a cue or a verb (a few words at most). Returns the new start."""
    if (
        lo < 2
        or ta[lo - 1][0] not in _CONJ
        or not (_adjective(ta, lo, text, lex) and _adjective(ta, lo - 2, text, lex))
    ):
        return lo
    k = lo - 2
    for _ in range(6):
        w = ta[k - 1][0] if k > 0 else None
        if w is None or w in _SEP or w in _STOP or w in _OPEN or w in "()" or w in lex.stop or _cue(w, lex):
            return k
        if w in lex.verbs or w.endswith("s") and w[:-1] in lex.verbs:
            return k
        k -= 1
    return lo


def _parallel_opener(toks: list[tuple[str, int, int]], lo: int, hi: int) -> bool:
    """ "(whether or not originating in X, whether or not they are imported in bond and whether or not
    ...)": a member that opens with the same three words as another member of its list, after a separator,
    is an item even when it reads as a clause."""
    if hi - lo < 4 or hi - lo > 16 or any(t[0] in _STOP or t[0] in "()" for t in toks[lo:hi]):
        return False
    opener = [t[0] for t in toks[lo : lo + 3]]
    if not all(w.isalpha() for w in opener):
        return False
    for k in range(max(1, lo - 3 * _REACH), min(len(toks) - 3, hi + 3 * _REACH)):
        if lo - 3 < k < hi:
            continue
        if toks[k - 1][0] in _SEP | _OPEN and [t[0] for t in toks[k : k + 3]] == opener:
            return True
    return False


def _pronoun_member(toks: list[tuple[str, int, int]], lo: int, hi: int, lex) -> bool:
    """ "Catalysts containing platinum{+, those containing palladium+} and those containing molybdenum", "the
    measures of resolution 12{+, as well as those initiated by States+}": a member named by "those"/"these"
    and a participle is a noun phrase (the pronoun stands for the list's noun), an item; up to as many words
    as another item, with no clause in it."""
    if not (3 <= hi - lo <= 2 * _MAX_WORDS) or toks[lo][0] not in ("those", "these"):
        return False
    verb = toks[lo + 1][0]
    if not verb.endswith(("ing", "ed")) or any(t[0] in _STOP or t[0] in _SEP for t in toks[lo:hi]):
        return False
    near = range(max(1, lo - 2 * _REACH), min(len(toks), hi + 2 * _REACH))
    if any(toks[k][0] == verb and not lo <= k < hi for k in near):
        return True
    # no verb of its own ("those concerned are ...": a clause); "that" there is an article ("of that
    # resolution")
    return not any((t[0] in lex.stop and t[0] != "that") or t[0] in _AUX for t in toks[lo + 2 : hi]) and (
        sum(_wordlike(t[0]) for t in toks[lo:hi]) <= _MAX_WORDS + 2
    )


def _repeated_prep(toks: list[tuple[str, int, int]], lo: int) -> bool:
    """Does the preposition at ``lo`` open other members too ("to the Force, to the Conference or to ...")?
    It must follow a separator here and, within a few words either side, after another separator."""
    prep = toks[lo][0]
    if lo == 0 or toks[lo - 1][0] not in _SEP:
        return False
    for k in range(max(1, lo - 3 * _REACH), min(len(toks), lo + 3 * _REACH)):
        if k != lo and toks[k][0] == prep and toks[k - 1][0] in _SEP:
            return True
    return False


def _prep_pair(toks: list[tuple[str, int, int]], lo: int) -> bool:
    """ "informed of developments and of the work of the Conference": after a conjunction, the preposition
    that opened the member just before it (a few words back, no separator between) opens this one too."""
    if lo < 3 or toks[lo - 1][0] not in _CONJ:
        return False
    for k in range(lo - 3, max(-1, lo - 8), -1):
        if toks[k][0] in _SEP or toks[k][0] in _STOP or toks[k][0] in "()":
            return False
        if toks[k][0] == toks[lo][0]:
            return True
    return False


_QUALIFIER_WORDS = frozenset(["whether", "including", "except", "save", "excluding", "notably", "especially"])


def _qualified_span(
    toks: list[tuple[str, int, int]], lo: int, hi: int, text: str, lex
) -> tuple[int, int] | None:
    """An item with a comma-set qualifier ("radar equipment, whether or not of military design"; "in
    humanitarian circumstances, foodstuffs"): one noun-phrase segment, the others qualifiers; the whole is
    the item."""
    if hi - lo > 2 * _REACH or any(t[0] in _STOP for t in toks[lo:hi]):
        return None
    cuts = [k for k in range(lo, hi) if toks[k][0] == ","]
    if not cuts:
        return None
    bounds = list(zip([lo] + [c + 1 for c in cuts], cuts + [hi], strict=True))
    cores = 0
    for a, b in bounds:
        if b <= a:
            return None
        first = toks[a][0]
        if first in _QUALIFIER_WORDS or first in lex.prep:
            continue  # "whether or not of military design", "in quantities notified to the Committee"
        if _item_span(toks, a, b, text, lex) is None:
            return None
        cores += 1
    if cores != 1:
        return None
    return toks[lo][1], toks[hi - 1][2]


def _reads_list_after(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Does a list follow soon after ``k`` ("to foreign Governments, nationals and corporations")?"""
    comma = False
    for t in toks[k : k + _REACH]:
        if t[0] in _STOP:
            return False
        if t[0] == ",":
            comma = True
        elif t[0] in _CONJ:
            return comma
    return False


def _member_of_three(toks: list[tuple[str, int, int]], lo: int, before: str | None) -> bool:
    """Does the member at ``lo`` stand in a list of three or more: after a comma, or after a conjunction
    with a comma before the previous member ("X, Y and <member>")?"""
    if before == ",":
        return True
    return before in _CONJ and any(t[0] == "," for t in toks[max(0, lo - 8) : lo - 1])


def _cue_ends(toks: list[tuple[str, int, int]], x: int, lex) -> bool:
    """Does a list cue of several words end right before ``x`` ("in particular", "such as")?"""
    return any(
        len(c) > 1 and x >= len(c) and tuple(t[0] for t in toks[x - len(c) : x]) == c
        for c in (*lex.cues, *lex.weak_cues)
    )


def _shares_complement(ta: list[tuple[str, int, int]], lo: int, i1: int, i2: int, lex) -> bool:
    """Is the member ``ta[i1:i2]`` (a pair's second member, whose head is what changed) followed by a
    complement it shares with the first member? Only when that first member is a bare head of one or two
    words opened by an article or a preposition ("the honouring or endorsement of any tickets", "good
    offices and mediation by the Mission"); not when the first member ends a phrase of its own with the
    same preposition ("export of arms and supply of vehicles"), and not after a comma list."""
    if lo == 0 or ta[lo - 1][0] not in _CONJ or i2 - i1 > 2:
        return False
    if any(t[0] in lex.prep or t[0] in lex.det or not _wordlike(t[0]) for t in ta[i1:i2]):
        return False
    k = lo - 2
    head = 0
    while (
        k >= 0 and head < 3 and _wordlike(ta[k][0]) and ta[k][0] not in lex.det and ta[k][0] not in lex.prep
    ):
        if ta[k][0] in _CONJ or ta[k][0] in lex.stop:
            return False
        k, head = k - 1, head + 1
    if not (1 <= head <= 2 and k >= 0) or ta[k][0] == ta[i2][0]:
        return False  # "the export of arms and supply of vehicles": parallel members, each with its own "of"
    if k > 0 and ta[k][0] in lex.det and ta[k - 1][0] in _SEP:
        return False  # "757 (1992) and the present resolution and the appointment of X": it ends a list
    return ta[k][0] in lex.det or ta[k][0] in lex.prep


def _noun_before(
    toks: list[tuple[str, int, int]], conj: int, lex, shared: bool = False, text: str = ""
) -> bool:
    """Does the member before the conjunction at ``conj`` read as a noun phrase: opened, a few words back,
    by an article or a preposition ("with the Peace Accords and ..."; "for strictly medical or
    humanitarian purposes and ..."), with no verb of the lexicon or stop word on the way ("Affirms that
    peace and ...", "the fighting continues and ..."). A preposition right before the conjunction takes
    the object the pair shares when the second member's participle takes it too (``shared``: "all
    existing arrangements with and licences granted to ...")."""
    for k in range(conj - 1, max(-1, conj - 12), -1):
        w = toks[k][0]
        if shared and w in lex.prep and k == conj - 1 and k > 0 and toks[k - 1][0].isalpha():
            continue
        if w in lex.det or w in lex.prep:
            return k < conj - 1 and toks[k + 1][0] not in lex.prep
        if (
            0 < k < conj - 1
            and toks[k - 1][0] in ("which", "who")
            and w.isalpha()
            and text[toks[k][1] : toks[k][1] + 1].islower()
        ):
            return True  # "executions which violate fundamental freedoms and ...": the verb takes an object
        if w in _STOP or w == "," or w in _OPEN or w in "()" or w in lex.stop or w in _MORE_VERBS:
            return False
        if w in lex.verbs or (w.endswith("s") and w[:-1] in lex.verbs) or w.endswith("ly") and k == conj - 1:
            return False
    return False


def _repeats_det(ta: list[tuple[str, int, int]], lo: int, hi: int, det: str, lex) -> bool:
    """Do the list's members repeat the determiner ``det`` of the member at ``lo`` ("or any X or any Y")?
    Another member must open with it right after a separator or a conjunction within a few words either
    side (or, before it, after the preposition that opens the list: "under any charter or any lease or
    licence"); "Sarajevo and its airport and respecting ..." repeats nothing, so its member ends at the
    first conjunction."""
    for k in (*range(max(1, lo - _REACH), lo - 1), *range(hi, min(len(ta), hi + _REACH))):
        opener = ta[k - 1][0] in _SEP or ta[k - 1][0] in _OPEN or (k < lo and ta[k - 1][0] in lex.prep)
        if ta[k][0] == det and opener:
            return True
    return False


def _replaced(ta, i1, i2, tb, j1, j2, text_a: str, text_b: str, lex, grown: bool = False):
    """ "injury" -> "harm" in "loss, damage or injury": an item reworded in its slot, widened on both sides to
    the separators around it (the words the versions share are part of the item)."""
    if i2 - i1 > 4 or j2 - j1 > 4 or _in_number(ta, i1, i2) or _in_number(tb, j1, j2):
        return None
    lo_a, lo_b, hi_a, hi_b = i1, j1, i2, j2
    complement = False
    for _ in range(4):  # shared words before the change, up to a separator
        if lo_a == 0 or lo_b == 0 or ta[lo_a - 1][0] in _SEP | _STOP | _OPEN | {")"}:
            break
        lo_a, lo_b = lo_a - 1, lo_b - 1
    # "and {+basic +}foodstuffs", "and [-other-]{+serious+} violations of ... law committed in ...": a change
    # right after the conjunction opens the last member, which runs on to its end (a separator, or a
    # participle or relative word that qualifies it), a short noun phrase checked below
    # "or other [-transaction-]{+arrangement+} where ...": an article or "other" the member opens with
    # comes before the change as well
    lead_words = all(t[0] in lex.det or t[0] == "other" for t in ta[lo_a:i1])
    leading = lead_words and lo_a > 0 and ta[lo_a - 1][0] in _CONJ and tb[lo_b - 1][0] in _CONJ
    relies = False  # the member's reading needs the leading change (its checks below apply)
    participle = False  # the member ends with a participle (read as a noun phrase without it)
    for step in range(_REACH if leading else 4):
        if hi_a >= len(ta) or hi_b >= len(tb) or ta[hi_a][0] in _SEP | _STOP | _CLOSE | {"("}:
            break
        # "or other [-transaction-]{+arrangement+} where ...": a relative word right after a reworded head
        # ends the member too, as long as both heads open a noun phrase (a participle there stays in it:
        # "or [-aircraft-]{+vessel+} registered in ...")
        head = hi_a > i2 or (
            ta[hi_a][0] in _RELATIVE
            and hi_a == i2 == i1 + 1
            and _noun_opens(ta, i1, lex)
            and _noun_opens(tb, j1, lex)
        )
        if leading and head and (_participle(ta[hi_a][0], lex) or ta[hi_a][0] in _RELATIVE):
            complement = relies = True
            break
        if leading and hi_a == i2 == i1 + 1 and _participle_pair(ta, lo_a, i2, lex):
            # "any contract entered into or [-licence-]{+permit+} granted before ...": members that are each
            # a noun and its participle; the participle stays in the member, its complement is shared
            hi_a, hi_b, complement, participle = hi_a + 1, hi_b + 1, True, True
            break
        relies = relies or step >= 4
        last_member = lo_a > 0 and ta[lo_a - 1][0] in _CONJ
        if hi_a == i2 and last_member and ta[hi_a][0] in lex.prep and _reads_list_after(ta, hi_a + 1):
            complement = True  # "loss, damage or injury to foreign Governments, nationals and ...": the
            break  # words after the list's last member are the whole list's complement, not the member's
        # "the independence and [-complete-]{+full+} sovereignty of the State": a word qualifying the head
        # changed, the head kept, and the complement after the head said of both members (the first
        # member one word after its article: "the Geneva Conventions and other violations of ..." is not)
        qualifier = (
            hi_a == i2 + 1
            and i2 > i1
            and leading
            and lo_a >= 3
            and ta[lo_a - 3][0] in lex.det | lex.prep
            and (
                all(_adjective(ta, k, text_a, lex) for k in range(i1, i2))
                or all(_adjective(tb, k, text_b, lex) for k in range(j1, j2))
            )
        )
        if (
            (hi_a == i2 or qualifier)
            and all(t[0] in lex.det for t in ta[lo_a:i1])
            and (ta[hi_a][0] in lex.prep or _participle(ta[hi_a][0], lex))
            and _shares_complement(ta, lo_a, i1, hi_a, lex)
        ):
            # "the maintenance and service of such equipment", "the number and the level of the staff",
            # "persons and entities violating the measures": the complement (a preposition's phrase or a
            # participle's) is said of both members; the member reworded is "service" alone
            complement = True
            break
        hi_a, hi_b = hi_a + 1, hi_b + 1
    if hi_a < len(ta) and ta[hi_a][0] in _CONJ and not complement:
        # "any official [-involvement-]{+assistance+} in the maintenance and service of ...": a conjunction
        # after a preposition of the member joins the complement's own nouns; the member ends before it
        cut = next((k for k in range(i2, hi_a) if ta[k][0] in lex.prep and k > lo_a), None)
        if cut is not None and (ta[cut][0] != "of" or cut > i2):
            hi_b -= hi_a - cut
            hi_a, complement = cut, True
    start = _back_over_adjectives(ta, lo_a, text_a, lex)
    if start != lo_a and [t[0] for t in ta[start:lo_a]] == [t[0] for t in tb[lo_b - (lo_a - start) : lo_b]]:
        lo_a, lo_b = start, lo_b - (lo_a - start)
    before = ta[lo_a - 1][0] if lo_a > 0 else None
    det = ta[lo_a][0] if lo_a < len(ta) and ta[lo_a][0] in lex.det else None
    if before in _CONJ and det and not complement and _repeats_det(ta, lo_a, hi_a, det, lex):
        # "or any licence or permit granted ... or any ...": where items repeat their determiner, an item
        # runs to the next conjunction that is followed by it, not to the first conjunction
        k = hi_a
        while k < len(ta) and k - hi_a < _REACH and ta[k][0] not in _STOP and ta[k][0] != ",":
            if ta[k][0] in _CONJ and k + 1 < len(ta) and ta[k + 1][0] == det:
                break
            k += 1
        same = [t[0] for t in ta[hi_a:k]] == [t[0] for t in tb[hi_b : hi_b + k - hi_a]]
        if same and k < len(ta) and (ta[k][0] in _STOP or ta[k][0] == "," or ta[k][0] in _CONJ):
            hi_b += k - hi_a
            hi_a = k
    after = ta[hi_a][0] if hi_a < len(ta) else None
    if (before in _CONJ and _between_before(ta, lo_a - 1)) or (after in _CONJ and _between_before(ta, hi_a)):
        return None  # "contacts between X and other Member States": the two ends of a relation, no list
    opened = before in _SEP or before in _OPEN or (_cue(before, lex) and lo_a > 0)
    start = _first_of_pair(ta, i1, i2, tb, j1, j2, text_a, text_b, lex) if not grown else None
    if start is not None and not opened:
        # "the import of [commodities]{goods} and products originating in ...": the first member of a pair
        # reworded in its slot, from its opener to the conjunction
        lo_b, lo_a, hi_b, hi_a = j1 - (i1 - start), start, j2, i2
        before, after, opened = ta[lo_a - 1][0], ta[hi_a][0], True
    # "or other [-financial-]{+economic+} resources (including ...)": a parenthesis opened by a word
    # qualifies the member it follows, which ends there
    aside = after == "(" and hi_a + 1 < len(ta) and _wordlike(ta[hi_a + 1][0]) and len(ta[hi_a + 1][0]) > 3
    if not opened or not (after in _SEP or after in _CLOSE or complement or aside):
        return None  # not bounded by separators: a word changed inside a phrase, not an item replaced
    if not (before in _CONJ or after in _CONJ or _conj_ahead(ta, hi_a)):
        return None
    if grown and not (max(hi_a - lo_a, hi_b - lo_b) <= 5 and _member_of_three(ta, lo_a, before)):
        relies = True
    if relies and (
        not leading
        or _has_verb(ta, lo_a, hi_a, text_a, lex)
        or _has_verb(tb, lo_b, hi_b, text_b, lex)
        or not _noun_before(ta, lo_a - 1, lex, i2 < len(ta) and _participle(ta[i2][0], lex), text_a)
    ):
        return None  # "To consider and {+approve+}", "the fighting continues and {+many +}civilians": verbs
    if participle:
        sa, sb = _item_span(ta, lo_a, hi_a - 1, text_a, lex), _item_span(tb, lo_b, hi_b - 1, text_b, lex)
        sa = sa and (sa[0], ta[hi_a - 1][2])
        sb = sb and (sb[0], tb[hi_b - 1][2])
        return (sa, sb) if sa and sb else None
    sa = _item_span(ta, lo_a, hi_a, text_a, lex)
    sb = _item_span(tb, lo_b, hi_b, text_b, lex)
    return (sa, sb) if sa and sb else None


def _participle_pair(ta: list[tuple[str, int, int]], lo: int, k: int, lex) -> bool:
    """Is ``ta[k]`` a participle after the head of a member whose neighbour before the conjunction is a noun
    and a participle too ("contract entered into or licence granted")?"""
    if k >= len(ta) or not _is_participle(ta[k][0], lex) or lo < 3 or ta[lo - 1][0] not in _CONJ:
        return False
    back = [t[0] for t in ta[max(0, lo - 4) : lo - 1]]
    return any(_is_participle(w, lex) for w in back[1:]) and _noun_opens(ta, k - 1, lex)


def _after_cue(toks: list[tuple[str, int, int]], x: int, lex) -> bool:
    """Does a list cue stand right before ``x``, commas and "inter alia" aside ("including, inter alia,
    [financial measures, ]trade measures ... and restrictions ...")?"""
    k = x
    while k > 0 and (toks[k - 1][0] == "," or toks[k - 1][0] in ("inter", "alia")):
        k -= 1
    return k < x and k > 0 and (_cue(toks[k - 1][0], lex) or _cue_ends(toks, k, lex))


def _clause_ahead(toks: list[tuple[str, int, int]], y: int) -> list[tuple[str, int, int]]:
    """The tokens after ``y`` up to the clause's end, at most twice the usual reach: after a cue the list's
    conjunction may follow a first member with a long complement."""
    out = []
    for t in toks[y : y + 2 * _REACH]:
        if t[0] in _STOP:
            break
        out.append(t)
    return out


def _participle_member(toks: list[tuple[str, int, int]], lo: int, hi: int, lex) -> bool:
    """ "any contracts entered into{+, agreements concluded+} or licences granted before ...": a noun and its
    participle put in or struck between members of the same shape (a participle ends the member next to
    it, a few words from the separator) is a member."""
    if not (2 <= hi - lo <= 4) or hi > len(toks) or not _is_participle(toks[hi - 1][0], lex):
        return False
    if not _noun_opens(toks, lo, lex) or any(t[0] in _SEP or t[0] in _STOP for t in toks[lo:hi]):
        return False
    k = lo - 1
    while k >= 0 and toks[k][0] in _SEP:
        k -= 1
    before = [t[0] for t in toks[max(0, k - 1) : k + 1]] if k < lo - 1 else []
    k = hi
    while k < len(toks) and toks[k][0] in _SEP:
        k += 1
    after = [t[0] for t in toks[k : k + 3]] if k > hi else []
    if after and any(w in _SEP or w in _STOP for w in after):
        after = after[: next(n for n, w in enumerate(after) if w in _SEP or w in _STOP)]
    return any(_is_participle(w, lex) for w in before) or any(_is_participle(w, lex) for w in after[1:])


def _is_participle(w: str, lex) -> bool:
    return (_participle(w, lex) and w.endswith("ed")) or w in _IRREGULAR_PARTICIPLES


def _between_before(ta: list[tuple[str, int, int]], conj: int) -> bool:
    """Does the conjunction at ``conj`` join the two ends of "between X and Y" ("cooperation between the
    State and the Agency")? "between" opens the first end a few words back, with no separator on the way:
    the pair names the parties to a relation, not items of a list."""
    for k in range(conj - 1, max(-1, conj - _REACH), -1):
        w = ta[k][0]
        if w == "between":
            return True
        if w in _SEP or w in _STOP or w in "()":
            return False
    return False


def verb_swapped(old: str, new: str, lang: str) -> bool:
    """ "To consider and decide expeditiously" -> "To consider and approve expeditiously": the only change
    is a verb of a pair of verbs ("to V and (to) V"); a pair of verbs is no list, so the provision named
    by these words is not an item reworded."""
    lex = lexicon(lang)
    ta, tb = _toks(old, 0, len(old)), _toks(new, 0, len(new))
    ops = SequenceMatcher(None, [t[0] for t in ta], [t[0] for t in tb]).get_opcodes()
    changed = [op for op in ops if op[0] != "equal"]
    if len(changed) != 1 or changed[0][0] != "replace":
        return False
    _, i1, i2, j1, j2 = changed[0]
    if i2 - i1 != 1 or j2 - j1 != 1:
        return False
    verbs = lex.verbs | _MORE_VERBS
    if ta[i1][0] not in verbs and tb[j1][0] not in verbs:
        return False
    k = i1 - 1
    if k >= 0 and ta[k][0] == "to":
        k -= 1
    if k < 2 or ta[k][0] not in _CONJ:
        return False
    return ta[k - 1][0] in verbs and ta[k - 2][0] == "to"
