"""Input shapes that real files have and ordinary drafts do not: does any stage grow faster than linearly?

Each shape (issue #16) is generated at three sizes, 4x apart, from the benchmark's real-text drafts
(``corpus_builder.build_pair``) and compared in a fresh process (``--run``): reading, segmentation,
alignment, word diff, list items (with the statistics) and the export the shape stresses are timed separately
(through the engine's progress callback). Peak memory is the larger of the run's own high-water mark
(``VmHWM``) and the largest proportional set size of the run and its forked helpers together, sampled
every 50 ms (pages a helper shares with the run count once); "1 process MB" is the larger of the run's and
its helpers' own peaks, as ``getrusage`` reports them (on Linux ``getrusage`` of the run itself would also
carry over the benchmark parent's peak across exec, so ``VmHWM`` is read instead). The table gives, per
shape and size, the seconds per stage, the total, the peak MB against the budget (40x the input bytes +
150 MB) and the growth exponent of each stage between the two largest sizes (time ratio in log base 4;
only for stages over 0.05 s).

    python benchmarks/stress.py                  # 15.6k, 62.5k, 250k words per document
    python benchmarks/stress.py --full           # 62.5k, 250k, 1M words (minutes)
    python benchmarks/stress.py --shapes repeated,junk --timeout 60
    python benchmarks/stress.py --shapes lines --repeat 3   # fastest of 3 runs per size (loaded machine)

Shapes:
  normal       an ordinary draft and its revision (the reference)
  repeated     the revision has a run of "Not applicable." lines (a quarter as many as the draft's words)
               right after a clause both sides share that names the provisions
  lines        a draft against identical lines ("Not applicable.", half as many as the draft's words)
               after the clause of the draft that names them
  lines-redline  the same, plus the Word redline (--docx-redline)
  no-stops     OCR-like text: no . ; : ? !, paragraphs of ~50 lines, --segment paragraphs
  combining    accents written as combining marks (NFD) in a third of the words (the same words on both sides)
  respelled    the same, but every third word by position: after the first edit nearly every clause differs
  one-para     one paragraph of many short lines (one sentence per line), --docx-report
  junk         10 kB "words" (base64-like), three per sentence; size = words / 250 such words
  long-list    one paragraph holding one long semicolon list ("bolts, radiators and iron; " repeated)
               against a short text that has the list once (issue #13's scaling case)
  distinct-list  the same, but every item differs ("valves of type 7812"): nothing repeats, so every item is
               read and reported removed

It measures; it does not gate (exit status 0 unless the benchmark itself breaks). A run that exceeds
``--timeout`` is reported as such and the larger sizes of that shape are skipped.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

STAGES = ("read", "segment", "align", "diff", "lists", "export")
_STAGE_OF = {
    "Reading original": "read",
    "Reading revised": "read",
    "Splitting into clauses": "segment",
    "Aligning clauses": "align",
    "Comparing words": "diff",
    "Finding list items": "lists",
    "Done": "end",
}
SHAPES = (
    "normal",
    "repeated",
    "lines",
    "lines-redline",
    "no-stops",
    "combining",
    "respelled",
    "one-para",
    "junk",
    "long-list",
    "distinct-list",
)
EXPORT = {"lines-redline": "redline", "one-para": "report"}
SEGMENT = {"no-stops": "paragraphs"}
MEM_PER_BYTE, MEM_BASE_MB = 40, 150


# --- the shapes -------------------------------------------------------------------------------------------
def _pair(words: int) -> tuple[str, str]:
    from corpus_builder import build_pair

    return build_pair(words)


HEAD = "The parties agree that the following provisions are not applicable to the territory."


def _repeated(words: int) -> tuple[str, str]:
    """A run of "Not applicable." lines right after a clause that names them, so the run can join that
    clause's group (the case that made attaching neighbours quadratic)."""
    old, new = _pair(words)
    a, b = old.split("\n\n"), new.split("\n\n")
    ka, kb = len(a) // 2, len(b) // 2
    run = "\n".join(["Not applicable."] * (words // 4))
    return "\n\n".join(a[:ka] + [HEAD] + a[ka:]), "\n\n".join(b[:kb] + [HEAD, run] + b[kb:])


def _lines(words: int) -> tuple[str, str]:
    """A draft that names the provisions against a file that is only the same clause and then
    identical lines."""
    old, _new = _pair(words)
    return HEAD + "\n\n" + old, HEAD + "\n\n" + "Not applicable.\n" * (words // 2)


def _no_stops(words: int) -> tuple[str, str]:
    def strip(text: str) -> str:
        import re

        lines = [ln for ln in re.sub(r"[.;:?!](?=\s|$)", "", text).split("\n") if ln.strip()]
        return "\n\n".join(" ".join(lines[k : k + 50]) for k in range(0, len(lines), 50))

    old, new = _pair(words)
    return strip(old), strip(new)


_ACCENT = str.maketrans({"a": "a\u0300", "e": "e\u0301", "o": "o\u0302", "u": "u\u0308"})


def _accented(words: int, chosen) -> tuple[str, str]:
    """The draft pair with the words ``chosen(k, word)`` picks accented as combining marks (NFD)."""

    def accent(text: str) -> str:
        out = [w.translate(_ACCENT) if chosen(k, w) else w for k, w in enumerate(text.split(" "))]
        return unicodedata.normalize("NFD", " ".join(out))

    old, new = _pair(words)
    return accent(old), accent(new)


def _combining(words: int) -> tuple[str, str]:
    """About a third of the words (chosen by the word itself, so both versions accent the same words and
    differ only by the draft's own edits) carry accents written as combining marks."""
    import zlib

    return _accented(words, lambda _k, w: zlib.crc32(w.encode()) % 3 == 0)


def _respelled(words: int) -> tuple[str, str]:
    """Every third word of each version accented by its position, so after the first edit the two
    versions accent different words: nearly every clause changes a little (what 'combining' measured
    before it accented by word; kept as the shape of a document respelled throughout)."""
    return _accented(words, lambda k, _w: k % 3 == 0)


def _one_para(words: int) -> tuple[str, str]:
    import re

    def lines(text: str) -> str:
        return "\n".join(s for s in re.split(r"(?<=[.;:])\s+", text.replace("\n\n", " ")) if s.strip())

    old, new = _pair(words)
    return lines(old), lines(new)


def _junk(words: int) -> tuple[str, str]:
    rng = random.Random(f"junk|{words}")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    n = max(3, words // 250)
    junk = ["".join(rng.choices(alphabet, k=10_000)) for _ in range(n)]
    old = [" ".join(junk[k : k + 3]) + "." for k in range(0, n, 3)]
    new = list(old)
    for k in range(0, len(new), 10):
        w = new[k].split(" ")
        w[0] = "".join(rng.choices(alphabet, k=10_000))
        new[k] = " ".join(w)
    return "\n\n".join(old), "\n\n".join(new)


LIST_HEAD = "Decides that all States shall prohibit the sale or supply of"


def _long_list(words: int) -> tuple[str, str]:
    """Every item of the long side is a list change (the short side has the list once, with "coal")."""
    old = LIST_HEAD + " " + "bolts, radiators and iron; " * (words // 4) + "and coal."
    new = "The Security Council,\n\n" + LIST_HEAD + " bolts, radiators and coal.\n\nDecides to remain seized."
    return old, new


def _distinct_list(words: int) -> tuple[str, str]:
    """Like long-list, but no two items alike (12 words per "; "-segment of three items)."""
    rng = random.Random(words)
    goods = ["bolts", "radiators", "valves", "cables", "engines", "tyres"]
    goods += ["pumps", "pipes", "wires", "lamps", "motors", "screws"]
    segments = (
        f"{rng.choice(goods)} of type {3 * k}, {rng.choice(goods)} of type {3 * k + 1} and "
        f"{rng.choice(goods)} of type {3 * k + 2}; "
        for k in range(words // 12)
    )
    old = LIST_HEAD + " " + "".join(segments) + "and coal."
    new = "The Security Council,\n\n" + LIST_HEAD + " bolts, radiators and coal.\n\nDecides to remain seized."
    return old, new


MAKERS = {
    "normal": _pair,
    "repeated": _repeated,
    "lines": _lines,
    "lines-redline": _lines,
    "no-stops": _no_stops,
    "combining": _combining,
    "respelled": _respelled,
    "one-para": _one_para,
    "junk": _junk,
    "long-list": _long_list,
    "distinct-list": _distinct_list,
}


def write_shape(directory: Path, shape: str, words: int) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    a, b = directory / f"{shape}-{words}-old.txt", directory / f"{shape}-{words}-new.txt"
    if not (a.exists() and b.exists()):
        old, new = MAKERS[shape](words)
        a.write_text(old, encoding="utf-8")
        b.write_text(new, encoding="utf-8")
    return a, b


# --- one measured run (in its own process) ----------------------------------------------------------------
def run_one(a: str, b: str, segment: str, export: str | None, out_dir: str) -> dict:
    from compare.engine import compare_files
    from compare.model import CompareOptions, SegmentMode

    marks: list[tuple[float, float, str]] = []

    def progress(_fraction: float, what: str) -> None:
        marks.append((time.perf_counter(), time.process_time(), _STAGE_OF.get(what, what)))

    t0 = time.perf_counter()
    result = compare_files(a, b, CompareOptions(segment=SegmentMode(segment)), progress=progress)
    times = dict.fromkeys(STAGES, 0.0)
    cpu = dict.fromkeys(STAGES, 0.0)
    marks.append((time.perf_counter(), time.process_time(), "end"))
    for (t, c, stage), (t_next, c_next, _s) in zip(marks, marks[1:], strict=False):
        if stage in times:
            times[stage] += t_next - t
            cpu[stage] += c_next - c
    t = time.perf_counter()
    if export == "redline":
        from compare.export.redline import write_redline

        write_redline(result, str(Path(out_dir) / "redline.docx"))
    elif export == "report":
        from compare.export.report_docx import write_report

        write_report(result, str(Path(out_dir) / "report.docx"))
    times["export"] = time.perf_counter() - t
    cpu["export"] = times["export"]  # not split: the export runs alone after the comparison
    return {
        "times": times,
        "cpu": cpu,
        "total": time.perf_counter() - t0,
        "self_hwm_mb": _status_kb("VmHWM") / 1024,
        "child_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _status_kb(field: str, pid: str = "self") -> int:
    """A ``/proc/<pid>/status`` figure in kB. ``VmHWM`` is this process's own peak: ``getrusage``'s
    ru_maxrss is not, on Linux it keeps the high-water mark of the process that forked it across exec
    (the benchmark's parent, grown by generating the inputs, would set every run's floor)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _tree_pss_kb(pid: int) -> int:
    """Proportional set size of a process and its descendants: pages a forked helper shares with its
    parent are counted once between them, pages it copied or allocated are counted for it."""
    total = 0
    todo = [str(pid)]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{p}/task/{p}/children") as f:
                todo += f.read().split()
        except OSError:
            continue  # it ended meanwhile
    return total


# --- the table ----------------------------------------------------------------------------------------------
def measure(shape: str, words: int, tmp: Path, timeout: float, repeat: int = 1) -> dict:
    """One size of one shape; with ``repeat`` > 1, the fastest of the runs per stage (and in total) and
    the largest peak: on a loaded machine a single run's stage times vary 2-3x."""
    runs = [_measure_once(shape, words, tmp, timeout) for _ in range(max(1, repeat))]
    done = [r for r in runs if "times" in r]
    if len(done) < len(runs):
        return next(r for r in runs if "times" not in r)
    best = dict(done[0])
    best["times"] = {s: min(r["times"][s] for r in done) for s in STAGES}
    best["cpu"] = {s: min(r["cpu"][s] for r in done) for s in STAGES}
    best["total"] = min(r["total"] for r in done)
    best["peak_mb"] = max(r["peak_mb"] for r in done)
    best["rusage_mb"] = max(r["rusage_mb"] for r in done)
    return best


def _measure_once(shape: str, words: int, tmp: Path, timeout: float) -> dict:
    a, b = write_shape(tmp, shape, words)
    cmd = [
        sys.executable,
        __file__,
        "--run",
        str(a),
        str(b),
        SEGMENT.get(shape, "clauses"),
        EXPORT.get(shape, "none"),
        str(tmp),
    ]
    size = a.stat().st_size + b.stat().st_size
    with tempfile.TemporaryFile("w+") as out_f, tempfile.TemporaryFile("w+") as err_f:
        proc = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, text=True, cwd=ROOT)
        start, pss_peak = time.monotonic(), 0
        while proc.poll() is None:  # the run and its forked helpers together, sampled
            if time.monotonic() - start > timeout:
                proc.kill()
                proc.wait()
                return {"timeout": True, "bytes": size}
            pss_peak = max(pss_peak, _tree_pss_kb(proc.pid))
            time.sleep(0.05)
        out_f.seek(0)
        err_f.seek(0)
        stdout, stderr = out_f.read(), err_f.read()
    if proc.returncode != 0:
        return {"error": stderr.strip().splitlines()[-1:], "bytes": size}
    out = json.loads(stdout.strip().splitlines()[-1])
    out["bytes"] = size
    out["pss_mb"] = pss_peak / 1024
    out["peak_mb"] = max(out["pss_mb"], out["self_hwm_mb"])
    out["rusage_mb"] = max(
        out["child_maxrss_mb"], out["self_hwm_mb"]
    )  # the larger process, shared pages in both
    return out


def exponent(t_small: float, t_big: float) -> str:
    if t_big < 0.05 or t_small <= 0:
        return "-"
    return f"{math.log(t_big / t_small, 4):.2f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="62.5k, 250k and 1M words")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    ap.add_argument("--dir", type=Path, help="where generated inputs are kept (default: a temp dir)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest is reported")
    ap.add_argument(
        "--run", nargs=5, metavar=("OLD", "NEW", "SEGMENT", "EXPORT", "DIR"), help=argparse.SUPPRESS
    )
    args = ap.parse_args()
    if args.run:
        a, b, segment, export, out_dir = args.run
        print(json.dumps(run_one(a, b, segment, None if export == "none" else export, out_dir)))
        return 0
    sizes = (62_500, 250_000, 1_000_000) if args.full else (15_625, 62_500, 250_000)
    tmp = args.dir or Path(tempfile.mkdtemp(prefix="clausediff-stress-"))
    head = (
        "| shape | words | MB in | "
        + " | ".join(STAGES)
        + " | total s | peak MB | 1 process MB | budget MB |"
    )
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    rows: dict[str, list[tuple[int, dict]]] = {}
    for shape in args.shapes.split(","):
        rows[shape] = []
        for words in sizes:
            r = measure(shape, words, tmp, args.timeout, args.repeat)
            rows[shape].append((words, r))
            mb_in = r["bytes"] / 1e6
            budget = MEM_PER_BYTE * mb_in + MEM_BASE_MB
            if "times" not in r:
                what = f"> {args.timeout:.0f} s (timeout)" if r.get("timeout") else f"error {r.get('error')}"
                print(f"| {shape} | {words:,} | {mb_in:.1f} | {what} |", flush=True)
                break
            cells = " | ".join(f"{r['times'][s]:.2f}" for s in STAGES)
            print(
                f"| {shape} | {words:,} | {mb_in:.1f} | {cells} | {r['total']:.2f} | {r['peak_mb']:.0f} | "
                f"{r['rusage_mb']:.0f} | {budget:.0f} |",
                flush=True,
            )
    print("\nGrowth exponent per stage between the two largest sizes (4x input; target <= 1.2):\n")
    print("| shape | " + " | ".join(STAGES) + " | total |")
    print("|" + "---|" * (len(STAGES) + 2))
    for shape, runs in rows.items():
        done = [r for _w, r in runs if "times" in r]
        if len(done) < 2:
            print(f"| {shape} | " + " | ".join("n/a" for _ in STAGES) + " | n/a (timed out) |")
            continue
        x, y = done[-2], done[-1]
        cells = " | ".join(exponent(x["times"][s], y["times"][s]) for s in STAGES)
        print(f"| {shape} | {cells} | {exponent(x['total'], y['total'])} |")
    # Wall time follows the share of a core the run gets: on a shared machine (and next to its own helper
    # reading lists ahead) that share changes between runs, and a stage can look superlinear that is not.
    print(
        "\nThe same exponents from the run process's own CPU time (steadier under load; its forked helpers,"
        " half of segment and the lists read ahead, are not counted):\n"
    )
    print("| shape | " + " | ".join(STAGES) + " |")
    print("|" + "---|" * (len(STAGES) + 1))
    for shape, runs in rows.items():
        done = [r for _w, r in runs if "cpu" in r]
        if len(done) < 2:
            continue
        x, y = done[-2], done[-1]
        print(f"| {shape} | " + " | ".join(exponent(x["cpu"][s], y["cpu"][s]) for s in STAGES) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
