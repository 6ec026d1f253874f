"""Pairs of noun phrases read from an edit (helpers of edits.py): where a pair's member may open (after an
article, a preposition, "that" or a verb that takes an object), whether a noun phrase opens at a word, the
first member of a pair reworded in its slot ("the import of [commodities]{goods} and products ..."), and
where a second member put in or struck whole ends (a shared complement, a participle, "to" and a thing).
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
    _cue,
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


def _thing_after_to(tok: tuple[str, int, int], text: str) -> bool:
    """A plural ("to visits") or a name after "to": a thing, since "to" and a verb never take an -s."""
    w = tok[0]
    return (w.endswith("s") and not w.endswith("ss")) or text[tok[1]].isupper()


def _things_after_to(toks: list[tuple[str, int, int]], lo: int, text: str, lex) -> bool:
    """Does another member of the list, after a separator and "to" within a few words, open with an article
    or a thing ("to foodstuffs ..., to water purification equipment or ..., to materials")? Then "to" is
    the list's preposition, not an infinitive's."""
    for k in range(max(1, lo - 3 * _REACH), min(len(toks) - 1, lo + 3 * _REACH)):
        if k != lo and toks[k][0] == "to" and toks[k - 1][0] in _SEP:
            nxt = toks[k + 1]
            if nxt[0] in lex.det or _thing_after_to(nxt, text):
                return True
    return False


def _pair_ends(toks: list[tuple[str, int, int]], x: int, y: int, lead: int, text: str, lex) -> bool:
    """ "the import[ or entry] of all armaments", "forcible expulsions[ and attempts to change ...] has not
    been heeded": the second member of a pair, put in or struck whole, ends where a complement the two
    members share begins (a preposition) or where the sentence's verb follows the pair. The conjunction
    must be the run's own, right after a word of the first member, with no separator inside the run."""
    if lead != 1 or toks[x][0] not in _CONJ or x == 0 or y >= len(toks):
        return False
    if not _wordlike(toks[x - 1][0]) or toks[x - 1][0] in lex.prep or toks[x - 1][0] in lex.det:
        return False
    if any(t[0] in _SEP or t[0] in _STOP or t[0] in "()" for t in toks[x + 1 : y]):
        return False

    # both members read as noun phrases: the first opens a few words back with an article or a
    # preposition ("the import", "of forcible expulsions"), and neither side of the conjunction is an
    # adverb or a verb form ("cease and desist from", "cooperate fully and effectively with")
    def opener(k: int) -> bool:
        # "that [the failure] or ...", "draw up [rules] and ...": a complementizer or a verb (with its
        # particle) opens its subject or object as an article or a preposition does
        w = toks[k][0] if k >= 0 else None
        return w is not None and (w in lex.det or w in lex.prep or w == "that" or _takes_object(toks, k, lex))

    # the member runs from its opener to the conjunction: a stop word before the opener ("that the
    # failure[ or refusal] by ...") is outside it
    start = x - 2 if opener(x - 2) else None
    if start is None and opener(x - 3) and _adjective(toks, x - 2, text, lex):
        start = x - 3
    if (
        start is None
        and x >= 3
        and toks[x - 3][0] in lex.det
        and _noun_modifier(toks, x - 2, lex)
        and toks[x + 1][0] not in lex.prep
    ):
        start = x - 3  # "their flag vessels[ or aircraft] of ...": a noun qualified by a noun
    if start is None and x >= 4 and toks[x - 2][0] in _CONJ and _wordlike(toks[x - 3][0]) and opener(x - 4):
        start = x - 4  # "to persons or bodies[ or entities] within": a third one-word member
    if start is None or any(toks[k][0] in lex.stop for k in range(start + 1, x)):
        return False
    noun = x >= 2 and toks[x - 2][0] in lex.det  # "the import": a noun whatever else it can be
    for k, w in ((x - 1, toks[x - 1][0]), (x + 1, toks[x + 1][0])):
        if w.endswith(("ly", "ed")) or w in lex.stop or (w in lex.verbs and not (noun and k == x - 1)):
            return False
    after = toks[y][0]
    return (
        (after in lex.prep and after != "to")
        or (after.endswith("ing") and _cue(after, lex))  # "by States[ or organizations] concerning ..."
        or (after == "to" and _thing_follows(toks, y + 1, text, lex) and not _named(toks, x + 1, y, text))
        or (after in _AUX and y - x >= 2)
        or _shared_participle(toks, start, y, lex)
    )


def _noun_modifier(toks: list[tuple[str, int, int]], k: int, lex) -> bool:
    """A lower-case word that is no function word, verb, adverb or participle: a noun qualifying the next
    ("flag" in "their flag vessels")."""
    w = toks[k][0]
    return (
        _wordlike(w)
        and w not in lex.stop | lex.prep | lex.det | lex.verbs | _MORE_VERBS | _CONJ
        and not w.endswith(("ly", "ed", "ing", "s"))  # a plural is a head ("the forces cease")
        and w not in _ORDINALS
    )


_ORDINALS = _words("first second third fourth fifth last next same other former latter whole")


def _shared_participle(toks: list[tuple[str, int, int]], start: int, y: int, lex) -> bool:
    """ "the efforts of the Secretary-General[ and his Special Representative] aimed at ...", "no
    territorial gains[ or changes] brought about by violence are acceptable": a participle and its
    preposition after a pair qualify both members; it is no finite verb when the pair is a preposition's
    object after the sentence's verb ("Praising the work of ...") or when an auxiliary follows later in the
    clause (the participle phrase is inside the subject); "The mayor of the town and the governor of the
    region travelled to ..." has no verb but the participle."""
    if y + 1 >= len(toks) or toks[y + 1][0] not in lex.prep | _PARTICLES:
        return False
    w = toks[y][0]
    if not (_participle(w, lex) and w.endswith("ed")) and w not in _IRREGULAR_PARTICIPLES:
        return False
    # the pair is a preposition's object ("the work of [the Registrar ...]", "the export of [commodities
    # ...]"): the preposition opens the member or stands right before its article
    prep = start if toks[start][0] in lex.prep else start - 1
    if prep >= 0 and toks[prep][0] in lex.prep and _verb_before(toks, prep, lex):
        return True
    for t in toks[y + 2 : y + 2 + _REACH]:
        if t[0] in _STOP or t[0] in _SEP:
            return False
        if t[0] in _AUX:
            return True
    return False


def _thing_follows(toks: list[tuple[str, int, int]], k: int, text: str, lex) -> bool:
    """ "the provision of assistance[ and advice] to the Government": "to" before an article, a name or a
    plural noun is a preposition whose object the pair's members share, not an infinitive's "to"."""
    if k >= len(toks):
        return False
    w = toks[k][0]
    return w in lex.det or (_wordlike(w) and w not in lex.verbs and _thing_after_to(toks[k], text))


def _named(toks: list[tuple[str, int, int]], lo: int, hi: int, text: str) -> bool:
    """Does a capitalised word stand in ``toks[lo:hi]`` ("and the Rapporteur")? Persons and bodies before
    "to" are who is invited or asked, addressees rather than members."""
    return any(text[t[1]].isupper() for t in toks[lo:hi])


def _verb_before(toks: list[tuple[str, int, int]], k: int, lex) -> bool:
    """A verb (a participle, a base form or an auxiliary) earlier in the sentence than ``toks[k]``."""
    for t in reversed(toks[max(0, k - 4 * _REACH) : k]):
        if t[0] in _STOP:
            return False
        if _participle(t[0], lex) or t[0] in lex.verbs or t[0] in _AUX:
            return True
    return False


_IRREGULAR_PARTICIPLES = _words(
    "made brought taken given undertaken held sent kept found done put said set laid sought"
)
