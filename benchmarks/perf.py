"""Speed and scale: the command-line comparison end to end on large drafts, against the ``redlines`` library.

Document pairs (10k, 25k, 100k, 300k words, plus two *unrelated* 100k-word documents) are built from real
text by ``corpus_builder.py`` with a fixed seed and cached as .txt. Each measurement is a fresh
``python main.py compare OLD NEW --json OUT --quiet`` process -- start-up, reading, segmentation,
alignment, word diff, items and the JSON file all count -- run under a small wrapper process whose only
child it is, so ``RUSAGE_CHILDREN.ru_maxrss`` is that one run's peak memory. Best of ``--repeat`` runs.

    pip install "redlines>=0.4,<1" pyinstrument          # the "bench" extra
    python benchmarks/perf.py                             # everything (a few minutes)
    python benchmarks/perf.py --quick                     # 10k and 25k only: a smoke run
    python benchmarks/perf.py --cases 100k,unrelated-100k --repeat 5
    python benchmarks/perf.py --profile 100k              # pyinstrument call tree of one case, in-process
    python benchmarks/perf.py --profile unrelated-100k --profile-export   # ... including the Word redline

Prints a table (case, words, seconds, peak MB, redlines seconds, ratio), the 25k->100k growth, and PASS /
FAIL per target. It measures; it does not gate: the exit status is 0 unless the benchmark itself breaks.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_builder import write_pair  # noqa: E402

# case -> (words per document, unrelated documents?)
CASES: dict[str, tuple[int, bool]] = {
    "10k": (10_000, False),
    "25k": (25_000, False),
    "100k": (100_000, False),
    "unrelated-100k": (100_000, True),
    "300k": (300_000, False),
}
QUICK = ("10k", "25k")
CLI_TIMEOUT = 900.0

# Targets: (label, check) are evaluated in report_targets.
T_100K_SECONDS = 1.1
T_RATIO_TO_REDLINES = 0.10
T_GROWTH_25_100 = 4.5
T_UNRELATED_SECONDS = 5.0
T_PEAK_MB_100K = 500.0
T_300K_SECONDS = 4.0
T_REDLINE_EXTRA = 1.5

# Runs one command as the wrapper's only child: its wall time and that child's peak RSS.
_WRAPPER = r"""
import json, subprocess, sys, time
try:
    import resource
except ImportError:
    resource = None
cmd, timeout = json.loads(sys.argv[1]), float(sys.argv[2])
t = time.perf_counter()
try:
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
except subprocess.TimeoutExpired:  # run() has killed the child: no orphan keeps the CPU busy
    print(json.dumps({"timeout": True}))
    sys.exit()
s = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if resource else None
err = p.stderr.decode(errors="replace")[-2000:]
print(json.dumps({"s": s, "maxrss": rss, "rc": p.returncode, "err": err}))
"""

# The reference: the redlines library's markdown output, timed inside its own process.
_REDLINES = r"""
import sys, time
from pathlib import Path
from redlines import Redlines
a = Path(sys.argv[1]).read_text(encoding="utf-8")
b = Path(sys.argv[2]).read_text(encoding="utf-8")
t = time.perf_counter()
out = Redlines(a, b).output_markdown
print(time.perf_counter() - t, len(out))
"""


# Stage times of one cold run, from the engine's own progress callbacks (no profiler overhead): the time
# from one callback to the next is the stage the first one announced.
_STAGES = r"""
import json, sys, time
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[1])
from compare.engine import compare_files
from compare.export.jsonio import to_json
marks = [("imports", t0)]
def step(fraction, what):
    marks.append((what, time.perf_counter()))
result = compare_files(sys.argv[2], sys.argv[3], progress=step)
marks.append(("JSON (encode + write)", time.perf_counter()))
with open(sys.argv[4], "w", encoding="utf-8") as fh:
    fh.write(to_json(result) + "\\n")
marks.append(("end", time.perf_counter()))
print(json.dumps([(a[0], b[1] - a[1]) for a, b in zip(marks, marks[1:])]))
"""


@dataclass
class Run:
    seconds: float | None  # None: failed or timed out
    peak_mb: float | None
    note: str = ""


@dataclass
class CaseResult:
    case: str
    words: int
    plain: Run
    redlines: Run | None = None
    export: Run | None = None  # the same comparison plus --docx-redline
    cold: Run | None = None  # a first run on a machine: the lemma index cache is empty
    summary: str = ""  # changed/added/removed/moved from the JSON, to show the run did real work


def _rss_to_mb(maxrss: int | None) -> float | None:
    if maxrss is None:
        return None
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024  # bytes vs KiB


def measure(cmd: list[str], timeout: float = CLI_TIMEOUT, env: dict[str, str] | None = None) -> Run:
    """One fresh process, measured from outside by a wrapper whose only child it is."""
    try:
        out = subprocess.run(
            [sys.executable, "-c", _WRAPPER, json.dumps(cmd), str(timeout)],
            capture_output=True,
            text=True,
            timeout=timeout + 60,
            check=True,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return Run(None, None, "timeout")
    r = json.loads(out.stdout)
    if r.get("timeout"):
        return Run(None, None, "timeout")
    if r["rc"] != 0:
        last = (r["err"].strip().splitlines() or ["?"])[-1]
        return Run(None, None, f"exit {r['rc']}: {last}")
    return Run(r["s"], _rss_to_mb(r["maxrss"]))


def best_of(cmd: list[str], repeat: int) -> Run:
    return pick_best([measure(cmd) for _ in range(repeat)])


def pick_best(runs: list[Run]) -> Run:
    """Fastest time (least disturbed by other work), highest peak memory (peaks barely vary)."""
    ok = [r for r in runs if r.seconds is not None]
    if not ok:
        return runs[-1]
    best = min(ok, key=lambda r: r.seconds or 0.0)
    peaks = [r.peak_mb for r in ok if r.peak_mb is not None]
    return Run(best.seconds, max(peaks) if peaks else None)


def cli_command(old: Path, new: Path, json_out: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        str(ROOT / "main.py"),
        "compare",
        str(old),
        str(new),
        "--json",
        str(json_out),
        "--quiet",
        *extra,
    ]


def run_redlines(old: Path, new: Path, timeout: float) -> Run:
    try:
        out = subprocess.run(
            [sys.executable, "-c", _REDLINES, str(old), str(new)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return Run(None, None, "timeout")
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["?"])[-1]
        return Run(None, None, "missing" if "No module named 'redlines'" in last else f"error: {last}")
    return Run(float(out.stdout.split()[0]), None)


def json_summary(path: Path) -> str:
    try:
        stats = json.loads(path.read_text(encoding="utf-8"))["stats"]
    except (OSError, ValueError, KeyError):
        return "?"
    return "/".join(str(stats.get(k, "?")) for k in ("changed", "added", "removed", "moved"))


def prepare(case: str, workdir: Path, seed: int) -> tuple[Path, Path]:
    words, unrelated = CASES[case]
    return write_pair(workdir / f"{case}-seed{seed}", words, seed, unrelated)


def run_case(case: str, args: argparse.Namespace, workdir: Path) -> CaseResult:
    old, new = prepare(case, workdir, args.seed)
    words = len(old.read_text(encoding="utf-8").split())
    repeat = args.repeat if args.repeat else (1 if CASES[case][0] > 100_000 else 3)
    out_json = workdir / f"{case}.json"
    out_json.unlink(missing_ok=True)  # the summary column must come from this run
    print(f"  {case}: {words} words, clausediff x{repeat} ...", file=sys.stderr, flush=True)
    plain_cmd = cli_command(old, new, out_json)
    if case == "100k" and not args.no_export:
        # Plain and export runs alternate, so a busy machine slows both alike and the difference holds.
        print("  100k: plain and --docx-redline runs, alternating ...", file=sys.stderr, flush=True)
        export_cmd = cli_command(
            old, new, workdir / f"{case}-x.json", "--docx-redline", str(workdir / "x.docx")
        )
        runs = [(measure(plain_cmd), measure(export_cmd)) for _ in range(repeat)]
        result = CaseResult(case, words, pick_best([p for p, _ in runs]))
        result.export = pick_best([x for _, x in runs])
    else:
        result = CaseResult(case, words, best_of(plain_cmd, repeat))
    if case == "100k":
        # The lemma indexes are built once per machine into the user cache; show what that first run costs.
        with tempfile.TemporaryDirectory(prefix="clausediff-cold-") as empty:
            result.cold = measure(plain_cmd, env={**os.environ, "CLAUSEDIFF_CACHE_DIR": empty})
    result.summary = json_summary(out_json) if result.plain.seconds is not None else ""
    if not args.no_redlines and (CASES[case][0] <= 100_000 or args.redlines_all):
        print(f"  {case}: redlines (timeout {args.redlines_timeout:g} s) ...", file=sys.stderr, flush=True)
        result.redlines = run_redlines(old, new, args.redlines_timeout)
    return result


# --------------------------------------------------------------------------- report


def _fmt(x: float | None, spec: str, missing: str = "-") -> str:
    return missing if x is None else format(x, spec)


def _short(note: str) -> str:
    """Table cells hold "timeout" or "failed"; the full message is printed under the table."""
    return note if note in ("timeout", "missing") else ("failed" if note else "-")


def print_table(results: list[CaseResult], redlines_timeout: float) -> None:
    head = (
        f"{'case':<16}{'words':>9}{'clausediff s':>14}{'peak MB':>9}{'redlines s':>12}{'ratio':>9}  c/a/r/m"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        mine = _fmt(r.plain.seconds, ".3f", _short(r.plain.note))
        theirs = "-" if r.redlines is None else _fmt(r.redlines.seconds, ".2f", _short(r.redlines.note))
        ratio = ratio_text(r, redlines_timeout)
        peak = _fmt(r.plain.peak_mb, ".0f")
        print(f"{r.case:<16}{r.words:>9}{mine:>14}{peak:>9}{theirs:>12}{ratio:>9}  {r.summary}")
    for r in results:
        for what, run in (("clausediff", r.plain), ("redlines", r.redlines), ("export", r.export)):
            if run is not None and run.note not in ("", "timeout"):
                print(f"  {r.case} {what}: {run.note}")
    for r in results:
        if r.cold is not None:
            cold = _fmt(r.cold.seconds, ".3f", r.cold.note)
            print(f"\n{r.case} on a first run (empty lemma index cache): {cold} s")
        if r.export is not None:
            extra = None
            if r.export.seconds is not None and r.plain.seconds is not None:
                extra = r.export.seconds - r.plain.seconds
            print(
                f"\n{r.case} with --docx-redline: {_fmt(r.export.seconds, '.3f', r.export.note)} s "
                f"(+{_fmt(extra, '.3f')} s), peak {_fmt(r.export.peak_mb, '.0f')} MB"
            )


def ratio_value(r: CaseResult, redlines_timeout: float) -> tuple[float | None, bool]:
    """(clausediff / redlines, is_upper_bound). A redlines timeout gives an upper bound."""
    if r.plain.seconds is None or r.redlines is None:
        return None, False
    if r.redlines.seconds is not None:
        return r.plain.seconds / r.redlines.seconds, False
    if r.redlines.note == "timeout":
        return r.plain.seconds / redlines_timeout, True
    return None, False


def ratio_text(r: CaseResult, redlines_timeout: float) -> str:
    value, bound = ratio_value(r, redlines_timeout)
    return "-" if value is None else ("<" if bound else "") + f"{value:.3f}"


def report_targets(results: list[CaseResult], redlines_timeout: float) -> None:
    by = {r.case: r for r in results}

    def secs(case: str) -> float | None:
        r = by.get(case)
        return None if r is None else r.plain.seconds

    t25, t100 = secs("25k"), secs("100k")
    if t25 and t100:
        print(f"\ngrowth 25k -> 100k: {t100 / t25:.2f}x (4x the words)")
    print("\ntargets:")
    checks: list[tuple[str, float | None, float, str]] = [
        ("100k end to end", t100, T_100K_SECONDS, "s"),
    ]
    ratio = None
    if "100k" in by:
        value, _ = ratio_value(by["100k"], redlines_timeout)
        ratio = value
    checks += [
        ("100k vs redlines", ratio, T_RATIO_TO_REDLINES, "x"),
        ("growth 25k -> 100k", t100 / t25 if t25 and t100 else None, T_GROWTH_25_100, "x"),
        ("unrelated 100k", secs("unrelated-100k"), T_UNRELATED_SECONDS, "s"),
        ("peak memory 100k", by["100k"].plain.peak_mb if "100k" in by else None, T_PEAK_MB_100K, "MB"),
        ("300k end to end", secs("300k"), T_300K_SECONDS, "s"),
    ]
    export = by["100k"].export if "100k" in by else None
    extra = None
    if export and export.seconds is not None and t100 is not None:
        extra = export.seconds - t100
    checks.append(("100k redline export extra", extra, T_REDLINE_EXTRA, "s"))
    for label, value, limit, unit in checks:
        if value is None:
            status, shown = "SKIP", "not measured"
        else:
            status, shown = ("PASS" if value <= limit else "FAIL"), f"{value:.3f} {unit}"
        print(f"  {status}  {label:<28} {shown:>14}   (target <= {limit:g} {unit})")


# --------------------------------------------------------------------------- profile


def profile(case: str, args: argparse.Namespace, workdir: Path) -> None:
    """The CLI's own code path, in-process (imports done first, so start-up is not in the tree)."""
    old, new = prepare(case, workdir, args.seed)
    sys.path.insert(0, str(ROOT))
    from compare import cli, engine  # noqa: F401  (warm imports)
    from compare.export import jsonio  # noqa: F401

    print_stages(case, old, new, workdir)
    argv = [str(old), str(new), "--json", str(workdir / f"{case}-profile.json"), "--quiet"]
    if args.profile_export:
        argv += ["--docx-redline", str(workdir / f"{case}-profile.docx")]
    try:
        from pyinstrument import Profiler
    except ImportError:
        _cprofile(cli.main, argv)
        return
    profiler = Profiler(interval=args.profile_interval)
    t = time.perf_counter()
    profiler.start()
    cli.main(argv)
    profiler.stop()
    print(f"{case}: {time.perf_counter() - t:.3f} s in-process (with profiler overhead)\n")
    tree = profiler.output_text(unicode=True, color=False, processor_options={"filter_threshold": 0.01})
    lines = tree.splitlines()
    lines = lines[_after_banner(lines) :]
    print("\n".join(lines[: args.profile_lines]))
    if len(lines) > args.profile_lines:
        print(f"... ({len(lines) - args.profile_lines} more lines; --profile-lines N)")
    session = profiler.last_session
    root = session.root_frame() if session else None
    if root is not None:
        print_self_times(root, args.profile_top)


def print_stages(case: str, old: Path, new: Path, workdir: Path) -> None:
    """Wall time per pipeline stage of one fresh process, unprofiled."""
    cmd = [sys.executable, "-c", _STAGES, str(ROOT), str(old), str(new), str(workdir / f"{case}-stages.json")]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=CLI_TIMEOUT)
    if out.returncode != 0:
        print(f"stage timing failed: {(out.stderr.strip().splitlines() or ['?'])[-1]}")
        return
    stages = json.loads(out.stdout)
    total = sum(t for _, t in stages) or 1.0
    print(f"{case}: stages of one unprofiled run, {total:.3f} s after interpreter start:")
    for what, t in stages:
        if what != "Done":
            print(f"  {t:7.3f} s  {100 * t / total:5.1f}%  {what}")
    print()


def print_self_times(root, top: int) -> None:
    """Own time per function (children excluded) over the whole raw tree: where the CPU actually goes.

    pyinstrument's own flat view works on the filtered, library-collapsed tree; this sums the raw one,
    so the percentages add up to the whole run.
    """
    acc: dict[tuple[str, str], float] = {}
    stack = [root]
    while stack:
        f = stack.pop()
        stack.extend(c for c in f.children if not c.is_synthetic)
        key = (f.function or "?", f"{f.file_path_short}:{f.line_no}")
        acc[key] = acc.get(key, 0.0) + f.total_self_time
    total = root.time or 1.0
    print(f"\nself time by function (children excluded), top {top} of {total:.3f} s:")
    for (func, where), t in sorted(acc.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * t / total:5.1f}%  {t:7.3f} s  {func}  {where}")


def _after_banner(lines: list[str]) -> int:
    """Index of the first line after pyinstrument's logo and "Profile at ..." header."""
    for k, line in enumerate(lines):
        if line.startswith("Profile at"):
            return k + 1
    return 0


def _cprofile(func, argv: list[str]) -> None:
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.runcall(func, argv)
    stats = pstats.Stats(prof).strip_dirs()
    stats.sort_stats("cumulative").print_stats(35)
    stats.sort_stats("tottime").print_stats(25)


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workdir", type=Path, help="cache for the generated pairs (default: a temp dir)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, help="runs per case, best kept (default 3; 1 for 300k)")
    ap.add_argument("--quick", action="store_true", help="only 10k and 25k")
    ap.add_argument("--cases", help=f"comma-separated subset of {', '.join(CASES)}")
    ap.add_argument("--redlines-timeout", type=float, default=120.0, help="seconds per redlines run")
    ap.add_argument("--redlines-all", action="store_true", help="also run redlines on 300k")
    ap.add_argument("--no-redlines", action="store_true", help="skip the redlines reference")
    ap.add_argument("--no-export", action="store_true", help="skip the --docx-redline measurement")
    ap.add_argument("--profile", metavar="CASE", choices=list(CASES), help="profile one case instead")
    ap.add_argument("--profile-export", action="store_true", help="profile with --docx-redline too")
    ap.add_argument("--profile-lines", type=int, default=70, help="lines of the call tree to print")
    ap.add_argument("--profile-top", type=int, default=25, help="functions in the self-time list")
    ap.add_argument("--profile-interval", type=float, default=0.001, help="sampling interval, seconds")
    return ap.parse_args(argv)


def compile_bytecode() -> None:
    """Write the project's .pyc files first, as any run after the first (or an installed wheel) has them.

    Otherwise, with PYTHONDONTWRITEBYTECODE set (as on some CI and sandbox machines), every measured run
    would also compile the engine's sources, ~0.07 s that no user pays.
    """
    import compileall

    for folder in ("compare", "gui"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="clausediff-perf-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        if args.profile:
            profile(args.profile, args, workdir)
            return 0
        if args.cases:
            cases = [c.strip() for c in args.cases.split(",") if c.strip()]
            unknown = [c for c in cases if c not in CASES]
            if unknown:
                raise SystemExit(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(CASES)}")
        else:
            cases = list(QUICK if args.quick else CASES)
        print(f"python {sys.version.split()[0]}, pairs in {workdir}", file=sys.stderr)
        compile_bytecode()
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
        if load > 0.5:
            print(f"warning: load average {load:.1f}: other work is running, timings will be noisy")
        results = [run_case(c, args, workdir) for c in cases]
        print()
        print_table(results, args.redlines_timeout)
        report_targets(results, args.redlines_timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
