"""How a person refers to a change: shared by the CLI summary, the GUI change list and the reports."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import AlignmentEntry, Clause, ComparisonResult, ItemChange, ItemStatus, Kind


def clause_ref(result: ComparisonResult, side: str, i: int, with_side: bool = True) -> str:
    """A clause's label ("§4(c)") or paragraph ("new ¶7"), plus ", sentence 2" when the same reference
    covers several clauses, so that two changes in one paragraph never read alike."""
    clauses = result.side(side).clauses
    c = clauses[i]
    paragraphs = result.side(side).document.paragraphs
    own = paragraphs[c.paragraph].label if 0 <= c.paragraph < len(paragraphs) else None
    if c.label:
        ref = f"§{c.label}"
    elif own and own.strip(" .()"):  # the document numbers this paragraph itself (Word numbering)
        ref = f"§{own.strip(' .')}"
    else:
        ref = f"{'new' if side == 'b' else 'old'} ¶{c.paragraph + 1}" if with_side else f"¶{c.paragraph + 1}"
    k = _run_starts(clauses)[i]
    return ref if k == i else f"{ref}, sentence {i - k + 1}"


# The run starts of the last result's two sides: a report describes every entry, and walking back to the
# paragraph's start for each one is quadratic in a paragraph of many short lines.
_RUNS: dict[int, tuple[Sequence[Clause], list[int]]] = {}


def _run_starts(clauses: Sequence[Clause]) -> list[int]:
    """For each clause, the first clause of the run that shares its paragraph and label."""
    hit = _RUNS.get(id(clauses))
    if hit is not None and hit[0] is clauses and len(hit[1]) == len(clauses):
        return hit[1]
    starts: list[int] = []
    for k, c in enumerate(clauses):
        prev = clauses[k - 1] if k else None
        same = prev is not None and prev.paragraph == c.paragraph and prev.label == c.label
        starts.append(starts[-1] if same else k)
    if len(_RUNS) >= 2:
        _RUNS.clear()
    _RUNS[id(clauses)] = (clauses, starts)
    return starts


def entry_label(result: ComparisonResult, e: AlignmentEntry) -> str:
    """How a person refers to the place of a change: its label ("§4(c)") or its paragraph ("¶7")."""
    for side, idx in (("b", e.b), ("a", e.a)):
        for i in idx:
            if result.side(side).clauses[i].label:
                return clause_ref(result, side, i)
    side, idx = ("b", e.b) if e.b else ("a", e.a)
    return clause_ref(result, side, idx[0])


def describe(result: ComparisonResult, e: AlignmentEntry) -> str:
    """One-line description of an entry: "§4(c) changed", "¶8 added", "§3 moved (from §5)"."""
    if e.manual and e.a and e.b:  # the user's own link: say so, in the user's terms (new side first)
        new, old = clause_ref(result, "b", e.b[0]), clause_ref(result, "a", e.a[0])
        return f"{new} paired by hand with {old}" + (", changed" if e.kind == Kind.CHANGED else "")
    label = entry_label(result, e)
    words = [str(e.kind) if e.kind != Kind.EQUAL else "unchanged"]
    if e.moved:
        src = clause_ref(result, "a", e.a[0])
        words = ["moved" if e.kind == Kind.EQUAL else "moved and changed", f"(from {src})"]
    elif e.relabelled:
        olds = list(dict.fromkeys(result.a.clauses[i].label for i in e.a))
        words.append(f"(renumbered from {', '.join('§' + x for x in olds if x) or 'no number'})")
    if e.manual:
        words.append("(unpaired by hand)")
    return f"{label} {' '.join(words)}"


def list_place(it: ItemChange) -> str:
    """Where an item's list stands, as a person says it: "exemptions from the export ban in 4(c)"."""
    where = "" if not it.label else "the preamble" if it.label == "preamble" else it.label
    if where and not (where == "the preamble" or where.startswith("annex")):
        where = f"§{where}"
    if not it.list:  # no readable introduction: say where it stands ("a list in §16", not "list in §16")
        return f"a list in {where}" if where else "a list"
    if not where:
        return it.list
    return f"{it.list} in {where}" if it.label != "preamble" else f"{it.list} (preamble)"


def item_name(it: ItemChange) -> str:
    """The item as shown: its text, or "old → new" when modified."""
    if it.status == ItemStatus.MODIFIED:
        return f"{it.a} → {it.b}"
    return (it.b if it.status != ItemStatus.REMOVED else it.a) or it.a or it.b or ""


def group_items(items: list[ItemChange], status: ItemStatus) -> list[tuple[str, list[ItemChange]]]:
    """Items of one status grouped by list and paragraph label, in reading order, each item once per list
    (an item in two lists shows under each)."""
    groups: dict[tuple[str, str | None], list[ItemChange]] = {}
    seen: set[tuple[str, str | None, str]] = set()
    for it in items:
        if it.status != status:
            continue
        key = (it.list, it.label)
        name = item_name(it).casefold()
        if (*key, name) in seen:
            continue
        seen.add((*key, name))
        groups.setdefault(key, []).append(it)
    return [(list_place(members[0]), members) for members in groups.values()]
