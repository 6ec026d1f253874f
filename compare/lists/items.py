"""Which enumeration items came in, which went out, which stayed: the list view readers ask for.

Lists are read from both documents (inline lists inside a paragraph, and runs of short sub-paragraphs or
bullets where each clause is one item), then items are matched between the versions: identical items
first (lemmatised, so "Textilien"/"textiles" and case changes still count as kept), within lists the
alignment links and then anywhere; then near matches ("utensils" / "cooking utensils") as *modified*.
Everything is deterministic and uses an inverted index, so documents with hundreds of lists stay fast.
"""

from __future__ import annotations

import re

from ..model import AlignmentEntry, ItemChange, ItemStatus, Kind, Side
from .edits import verb_swapped
from .edits_parallel import edit_items_split
from .enumerations import intro_before, lexicon
from .itemtypes import _Item, _List, _make_item
from .joint import reconcile, renumber
from .lemmas import detect_language, lemma
from .lexicon import QUANTIFIERS
from .matching import _aligned_pairs, _entries_by_clause, _Matcher, link_slots
from .naming import readable_name
from .occurrences import Occurrences
from .reading import _doc_lang, _Inline, _read_lists, context_labels, read_ahead
from .shapes import addressed, named_parties
from .tokens import _tokens as item_words

__all__ = ["find_item_changes", "summarize_items", "list_description", "read_ahead"]


def list_description(intro: str) -> str:
    """A readable name for a list from its introduction ("measures shall not apply")."""
    return readable_name(intro)


def find_item_changes(
    a: Side,
    b: Side,
    alignment: list[AlignmentEntry],
    ahead: tuple[dict[tuple[int, int], _Inline], dict[tuple[int, int], _Inline]] | None = None,
) -> list[ItemChange]:
    """The items of every list that changed, with their fate, in reading order of the new document.

    Lists in sentences the comparison left untouched are not reported: all their items are kept.
    ``ahead`` is what :func:`read_ahead` found, if it ran.
    """
    same_a: set[int] = set()
    same_b: set[int] = set()
    for e in alignment:
        if e.kind == Kind.EQUAL and not e.moved:
            same_a.update(e.a)
            same_b.update(e.b)
    touched_a = set(range(len(a.clauses))) - same_a
    touched_b = set(range(len(b.clauses))) - same_b
    if not touched_a and not touched_b:
        return []
    ahead_a, ahead_b = ahead or ({}, {})
    near_a, near_b = _near(alignment)
    beside_a, beside_b = _beside(a, b, alignment)
    lists_a, items_a = _read_lists(a, touched_a, ahead_a, near_a, beside_a)
    lists_b, items_b = _read_lists(b, touched_b, ahead_b, near_b, beside_b)
    if lists_a and lists_b:
        reconcile(lists_a, lists_b, a, b, alignment)
        items_a, items_b = renumber(lists_a), renumber(lists_b)
    if not items_a and not items_b:
        found = _from_edits(a, b, alignment, [], [], [], {}, {})
        ordered = [c for _, c in sorted(found, key=lambda pair: pair[0])]
        return _moved_in_place(
            ordered, _entries_by_clause(alignment, "a"), _entries_by_clause(alignment, "b")
        )
    items_b += _project(lists_a, lists_b, b, alignment, "a")
    items_a += _project(lists_b, lists_a, a, alignment, "b")
    items_a.sort(key=lambda it: it.span)
    items_b.sort(key=lambda it: it.span)
    ia = {id(it): n for n, it in enumerate(items_a)}
    ib = {id(it): n for n, it in enumerate(items_b)}
    entry_a = _entries_by_clause(alignment, "a")
    entry_b = _entries_by_clause(alignment, "b")
    pairs = _aligned_pairs(lists_a, lists_b, entry_a, entry_b)

    m = _Matcher(items_a, items_b)

    def ids(lst: _List, index: dict[int, int]) -> list[int]:
        return [index[id(it)] for it in lst.items]

    # Document-wide matching only pairs lists the alignment left without a partner on both sides (a list
    # that was moved or rewritten): "coal" leaving the banned list for the exempted one, or for a new
    # paragraph's list, is removed + added, not kept.
    paired_a = {la for la, _ in pairs}
    paired_b = {lb for _, lb in pairs}
    loose_a = [n for n, it in enumerate(items_a) if it.lst not in paired_a]
    loose_b = [n for n, it in enumerate(items_b) if it.lst not in paired_b]

    for la, lb in pairs:
        m.exact(ids(lists_a[la], ia), ids(lists_b[lb], ib))
    m.exact(loose_a, loose_b)
    for la, lb in pairs:
        m.fuzzy(ids(lists_a[la], ia), ids(lists_b[lb], ib), strict=False)
    spellings = ({it.surface for it in items_a}, {it.surface for it in items_b})
    for la, lb in pairs:
        link_slots(m, ids(lists_a[la], ia), ids(lists_b[lb], ib), spellings)

    changes: list[tuple[tuple, ItemChange]] = []
    lex = lexicon(_doc_lang(b))
    tasks_b = {n for n, lst in enumerate(lists_b) if _new_tasks(lst, lex)}
    tasks_a = {n for n, lst in enumerate(lists_a) if _new_tasks(lst, lex)}
    for it in items_b:
        if it.lst in tasks_b:
            continue
        lst = lists_b[it.lst]
        desc = list_description(lst.intro)
        order = (_entry_pos(entry_b, it.clause, len(alignment)), 0, it.span[0], 0, 0)
        if it.matched is None:
            if it.aside and _whole(alignment, entry_b, it.clause):
                continue  # "these vessels, ..." named again in a new paragraph: its first list has them
            change = ItemChange(
                ItemStatus.ADDED, None, it.text, None, it.clause, desc, None, it.span, lst.label
            )
            changes.append((order, change))
        else:
            old = items_a[it.matched]
            status = m.status[it.matched]
            if status == ItemStatus.KEPT and _scope(old.text) != _scope(it.text):
                status = ItemStatus.MODIFIED  # "spare parts for the aforementioned" -> "... for any of ..."
            change = ItemChange(
                status, old.text, it.text, old.clause, it.clause, desc, old.span, it.span, lst.label
            )
            changes.append((order, change))
    partners: dict[int, set[int]] = {}
    for la, lb in pairs:
        partners.setdefault(la, set()).add(lb)
    for it in items_a:
        if (
            it.matched is not None
            or it.lst in tasks_a
            or (it.aside and _whole(alignment, entry_a, it.clause))
        ):
            continue
        order = _removed_order(
            it, lists_a[it.lst], items_b, partners.get(it.lst, set()), entry_a, entry_b, len(alignment)
        )
        lst = lists_a[it.lst]
        desc = list_description(lst.intro)
        change = ItemChange(
            ItemStatus.REMOVED, it.text, None, it.clause, None, desc, it.span, None, lst.label
        )
        changes.append((order, change))
    changes += _from_edits(a, b, alignment, items_a, items_b, [c for _, c in changes], entry_a, entry_b)
    changes.sort(key=lambda pair: pair[0])
    out = _rejoin(_stable(_once(c for _, c in changes), a, b, alignment, entry_a, entry_b), a, b)
    out = _moved_in_place(out, entry_a, entry_b)
    # "single point mooring" -> "... moorings" inside a bullet: another number of the same words is told by
    # the provision that holds it (named by its first words), not as an item reworded
    lang = _doc_lang(b)
    named = {(c.a_clause, c.b_clause) for c in out if c.status == ItemStatus.MODIFIED and c.a == c.b}
    out = [
        c
        for c in out
        if not (
            c.status == ItemStatus.MODIFIED
            and (c.a_clause, c.b_clause) in named
            and c.a != c.b
            and _inflected(c.a, c.b, lang)
        )
    ]
    # lists read only because they stand next to a change (to read both versions alike) are not reported
    # a provision "modified" under the same name is reported only when no item inside it tells the change
    inner = {(c.a_clause, c.b_clause) for c in out if c.status != ItemStatus.KEPT and c.a != c.b}
    inner_a = {x for x, _ in inner if x is not None}
    inner_b = {y for _, y in inner if y is not None}
    out = [
        c
        for c in out
        if not (
            c.status == ItemStatus.MODIFIED
            and c.a == c.b
            and (c.a_clause in inner_a or c.b_clause in inner_b)
        )
    ]
    out = [
        c
        for c in out
        if not (c.status == ItemStatus.MODIFIED and c.a and c.b and verb_swapped(c.a, c.b, lang))
    ]
    live_a = {ci for lst in lists_a if lst.clauses & touched_a for ci in lst.clauses}
    live_b = {ci for lst in lists_b if lst.clauses & touched_b for ci in lst.clauses}
    out = [c for c in out if c.status != ItemStatus.KEPT or c.a_clause in live_a or c.b_clause in live_b]
    return _once_per_list(out, a, b)


def _once_per_list(changes: list[ItemChange], a: Side, b: Side) -> list[ItemChange]:
    """Each item once per list: copies of one list in other clauses of the same paragraph (same name, same
    items) report the same change, and the counts, the Items panel and the reports should say it once.
    The same words twice in one clause are two places of the list as read, and both are kept."""
    out: list[ItemChange] = []
    first: dict[tuple, tuple[int | None, int | None]] = {}
    for c in changes:
        para_a = a.clauses[c.a_clause].paragraph if c.a_clause is not None else None
        para_b = b.clauses[c.b_clause].paragraph if c.b_clause is not None else None
        key = (c.status, c.a, c.b, c.list, c.label, para_a, para_b)
        where = first.setdefault(key, (c.a_clause, c.b_clause))
        if where == (c.a_clause, c.b_clause):
            out.append(c)
    return out


def _inflected(old: str | None, new: str | None, lang: str) -> bool:
    """ "single point mooring" -> "single point moorings": the same words in another number (as lemmas
    make "textiles" and "textile" one)."""
    if not old or not new:
        return False
    wa, wb = old.lower().split(), new.lower().split()
    if wa == wb or len(wa) != len(wb):
        return False
    return all(
        x == y
        or lemma(x, lang) == lemma(y, lang)
        or x + "s" == y
        or y + "s" == x
        or x + "es" == y
        or y + "es" == x
        for x, y in zip(wa, wb, strict=True)
    )


def _new_tasks(lst: _List, lex) -> bool:
    """A run of infinitive clauses ("to submit a declaration ...; to place all ...; and to accept ...")
    none of whose members has a counterpart: the tasks of a provision put in or struck whole are no list
    change (a task reworded in a run the other version shares still is)."""
    if len(lst.items) < 2 or any(it.matched is not None for it in lst.items):
        return False
    for it in lst.items:
        m = _INFINITIVE.match(it.text)
        if m is None or m.group(1) in lex.det or m.group(1) in lex.prep:
            return False
    return True


_INFINITIVE = re.compile(r"to ([a-z]+)\b")


def _stable(
    changes: list[ItemChange],
    a: Side,
    b: Side,
    alignment: list[AlignmentEntry],
    entry_a: dict[int, int],
    entry_b: dict[int, int],
) -> list[ItemChange]:
    """An item "removed" whose words still stand as often in the new version of its clauses is kept (so is
    one "added" whose words stood as often in the old, and one "modified" whose two wordings stand in
    both): a list the reader cut differently on the two sides, because an edit elsewhere in the sentence
    changed its reading, has not lost, gained or reworded that item."""

    occ = Occurrences()
    as_often = occ.as_often
    used_a = _by_clause((c.a_clause, c.a_span) for c in changes)
    used_b = _by_clause((c.b_clause, c.b_span) for c in changes)

    def find(side: Side, clauses, text: str, used: dict) -> tuple[int, tuple[int, int]] | None:
        return occ.find(side, clauses, text, lambda ci, span: _free(span, used.get(ci, ())))

    out: list[ItemChange] = []
    for c in changes:
        if c.status == ItemStatus.REMOVED and c.a and c.a_clause in entry_a:
            e = alignment[entry_a[c.a_clause]]
            often = as_often((b, e.b, c.a, True), (a, e.a, c.a, False))
            got = find(b, e.b, c.a, used_b) if often else None
            if got:
                used_b.setdefault(got[0], []).append(got[1])
                text = b.document.text[got[1][0] : got[1][1]]
                c = ItemChange(
                    ItemStatus.KEPT, c.a, text, c.a_clause, got[0], c.list, c.a_span, got[1], c.label
                )
        elif c.status == ItemStatus.ADDED and c.b and c.b_clause in entry_b:
            e = alignment[entry_b[c.b_clause]]
            often = as_often((a, e.a, c.b, True), (b, e.b, c.b, False))
            got = find(a, e.a, c.b, used_a) if often else None
            if got:
                used_a.setdefault(got[0], []).append(got[1])
                text = a.document.text[got[1][0] : got[1][1]]
                c = ItemChange(
                    ItemStatus.KEPT, text, c.b, got[0], c.b_clause, c.list, got[1], c.b_span, c.label
                )
        elif c.status == ItemStatus.MODIFIED and c.a and c.b and c.a != c.b and c.b_clause in entry_b:
            # "Governments" -> "foreign Governments" where both versions read "foreign Governments": the
            # two sides cut the item differently, nothing was reworded
            e = alignment[entry_b[c.b_clause]]
            if (
                c.a_clause in e.a
                and as_often((a, e.a, c.b, False), (b, e.b, c.b, False))
                and as_often((b, e.b, c.a, False), (a, e.a, c.a, False))
            ):
                c = ItemChange(
                    ItemStatus.KEPT, c.a, c.b, c.a_clause, c.b_clause, c.list, c.a_span, c.b_span, c.label
                )
        out.append(c)
    return out


_QUANTIFIERS = QUANTIFIERS | {"only", "other"}  # "other parts" covers other things than "parts"


def _scope(text: str) -> frozenset[str]:
    """The quantifiers of an item: the same words with "any", "all" or "no" put in or struck cover other
    things ("spare parts for any of the aforementioned"), so the item is reworded, not kept."""
    return frozenset(w for w in re.findall(r"\w+", text.casefold()) if w in _QUANTIFIERS)


def _norm(text: str) -> str:
    """An item's words as the fate tests compare them: spacing and case do not count."""
    return " ".join(text.split()).casefold()


def _moved_in_place(
    changes: list[ItemChange], entry_a: dict[int, int], entry_b: dict[int, int]
) -> list[ItemChange]:
    """An item removed and the same words added in the same aligned clauses changed place within its
    sentence ("A and B" -> "B and A", where each side names the list from other words): it is kept, never
    removed plus added. (Each claims the other's words, so the stability test above cannot see it.)"""
    removed: dict[tuple[int, str], list[int]] = {}
    for n, c in enumerate(changes):
        if c.status == ItemStatus.REMOVED and c.a and c.a_clause in entry_a:
            removed.setdefault((entry_a[c.a_clause], _norm(c.a)), []).append(n)
    if not removed:
        return changes
    dropped: set[int] = set()
    out = list(changes)
    for n, c in enumerate(changes):
        if c.status != ItemStatus.ADDED or not c.b or c.b_clause not in entry_b:
            continue
        waiting = removed.get((entry_b[c.b_clause], _norm(c.b)))
        if waiting:
            k = waiting.pop(0)
            r = changes[k]
            dropped.add(k)
            out[n] = ItemChange(
                ItemStatus.KEPT, r.a, c.b, r.a_clause, c.b_clause, c.list, r.a_span, c.b_span, c.label
            )
    return [c for n, c in enumerate(out) if n not in dropped]


def _rejoin(changes: list[ItemChange], a: Side, b: Side) -> list[ItemChange]:
    """ "weapons and ammunition" kept as "weapons" plus "ammunition" added: where one version reads an item
    holding "and" whole and the other reads it as two, the two are that one item, kept (the list moved or
    lost its serial comma around it), not a member gained or lost."""
    dropped: set[int] = set()
    out = list(changes)
    kept_b: dict[int | None, list[int]] = {}
    kept_a: dict[int | None, list[int]] = {}
    for m, k in enumerate(out):  # only kept items whose other wording holds "and" can take a neighbour in
        if k.status == ItemStatus.KEPT:
            if k.a and " and " in _norm(k.a):
                kept_b.setdefault(k.b_clause, []).append(m)
            if k.b and " and " in _norm(k.b):
                kept_a.setdefault(k.a_clause, []).append(m)
    for n, c in enumerate(out):
        lone = c.status in (ItemStatus.ADDED, ItemStatus.REMOVED)
        if not lone:
            continue
        new_side = c.status == ItemStatus.ADDED
        span, clause, text = (
            (c.b_span, c.b_clause, b.document.text) if new_side else (c.a_span, c.a_clause, a.document.text)
        )
        if span is None:
            continue
        for m in (kept_b if new_side else kept_a).get(clause, ()):
            k = out[m]
            k_span, k_clause, whole = (k.b_span, k.b_clause, k.a) if new_side else (k.a_span, k.a_clause, k.b)
            if k_clause != clause or k_span is None or not whole or " and " not in _norm(whole):
                continue
            lo, hi = min(span[0], k_span[0]), max(span[1], k_span[1])
            if hi - lo > len(whole) + 8 or _norm(text[lo:hi]) != _norm(whole):
                continue
            joined = text[lo:hi]
            if new_side:
                out[m] = ItemChange(
                    ItemStatus.KEPT, k.a, joined, k.a_clause, k.b_clause, k.list, k.a_span, (lo, hi), k.label
                )
            else:
                out[m] = ItemChange(
                    ItemStatus.KEPT, joined, k.b, k.a_clause, k.b_clause, k.list, (lo, hi), k.b_span, k.label
                )
            dropped.add(n)
            break
    return [c for n, c in enumerate(out) if n not in dropped]


def _whole(alignment: list[AlignmentEntry], entries: dict[int, int], clause: int) -> bool:
    """Is the clause part of a paragraph put in or struck whole (its entry added or removed)?"""
    n = entries.get(clause)
    return n is not None and alignment[n].kind in (Kind.ADDED, Kind.REMOVED)


def _by_clause(pairs) -> dict[int, list[tuple[int, int]]]:
    out: dict[int, list[tuple[int, int]]] = {}
    for ci, span in pairs:
        if ci is not None and span is not None:
            out.setdefault(ci, []).append(span)
    return out


def _free(span: tuple[int, int], taken) -> bool:
    return not any(lo < span[1] and span[0] < hi for lo, hi in taken)


def _from_edits(
    a: Side,
    b: Side,
    alignment: list[AlignmentEntry],
    items_a: list[_Item],
    items_b: list[_Item],
    reported: list[ItemChange],
    entry_a: dict[int, int],
    entry_b: dict[int, int],
) -> list[tuple[tuple, ItemChange]]:
    """Items the edits show where the list reader read no list (see edits.py), never over an item read;
    a provision named by its first words does not count there ("(a) All chemical and biological weapons
    and all stocks of agents and ...": its name's words may hold the list an edit changed)."""
    named_a = {it.span for it in items_a if _named_by_first_words(it)}
    named_b = {it.span for it in items_b if _named_by_first_words(it)}
    # spans by clause: each edit is tested against its own clause's items only (linear in the document)
    taken_a = _by_clause(
        [(it.clause, it.span) for it in items_a if it.span not in named_a]
        + [(c.a_clause, c.a_span) for c in reported if c.a_span not in named_a]
    )
    taken_b = _by_clause(
        [(it.clause, it.span) for it in items_b if it.span not in named_b]
        + [(c.b_clause, c.b_span) for c in reported if c.b_span not in named_b]
    )

    # a long member read whole yields only to an item the list reader reported changed, not to the shorter
    # items it read inside the member and kept ("any licence or permit" of "any licence or permit granted
    # prior to the date of ...", read in one version only)
    told_a = _by_clause([(c.a_clause, c.a_span) for c in reported if c.status != ItemStatus.KEPT])
    told_b = _by_clause([(c.b_clause, c.b_span) for c in reported if c.status != ItemStatus.KEPT])

    def free(span, clause, taken) -> bool:
        return span is None or _free(span, taken.get(clause, ()))

    where_a, where_b = context_labels(a.clauses), context_labels(b.clauses)
    out: list[tuple[tuple, ItemChange]] = []
    lang = _doc_lang(b)
    for ed in edit_items_split(a, b, alignment, lang):  # the other core reads the later entries
        ta_, tb_ = (told_a, told_b) if ed.whole else (taken_a, taken_b)
        if not (free(ed.a_span, ed.a_clause, ta_) and free(ed.b_span, ed.b_clause, tb_)):
            continue
        side, span, ci, where = (
            (b, ed.b_span, ed.b_clause, where_b) if ed.b_span else (a, ed.a_span, ed.a_clause, where_a)
        )
        c = side.clauses[ci]
        if _addressee(side.document.text, c.start, c.end, span, lang):
            continue
        # ", as well as" before a member joins it to the one before; it names no list
        name = list_description(intro_before(_AS_WELL_AS.sub("", side.document.text[c.start : span[0]])))
        ta = a.document.text[ed.a_span[0] : ed.a_span[1]] if ed.a_span else None
        tb = b.document.text[ed.b_span[0] : ed.b_span[1]] if ed.b_span else None
        entries = entry_b if side is b else entry_a
        order = (_entry_pos(entries, ci, len(alignment)), 0, span[0], 0, 0)
        out.append(
            (
                order,
                ItemChange(
                    ItemStatus(ed.status),
                    ta,
                    tb,
                    ed.a_clause,
                    ed.b_clause,
                    name,
                    ed.a_span,
                    ed.b_span,
                    where[ci],
                ),
            )
        )
    return out


_AS_WELL_AS = re.compile(r",?\s+as\s+well\s+as\s*$", re.IGNORECASE)
_HARD_STOP = re.compile(r"[;:.](?:\s|$)")


def _addressee(text: str, start: int, end: int, span: tuple[int, int], lang: str) -> bool:
    """An edit among the addressees of a paragraph ("Calls upon all States{+, regional organizations+} and
    international organizations to act") or the parties it names ("all parties, in particular ..."): who is
    asked, not an item of a list (see shapes.addressed, shapes.named_parties)."""
    end = min(end, span[1] + 400)  # windows either side: a long clause with many edits stays linear
    stop = _HARD_STOP.search(text, span[1], end)
    after = item_words(text, span[1], stop.start() if stop else end)
    before = item_words(text, max(start, span[0] - 300), span[0])
    if span[0] - start > 300:
        return named_parties(before, lexicon(lang))  # the verb is too far back for addressees
    return addressed(before, after, lexicon(lang), reach=30) or named_parties(before, lexicon(lang))


def _named_by_first_words(it: _Item) -> bool:
    """A provision named by its first words only (its whole text goes on past the name)."""
    return it.named and it.body is not None and len(it.words) < len(it.body)


def _near(alignment: list[AlignmentEntry]) -> tuple[set[int], set[int]]:
    """Clauses on each side next to a change (its entry and the entries either side): a run of
    sub-paragraphs is read on both sides when one side changed, even where the other side's clauses all
    count as unchanged (an inserted "(b)" reletters its siblings, and relettering alone is no change)."""
    near_a: set[int] = set()
    near_b: set[int] = set()
    for n, e in enumerate(alignment):
        if e.kind == Kind.EQUAL and not e.moved:
            continue
        for k in (n - 1, n, n + 1):
            if 0 <= k < len(alignment):
                near_a.update(alignment[k].a)
                near_b.update(alignment[k].b)
    return near_a, near_b


def _beside(a: Side, b: Side, alignment: list[AlignmentEntry]) -> tuple[set[int], set[int]]:
    """Clauses of the entries either side of a clause struck from (or put into) the middle of a paragraph:
    their sentences are read on both sides, so that a list next to "; to place ...;" reads alike in both
    versions (the other side has no changed clause there to read it for)."""
    out_a: set[int] = set()
    out_b: set[int] = set()
    for n, e in enumerate(alignment):
        if e.kind not in (Kind.ADDED, Kind.REMOVED):
            continue
        side, mine = (a, e.a) if e.a else (b, e.b)
        paras = {side.clauses[ci].paragraph for ci in mine}
        for k in (n - 1, n + 1):
            if 0 <= k < len(alignment):
                nb = alignment[k]
                own = nb.a if side is a else nb.b
                if any(side.clauses[ci].paragraph in paras for ci in own):
                    out_a.update(nb.a)
                    out_b.update(nb.b)
    return out_a, out_b


def _once(changes) -> list[ItemChange]:
    """No item twice because its list was read twice (a sentence and its projection)."""
    out: list[ItemChange] = []
    seen: set[tuple] = set()
    for c in changes:
        key = (c.status, c.a_span, c.b_span)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _project(
    src_lists: list[_List], dst_lists: list[_List], dst: Side, alignment: list[AlignmentEntry], src: str
) -> list[_Item]:
    """Find a list's items in its aligned partner clause when the list reader saw no list there.

    A list that shrinks to two items ("sovereignty and territorial integrity") or that the other version
    words more loosely is no longer read as a list; without this, every item would be reported removed
    although only one went. Only items found verbatim (as whole words) in the partner clause are kept.
    """
    listed = {ci for lst in dst_lists for ci in lst.clauses}
    entry_of = _entries_by_clause(alignment, src)
    new_items: list[_Item] = []
    for lst in src_lists:
        for n in sorted({entry_of[ci] for ci in lst.clauses if ci in entry_of}):
            partner = alignment[n].b if src == "a" else alignment[n].a
            if not partner or any(ci in listed for ci in partner):
                continue
            found: list[tuple[tuple[int, int], int]] = []
            own = set(alignment[n].a if src == "a" else alignment[n].b)
            # an item is looked for only in the partner of its own clause: "(a) Prevent the entry ..." struck
            # is not found again inside "(a) Take measures to prevent the entry ..." that stood after it
            for it in (x for x in lst.items if x.clause in own):
                for ci in partner:
                    c = dst.clauses[ci]
                    m = re.search(r"(?<!\w)" + re.escape(it.text) + r"(?!\w)", c.text, re.IGNORECASE)
                    if m:
                        found.append(((c.start + m.start(), c.start + m.end()), ci))
                        break
            if not found:
                continue
            found.sort()
            new = _List(lst.intro, set(), label=lst.label)
            lang = detect_language(dst.document.text[found[0][0][0] : found[-1][0][1]])
            for span, ci in found:
                item = _make_item(
                    dst.document.text[span[0] : span[1]], span, ci, len(dst_lists), len(new.items), lang
                )
                if item is not None:
                    new.items.append(item)
                    new.clauses.add(ci)
            if new.items:
                dst_lists.append(new)
                listed |= new.clauses
                new_items += new.items
    return new_items


def _entry_pos(entries: dict[int, int], clause: int, n_entries: int) -> float:
    """Where a clause stands in the alignment (the reading order of the comparison)."""
    if clause in entries:
        return float(entries[clause])
    return n_entries + clause / 1_000_000  # not in the alignment: keep document order after everything


def _removed_order(
    it: _Item,
    lst: _List,
    items_b: list[_Item],
    partner_lists: set[int],
    entry_a: dict[int, int],
    entry_b: dict[int, int],
    n_entries: int,
) -> tuple:
    """A removed item stands right after its nearest surviving predecessor in the new version of its
    list (or before its nearest surviving successor); failing both, where its clause was."""
    survivors = [x for x in lst.items if x.matched is not None and items_b[x.matched].lst in partner_lists]
    before = [x for x in survivors if x.pos < it.pos]
    after = [x for x in survivors if x.pos > it.pos]
    if before:
        partner = items_b[before[-1].matched]
        return (_entry_pos(entry_b, partner.clause, n_entries), 0, partner.span[0], 1, it.span[0])
    if after:
        partner = items_b[after[0].matched]
        return (_entry_pos(entry_b, partner.clause, n_entries), 0, partner.span[0], -1, it.span[0])
    return (_entry_pos(entry_a, it.clause, n_entries), -1, 0, 0, it.span[0])


def summarize_items(items: list[ItemChange]) -> dict[str, list[str]]:
    """Item texts by status for the CLI and reports; modified items read "old → new"."""
    out: dict[str, list[str]] = {
        s.value: [] for s in (ItemStatus.ADDED, ItemStatus.REMOVED, ItemStatus.MODIFIED, ItemStatus.KEPT)
    }
    for ch in items:
        if ch.status == ItemStatus.ADDED:
            out["added"].append(ch.b or "")
        elif ch.status == ItemStatus.REMOVED:
            out["removed"].append(ch.a or "")
        elif ch.status == ItemStatus.MODIFIED:
            out["modified"].append(f"{ch.a} → {ch.b}")
        else:
            out["kept"].append(ch.b or "")
    return out
