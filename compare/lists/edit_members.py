"""Members read from edits whose shape the slot rules of edits.py do not cover: a comma-set qualifier put
after a member or struck from it, and a member repeating its list's preposition put in or struck whole.
"""

from __future__ import annotations

from .edit_words import (
    _CONJ,
    _MAX_WORDS,
    _MORE_VERBS,
    _OPEN,
    _REACH,
    _SEP,
    _STOP,
    _adjective,
    _has_verb,
    _item_span,
    _slides,
)
from .lexicon import _words
from .tokens import _tokens
from .wordclass import is_a_time

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
        if "," in run[1:-1] or (run[-1] != "," and not (y >= len(toks) or toks[y][0] in _STOP | {","})):
            continue  # one qualifier, closed by its comma (struck or left), or by the member's own end
        lo = _place_phrase_start(toks, x, text)
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
        kk = k + (x - i)  # where the run, slid to ``x``, would stand on the other side
        shift = kk - x  # the member stands just before ``other[kk]``, the same words
        if kk < 1 or [t[0] for t in toks[start:x]] != [t[0] for t in other[start + shift : kk]]:
            continue
        return (toks[start][1], toks[end - 1][2]), (other[start + shift][1], other[kk - 1][2])
    return None


_PLACE_PREPS = frozenset(["in", "within", "from"])


def _place_phrase_start(toks: list[tuple[str, int, int]], x: int, text: str) -> int:
    """ "any ... undertaking in Iraq or Kuwait{+, including tourist enterprises+}": a place phrase (a
    preposition and names, joined by a conjunction) ends the member a qualifier follows; the member runs
    back past it. Returns the index of that preposition, or ``x`` when no such phrase stands before ``x``."""
    m = x - 1
    while m > 0 and (text[toks[m][1]].isupper() or toks[m][0] in _CONJ):
        m -= 1
    if (
        m < x - 1
        and toks[m][0] in _PLACE_PREPS
        and text[toks[m + 1][1]].isupper()
        and text[toks[x - 1][1]].isupper()
    ):
        return m
    return x


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


# The nouns of English prepositional idioms that qualify a whole clause ("in any case", "in this regard",
# "at the same time", "in the meantime", "in accordance with"): after a conjunction, such a phrase is no
# member of a list.
_ADVERBIAL = _words(
    "case cases regard respect particular addition general turn time times meantime accordance conformity "
    "order view context light event course principle fact practice future short"
)
_PREP_MEMBER_TOKENS = 32  # a member repeating its list's preposition, struck or put whole, at most
_PREP_BACK = 48  # tokens back (within the sentence) to the member whose preposition it repeats


def _prep_member(toks: list[tuple[str, int, int]], i: int, j: int, text: str, lex) -> tuple[int, int] | None:
    """ "full support for the Conference as the framework within which ..., and for the work of the
    Co-Chairmen,": a run put in or struck whole that is a conjunction and a member opened by the
    preposition an earlier member of the sentence opened with is that member, however long (the
    preposition, repeated, marks where members start). It must end where the sentence or a comma part
    ends, or follow a member opened by the same conjunction and preposition ("to A or to B{+ or to C+}
    any funds"), or come before one ("{+or regarding B +}or regarding C"), or parallel the earlier member
    (the same kind of word after the preposition: "to the régime or to any such undertaking any funds");
    its words must hold no verb or stop word, save in a clause that completes its noun ("upon Council
    agreement that Iraq has complied"), and "to" must not open a verb (a purpose)."""
    for x, y in _slides(toks, i, j):
        lead = 0
        while lead < 2 and x + lead < y and toks[x + lead][0] in _SEP:
            lead += 1
        if lead < 2 and [t[0] for t in toks[x + lead : x + lead + 3]] == ["as", "well", "as"]:
            lead += 3  # "in A, as well as in B": "as well as" joins members like "and"
        if not lead or toks[x + lead - 1][0] not in _CONJ | {"as"} or x + lead >= y:
            continue
        p = x + lead
        prep = toks[p][0]
        end = y - 1 if toks[y - 1][0] == "," else y
        if (
            (prep not in lex.prep and prep not in _DEVERBAL_PREP)
            or end - p < 2
            or end - p > _PREP_MEMBER_TOKENS
        ):
            continue
        body = toks[p + 1 : _noun_clause(toks, p + 1, end, lex)]
        words = [t[0] for t in body]
        if any(w in _STOP for w in words) or words.count("(") != words.count(")") or words[-1] in _SEP:
            continue
        nxt = body[0]
        if (
            not nxt[0].isalpha()
            or nxt[0] in lex.prep
            or any(_stop_word(words, k, lex) for k in range(len(words)))
        ):
            continue
        if (
            prep == "to"
            and nxt[0] not in lex.det
            and text[nxt[1]].islower()
            and not _tasks_before(toks, x, text)
        ):
            continue  # "and to report on ...": a purpose, not a member
        if _has_verb(toks, p + 1, p + 1 + len(body), text, lex) or is_a_time(
            _tokens(text, nxt[1], body[-1][2]), lex
        ):
            continue
        if any(w in _ADVERBIAL for w in words[:3]):
            continue  # "and in any case before ...", "and at the same time": an adverbial idiom, no member
        after = toks[y][0] if y < len(toks) else None
        chained = _opened_alike(toks, x, toks[x + lead - 1][0], prep, _REACH, lex)
        if chained:
            return toks[p][1], toks[end - 1][2]
        if _opened_at(toks, x, None, prep, _PREP_BACK, lex) is None:
            continue
        at_end = after is None or after in _STOP or after == "," or toks[y - 1][0] == ","
        before_next = after in _CONJ and y + 1 < len(toks) and toks[y + 1][0] == prep
        if at_end or before_next or _parallel(toks, x, p, lex):
            return toks[p][1], toks[end - 1][2]
    return None


# Verb forms used as prepositions ("information regarding the trade or regarding any activities"): they
# open members like "of" or "to" when a member repeats them.
_DEVERBAL_PREP = frozenset(["regarding", "concerning", "respecting"])
_NOUN_CLAUSE = frozenset(["that", "which", "who", "whom", "whose", "where", "whereby"])


def _stop_word(words: list[str], k: int, lex) -> bool:
    """Is ``words[k]`` a word no noun phrase holds? "that" after a preposition is a demonstrative ("the
    transactions of that State"), not a clause's opening."""
    if words[k] == "that" and k > 0 and words[k - 1] in lex.prep:
        return False
    return words[k] in lex.stop


def _noun_clause(toks: list[tuple[str, int, int]], lo: int, hi: int, lex) -> int:
    """Where the noun phrase of a member ``toks[lo:hi]`` ends when a clause completing its noun follows it
    ("Council agreement that Iraq has complied", "the persons who ..."): the clause belongs to the member,
    and its verb is no sign of a clause standing alone. ``hi`` when there is none; the clause must follow
    a noun of at least one word that is not an article."""
    for k in range(lo + 1, hi):
        w = toks[k][0]
        if w in _NOUN_CLAUSE:
            prev = toks[k - 1][0]
            if prev in lex.det or prev in lex.prep or not prev.isalpha() or prev in _CONJ:
                return hi
            return k
        if w in _STOP or w in _SEP:
            return hi
    return hi


def _parallel(toks: list[tuple[str, int, int]], x: int, p: int, lex) -> bool:
    """Does the member whose preposition stands at ``p`` open with an article or a quantifier after it, as
    an earlier phrase of the sentence opened by the same preposition does ("to the régime or to any such
    undertaking")? Parallel determined noun phrases are what a repeated preposition joins; "and in
    consultation with ..." after "in the region" is a manner, no member."""
    if p + 1 >= len(toks) or toks[p + 1][0] not in lex.det:
        return False
    for k in range(x - 1, max(-1, x - _PREP_BACK), -1):
        if toks[k][0] in _STOP:
            return False
        if toks[k][0] == toks[p][0] and k + 1 < x and toks[k + 1][0] in lex.det:
            return True
    return False


def _tasks_before(toks: list[tuple[str, int, int]], x: int, text: str) -> bool:
    """ "to monitor ...; to deter ... and to observe ...": members that are tasks, each "to" and a verb
    after a semicolon, in the sentence before ``x`` (or opening, in lower case, the clause a semicolon
    began; "(c) To examine ..." opens a provision, not a task of a list)."""
    for k in range(x - 1, max(-1, x - 2 * _PREP_BACK), -1):
        if toks[k][0] in (".", ":"):
            return False
        if toks[k][0] == "to" and (toks[k - 1][0] == ";" if k else text[toks[0][1]] == "t"):
            return True
    return False


def _opened_alike(
    toks: list[tuple[str, int, int]], x: int, conj: str | None, prep: str, reach: int, lex
) -> bool:
    """Did an earlier member, within ``reach`` tokens before ``x`` in the same sentence, open with ``prep``:
    right after ``conj`` when given, else after a word that is neither a preposition nor a conjunction
    (the word the list hangs on: "support for", "concerned at")?"""
    return _opened_at(toks, x, conj, prep, reach, lex) is not None


def _opened_at(
    toks: list[tuple[str, int, int]], x: int, conj: str | None, prep: str, reach: int, lex
) -> int | None:
    """Where that earlier member's preposition stands (see ``_opened_alike``), or None."""
    for k in range(x - 1, max(-1, x - reach), -1):
        w, before = toks[k][0], toks[k - 1][0] if k > 0 else None
        if w in _STOP:
            return None
        if w == prep and (before == conj if conj else before not in lex.prep and before not in _CONJ):
            return k  # (at the clause's start, k == 0, when the clause is one of ";"-parts)
    return None


_VERB_OPENERS = frozenset(["to", "that", "who", "which"])


def _verb_list(toks: list[tuple[str, int, int]], lo: int, hi: int, lex) -> bool:
    """ "to investigate violations, prevent future circumventions{+, prosecute offenders+} and strengthen
    their machinery", "those that commit{+, assist+} or order the commission of such acts": a member of a
    list whose first member opens right after "to" or a relative word, and where a member next to it reads
    as a verb with its object (a verb of the lexicon first, or a word followed by an article), is a verb
    phrase, not an item ("to acquire or develop nuclear weapons or material{+ or any vehicles+}": the
    members next to it are things). Looks at most a few members back."""

    def verb_phrase(a: int, b: int) -> bool:
        if b <= a:  # no words (the member ends its clause: "peace{+ and security+},")
            return False
        first = toks[a][0]
        return (
            first in lex.verbs
            or first in _MORE_VERBS
            or (b - a > 1 and toks[a + 1][0] in lex.det and first not in lex.det and first not in lex.prep)
        )

    members = [(lo, hi)]
    k = lo - 1
    for _ in range(4):  # back over the members before, to the word the list opens after
        sep = k
        while k >= 0 and toks[k][0] in _SEP:
            k -= 1
        if k == sep:
            return False  # no separator before it: the member is its list's first, after what opens it
        end = k + 1
        while k >= 0 and toks[k][0] not in _SEP | _STOP | _VERB_OPENERS:
            if toks[k][0] in lex.det or toks[k][0] in lex.prep:
                return False  # "to prohibit the import or{+ entry+}": the members are what "the" opens
            k -= 1
        if end - (k + 1) > _MAX_WORDS or k < 0 or toks[k][0] in _STOP:
            return False
        members.append((k + 1, end))
        if toks[k][0] in _VERB_OPENERS:
            break
        if toks[k][0] not in _SEP:
            return False
    else:
        return False
    first = members[-1][0]
    if toks[first][0] in lex.det or toks[first][0] in lex.prep or not toks[first][0].isalpha():
        return False
    w = toks[lo][0] if lo < min(hi, len(toks)) else ""  # (no word when the edit is only a separator)
    if toks[first - 1][0] == "to" and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w.isalpha():
        return False  # "to set up guidelines and{+ procedures+}": after "to" a verb is a base form, no plural
    k = hi
    while k < len(toks) and toks[k][0] in _SEP:
        k += 1
    nxt = k
    while nxt < len(toks) and nxt - k < _MAX_WORDS and toks[nxt][0] not in _SEP | _STOP:
        nxt += 1
    return verb_phrase(*members[1]) or verb_phrase(k, nxt)
