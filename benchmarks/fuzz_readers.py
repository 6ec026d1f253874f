"""Long-running fuzz harness for the document readers: finds crashes (non-DocumentError) and hangs.

Usage (from the project root)::

    python benchmarks/fuzz_readers.py --minutes 10              # all formats, ~equal share each
    python benchmarks/fuzz_readers.py --minutes 2 --format docx --format odt --seed 7
    python benchmarks/fuzz_readers.py --minutes 30 --timeout 5 --out fuzz-findings

Each round takes a seed document (built by tests/fixtures_docs.py) or random bytes, mutates it -- byte
edits, or XML edits inside a still-valid zip for .docx/.odt -- and calls ``read_document``. Anything other
than a ``Document`` or a ``DocumentError`` is a crash, and so is ``UnexpectedReadError`` (the catch-all
that turns an unanticipated parser failure into a message); a read taking longer than ``--timeout`` s is
a hang (interrupted with SIGALRM where available). Each finding is saved under ``--out`` as
``<kind>-<n><suffix>`` with a ``.txt`` note (exception and traceback) so it can be replayed with
``python -c "from compare.readers import read_document; read_document('fuzz-findings/crash-1.docx')"``.
The run is reproducible from ``--seed``. Exit status: 0 when nothing was found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fixtures_docs import mutate_bytes, mutate_package, seed_documents  # noqa: E402

from compare.errors import DocumentError  # noqa: E402
from compare.model import Document  # noqa: E402
from compare.readers import ReadOptions, UnexpectedReadError, read_document  # noqa: E402

FORMATS = ("txt", "docx", "pdf", "odt", "rtf", "html", "random")


class Hang(Exception):
    pass


def _alarm(_signum, _frame):
    raise Hang()


def make_input(fmt: str, seeds: dict[str, bytes], rng: random.Random) -> tuple[bytes, str]:
    if fmt == "random":
        suffix = rng.choice([".txt", ".docx", ".pdf", ".odt", ".rtf", ".html", ""])
        return rng.randbytes(rng.randint(0, 8192)), suffix
    suffix = "." + fmt
    data = seeds[suffix]
    for _ in range(rng.randint(1, 3)):  # stacked mutations reach further from the seed
        if suffix in (".docx", ".odt") and rng.random() < 0.7:
            try:
                data = mutate_package(data, rng)
                continue
            except Exception:  # the previous round broke the zip; fall back to byte edits
                pass
        data = mutate_bytes(data, rng)
    return data, suffix


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=1.0, help="how long to run (default 1)")
    ap.add_argument("--format", action="append", choices=FORMATS, help="restrict to formats (repeatable)")
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: time-based, printed)")
    ap.add_argument("--timeout", type=float, default=5.0, help="seconds before a read counts as a hang")
    ap.add_argument("--out", type=Path, default=Path("fuzz-findings"), help="where findings are saved")
    args = ap.parse_args(argv)

    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    formats = args.format or list(FORMATS)
    work = Path(tempfile.mkdtemp(prefix="clausediff-fuzz-"))
    seeds = seed_documents(work / "seeds")
    can_alarm = hasattr(signal, "setitimer")
    if can_alarm:
        signal.signal(signal.SIGALRM, _alarm)
    print(f"fuzzing {', '.join(formats)} for {args.minutes:g} min, seed {seed}", flush=True)

    deadline = time.monotonic() + args.minutes * 60
    stats: Counter[str] = Counter()
    findings = 0
    slowest = (0.0, "")
    while time.monotonic() < deadline:
        fmt = rng.choice(formats)
        data, suffix = make_input(fmt, seeds, rng)
        path = work / f"input{suffix}"
        path.write_bytes(data)
        options = ReadOptions(reflow=rng.random() < 0.8, revisions=rng.choice(["accept", "original"]))
        kind, detail = "ok", ""
        start = time.perf_counter()
        if can_alarm:
            signal.setitimer(signal.ITIMER_REAL, args.timeout)
        try:
            result = read_document(path, options)
            if not isinstance(result, Document):
                kind, detail = "crash", f"returned {type(result).__name__}"
        except Hang:
            kind, detail = "hang", f"no result after {args.timeout:g} s"
        except UnexpectedReadError as err:  # handled for the user, but a bug for us
            kind, detail = "crash", "".join(traceback.format_exception(err.__cause__ or err))
        except DocumentError as err:
            kind = "refused"
            if "\n" in str(err) or path.name not in str(err):
                kind, detail = "crash", f"bad message: {str(err)!r}"
        except Exception:
            kind, detail = "crash", traceback.format_exc()
        finally:
            if can_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.perf_counter() - start
        if elapsed > slowest[0]:
            slowest = (elapsed, fmt)
        stats[f"{fmt}:{kind}"] += 1
        if kind in ("crash", "hang"):
            findings += 1
            args.out.mkdir(parents=True, exist_ok=True)
            target = args.out / f"{kind}-{findings}{suffix}"
            target.write_bytes(data)
            target.with_name(target.name + ".txt").write_text(f"{fmt} {options}\n{detail}\n")
            print(f"{kind.upper()}: {target} ({detail.strip().splitlines()[-1] if detail.strip() else ''})")

    total = sum(stats.values())
    print(f"\n{total} inputs, {findings} findings, slowest read {slowest[0]:.2f} s ({slowest[1]})")
    for key in sorted(stats):
        print(f"  {key:20} {stats[key]}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
