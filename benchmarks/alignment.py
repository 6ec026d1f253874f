"""Alignment quality on human-annotated sentence alignments (../shared/corpus/alignment, DEplain-web).

Each document pair goes through the real engine in ``lines`` mode (one given sentence per line, so the
annotators' sentence split is kept), and the predicted links are scored by the corpus's own ``score.py``.

    python benchmarks/alignment.py --split dev          # tune on dev only
    python benchmarks/alignment.py --split test         # report once per change of method

Prints one table row per method: P, R, F1, F1 without identical-sentence links, median ms per pair.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compare.align.aligner import align  # noqa: E402
from compare.engine import compare_documents  # noqa: E402
from compare.model import CompareOptions, Document, SegmentMode  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "alignment"


def engine_pairs(a: list[str], b: list[str]) -> list[list[int]]:
    """Links predicted by Clausediff: every (old, new) clause pair inside an aligned entry."""
    doc_a = Document.from_paragraphs("a.txt", "txt", [" ".join(s.split()) for s in a])
    doc_b = Document.from_paragraphs("b.txt", "txt", [" ".join(s.split()) for s in b])
    result = compare_documents(doc_a, doc_b, CompareOptions(segment=SegmentMode.LINES))
    return [[i, j] for e in result.alignment for i in e.a for j in e.b]


def jaccard_pairs(a: list[str], b: list[str], threshold: float = 0.5) -> list[list[int]]:
    """The corpus README's floor: each new sentence to the old one with the best token Jaccard > 0.5."""
    tok = [set(re.findall(r"\w+", s.lower())) for s in a]
    out = []
    for j, s in enumerate(b):
        t = set(re.findall(r"\w+", s.lower()))
        best, best_i = 0.0, -1
        for i, u in enumerate(tok):
            jac = len(t & u) / len(t | u) if t | u else 0.0
            if jac > best:
                best, best_i = jac, i
        if best > threshold:
            out.append([best_i, j])
    return out


def align_pairs(a: list[str], b: list[str]) -> list[list[int]]:
    """The aligner alone, without reading, segmenting and word diffs (its own share of the time)."""
    return [[i, j] for g in align(a, b) for i in g.a for j in g.b]


METHODS = {"clausediff": engine_pairs, "align-only": align_pairs, "token-jaccard>0.5": jaccard_pairs}

# Published systems' outputs as rescored by the corpus README (test split; no-identical is dev+test).
REFERENCE = {
    "MASSalign": (0.9666, 0.7377, 0.8368, 0.7157),
    "Sent-LaBSE (0.9)": (0.9990, 0.5816, 0.7352, 0.4613),
    "BERTalign": (0.9614, 0.5763, 0.7206, 0.5245),
}


def score(gold: Path, pred: Path, no_identical: bool) -> dict:
    cmd = [sys.executable, str(CORPUS / "score.py"), str(gold), str(pred), "--json"]
    if no_identical:
        cmd.append("--no-identical")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])["splits"]["ALL"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "test"], default="dev")
    ap.add_argument("--method", choices=sorted(METHODS), action="append")
    args = ap.parse_args(argv)
    gold = CORPUS / f"{args.split}.jsonl"
    if not gold.exists():
        print(f"no benchmark data at {gold} (it lives in ../shared beside the project)", file=sys.stderr)
        return 1
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"{'method':<20} {'split':<5} {'P':>6} {'R':>6} {'F1':>6} {'F1 no-ident':>11} {'ms/pair':>8}")
    for name in args.method or ["clausediff", "align-only", "token-jaccard>0.5"]:
        fn = METHODS[name]
        times = []
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for r in records:
                t0 = time.perf_counter()
                pairs = fn(r["a"], r["b"])
                times.append((time.perf_counter() - t0) * 1000)
                f.write(json.dumps({"id": r["id"], "pairs": pairs}) + "\n")
            pred = Path(f.name)
        try:
            full, hard = score(gold, pred, False), score(gold, pred, True)
        finally:
            pred.unlink(missing_ok=True)
        print(
            f"{name:<20} {args.split:<5} {full['precision']:6.3f} {full['recall']:6.3f} {full['f1']:6.3f} "
            f"{hard['f1']:11.3f} {statistics.median(times):8.1f}"
        )
    if args.split == "test" and not args.method:
        for name, (p, r, f1, hard) in REFERENCE.items():
            label = name + " (published)"
            print(f"{label:<20} {'test':<5} {p:6.3f} {r:6.3f} {f1:6.3f} {hard:11.3f} {'-':>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
