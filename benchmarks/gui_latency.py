"""Does the window stay responsive on a large draft? First screen, UI-thread stalls, scrolling, Next change.

    python benchmarks/gui_latency.py                    # a 100k-word pair, offscreen
    python benchmarks/gui_latency.py --words 300000     # bigger
    python benchmarks/gui_latency.py --steps 80 --json out.json
    python benchmarks/gui_latency.py --trace-events     # attribute stalls to Qt events too (slower)
    python benchmarks/gui_latency.py --series 10        # ten versions of a 25k-word draft, as a series

The pair comes from ``corpus_builder.py`` (real UN / DEplain sentences, ~3 % of sentences deleted,
inserted or reworded, ~1 % of paragraphs moved), or, without ../shared, from the bundled samples repeated
and edited. The window runs in a fresh child process so "from launch" includes interpreter start-up,
imports and Qt start-up, as a user double-clicking the app would wait for them.

Measured in the child:

* **first screen** -- from launch and from ``MainWindow()`` until both panes have painted the compared
  documents (marks, tints) and the change list holds the result.
* **UI-thread lateness** -- a 10 ms ``QTimer`` on the UI thread records how late each tick is, from
  ``MainWindow()`` until the result has been on screen for a second. Every UI-thread slot worth suspecting
  (pane ``set_document``, result presentation, change-list reset, overview, items panel, each paint) is
  timed, so the worst stall is attributed to what ran during it.
* **scrolling** -- wheel events on the original pane (synchronised scrolling moves the other) and drags of
  the scroll bar to far, never-seen positions, each followed by a synchronous ``repaint()`` of the central
  area; **Next change** -- ``F8`` followed by the same repaint.

Prints a table with PASS / FAIL per target. It measures; it does not gate: the exit status is 0 unless
the benchmark itself breaks.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_T_IMPORT = time.time()  # as early as this module allows: the child's own "process start" fallback

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

T_FIRST_SCREEN = 3.0
T_MAX_STALL = 0.100
T_ACTION = 0.050
TICK_MS = 10
SETTLE_S = 1.0
TIMEOUT_S = 600.0


# ============================================================================ the document pair


def build_pair(words: int, seed: int, cache: Path) -> tuple[Path, Path, str]:
    """(old, new, how it was built): corpus_builder's real-text pair, else the samples repeated."""
    try:
        import corpus_builder

        old, new = corpus_builder.write_pair(cache / f"{words}-{seed}", words, seed)
        return old, new, "corpus_builder.write_pair"
    except (ImportError, FileNotFoundError, AttributeError, OSError) as exc:
        reason = f"{type(exc).__name__}: {exc}"
    from screenshot import edited_copy

    base = (SAMPLES / "resolution_v1.txt").read_text(encoding="utf-8")
    n = max(1, words // max(1, len(base.split())))
    text = "\n\n".join([base] * n)
    folder = cache / f"samples-{words}-{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_text(text, encoding="utf-8")
    new.write_text(edited_copy(text, seed), encoding="utf-8")
    return old, new, f"resources/samples repeated x{n} ({reason})"


# ============================================================================ child: the measurement


def _process_start_wall() -> float | None:
    """Wall-clock time this process started (Linux /proc, ~10 ms resolution); None elsewhere."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return None


class Recorder:
    """Intervals of instrumented UI-thread work, ticks of the lateness timer, and named moments."""

    def __init__(self) -> None:
        self.intervals: list[tuple[str, float, float, int]] = []  # (name, start, end, depth)
        self.ticks: list[float] = []
        self.moments: dict[str, float] = {}
        self.depth = 0
        self.slot_max: dict[str, float] = {}

    def mark(self, name: str) -> None:
        self.moments.setdefault(name, time.perf_counter())

    def wrap(self, owner: type, attr: str, label: str | None = None, after: Callable | None = None) -> None:
        """Replace ``owner.attr`` by a timed version (class level, so Qt virtuals see it too)."""
        fn = getattr(owner, attr)
        name = label or f"{owner.__name__}.{attr}"
        rec = self

        def timed(*args: Any, **kwargs: Any) -> Any:
            rec.depth += 1
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                t1 = time.perf_counter()
                rec.depth -= 1
                rec.intervals.append((name, t0, t1, rec.depth))
                rec.slot_max[name] = max(rec.slot_max.get(name, 0.0), t1 - t0)
                if after is not None:
                    after(*args)

        timed.__name__ = getattr(fn, "__name__", attr)
        setattr(owner, attr, timed)

    def stalls(self, t_from: float, t_to: float) -> list[tuple[float, float, float]]:
        """(lateness, tick before, tick after) for every tick gap in [t_from, t_to]."""
        ticks = [t for t in self.ticks if t_from <= t <= t_to]
        return [(b - a - TICK_MS / 1000, a, b) for a, b in zip(ticks, ticks[1:], strict=False)]

    def during(self, a: float, b: float) -> list[tuple[str, float, int]]:
        """Instrumented work overlapping (a, b): (name, seconds inside the gap, depth), longest first."""
        out = [(n, min(t1, b) - max(t0, a), d) for n, t0, t1, d in self.intervals if t0 < b and t1 > a]
        return sorted((x for x in out if x[1] > 0.001), key=lambda x: -x[1])


def run_child(
    files: list[str], launched_at: float | None, steps: int, size: str, trace_events: bool = False
) -> dict[str, Any]:
    """Measure the window on ``files``: a pair, or (three or more) a series of versions."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QPointF, QSettings, Qt, QTimer
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    launch = launched_at or _process_start_wall() or _T_IMPORT
    rec = Recorder()

    class TimedApp(QApplication):
        """Every event delivery over 3 ms is recorded: Qt's own work (polish, layout, fonts) shows too."""

        def notify(self, receiver: Any, event: Any) -> bool:  # noqa: N802 - Qt API
            kind = event.type().name  # read before delivery: the event may be gone afterwards
            t0 = time.perf_counter()
            rec.depth += 1
            try:
                return super().notify(receiver, event)
            finally:
                rec.depth -= 1
                t1 = time.perf_counter()
                if t1 - t0 > 0.003:
                    name = f"Qt {kind} -> {type(receiver).__name__}"
                    rec.intervals.append((name, t0, t1, rec.depth))

    # tracing puts every event through Python, which itself competes for the GIL: opt-in only
    app = QApplication.instance() or (TimedApp if trace_events else QApplication)([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="clausediff-latency-"))
    QCoreApplication.setOrganizationName("ClausediffLatency")
    QCoreApplication.setApplicationName("ClausediffLatency")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))

    from gui import app as gui_app
    from gui import (
        changelist,
        itemspanel,
        linkmap,
        mainwindow,
        navigation,
        overview,
        pane,
        series,
        session,
        timeline,
    )

    gui_app.warm_up_lemmas()  # as gui.app.run() does: a first run builds the lemma indexes in the background

    win_cls = mainwindow.MainWindow
    state: dict[str, Any] = {"win": None}

    def pane_painted(p: Any, *_a: Any) -> None:
        if p.document is not None and p._texts:
            rec.mark(f"painted document {p.which}")
        if p.view is not None and state["win"] is not None and state["win"].presentation is not None:
            rec.mark(f"painted result {p.which}")
            if "painted result a" in rec.moments and "painted result b" in rec.moments:
                rec.mark("first screen")

    gc_started: list[float] = []

    def gc_callback(phase: str, info: dict[str, int]) -> None:  # any thread: a full collection stops all
        if phase == "start":
            gc_started.append(time.perf_counter())
        elif gc_started:
            t0 = gc_started.pop()
            rec.intervals.append(
                (f"gc generation {info.get('generation')} (any thread)", t0, time.perf_counter(), 0)
            )

    gc.callbacks.append(gc_callback)
    rec.wrap(pane.DocumentPane, "paintEvent", "pane paint", after=pane_painted)
    rec.wrap(pane.DocumentPane, "set_document", "pane set_document")
    rec.wrap(pane.DocumentPane, "_relayout_all", "pane relayout")
    rec.wrap(linkmap.LinkMap, "paintEvent", "linkmap paint")
    rec.wrap(overview.OverviewStrip, "paintEvent", "overview paint")
    rec.wrap(overview.OverviewStrip, "set_presentation", "overview set_presentation")
    rec.wrap(changelist.ChangeListModel, "set_presentation", "change list reset")
    rec.wrap(itemspanel.ItemsPanel, "set_items", "items panel set_items")
    rec.wrap(
        session.Session,
        "_read_done",
        "show document (_read_done)",
        after=lambda _s, p: rec.mark(f"read {p['side']}"),
    )
    rec.wrap(
        session.Session,
        "_compare_done",
        "present result (_compare_done)",
        after=lambda *_: rec.mark("result"),
    )
    rec.wrap(win_cls, "clear_result", "clear result")
    rec.wrap(series.SeriesController, "done", "series arrives (SeriesController.done)")
    rec.wrap(timeline.TimelineView, "set_series", "timeline set_series")
    rec.wrap(session.Session, "show_documents", "show two versions (show_documents)")
    # a long pair is shown before its list items are found (see gui.session.EARLY_VIEW_CHARS): they follow
    rec.wrap(win_cls, "show_items", "list items arrive (show_items)", after=lambda *_: rec.mark("items"))
    rec.wrap(navigation.Navigator, "follow_scroll", "sync scroll")
    for name in ("_populate_step", "_populate_items_step"):  # incremental fillers, if present
        for cls in (changelist.ChangeListView, itemspanel.ItemsPanel, win_cls):
            if hasattr(cls, name):
                rec.wrap(cls, name, f"{cls.__name__}.{name}")

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(TICK_MS)
    probe.timeout.connect(lambda: rec.ticks.append(time.perf_counter()))

    t_window = time.perf_counter()
    wall_offset = time.time() - t_window  # perf_counter -> wall clock
    probe.start()
    win = win_cls()
    state["win"] = win
    win.dialogs_enabled = False
    w, h = (int(x) for x in size.lower().split("x"))
    win.resize(w, h)
    win.show()
    if len(files) > 2:
        win.open_series(files)  # as `clausediff V1 V2 V3 ...` does
    else:
        win.load_pair(*files)

    loop = QEventLoop()

    def check() -> None:
        now = time.perf_counter()
        if win.messages and any(m[0] == "error" for m in win.messages):
            loop.quit()
        settled_from = max(rec.moments.get("first screen", now), rec.moments.get("items", 0.0))
        if (
            "first screen" in rec.moments
            and not win.runner.is_busy("compare")
            and now - settled_from >= SETTLE_S
        ):
            loop.quit()
        if now - t_window > TIMEOUT_S:
            loop.quit()

    watcher = QTimer()
    watcher.setInterval(25)
    watcher.timeout.connect(check)
    watcher.start()
    loop.exec()
    watcher.stop()
    probe.stop()
    gc.callbacks.remove(gc_callback)
    t_end = time.perf_counter()
    errors = [m for m in win.messages if m[0] == "error"]
    if errors or "first screen" not in rec.moments:
        return {"error": errors or "timed out before the first screen"}

    # phases: loading (until both documents are read), comparing (until the result arrives),
    # presenting (until first screen), list items (until they are in the panel), settled (a second after)
    t_read = max(rec.moments.get("read a", t_window), rec.moments.get("read b", t_window))
    phases = [
        ("loading", t_window, t_read),
        ("comparing", t_read, rec.moments["result"] - 1e-9),
        ("presenting", rec.moments["result"] - 1e-9, rec.moments["first screen"]),
        (
            "list items",
            rec.moments["first screen"],
            max(rec.moments.get("items", 0.0), rec.moments["first screen"]),
        ),
        ("settled", max(rec.moments.get("items", 0.0), rec.moments["first screen"]), t_end),
    ]
    stalls = rec.stalls(t_window, t_end)
    late = sorted(s[0] for s in stalls) or [0.0]
    worst = max(stalls, default=(0.0, t_window, t_window))

    def phase_of(t: float) -> str:
        return next((n for n, a, b in phases if a <= t <= b), "settled")

    per_phase = {}
    for n, a, b in phases:
        ls = [s[0] for s in stalls if a <= s[2] <= b or a <= s[1] <= b]
        per_phase[n] = {"seconds": b - a, "max_late": max(ls, default=0.0)}
    top_stalls = []
    for lateness, a, b in sorted(stalls, reverse=True)[:5]:
        top_stalls.append(
            {
                "late": lateness,
                "phase": phase_of(b),
                "at": a - t_window,
                "work": [(n, s, d) for n, s, d in rec.during(a, b)[:6]],
            }
        )

    # ------------------------------------------------------------ interactive actions (probe stopped)
    app.processEvents()
    central = win.centralWidget()
    left = win.panes["a"]

    def timed_action(fn: Callable[[], None]) -> float:
        t0 = time.perf_counter()
        fn()
        central.repaint()
        return time.perf_counter() - t0

    def wheel() -> None:
        vp = left.viewport()
        pos = QPointF(vp.width() / 2, vp.height() / 2)
        ev = QWheelEvent(
            pos,
            QPointF(vp.mapToGlobal(pos.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(vp, ev)

    left.verticalScrollBar().setValue(0)
    app.processEvents()
    wheel_times = [timed_action(wheel) for _ in range(steps)]
    rng = random.Random(steps)
    sb = left.verticalScrollBar()
    jump_times = [
        timed_action(lambda: sb.setValue(rng.randint(0, max(0, sb.maximum())))) for _ in range(steps)
    ]
    win.navigator.current_entry = None
    next_times = [
        timed_action(win.navigator.next_change) for _ in range(min(steps, len(win.presentation.changes)))
    ]

    res = win.presentation.result
    out = {
        "versions": len(files),
        "words": res.a.document.word_count + res.b.document.word_count,
        "paragraphs": [len(res.a.document.paragraphs), len(res.b.document.paragraphs)],
        "clauses": [len(res.a.clauses), len(res.b.clauses)],
        "changes": len(win.presentation.changes),
        "items": len(res.items),
        "launch_to_window": t_window + wall_offset - launch,
        "first_screen_from_launch": rec.moments["first screen"] + wall_offset - launch,
        "first_screen_from_window": rec.moments["first screen"] - t_window,
        "documents_painted_from_window": max(
            rec.moments.get("painted document a", t_end), rec.moments.get("painted document b", t_end)
        )
        - t_window,
        "result_arrived_from_window": rec.moments["result"] - t_window,
        # the list items: with the result when it came whole, later when the pair was shown early
        "items_from_launch": max(rec.moments.get("items", 0.0), rec.moments["first screen"])
        + wall_offset
        - launch,
        "phases": per_phase,
        "max_late": late[-1],
        "p99_late": late[min(len(late) - 1, int(len(late) * 0.99))],
        "ticks": len(rec.ticks),
        "worst_phase": phase_of(worst[2]),
        "top_stalls": top_stalls,
        "slot_max": dict(sorted(rec.slot_max.items(), key=lambda kv: -kv[1])),
        "wheel": wheel_times,
        "jump": jump_times,
        "next": next_times,
    }
    win.close()
    return out


# ============================================================================ parent: the report


def _ms(s: float) -> str:
    return f"{s * 1000:.0f} ms"


def report(r: dict[str, Any], pair_note: str) -> None:
    print(f"pair: {pair_note}")
    print(
        f"  {r['words']:,} words in both documents, paragraphs {r['paragraphs']}, clauses {r['clauses']}, "
        f"{r['changes']:,} changes, {r['items']:,} items"
    )
    print(f"  launch -> MainWindow(): {r['launch_to_window']:.2f} s")
    print(f"  MainWindow() -> documents painted: {r['documents_painted_from_window']:.2f} s")
    print(f"  MainWindow() -> comparison result arrived: {r['result_arrived_from_window']:.2f} s")
    print(f"  launch -> list items in the Items panel: {r['items_from_launch']:.2f} s")
    print("\nUI-thread lateness per phase (10 ms timer):")
    for name, p in r["phases"].items():
        print(f"  {name:<11} {p['seconds']:6.2f} s   max late {_ms(p['max_late'])}")
    print("\nworst stalls (what ran on the UI thread meanwhile; indented = nested):")
    for s in r["top_stalls"]:
        print(f"  {_ms(s['late']):>8} late at {s['at']:.2f} s ({s['phase']})")
        for name, secs, depth in s["work"]:
            print(f"  {'':>10}{'  ' * depth}{name}: {_ms(secs)}")
        if not s["work"]:
            print(f"  {'':>10}(no instrumented slot: GIL held by the worker, or Qt's own work)")
    print("\nlongest single run per instrumented slot:")
    for name, secs in list(r["slot_max"].items())[:12]:
        print(f"  {name:<38} {_ms(secs)}")

    def stats(xs: list[float]) -> tuple[float, float]:
        return (statistics.median(xs), max(xs)) if xs else (0.0, 0.0)

    rows = [
        ("first screen from launch", r["first_screen_from_launch"], T_FIRST_SCREEN, "s"),
        ("first screen from MainWindow()", r["first_screen_from_window"], T_FIRST_SCREEN, "s"),
        ("UI thread max lateness", r["max_late"], T_MAX_STALL, "ms"),
        ("UI thread p99 lateness", r["p99_late"], T_MAX_STALL, "ms"),
    ]
    for label, key in (("wheel scroll step", "wheel"), ("scroll-bar jump", "jump"), ("Next change", "next")):
        med, mx = stats(r[key])
        rows.append((f"{label} median (n={len(r[key])})", med, T_ACTION, "ms"))
        rows.append((f"{label} max", mx, T_ACTION, "ms"))
    print(f"\n{'measure':<36} {'value':>10} {'target':>10}  result")
    for label, value, target, unit in rows:
        shown = f"{value:.2f} s" if unit == "s" else _ms(value)
        if unit == "s" and r.get("versions", 2) > 2:  # the 3 s target is a pair's; a series shows when done
            print(f"{label:<36} {shown:>10} {'(series)':>10}  -")
            continue
        goal = f"{target:.1f} s" if unit == "s" else _ms(target)
        print(f"{label:<36} {shown:>10} {'<= ' + goal:>10}  {'PASS' if value <= target else 'FAIL'}")
    print(f"\nworst stall was in phase: {r['worst_phase']}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--words", type=int, help="words per document (default 100000; 25000 with --series)")
    p.add_argument(
        "--series", type=int, metavar="N", help="open N versions of one draft (benchmarks/series.py's chain)"
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--steps", type=int, default=40, help="scroll steps / Next-change presses to time")
    p.add_argument("--size", default="1440x900")
    p.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "clausediff-gui-latency")
    p.add_argument("--json", type=Path, help="also write the raw measurements here")
    p.add_argument(
        "--trace-events",
        action="store_true",
        help="also time every Qt event delivery over 3 ms (finer attribution, but adds GIL contention)",
    )
    p.add_argument("--in-process", action="store_true", help="measure in this process (for profiling)")
    p.add_argument("--child", nargs="+", metavar="FILE", help=argparse.SUPPRESS)
    p.add_argument("--launched-at", type=float, help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.child:
        out = run_child(args.child, args.launched_at, args.steps, args.size, args.trace_events)
        print("RESULT " + json.dumps(out))
        return 0

    if args.series:
        from series import write_chain

        words = args.words or 25_000
        files = write_chain(
            args.cache / f"series-{args.series}-{words}-{args.seed}", args.series, words, args.seed
        )
        note = f"benchmarks/series.py chain: {args.series} versions of {words:,} words"
    else:
        old, new, note = build_pair(args.words or 100_000, args.seed, args.cache)
        files = [old, new]
    from perf import compile_bytecode  # launch time is measured as a user's second run would see it

    compile_bytecode()
    if args.in_process:
        result = run_child([str(f) for f in files], None, args.steps, args.size, args.trace_events)
    else:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *map(str, files)]
        cmd += ["--steps", str(args.steps), "--size", args.size, "--launched-at", repr(time.time())]
        cmd += ["--trace-events"] if args.trace_events else []
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=TIMEOUT_S + 60)
        line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(f"the measurement failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}", file=sys.stderr)
            return 1
        result = json.loads(line[len("RESULT ") :])
    if "error" in result:
        print(f"the measurement failed: {result['error']}", file=sys.stderr)
        return 1
    report(result, note)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
