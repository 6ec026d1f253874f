"""``clausediff compare OLD NEW``: the comparison from a terminal or a script. Never imports Qt.

``clausediff compare V1 V2 V3 …`` (three to twenty files) compares a series of versions instead: each
consecutive pair, each list item's timeline and each clause's history (:mod:`compare.series`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from . import __version__
from .errors import ClausediffError
from .export.describe import describe, entry_label, group_items, item_name
from .export.renumbering import change_rows, is_pure_renumbering
from .model import (
    MAX_VERSIONS,
    AlignmentEntry,
    CompareOptions,
    ComparisonResult,
    ComparisonSeries,
    ItemStatus,
    Kind,
    SegmentMode,
)

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (plus the usage), exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"clausediff: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _pair(text: str) -> tuple[int, int]:
    """``"3:5"`` -> (3, 5): clause indices of the original and the revised version."""
    old, sep, new = text.partition(":")
    if not sep or not old.strip().isdigit() or not new.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected OLD_INDEX:NEW_INDEX such as 3:5, not {text!r}")
    return int(old), int(new)


KEPT_SHOWN = 12  # kept items named in the summary; a real resolution keeps hundreds (--verbose names all)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="clausediff compare",
        usage="%(prog)s [options] OLD NEW  |  %(prog)s [options] V1 V2 V3 …",
        description="Compare two versions of a document clause by clause, or a series of versions (up to "
        f"{MAX_VERSIONS}) step by step, following each list item and clause through them.",
    )
    p.add_argument(
        "versions",
        nargs="*",
        metavar="FILE",
        help="the original then the revised document (.txt .md .docx .pdf .odt .html .rtf); "
        "or three or more versions, oldest first",
    )
    p.add_argument("--json", metavar="PATH", help="write the result as JSON to PATH ('-' for stdout)")
    p.add_argument(
        "--segment",
        choices=[m.value for m in SegmentMode],
        default=SegmentMode.CLAUSES.value,
        help="unit of comparison (default: clauses)",
    )
    p.add_argument("--ignore-case", action="store_true", help="treat upper and lower case as the same")
    p.add_argument("--ignore-punctuation", action="store_true", help="ignore differences in punctuation")
    p.add_argument("--ignore-whitespace", action="store_true", help="ignore differences in spacing")
    p.add_argument(
        "--granularity",
        choices=["words", "readable"],  # = diff.worddiff.GRANULARITIES, not imported so --help stays quick
        default="words",
        help="words: mark only the words that differ, as Word's Compare does (default); "
        "readable: join nearby changes into phrases",
    )
    p.add_argument(
        "--original-revisions",
        action="store_true",
        help="read tracked changes in .docx inputs as rejected (the text before the revisions)",
    )
    p.add_argument("--docx-redline", metavar="PATH", help="write a Word document with tracked changes")
    p.add_argument(
        "--redline-moves",
        choices=["native", "comments"],
        default="native",
        help="moved paragraphs in the redline as Word moves (native, default) or as a deletion and an "
        "insertion with comments (for readers that mishandle moves)",
    )
    p.add_argument(
        "--redline-between",
        nargs=2,
        type=int,
        metavar=("I", "J"),
        help="series only: the --docx-redline compares version I with version J (1-based; default: the "
        "first with the last)",
    )
    p.add_argument("--docx-report", metavar="PATH", help="write a Word comparison report")
    p.add_argument("--html", metavar="PATH", help="write a self-contained HTML comparison report")
    p.add_argument(
        "--pair",
        metavar="OLD:NEW",
        type=_pair,
        action="append",
        default=[],
        help="pair old clause OLD with new clause NEW by hand (0-based indices as in --json); repeatable",
    )
    p.add_argument(
        "--unpair",
        metavar="OLD:NEW",
        type=_pair,
        action="append",
        default=[],
        help="keep old clause OLD and new clause NEW apart even if they look alike; repeatable",
    )
    p.add_argument(
        "--ignore-renumbering",
        action="store_true",
        help="do not list clauses whose only change is their number (summary and reports)",
    )
    p.add_argument("--author", default="Clausediff", help="author name for tracked changes")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    p.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help=f"name every kept list item in the summary (by default only up to {KEPT_SHOWN}, else a count)",
    )
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    p.add_argument("--version", action="version", version=f"clausediff {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_intermixed_args(argv)  # files may stand between options, as with OLD and NEW
    _check_versions(parser, args)
    options = CompareOptions(
        segment=SegmentMode(args.segment),
        ignore_case=args.ignore_case,
        ignore_punctuation=args.ignore_punctuation,
        ignore_whitespace=args.ignore_whitespace,
        granularity=args.granularity,
        revisions="original" if args.original_revisions else "accept",
    )
    if len(args.versions) > 2:
        return _series_main(args, options)
    from .align.pins import PinError
    from .engine import compare_files

    try:
        result = compare_files(args.old, args.new, options, pins=args.pair, cuts=args.unpair)
        notes = _write_outputs(result, args)
    except PinError as exc:  # a --pair that does not fit the documents: the command line was wrong
        sys.stderr.write(f"clausediff: error: --{exc}\n")
        return EXIT_USAGE
    except ClausediffError as exc:
        sys.stderr.write(f"clausediff: error: {exc}\n")
        return EXIT_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("clausediff: interrupted\n")
        return 130
    color = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )
    return _report(
        args,
        notes,
        lambda out: print_summary(
            result, out, color=color, ignore_renumbering=args.ignore_renumbering, all_kept=args.verbose
        ),
    )


def _report(args: argparse.Namespace, notes: list[str], summary: Callable[[TextIO], None]) -> int:
    """The summary and the notes about written files on stdout; with ``--json -`` stdout holds the JSON,
    so the notes go to stderr; ``--quiet`` prints nothing."""
    if args.json == "-":
        if not args.quiet and notes:
            sys.stderr.write("".join(f"{line}\n" for line in notes))
        return EXIT_OK
    if not args.quiet:
        try:
            summary(sys.stdout)
            sys.stdout.write("".join(f"{line}\n" for line in notes))
            sys.stdout.flush()
        except BrokenPipeError:  # `clausediff compare a b | head` is fine: the reader had enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def _check_versions(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Two files are a comparison as always; three to twenty a series, which takes fewer options."""
    n = len(args.versions)
    if n < 2:
        parser.error("the following arguments are required: OLD NEW (or V1 V2 V3 … for a series)")
    if n > MAX_VERSIONS:
        parser.error(f"a series has at most {MAX_VERSIONS} versions, not {n}")
    if n == 2:
        if args.redline_between:
            parser.error("--redline-between is for a series of three or more versions")
        args.old, args.new = args.versions
        return
    for flag, given in (
        ("--pair", args.pair),
        ("--unpair", args.unpair),
        ("--ignore-renumbering", args.ignore_renumbering),
    ):
        if given:
            parser.error(f"{flag} compares two versions; with a series of {n}, use it on two of them")
    if args.redline_between:
        i, j = args.redline_between
        if not (1 <= i <= n and 1 <= j <= n) or i == j:
            parser.error(f"--redline-between needs two different versions from 1 to {n}, not {i} {j}")
        if not args.docx_redline:
            parser.error("--redline-between needs --docx-redline PATH")


def _series_main(args: argparse.Namespace, options: CompareOptions) -> int:
    """``clausediff compare V1 V2 V3 …``: compare the series, write what was asked, print the summary."""
    from .series import compare_series_files

    try:
        series = compare_series_files(args.versions, options)
        notes = _write_series_outputs(series, args)
    except ClausediffError as exc:
        sys.stderr.write(f"clausediff: error: {exc}\n")
        return EXIT_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("clausediff: interrupted\n")
        return 130
    return _report(args, notes, lambda out: print_series_summary(series, out))


def _write_series_outputs(series: ComparisonSeries, args: argparse.Namespace) -> list[str]:
    inputs = list(args.versions)
    notes: list[str] = []
    if args.json:
        from .export.series_json import series_to_json

        _write_json(args.json, series_to_json(series), inputs)
    if args.docx_redline:
        from .series import compare_versions

        i, j = args.redline_between or (1, len(series.versions))
        notes.append(f"redline of v{i} → v{j}:")
        notes.extend(
            f"  {line}" for line in _write_redline(compare_versions(series, i - 1, j - 1), args, inputs)
        )
    if args.docx_report:
        from .export.report_series import write_series_report

        write_series_report(series, args.docx_report, inputs=inputs)
    if args.html:
        from .export.report_series_html import write_series_html

        write_series_html(series, args.html, inputs=inputs)
    return notes


def print_series_summary(series: ComparisonSeries, out: TextIO) -> None:
    """Each step's counts, then each list item through the versions, then the history of each clause of
    the last version that was added or reworded since the first."""
    from .export.report_series import STATE_MARK, changed_histories

    names = ", ".join(f"{v.tag} {v.name}" for v in series.versions)
    out.write(f"Comparing {len(series.versions)} versions by {series.options.segment}: {names}\n")
    for step in series.steps:
        s = step.result.stats
        a, b = series.versions[step.a].tag, series.versions[step.b].tag
        out.write(
            f"  {a} → {b}: {s.clauses_a} → {s.clauses_b} clauses: {s.changed} changed, {s.added} added, "
            f"{s.removed} removed, {s.moved} moved; list items: {s.items_added} added, "
            f"{s.items_removed} removed, {s.items_modified} modified\n"
        )
    if series.items_timeline:
        out.write("\nList items through the versions (✓ present, + added, − removed, ~ modified):\n")
        out.write("".join(f"{line}\n" for line in timeline_lines(series, STATE_MARK)))
    rows = changed_histories(series)
    if rows:
        last = series.versions[-1].tag
        out.write(f"\nClauses of {last} added or reworded since {series.versions[0].tag}:\n")
        for where, text, history in rows:
            out.write(f"  {where}: {history}\n      {_shorten(text, 12)}\n")


def timeline_lines(series: ComparisonSeries, marks: dict) -> list[str]:
    """The items timeline as plain text: a heading per list, a column per version, then the item."""
    tags = [v.tag for v in series.versions]
    width = max(len(t) for t in tags)
    header = " ".join(t.ljust(width) for t in tags)
    lines: list[str] = []
    for group in series.items_timeline:
        lines.append(f"  {group.place}")
        lines.append(f"    {header}")
        for item in group.items:
            cells = " ".join((marks[st] or "·").ljust(width) for st in item.states)
            lines.append(f"    {cells}  {item.wording}  ({item.summary})")
    return lines


def _write_outputs(result: ComparisonResult, args: argparse.Namespace) -> list[str]:
    """Write the requested files; return lines about them for the summary (the redline's counts)."""
    inputs = [args.old, args.new]
    notes: list[str] = []
    if args.json:
        from .export.jsonio import to_json

        _write_json(args.json, to_json(result), inputs)
    if args.docx_redline:
        notes.extend(_write_redline(result, args, inputs))
    if args.docx_report:
        from .export.report_docx import write_report

        write_report(result, args.docx_report, inputs=inputs, ignore_renumbering=args.ignore_renumbering)
    if args.html:
        from .export.report_html import write_html_report

        write_html_report(result, args.html, inputs=inputs, ignore_renumbering=args.ignore_renumbering)
    return notes


def _write_json(path: str, text: str, inputs: list[str]) -> None:
    """``-`` is stdout; a file is written atomically and never over an input."""
    if path == "-":
        sys.stdout.write(text + "\n")
    else:
        from .export.atomic import atomic_write_text

        atomic_write_text(path, text + "\n", inputs=inputs)


def _write_redline(result: ComparisonResult, args: argparse.Namespace, inputs: list[str]) -> list[str]:
    """Write the Word redline of ``result``; return its counts for the summary."""
    from .export.redline import RedlineSummary, write_redline

    summary = RedlineSummary()
    write_redline(
        result,
        args.docx_redline,
        author=args.author,
        inputs=inputs,
        moves=args.redline_moves,
        summary=summary,
    )
    return summary.lines()


# --------------------------------------------------------------------------- summary


def _shorten(text: str, keep: int = 8) -> str:
    words = text.split(" ")
    if len(words) <= keep * 2 + 1:
        return text
    return " ".join(words[:keep]) + " … " + " ".join(words[-keep:])


def render_diff(e: AlignmentEntry, color: bool) -> str:
    red, green, reset = ("\x1b[31;9m", "\x1b[32;4m", "\x1b[0m") if color else ("", "", "")
    out = []
    for k, d in enumerate(e.diff):
        if d.op == "=":
            t = d.text
            if len(e.diff) > 1:
                if k == 0:
                    t = _lead(t)
                elif k == len(e.diff) - 1:
                    t = _trail(t)
                else:
                    t = _shorten(t)
            out.append(t)
        elif d.op == "-":
            out.append(f"{red}[-{d.text}-]{reset}")
        else:
            out.append(f"{green}{{+{d.text}+}}{reset}")
    return "".join(out)


def _lead(text: str, keep: int = 8) -> str:
    words = text.split(" ")
    return text if len(words) <= keep else "… " + " ".join(words[-keep:])


def _trail(text: str, keep: int = 8) -> str:
    words = text.split(" ")
    return text if len(words) <= keep else " ".join(words[:keep]) + " …"


def print_summary(
    result: ComparisonResult,
    out: TextIO,
    color: bool = False,
    ignore_renumbering: bool = False,
    all_kept: bool = False,
) -> None:
    s = result.stats
    a, b = result.a.document, result.b.document
    out.write(f"Comparing {a.name} (original) with {b.name} (revised), by {result.options.segment}\n")
    out.write(
        f"  {s.clauses_a} → {s.clauses_b} clauses: {s.changed} changed, {s.added} added, "
        f"{s.removed} removed, {s.moved} moved, {s.equal} unchanged\n"
    )
    out.write(f"  Words: {s.words_inserted} inserted, {s.words_deleted} deleted\n")
    for status, title in (
        (ItemStatus.ADDED, "Items added"),
        (ItemStatus.REMOVED, "Items removed"),
        (ItemStatus.MODIFIED, "Items modified"),
        (ItemStatus.KEPT, "Items kept"),
    ):
        # Grouped by list and paragraph, so "North Korea, China, Japan" read as the parties to talks, not
        # as goods; an item in two lists is named under each, once.
        groups = group_items(result.items, status)
        if not groups:
            continue
        count = sum(len(members) for _, members in groups)
        lists = f"{len(groups)} list" + ("s" if len(groups) > 1 else "")
        if status == ItemStatus.KEPT and count > KEPT_SHOWN and not all_kept:
            # what stayed matters less than what changed: a count, not a line of hundreds of items
            out.write(f"{title}: {count} in {lists} (--verbose names them)\n")
            continue
        # one line per list, so a reader scans lists the way the document has them
        out.write(f"{title} ({count} in {lists}):\n")
        for where, members in groups:
            out.write(f"  {where}: {', '.join(item_name(it) for it in members)}\n")
    # the window's change-list rows: one line per renumbered run, warnings for stale cross-references
    rows = change_rows(result, ignore_renumbering)
    index = {id(e): k for k, e in enumerate(result.alignment)}
    run_text = {r.entries[0]: r.text for r in rows if r.kind == "renumbered"}
    run_members = {r.entries[0]: r.entries for r in rows if r.kind == "renumbered"}
    warnings: dict[int, list[str]] = {}
    for r in rows:
        if r.kind == "warning":
            warnings.setdefault(r.entries[0], []).append(r.text)
    changes = [e for e in result.changes() if not is_pure_renumbering(e) or index[id(e)] in run_text]
    if not changes and not warnings:
        out.write("No differences.\n")
        return
    out.write("\nChanges:\n")
    for run in _runs_of_whole_paragraph_changes(result, changes):
        e = run[0]
        k = index[id(e)]
        if k in run_text:
            out.write(f"  {run_text[k]}\n")
        elif len(run) > 1:
            what = "added" if e.kind == Kind.ADDED else "removed"
            out.write(f"  {entry_label(result, e)} {what} ({len(run)} sentences)\n")
            for x in run:
                out.write(f"      {_shorten(result.entry_text(x, 'b' if x.b else 'a'), 12)}\n")
        elif e.kind in (Kind.CHANGED, Kind.EQUAL) and e.a and e.b:
            out.write(f"  {describe(result, e)}  [similarity {e.score:.2f}]\n      {render_diff(e, color)}\n")
        else:
            text = result.entry_text(e, "b" if e.b else "a")
            out.write(f"  {describe(result, e)}\n      {_shorten(text, 12)}\n")
        for m in run_members.get(k) or [index[id(x)] for x in run]:
            for w in warnings.pop(m, []):
                out.write(f"  {w}\n")
    for rest in warnings.values():  # on clauses listed nowhere else (renumbering ignored)
        for w in rest:
            out.write(f"  {w}\n")


def _runs_of_whole_paragraph_changes(
    result: ComparisonResult, changes: list[AlignmentEntry]
) -> list[list[AlignmentEntry]]:
    """Consecutive added (or removed) clauses of one paragraph read as one change: a dropped photo
    caption is one thing that went, not four."""
    runs: list[list[AlignmentEntry]] = []
    for e in changes:
        prev = runs[-1][-1] if runs else None
        if (
            prev is not None
            and e.kind == prev.kind
            and e.kind in (Kind.ADDED, Kind.REMOVED)
            and not e.moved
            and not prev.moved
            and _paragraph(result, e) == _paragraph(result, prev)
        ):
            runs[-1].append(e)
        else:
            runs.append([e])
    return runs


def _paragraph(result: ComparisonResult, e: AlignmentEntry) -> tuple[str, int]:
    side, idx = ("b", e.b) if e.b else ("a", e.a)
    return side, result.side(side).clauses[idx[0]].paragraph
