"""How a person refers to a change: shared by the CLI summary, the GUI change list and the reports."""

from __future__ import annotations

from .model import AlignmentEntry, ComparisonResult, Kind


def entry_label(result: ComparisonResult, e: AlignmentEntry) -> str:
    """How a person refers to the place of a change: its label ("§4(c)") or its paragraph ("¶7")."""
    for side, idx in (("b", e.b), ("a", e.a)):
        for i in idx:
            c = result.side(side).clauses[i]
            if c.label:
                return f"§{c.label}"
    side, idx = ("b", e.b) if e.b else ("a", e.a)
    c = result.side(side).clauses[idx[0]]
    where = "new" if side == "b" else "old"
    return f"{where} ¶{c.paragraph + 1}"


def describe(result: ComparisonResult, e: AlignmentEntry) -> str:
    """One-line description of an entry: "§4(c) changed", "¶8 added", "§3 moved (from §5)"."""
    label = entry_label(result, e)
    words = [str(e.kind) if e.kind != Kind.EQUAL else "unchanged"]
    if e.moved:
        old = result.a.clauses[e.a[0]]
        src = f"§{old.label}" if old.label else f"old ¶{old.paragraph + 1}"
        words = ["moved" if e.kind == Kind.EQUAL else "moved and changed", f"(from {src})"]
    elif e.relabelled:
        olds = [result.a.clauses[i].label for i in e.a]
        words.append(f"(renumbered from {', '.join('§' + x for x in olds if x) or 'no number'})")
    return f"{label} {' '.join(words)}"
