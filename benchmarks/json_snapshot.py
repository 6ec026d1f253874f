"""Fingerprint the JSON of every comparison, to prove a refactoring changed no result.

Two ways in, both keyed by a hash of the inputs (texts and options) so runs can be matched up:

    python benchmarks/json_snapshot.py --out before.json        # the benchmark and corpus pairs
    PYTHONPATH=benchmarks python -m pytest -p json_snapshot      # every pair the test suite compares
        (writes the file named by CLAUSEDIFF_SNAPSHOT, default ./snapshot-tests.json)
    python benchmarks/json_snapshot.py --diff before.json after.json
    python benchmarks/json_snapshot.py --hashseed 1 --out seed1.json     # then --diff against a seed-0 run

The string hash (PYTHONHASHSEED) changes set order from one process to the next; a result must not depend
on it, and a snapshot must not either: the script runs itself again with PYTHONHASHSEED fixed (0 unless
``--hashseed``), so two snapshots differ only where the engine did, and a run with another seed checks
that the results do not depend on it. The pytest plugin cannot restart pytest: it warns when the seed is
not fixed.

Fields that depend on the run rather than the engine (the time of the comparison, temporary paths, file
dates) are blanked before hashing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))


def _to_dict(result):
    try:
        from compare.export.jsonio import to_dict
    except ImportError:  # before the engine was grouped by stage
        from compare.jsonio import to_dict
    return to_dict(result)


def _digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def fingerprint(doc_a, doc_b, options, result) -> tuple[str, str]:
    """(key of the inputs, hash of the normalised JSON)."""
    from dataclasses import asdict

    key = _digest(
        [
            doc_a.text,
            doc_b.text,
            [[p.start, p.end, p.label, p.kind] for p in doc_a.paragraphs],
            [[p.start, p.end, p.label, p.kind] for p in doc_b.paragraphs],
            json.loads(json.dumps(asdict(options), default=str)),
        ]
    )
    d = _to_dict(result)
    d["compared_at"] = None
    for side in ("a", "b"):
        d[side]["source"] = os.path.basename(str(d[side]["source"] or ""))
        d[side]["modified"] = None
    return key, _digest(d)


def _pairs() -> list[tuple[str, str, str]]:
    pairs = [
        (
            "samples",
            str(ROOT / "resources/samples/resolution_v1.txt"),
            str(ROOT / "resources/samples/resolution_v2.txt"),
        )
    ]
    if SHARED.is_dir():
        seeds = sorted((SHARED / "seeds").glob("*.txt"))
        pairs.append(("seeds", str(seeds[0]), str(seeds[1])))
        news = sorted((SHARED / "news").glob("*-a.txt"))
        pairs += [(p.name, str(p), str(p).replace("-a.txt", "-b.txt")) for p in news]
        un = sorted((SHARED / "un").glob("S-RES-*.txt"), key=lambda p: int(p.name.split("-")[2]))
        pairs += [(f"{a.stem}->{b.stem}", str(a), str(b)) for a, b in zip(un, un[1:], strict=False)]
    return pairs


def run_pairs(out: Path, synthetic: bool) -> None:
    from compare.engine import compare_files
    from compare.model import CompareOptions, SegmentMode

    prints: dict[str, str] = {}
    pairs = _pairs()
    if synthetic:
        import tempfile

        sys.path.insert(0, str(ROOT / "benchmarks"))
        from corpus_builder import write_pair

        tmp = Path(tempfile.mkdtemp())
        for words, unrelated in ((25_000, False), (100_000, False), (25_000, True)):
            a, b = write_pair(tmp / f"{words}-{unrelated}", words, unrelated=unrelated)
            pairs.append((f"synthetic-{words}-{unrelated}", str(a), str(b)))
    for name, a, b in pairs:
        for mode in (SegmentMode.CLAUSES, SegmentMode.SENTENCES):
            options = CompareOptions(segment=mode)
            r = compare_files(a, b, options)
            _, h = fingerprint(r.a.document, r.b.document, options, r)
            prints[f"{name} [{mode}]"] = h
            print(f"{h[:12]}  {name} [{mode}]", flush=True)
    out.write_text(json.dumps(prints, indent=1, sort_keys=True))


def diff(before: Path, after: Path) -> int:
    a, b = json.loads(before.read_text()), json.loads(after.read_text())
    common = sorted(set(a) & set(b))
    changed = [k for k in common if a[k] != b[k]]
    print(f"{len(common)} pairs in both ({len(a)} before, {len(b)} after); {len(changed)} differ")
    for k in changed[:20]:
        print("  differs:", k)
    return 1 if changed else 0


# --- pytest plugin: fingerprint every comparison the test suite makes ---------------------------------
_seen: dict[str, str] = {}
_where: dict[str, str] = {}


def pytest_configure(config) -> None:
    import compare.engine as engine

    if os.environ.get("PYTHONHASHSEED") in (None, "", "random"):
        print("json_snapshot: PYTHONHASHSEED is not fixed; set it (e.g. 0) to compare runs", file=sys.stderr)

    original = engine._compare

    def recording(doc_a, doc_b, options, *args, **kwargs):
        result = original(doc_a, doc_b, options, *args, **kwargs)
        key, h = fingerprint(doc_a, doc_b, options, result)
        _seen[key] = h
        _where[key] = os.environ.get("PYTEST_CURRENT_TEST", "")
        return result

    engine._compare = recording


def pytest_unconfigure(config) -> None:
    path = Path(os.environ.get("CLAUSEDIFF_SNAPSHOT", "snapshot-tests.json"))
    path.write_text(json.dumps(_seen, indent=1, sort_keys=True))
    path.with_suffix(".where.json").write_text(json.dumps(_where, indent=1, sort_keys=True))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--no-synthetic", action="store_true", help="skip the 25k/100k generated pairs")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--hashseed", default="0", help="PYTHONHASHSEED to run the comparisons with (default 0)")
    args = ap.parse_args()
    if args.diff:
        return diff(*args.diff)
    if os.environ.get("PYTHONHASHSEED") != args.hashseed:
        # the seed is read when the interpreter starts: run again with it fixed
        env = dict(os.environ, PYTHONHASHSEED=args.hashseed)
        return subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env, check=False).returncode
    print(f"PYTHONHASHSEED={args.hashseed}", flush=True)
    run_pairs(args.out or Path("snapshot-pairs.json"), not args.no_synthetic)
    return 0


if __name__ == "__main__":
    sys.exit(main())
