"""The comparison pipeline: read, segment, align, diff, find items, count.

One function per entry point so the CLI, the GUI worker, the exporters' tests and the benchmarks all run
exactly the same code. Progress and cancellation are plain callables so nothing here knows about Qt.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from .align.aligner import Group
from .align.pins import Pair, align_pinned
from .diff.worddiff import DiffFlags, count_words, word_diff
from .errors import Cancelled
from .lists.items import find_item_changes, read_ahead
from .model import (
    AlignmentEntry,
    CompareOptions,
    ComparisonResult,
    DiffOp,
    Document,
    ItemChange,
    ItemStatus,
    Kind,
    SegmentMode,
    Side,
    Stats,
)
from .readers import ReadOptions, read_document
from .readers.gcpause import collector_paused
from .runtime.fork import PARALLEL_MIN_CHARS, can_fork, halfway, in_child
from .text.segment import segment

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
Early = Callable[["ComparisonResult"], None]


def read_options_for(options: CompareOptions) -> ReadOptions:
    """In ``lines`` mode every input line is a clause, so lines must not be reflowed into paragraphs."""
    return ReadOptions(reflow=options.segment != SegmentMode.LINES, revisions=options.revisions)


def compare_files(
    path_a: str | os.PathLike,
    path_b: str | os.PathLike,
    options: CompareOptions = CompareOptions(),
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    pins: Sequence[Pair] = (),
    cuts: Sequence[Pair] = (),
    early: Early | None = None,
) -> ComparisonResult:
    ro = read_options_for(options)
    _step(progress, cancel, 0.0, "Reading original")
    doc_a = read_document(path_a, ro)
    _step(progress, cancel, 0.1, "Reading revised")
    doc_b = read_document(path_b, ro)
    return compare_documents(doc_a, doc_b, options, progress, cancel, pins, cuts, early)


def compare_documents(
    doc_a: Document,
    doc_b: Document,
    options: CompareOptions = CompareOptions(),
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    pins: Sequence[Pair] = (),
    cuts: Sequence[Pair] = (),
    early: Early | None = None,
) -> ComparisonResult:
    """Compare two documents. ``pins``: (old, new) clause indices the user paired by hand, kept as given
    while the rest is aligned around them; ``cuts``: pairs the user unpaired (see :mod:`compare.align.pins`).
    A pair naming a clause the documents do not have raises :class:`compare.align.pins.PinError`.

    ``early``, if given, receives the result before its list items are found (``items_pending`` set, no
    items): on a long draft the lists stage is a third of the time, and a window can show the aligned,
    word-diffed documents meanwhile. The returned result is a separate object sharing that alignment."""
    # millions of small objects, freed by the comparison itself: the cyclic collector's full passes over
    # them cost seconds at scale and, in the window, froze the UI thread for 100 ms
    with collector_paused():
        return _compare(doc_a, doc_b, options, progress, cancel, pins, cuts, early)


def _compare(
    doc_a: Document,
    doc_b: Document,
    options: CompareOptions,
    progress: Progress | None,
    cancel: CancelCheck | None,
    pins: Sequence[Pair] = (),
    cuts: Sequence[Pair] = (),
    early: Early | None = None,
) -> ComparisonResult:
    """The pipeline, one line a stage (reading happened before: see ``compare_files``)."""
    side_a, side_b = _segment(doc_a, doc_b, options, progress, cancel)  # text
    with _lists_ahead(side_a, side_b) as lists_ahead:  # the other core reads lists meanwhile
        groups, manual = _align(side_a, side_b, progress, cancel, pins, cuts)  # align
        alignment = _diff(side_a, side_b, groups, options, progress, cancel, manual)  # diff
        _mark_unpaired(alignment, cuts)
        pending = _result(side_a, side_b, alignment, options, pins, cuts)
        if early is not None:
            early(pending)
        items = _items(side_a, side_b, alignment, lists_ahead, progress, cancel)  # lists
    result = _with_items(pending, items)
    _step(progress, cancel, 1.0, "Done")
    return result


def _segment(doc_a: Document, doc_b: Document, options: CompareOptions, progress, cancel) -> tuple[Side, ...]:
    _step(progress, cancel, 0.2, "Splitting into clauses")
    with in_child(segment, doc_b, options.segment) as clauses_b:  # the other core, where it can be used
        side_a = Side(doc_a, segment(doc_a, options.segment))
        return side_a, Side(doc_b, clauses_b())


def _mark_unpaired(alignment: list[AlignmentEntry], cuts: Sequence[Pair]) -> None:
    """A clause left without a partner because the user unpaired it is a manual entry too."""
    cut_a, cut_b = {i for i, _ in cuts}, {j for _, j in cuts}
    for e in alignment:
        if (e.kind == Kind.REMOVED and e.a[0] in cut_a) or (e.kind == Kind.ADDED and e.b[0] in cut_b):
            e.manual = True


def _lists_ahead(side_a: Side, side_b: Side) -> contextlib.AbstractContextManager:
    """Lists of sentences that cannot come out unchanged are read on the other core while aligning."""
    return in_child(read_ahead, side_a, side_b) if can_fork() else contextlib.nullcontext()


def _align(side_a: Side, side_b: Side, progress, cancel, pins=(), cuts=()) -> tuple[list[Group], set[int]]:
    _step(progress, cancel, 0.35, "Aligning clauses")
    a_texts, b_texts = [c.text for c in side_a.clauses], [c.text for c in side_b.clauses]
    return align_pinned(a_texts, b_texts, pins, cuts, cancel=cancel)


def _diff(side_a: Side, side_b: Side, groups: list[Group], options: CompareOptions, progress, cancel, manual):
    _step(progress, cancel, 0.6, "Comparing words")
    return _entries(side_a, side_b, groups, options, manual)


def _items(side_a: Side, side_b: Side, alignment: list[AlignmentEntry], lists_ahead, progress, cancel):
    _step(progress, cancel, 0.85, "Finding list items")
    return find_item_changes(side_a, side_b, alignment, lists_ahead() if lists_ahead else None)


def _result(side_a, side_b, alignment, options: CompareOptions, pins, cuts) -> ComparisonResult:
    """The result before its list items (what ``early`` gets): every count but the items'."""
    result = ComparisonResult(
        a=side_a,
        b=side_b,
        alignment=alignment,
        items=[],
        stats=Stats(),
        options=options,
        compared_at=datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
        pins=sorted(set(map(tuple, pins))),
        cuts=sorted(set(map(tuple, cuts))),
        items_pending=True,
    )
    result.stats = compute_stats(result)
    return result


def _with_items(pending: ComparisonResult, items: list[ItemChange]) -> ComparisonResult:
    """The finished result: a new object (an early one may be on screen) sharing the same alignment."""
    return replace(
        pending, items=items, items_pending=False, stats=replace(pending.stats, **_item_counts(items))
    )


def _step(progress: Progress | None, cancel: CancelCheck | None, fraction: float, what: str) -> None:
    if cancel is not None and cancel():
        raise Cancelled("Comparison cancelled")
    if progress is not None:
        progress(fraction, what)


def _entries(
    side_a: Side, side_b: Side, groups: list[Group], options: CompareOptions, manual: set[int] = frozenset()
) -> list[AlignmentEntry]:
    flags = DiffFlags(
        options.ignore_case, options.ignore_punctuation, options.ignore_whitespace, options.granularity
    )
    ca, cb = side_a.clauses, side_b.clauses
    entries: list[AlignmentEntry] = []
    texts = [(" ".join(ca[i].text for i in g.a), " ".join(cb[j].text for j in g.b)) for g in groups]
    for n, (g, diff) in enumerate(zip(groups, _word_diffs(texts, flags), strict=True)):
        kind = Kind.CHANGED if any(d.op != "=" for d in diff) else Kind.EQUAL
        relabelled = _labels(ca, g.a) != _labels(cb, g.b)
        entries.append(
            AlignmentEntry(kind, tuple(g.a), tuple(g.b), g.score, diff, g.moved, relabelled, n in manual)
        )
    used_b = {j for g in groups for j in g.b}
    for j, c in enumerate(cb):
        if j not in used_b:
            entries.append(AlignmentEntry(Kind.ADDED, (), (j,), 0.0, word_diff("", c.text, flags)))
    entries.sort(key=lambda e: e.b[0])
    return _place_removed(entries, side_a, groups, flags)


def _word_diffs(texts: list[tuple[str, str]], flags: DiffFlags) -> list[tuple[DiffOp, ...]]:
    """``word_diff`` of each (old, new) pair, the later pairs on the other core where it can be used.

    The pairs are cut where the characters of the changed ones reach half (identical pairs cost nothing),
    so a revision that changed every clause diffs in about half the time. Each pair is diffed alone, so the
    ops are the same wherever they were computed."""
    weight = [len(a) + len(b) if a != b else 0 for a, b in texts]
    if sum(weight) < PARALLEL_MIN_CHARS or not can_fork():
        return [word_diff(a, b, flags) for a, b in texts]
    cut = halfway(weight)
    with in_child(_packed_diffs, texts[cut:], flags) as later:
        first = [word_diff(a, b, flags) for a, b in texts[:cut]]
        return first + _unpacked(later())


def _packed_diffs(
    texts: list[tuple[str, str]], flags: DiffFlags
) -> list[tuple[tuple[str, str, str | None], ...]]:
    """The ops as plain tuples: they pickle in a third of the time of the dataclasses."""
    return [tuple((d.op, d.text, d.old) for d in word_diff(a, b, flags)) for a, b in texts]


def _unpacked(packed: list[tuple[tuple[str, str, str | None], ...]]) -> list[tuple[DiffOp, ...]]:
    return [tuple(DiffOp(op, text, old) for op, text, old in ops) for ops in packed]


def _labels(clauses, idx) -> tuple:
    """The distinct labels of a group, in order: a split clause keeps one number, not two."""
    return tuple(dict.fromkeys(clauses[i].label for i in idx if clauses[i].label))


def _place_removed(entries: list[AlignmentEntry], side_a: Side, groups: list[Group], flags: DiffFlags):
    """Put each removed clause right after the in-place entry holding the closest earlier old clause."""
    used_a = {i for g in groups for i in g.a}
    removed = [i for i in range(len(side_a.clauses)) if i not in used_a]
    if not removed:
        return entries
    anchor_of: dict[int, int] = {}  # old clause index -> position in entries (in-place entries only)
    for pos, e in enumerate(entries):
        if not e.moved:
            for i in e.a:
                anchor_of[i] = pos
    after: dict[int, list[AlignmentEntry]] = {}
    last_pos = -1
    removed_set = set(removed)
    for i in range(len(side_a.clauses)):
        if i in anchor_of:
            last_pos = anchor_of[i]
        elif i in removed_set:
            text = side_a.clauses[i].text
            entry = AlignmentEntry(Kind.REMOVED, (i,), (), 0.0, word_diff(text, "", flags))
            after.setdefault(last_pos, []).append(entry)
    out: list[AlignmentEntry] = list(after.get(-1, []))
    for pos, e in enumerate(entries):
        out.append(e)
        out.extend(after.get(pos, []))
    return out


def _item_counts(items: list[ItemChange]) -> dict[str, int]:
    n = Counter(it.status for it in items)
    return {
        "items_added": n[ItemStatus.ADDED],
        "items_removed": n[ItemStatus.REMOVED],
        "items_kept": n[ItemStatus.KEPT],
        "items_modified": n[ItemStatus.MODIFIED],
    }


def compute_stats(result: ComparisonResult) -> Stats:
    kinds = Counter(e.kind for e in result.alignment)
    s = Stats(
        clauses_a=len(result.a.clauses),
        clauses_b=len(result.b.clauses),
        equal=kinds[Kind.EQUAL],
        changed=kinds[Kind.CHANGED],
        added=kinds[Kind.ADDED],
        removed=kinds[Kind.REMOVED],
        moved=sum(e.moved for e in result.alignment),
        relabelled=sum(e.relabelled for e in result.alignment),
        **_item_counts(result.items),
    )
    for e in result.alignment:
        for d in e.diff:
            if d.op == "+":
                s.words_inserted += count_words(d.text)
            elif d.op == "-":
                s.words_deleted += count_words(d.text)
    return s
