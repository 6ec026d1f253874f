"""Token tests: what a word or a run of words can be inside a list item (verb, adjective, noun phrase).

Part of the inline-list reader (see enumerations.py for the method)."""

from __future__ import annotations

from .lexicon import _ADJ_SUFFIXES, _ADJ_SUFFIXES_FR, _MONTH_WORDS, _NOT_ADJ, Lexicon, _words
from .tokens import _Tok

# --------------------------------------------------------------------------- token tests


def _is_numeric(tok: _Tok) -> bool:
    return tok.numeric


# Words a time is said with around its date: "in good time before 1 November 1993", "again before ...",
# "not later than 31 May", "as of 15 June", "vor dem 1. Mai", "avant le 31 mai".
_TIME_WORDS = _words(
    "again also before after by on until till from not no later earlier than in good time as of since "
    "within at latest the each every year years month months day days date vor nach bis zum seit am "
    "spätestens avant après au plus tard le la"
)


def is_a_time(toks: list[_Tok], lex: Lexicon) -> bool:
    """A date with only time words around it ("again before 15 December 1993") names a time, not a thing:
    a coordination of times is no list (a document with its date, "the Declaration of 2 May", is)."""
    if not any(t.low in _MONTH_WORDS for t in toks) or not any(t.numeric for t in toks):
        return False
    return all(t.numeric or t.low in _MONTH_WORDS or t.low in _TIME_WORDS or t.low in lex.prep for t in toks)


# "and" inside a name is not a list conjunction: "Bosnia and Herzegovina", "Serbia and Montenegro".
_NAME_AND = frozenset(
    {
        ("britain", "northern"),
        ("bosnia", "herzegovina"),
        ("serbia", "montenegro"),
        ("trinidad", "tobago"),
        ("antigua", "barbuda"),
        ("kitts", "nevis"),
        ("vincent", "the"),
        ("tome", "principe"),
        ("turks", "caicos"),
        ("heard", "mcdonald"),
        ("wallis", "futuna"),
        ("st", "kitts"),
        ("bosnien", "herzegowina"),
        ("bosnie", "herzégovine"),
        ("serbien", "montenegro"),
    }
)


_DERIVED = frozenset(
    ["products", "product", "components", "parts", "derivatives", "accessories", "by-products"]
)


def _conj_at(toks: list[_Tok], i: int, lex: Lexicon) -> int:
    """Length in tokens of a closing conjunction starting at ``toks[i]`` (0 if none)."""
    low = toks[i].low
    if low in lex.conj:
        if 0 < i < len(toks) - 1 and (toks[i - 1].low, toks[i + 1].low) in _NAME_AND:
            return 0
        if 0 < i < len(toks) - 2 and toks[i + 1].low == toks[i - 1].low and toks[i + 2].low in _DERIVED:
            return 0  # "meat and meat products", "aircraft and aircraft components": one item
        return 1
    if low not in lex.conj_starts:
        return 0
    for multi in lex.conj_multi:
        n = len(multi)
        if tuple(t.low for t in toks[i : i + n]) == multi:
            return n
    return 0


def _cue_end(toks: list[_Tok], cues: tuple[tuple[str, ...], ...]) -> int:
    """Index just after the last of ``cues`` in ``toks`` (0 when there is none)."""
    starts = {cue[0] for cue in cues}
    lows = [t.low for t in toks]
    for i in range(len(lows) - 1, -1, -1):
        if lows[i] not in starts:
            continue
        for cue in cues:
            n = len(cue)
            if tuple(lows[i : i + n]) == cue:
                return i + n
    return 0


def _starts_with_cue(toks: list[_Tok], lex: Lexicon) -> bool:
    if not toks or toks[0].low not in lex.cue_starts:
        return False
    lows = tuple(t.low for t in toks[:3])
    return any(lows[: len(cue)] == cue for cue in (*lex.cues, *lex.weak_cues))


def _is_adverb(tok: _Tok) -> bool:
    w = tok.low
    return len(w) > 5 and w.endswith("ly") and w not in _LY_NOUNS


_LY_NOUNS = _words("supply family assembly monopoly anomaly italy daily weekly monthly quarterly jelly")

# Nouns ending in -ing, which may lead an item ("clothing, bedding and footwear").
_ING_NOUNS = _words(
    """clothing bedding building buildings housing shipping training funding financing banking mining
    fishing lighting packaging printing engineering manufacturing processing heating plumbing cooking
    catering advertising accounting servicing refining drilling smelting welding tooling wiring roofing
    flooring seasoning dressing footing landing ceiling evening morning meeting meetings hearing briefing
    ruling bombing shelling killing killings trafficking smuggling dumping labelling labeling marketing
    trading licensing leasing lending handling pricing planning monitoring reporting recycling bearing
    bearings casting castings fittings fitting piping tubing railing netting sling stockpiling rolling
    sewing washing cutting drinking living operating spinning weaving boring grinding milling mixing measuring
    lifting cleaning sporting hunting firing freezing cooling"""
)


def _is_verb_form(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """A participle or finite verb inside a would-be item: "exported therefrom", "originating in"."""
    t = toks[i]
    if lex.lang != "en" or len(t.low) < 4:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t.cap:  # "Reaffirming the sovereignty", "Noting resolutions": a sentence-initial participle
        return i == 0 and t.low.endswith("ing") and t.low not in _ING_NOUNS and nxt is not None
    if t.low in lex.prep or t.low in lex.det or t.low in lex.strip or _conj_at(toks, i, lex):
        return False
    if nxt is not None and nxt.low in _VERB_OBJECT_DETS:
        return True  # "defines a unique situation": nouns are not followed by an article
    if len(t.low) < 5:
        return False
    if t.low.endswith("ing") and t.low not in _ING_NOUNS:
        if i == 0:
            # "reprocessing plants", "bottling plants": a gerund before a plural noun that ends the phrase
            # names a kind of thing; "providing assistance to" goes on and stays a verb phrase
            return not (len(toks) == 2 and nxt is not None and _plural_noun(nxt, lex))
        return (
            nxt is None
            or nxt.low in lex.prep
            or nxt.low in lex.det
            or nxt.cap
            or _conj_at(toks, i + 1, lex) > 0
        )
    if t.low.endswith("ed") and not t.low.endswith("eed"):
        if i == 0:  # "based on", "dispatched pursuant to"
            return nxt is not None and nxt.low in lex.prep
        return nxt is None or nxt.low in lex.prep or nxt.low in lex.det or nxt.low == "to" or _is_adverb(nxt)
    return False


def _plural_noun(tok: _Tok, lex: Lexicon) -> bool:
    low = tok.low
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "ous", "ics"))
        and low not in lex.prep
        and low not in lex.stop
        and low not in lex.verbs
    )


_VERB_OBJECT_DETS = _words("a an the its their his her our these those this")


def _breaks_item(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """True if ``toks[i]`` cannot be inside a noun-phrase item."""
    t = toks[i]
    if t.low in lex.stop:
        # "15 May 1992": the month, not the modal.
        return not (t.text == "May" and any(_is_numeric(x) for x in toks[max(0, i - 1) : i + 2]))
    if _is_verb_form(toks, i, lex):
        return True
    if lex.lang == "en" and i > 0 and t.low in lex.verbs and toks[i - 1].low == "to":
        return True
    # German nouns are capitalised; a lower-case word after one is a verb, adverb or particle.
    return bool(
        lex.nouns_capitalised
        and i > 0
        and not t.cap
        and toks[i - 1].cap
        and t.low not in lex.inner_prep
        and t.low not in lex.det
        and not _is_numeric(t)
    )


def _is_prep(tok: _Tok, lex: Lexicon) -> bool:
    """A preposition that ends an item ("for", "on"); not "of"/"de", which items often contain."""
    return tok.low in lex.prep and tok.low not in lex.det and tok.low not in lex.inner_prep


# after "those"/"these", these words make it a pronoun ("those who ...", "those referred to ...")
_PRONOUN_AFTER = frozenset(["who", "which", "that", "whom", "whose", "referred", "mentioned", "listed"])


def _item_like(toks: list[_Tok], lex: Lexicon, max_len: int = 8) -> bool:
    """A comma segment that can stand as one list item (a short noun phrase). Words in parentheses (or
    between dashes) qualify the item and stay in it, but do not shape it: "damage - including environmental
    damage and the depletion of natural resources -" is as short as "damage"."""
    toks = [t for t in toks if t.low[:1] != "\x00"] or toks
    if not toks or len(_content(toks, lex)) > max_len:
        return False
    first = toks[0]
    if _is_prep(first, lex) or first.low in lex.inner_prep and first.low not in lex.det:
        return False
    if first.low in lex.stop or _is_adverb(first) or _conj_at(toks, 0, lex) or _starts_with_cue(toks, lex):
        return False
    if first.low in ("to", "zu", "pour") or first.low in _MONTH_WORDS:
        return False
    if first.low in ("those", "these") and (
        len(toks) < 2 or toks[1].low in _PRONOUN_AFTER or _is_prep(toks[1], lex)
    ):
        return False  # "those who ...", "those of ...": a pronoun; "these vessels" opens an item
    if (
        lex.lang == "en"
        and _verbish(first, lex)
        and len(toks) > 1
        and (toks[1].low in lex.det or _is_prep(toks[1], lex))
    ):
        return False
    conjs = 0
    inside_pp = False  # "a ban on seafood and textile exports": the conjunction is inside the object
    for i in range(len(toks)):
        if i > 0 and _conj_at(toks, i, lex):
            conjs += 1
            continue
        if _breaks_item(toks, i, lex):
            return False
        if i > 0 and conjs == 0 and (_is_prep(toks[i], lex) or toks[i].low in lex.inner_prep):
            inside_pp = True
    if conjs > 1 or (conjs == 1 and len(toks) > 5 and not inside_pp):
        return False
    last = toks[-1]
    if len(toks) > 1 and (last.low in lex.prep or last.low in lex.det or last.low in lex.inner_prep):
        return False  # "all existing contractual arrangements with"
    if lex.lang == "en" and len(toks) > 1 and not last.cap and _adjectival(last, lex):
        return False  # "Iraq's biological": the noun this adjective modifies is further on
    return not all(_is_numeric(t) or t.low in _MONTH_WORDS for t in toks)


def _has_prep(toks: list[_Tok], lex: Lexicon) -> bool:
    return any(_is_prep(t, lex) or t.low in lex.inner_prep for t in toks[1:])


def _has_free_prep(toks: list[_Tok], lex: Lexicon) -> bool:
    return any(_is_prep(t, lex) and t.low not in lex.inner_prep for t in toks[1:])


def _opens_with_det(toks: list[_Tok], lex: Lexicon) -> bool:
    return bool(toks) and toks[0].low in lex.det and toks[0].low not in lex.inner_prep


def _adjectival(tok: _Tok, lex: Lexicon) -> bool:
    """A word that modifies a noun rather than naming a thing ("economic", "nuclear", "related")."""
    w = tok.low
    if lex.nouns_capitalised:
        return not tok.cap and not _is_numeric(tok)
    if w in _COMMON_ADJ:
        return True
    if w in _NOT_ADJ or len(w) <= 4 or _is_numeric(tok):
        return False
    if lex.lang == "fr":
        return w.endswith(_ADJ_SUFFIXES_FR)
    if tok.cap:  # Title Case names are nouns, but "Asphyxiating, Poisonous or Other Gases" is not
        return w.endswith(("ous", "ive", "ical", "ing")) and w not in _ING_NOUNS
    if w.endswith("ent") and not w.endswith("ment") and w not in _ENT_NOUNS:
        return True  # "persistent", "independent"
    return w.endswith(_ADJ_SUFFIXES) or (w.endswith("ed") and not w.endswith("eed"))


_COMMON_ADJ = _words(
    """safe secure free full fair open direct indirect new old large small major minor main key basic high
    low public private civil special general whole certain other various several further additional
    relevant important significant necessary appropriate humanitarian"""
)
_ENT_NOUNS = _words(
    """agent agents patient student parent president resident client talent accident incident event rent
    tent percent content extent intent solvent detergent reagent continent current component opponent
    respondent correspondent dependent ingredient element"""
)


def _content(item: list[_Tok], lex: Lexicon) -> list[_Tok]:
    """The item without its leading determiners and conjunctions."""
    i = 0
    while i < len(item) - 1 and (item[i].low in lex.det or item[i].low in lex.strip):
        i += 1
    return item[i:]


def _verbish(tok: _Tok, lex: Lexicon) -> bool:
    """A verb of the lexicon in any simple form: "exempt", "exempts", "exempted" is left to -ed rules."""
    w = tok.low
    if w in lex.verbs:
        return True
    if w.endswith("es") and w[:-2] in lex.verbs:
        return True
    return w.endswith("s") and w[:-1] in lex.verbs


def _verb_here(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    """ "can import bolts", "let the country import bolts": a verb, not a modifier ("on export controls")."""
    if i == 0:
        return False
    prev = toks[i - 1]
    return not (
        prev.low in lex.det or _is_prep(prev, lex) or prev.low in lex.inner_prep or _adjectival(prev, lex)
    )


_SUBORDINATE = _words(
    "which who whom whose where when while whereas because since although though if unless whether "
    "according that welche welcher welches weil wenn obwohl laut qui que dont où lorsque selon"
)
