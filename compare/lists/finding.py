"""Candidate lists in a region, their validation, semicolon lists and the entry point.

Part of the inline-list reader (see enumerations.py for the method)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .lemmas import detect_language
from .lexicon import _MONTH_WORDS, Lexicon, _words, lexicon
from .naming import _intro, name_span
from .pieces import _cue_before_object, _first_item, _heads_of, _last_item, _shared_det, _trim, action_nouns
from .shapes import (
    _capitalised,
    addressed,
    determiner_lists,
    merge_qualifiers,
    named_parties,
    not_a_list,
    own_preposition_lists,
    preposition_lists,
    set_aside,
)
from .tokens import (
    _ANY_CONJ,
    _FIRST_LABEL,
    _mask,
    _Region,
    _regions,
    _Segment,
    _segments,
    _Tok,
    _tokens,
    held_tokens,
    quoted_titles,
)
from .wordclass import (
    _adjectival,
    _conj_at,
    _content,
    _cue_end,
    _has_free_prep,
    _has_prep,
    _is_numeric,
    _is_prep,
    _item_like,
    _opens_with_det,
    _verbish,
    is_a_time,
)


@dataclass(frozen=True, slots=True)
class Enumeration:
    """A list found in a text: what introduces it and the character spans of its items."""

    intro: str
    items: list[tuple[int, int]] = field(hash=False)
    # for a list of provisions named by their first words: each item's whole part, which tells a
    # provision reworded further on from one left alone
    bodies: list[tuple[int, int]] | None = field(default=None, hash=False)
    # items that are no thing of their own (a list named again, a condition): not reported in a new paragraph
    aside: frozenset[int] = field(default=frozenset(), hash=False)


# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Candidate:
    items: list[list[_Tok]]
    cue: bool
    region: _Region
    after_conj: bool = False  # the first item follows a conjunction inside a segment another list ended
    long: bool = False  # a semicolon list of provisions, each named by its first words
    bodies: list[tuple[int, int]] | None = None  # a long list's whole parts
    repeated: bool = False  # members opened by a repeated preposition: an inner "or" is inside a member


def _shared_head(items: list[list[_Tok]], lex: Lexicon) -> bool:
    """ "security, economic and energy benefits": adjectives that share one head noun are not items."""
    bare = [_content(it, lex) for it in items]
    if lex.lang == "fr":  # adjectives follow the noun: "coopération économique, militaire et politique"
        edge_multi, inner = len(bare[0]) > 1, bare[1:]
    else:
        edge_multi, inner = len(bare[-1]) > 1, bare[:-1]
    all_single = all(len(b) == 1 for b in bare)
    if (edge_multi or all_single) and any(len(b) == 1 and _adjectival(b[0], lex) for b in inner):
        return True
    if lex.lang != "fr":  # "all nuclear, strategic and conventional weapons"
        for k in range(len(bare) - 1):
            if len(bare[k]) == 1 and _adjectival(bare[k][0], lex) and len(bare[k + 1]) > 1:
                return True
    return all_single and all(_adjectival(b[0], lex) for b in bare)


def _verb_phrases(items: list[list[_Tok]], lex: Lexicon, before: _Tok | None) -> bool:
    """ "to combat COVID-19, enhance livelihoods, and grow the economy" lists actions, not items."""
    if lex.lang != "en":
        return False
    if before is not None and before.low == "to" and items[0][0].low in lex.verbs:
        return True
    if before is not None and before.low in ("to", "who", "that", "which") and not items[0][0].cap:
        # "those who plan, order or finance such attacks": after "to" or a relative word, a member that
        # is a word and its object ("finance such attacks") makes the run one of verbs
        return any(
            len(it) > 1 and it[1].low in lex.det and it[0].low not in lex.det and it[0].low not in lex.prep
            for it in items
        )
    return any(len(it) > 1 and _verbish(it[0], lex) and it[1].low in lex.det for it in items)


_COPULAS = _words(
    "is are was were be been being become became seem seems seemed remain remains ist sind est sont"
)


def _nouny(items: list[list[_Tok]], lex: Lexicon) -> bool:
    """Do the items read as things (plural, determined, or capitalised German nouns)?"""
    for it in items:
        last = it[-1]
        if lex.nouns_capitalised and last.cap:
            return True
        if len(it) > 1 and it[0].low in lex.det:
            return True
        if last.low.endswith("s") and not last.low.endswith(("ss", "ous")):
            return True
    return False


def _valid(items: list[list[_Tok]], cue: bool, lex: Lexicon, before: _Tok | None) -> bool:
    if len(items) < 2 or (len(items) == 2 and not cue):
        return False
    if len(items) == 2 and any(len(_content(it, lex)) > 4 or _has_prep(it, lex) for it in items):
        return False  # "including any transfer of funds to Iraq or Kuwait": a phrase, not two things
    if any(not it for it in items):
        return False
    if any(_dated(it, lex) for it in items):
        return False  # dates and times: "before 1 November 1993 and again before 15 December 1993"
    if before is not None and before.low in _COPULAS and not _nouny(items, lex):
        return False  # "he was tired, hungry and cold"
    return not (_shared_head(items, lex) or _verb_phrases(items, lex, before))


def _dated(item: list[_Tok], lex: Lexicon) -> bool:
    """A date, a number, or a time said around a date: no item of a list."""
    return all(_is_numeric(t) or t.low in _MONTH_WORDS for t in item) or is_a_time(item, lex)


def _region_candidates(text: str, segs: list[_Segment], region: _Region, lex: Lexicon) -> list[_Candidate]:
    found: list[_Candidate] = []
    used_until = -1  # character offset up to which an accepted list already consumed the region
    for j, seg in enumerate(segs):
        toks = [t for t in seg.toks if t.start >= used_until]
        for conj_i in range(1 if j == 0 else 0, len(toks)):
            conj_n = _conj_at(toks, conj_i, lex)
            if not conj_n:
                continue
            cand = _build(segs, j, toks, conj_i, conj_n, region, lex, used_until)
            later = _last_conj(toks, conj_i + conj_n, lex) if j > 0 else None
            if later is not None and (cand is None or len(cand.items) > 2):
                # "..., military vehicles and equipment and spare parts": the last conjunction of the
                # segment closes the list; the first one is inside an item
                alt = _build(segs, j, toks, later, _conj_at(toks, later, lex), region, lex, used_until)
                if alt is not None and len(alt.items) >= (len(cand.items) if cand else 2):
                    cand = alt
            if cand is not None and not _continues(segs, j, cand, region, lex, used_until):
                found.append(cand)
                used_until = cand.items[-1][0].start  # its last item may open a list that goes on
            break  # only the first conjunction of a segment can close a list that runs through commas
    return found


def _last_conj(toks: list[_Tok], start: int, lex: Lexicon) -> int | None:
    """The last list conjunction of a segment after ``start`` (None when there is only one)."""
    found = None
    for i in range(start, len(toks) - 1):
        if _conj_at(toks, i, lex):
            found = i
    return found


def _continues(
    segs: list[_Segment], j: int, cand: _Candidate, region: _Region, lex: Lexicon, used_until: int
) -> bool:
    """Is the list closed in segment ``j`` ("medical supplies and equipment") part of a longer one?"""
    start = cand.items[0][0].start
    for j2 in range(j + 1, len(segs)):
        toks = segs[j2].toks
        for conj_i in range(len(toks)):
            conj_n = _conj_at(toks, conj_i, lex)
            if conj_n:
                later = _build(segs, j2, toks, conj_i, conj_n, region, lex, used_until)
                return later is not None and later.items[0][0].start <= start
        if not _item_like(toks, lex):
            return False
    return False


def _build(
    segs: list[_Segment],
    j: int,
    toks: list[_Tok],
    conj_i: int,
    conj_n: int,
    region: _Region,
    lex: Lexicon,
    used_until: int,
) -> _Candidate | None:
    """Try to read a list that ends in segment ``j`` at the conjunction ``toks[conj_i]``."""
    y_toks = toks[:conj_i]
    z_toks = toks[conj_i + conj_n :]
    after_qualifier = False
    if not z_toks:
        # "..., news material and, in special humanitarian circumstances, food-stuffs": the last item
        # comes after a qualifier set between commas right after the conjunction
        z_toks = _after_qualifiers(segs, j, lex)
        after_qualifier = bool(z_toks)
    middles: list[list[_Tok]] = []
    first_seg: list[_Tok] | None = None
    first_is_region_start = False
    after_conj = False
    # A middle segment with a preposition ("a declaration on the locations") is an item only when the
    # items at the end of the list have one too ("a limit on imports, and a ban on exports").
    tail_prep = _has_free_prep(y_toks, lex) or _has_free_prep(z_toks[:5], lex)
    if y_toks:
        if j == 0 or segs[j].start < used_until:
            first_seg = y_toks  # "such as coal and iron": the cue and item one share the segment
            first_is_region_start = j == 0 and segs[0].start >= used_until
        elif _item_like(y_toks, lex):
            middles.append(y_toks)
        elif 0 < _cue_end(y_toks, lex.cues) < len(y_toks):
            first_seg = y_toks  # "..., including coal and iron"
            first_is_region_start = False
        else:
            return None
    if first_seg is None:
        for i in range(j - 1, -1, -1):
            seg = segs[i]
            stoks = [t for t in seg.toks if t.start >= used_until]
            if not stoks:
                break
            if len(stoks) < len(seg.toks):  # another list ended inside this segment
                k = _conj_at(stoks, 0, lex)
                after_conj = k > 0
                first_seg = stoks[k:]
                first_is_region_start = after_conj
                break
            if (
                i > 0
                and _item_like(stoks, lex)
                and (tail_prep or seg.qualified or not _has_free_prep(stoks, lex))
            ):
                middles.insert(0, stoks)
                continue
            head = _participle_head(stoks, lex) if i > 0 else None
            if head is not None:
                middles.insert(0, head)  # "Iraq's payment capacity as assessed with ...": its name only
                continue
            first_seg = stoks
            first_is_region_start = i == 0
            break
    longest = max((len(m) for m in middles), default=1)
    parallel_prep = bool(middles) and all(_has_prep(m, lex) for m in middles)
    short_others = bool(middles) and all(len(_content(m, lex)) <= 2 for m in middles)
    # a serial comma before the list's conjunction (", or aircraft and ground personnel"): another
    # conjunction in the last member is inside it
    inner = toks[conj_i].low if conj_i == 0 and j > 0 and not after_qualifier else None
    last = _last_item(z_toks, lex, parallel_prep, longest, short_others, inner, action_nouns(middles, lex))
    if last is None:
        return None
    if after_qualifier and len(z_toks) <= _WHOLE_PART and not any(t.low in lex.prep for t in z_toks[:1]):
        last.toks = z_toks  # "services whose supply may be necessary for ...": it runs to its part's end
    others = [*middles, last.toks]
    longest = max(len(o) for o in others)
    opening = [_opens_with_det(o, lex) for o in others]
    dets = frozenset(o[0].low for o in others if _opens_with_det(o, lex))
    if not (any(opening) and sum(opening) * 2 >= len(others)):
        dets = frozenset()
    cue = False
    items = list(others)
    before: _Tok | None = None
    if first_seg:
        # a comma before the list's conjunction (", and spare parts"): an "and" without one is inside an item
        serial = conj_i == 0 and j > 0
        got = _first_item(first_seg, lex, longest, dets, first_is_region_start, last.verb_follows, serial)
        if (
            got is not None
            and dets
            and got[0][0].low not in dets
            and not got[1]
            and all(t.cap for t in got[0])
            and not all(next((t for t in o if t.low not in lex.det), o[0]).cap for o in others)
        ):
            got = None  # a name without an article opens only a list of names ("UNPROFOR, the Conference")
        if got is not None and got[1] and _cue_before_object(got[0], others, lex):
            return None
        if got is not None:
            first, cue = got
            if not cue:
                first = _parallel_of(first_seg, first, others, lex)
            items.insert(0, first)
            cue = cue or (region.opener == ":" and first_is_region_start)
            idx = first_seg.index(first[0])
            before = first_seg[idx - 1] if idx > 0 else None
        elif not middles:
            return None
        elif (cut := _heads_of(first_seg, items[0], lex)) is not None:
            before, items[0] = items[0][cut], items[0][cut + 1 :]
    if (
        not cue
        and len(items) > 2
        and all(len(_content(o, lex)) <= 2 and not _has_prep(o, lex) for o in items[1:])
    ):
        # "any provision of advice, assistance or training": the items are what follows "of"
        head = items[0]
        cut = max(
            (k for k, t in enumerate(head) if k > 0 and (t.low in lex.inner_prep or _is_prep(t, lex))),
            default=0,
        )
        if cut and len(head) - cut - 1 <= 3:
            items[0] = head[cut + 1 :]
            before = head[cut]
    if not _valid(items, cue, lex, before):
        return None
    return _Candidate(items, cue, region, after_conj)


def _after_qualifiers(segs: list[_Segment], j: int, lex: Lexicon) -> list[_Tok]:
    """The tokens of the last item when segment ``j`` ends on the list's conjunction and one or two
    comma-set qualifiers follow it ("and, as approved, on a case-by-case basis by the Committee, services
    ..."); empty when that is not the shape."""
    k = j + 1
    while k < len(segs) and k - j <= 2 and _qualifier_part(segs[k].toks, lex):
        k += 1
    if k == j + 1 or k >= len(segs):
        return []
    return segs[k].toks


def _qualifier_part(toks: list[_Tok], lex: Lexicon) -> bool:
    """A comma-set qualifier: "in special humanitarian circumstances", "as approved", "where appropriate"."""
    if not toks or len(toks) > 16:
        return False
    first = toks[0].low
    return (first in lex.prep and first != "to") or first in ("as", "where", "when", "if", "whether")


def _of_phrase(item: list[_Tok], lex: Lexicon) -> bool:
    """ "the needs of the Iraqi economy": an article, one or two words, then "of"."""
    k = 1 if item and item[0].low in lex.det else 0
    return any(t.low in lex.inner_prep for t in item[k + 1 : k + 3])


def _parallel_of(seg: list[_Tok], first: list[_Tok], others: list[list[_Tok]], lex: Lexicon) -> list[_Tok]:
    """ "taking into account the requirements of the people of Iraq, the needs of the Iraqi economy and
    ...": when the other members are "the N of ..." phrases, the first member is one too, not only what
    follows its "of" (which would leave "the requirements of" in the list's name)."""
    idx = seg.index(first[0])
    if idx < 3 or sum(_of_phrase(o, lex) for o in others) * 2 < len(others):
        return first
    of, noun, det = seg[idx - 1], seg[idx - 2], seg[idx - 3]
    if of.low not in lex.inner_prep or det.low not in lex.det or not noun.low.isalpha():
        return first
    if noun.cap or noun.low in lex.det or noun.low in lex.prep or noun.low in lex.stop or _verbish(noun, lex):
        return first
    return seg[idx - 3 :]


def _participle_head(toks: list[_Tok], lex: Lexicon) -> list[_Tok] | None:
    """A middle member qualified by a participle phrase ("Iraq's payment capacity as assessed in
    conjunction with ...", "the sums paid by the Fund to ...") is an item named by the words before the
    participle, as the last member is; ``None`` when the words before it are no short noun phrase."""
    for k in range(1, min(len(toks) - 1, 6)):
        t, nxt = toks[k], toks[k + 1]
        lead = t.low == "as" and nxt.low.endswith("ed") and not nxt.cap
        participle = (
            t.low.endswith("ed")
            and not t.cap
            and k + 1 < len(toks)
            and nxt.low in lex.prep
            and nxt.low != "to"
        )
        if lead or participle:
            head = toks[:k]
            if len(toks) - k < 6 or any(_conj_at(head, m, lex) for m in range(len(head))):
                return None  # "the supply of any materials destined for the construction, ...": a short
                # participle phrase may end on the first item of a list that starts there
            return head if _item_like(head, lex, 4) and not _has_free_prep(head, lex) else None
    return None


_WHOLE_PART = 12  # a semicolon item up to this many words is named in full, a longer one by first words


def _semicolons_follow(regions: list[_Region], i: int, n: int) -> bool:
    """Do at least ``n`` semicolon-opened regions follow region ``i``?"""
    return all(k < len(regions) and regions[k].opener == ";" for k in range(i + 1, i + 1 + n))


def _infinitive_at(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """ "to place", "to accept": "to" and a verb, not "to the Agency" or "to Iraq"."""
    if k + 1 >= len(toks) or toks[k].low != "to":
        return False
    nxt = toks[k + 1]
    return not (nxt.cap or nxt.numeric or nxt.low in lex.det or nxt.low in lex.prep or nxt.low in lex.conj)


def _parallel_infinitives(text: str, regions: list[_Region], i: int, lex: Lexicon) -> int | None:
    """Where a list of parallel infinitive clauses starts in region ``i`` ("... agree not to acquire X; to
    submit Y; to place Z"), when at least two ";"-regions after it open with "to" and a verb."""
    if not _semicolons_follow(regions, i, 2):
        return None
    for k in (i + 1, i + 2):
        toks = _tokens(text, regions[k].start, min(regions[k].end, regions[k].start + 80))
        while toks and _conj_at(toks, 0, lex):
            toks = toks[1:]
        if not _infinitive_at(toks, 0, lex):
            return None
    r = regions[i]
    start = r.start
    if r.opener == "quote" and i > 0:
        # '... to monitor the zone referred to in the "Agreed Minutes ..."; to deter ...': the first
        # clause began before the quoted title that ends it
        start = regions[i - 1].start
    head = _tokens(text, max(start, r.end - 2000), r.end)
    found = [k for k in range(len(head)) if _infinitive_at(head, k, lex)]
    if found:
        # before a quoted title, the clause is the last one opened ("to submit a plan for a unit to monitor")
        return head[found[-1] if start < r.start else found[0]].start
    return regions[i + 1].start  # the first region only introduces the clauses


def _opens_sub_paragraph(text: str, r: _Region, lex: Lexicon) -> bool:
    """Does region ``r`` open a lettered sub-paragraph ("(e) Any activities ...", its label read or already
    cut off), not a provision ("Decides that ...", "Noting ...")?"""
    if r.labelled:
        return True
    if r.opener != "start":
        return False
    toks = _tokens(text, r.start, min(r.end, r.start + 40))
    return bool(toks) and toks[0].cap and not _verbish(toks[0], lex) and not toks[0].low.endswith("ing")


def _closed_by_conj(text: str, regions: list[_Region], i: int, lex: Lexicon) -> bool:
    """Do at least two ";"-parts follow region ``i``, the last of them opening with a conjunction?"""
    k = i + 1
    while k < len(regions) and regions[k].opener == ";" and not regions[k].labelled:
        k += 1
    if k - i - 1 < 2:
        return False
    toks = _tokens(text, regions[k - 1].start, regions[k - 1].end)
    return bool(toks) and _conj_at(toks, 0, lex) > 0


def _semicolon_lists(text: str, regions: list[_Region], lex: Lexicon) -> list[_Candidate]:
    """Parts split by semicolons: after a colon ("the following: coal; iron ore; textiles") or labelled
    inline ("shall prevent (a) the sale of arms; (b) the supply of coal; and (c) ...")."""
    out: list[_Candidate] = []
    regions = [r for r in regions if r.opener != "paren"]
    i = 0
    while i < len(regions):
        r = regions[i]
        nxt = regions[i + 1] if i + 1 < len(regions) else None
        first_start = r.start
        need_label = False
        cued = False
        if r.opener != ":":
            if nxt is None or nxt.opener != ";":
                i += 1
                continue
            marks = list(_FIRST_LABEL.finditer(text, r.start, r.end))
            head = (
                _tokens(text, r.start, r.end)
                if not nxt.labelled and _semicolons_follow(regions, i, 2)
                else []
            )
            cue = _cue_end(head, lex.cues) if head else 0
            infinitive = _parallel_infinitives(text, regions, i, lex) if not nxt.labelled else None
            if marks and nxt.labelled:
                first_start, need_label = marks[-1].end(), True
            elif 0 < cue < len(head):
                # "including the Joint Declarations ...; the Joint Statement ...; and the production ..."
                first_start, cued = head[cue].start, True
            elif infinitive is not None:
                # "agree not to acquire ...; to submit ...; to place ...; and to accept ...": parallel clauses
                first_start, cued = infinitive, True
            elif (
                _opens_sub_paragraph(text, r, lex)
                and not nxt.labelled
                and _closed_by_conj(text, regions, i, lex)
            ):
                # "(e) Any activities ... which promote the supply of X; the shipment of Y; and any activities
                # ...": a lettered sub-paragraph of three or more parts, the last after "; and"
                first_start, cued = r.start, True
            else:
                i += 1
                continue
        run = [(first_start, r.end)]
        k = i + 1
        while k < len(regions) and regions[k].opener == ";" and (regions[k].labelled or not need_label):
            run.append((regions[k].start, regions[k].end))
            k += 1
        i = k
        if len(run) < 2:
            continue
        parts: list[list[_Tok]] = []
        short = True
        bodies = [(lo, hi) for lo, hi in run]
        for lo, hi in run:
            toks = _tokens(text, lo, hi)
            while toks and _conj_at(toks, 0, lex):
                toks = toks[1:]
            if "," not in text[lo:hi] and _item_like(toks, lex, 10):
                parts.append(toks)
                continue
            if (
                "," not in text[lo:hi]
                and toks
                and len(toks) <= _WHOLE_PART
                and (r.opener in (":", ";") or cued)
            ):
                short = False  # "arrangements for ensuring that payments are made to the Fund": whole
                parts.append(toks)
                continue
            # a long part ("arrangements for ensuring that payments are made to the Fund") is an item too,
            # named by its first words; lists inside it are read as lists of their own
            short = False
            named = name_span(text, lo, hi)
            named_toks = _tokens(text, *named) if named else []
            if not named_toks:  # "(": no words to name it by
                parts = []
                break
            parts.append(named_toks)
        last_toks = _tokens(text, *run[-1])
        closing = bool(last_toks) and _conj_at(last_toks, 0, lex) > 0
        long_ok = (r.opener == ":" or cued) and (len(parts) >= 3 or closing)
        if len(parts) >= 2 and (short and _valid(parts, True, lex, None) or not short and long_ok):
            out.append(_Candidate(parts, True, r, long=not short, bodies=None if short else bodies))
    return out


_INLINE_LABEL = re.compile(r"(?<=[\w,;:)])\s+\(([a-z]|[ivx]{1,4}|\d{1,2})\)\s+")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
_PART_END = re.compile(r"[,;:]|\.(?=\s|$)")
_PART_TAIL = re.compile(r"(?:[\s,;]|\b(?:and/or|and|or|und|oder|et|ou)\b)+$", re.IGNORECASE)


def _next_label(prev: str, style: str) -> str | None:
    if style == "alpha":
        return chr(ord(prev) + 1) if prev < "z" else None
    if style == "roman":
        k = _ROMAN.index(prev) if prev in _ROMAN else -1
        return _ROMAN[k + 1] if 0 <= k < len(_ROMAN) - 1 else None
    return str(int(prev) + 1)


def _inline_letters(text: str, masked: str) -> list[_Candidate]:
    """Letters inside a sentence ("no vessels (a) registered in X or (b) in which a majority ... or (c)
    suspected of ..."): each lettered part is an item, named by its first words (like a sub-paragraph). A
    part runs to the next letter; the last to its first comma or stop (the sentence goes on after it)."""
    out: list[_Candidate] = []
    run: list[re.Match] = []
    style = ""

    def close() -> None:
        if len(run) < 2:
            return
        bodies: list[tuple[int, int]] = []
        for k, m in enumerate(run):
            lo = m.end()
            if k + 1 < len(run):
                hi = run[k + 1].start()
            else:
                stop = _PART_END.search(masked, lo)
                hi = stop.start() if stop else len(text)
            tail = _PART_TAIL.search(text, lo, hi)
            hi = tail.start() if tail else hi
            if hi <= lo:
                return
            bodies.append((lo, hi))
        items = []
        for lo, hi in bodies:
            named = name_span(text, lo, hi)
            toks = _tokens(text, *named) if named else []
            if not toks:
                return
            items.append(toks)
        out.append(
            _Candidate(items, True, _Region(bodies[0][0], bodies[-1][1], "start"), long=True, bodies=bodies)
        )

    for m in _INLINE_LABEL.finditer(text):
        label = m.group(1)
        if (
            run
            and label == _next_label(run[-1].group(1), style)
            and ";" not in text[run[-1].end() : m.start()]
        ):
            run.append(m)
            continue
        close()
        run = []
        if label in ("a", "i", "1"):
            run, style = [m], {"a": "alpha", "i": "roman", "1": "digit"}[label]
    close()
    return out


# --------------------------------------------------------------------------- entry point


def find_enumerations(text: str, lang: str | None = None) -> list[Enumeration]:
    """Every list in ``text`` with item spans relative to ``text``, in reading order.

    ``lang`` ("en", "de", "fr") skips the language guess when the caller already made it.
    """
    if not text or not re.search(r"[,;:]|\b(?:and|or|und|oder|et|ou)\b", text):
        return []
    lex = lexicon(lang or detect_language(text))
    text = _dash_pairs(text)
    with held_tokens(text):  # regions, segments and semicolon parts overlap: tokenize the text once
        return _find(text, lex)


def _find(text: str, lex: Lexicon) -> list[Enumeration]:
    masked = _mask(text)
    regions = _regions(text, masked, 0, len(text), "start")
    regions.sort(key=lambda r: r.start)
    candidates = _semicolon_lists(text, regions, lex)
    spans = [(c.items[0][0].start, c.items[-1][-1].end) for c in candidates]
    candidates += [
        c
        for c in _inline_letters(text, masked)
        if not any(lo < c.bodies[-1][1] and c.bodies[0][0] < hi for lo, hi in spans)  # type: ignore[index]
    ]
    candidates.sort(key=lambda c: c.items[0][0].start)
    taken = _Taken()
    for c in candidates:
        if not c.long:
            taken.add(c.items[0][0].start, c.items[-1][-1].end)
        else:  # a list inside one of its provisions is a list of its own, but never overlaps a name
            for it in c.items:
                taken.add(it[0].start, it[-1].end)
    accepted: list[_Candidate] = list(candidates)
    titles = quoted_titles(text)  # "Agreed Minutes ... regarding ... relations, recognition and ...": a name
    ext: dict[int, int] = {}  # end of an item's last word -> end of its comma-set qualifier
    for region in regions:
        if not _ANY_CONJ.search(text, region.start, region.end):
            continue
        segs, qualified = merge_qualifiers(_segments(text, masked, region), lex)
        ext.update(qualified)
        found = [
            _Candidate(items, True, region, repeated=True)
            for items in preposition_lists(segs, lex)
            if not any(_dated(it, lex) for it in items)  # "before 1 March, before 30 June or ...": times
        ]
        found += [_Candidate(items, True, region) for items in own_preposition_lists(segs, lex)]
        found += [_Candidate(items, True, region, repeated=True) for items in determiner_lists(segs, lex)]
        found += _region_candidates(text, segs, region, lex)
        for cand in sorted(found, key=lambda c: c.items[0][0].start):
            lo, hi = cand.items[0][0].start, cand.items[-1][-1].end
            prev = accepted[-1] if accepted else None
            if prev is not None and prev.region is region and not prev.long and prev.items[-1][0].start == lo:
                # "..., meat and meat products and hides, skins and leather": the list goes on from its
                # last item
                prev.items[-1:] = cand.items
                taken.extend_last(hi)
                continue
            if taken.overlaps(lo, hi) or _inside(titles, lo, hi):
                continue
            before = _tokens(text, max(region.start, lo - 200), lo)
            # the addressees follow the sentence's verb closely: a window, so long paragraphs stay linear
            if lo - region.start <= 200 and addressed(
                before, _tokens(text, hi, min(region.end, hi + 200)), lex
            ):
                continue
            if named_parties(before, lex):
                continue
            if (
                not cand.cue
                and all(_capitalised(it, lex) for it in cand.items)  # (cheap test first)
                and not_a_list(cand.items, _tokens(text, max(region.start, lo - 80), lo), lex)
            ):
                continue
            merged = False
            if cand.after_conj and accepted:
                prev = accepted[-1]
                if prev.region is region and len(prev.items) > 2 and 0 <= lo - prev.items[-1][-1].end < 12:
                    prev.items.extend(cand.items)
                    taken.extend_last(hi)
                    merged = True
            if not merged:
                accepted.append(cand)
                taken.add(lo, hi)
    out: list[Enumeration] = []
    for cand in sorted(accepted, key=lambda c: c.items[0][0].start):
        spans = []
        # "of the authorities, or of any person or body in X, or of ...": the preposition delimits members
        members = cand.items if cand.repeated else _split_inner(cand.items, lex, text)
        for n, it in enumerate(members):
            if n == 0 and not cand.long and _shared_det(members, lex):
                it = it[1:]  # "any design, research, development or ...": "any" is said of every member
            span = _trim(text, it, lex)
            if span is not None and it[-1].end in ext and span[1] == it[-1].end:
                span = (span[0], ext[it[-1].end])
            if span is not None and (not spans or span[0] >= spans[-1][1]):  # items never overlap
                spans.append(span)
        if len(spans) < 2 or all(_bracket_label(text, a, b) for a, b in spans):
            continue  # "paragraphs 5 (a), (b) and (c)": references to sub-paragraphs, not a list
        spans[-1] = _parallel_bracket(text, spans)
        bodies = cand.bodies if cand.bodies and len(cand.bodies) == len(spans) else None
        aside = set_aside(text, spans, members if cand.long else None, [e.items for e in out[-8:]], lex)
        out.append(Enumeration(_intro(text, masked, cand.items[0][0].start), spans, bodies, aside))
    return out


_DASH_PAIR = re.compile(r"(?<=\s)[-–—](?=\s)([^;:.!?()\[\]\n–—-]{3,240}?)(?<=\s)[-–—](?=\s)")


_TO_BRACKET = re.compile(r"[^,;:.()\[\]]{1,100}?\([^()]{1,30}\)")


def _parallel_bracket(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """ "the Agreement on X (annex I), the nine Principles (annex II) and the Agreement for Peace in Y
    (annex IV)": when every other item ends with its bracket, the last runs on to its own."""
    lo, hi = spans[-1]
    if text[hi - 1 : hi] == ")" or not all(text[b - 1 : b] == ")" for _, b in spans[:-1]):
        return lo, hi
    m = _TO_BRACKET.match(text, hi)
    if m is None or len(text[hi : m.end()].split()) > 12:
        return lo, hi
    return lo, m.end()


def _bracket_label(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]`` a sub-paragraph's letter or number in brackets ("(b)", "(iv)", "(2)")?"""
    return lo > 0 and hi < len(text) and text[lo - 1] == "(" and text[hi] == ")" and hi - lo <= 4


def _inside(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    return any(a <= lo and hi <= b for a, b in spans)


def _dash_pairs(text: str) -> str:
    """ "damage - including environmental damage and the depletion of resources - or injury": a qualifier
    set between dashes is read like one in parentheses (same length, so every span still holds)."""
    if "-" not in text and "–" not in text and "—" not in text:
        return text
    return _DASH_PAIR.sub(lambda m: "(" + m.group(1) + ")", text)


class _Taken:
    """Character ranges already read as lists, added in (nearly) reading order: overlap tests by bisection,
    so a paragraph with thousands of lists is read in linear time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_left(self.starts, hi)  # the ranges that start before ``hi``
        # ranges are disjoint and sorted, so only the last few of those can reach past ``lo``
        return any(self.ends[i] > lo for i in range(max(0, k - 3), k))

    def add(self, lo: int, hi: int) -> None:
        k = bisect.bisect_left(self.starts, lo)
        self.starts.insert(k, lo)
        self.ends.insert(k, hi)

    def extend_last(self, hi: int) -> None:
        if self.ends:
            self.ends[-1] = max(self.ends[-1], hi)


def _split_inner(items: list[list[_Tok]], lex: Lexicon, text: str) -> list[list[_Tok]]:
    """ "hides, skins and leather, timber": a middle item holding a conjunction is two items of the list;
    not where a comma comes before the list's last conjunction ("petroleum, arms and ammunition, and
    police equipment"): that writer's lists close with ", and", so an "and" without one is inside an item."""
    if len(items) < 3 or "," in text[items[-2][-1].end : items[-1][0].start]:
        return items
    out = [items[0]]
    for it in items[1:-1]:
        cut = next((i for i in range(1, len(it) - 1) if _conj_at(it, i, lex)), None)
        # "skins and leather" splits; "medical supplies and equipment" (a shared modifier) does not
        if cut is not None and len(_content(it[:cut], lex)) == 1 and not _adjectival(it[cut - 1], lex):
            out += [it[:cut], it[cut + _conj_at(it, cut, lex) :]]
        else:
            out.append(it)
    out.append(items[-1])
    return out
