"""Items read from the edits (:func:`.edits.edit_items`), the later entries on the other core.

Each changed entry is re-tokenised and diffed on its own, so on a revision that changed nearly every
clause this is the largest part of the lists stage, done once the second core has nothing left to do
(the lists read ahead and the word diff came back). The entries are cut where the text of the changed
ones reaches half; both halves are read by the same function, one entry at a time, and joined in order,
so the items are the same (and in the same order) wherever they were read.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import AlignmentEntry, Kind, Side
from ..runtime.fork import PARALLEL_MIN_CHARS, can_fork, halfway, in_child
from .edits import EditItem, edit_items


def edit_items_split(a: Side, b: Side, alignment: list[AlignmentEntry], lang: str) -> Iterator[EditItem]:
    """What ``edit_items(a, b, alignment, lang)`` yields, in the same order."""
    weight = [_weight(a, b, e) for e in alignment]
    if sum(weight) < PARALLEL_MIN_CHARS or not can_fork():
        yield from edit_items(a, b, alignment, lang)
        return
    cut = halfway(weight)
    with in_child(_all_items, a, b, alignment[cut:], lang) as later:
        yield from edit_items(a, b, alignment[:cut], lang)
        yield from later()


def _all_items(a: Side, b: Side, alignment: list[AlignmentEntry], lang: str) -> list[EditItem]:
    return list(edit_items(a, b, alignment, lang))


def _weight(a: Side, b: Side, e: AlignmentEntry) -> int:
    """About the work ``edit_items`` does on an entry: the length of its clauses, if it reads them at all."""
    if e.kind == Kind.EQUAL or not e.a or not e.b:
        return 0
    ca, cb = a.clauses, b.clauses
    return sum(ca[i].end - ca[i].start for i in e.a) + sum(cb[j].end - cb[j].start for j in e.b)
