"""List-item quality on annotated edits of real Security Council resolutions (issue #13).

Each case in ``items_cases.py`` names a resolution of ``../shared/corpus/un`` and one or more edits in
wdiff markup (the anchor, which must occur exactly once, and its replacement), plus the list items a
careful reader expects the comparison to report. At run time the texts are copied into a temporary folder
(never into the repository), each edit produces an edited copy, the real engine compares original and copy
(``compare.engine.compare_files``), and the reported ``result.items`` are scored against the expectations.
Whole real pairs (757 -> 760, 760 -> 787, 787 -> 820) are scored the same way against items annotated by
reading the two texts.

    python benchmarks/items.py                 # table by edit type, whole pairs, overall
    python benchmarks/items.py --verbose       # also every false positive / false negative per case
    python benchmarks/items.py --json OUT.json # machine-readable figures (``-`` for stdout)
    python benchmarks/items.py --only 232-     # cases whose id starts with a prefix
    python benchmarks/items.py --root /tmp/old # score another checkout's engine (its ``compare`` package)

Scoring (shared with the list reader's developer):
- Scored statuses are "added", "removed" and "modified"; kept items are not scored, but a reported
  added/removed/modified item that no expectation accounts for is a false positive.
- Texts are compared as words: casefolded, punctuation dropped, leading articles/prepositions and a leading
  sub-paragraph label stripped. Equal words match. A ``prefix`` expectation (sub-paragraph, bullet or long
  semicolon item) matches when the first six words agree (five if the shorter text has only five), or when
  the reported name is the item's words up to its first comma. An expectation may give alternative texts.
- MODIFIED matches when both the old and the new text match. Matching is one-to-one, so an item reported
  twice counts once as found and once as a false positive.
- ``optional`` expectations are "don't care": reporting them is neither rewarded nor penalised.
- What an item is: its own words as they stand in the list, without separators and without the conjunction
  before the last item ("and", "or", "and/or", "as well as"), qualifiers included; a sub-paragraph or bullet
  is named by its first words (up to the first comma or about eight words), without its letter. An item
  changed in its slot is modified ("training" -> "instruction"); one that changed place is kept. Titles,
  citations, dates, votes, pairs of verbs, addressees and named parties are not lists. In an added or
  removed paragraph, the items of a real list in it (and its lettered sub-paragraphs) are added or removed.

The exit status is 0 (a benchmark, not a test) unless an edit's anchor is stale or the corpus is malformed;
without ../shared it prints a message and exits 0.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "un"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import items_cases  # noqa: E402

SCORED = ("added", "removed", "modified")
_SKIP_WORDS = {"the", "a", "an", "to", "of", "for", "in", "on", "by", "with", "from"}
_LABEL = re.compile(r"^\s*(?:\(\s*[a-z]{1,4}\s*\)|[ivx]{1,5}\.|[a-z]\)|[-\u2013\u2022])\s*", re.I)
_CONJ = ("and/or ", "and ", "or ", "as well as ")


class StaleAnchor(Exception):
    """An edit's anchor does not occur exactly once in its text: the case no longer fits the corpus."""


# --------------------------------------------------------------------------- the annotations


@dataclass(frozen=True)
class Expect:
    status: str  # "added", "removed" or "modified"
    old: tuple[str, ...] = ()  # alternatives for the old text (removed, modified)
    new: tuple[str, ...] = ()  # alternatives for the new text (added, modified)
    prefix: bool = False  # named by its first words (sub-paragraph, bullet, long semicolon item)
    optional: bool = False  # debatable: reporting it is neither rewarded nor penalised

    def __str__(self) -> str:
        tag = (" [prefix]" if self.prefix else "") + (" [optional]" if self.optional else "")
        if self.status == "modified":
            return f"modified {' | '.join(self.old)!r} -> {' | '.join(self.new)!r}{tag}"
        return f"{self.status} {' | '.join(self.new or self.old)!r}{tag}"


@dataclass(frozen=True)
class Case:
    id: str
    res: str  # resolution number: ../shared/corpus/un/S-RES-<res>-*.txt
    kind: str
    edits: tuple[tuple[str, str], ...]  # (anchor, replacement), applied in order
    expect: tuple[Expect, ...]
    note: str = ""


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    expect: tuple[Expect, ...]


_MARK = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.S)
_STATUS = {"+": "added", "-": "removed", "~": "modified"}


def parse_edit(spec: str) -> tuple[str, str]:
    """wdiff markup -> (anchor, replacement): the anchor keeps [-deletions-], the replacement
    {+insertions+}."""
    anchor = _MARK.sub(lambda m: m.group(1) if m.group(1) is not None else "", spec)
    replacement = _MARK.sub(lambda m: m.group(2) if m.group(2) is not None else "", spec)
    return anchor, replacement


def parse_expect(spec: str) -> Expect:
    """``?`` optional; ``+``/``-``/``~`` status; ``a | b`` alternatives; ``old => new``; `` ...`` prefix."""
    optional = spec.startswith("?")
    body = spec[1:] if optional else spec
    status = _STATUS.get(body[:1])
    if status is None:
        raise ValueError(f"not an edit (no [-..-] or {{+..+}}) nor an expected item (+, -, ~): {spec!r}")
    body = body[1:]
    prefix = body.endswith(" ...")
    if prefix:
        body = body[:-4]
    alts = lambda t: tuple(a.strip() for a in t.split(" | "))  # noqa: E731
    if status == "modified":
        old, new = body.split(" => ")
        return Expect(status, alts(old), alts(new), prefix, optional)
    return Expect(
        status,
        alts(body) if status == "removed" else (),
        alts(body) if status == "added" else (),
        prefix,
        optional,
    )


def load_cases(source=items_cases) -> list[Case]:
    out = []
    for cid, kind, specs, note in source.CASES:
        edits = tuple(parse_edit(s) for s in specs if _MARK.search(s))
        expect = tuple(parse_expect(s) for s in specs if not _MARK.search(s))
        if kind != "reflow":  # an edit inside a sub-paragraph may also report that sub-paragraph modified
            for key, firsts in source.WITHIN.items():
                if cid.startswith(key):
                    expect += tuple(Expect("modified", (f,), (f,), True, True) for f in firsts)
        out.append(Case(cid, cid.split("-")[0], kind, edits, expect, note))
    return out


def load_pairs(source=items_cases) -> list[Pair]:
    return [Pair(a, b, tuple(parse_expect(s) for s in specs)) for (a, b), specs in source.PAIRS.items()]


def load_source(name: str):
    """Another case set in the same form (``--cases items_holdout``): a module in benchmarks/."""
    return importlib.import_module(name)


CASES = load_cases()
PAIRS = load_pairs()


# --------------------------------------------------------------------------- text matching


def words(text: str | None) -> tuple[str, ...]:
    """The words an item is compared by: no label, no leading article/preposition/conjunction/punctuation."""
    if not text:
        return ()
    t = _LABEL.sub("", " ".join(text.split()))
    low = t.casefold()
    for c in _CONJ:  # a reader may keep the conjunction before the last item; the convention drops it
        if low.startswith(c):
            low = low[len(c) :]
            break
    ws = re.findall(r"\w+", low)
    while ws and ws[0] in _SKIP_WORDS:
        ws.pop(0)
    return tuple(ws)


def text_matches(alts: tuple[str, ...], got: str | None, prefix: bool) -> bool:
    """Equal words; for a ``prefix`` item the first six words (five when a name is that short once its
    article is dropped), or the name cut at the item's first comma."""
    g = words(got)
    if not g:
        return False
    for alt in alts:
        w = words(alt)
        if w == g:
            return True
        n = min(6, len(w), len(g))
        if prefix and ((n >= 5 and w[:n] == g[:n]) or g == words(alt.split(",")[0])):
            return True
    return False


def item_matches(exp: Expect, item) -> bool:
    status = str(item.status)
    if status != exp.status:
        return False
    if status == "added":
        return text_matches(exp.new, item.b, exp.prefix)
    if status == "removed":
        return text_matches(exp.old, item.a, exp.prefix)
    return text_matches(exp.old, item.a, exp.prefix) and text_matches(exp.new, item.b, exp.prefix)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    cases: int = 0
    clean: int = 0  # cases with no false positive and no false negative
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.cases += other.cases
        self.clean += other.clean

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


def describe(item) -> str:
    s = str(item.status)
    if s == "modified":
        return f"modified {short(item.a)!r} -> {short(item.b)!r}"
    return f"{s} {short(item.b if s == 'added' else item.a)!r}"


def short(t: str | None, n: int = 70) -> str:
    t = " ".join((t or "").split())
    return t if len(t) <= n else t[: n - 3] + "..."


def score_items(expect: list[Expect], items) -> Score:
    """One-to-one matching of reported scored items against expectations (required ones first)."""
    reported = [it for it in items if str(it.status) in SCORED]
    used = [False] * len(reported)
    sc = Score(cases=1)
    order = sorted(expect, key=lambda e: e.optional)
    for exp in order:
        hit = next((k for k, it in enumerate(reported) if not used[k] and item_matches(exp, it)), None)
        if hit is not None:
            used[hit] = True
            if not exp.optional:
                sc.tp += 1
        elif not exp.optional:
            sc.fn += 1
            sc.misses.append(f"FN {exp}")
    for k, it in enumerate(reported):
        if not used[k]:
            sc.fp += 1
            sc.misses.append(f"FP {describe(it)}  [list: {short(getattr(it, 'list', ''), 50)}]")
    sc.clean = int(sc.fp == 0 and sc.fn == 0)
    return sc


# --------------------------------------------------------------------------- editing and running


def corpus_file(tag: str) -> str:
    hits = sorted(p.name for p in CORPUS.glob(f"S-RES-{tag}-*.txt"))
    if len(hits) != 1:
        raise StaleAnchor(f"resolution {tag}: {len(hits)} files match S-RES-{tag}-*.txt")
    return hits[0]


def anchor_pattern(anchor: str) -> re.Pattern:
    """The anchor's exact words; any run of whitespace in it matches any run (the texts are hard-wrapped)."""
    parts = [re.escape(p) for p in re.split(r"\s+", anchor.strip())]
    lead = r"\s+" if anchor[:1].isspace() else ""
    trail = r"\s+" if anchor[-1:].isspace() else ""
    return re.compile(lead + r"\s+".join(parts) + trail)


def apply_edits(text: str, case: Case) -> str:
    for anchor, replacement in case.edits:
        found = list(anchor_pattern(anchor).finditer(text))
        if len(found) != 1:
            raise StaleAnchor(f"case {case.id}: anchor {anchor!r} occurs {len(found)} times (must be once)")
        m = found[0]
        text = text[: m.start()] + replacement + text[m.end() :]
    return text


def run_case(case: Case, tmp: Path, compare_files) -> tuple[Score, list]:
    name = corpus_file(case.res)
    original = tmp / name
    edited = tmp / f"{case.id}.txt"
    edited.write_text(apply_edits(original.read_text(encoding="utf-8"), case), encoding="utf-8")
    result = compare_files(original, edited)
    return score_items(case.expect, result.items), result.items


def check_anchors(cases: list[Case] | None = None) -> list[str]:
    """Every anchor of every case, checked before anything runs (a stale anchor fails the whole run)."""
    cases = CASES if cases is None else cases
    problems = []
    texts: dict[str, str] = {}
    for case in cases:
        try:
            name = corpus_file(case.res)
            texts.setdefault(name, (CORPUS / name).read_text(encoding="utf-8"))
            apply_edits(texts[name], case)
        except StaleAnchor as e:
            problems.append(str(e))
    ids = [c.id for c in cases]
    problems += [f"duplicate case id {i}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    return problems


# --------------------------------------------------------------------------- report


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def table(rows: list[tuple[str, Score]]) -> str:
    head = f"{'edit type':<14} {'cases':>5} {'clean':>5} {'TP':>4} {'FP':>4} {'FN':>4}"
    out = [f"{head}  {'P':>5}  {'R':>5}  {'F1':>5}"]
    for name, s in rows:
        out.append(
            f"{name:<14} {s.cases:>5} {s.clean:>5} {s.tp:>4} {s.fp:>4} {s.fn:>4}  "
            f"{fmt(s.precision)}  {fmt(s.recall)}  {fmt(s.f1)}"
        )
    return "\n".join(out)


def as_json(s: Score) -> dict:
    return {
        "cases": s.cases,
        "clean": s.clean,
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list each false positive/negative")
    ap.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT ('-' for stdout)")
    ap.add_argument("--only", metavar="PREFIX", help="run only the cases whose id starts with PREFIX")
    ap.add_argument("--no-pairs", action="store_true", help="skip the whole real pairs")
    ap.add_argument("--root", metavar="DIR", help="import the engine from DIR instead of this checkout")
    ap.add_argument(
        "--cases",
        metavar="MODULE",
        default="items_cases",
        help="the case set: items_cases (the tuning set, default), items_holdout .. items_holdout6, or "
        "items_pairs2 (five more whole pairs)",
    )
    args = ap.parse_args(argv)
    source = load_source(args.cases)
    all_cases, all_pairs = load_cases(source), load_pairs(source)
    out = sys.stderr if args.json == "-" else sys.stdout  # JSON alone on stdout when asked for there

    if not CORPUS.is_dir():
        print(f"items benchmark skipped: {CORPUS} is absent (the shared corpus is not here)")
        return 0
    problems = check_anchors(all_cases)
    if problems:
        print(f"STALE ANCHORS -- fix {args.cases}.py:", *problems, sep="\n  ", file=sys.stderr)
        return 2

    sys.path.insert(0, str(Path(args.root).resolve() if args.root else ROOT))
    from compare.engine import compare_files

    print(f"engine: {Path(sys.modules['compare'].__file__).parent}", file=out)

    cases = [c for c in all_cases if not args.only or c.id.startswith(args.only)]
    by_kind: dict[str, Score] = defaultdict(Score)
    overall = Score()
    per_case = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="clausediff-items-") as d:
        tmp = Path(d)
        for p in CORPUS.glob("S-RES-*.txt"):
            shutil.copy(p, tmp / p.name)
        for case in cases:
            sc, items = run_case(case, tmp, compare_files)
            by_kind[case.kind].add(sc)
            overall.add(sc)
            per_case.append({"id": case.id, "kind": case.kind, **as_json(sc), "misses": sc.misses})
            if args.verbose and sc.misses:
                print(f"[{case.id}] ({case.kind}) {case.note}", file=out)
                for m in sc.misses:
                    print("   ", m, file=out)
        pair_scores = []
        pairs_total = Score()
        if not args.no_pairs and not args.only:
            for pair in all_pairs:
                a, b = tmp / corpus_file(pair.a), tmp / corpus_file(pair.b)
                result = compare_files(a, b)
                sc = score_items(pair.expect, result.items)
                pairs_total.add(sc)
                pair_scores.append((f"{pair.a}->{pair.b}", sc))
                if args.verbose and sc.misses:
                    print(f"[pair {pair.a} -> {pair.b}]", file=out)
                    for m in sc.misses:
                        print("   ", m, file=out)
    elapsed = time.perf_counter() - t0

    kinds = [k for k in KIND_ORDER if k in by_kind] + sorted(k for k in by_kind if k not in KIND_ORDER)
    print(f"\nSingle edits of real resolutions ({overall.cases} cases, {elapsed:.1f} s)", file=out)
    print(table([(k, by_kind[k]) for k in kinds] + [("ALL EDITS", overall)]), file=out)
    if pair_scores:
        print("\nWhole real pairs", file=out)
        print(table(pair_scores + [("ALL PAIRS", pairs_total)]), file=out)
    if args.json:
        doc = {
            "edits": {k: as_json(by_kind[k]) for k in kinds},
            "overall": as_json(overall),
            "pairs": {n: {**as_json(s), "misses": s.misses} for n, s in pair_scores},
            "pairs_overall": as_json(pairs_total),
            "cases": per_case,
        }
        text = json.dumps(doc, indent=1)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text, encoding="utf-8")
    return 0


KIND_ORDER = [
    "inline-add",
    "inline-remove",
    "qualifier",
    "preposition",
    "and-item",
    "modified",
    "semicolon",
    "subpara-add",
    "subpara-remove",
    "bullet",
    "move",
    "reflow",
    "control",
    "non-list",
    "para-list",
    "para-plain",
    "multi",
]

if __name__ == "__main__":
    sys.exit(main())
