"""Pairs of noun phrases read from an edit (helpers of edits.py): where a pair's member may open (after an
article, a preposition, "that" or a verb that takes an object), whether a noun phrase opens at a word, and
the first member of a pair reworded in its slot ("the import of [commodities]{goods} and products ...").
"""

from __future__ import annotations

from .edit_words import (
    _CLOSE,
    _CONJ,
    _MORE_VERBS,
    _REACH,
    _RELATIVE,
    _SEP,
    _STOP,
    _addressees,
    _adjective,
    _has_verb,
    _participle,
)
from .lexicon import _words

_PARTICLES = _words("about up out off down")

# English auxiliaries only: the lexicon's stop words also hold past-tense verbs ("met", "made"), and with
# them "The President of France and the Prime Minister of Italy met" read as a pair of items
_AUX = _words("has have had is are was were shall will may must should would")


def _wordlike(w: str) -> bool:
    """A word, hyphenated or not ("trans-shipment", "self-determination")."""
    return w.replace("-", "").isalpha()


def _takes_object(toks: list[tuple[str, int, int]], k: int, lex) -> bool:
    """Is ``toks[k]`` a verb whose object follows ("ensure", "draw up", "Recalling also")? A base form not
    after an article or a preposition (then it is a noun: "the act"), a participle that opens its clause
    (a preambular "Recalling", "Noting"), either with a particle or an adverb after it."""
    if k >= 1 and toks[k][0] in _PARTICLES and toks[k][0] != "about":
        # "set up", "carry out", "lay down": a particle right after a word is a phrasal verb's
        return toks[k - 1][0].isalpha() and toks[k - 1][0] not in lex.det | lex.prep | lex.stop
    if k >= 1 and (toks[k][0] == "also" or toks[k][0].endswith("ly")):
        k -= 1  # "Recalling also", "Notes further"
    if k < 0:
        return False
    w, prev = toks[k][0], toks[k - 1][0] if k > 0 else None
    if w in lex.verbs or w in _MORE_VERBS:
        return prev is None or (prev not in lex.det and prev not in lex.prep)
    return w.endswith("ing") and _participle(w, lex) and (prev is None or prev in _STOP or prev in _SEP)


def _asked_to(toks: list[tuple[str, int, int]], k: int, text: str, lex) -> bool:
    """Is the noun phrase at ``toks[k]`` followed by "to" and a verb ("invites the Coordinator and the
    Missions to work")? Then the pair are who is asked to act, addressees rather than a list."""
    for m in range(k, min(len(toks), k + _REACH)):
        if toks[m][0] in _SEP or toks[m][0] in _STOP:
            return False
        if toks[m][0] == "to":
            return _addressees(toks, m, text, lex)
    return False


def _noun_opens(toks: list[tuple[str, int, int]], k: int, lex) -> bool:
    """Does a noun phrase open at ``toks[k]``: an article, or a word that is no verb, adverb or function
    word ("refusal", "components")?"""
    if k >= len(toks):
        return False
    w = toks[k][0]
    if w in lex.det:
        return True
    return (
        _wordlike(w)
        and not w.endswith("ly")
        and w not in lex.stop | lex.prep | lex.verbs | _MORE_VERBS | _CONJ
        and not w.endswith("ed")
    )


def _first_of_pair(ta, i1: int, i2: int, tb, j1: int, j2: int, text_a: str, text_b: str, lex) -> int | None:
    """Where the first member of a pair of noun phrases starts, when the words replaced are its head: right
    after the preposition (and an article) that opens the pair, right before the conjunction ("of [all]
    commodities and products"). Neither word may read as an adjective or a verb ("the economic and social
    development" is one noun qualified twice), and the second member must be a short noun phrase that ends
    where the pair does: a separator, a preposition, a participle, a relative word or the verb ("and
    products originating in ...", "and products across the borders"). None if the shape is other."""
    if not (0 < i2 - i1 <= 2 and 0 < j2 - j1 <= 2) or i2 + 1 >= len(ta) or ta[i2][0] not in _CONJ:
        return None
    start = i1 - 1 if i1 > 0 and ta[i1 - 1][0] in lex.det else i1
    if start == 0 or ta[start - 1][0] not in lex.prep or j1 - (i1 - start) < 0:
        return None
    if [t[0] for t in ta[start:i1]] != [t[0] for t in tb[j1 - (i1 - start) : j1]]:
        return None
    for toks, lo, hi, text in ((ta, i1, i2, text_a), (tb, j1, j2, text_b)):
        if any(not _wordlike(t[0]) or _adjective(toks, k, text, lex) for k, t in enumerate(toks[lo:hi], lo)):
            return None
        function = any(t[0] in lex.stop or t[0] in lex.prep or t[0] in lex.det for t in toks[lo:hi])
        if function or _has_verb(toks, lo, hi, text, lex):
            return None
    k = i2 + 1
    if k < len(ta) and ta[k][0] in lex.det:
        k += 1
    words = 0
    while k < len(ta) and words < 4 and _wordlike(ta[k][0]):
        w = ta[k][0]
        if w in lex.prep or w in lex.stop or w in _CONJ or w in _RELATIVE or (words and _participle(w, lex)):
            break
        if _adjective(ta, k, text_a, lex) and not words and k + 1 < len(ta) and not _wordlike(ta[k + 1][0]):
            return None  # "of [-X-] and unacceptable,": a quality
        k, words = k + 1, words + 1
    if not words or words >= 4:
        return None
    end = ta[k][0] if k < len(ta) else None
    ends = end is None or end in _SEP | _CLOSE | lex.prep | _RELATIVE | _AUX or _participle(end, lex)
    return start if ends else None
