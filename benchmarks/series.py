"""Speed of a series: ``clausediff compare V1 … V10`` on ten versions of a 25k-word draft, end to end.

The versions are one draft built from real text by ``corpus_builder.py`` and then edited step by step the
way ``corpus_builder.edit_document`` edits a revised draft (sentences deleted, inserted and reworded, list
items added and dropped, a paragraph moved), so each version is the one before it, revised. Built with
fixed seeds and cached as .txt. Each measurement is a fresh ``python main.py compare V1 … VN --json OUT
--quiet`` process (start-up, reading, every step, the chaining and the JSON all count), best of
``--repeat``; the same with ``CLAUSEDIFF_PARALLEL=0`` (one process) is timed in the same run, alternating,
so the two are comparable on a busy machine.

    python benchmarks/series.py                         # 10 versions of 25k words, target ≤ 10 s
    python benchmarks/series.py --versions 4 --words 10000 --repeat 1
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_builder import VERSION, Sources, build_document, edit_document, render, sentence_pool  # noqa: E402

TARGET_SECONDS = 10.0  # issue #17: ten versions of a 25k-word draft from the command line


def write_chain(directory: Path, versions: int, words: int, seed: int = 1) -> list[Path]:
    """Write (or reuse) ``v01.txt`` … in ``directory``: one draft and its successive revisions."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / f"v{k + 1:02d}.txt" for k in range(versions)]
    stamp = directory / "VERSION"
    key = f"series {VERSION} {versions} {words} {seed}"
    if all(p.exists() for p in paths) and stamp.exists() and stamp.read_text() == key:
        return paths
    tag = f"{seed}|{words}|series"
    sources = Sources(sentence_pool(), tag)
    paras = build_document(sources, words, random.Random(f"{tag}|structure"))
    for k, path in enumerate(paths):
        if k:
            paras = edit_document(paras, sources, random.Random(f"{tag}|edits|{k}"))
        path.write_text(render(paras), encoding="utf-8")
    stamp.write_text(key)
    return paths


def time_cli(paths: list[Path], out: Path, parallel: bool) -> float:
    env = dict(os.environ, CLAUSEDIFF_PARALLEL="1" if parallel else "0")
    cmd = [sys.executable, str(ROOT / "main.py"), "compare", *map(str, paths), "--json", str(out), "--quiet"]
    t = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"clausediff failed ({p.returncode}): {p.stderr[-2000:]}")
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--versions", type=int, default=10)
    ap.add_argument("--words", type=int, default=25_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "clausediff-series-bench")
    args = ap.parse_args()
    paths = write_chain(args.cache / f"{args.versions}x{args.words}", args.versions, args.words)
    sizes = [len(p.read_text(encoding="utf-8").split()) for p in paths]
    print(f"{len(paths)} versions, {min(sizes)}–{max(sizes)} words each ({args.cache})")
    best = {True: float("inf"), False: float("inf")}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "series.json"
        for run in range(args.repeat):
            for parallel in (True, False):
                s = time_cli(paths, out, parallel)
                best[parallel] = min(best[parallel], s)
                print(f"  run {run + 1}: {'two cores' if parallel else 'one process'}: {s:.2f} s")
        data = json.loads(out.read_text(encoding="utf-8"))
    items = sum(len(g["items"]) for g in data["items_timeline"])
    changed = sum(1 for h in data["history"] if h["summary"] != "unchanged since v1")
    print(f"steps {len(data['steps'])}, timeline {len(data['items_timeline'])} lists / {items} items, ")
    print(f"clauses of the last version with a history: {changed} of {len(data['history'])}")
    print(
        f"best: two cores {best[True]:.2f} s, one process {best[False]:.2f} s "
        f"(ratio {best[True] / best[False]:.2f}); target ≤ {TARGET_SECONDS:.0f} s: "
        f"{'PASS' if best[True] <= TARGET_SECONDS else 'FAIL'}"
    )


if __name__ == "__main__":
    main()
