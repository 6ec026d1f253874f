"""A draft's history: compare a series of versions step by step and chain the steps together.

Each consecutive pair goes through the ordinary two-document pipeline
(:func:`compare.engine.compare_documents`), so a step of a series is exactly the comparison a user would
get for that pair. From the command line on Linux the steps run on both cores (half of them in a forked
child, see :mod:`compare.runtime.fork`); the result is the same either way. What this module adds is the
chaining: each clause's history back to the first version (:func:`clause_history`) and each list item's
timeline (:func:`items_timeline`), computed from the steps' results alone.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .engine import compare_documents, read_options_for
from .errors import Cancelled
from .model import (
    MAX_VERSIONS,
    ClauseHistory,
    CompareOptions,
    ComparisonResult,
    ComparisonSeries,
    Document,
    HistoryStep,
    ItemChange,
    ItemState,
    ItemStatus,
    Kind,
    SeriesStep,
    SeriesVersion,
    TimelineItem,
    TimelineList,
)
from .readers import read_document
from .runtime.fork import ENV as PARALLEL_ENV
from .runtime.fork import can_fork, in_child

__all__ = [
    "MAX_VERSIONS",
    "clause_history",
    "compare_series",
    "compare_series_files",
    "compare_versions",
    "items_timeline",
]

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]


# --------------------------------------------------------------------------- running the steps


def compare_series_files(
    paths: Sequence[str | os.PathLike],
    options: CompareOptions = CompareOptions(),
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    *,
    names: Sequence[str] | None = None,
    parallel: bool | None = None,
) -> ComparisonSeries:
    """Read every version (all of them first, so a bad file is reported before any work) and compare them.

    A file that cannot be read raises the reader's ``DocumentError``, whose message names the file."""
    if len(paths) < 2:
        raise ValueError("a series needs at least two versions")
    ro = read_options_for(options)
    documents = []
    for k, path in enumerate(paths):
        _check(progress, cancel, 0.05 * k / len(paths), f"Reading v{k + 1}")
        documents.append(read_document(path, ro))
    return compare_series(documents, options, progress, cancel, names=names, parallel=parallel, start=0.05)


def compare_series(
    documents: Sequence[Document],
    options: CompareOptions = CompareOptions(),
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    *,
    names: Sequence[str] | None = None,
    parallel: bool | None = None,
    start: float = 0.0,
) -> ComparisonSeries:
    """Compare ``documents[k]`` with ``documents[k + 1]`` for every k, then chain the steps.

    ``progress(fraction, text)`` gets the overall fraction (from ``start`` to 1.0); ``cancel()`` is polled
    between and inside the steps and makes this raise :class:`compare.errors.Cancelled`. ``parallel``:
    None uses the second core where :func:`compare.runtime.fork.can_fork` allows (never in the window),
    False never forks, True forks when it can. The result is the same either way.
    """
    if len(documents) < 2:
        raise ValueError("a series needs at least two versions")
    if names is not None and len(names) != len(documents):
        raise ValueError("one name per version")
    n_steps = len(documents) - 1
    use_fork = (parallel is None or parallel) and n_steps > 1 and can_fork()
    results = _run_steps(documents, options, progress, cancel, start, use_fork)
    _check(progress, cancel, 0.97, "Chaining the versions")
    series = build_series(documents, results, options, names)
    if progress is not None:
        progress(1.0, "Done")
    return series


def _run_steps(documents, options, progress, cancel, start: float, use_fork: bool) -> list[ComparisonResult]:
    n_steps = len(documents) - 1
    span = 0.95 - start
    done = 0

    def step(k: int, share: int) -> ComparisonResult:
        nonlocal done
        base = start + span * done / share

        def sub(fraction: float, what: str) -> None:
            if progress is not None:
                progress(base + span * fraction / share, f"v{k + 1} → v{k + 2}: {what}")

        result = compare_documents(
            documents[k], documents[k + 1], options=options, progress=sub, cancel=cancel
        )
        done += 1
        return result

    if not use_fork:
        return [step(k, n_steps) for k in range(n_steps)]
    # two workers, one step in two each (alternating, so early and late drafts, which differ in size, are
    # shared out); each step runs in one process, so neither worker forks again
    theirs = list(range(1, n_steps, 2))
    ours = list(range(0, n_steps, 2))
    with in_child(_steps_in_child, documents, options, theirs) as pending, _single_core_steps():
        mine = {k: step(k, len(ours)) for k in ours}
        _check(progress, cancel, 0.95, "Waiting for the other core")
        other = dict(zip(theirs, pending(), strict=True))
    return [mine[k] if k in mine else _rejoin(other[k], documents, k) for k in range(n_steps)]


def _steps_in_child(documents: Sequence[Document], options: CompareOptions, ks: list[int]):
    """The other worker's steps (in the child, or here if the child failed: then in one process)."""
    with _single_core_steps():
        return [compare_documents(documents[k], documents[k + 1], options=options) for k in ks]


def _rejoin(result: ComparisonResult, documents: Sequence[Document], k: int) -> ComparisonResult:
    """A step computed in the child refers to copies of the documents: point it back at the originals."""
    result.a.document, result.b.document = documents[k], documents[k + 1]
    return result


@contextlib.contextmanager
def _single_core_steps() -> Iterator[None]:
    """While the steps share the two cores, a step does not also fork (that would be three processes)."""
    before = os.environ.get(PARALLEL_ENV)
    os.environ[PARALLEL_ENV] = "0"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(PARALLEL_ENV, None)
        else:
            os.environ[PARALLEL_ENV] = before


def _check(progress: Progress | None, cancel: CancelCheck | None, fraction: float, what: str) -> None:
    if cancel is not None and cancel():
        raise Cancelled("Comparison cancelled")
    if progress is not None:
        progress(fraction, what)


def build_series(
    documents: Sequence[Document],
    results: Sequence[ComparisonResult],
    options: CompareOptions,
    names: Sequence[str] | None = None,
) -> ComparisonSeries:
    """The series model from the steps' results (``results[k]`` compares documents k and k + 1)."""
    sides = [results[0].a] + [r.b for r in results]
    versions = [
        SeriesVersion(k, names[k] if names is not None else documents[k].name, side)
        for k, side in enumerate(sides)
    ]
    steps = [SeriesStep(k, k + 1, r) for k, r in enumerate(results)]
    series = ComparisonSeries(
        versions=versions,
        steps=steps,
        history=[],
        items_timeline=[],
        options=options,
        compared_at=datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
    )
    last = len(versions) - 1
    links = _Links(series)
    series.history = [clause_history(series, last, c, links) for c in range(len(sides[-1].clauses))]
    series.items_timeline = items_timeline(series, links)
    return series


def compare_versions(
    series: ComparisonSeries,
    i: int,
    j: int,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ComparisonResult:
    """The comparison of version ``i`` (as the original) with version ``j`` (as the revised), any two.

    Neighbours (j == i + 1) give the step's own result; any other pair is compared directly (not
    composed from the steps), with the series' options, exactly as the two files would be on their own.
    """
    n = len(series.versions)
    if not (0 <= i < n and 0 <= j < n) or i == j:
        raise ValueError(f"versions {i} and {j}: expected two different indices from 0 to {n - 1}")
    if j == i + 1:
        return series.steps[i].result
    return compare_documents(
        series.versions[i].document,
        series.versions[j].document,
        options=series.options,
        progress=progress,
        cancel=cancel,
    )


# --------------------------------------------------------------------------- clause histories


class _Links:
    """For each step, which alignment entry holds each clause of either version (built once)."""

    def __init__(self, series: ComparisonSeries) -> None:
        self.alignments = [step.result.alignment for step in series.steps]
        self.entry_of_a: list[dict[int, int]] = []
        self.entry_of_b: list[dict[int, int]] = []
        for alignment in self.alignments:
            of_a: dict[int, int] = {}
            of_b: dict[int, int] = {}
            for n, e in enumerate(alignment):
                for i in e.a:
                    of_a[i] = n
                for j in e.b:
                    of_b[j] = n
            self.entry_of_a.append(of_a)
            self.entry_of_b.append(of_b)

    def forward(self, step: int, clause: int | None) -> int | None:
        """Where clause ``clause`` of the step's older version went in its newer one (its first clause)."""
        if clause is None or clause not in self.entry_of_a[step]:
            return None
        e = self.alignments[step][self.entry_of_a[step][clause]]
        return e.b[0] if e.b else None


def clause_history(
    series: ComparisonSeries, version: int, clause: int, _links: _Links | None = None
) -> ClauseHistory:
    """Clause ``clause`` of version ``version`` followed back, step by step, to where it first appears."""
    links = _links or _Links(series)
    n = len(series.versions)
    chain: list[tuple[int, ...]] = [()] * n
    chain[version] = (clause,)
    back: list[HistoryStep] = []
    first = version
    current: tuple[int, ...] = (clause,)
    for v in range(version, 0, -1):
        result = series.steps[v - 1].result
        entries = tuple(sorted({links.entry_of_b[v - 1][j] for j in current}))
        found = [result.alignment[x] for x in entries]
        prev = tuple(sorted({i for e in found for i in e.a}))
        if not prev:
            back.append(HistoryStep(v, current, Kind.ADDED, entries=entries))
            break
        changed = any(e.kind != Kind.EQUAL for e in found)
        back.append(
            HistoryStep(
                v,
                current,
                Kind.CHANGED if changed else Kind.EQUAL,
                moved=any(e.moved for e in found),
                relabelled=any(e.relabelled for e in found),
                entries=entries,
            )
        )
        chain[v - 1] = prev
        current = prev
        first = v - 1
    steps = list(reversed(back))
    c = series.versions[version].side.clauses[clause]
    return ClauseHistory(
        version=version,
        clause=clause,
        label=c.label,
        text=c.text,
        first=first,
        chain=chain,
        steps=steps,
        summary=_history_summary(first, steps, series),
    )


def _history_summary(first: int, steps: list[HistoryStep], series: ComparisonSeries) -> str:
    tag = [v.tag for v in series.versions]
    parts = [] if first == 0 else [f"first in {tag[first]}"]
    for s in steps:
        if s.kind == Kind.ADDED:
            continue
        words = [w for w, on in (("moved", s.moved), ("reworded", s.kind == Kind.CHANGED)) if on]
        if not words and s.relabelled:
            words = ["renumbered"]
        if words:
            parts.append(f"{' and '.join(words)} in {tag[s.version]}")
    if not parts:
        return f"unchanged since {tag[0]}"
    if first == 0:
        parts.insert(0, f"in {tag[0]}")
    return ", ".join(parts)


# --------------------------------------------------------------------------- items timeline


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold()


Key = tuple[str, str | None]  # (list name, paragraph label) as an ItemChange gives them


@dataclass(slots=True)
class _Chain:
    """One item being followed through the steps."""

    texts: list[str | None]
    states: list[ItemState]
    clauses: list[int | None]  # the clause it stands in, per version (None where absent or unknown)
    keys: list[Key]  # every (list, label) it was reported under, latest last
    order: tuple[int, int]  # (step, position) where it was first reported
    open: bool = True
    touched: int = -1  # the last version a step reported it in
    lists: list[Key] = field(default_factory=list)  # the keys of the list it is shown in (see _group)


def items_timeline(series: ComparisonSeries, _links: _Links | None = None) -> list[TimelineList]:
    """Every list item any step reported, with its state in each version, grouped by list and label.

    A step reports only the items of lists it changed; an item a step does not mention keeps its state
    (present stays present, with the same text). An item is followed from one step to the next by its
    text (a modified item by its new text) within the same list: same list name and label first, then the
    same name (the paragraph was renumbered), then the same label (the introduction was reworded), each
    preferring the clause the item stood in. An item added again after it was removed is the same row.
    An item first met as kept, modified or removed was there as long as its clause was (its list did not
    change before): from the clause's first version, where it came in with the clause.
    """
    links = _links or _Links(series)
    n = len(series.versions)
    chains: list[_Chain] = []
    for s, step in enumerate(series.steps):
        v = s + 1  # the version this step arrives at
        index = _Index(chains, v)
        for pos, it in enumerate(step.result.items):
            _apply(series, links, chains, index, it, v, (s, pos))
        for ch in chains:
            if ch.touched != v:
                ch.texts[v] = ch.texts[v - 1]
                ch.states[v] = ItemState.PRESENT if ch.open else ItemState.ABSENT
                ch.clauses[v] = links.forward(s, ch.clauses[v - 1]) if ch.open else None
    return _group(chains, series, n)


def _apply(
    series, links: _Links, chains: list[_Chain], index: _Index, it: ItemChange, v: int, order: tuple[int, int]
) -> None:
    n = len(series.versions)
    key = (it.list, it.label)
    if it.status == ItemStatus.ADDED:
        ch = _find(index.closed.get(_norm(it.b), ()), key, None, v)
        if ch is None:
            ch = _Chain([None] * n, [ItemState.ABSENT] * n, [None] * n, [], order)
            chains.append(ch)
        ch.open, ch.texts[v], ch.states[v] = True, it.b, ItemState.ADDED
    else:
        ch = _find(index.open.get(_norm(it.a), ()), key, it.a_clause, v)
        if ch is None:
            ch = _backfilled(series, links, it, v, order)
            chains.append(ch)
        if it.status == ItemStatus.REMOVED:
            ch.open, ch.texts[v], ch.states[v] = False, None, ItemState.REMOVED
        else:
            ch.texts[v] = it.b
            ch.states[v] = ItemState.MODIFIED if it.status == ItemStatus.MODIFIED else ItemState.PRESENT
    ch.clauses[v] = it.b_clause
    ch.touched = v
    if ch.keys and not _same_list(ch.keys[-1], key):
        ch.lists.clear()  # the same item in the same clause, but the step names another list: it moved
    ch.keys.append(key)
    ch.lists.append(key)


def _backfilled(series, links: _Links, it: ItemChange, v: int, order: tuple[int, int]) -> _Chain:
    """An item a step found in version v-1 that no earlier step reported: there since its clause was."""
    n = len(series.versions)
    texts: list[str | None] = [None] * n
    states = [ItemState.ABSENT] * n
    clauses: list[int | None] = [None] * n
    first = 0
    if it.a_clause is not None:
        history = clause_history(series, v - 1, it.a_clause, links)
        first = history.first
        for k in range(first, v):
            clauses[k] = history.chain[k][0]
    for k in range(first, v):
        texts[k], states[k] = it.a, ItemState.PRESENT
    if first > 0:
        states[first] = ItemState.ADDED
    return _Chain(texts, states, clauses, [], order)


class _Index:
    """The chains a step's items can continue, by text: open ones by their text in the version before the
    step, closed ones (removed earlier) by their last text."""

    def __init__(self, chains: list[_Chain], v: int) -> None:
        self.open: dict[str, list[_Chain]] = {}
        self.closed: dict[str, list[_Chain]] = {}
        for ch in chains:
            if ch.open:
                self.open.setdefault(_norm(ch.texts[v - 1]), []).append(ch)
            else:
                self.closed.setdefault(_norm(_last(ch)), []).append(ch)


def _find(same_text: list[_Chain] | tuple, key: Key, clause: int | None, v: int) -> _Chain | None:
    """The chain this step's item continues: same text, not yet used in this step, best key match first."""
    candidates = [ch for ch in same_text if ch.touched != v and ch.keys]
    for match in (
        lambda k: k == key,
        lambda k: k[0] == key[0],
        lambda k: _same_list(k, key),
    ):
        same = [ch for ch in candidates if match(ch.keys[-1])]
        if same:
            return next((ch for ch in same if clause is not None and ch.clauses[v - 1] == clause), same[0])
    # the same text in the same clause is the same item, whatever list the step puts it in
    return next((ch for ch in candidates if clause is not None and ch.clauses[v - 1] == clause), None)


def _same_list(k1: Key, k2: Key) -> bool:
    """Same list name, or same paragraph label: one list, renumbered or with its introduction reworded."""
    return k1[0] == k2[0] or (k1[1] == k2[1] and k1[1] is not None)


def _last(ch: _Chain) -> str | None:
    return next((t for t in reversed(ch.texts) if t is not None), None)


def _group(chains: list[_Chain], series: ComparisonSeries, n: int) -> list[TimelineList]:
    """Chains grouped by list: two (list, label) keys are one list when an item was reported under both
    (a renumbered paragraph, a reworded introduction). An item that a step puts in another list of its
    clause (same text, same clause, neither name nor label shared) is shown in the list it is in now."""
    parent: dict[Key, Key] = {}

    def root(k: Key) -> Key:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for ch in chains:
        for k in ch.lists[1:]:
            a, b = root(ch.lists[0]), root(k)
            if a != b:
                parent[b] = a
    groups: dict[Key, list[_Chain]] = {}
    for ch in sorted(chains, key=lambda c: c.order):
        groups.setdefault(root(ch.lists[0]), []).append(ch)
    out: list[TimelineList] = []
    for members in groups.values():
        latest = max(members, key=lambda c: (c.touched, c.order)).keys[-1]
        items = [TimelineItem(ch.texts, ch.states, _item_summary(ch, series)) for ch in members]
        out.append(TimelineList(latest[0], latest[1], _place(*latest), items))
    return out


def _item_summary(ch: _Chain, series: ComparisonSeries) -> str:
    words = {ItemState.ADDED: "added", ItemState.REMOVED: "removed", ItemState.MODIFIED: "modified"}
    parts = [f"{words[s]} in {series.versions[k].tag}" for k, s in enumerate(ch.states) if s in words]
    return ", ".join(parts) if parts else "in every version"


def _place(name: str, label: str | None) -> str:
    """Where a list stands, as a person says it (the same wording as the two-version reports)."""
    name = name or "list"
    if not label:
        return name
    if label == "preamble":
        return f"{name} (preamble)"
    return f"{name} in {label if label.startswith('annex') else '§' + label}"
