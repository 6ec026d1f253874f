"""List shapes the comma grammar alone misreads: comma-set qualifiers, repeated prepositions, and
coordinations that are not lists at all (titles, named parties).

Resolutions qualify an item between commas ("fuel for civilian fishing vessels, in quantities notified to
the Committee, school textbooks and ...") and repeat a preposition before each item ("to the Force, to
the Conference or to the Mission"); both break a reader that wants every comma segment to be a short
noun phrase. Conversely "the Development, Production and Stockpiling" of a treaty title and "Croatia,
Bosnia and Herzegovina and Yugoslavia" addressed by a paragraph read like lists but are not what a
drafter means by one.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import QUANTIFIERS, Lexicon, _words
from .tokens import _Segment, _Tok
from .wordclass import _ING_NOUNS, _conj_at, _content, _is_prep, _item_like, _starts_with_cue

# Words that open a qualification of the item before them rather than a new item.
_QUALIFYING = _words(
    "intended destined required needed used notified supplied provided subject exclusively solely strictly "
    "pursuant excluding except originating whether"
)


def _opens_qualifier(toks: list[_Tok], lex: Lexicon) -> bool:
    if not toks or _starts_with_cue(toks, lex):
        return False
    first = toks[0]
    if first.low in _QUALIFYING or (first.low == "other" and len(toks) > 1 and toks[1].low == "than"):
        return True
    return _is_prep(first, lex) and first.low not in ("to", "zu")


def merge_qualifiers(segs: list[_Segment], lex: Lexicon) -> tuple[list[_Segment], dict[int, int]]:
    """Fold a comma-set qualifier into the segment before it when the list goes on after it.

    Returns the segments (a qualifier's words are dropped from the item's tokens, so that the item is
    still judged by its name) and, by the end offset of an item's last word, where its qualifier ends.
    """
    if len(segs) < 3:
        return segs, {}
    out: list[_Segment] = [segs[0]]
    ext: dict[int, int] = {}
    k = 1
    while k < len(segs):
        seg = segs[k]
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        prev = out[-1]
        if (
            nxt is not None
            and prev.toks
            and _item_like(prev.toks, lex, 10)
            and _opens_qualifier(seg.toks, lex)
            and len(seg.toks) <= 12
            and not any(_conj_at(seg.toks, i, lex) for i in range(len(seg.toks)))
            and not _repeats_prep(segs, k, lex)
            and (_item_like(nxt.toks, lex) or any(_conj_at(nxt.toks, i, lex) for i in range(len(nxt.toks))))
        ):
            ext[prev.toks[-1].end] = seg.toks[-1].end if seg.toks else seg.end
            out[-1] = replace(prev, end=seg.end, qualified=True)
            k += 1
            continue
        out.append(seg)
        k += 1
    return out, ext


def _repeats_prep(segs: list[_Segment], k: int, lex: Lexicon) -> bool:
    """Does segment ``k`` open with a preposition that the list repeats before each item?"""
    toks = segs[k].toks
    if not toks:
        return False
    p = toks[0].low
    nxt = segs[k + 1].toks if k + 1 < len(segs) else []
    if nxt and nxt[0].low == p:
        return True
    return any(
        _conj_at(toks, i, lex) and i + 1 < len(toks) and toks[i + 1].low == p for i in range(len(toks))
    )


def preposition_lists(segs: list[_Segment], lex: Lexicon) -> list[list[list[_Tok]]]:
    """ "to the Force, to the Conference or to the Mission", "of the Government, or of any national, or of
    any undertaking": items after a preposition repeated before each of them (not counted in the item).

    Each list is returned as its items' tokens (without the preposition).
    """
    out: list[list[list[_Tok]]] = []
    k = 1
    while k < len(segs):
        p = _lead_prep(segs[k].toks, lex)
        if p is None:
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(segs) and _lead_prep(segs[run[-1] + 1].toks, lex) == p:
            run.append(run[-1] + 1)
        prev = segs[k - 1].toks
        spots = [i for i, t in enumerate(prev) if t.low == p and 0 < i < len(prev) - 1]
        # "of the Government or public authorities of Libya, or of any national": the item opens like
        # the others, with a determiner
        det_spots = [i for i in spots if prev[i + 1].low in lex.det]
        at = (det_spots or spots or [None])[-1]
        if at is None or at + 1 >= len(prev):
            k = run[-1] + 1
            continue
        items = [prev[at + 1 :]]
        for i in run:
            toks = segs[i].toks
            body = toks[_conj_at(toks, 0, lex) + 1 :]
            inner = next(
                (
                    j
                    for j in range(1, len(body) - 1)
                    if _conj_at(body, j, lex) and body[j + _conj_at(body, j, lex)].low == p
                ),
                None,
            )
            if inner is not None:
                items.append(body[:inner])
                body = body[inner + _conj_at(body, inner, lex) + 1 :]
            items.append(body if i != run[-1] else _cut_tail(body, lex))
        # a last item that runs on with its participle's complement is judged by its name
        judged = [*items[:-1], items[-1][:8]] if items else items
        sized = len(items) >= 3 and all(it and len(_content(it, lex)) <= 12 for it in judged)
        if sized and not _infinitives(p, items, lex):
            out.append(items)
        k = run[-1] + 1
    return out


def determiner_lists(segs: list[_Segment], lex: Lexicon) -> list[list[list[_Tok]]]:
    """ "by any international agreement or any contract entered into or any licence or permit granted prior
    to ...": three or more members inside one comma segment, each after the first opened by a conjunction
    and the same quantifier ("any", "all", "no" ...). The repeated quantifier marks where members start, so
    an inner "or" ("licence or permit") stays inside its member; each member keeps its quantifier.
    """
    out: list[list[list[_Tok]]] = []
    for seg in segs:
        toks = seg.toks
        starts: list[int] = []
        for i in range(1, len(toks) - 1):
            n = _conj_at(toks, i, lex)
            if n and i + n < len(toks) - 1 and toks[i + n].low in QUANTIFIERS:
                q = toks[i + n].low
                if starts and toks[starts[-1]].low != q:
                    starts = []
                starts.append(i + n)
        if len(starts) < 2:
            continue
        q = toks[starts[0]].low
        first = next((k for k in range(starts[0] - 2, max(-1, starts[0] - 12), -1) if toks[k].low == q), None)
        if first is None or any(_conj_at(toks, k, lex) for k in range(first + 1, starts[0] - 1)):
            continue  # the first member opens with the quantifier too, and holds no other conjunction
        bounds = [first, *starts]
        items = []
        for n, lo in enumerate(bounds):
            hi = bounds[n + 1] - _conj_len(toks, bounds[n + 1], lex) if n + 1 < len(bounds) else len(toks)
            items.append(toks[lo:hi])
        items[-1] = _last_member(items[-1], lex)
        if all(len(it) >= 2 and len(_content(it, lex)) <= 12 for it in items) and not any(
            _verb_inside(it, lex) for it in items
        ):
            out.append(items)
    return out


def _last_member(last: list[_Tok], lex: Lexicon) -> list[_Tok]:
    """The last member runs to its segment's end when a participle qualifies it ("any licence or permit
    granted prior to the date of ..."), within reason; else it ends before its first preposition, which
    carries the sentence on ("any tools to the militia", "any truck of the regime": said of all members)."""
    part = next((k for k in range(1, len(last)) if _participle(last[k]) or last[k].low in lex.stop), None)
    if part is not None and len(last) <= 16 and not _verb_inside(last, lex):
        return last
    cut = next(
        (
            k
            for k in range(1, len(last))
            if _is_prep(last[k], lex) or last[k].low in lex.inner_prep or k == part
        ),
        None,
    )
    return last[:cut] if cut else last[:8]


# Words that make a member a clause: auxiliaries, pronouns, subordinators (the lexicon's stop words also
# hold past participles, "made", "held", that qualify a member: "any loan made before ...").
_CLAUSE_WORDS = _words(
    "is are was were be been has have had shall will may must should would can could it he she they we "
    "you that because although if"
)


def _verb_inside(item: list[_Tok], lex: Lexicon) -> bool:
    """An auxiliary, a pronoun or a subordinator, or "to" and a verb, in a member: a clause, not a thing."""
    for k, t in enumerate(item):
        if t.low in _CLAUSE_WORDS and not (t.low == "may" and k + 1 < len(item) and item[k + 1].numeric):
            return True
        if t.low == "to" and k + 1 < len(item) and not item[k + 1].cap and item[k + 1].low not in lex.det:
            return True
    return False


def _conj_len(toks: list[_Tok], start: int, lex: Lexicon) -> int:
    """How many tokens the conjunction right before ``start`` takes ("or", "and/or", "as well as")."""
    for n in (1, 2, 3):
        if start - n >= 0 and _conj_at(toks, start - n, lex) == n:
            return n
    return 1


def _participle(tok: _Tok) -> bool:
    return not tok.cap and len(tok.low) > 4 and tok.low.endswith(("ed", "ing")) and tok.low not in _ING_NOUNS


def _infinitives(prep: str, items: list[list[_Tok]], lex: Lexicon) -> bool:
    """ "in order to inspect ..., to ensure effective monitoring and to ensure ...": "to" and a verb before
    each member is a run of purposes (verb phrases), not a list of things."""
    if prep != "to":
        return False
    verbal = sum(1 for it in items if not it[0].cap and it[0].low not in lex.det and not it[0].numeric)
    return verbal * 2 > len(items)


def _lead_prep(toks: list[_Tok], lex: Lexicon) -> str | None:
    """The preposition a segment opens with, after an optional conjunction ("or of any national")."""
    c = _conj_at(toks, 0, lex) if toks else 0
    if len(toks) <= c + 1:
        return None
    t = toks[c]
    return t.low if t.low in lex.prep and t.low not in lex.det else None


def _cut_tail(toks: list[_Tok], lex: Lexicon) -> list[_Tok]:
    """The last item ends where the sentence goes on: a stop word or a preposition other than "of"; but a
    participle's complement is the item's own ("or of any person claiming through or for the benefit of
    any such person or body,"): after one, the item runs to the end of its comma segment."""
    out: list[_Tok] = []
    for i, t in enumerate(toks):
        if t.low in lex.stop or (i > 0 and _is_prep(t, lex)) or _conj_at(toks, i, lex):
            prev = out[-1] if out else None
            participle = prev is not None and not prev.cap and prev.low.endswith(("ing", "ed"))
            if (
                participle
                and _is_prep(t, lex)
                and len(toks) <= 16
                and not any(x.low in lex.stop for x in toks)
            ):
                return toks
            break
        out.append(t)
    return out[:8]


def _capitalised(item: list[_Tok], lex: Lexicon) -> bool:
    skip = lex.inner_prep | lex.det | lex.conj
    words = [t for t in _content(item, lex) if t.low not in skip]
    return bool(words) and all(t.cap or t.numeric for t in words)


def not_a_list(items: list[list[_Tok]], before: list[_Tok], lex: Lexicon) -> bool:
    """A title's coordination ("Convention on the Development, Production and Stockpiling of") or a run of
    named parties ("Croatia, Slovenia and Bosnia and Herzegovina"): capitalised names, not things.

    Bodies with an article each ("the Force, the Conference or the Mission") stay lists.
    """
    if lex.nouns_capitalised or not all(_capitalised(it, lex) for it in items):
        return False
    titled = [t for t in before[-3:] if t.low not in lex.det and t.low not in lex.inner_prep]
    if titled and all(t.cap for t in titled) and all(len(_content(it, lex)) == 1 for it in items):
        return True  # "... Prohibition of the Development, Production and Stockpiling"
    with_article = sum(1 for it in items if it[0].low in lex.det)
    return with_article * 2 < len(items)


def own_preposition_lists(segs: list[_Segment], lex: Lexicon) -> list[list[list[_Tok]]]:
    """ "import to, export from and transshipment through the Protected Areas": nouns that each take their
    own preposition and share one object. Each item is its noun and preposition ("export from")."""

    def pair(toks: list[_Tok], i: int) -> bool:
        if i + 2 >= len(toks):  # the object follows the last pair; a pair never ends the region
            return False
        noun, prep = toks[i], toks[i + 1]
        return (
            _is_prep(prep, lex)
            and noun.text.isalpha()
            and noun.text.islower()
            and noun.low not in lex.det
            and noun.low not in lex.prep
            and noun.low not in lex.stop
            and not _conj_at(toks, i, lex)
            # "operating from", "expelled from": participles, not nouns
            and not (noun.low.endswith("ing") and noun.low not in _ING_NOUNS)
            and not noun.low.endswith("ed")
        )

    # (cheap test first) a pair that goes on to another: its preposition ends a segment or meets "and"
    if not any(len(seg.toks) > 1 and seg.toks[-1].low in lex.prep for seg in segs) and not any(
        t.low in lex.prep and k + 1 < len(seg.toks) and _conj_at(seg.toks, k + 1, lex)
        for seg in segs
        for k, t in enumerate(seg.toks)
    ):
        return []
    toks = [t for seg in segs for t in seg.toks]
    seg_of = [n for n, seg in enumerate(segs) for _ in seg.toks]
    out: list[list[list[_Tok]]] = []
    i = 0
    while i < len(toks):
        # "a person or undertaking in or ...": a noun after a conjunction ends another coordination
        if not pair(toks, i) or (i > 0 and _conj_at(toks, i - 1, lex)):
            i += 1
            continue
        items = [toks[i : i + 2]]
        k = i + 2
        while pair(toks, k) and seg_of[k] != seg_of[k - 1]:  # ", export from": a comma before each
            items.append(toks[k : k + 2])
            k += 2
        n = _conj_at(toks, k, lex) if k < len(toks) else 0
        if n and pair(toks, k + n):
            items.append(toks[k + n : k + n + 2])
            out.append(items)
            k += n + 2
        i = max(k, i + 1)
    return out


# Verbs by which a paragraph addresses States and bodies: what follows them is who is asked, not a list.
_ADDRESSING = _words(
    "calls call requests request urges urge invites invite encourages encourage appeals asks"
)
_ADVERBS = _words("also further again once more strongly hereby")
# "in consultation with", "through": after the addressees, the prepositions whose objects are the bodies
# consulted or the means of acting, which are lists
CONSULTED = _words("with through")


def _asking(before: list[_Tok], lex: Lexicon) -> list[_Tok] | None:
    """The words of a paragraph's verb of asking and who is asked ("Calls upon all States"): ``before``
    without numbers and leading adverbs, when it opens with such a verb and holds no other verb or
    function word ("Requests that the Committee ...", "Urges States who ship coal" are not who is asked)."""
    if lex.lang != "en":
        return None
    words = [t for t in before if not t.numeric]
    while words and words[0].low in _ADVERBS:
        words = words[1:]
    if not words or words[0].low not in _ADDRESSING or len(words) > 16:
        return None
    if any(t.low in lex.stop or t.low in lex.verbs for t in words[1:]):
        return None
    return words


def asked(before: list[_Tok], lex: Lexicon) -> bool:
    """ "Calls upon the specialized agencies": a paragraph's verb of asking and who is asked, with no "to"
    yet (the "to" after them opens what they are asked to do)."""
    words = _asking(before, lex)
    return words is not None and not any(t.low == "to" for t in words[1:])


def addressed(before: list[_Tok], after: list[_Tok], lex: Lexicon, reach: int = 12) -> bool:
    """ "Calls upon all States, regional organizations and international organizations to act ...":
    the addressees of a paragraph, right after its verb and followed by "to" and a verb, are not a list.

    ``before`` are the words of the sentence before the first item, ``after`` those after the last one
    (``reach`` of them are searched for the "to").
    """
    words = _asking(before, lex)
    if words is None:
        return False
    if any(t.low == "to" for t in words[1:]) and words[0].low != "appeals":
        return False  # "Invites States to provide food, tents and ...": the list is what they provide
    if any(t.low in CONSULTED for t in words[1:]):
        return False  # "Requests X, in consultation with Governments and ..., to": bodies consulted
    for k, t in enumerate(after[:reach]):
        if t.low == "to" and k + 1 < len(after):
            nxt = after[k + 1]
            return not (nxt.cap or nxt.numeric or nxt.low in lex.det or nxt.low in lex.prep)
    return False


_PARTIES = _words("parties party sides factions belligerents")


def named_parties(before: list[_Tok], lex: Lexicon) -> bool:
    """ "all parties, in particular the Bosnian Serb party and others concerned": the members singled out
    of the parties to a conflict are named parties, not a list. ``before``: the words before the first
    member (the last few are looked at)."""
    if lex.lang != "en":
        return False
    words = before[-16:]
    for k, t in enumerate(words):
        if t.low in _PARTIES:
            rest = words[k + 1 :]
            for m in range(len(rest)):
                if _starts_with_cue(rest[m:], lex):
                    # only words of a place between ("all parties in the Republic of X, in particular"),
                    # not a clause ("agreed to by two of the parties and set out in ..., namely")
                    between = rest[:m]
                    return all(
                        w.cap
                        or w.low in lex.prep
                        or w.low in lex.det
                        or (w.low == "and" and n > 0 and between[n - 1].cap)
                        for n, w in enumerate(between)
                    )
            return False
    return False


_RELATIVES = _words("which that who whom whose where")
_PARTICIPLES = _words("found held made known taken given sent kept built brought bought sold seen done")


def restrictive_part(toks: list[_Tok], lex: Lexicon) -> bool:
    """ "no vessels (a) registered in X or (b) in which a majority interest is held by ... or (c)
    suspected of ...": a lettered part that opens with a past participle or a relative clause says which
    of the things before the letters are meant (a condition on the noun), it names no thing of its own;
    "funds (a) of the authorities, or (b) of undertakings" name whose funds, and stay items."""
    if not toks:
        return False
    first = toks[0].low
    if first in _RELATIVES or (first in lex.prep and len(toks) > 1 and toks[1].low in _RELATIVES):
        return True
    return (
        lex.lang == "en"
        and not toks[0].cap
        and ((len(first) > 4 and first.isalpha() and first.endswith("ed")) or first in _PARTICIPLES)
    )


_BACK = _words("these those such said")


def set_aside(
    text: str,
    items: list[tuple[int, int]],
    parts: list[list[_Tok]] | None,
    earlier: list[list[tuple[int, int]]],
    lex: Lexicon,
) -> frozenset[int]:
    """The items of a list that name no thing of their own, by index: all of a list that refers back to
    one already given, or of a list of lettered parts that are all conditions (``parts``: the named parts
    of a list of provisions; see ``restrictive_part``). Such items are read (an edit in them is a change)
    but a new or struck paragraph does not report them as items. Parts of one list are of one kind: where
    one names a thing ("funds (a) of the authorities, or (b) controlled by them"), all are items."""
    if _refers_back(text, items, earlier):
        return frozenset(range(len(items)))
    if parts is None or len(parts) != len(items) or not all(restrictive_part(p, lex) for p in parts):
        return frozenset()
    return frozenset(range(len(items)))


def _refers_back(text: str, items: list[tuple[int, int]], earlier: list[list[tuple[int, int]]]) -> bool:
    """ "impound all vessels, aircraft and rolling stock ... and that these vessels, aircraft and rolling
    stock may be forfeit": the same members named again after "these", "those", "such" or "the said" refer
    back to a list already given in the text: they are that list, not a second one. ``earlier``: the item
    spans of the lists before this one (the last few)."""
    if not items or not earlier:
        return False
    before = text[max(0, items[0][0] - 20) : items[0][0]].split()
    if not before or before[-1].casefold() not in _BACK:
        return False

    def folded(spans: list[tuple[int, int]]) -> set[str]:
        return {" ".join(text[a:b].casefold().split()) for a, b in spans}

    mine = folded(items)
    return any(mine <= folded(other) for other in earlier)
