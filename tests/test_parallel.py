"""Work done in a forked child gives exactly what doing it here gives, and any failure falls back.

Forking is tried in a fresh interpreter: the test process may hold Qt threads, and forking never happens
from a process with threads (that is the point of ``can_fork``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from compare.runtime import fork as parallel

ROOT = Path(__file__).resolve().parents[1]
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="forking is only used on Linux")


def fresh(code: str, **env: str) -> str:
    """Run ``code`` in a new single-threaded interpreter; its stdout."""
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


@linux_only
def test_child_result_comes_back_from_another_process() -> None:
    out = fresh(
        "import os\n"
        "from compare.runtime.fork import in_child\n"
        "def f(x): return os.getpid(), x * x\n"
        "pid, sq = in_child(f, 12)()\n"
        "print(sq, pid != os.getpid())\n"
    )
    assert out.split() == ["144", "True"]


@linux_only
def test_a_failing_child_is_redone_here_so_the_error_is_ours() -> None:
    out = fresh(
        "import os\n"
        "from compare.runtime.fork import in_child\n"
        "calls = []\n"
        "def f(x):\n"
        "    calls.append(os.getpid())\n"
        "    raise ValueError(f'bad input {x}')\n"
        "waiting = in_child(f, 3)\n"
        "try:\n"
        "    waiting()\n"
        "except ValueError as exc:\n"
        "    print(exc, calls == [os.getpid()])\n"
    )
    assert out.strip() == "bad input 3 True"  # raised here, by the parent's own retry


def test_no_fork_when_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.ENV, "0")
    assert not parallel.can_fork()
    assert parallel.in_child(_pid_and_square, 2)() == (os.getpid(), 4)


@linux_only
def test_no_fork_from_a_process_with_threads() -> None:
    """The window compares in worker threads; forking there would copy them mid-flight."""
    out = fresh(
        "import os, threading\n"
        "from compare.runtime.fork import can_fork, in_child\n"
        "alone = can_fork()\n"
        "stop = threading.Event()\n"
        "t = threading.Thread(target=stop.wait); t.start()\n"
        "pid = in_child(os.getpid)()\n"
        "print(alone, can_fork(), pid == os.getpid())\n"
        "stop.set(); t.join()\n"
    )
    assert out.split() == ["True", "False", "True"]


def _counted_comparison(samples, setup: str = "") -> str:
    """A script comparing the sample pair that prints its JSON (without the time) and how many children
    it forked; ``setup`` runs first."""
    return (
        "import json, os\n" + setup + "from compare.engine import compare_files\n"
        "from compare.export.jsonio import to_dict\n"
        "forks = []\n"
        "real = os.fork\n"
        "def counting():\n"
        "    pid = real()\n"
        "    if pid: forks.append(pid)\n"
        "    return pid\n"
        "os.fork = counting\n"
        f"d = to_dict(compare_files({str(samples / 'resolution_v1.txt')!r}, "
        f"{str(samples / 'resolution_v2.txt')!r}))\n"
        "d.pop('compared_at')\n"
        "print(json.dumps({'forks': len(forks), 'result': d}))\n"
    )


@linux_only
def test_comparison_is_the_same_with_and_without_the_second_core(samples) -> None:
    code = _counted_comparison(samples)
    together = json.loads(fresh(code))
    alone = json.loads(fresh(code, **{parallel.ENV: "0"}))
    assert together["forks"] == 2 and alone["forks"] == 0  # clauses of one side, lists of one side
    assert together["result"] == alone["result"]
    assert together["result"]["items"]  # the lists really were read, one side of them in the child


@linux_only
def test_leaving_early_stops_and_reaps_the_child() -> None:
    """A comparison that fails or is cancelled must not leave a worker process behind."""
    out = fresh(
        "import os, time\n"
        "from compare.runtime.fork import in_child\n"
        "t = time.perf_counter()\n"
        "try:\n"
        "    with in_child(time.sleep, 60) as pending:\n"
        "        pid = pending._pid\n"
        "        raise KeyboardInterrupt\n"
        "except KeyboardInterrupt:\n"
        "    pass\n"
        "try:\n"
        "    os.kill(pid, 0)\n"
        "    gone = False\n"
        "except ProcessLookupError:\n"
        "    gone = True\n"
        "print(pid is not None, gone, time.perf_counter() - t < 10)\n"
    )
    assert out.split() == ["True", "True", "True"]


@linux_only
def test_work_split_between_the_cores_gives_the_same_comparison(samples) -> None:
    """With the splits' threshold at zero, the word diff and the items read from the edits each run half on
    the other core: the result does not change."""
    code = _counted_comparison(
        samples,
        "import compare.engine as engine\n"
        "import compare.lists.edits_parallel as ep\n"
        "engine.PARALLEL_MIN_CHARS = 0; ep.PARALLEL_MIN_CHARS = 0\n",
    )
    split = json.loads(fresh(code))
    alone = json.loads(fresh(code, **{parallel.ENV: "0"}))
    assert split["forks"] == 4 and alone["forks"] == 0  # the two of every comparison, and the two splits
    assert split["result"] == alone["result"]
    assert split["result"]["items"]


def test_halfway_cuts_where_the_weights_reach_half() -> None:
    assert parallel.halfway([5, 0, 0, 5]) == 1
    assert parallel.halfway([1, 1, 1, 1]) == 2
    assert parallel.halfway([0, 0, 9, 1]) == 3
    assert parallel.halfway([]) == 0
