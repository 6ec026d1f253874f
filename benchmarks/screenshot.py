"""Render the window offscreen to a PNG, and report how long the UI thread was busy.

    python benchmarks/screenshot.py                      # the bundled sample pair -> docs/screenshot.png
    python benchmarks/screenshot.py OLD NEW -o shot.png  # any pair
    python benchmarks/screenshot.py --edit FILE          # FILE against an edited copy of itself
    python benchmarks/screenshot.py --repeat 20 --edit FILE   # a long document: repeat FILE 20 times

With the sample pair it also writes docs/screenshot-legend.png (the panes, the bands and the legend under
them), docs/screenshot-pairing.png (a removed and an added clause paired by hand: the dashed frames of
the two picked clauses, the new pair's word diff, "(paired by hand)" in the change list) and
docs/screenshot-series.png (the three sample versions as a series: the version strip, a clause's history
and the items timeline).

The screenshot waits for the comparison, then selects the first changes so the picture shows the
connectors, the current-clause highlight and the change list as a user sees them.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def edited_copy(text: str, seed: int = 7) -> str:
    """A plausible revision: reword some sentences, drop one paragraph, add one, swap two."""
    rnd = random.Random(seed)
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    swaps = {"shall": "should", "Decides": "Resolves", "all States": "all Member States", "further": "also"}
    for n in rnd.sample(range(len(paras)), k=max(1, len(paras) // 6)):
        for old, new in swaps.items():
            if old in paras[n]:
                paras[n] = paras[n].replace(old, new, 1)
                break
        else:
            paras[n] = paras[n].rstrip(" ;,.") + ", in accordance with international law;"
    if len(paras) > 6:
        del paras[len(paras) // 3]
        paras.insert(len(paras) // 2, "Welcomes the report of the Secretary-General and its recommendations;")
        i = len(paras) - 3
        paras[i], paras[i - 2] = paras[i - 2], paras[i]
    return "\n\n".join(paras) + "\n"


def extra_shots(app, win, folder: Path) -> None:
    """The legend, and manual pairing (see the module docstring)."""
    from compare.model import Kind

    win.navigator.show_entry(win.presentation.changes[0])
    app.processEvents()
    win.centralWidget().grab().save(str(folder / "screenshot-legend.png"))
    print(f"  wrote {folder / 'screenshot-legend.png'}")
    res = win.presentation.result
    i = next(e for e in res.alignment if e.kind == Kind.REMOVED).a[0]
    j = next(e for e in res.alignment if e.kind == Kind.ADDED).b[0]
    before = win.presentation
    win.navigator.click_clause("a", i)
    win.navigator.click_clause("b", j)
    win.act.pair.trigger()
    start = time.perf_counter()
    while (win.presentation is before or win.runner.is_busy("compare")) and time.perf_counter() - start < 60:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    win.navigator.click_clause("a", i)  # show the two picks' dashed frames on the new pair
    win.navigator.click_clause("b", j)
    app.processEvents()
    win.grab().save(str(folder / "screenshot-pairing.png"))
    print(f"  wrote {folder / 'screenshot-pairing.png'}")


def series_shot(app, size: tuple[int, int], folder: Path) -> None:
    """The three bundled versions as a series, the last step on screen, a reworded clause selected."""
    from gui.assets import resource
    from gui.mainwindow import MainWindow

    paths = [str(resource("samples", f"resolution_v{k}.txt")) for k in (1, 2, 3)]
    win = MainWindow()
    win.dialogs_enabled = False
    win.resize(*size)
    win.show()
    win.open_series(paths)
    start = time.perf_counter()
    busy = ("series", "compare")
    while (not win.series.active or win.presentation is None or any(map(win.runner.is_busy, busy))) and (
        time.perf_counter() - start < 60
    ):
        app.processEvents()
        time.sleep(0.005)
    res = win.presentation.result
    clause = next(c.index for c in res.b.clauses if "solar panels" in c.text)
    win.navigator.click_clause("b", clause)
    app.processEvents()
    win.grab().save(str(folder / "screenshot-series.png"))
    print(f"  wrote {folder / 'screenshot-series.png'}")
    win.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("old", nargs="?")
    p.add_argument("new", nargs="?")
    p.add_argument("--edit", metavar="FILE", help="compare FILE with an edited copy of it")
    p.add_argument("--repeat", type=int, default=1, help="with --edit: repeat the text N times (scale test)")
    p.add_argument("-o", "--out", default=str(ROOT / "docs" / "screenshot.png"))
    p.add_argument("--size", default="1440x900")
    p.add_argument("--changes", type=int, default=2, help="how many times to press Next change")
    p.add_argument("--dark", action="store_true", help="use a dark palette")
    p.add_argument("--no-extra", action="store_true", help="only the main screenshot")
    args = p.parse_args(argv)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="clausediff-shot-"))
    QCoreApplication.setOrganizationName("ClausediffScreenshot")
    QCoreApplication.setApplicationName("ClausediffScreenshot")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    if args.dark:
        app.setStyle("Fusion")
        from PySide6.QtGui import QColor, QPalette

        pal = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Button, "#353535"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"),
            (QPalette.ColorRole.PlaceholderText, "#8a8a8a"),
        ):
            pal.setColor(role, QColor(colour))
        app.setPalette(pal)

    from gui.app import demo_pair
    from gui.mainwindow import MainWindow

    if args.edit:
        text = Path(args.edit).read_text(encoding="utf-8", errors="replace")
        text = "\n\n".join([text] * args.repeat)
        old, new = tmp / f"{Path(args.edit).stem}.txt", tmp / f"{Path(args.edit).stem}-edited.txt"
        old.write_text(text, encoding="utf-8")
        new.write_text(edited_copy(text), encoding="utf-8")
        pair = (str(old), str(new))
    elif args.old and args.new:
        pair = (args.old, args.new)
    else:
        pair = demo_pair()

    w, h = (int(x) for x in args.size.lower().split("x"))
    win = MainWindow()
    win.dialogs_enabled = False
    win.resize(w, h)
    win.show()
    timings: dict[str, float] = {}

    def timed(name: str, fn):
        def wrapper(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                timings[name] = max(timings.get(name, 0.0), time.perf_counter() - t)

        return wrapper

    win.session._compare_done = timed("show result (UI thread)", win.session._compare_done)
    win.session._read_done = timed("show document (UI thread)", win.session._read_done)
    start = time.perf_counter()
    win.load_pair(*pair)
    while (win.presentation is None or win.runner.is_busy("compare")) and not win.messages:
        app.processEvents()
        time.sleep(0.005)
        if time.perf_counter() - start > 600:
            print("timed out", file=sys.stderr)
            return 1
    if win.messages:
        print("\n".join(" | ".join(m) for m in win.messages), file=sys.stderr)
        return 1
    total = time.perf_counter() - start
    app.processEvents()
    for _ in range(args.changes):
        timed("next change (UI thread)", win.navigator.next_change)()
    app.processEvents()
    t = time.perf_counter()
    pixmap = win.grab()
    timings["paint window"] = time.perf_counter() - t
    left = win.panes["a"]
    t = time.perf_counter()
    for step in range(20):  # a scroll gesture: synchronised scrolling + repaint
        left.verticalScrollBar().setValue(left.verticalScrollBar().value() + 600 + step)
        left.userScrolled.emit()
        win.centralWidget().grab()
    timings["scroll step + repaint (avg)"] = (time.perf_counter() - t) / 20
    win.navigator.next_change()
    app.processEvents()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    pixmap.save(args.out)
    if not args.no_extra and not (args.old or args.edit):
        extra_shots(app, win, Path(args.out).parent)
        series_shot(app, (w, h), Path(args.out).parent)
    res = win.presentation.result
    words = res.a.document.word_count + res.b.document.word_count
    print(f"{Path(pair[0]).name} vs {Path(pair[1]).name}: {words:,} words, {len(res.alignment):,} entries")
    print(f"  load + compare (wall): {total:.2f}s   summary: {win.summary_label.text()}")
    for name, secs in timings.items():
        print(f"  {name}: {secs * 1000:.0f} ms")
    print(f"  wrote {args.out}")
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
