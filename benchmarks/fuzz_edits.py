"""Fuzz harness for the comparison itself: random edits of real resolutions must never make it raise.

Usage (from the project root; needs ../shared/corpus/un)::

    python benchmarks/fuzz_edits.py --minutes 5            # word edits and list-shaped edits, alternating
    python benchmarks/fuzz_edits.py --minutes 2 --seed 7
    python benchmarks/fuzz_edits.py --replay 1000019       # the one round a finding printed

Each round takes a resolution, applies one to three edits to random paragraphs -- a word put in, struck or
replaced, or a list-shaped piece put in (", including X,", " and X", " or any X or any Y", "; X", " (a) X;",
a bare separator) or a short span struck -- sometimes moves a paragraph, and compares the two versions
(either one as the original) with the real engine (``compare_documents``). Any exception is a finding: its
traceback is printed with the round's seed, which ``--replay`` runs again. Round 4 of the list reader made
a member put at the very end of a clause ("a threat to regional peace{+ and stability+},") raise
IndexError; with that bug back, a one-minute run of this harness finds it 3 times in 2,122 comparisons.
Exit status: 0 when nothing was found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "un"
sys.path.insert(0, str(ROOT))

from compare.engine import compare_documents  # noqa: E402
from compare.model import Document  # noqa: E402

PIECES = (
    ", including {w},",
    " and {w}",
    " or {w}",
    ", {w} and {v}",
    "; {w}",
    " to {w}",
    " such as {w}",
    ", as well as {w}",
    " and/or {w}",
    " any {w} or any {v}",
    ", namely {w},",
    " (a) {w};",
    " - {w}",
    ":",
    ";",
    ",",
    " and",
    " or",
    " the",
    " to",
)


def edited(paras: list[str], words: list[str], rng: random.Random, shaped: bool) -> list[str]:
    new = list(paras)
    for _ in range(rng.randint(1, 3)):
        k = rng.randrange(len(new))
        if shaped:
            s = new[k]
            i = rng.randrange(len(s) + 1)
            if rng.random() < 0.7:
                s = s[:i] + rng.choice(PIECES).format(w=rng.choice(words), v=rng.choice(words)) + s[i:]
            else:
                s = s[:i] + s[min(len(s), i + rng.randint(1, 40)) :]
            new[k] = s
            continue
        ws = new[k].split(" ")
        i, op, w = rng.randrange(len(ws) + 1), rng.random(), rng.choice(words)
        if op < 0.3:
            ws.insert(i, w)
        elif op < 0.45:
            ws.insert(i, "and " + w)
        elif op < 0.6:
            ws.insert(i, w + ",")
        elif op < 0.8 and ws:
            del ws[min(i, len(ws) - 1)]
        elif ws:
            ws[min(i, len(ws) - 1)] = w
        new[k] = " ".join(ws)
    if rng.random() < 0.1 and len(new) > 2:
        new.insert(rng.randrange(len(new)), new.pop(rng.randrange(len(new))))
    return new


def one_round(seed: int, texts: list[str]) -> None:
    """One comparison, fully determined by ``seed`` (odd seeds make list-shaped edits)."""
    rng = random.Random(seed)
    text = rng.choice(texts)
    paras = text.split("\n\n")
    words = [w.strip(",.;:()") for w in text.split() if w.strip(",.;:()")]
    new = edited(paras, words, rng, shaped=seed % 2 == 1)
    a, b = (paras, new) if rng.random() < 0.5 else (new, paras)
    compare_documents(Document.from_paragraphs("a", "text", a), Document.from_paragraphs("b", "text", b))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--replay", type=int, metavar="SEED", help="run the one round a finding printed")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"fuzz skipped: {CORPUS} is absent")
        return 0
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("S-RES-*.txt"))]
    if args.replay is not None:
        one_round(args.replay, texts)  # raises as the finding did
        return 0
    end = time.monotonic() + 60 * args.minutes
    rounds = found = 0
    while time.monotonic() < end:
        seed = args.seed * 1_000_003 + rounds
        rounds += 1
        try:
            one_round(seed, texts)
        except Exception:  # noqa: BLE001 - any exception is what we look for
            found += 1
            print(f"finding {found}: replay with --replay {seed}", file=sys.stderr)
            traceback.print_exc()
    print(f"{rounds} comparisons, {found} raised")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
