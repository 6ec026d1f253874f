"""The result model: the only contract between the engine, the GUI, the CLI and the exporters.

Everything here is a plain dataclass so that any consumer can use it without knowing how it was made.
Offsets are character offsets into ``Document.text`` -- the text exactly as the user is shown it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SegmentMode(StrEnum):
    CLAUSES = "clauses"
    SENTENCES = "sentences"
    PARAGRAPHS = "paragraphs"
    LINES = "lines"


class Kind(StrEnum):
    EQUAL = "equal"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


class ItemStatus(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    KEPT = "kept"
    MODIFIED = "modified"


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of the document: ``Document.text[start:end]`` (no trailing newline).

    ``label`` is a numbering label that is *not* part of the text (Word automatic numbering, e.g. "4.",
    "(c)"); a label typed into the text stays in the text and is found by segmentation instead.
    ``kind`` is "body", "heading", "list" (bullet or numbered item) or "table" (a table cell).
    ``style`` is the source style name when there is one (e.g. "Heading 1"), kept so exports can reuse it.
    """

    start: int
    end: int
    label: str | None = None
    kind: str = "body"
    style: str | None = None
    level: int = 0


@dataclass(slots=True)
class Document:
    """A loaded document: its display text and its paragraphs.

    Paragraph spans never overlap, are in order, and are separated in ``text`` by exactly one "\\n".
    """

    source: str  # path or a display name such as "Pasted text"
    format: str  # "txt", "md", "docx", "pdf", "odt", "html", "rtf", "text" (pasted)
    text: str
    paragraphs: list[Paragraph]
    title: str | None = None
    modified: str | None = None  # ISO date of the file or document metadata, when known
    warnings: list[str] = field(default_factory=list)  # non-fatal notes for the user ("2 pages had no text")
    fingerprint: str | None = None  # sha256 of the file as read: in-place writers check it is unchanged

    @property
    def name(self) -> str:
        """File name for headers and reports (no directories)."""
        return self.source.replace("\\", "/").rsplit("/", 1)[-1]

    def paragraph_text(self, index: int) -> str:
        p = self.paragraphs[index]
        return self.text[p.start : p.end]

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @classmethod
    def from_paragraphs(
        cls,
        source: str,
        fmt: str,
        paragraphs: list[str] | list[tuple[str, dict]],
        **kwargs,
    ) -> Document:
        """Build a document from paragraph strings (or ``(text, Paragraph-kwargs)`` pairs).

        Readers use this so that the offset bookkeeping lives in one place.
        """
        texts: list[str] = []
        spans: list[Paragraph] = []
        pos = 0
        for item in paragraphs:  # one pass per paragraph: a file of 500,000 lines has as many
            text, extra = (item, None) if isinstance(item, str) else item
            end = pos + len(text)
            spans.append(Paragraph(pos, end, **extra) if extra else Paragraph(pos, end))
            texts.append(text)
            pos = end + 1
        return cls(source=source, format=fmt, text="\n".join(texts), paragraphs=spans, **kwargs)


@dataclass(frozen=True, slots=True)
class Clause:
    """One unit of comparison: ``Document.text[start:end] == text``; the label is kept apart.

    ``label`` is the full hierarchical label when known ("4(c)"), ``None`` otherwise.
    ``label_start``/``label_end`` locate the label in the text when it was typed there (else both -1).
    """

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    label: str | None = None
    label_start: int = -1
    label_end: int = -1


# --------------------------------------------------------------------------- comparison


@dataclass(frozen=True, slots=True)
class CompareOptions:
    segment: SegmentMode = SegmentMode.CLAUSES
    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_whitespace: bool = False
    granularity: str = "words"  # word diff: "words" (minimal, as Word's Compare) or "readable" (merged)
    revisions: str = "accept"  # how to read a .docx that has tracked changes: "accept" or "original"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """``op`` is "=", "-" or "+".

    The "=" and "+" texts concatenate to the entry's new text; the "=" and "-" texts to its old text,
    where an "=" op whose difference was hidden by an ignore option (case, punctuation, whitespace)
    carries the old spelling in ``old``. Use :func:`old_text` / :func:`new_text` rather than re-deriving.
    """

    op: str
    text: str
    old: str | None = None


def old_text(diff: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    return "".join((d.old if d.old is not None else d.text) for d in diff if d.op != "+")


def new_text(diff: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    return "".join(d.text for d in diff if d.op != "-")


@dataclass(slots=True)
class AlignmentEntry:
    """One row of the comparison: old clauses ``a`` correspond to new clauses ``b``.

    ``a``/``b`` are ascending clause indices; an ADDED entry has no ``a``, a REMOVED one no ``b``.
    ``diff`` runs from ``ComparisonResult.entry_text(entry, "a")`` to ``entry_text(entry, "b")``
    (clause texts joined by a single space). ``moved`` means the clauses changed position relative to
    their neighbours; ``relabelled`` means the labels differ although the entry may be equal.
    ``manual`` means the user paired (or unpaired) these clauses by hand (see ``ComparisonResult.pins``).
    """

    kind: Kind
    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    diff: tuple[DiffOp, ...] = ()
    moved: bool = False
    relabelled: bool = False
    manual: bool = False


@dataclass(frozen=True, slots=True)
class ItemChange:
    """An enumeration item and what happened to it between the two versions."""

    status: ItemStatus
    a: str | None
    b: str | None
    a_clause: int | None
    b_clause: int | None
    list: str  # a readable name of the list from its introduction, e.g. "exemptions from the export ban"
    a_span: tuple[int, int] | None = None  # offsets into the old Document.text
    b_span: tuple[int, int] | None = None
    label: str | None = None  # where the list stands: its paragraph label ("4(c)", "annex II", "preamble")


@dataclass(slots=True)
class Stats:
    clauses_a: int = 0
    clauses_b: int = 0
    equal: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    moved: int = 0
    relabelled: int = 0
    words_inserted: int = 0
    words_deleted: int = 0
    items_added: int = 0
    items_removed: int = 0
    items_kept: int = 0
    items_modified: int = 0


@dataclass(slots=True)
class Side:
    """One side of the comparison: the document and its clauses."""

    document: Document
    clauses: list[Clause]


@dataclass(slots=True)
class ComparisonResult:
    """Everything a consumer needs; nothing in here requires re-running the comparison.

    ``alignment`` is in reading order of the new document; REMOVED entries stand after the entry that
    holds the preceding old clause. Every clause of each side appears in exactly one entry.
    """

    a: Side
    b: Side
    alignment: list[AlignmentEntry]
    items: list[ItemChange]
    stats: Stats
    options: CompareOptions
    compared_at: str  # ISO 8601 timestamp
    # manual pairing: (old, new) clause pairs kept together ("pins") and kept apart ("cuts"), as given
    pins: list[tuple[int, int]] = field(default_factory=list)
    cuts: list[tuple[int, int]] = field(default_factory=list)
    # an early result (see ``compare_documents(early=...)``): aligned and diffed, list items still to come
    items_pending: bool = False

    def side(self, which: str) -> Side:
        return self.a if which == "a" else self.b

    def entry_text(self, entry: AlignmentEntry, which: str) -> str:
        """The text the entry's diff runs from ("a") or to ("b")."""
        clauses = self.side(which).clauses
        return " ".join(clauses[i].text for i in (entry.a if which == "a" else entry.b))

    def changes(self) -> list[AlignmentEntry]:
        """Entries a reader must look at: everything that is not an unmoved, unchanged clause (a pair made by
        hand is always listed, so the user sees it took effect)."""
        return [e for e in self.alignment if e.kind != Kind.EQUAL or e.moved or e.relabelled or e.manual]


# --------------------------------------------------------------------------- a series of versions
#
# A draft's history: versions v1 … vN in the order given, the comparison of each consecutive pair, and what
# the engine chains out of those steps (each clause's history, each list item's timeline). Indices here are
# 0-based (version 0 is "v1" to a person); built by :mod:`compare.series`, written by the exporters.


MAX_VERSIONS = 20  # the most versions a series takes, from the command line and in the window


class ItemState(StrEnum):
    """An item in one version of a series, relative to the version before it."""

    ABSENT = "absent"  # not in this version (not yet added, or removed earlier)
    PRESENT = "present"  # there, as in the version before (or in the first version)
    ADDED = "added"  # came in with this version
    REMOVED = "removed"  # went out with this version (so it is not in it)
    MODIFIED = "modified"  # there, reworded from the version before


@dataclass(slots=True)
class SeriesVersion:
    """One version of the series: its document and its clauses (as every step that uses it segmented it)."""

    index: int  # 0-based position in the series
    name: str  # what the user calls it: the file name unless names were given
    side: Side

    @property
    def document(self) -> Document:
        return self.side.document

    @property
    def tag(self) -> str:
        """The short name used in histories and tables: "v1", "v2", …"""
        return f"v{self.index + 1}"


@dataclass(slots=True)
class SeriesStep:
    """The comparison of version ``a`` with version ``b`` (= a + 1): a normal two-document result."""

    a: int
    b: int
    result: ComparisonResult


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """What one step did to a clause: how its clauses in ``version`` came from those of ``version - 1``.

    ``kind`` is EQUAL or CHANGED (the words differ), or ADDED when nothing in ``version - 1`` leads to
    them (the history starts there). ``entries`` index ``steps[version - 1].result.alignment``.
    """

    version: int
    clauses: tuple[int, ...]  # clause indices in ``version``
    kind: Kind
    moved: bool = False
    relabelled: bool = False
    entries: tuple[int, ...] = ()


@dataclass(slots=True)
class ClauseHistory:
    """One clause of a version followed back to the first version it (or a clause it came from) is in.

    ``chain[k]`` are the clauses of version k it comes from (``()`` before ``first``; several where clauses
    were merged); ``steps`` has one :class:`HistoryStep` per version from ``first`` to ``version``
    (the one for ``first`` is ADDED unless ``first`` is 0). ``summary`` reads "first in v2, reworded in v4,
    moved in v5" ("unchanged since v1" when nothing happened).
    """

    version: int
    clause: int
    label: str | None
    text: str
    first: int
    chain: list[tuple[int, ...]]
    steps: list[HistoryStep]
    summary: str

    @property
    def events(self) -> list[HistoryStep]:
        """The steps where something happened (added, changed, moved or renumbered)."""
        return [s for s in self.steps if s.kind != Kind.EQUAL or s.moved or s.relabelled]


@dataclass(slots=True)
class TimelineItem:
    """One list item across the versions: ``texts[k]`` is its text in version k (None where absent),
    ``states[k]`` what happened to it from version k-1 to k (``states[0]`` is PRESENT or ABSENT)."""

    texts: list[str | None]
    states: list[ItemState]
    summary: str  # "added in v2, removed in v4"; "in every version" when nothing happened

    @property
    def name(self) -> str:
        """The item's latest text."""
        return next((t for t in reversed(self.texts) if t is not None), "")

    @property
    def wording(self) -> str:
        """Its texts in order, each once ("textiles → bolts"): what to show, so that a row that began as
        "textiles" does not read as if "bolts" had been there from the first version."""
        return " → ".join(dict.fromkeys(t for t in self.texts if t is not None))


@dataclass(slots=True)
class TimelineList:
    """The items of one list (by its name and paragraph label, as in ``ItemChange``), in reading order.

    ``list``/``label`` are the latest ones; ``place`` is how a person says where it stands
    ("the transshipment in §9")."""

    list: str
    label: str | None
    place: str
    items: list[TimelineItem]


@dataclass(slots=True)
class ComparisonSeries:
    """A series of versions compared step by step; nothing in here requires re-running a comparison.

    ``steps[k]`` compares ``versions[k]`` with ``versions[k + 1]``. ``history`` has one entry per clause of
    the last version, in its order. ``items_timeline`` holds every list item any step reported.
    """

    versions: list[SeriesVersion]
    steps: list[SeriesStep]
    history: list[ClauseHistory]
    items_timeline: list[TimelineList]
    options: CompareOptions
    compared_at: str  # ISO 8601 timestamp

    def step(self, a: int) -> ComparisonResult:
        """The comparison of version ``a`` with version ``a + 1``."""
        return self.steps[a].result
