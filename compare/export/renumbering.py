"""Renumbering as a reader wants it: one row per renumbered run, and cross-references gone stale.

When one paragraph is inserted, every later paragraph's number moves by one; listing each of them as a
change drowns the real ones. Here the change list is built as rows: a real change is one row, a run of
paragraphs that only moved number by the same step is one row ("§8–§10 renumbered (+1)"), a sub-item
whose own letter stayed the same ("4(a)" became "5(a)") is no row at all (its paragraph's number is the
news), and a cross-reference whose text did not change but whose target got a new number ("paragraphs
4 to 9" still written after paragraph 4 became 5) is a warning row. Shared by the window, the CLI and the
reports so all of them say the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import AlignmentEntry, ComparisonResult, Kind
from ..text.labels import alpha_value, roman_value
from .describe import describe, entry_label

_PART = re.compile(r"\d+|\([^()]*\)|[^\d()]+")
_REF = re.compile(
    r"\bparagraphs?\s+(\d{1,3})(?:\s*\(([a-z]{1,5})\))?"
    r"(?:\s*(?:to|and|through|-|\u2013)\s*(\d{1,3})(?:\s*\(([a-z]{1,5})\))?)?",
    re.IGNORECASE,
)


@dataclass(slots=True)
class ChangeRow:
    """One row of the change list: the entries it stands for (alignment indices, the first is where the
    row goes), its text, and its kind: "change", "renumbered" or "warning"."""

    entries: list[int]
    text: str
    kind: str = "change"
    shift: int = 0
    refs: list[str] = field(default_factory=list)


def _own_token(label: str | None) -> str | None:
    """A label's own (last) part: "4(c)" -> "c", "12" -> "12"."""
    parts = _PART.findall(label or "")
    return parts[-1].strip("() .") if parts else None


def own_shift(old: str | None, new: str | None) -> int | None:
    """How far a label's own part moved ("(c)" -> "(d)": +1); None when the two cannot be compared.

    Roman numerals win over letters when either token is longer than one letter ("(i)" -> "(ii)").
    """
    a, b = _own_token(old), _own_token(new)
    if not a or not b:
        return None
    if a.isdigit() and b.isdigit():
        return int(b) - int(a)
    ra, rb = roman_value(a), roman_value(b)
    if ra is not None and rb is not None and max(len(a), len(b)) > 1:
        return rb - ra
    va, vb = alpha_value(a), alpha_value(b)
    return vb - va if va is not None and vb is not None else None


def _parent(label: str | None) -> str:
    parts = _PART.findall(label or "")
    return "".join(parts[:-1])


def is_pure_renumbering(e: AlignmentEntry) -> bool:
    """Same text, same place, only the number changed (what "Ignore renumbering" hides)."""
    return e.kind == Kind.EQUAL and e.relabelled and not e.moved and not e.manual


def renumber_shift(result: ComparisonResult, e: AlignmentEntry) -> int | None:
    """How far the clause's own number moved (+1: one up); 0 when its own part is the same and only the
    paragraph it belongs to was renumbered; None when the two labels cannot be compared."""
    old = next((result.a.clauses[i].label for i in e.a if result.a.clauses[i].label), None)
    new = next((result.b.clauses[j].label for j in e.b if result.b.clauses[j].label), None)
    return own_shift(old, new)


def change_rows(result: ComparisonResult, ignore_renumbering: bool = False) -> list[ChangeRow]:
    """The change list's rows in reading order (see the module docstring)."""
    index = {id(e): k for k, e in enumerate(result.alignment)}
    rows: list[ChangeRow] = []
    run: ChangeRow | None = None
    for e in result.changes():
        k = index[id(e)]
        if is_pure_renumbering(e):
            shift = renumber_shift(result, e)
            if shift == 0 or ignore_renumbering:
                continue  # a sub-item of a renumbered paragraph, or the user does not want to see these
            parent = _parent(result.b.clauses[e.b[0]].label)
            if (
                run is not None
                and shift is not None
                and run.shift == shift
                and rows[-1] is run
                and parent == _parent(result.b.clauses[result.alignment[run.entries[0]].b[0]].label)
            ):
                run.entries.append(k)
                continue
            run = ChangeRow([k], "", "renumbered", shift if shift is not None else 0)
            rows.append(run)
            continue
        run = None
        rows.append(ChangeRow([k], describe(result, e)))
    for row in rows:
        if row.kind == "renumbered":
            row.text = _run_text(result, row)
    return _with_warnings(result, rows)


def signed(n: int) -> str:
    """+1 / \u22121 with a real minus sign."""
    return f"{n:+d}".replace("-", "\u2212")


def _run_text(result: ComparisonResult, row: ChangeRow) -> str:
    first = result.alignment[row.entries[0]]
    if len(row.entries) == 1:
        olds = [result.a.clauses[i].label for i in first.a if result.a.clauses[i].label]
        was = f", was \u00a7{olds[0]}" if olds else ""
        return f"{entry_label(result, first)} renumbered ({signed(row.shift)}{was})"
    last = result.alignment[row.entries[-1]]
    return f"{entry_label(result, first)}\u2013{entry_label(result, last)} renumbered ({signed(row.shift)})"


def stale_references(result: ComparisonResult) -> list[tuple[int, str]]:
    """(alignment index, message) for each cross-reference kept word for word from the original whose
    target paragraph now has another number."""
    new_label: dict[str, str] = {}  # old label -> new label, for renumbered clauses
    for e in result.alignment:
        if e.a and e.b:
            old = result.a.clauses[e.a[0]].label
            new = result.b.clauses[e.b[0]].label
            if old and new and old != new:
                new_label.setdefault(old, new)
    if not new_label:
        return []
    out: list[tuple[int, str]] = []
    for k, e in enumerate(result.alignment):
        if not (e.a and e.b):
            continue
        old_text = result.entry_text(e, "a")
        new_text = result.entry_text(e, "b")
        for m in _REF.finditer(new_text):
            if m.group(0) not in old_text:
                continue  # written or rewritten in this revision: the author chose the number
            targets = [m.group(1) + (f"({m.group(2)})" if m.group(2) else "")]
            if m.group(3):
                targets.append(m.group(3) + (f"({m.group(4)})" if m.group(4) else ""))
            moved = [(t, new_label[t]) for t in targets if t in new_label]
            if moved:
                now = ", ".join(f"paragraph {t} is now \u00a7{n}" for t, n in moved)
                where = entry_label(result, e)
                out.append((k, f"\u26a0 {where} refers to \u201c{m.group(0)}\u201d, but {now}"))
    return out


def _with_warnings(result: ComparisonResult, rows: list[ChangeRow]) -> list[ChangeRow]:
    warnings = stale_references(result)
    if not warnings:
        return rows
    out: list[ChangeRow] = []
    pending = sorted(warnings)
    w = 0
    for row in rows:
        while w < len(pending) and pending[w][0] < row.entries[0]:
            out.append(ChangeRow([pending[w][0]], pending[w][1], "warning"))
            w += 1
        out.append(row)
        while w < len(pending) and pending[w][0] == row.entries[0]:
            out.append(ChangeRow([pending[w][0]], pending[w][1], "warning"))
            w += 1
    out.extend(ChangeRow([k], text, "warning") for k, text in pending[w:])
    return out
