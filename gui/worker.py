"""Run slow work (reading, comparing, exporting) off the UI thread, one latest request per kind.

Each kind ("read-a", "read-b", "compare", "export") has a generation counter: starting a new request
cancels the previous one (a ``threading.Event`` the work polls through its ``cancel`` callable) and any
result that arrives from an older generation is dropped, so a slow old comparison can never overwrite
a newer one.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# The engine is pure Python, so a worker thread competes with the UI thread for the GIL. Whenever the UI
# thread calls into Qt (which releases the GIL) it must wait a whole switch interval to get it back: with
# CPython's default of 5 ms, a slot making twenty Qt calls stalls the window for 100 ms. A paint of two long
# panes makes hundreds: at 1 ms the window still stalled 0.17-0.25 s while list items were found behind an
# early result, at 0.2 ms 55-74 ms (benchmarks/gui_latency.py, A/B). The worker loses nothing while the UI
# is idle, since nobody else asks for the GIL then.
UI_SWITCH_INTERVAL = 0.0002

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]
PublishFn = Callable[[Any], None]
Work = Callable[..., Any]  # work(progress, cancel), or work(progress, cancel, publish) when it publishes


class _JobSignals(QObject):
    progress = Signal(str, int, float, str)
    partial = Signal(str, int, object)
    done = Signal(str, int, object)
    failed = Signal(str, int, object, str)


class _Job(QRunnable):
    def __init__(
        self, kind: str, gen: int, work: Work, signals: _JobSignals, event: threading.Event, publishes: bool
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.kind, self.gen, self.work, self.signals, self.event = kind, gen, work, signals, event
        self.publishes = publishes
        self.thread_ident: int | None = None

    def run(self) -> None:
        self.thread_ident = threading.get_ident()
        kind, gen, sig = self.kind, self.gen, self.signals
        args: list[Any] = [lambda f, m: sig.progress.emit(kind, gen, float(f), str(m)), self.event.is_set]
        if self.publishes:
            args.append(lambda payload: sig.partial.emit(kind, gen, payload))
        try:
            result = self.work(*args)
        except BaseException as exc:  # noqa: BLE001 - everything is reported to the UI, nothing escapes
            sig.failed.emit(kind, gen, exc, traceback.format_exc())
        else:
            sig.done.emit(kind, gen, (result, self.thread_ident))


class TaskRunner(QObject):
    """Starts work in a thread pool and reports only the latest generation of each kind."""

    progress = Signal(str, float, str)
    partial = Signal(str, object)  # a first result while the work goes on (the job stays busy)
    finished = Signal(str, object)
    failed = Signal(str, object, str)  # kind, exception, formatted traceback
    busyChanged = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)
        if sys.getswitchinterval() > UI_SWITCH_INTERVAL:
            sys.setswitchinterval(UI_SWITCH_INTERVAL)
        self._gen: dict[str, int] = {}
        self._events: dict[str, threading.Event] = {}
        self._signals: dict[tuple[str, int], _JobSignals] = {}
        self.last_thread_ident: dict[str, int] = {}
        self.dropped = 0  # stale results discarded (observable in tests)

    def start(self, kind: str, work: Work, publishes: bool = False) -> int:
        """Run ``work`` in the pool; with ``publishes`` it also gets a ``publish(payload)`` callable whose
        payloads arrive as ``partial`` signals, in order, before ``finished``, from the latest generation."""
        self.cancel(kind)
        gen = self._gen.get(kind, 0) + 1
        self._gen[kind] = gen
        event = threading.Event()
        self._events[kind] = event
        sig = _JobSignals()
        sig.progress.connect(self._on_progress)
        sig.partial.connect(self._on_partial)
        sig.done.connect(self._on_done)
        sig.failed.connect(self._on_failed)
        self._signals[(kind, gen)] = sig
        self.pool.start(_Job(kind, gen, work, sig, event, publishes))
        self.busyChanged.emit(kind, True)
        return gen

    def cancel(self, kind: str) -> None:
        event = self._events.pop(kind, None)
        if event is not None:
            event.set()
            self.busyChanged.emit(kind, False)

    def cancel_all(self) -> None:
        for kind in list(self._events):
            self.cancel(kind)

    def is_busy(self, kind: str) -> bool:
        return kind in self._events

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)

    def _current(self, kind: str, gen: int) -> bool:
        return self._gen.get(kind) == gen and kind in self._events

    @Slot(str, int, float, str)
    def _on_progress(self, kind: str, gen: int, fraction: float, message: str) -> None:
        if self._current(kind, gen):
            self.progress.emit(kind, fraction, message)

    @Slot(str, int, object)
    def _on_partial(self, kind: str, gen: int, payload: object) -> None:
        if self._current(kind, gen):
            self.partial.emit(kind, payload)

    @Slot(str, int, object)
    def _on_done(self, kind: str, gen: int, payload: object) -> None:
        self._signals.pop((kind, gen), None)
        result, ident = payload  # type: ignore[misc]
        if not self._current(kind, gen):
            self.dropped += 1
            log.debug("dropped stale %s result (generation %d)", kind, gen)
            return
        self.last_thread_ident[kind] = ident
        del self._events[kind]
        self.busyChanged.emit(kind, False)
        self.finished.emit(kind, result)

    @Slot(str, int, object, str)
    def _on_failed(self, kind: str, gen: int, exc: object, tb: str) -> None:
        self._signals.pop((kind, gen), None)
        if not self._current(kind, gen):
            self.dropped += 1
            return
        del self._events[kind]
        self.busyChanged.emit(kind, False)
        self.failed.emit(kind, exc, tb)
