"""The first and last items of an inline list, cut from the segments that also hold its context.

Part of the inline-list reader (see enumerations.py for the method)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .shapes import asked
from .tokens import _Tok
from .wordclass import (
    _ING_NOUNS,
    _LY_NOUNS,
    _SUBORDINATE,
    _adjectival,
    _breaks_item,
    _conj_at,
    _content,
    _cue_end,
    _is_adverb,
    _is_prep,
    _item_like,
    _starts_with_cue,
    _verb_here,
    _verbish,
)

# --------------------------------------------------------------------------- list pieces


@dataclass(slots=True)
class _Last:
    toks: list[_Tok]
    verb_follows: bool  # the list is the subject of a following verb ("..., Russia and China are")


def _last_item(
    toks: list[_Tok],
    lex: Lexicon,
    parallel_prep: bool,
    longest: int,
    short_others: bool,
    serial: str | None = None,
    actions: bool = False,
) -> _Last | None:
    """The final item, ended at the first thing that continues the sentence instead of the list.
    ``serial``: the list's conjunction when a comma stands before it; another conjunction ("or aircraft
    and ground personnel") then joins words inside the last item. ``actions``: the other members are
    nouns of action ("the destruction, removal or rendering harmless"), so a gerund opening the last
    member names an action too, not a verb of the sentence."""
    if not toks:
        return None
    first = toks[0]
    if _is_prep(first, lex) or first.low in lex.inner_prep and first.low not in lex.det:
        return None
    if first.low in lex.stop or first.low in ("to", "zu", "those", "these") or _starts_with_cue(toks, lex):
        return None
    out: list[_Tok] = []
    verb_follows = False
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if i > 0 and _conj_at(toks, i, lex):
            # "any other financial or economic resources": adjectives share the head, keep going
            if out and _adjectival(out[-1], lex) and i + 1 < n and toks[i + 1].low not in lex.det:
                out.append(t)
                i += 1
                continue
            if _inner_conj(toks, i, serial, lex):
                out.append(t)
                i += 1
                continue
            break
        back = _anaphoric(toks, i + 1, lex) if i > 0 and (_is_prep(t, lex) or t.low in lex.inner_prep) else 0
        if back:
            # "spare parts for (any of) the aforementioned": a complement that points back at the other
            # members is the last member's own (it cannot qualify the whole list, itself included)
            out += toks[i:back]
            i = back
            continue
        if i > 0 and _is_prep(t, lex) and not parallel_prep:
            break
        if (
            i > 0
            and t.low in lex.inner_prep
            and short_others
            and not parallel_prep
            and not (i + 1 < n and toks[i + 1].low in ("all", "any", "every", "each"))
        ):
            break  # "the development, production and stockpiling of weapons": "of" belongs to all
        if i == 0 and actions and _gerund(t) and n > 1 and toks[1].low not in lex.det:
            out.append(t)  # "or rendering harmless": the gerund and its complement, not "rendering the"
            i += 1
            continue
        if _breaks_item(toks, i, lex):
            if i == 0:
                return None
            adverb = _is_adverb(t) or (t.low.endswith("ly") and len(t.low) == 5 and t.low not in _LY_NOUNS)
            if adverb and i + 1 < n and toks[i + 1].low in lex.det:
                return None  # "and respect fully their freedom of movement": a verb, its adverb, its object
            verb_follows = t.low in lex.stop and t.low not in _SUBORDINATE
            break
        if i > 0 and (t.low in ("as", "than", "so", "to") or _starts_with_cue(toks[i:], lex)):
            break
        out.append(t)
        i += 1
    while out and _conj_at(out, len(out) - 1, lex):
        out.pop()
    if not out or len(out) > max(8, longest + 3):
        return None
    return _Last(out, verb_follows)


def _gerund(t: _Tok) -> bool:
    return not t.cap and t.low.isalpha() and len(t.low) > 5 and t.low.endswith("ing")


# the endings of English nouns of action ("destruction", "removal", "replacement", "maintenance")
_ACTION_ENDINGS = ("tion", "sion", "ment", "al", "ance", "ence", "ure")


def action_nouns(members: list[list[_Tok]], lex: Lexicon) -> bool:
    """Are the members single nouns of action ("destruction", "removal"), articles aside?"""
    if lex.lang != "en" or not members:
        return False
    bare = [[t for t in m if t.low not in lex.det] for m in members]
    return all(len(b) == 1 and not b[0].cap and b[0].low.endswith(_ACTION_ENDINGS) for b in bare)


_ANAPHORIC = frozenset(["aforementioned", "aforesaid", "above", "above-mentioned", "foregoing"])


def _anaphoric(toks: list[_Tok], i: int, lex: Lexicon) -> int:
    """ "the aforementioned", "any of the above", "the foregoing" at ``toks[i]``: words that point back.
    Returns the index after them (0 when there are none)."""
    k = i
    while k < len(toks) and k - i < 3 and (toks[k].low in lex.det or toks[k].low == "of"):
        k += 1
    return k + 1 if k < len(toks) and toks[k].low in _ANAPHORIC else 0


def _inner_conj(toks: list[_Tok], i: int, serial: str | None, lex: Lexicon) -> bool:
    """Is the conjunction at ``toks[i]`` inside a last item that follows ", or" (or ", and")? Only a
    different one, joining two nouns ("or aircraft and ground maintenance personnel"), not one before an
    article or a verb (the sentence going on)."""
    if serial is None or toks[i].low == serial or toks[i].low not in ("and", "or") or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (
        nxt.low.isalpha()
        and not nxt.cap
        and nxt.low not in lex.det
        and nxt.low not in lex.stop
        and not _verbish(nxt, lex)
        and not _is_prep(nxt, lex)
    )


def _first_item(
    toks: list[_Tok],
    lex: Lexicon,
    longest: int,
    dets: frozenset[str],
    whole_ok: bool,
    verb_follows: bool,
    serial: bool = False,
) -> tuple[list[_Tok], bool] | None:
    """The first item, taken from the end of the segment that also holds the list's introduction.

    Returns the tokens and whether a strong cue ("such as", "including") introduced them. ``dets`` are
    the determiners that open the other items when most of them have one ("a ban on ..., a limit on").
    ``serial``: the list closes with ", and", so an "and" without a comma belongs to the item ("weapons
    and ammunition, military vehicles and equipment, ..., and spare parts").
    """
    if not toks:
        return None
    det_parallel = bool(dets)
    parenthetical = not whole_ok and _is_prep(toks[0], lex) and toks[0].low not in ("to", "zu")
    cue = _cue_end(toks, lex.cues)
    weak = _cue_end(toks, lex.weak_cues)
    mark = max(cue, weak)
    if 0 < mark < len(toks):
        after = toks[mark:]
        if _item_like(after, lex, max(8, longest + 3)) or _qualified_by_participle(after, lex):
            return after, cue >= weak
        toks = after
    elif mark == len(toks):
        return None
    whole_fits = len(_content(toks, lex)) <= max(longest, 2) and (not dets or toks[0].low in dets)
    if whole_ok and whole_fits and _item_like(toks, lex, max(longest + 2, 4)):
        return toks, False
    if verb_follows and toks[0].low in _SUBORDINATE and not toks[0].cap:
        # "..., which acquired a draft sent to members, China and Russia are pushing": the comma ends a clause
        return None
    # Walk back from the end while the words can belong to a noun phrase.
    out: list[_Tok] = []
    cap = max(1, longest)
    limit = cap + 3 if det_parallel else cap
    found_det = False
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if serial and out and i > 0 and _conj_at(toks, i, lex) and not _is_prep(toks[i - 1], lex):
            limit += 2  # "weapons and ammunition": go on past the inner conjunction
            out.insert(0, t)
            continue
        if t.low in lex.det and t.low not in lex.inner_prep:
            if det_parallel and t.low not in dets:
                break
            out.insert(0, t)
            found_det = True
            break
        if (
            ((_is_prep(t, lex) or t.low in lex.inner_prep) and not det_parallel)
            or (_conj_at(toks, i, lex) and not det_parallel)
            or _breaks_item(toks, i, lex)
            or t.low in ("to", "zu", "as", "such")
            or (lex.lang == "en" and not t.cap and _verbish(t, lex) and (not out or _verb_here(toks, i, lex)))
            or (lex.lang == "en" and out and not t.cap and t.low.endswith("ing") and t.low not in _ING_NOUNS)
            or _is_adverb(t)
        ):
            break
        if len(out) >= limit and not (lex.lang != "de" and i > 0 and t.cap and out[0].cap):
            break  # "North Korea, Japan and China": a name runs on past the other items' length
        out.insert(0, t)
    if (
        len(out) >= 2
        and not out[0].cap
        and toks[i].low == "to"
        and toks[i + 1] is out[0]
        and asked(toks[:i], lex)
    ):
        out = out[
            1:
        ]  # "Calls upon the agencies to withhold loans, credits and ...": the verb asked is no item's
    # "to UNPROFOR, the Conference or the Mission": a name after "to" needs no article of its own
    named = bool(out) and all(t.cap for t in out) and toks[i].low == "to"
    if det_parallel and not found_det and not named:
        return None
    while out and (_is_prep(out[0], lex) or out[0].low in lex.inner_prep or _conj_at(out, 0, lex)):
        out = out[1:]
    if not out or not _item_like(out, lex, max(8, longest + 3)):
        return None
    if parenthetical and not mark and toks.index(out[0]) > 1:
        # "Prohibit, by their nationals or from their territory, the supply of aircraft or components":
        # a phrase set off by commas is not where a list starts (but ", for iron, lead and copper" is)
        return None
    return out, False


# Participles that qualify the item before them ("supplies intended strictly for medical purposes").
_QUALIFYING_PARTICIPLES = frozenset(
    ["intended", "destined", "required", "needed", "used", "notified", "supplied", "provided", "designed"]
)


def _qualified_by_participle(toks: list[_Tok], lex: Lexicon) -> bool:
    """ "including supplies intended strictly for medical purposes, ...": right after a cue, a short noun
    and the qualifying participle phrase after it are one item (the participle is no verb of the sentence)."""
    for k in range(1, min(4, len(toks))):
        if toks[k].low in _QUALIFYING_PARTICIPLES:
            rest = toks[k + 1 :]
            return (
                _item_like(toks[:k], lex, 3)
                and 0 < len(rest) <= 7
                and not any(t.low in lex.stop or _joins_items(rest, n, lex) for n, t in enumerate(rest))
            )
    return False


def _joins_items(toks: list[_Tok], n: int, lex: Lexicon) -> bool:
    """A conjunction at ``n`` that is not between two adjectives ("medical or veterinary purposes")."""
    if not _conj_at(toks, n, lex):
        return False
    return not (0 < n < len(toks) - 1 and _adjectival(toks[n - 1], lex) and _adjectival(toks[n + 1], lex))


def _trim(text: str, toks: list[_Tok], lex: Lexicon) -> tuple[int, int] | None:
    """Character span of an item without leading articles/conjunctions and trailing punctuation."""
    i = 0
    while i < len(toks) - 1 and toks[i].low in lex.strip:
        i += 1
    toks = toks[i:]
    if not toks:
        return None
    start, end = toks[0].start, toks[-1].end
    if lex.lang == "fr" and re.match(r"(?i)(?:l|d)['’]\w", text[start : start + 3]):
        start += 2
    inner = text[start:end]
    if inner.count("(") > inner.count(")"):
        close = text.find(")", end)
        if close != -1 and close - end < 40:
            end = close + 1
    return (start, end) if end > start else None


def _shared_det(items: list[list[_Tok]], lex: Lexicon) -> bool:
    """Does a determiner before the first of several bare members ("any research, development, support or
    manufacturing facilities", "its sovereignty, unity and territorial integrity") belong to all of them?
    Only when no other member opens with a determiner of its own."""
    first = items[0]
    if len(first) < 2 or first[0].low not in lex.det or first[0].low in lex.strip or first[1].low in lex.det:
        return False
    return not any(it and (it[0].low in lex.det or it[0].low in lex.strip) for it in items[1:])


def _heads_of(seg_before: list[_Tok], member: list[_Tok], lex: Lexicon) -> int | None:
    """ "the manufacture, repair and maintenance of arms, ammunition and vehicles": a comma after a bare
    noun and a member "repair and maintenance of arms" coordinate the *heads* that govern "of"; the list of
    things starts after "of". The index of that "of" in ``member``, or None when that is not the shape."""
    if len(seg_before) < 2 or len(member) < 5:
        return None
    art, last = seg_before[-2], seg_before[-1]  # "the manufacture": an article makes the word a noun
    if art.low not in lex.det or art.low in lex.inner_prep:
        return None
    if (
        not last.low.isalpha()
        or last.cap
        or last.low in lex.det
        or last.low in lex.prep
        or last.low in lex.stop
    ):
        return None
    if _is_adverb(last) or _adjectival(last, lex):
        return None
    # noun, conjunction, noun, "of": one word on each side of the conjunction, as "manufacture" before it
    if not (
        _conj_at(member, 1, lex) == 1 and member[3].low in lex.inner_prep and member[3].low not in lex.det
    ):
        return None
    if any(
        t.low in lex.det or t.low in lex.prep or t.cap or not t.low.isalpha() for t in (member[0], member[2])
    ):
        return None
    return 3


def _cue_before_object(first: list[_Tok], others: list[list[_Tok]], lex: Lexicon) -> bool:
    """ "..., including tourist enterprises, any funds or any other resources": when every member after a
    cue's first one opens with the same determiner and the first has none, those members are the verb's
    object, not more examples of what "including" follows."""
    if len(others) < 2 or not first or first[0].low in lex.det:
        return False
    opens = {
        o[0].low if o and o[0].low in lex.det and o[0].low not in lex.inner_prep else None for o in others
    }
    return len(opens) == 1 and None not in opens
