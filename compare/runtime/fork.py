"""Use the second core for the two sides of a comparison, where that is safe.

Most stages treat the two documents alike and independently (splitting into clauses, reading lists), so
one side can be done in a forked child while this process does the other: a 2-core laptop then runs a
large comparison in about three quarters of the time. Forking is only done where it is well defined: on
Linux, from a process with a single thread (the command line; never the window, whose worker threads
would be copied mid-flight). Everywhere else, and whenever the child fails for any reason, the work is
simply done here, so the result never depends on whether a fork happened.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["PARALLEL_MIN_CHARS", "Pending", "can_fork", "halfway", "in_child"]

T = TypeVar("T")
ENV = "CLAUSEDIFF_PARALLEL"  # "0" turns it off (to compare timings, or to debug in one process)
# Below this many characters of work a second process is not worth its fork and pickling (milliseconds).
PARALLEL_MIN_CHARS = 200_000


def can_fork() -> bool:
    return (
        sys.platform == "linux"
        and hasattr(os, "fork")
        and os.environ.get(ENV, "1") != "0"
        and (os.cpu_count() or 1) > 1
        and _threads() == 1
    )


def _threads() -> int:
    """Threads of this process as the kernel counts them: Qt's pool threads are invisible to ``threading``."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 2  # cannot tell: assume the worst


class Pending(Generic[T]):
    """The result of ``fn(*args)``, being computed in a child or, failing that, to be computed on call.

    Use it as a context manager: leaving the block without having asked for the result (an exception,
    a cancelled comparison) stops and reaps the child instead of leaving it behind.
    """

    def __init__(self, fn: Callable[..., T], args: tuple, pid: int | None = None, fd: int | None = None):
        self._fn, self._args, self._pid, self._fd = fn, args, pid, fd

    def __call__(self) -> T:
        if self._pid is None:
            return self._fn(*self._args)
        with os.fdopen(self._fd, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if status == 0 and data:
            try:
                return pickle.loads(data)
            except Exception:  # noqa: BLE001 - any trouble with the child's answer: do the work here
                pass
        return self._fn(*self._args)

    def cancel(self) -> None:
        if self._pid is None:
            return
        with contextlib.suppress(OSError):
            os.kill(self._pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(self._pid, 0)
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._pid = None

    def __enter__(self) -> Pending[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()


def in_child(fn: Callable[..., T], *args: object) -> Pending[T]:
    """Start ``fn(*args)`` in a forked child; call the returned object to wait for and get its result.

    The result comes back pickled through a pipe. If the child cannot be started, fails, or sends
    something that does not unpickle, the result is computed here instead.
    """
    if not can_fork():
        return Pending(fn, args)
    try:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
    except OSError:
        return Pending(fn, args)
    if pid == 0:  # the child: compute, send, leave without running any of the parent's exit code
        code = 1
        try:
            os.close(read_fd)
            data = pickle.dumps(fn(*args), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    return Pending(fn, args, pid, read_fd)


def halfway(weights: Sequence[int]) -> int:
    """Where to cut a run of jobs between this process and a child: just past the job where the weights
    reach half of their sum (jobs of weight 0, such as identical pairs, cost nothing)."""
    total, cut, acc = sum(weights), 0, 0
    while cut < len(weights) and 2 * acc < total:
        acc += weights[cut]
        cut += 1
    return cut
