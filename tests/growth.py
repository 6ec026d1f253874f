"""Growth checks for the tests that guard against quadratic work.

They compare two input sizes rather than a clock limit, in the CPU time of this process (best of a few
runs): on a shared machine other processes stretch wall time by 2-3x, which made ratios of single wall
timings fail without any change in the code. A quadratic algorithm still shows: 8x the input costs ~64x.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def best_cpu(work: Callable[[], T], repeat: int = 3) -> tuple[float, T]:
    """The least CPU time of `repeat` runs of `work`, with the last run's result."""
    best = float("inf")
    result: T
    for _ in range(repeat):
        t = time.process_time()
        result = work()
        best = min(best, time.process_time() - t)
    return best, result
