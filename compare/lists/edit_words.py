"""The words of an edit, and whether a run of them reads as a list member (helpers of edits.py).

Tokens are (lower-cased text, start, end) triples over a side's document text; the tests here say what a
short noun phrase, a verb after "to", a number or a date look like, so that edits.py and edit_members.py
read members alike.
"""

from __future__ import annotations

import re

from .lexicon import _words
from .shapes import CONSULTED
from .tokens import _tokens, quoted_titles
from .wordclass import _adjectival, _item_like, _verbish, is_a_time

_TOKEN = re.compile(r"[^\W_]+(?:[-'’/&.][^\W_]+)*%?|[^\w\s]")
_CONJ = frozenset(["and", "or", "nor"])
_SEP = _CONJ | {","}
_STOP = frozenset([";", ".", ":", "!", "?"])
_OPEN = frozenset(["(", ":"])
_CLOSE = frozenset([")", ";", ".", ":"])
_MAX_WORDS = 8  # content words of an item read from an edit
_REACH = 12  # tokens after an item within which the list's conjunction must come


def _toks(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi)]


def _slides(toks: list[tuple[str, int, int]], i: int, j: int) -> list[tuple[int, int]]:
    """Every place an inserted run ``toks[i:j]`` can stand with the same result ("into {or any X }or any
    licence" is "into or any {X or any }licence")."""
    out = [(i, j)]
    x, y = i, j
    while x > 0 and toks[x - 1][0] == toks[y - 1][0]:
        x, y = x - 1, y - 1
        out.append((x, y))
    x, y = i, j
    while y < len(toks) and toks[x][0] == toks[y][0]:
        x, y = x + 1, y + 1
        out.append((x, y))
    return out


def _adjective(toks: list[tuple[str, int, int]], i: int, text: str, lex) -> bool:
    """Is ``toks[i]`` a lower-case word that reads as an adjective ("credible", "systematic")?"""
    if not (0 <= i < len(toks)) or not toks[i][0].isalpha():
        return False
    t = _tokens(text, toks[i][1], toks[i][2])
    return bool(t) and not t[0].cap and _adjectival(t[0], lex)


def _cue(word: str | None, lex) -> bool:
    """A one-word list cue ("including", "except", "includes")."""
    return any(len(c) == 1 and c[0] == word for c in (*lex.cues, *lex.weak_cues))


_NUMBER_WORDS = _words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion"
)


def _in_number(toks: list[tuple[str, int, int]], lo: int, hi: int) -> bool:
    """ "one hundred and fifty kilometres": an "and" between number words inside or next to ``lo:hi`` is
    part of a number, not a list's conjunction."""
    for k in range(max(1, lo - 1), min(len(toks) - 1, hi + 1)):
        if toks[k][0] == "and" and toks[k - 1][0] in _NUMBER_WORDS and toks[k + 1][0] in _NUMBER_WORDS:
            return True
    return False


def _quantity(run_a: list[tuple[str, int, int]], run_b: list[tuple[str, int, int]]) -> bool:
    """ "[five->three] kilometres into the zone": a number for a number is a quantity changed, no item
    reworded (the members of "ten kilometres into A and five kilometres into B" are measures, not things)."""

    def number(w: str) -> bool:
        return w in _NUMBER_WORDS or w.replace(",", "").replace(".", "").isdigit()

    return bool(run_a and run_b) and all(number(t[0]) for t in run_a + run_b)


def _item_span(toks: list[tuple[str, int, int]], lo: int, hi: int, text: str, lex) -> tuple[int, int] | None:
    if hi <= lo or any(t[0] in _STOP or t[0] in ",()" for t in toks[lo:hi]):
        return None
    start, end = toks[lo][1], toks[hi - 1][2]
    words = _tokens(text, start, end)
    if (
        not words
        or not _phrase_like(words, lex)
        or (
            _addressees(toks, hi, text, lex)
            and not _consulted(toks, lo)
            and not _purpose(toks, lo, hi, text, lex)
        )
    ):
        return None
    if words[0].cap and lo > 0 and toks[lo - 1][0] not in _STOP:
        # a title's or a party's name ("... and Racial Discrimination", "and Morocco"); bodies with an
        # article ("the International Conference on ...") stay items
        return None
    if any(ch.isdigit() for ch in words[0].text) or any(
        "/" in w.text for w in words if w.numeric or any(ch.isdigit() for ch in w.text)
    ):
        return None  # a document symbol, a date, a vote: "S/25479", "4 abstentions" (a trailing date stays)
    if not words[-1].cap and _adjectival(words[-1], lex):
        return None  # "unlawful and (totally) unacceptable": a quality, not a thing
    if len(words) > 1 and words[0].low.endswith("ed") and not words[0].cap and words[1].low in lex.prep:
        return None  # "derived or generated from property": a participle and its complement, not a thing
    if is_a_time(words, lex) or _infinitives(toks, lo, hi, lex):
        return None  # "again before 15 December 1993"; "to amend and supplement": times and verbs
    if any(a <= start and end <= b for a, b in quoted_titles(text, toks[0][1], toks[-1][2])):
        return None  # a word of a quoted title: "... friendly relations, recognition and related matters"
    return start, end


def _infinitives(toks: list[tuple[str, int, int]], lo: int, hi: int, lex) -> bool:
    """ "to amend and supplement, as appropriate, the guidelines": a one-word member coordinated with
    "to" and a verb is a verb too; a pair (or run) of verbs is no list."""
    if hi - lo != 1 or not toks[lo][0].isalpha():
        return False
    k = lo - 1
    for _ in range(4):  # "to review, amend and supplement": back over single words and separators
        seps = 0
        while k >= 0 and toks[k][0] in _SEP and seps < 2:
            k, seps = k - 1, seps + 1
        if not seps or k < 0 or not toks[k][0].isalpha():
            return False
        if k > 0 and toks[k - 1][0] == "to":
            return toks[k][0] in lex.verbs or toks[lo][0] in lex.verbs or toks[k][0] in _MORE_VERBS
        k -= 1
    return False


# Verbs of resolution text that the lexicon leaves out because they are nouns as often ("supplement",
# "update"): after "to" they are verbs.
_MORE_VERBS = _words(
    "amend supplement update modify revise complete verify examine investigate coordinate disseminate "
    "submit inform act designate draw prepare publish notify study"
)


def _month(words: list, k: int) -> bool:
    """ "2 May 1990": the month, not the modal."""
    return words[k].text == "May" and any(w.numeric for w in words[max(0, k - 1) : k + 2])


def _addressees(toks: list[tuple[str, int, int]], k: int, text: str, lex) -> bool:
    """ "all States ... and all international organizations, to act": who is called upon, not a list."""
    while k < len(toks) and toks[k][0] == ",":
        k += 1
    if k + 1 >= len(toks) or toks[k][0] != "to":
        return False
    nxt = toks[k + 1]
    if nxt[0] not in lex.verbs and nxt[0] not in _MORE_VERBS and k + 2 < len(toks):
        after = toks[k + 2]
        if after[0].isalpha() and text[after[1]].isupper():
            return False  # "injury to foreign Governments": an adjective and its noun, not "to act"
    if _plural_thing(nxt[0], lex):
        return False  # "funds or securities to persons within ...": after "to" a verb is a base form
    return nxt[0].isalpha() and nxt[0] not in lex.det and nxt[0] not in lex.prep and text[nxt[1]].islower()


def _consulted(toks: list[tuple[str, int, int]], lo: int) -> bool:
    """Is the member at ``lo`` the object of "with" or "through" a few words back in its clause ("in
    consultation with appropriate Governments and ..., to develop")? Bodies consulted, not addressees."""
    for t in reversed(toks[max(0, lo - _REACH) : lo]):
        if t[0] in _STOP:
            return False
        if t[0] in CONSULTED:
            return True
    return False


def _purpose(toks: list[tuple[str, int, int]], lo: int, hi: int, text: str, lex) -> bool:
    """ "to inspect and verify their cargoes and destinations, to ensure ...": a member that is the object of
    an infinitive earlier in its clause (no comma between), before a comma and "to": the second "to" opens
    a purpose, and who is asked to act came before the first."""
    if hi >= len(toks) or toks[hi][0] != ",":
        return False
    for k in range(lo - 1, max(0, lo - _REACH) - 1, -1):
        w = toks[k][0]
        if w in _STOP or w == ",":
            return False
        if w == "to" and k + 1 < lo:
            nxt = toks[k + 1]
            return (
                _wordlike_lower(nxt, text)
                and nxt[0] not in lex.det | lex.prep
                and not _plural_thing(nxt[0], lex)
            )
    return False


def _wordlike_lower(tok: tuple[str, int, int], text: str) -> bool:
    return tok[0].replace("-", "").isalpha() and text[tok[1]].islower()


def _plural_thing(w: str, lex) -> bool:
    """A plural noun ("persons", "vessels"): an -s no base form of a verb ends with, and no verb's."""
    return w.isalpha() and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in lex.verbs


def _phrase_like(words: list, lex) -> bool:
    """A short noun phrase; unlike a comma segment read alone, the edit's separators already show it is an
    item, so a participle or gerund ("testing", "any contract entered into") is allowed in it."""
    content = [w for w in words if w.low not in lex.det and w.low not in lex.prep]
    if not content or len(content) > _MAX_WORDS or all(w.numeric for w in words):
        return False
    first, last = words[0], words[-1]
    if first.low in lex.prep or first.low in _CONJ or first.low in ("to", "those", "these"):
        return False
    if any(w.low in lex.stop and not _month(words, k) for k, w in enumerate(words)):
        return False  # "and again demands that it cease": a clause, not an item
    if len(words) > 1 and (
        last.low in lex.det or (last.low in lex.prep and not words[-2].low.endswith("ed"))
    ):
        return False  # "all existing contractual arrangements with"; "entered into" is a verb's particle
    return _item_like(words, lex, _MAX_WORDS) or not any(
        _verbish(w, lex) and k + 1 < len(words) and words[k + 1].low in lex.det for k, w in enumerate(words)
    )


def _participle(word: str, lex) -> bool:
    """A lower-case "-ing"/"-ed" word that can open a participle phrase ("violating", "granted")."""
    return (
        word.isalpha()
        and len(word) > 4
        and word.endswith(("ing", "ed"))
        and word not in lex.stop
        and word not in lex.prep
    )


_RELATIVE = frozenset(["where", "which", "that", "who", "whom", "whose", "when"])


def _conj_ahead(toks: list[tuple[str, int, int]], k: int) -> bool:
    """A list conjunction within a few tokens after ``k``, before any hard stop."""
    for t in toks[k : k + _REACH]:
        if t[0] in _STOP:
            return False
        if t[0] in _CONJ:
            return True
    return False


def _has_verb(toks: list[tuple[str, int, int]], lo: int, hi: int, text: str, lex) -> bool:
    """Does ``toks[lo:hi]`` hold a verb or an adverb ("strongly deplores", "the region requires")? A verb's
    form counts as a noun after an article, a preposition or an adjective ("the annual report")."""
    for k in range(lo, hi):
        w = toks[k][0]
        if k == lo and w.endswith("ly"):
            return True
        stem = w[:-2] if w.endswith("es") and w[:-2] in lex.verbs else w[:-1] if w.endswith("s") else w
        # a plural right after the conjunction is the member's noun ("and permits granted to ...")
        if w in lex.verbs or w in _MORE_VERBS or (stem in lex.verbs and k > lo):
            prev = toks[k - 1][0] if k > 0 else None
            if not (prev in lex.det or prev in lex.prep or (k > lo and _adjective(toks, k - 1, text, lex))):
                return True
    return False
