"""Reading a list's item boundaries from both versions together.

The two versions of a list agree on most items. Where one version reads the list badly (an inserted item
carries a comma-set qualifier, "cotton, whether raw or processed", and breaks the comma grammar there),
the other version's items are found in its text in order, and the text *between* two of them is read by
its separators: what stands there is a new item, or a qualifier of the item before it. A reading that
explains more of the list replaces the poorer one; a consistent reading is left alone.
"""

from __future__ import annotations

import re

from ..model import AlignmentEntry, Side
from .itemtypes import _Item, _List, _make_item
from .matching import _entries_by_clause
from .reading import _clause_at

_LEAD = re.compile(r"(?:[\s,;]+|(?:and/or|and|or|as well as)(?!\w))*", re.I)
_TRAIL = re.compile(r"(?:[\s,;]+|(?<!\w)(?:and/or|and|or))*$", re.I)
_HARD = re.compile(r"[.:;!?]\s|[.:;!?]$|\(\w\)")
_QUALIFYING = re.compile(
    r"(?i)^(?:whether|in|for|with|without|on|at|by|under|within|including|excluding|except|subject|"
    r"intended|destined|notified|supplied|provided|used|as|other than|pursuant|of)\b"
)
_MAX_GAP_WORDS = 25
_SEP_START = re.compile(r"\s*(?:[,;]|(?:and/or|and|or|as well as)(?!\w))", re.I)
_SEP_END = re.compile(r"(?:[,;]|(?<!\w)(?:and/or|and|or|as well as))\s*$", re.I)


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_STARTS_ITEM = re.compile(r"(?:[,;:(]|(?<!\w)(?:and/or|and|or|as well as))\s*$", re.I)
_ENDS_ITEM = re.compile(r"\s*(?:[,;.:)]|(?:and/or|and|or|as well as)(?!\w)|$)", re.I)


def _parts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Top-level comma parts of ``text[lo:hi]`` (commas inside parentheses do not count)."""
    out, depth, start = [], 0, lo
    for i in range(lo, hi):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch == "," and depth == 0:
            out.append((start, i))
            start = i + 1
    out.append((start, hi))
    trimmed = []
    for a, b in out:
        lead = _LEAD.match(text, a, b)
        a = lead.end() if lead else a
        seg = text[a:b]
        seg = seg[: _TRAIL.search(seg).start()]
        if seg.strip():
            trimmed.append((a, a + len(seg)))
    return trimmed


def _lowered(text: str) -> str | None:
    """The text in lower case when every slice of it lowers to the same slice of this (no letter whose lower
    case is longer, no capital sigma, whose lower case depends on the next letter); else None."""
    if "\u03a3" in text:
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def _reading(
    lst: _List, dst: Side, lo: int, hi: int, lowered: str | None = None
) -> list[tuple[int, int]] | None:
    """Spans of ``lst``'s items found in order in ``dst.document.text[lo:hi]``, with the gaps between them
    read as new items or qualifiers; None when the other version does not hold this list. ``lowered``: the
    whole text in lower case, if :func:`_lowered` gave it (a list whose partner clauses lie far apart
    would otherwise lower the text between them again for each list)."""
    text = dst.document.text
    low = lowered[lo:hi] if lowered is not None else text[lo:hi].lower()
    if len(low) != hi - lo:
        return None  # a letter whose lower case is longer: offsets would not hold
    found: list[tuple[int, int]] = []
    pos = 0
    for n, it in enumerate(lst.items):
        last = n == len(lst.items) - 1
        needle = it.text.lower()
        k = low.find(needle, pos)
        while k != -1:
            s0, e0 = lo + k, lo + k + len(needle)
            whole = not (s0 > 0 and _word(text[s0 - 1])) and not (e0 < len(text) and _word(text[e0]))
            starts = not found or _STARTS_ITEM.search(text, max(lo, s0 - 12), s0)
            if whole and starts and (last or _ENDS_ITEM.match(text, e0, hi)):  # not "iron" in "iron ore"
                found.append((s0, e0))
                pos = k + len(needle)
                break
            k = low.find(needle, k + 1)
    if len(found) < 2 or len(found) * 2 < len(lst.items) + 1:
        return None
    out: list[tuple[int, int]] = [found[0]]
    for (_s0, e0), (s1, e1) in zip(found, found[1:], strict=False):
        gap = text[e0:s1]
        if _HARD.search(gap) or len(gap.split()) > _MAX_GAP_WORDS:
            return None  # the items found are not one list in this version
        parts = _parts(text, e0, s1)
        if parts and not _SEP_START.match(gap):
            out[-1] = (out[-1][0], parts.pop(0)[1])  # "copper" read in "copper ore": the item grew
        if parts and not _SEP_END.search(gap):
            s1 = parts.pop()[0]  # "chemicals" read in "industrial chemicals"
        closed = False  # the member before ended on the list's conjunction ("services and, as approved, ...")
        for a, b in parts:
            if _QUALIFYING.match(text[a:b]):
                if not closed:  # else it qualifies the member after the conjunction, not this one
                    out[-1] = (out[-1][0], b)  # "fuel ..., in quantities notified to the Committee"
            else:
                out.append((a, b))
                closed = bool(_SEP_END.search(text, b, text.find(",", b, s1) if "," in text[b:s1] else s1))
        out.append((s1, e1))
    return out


def reconcile(lists_a: list[_List], lists_b: list[_List], a: Side, b: Side, alignment: list[AlignmentEntry]):
    """Re-read, in each version, the lists its partner version reads more fully (in place)."""
    for src_lists, dst_lists, dst, src in ((lists_a, lists_b, b, "a"), (lists_b, lists_a, a, "b")):
        _project_structure(src_lists, dst_lists, dst, alignment, src)


def _project_structure(
    src_lists: list[_List], dst_lists: list[_List], dst: Side, alignment: list[AlignmentEntry], src: str
) -> None:
    entry_of = _entries_by_clause(alignment, src)
    by_clause: dict[int, list[int]] = {}
    for k, lst in enumerate(dst_lists):
        for it in lst.items:
            by_clause.setdefault(it.clause, []).append(k)
    starts = [c.start for c in dst.clauses]
    lowered: str | None | bool = False  # not computed yet
    for lst in list(src_lists):
        if len(lst.items) < 2:
            continue
        entries = {entry_of[ci] for ci in lst.clauses if ci in entry_of}
        partner = sorted({ci for n in entries for ci in (alignment[n].b if src == "a" else alignment[n].a)})
        if not partner:
            continue
        # each list once (a clause holds one entry per item of a list: iterating those was quadratic)
        near = sorted({k for ci in partner for k in by_clause.get(ci, ())})
        own = {it.surface for k in near for it in dst_lists[k].items}
        if all(it.surface in own for it in lst.items):
            continue  # the version reads every item of this list the same way
        lo, hi = dst.clauses[partner[0]].start, dst.clauses[partner[-1]].end
        if lowered is False:
            lowered = _lowered(dst.document.text)
        spans = _reading(lst, dst, lo, hi, lowered)
        if spans is None:
            continue
        r0, r1 = spans[0][0], spans[-1][1]
        inside = [(k, it) for k in near for it in dst_lists[k].items if r0 <= it.span[0] < r1]
        if any(
            it.span[0] < r0 and it.span[1] == spans[0][1] and not it.named
            for k in near
            for it in dst_lists[k].items
        ):
            continue  # the version reads a longer first item ("cooking utensils"): keep its own reading
        if sorted(it.span for _k, it in inside) == spans or len(spans) <= len(inside):
            continue  # the version's own reading agrees, or explains more
        for k in {k for k, _it in inside}:
            dst_lists[k].items = [it for it in dst_lists[k].items if not r0 <= it.span[0] < r1]
        new = _List(lst.intro, set(), label=lst.label)
        lang = lst.items[0].lang
        for s, e in spans:
            ci = _clause_at(starts, dst.clauses, s)
            if ci is None:
                continue
            item = _make_item(dst.document.text[s:e], (s, e), ci, 0, 0, lang)
            if item is not None:
                new.items.append(item)
                new.clauses.add(ci)
        if len(new.items) >= 2:
            dst_lists.append(new)
            for it in new.items:
                by_clause.setdefault(it.clause, []).append(len(dst_lists) - 1)
    dst_lists[:] = [lst for lst in dst_lists if len(lst.items) >= 2 or (lst.items and lst.items[0].named)]


def renumber(lists: list[_List]) -> list[_Item]:
    """Items of all lists in document order, each knowing its list and place (after re-reading)."""
    for k, lst in enumerate(lists):
        for pos, it in enumerate(lst.items):
            it.lst, it.pos = k, pos
    return sorted((it for lst in lists for it in lst.items), key=lambda it: it.span)
