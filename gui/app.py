"""Start the window: ``clausediff [OLD NEW] [--demo]``.

Unexpected exceptions are logged to a file and shown in a dialog instead of killing the app, so a user
never loses the comparison they were looking at.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

APP_NAME = "Clausediff"
ORG_NAME = "Clausediff"

log = logging.getLogger("clausediff")
_open_boxes: list = []


def parse_args(args: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="clausediff", description="Compare two versions of a document, or a series of versions."
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="OLD NEW: the original and the revised version; 3 or more: versions of a draft, oldest first",
    )
    p.add_argument("--demo", action="store_true", help="open the bundled sample pair")
    p.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Clausediff to this user's desktop menu and 'Open with' (freedesktop, under XDG_DATA_HOME)",
    )
    # for tests and packaging checks: quit once the first comparison is on screen, printing one line
    p.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    ns = p.parse_args(list(args))
    from compare.model import MAX_VERSIONS

    if len(ns.files) > MAX_VERSIONS:
        p.error(f"at most {MAX_VERSIONS} versions")
    ns.old = ns.files[0] if ns.files else None  # what a single pair was always called
    ns.new = ns.files[1] if len(ns.files) == 2 else None
    return ns


def demo_pair() -> tuple[str, str]:
    from .assets import resource

    return str(resource("samples", "resolution_v1.txt")), str(resource("samples", "resolution_v2.txt"))


def setup_logging() -> Path | None:
    """Log to ``clausediff.log`` in the per-user data folder; never fail start-up over it."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not folder:
        return None
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        path = Path(folder) / "clausediff.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path | None) -> None:
    """Show unexpected errors instead of crashing (Qt would abort on an exception in a slot)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        app = QApplication.instance()
        if app is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        where = f"\n\nDetails were written to {log_path}." if log_path else ""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Unexpected error",
            f"Something went wrong: {exc_type.__name__}: {exc}{where}\n\n"
            "The window stays open; you can keep working.",
            QMessageBox.StandardButton.Ok,
            app.activeWindow(),
        )
        _open_boxes.append(box)  # a parentless box would be garbage-collected as soon as we return
        box.finished.connect(lambda _result: _open_boxes.remove(box))
        box.open()

    sys.excepthook = hook


def build_window(ns: argparse.Namespace, show: bool = False):
    """The window for parsed arguments, already loading the files it was given.

    With ``show`` the window is shown first, so the files load once it has painted.
    """
    from .mainwindow import MainWindow

    win = MainWindow()
    if show:
        win.show()
    if ns.demo:
        win.load_pair(*demo_pair())
    elif len(ns.files) >= 3:  # versions of one draft, in the order given
        win.open_series(ns.files)
    elif ns.old and ns.new:
        win.load_pair(ns.old, ns.new)
    elif ns.old:  # "Open with" on one file: it is the original; the window asks for the revised one
        win.session.load_file("a", ns.old)
    return win


def warm_up_lemmas() -> None:
    """On a first run, build the lemma look-up indexes in the background (about a second of another core)
    so the first comparison with lists does not wait for them."""
    from compare.lists.lemmas import warm_up_in_background

    warm_up_in_background()


def quit_after_first_paint(win, timeout_s: float = 120.0) -> None:
    """Quit once a comparison is shown and the revised pane has painted it (exit 0, one line on stdout),
    or when reading or comparing failed (exit 1): how tests and packaging checks see a real start-up."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    start = time.monotonic()
    timer = QTimer(win)

    def check() -> None:
        app = QApplication.instance()
        if win.messages and any(level == "error" for level, *_ in win.messages):
            sys.stderr.write(f"clausediff: {win.messages[-1][2]}\n")
            app.exit(1)
        elif win.presentation is not None and win.panes["b"].painted_view:
            res = win.presentation.result
            print(
                f"painted {res.a.document.name} \u21c4 {res.b.document.name}: "
                f"{len(win.presentation.changes)} changes",
                flush=True,
            )
            app.exit(0)
        elif time.monotonic() - start > timeout_s:
            sys.stderr.write("clausediff: no comparison painted in time\n")
            app.exit(1)

    timer.timeout.connect(check)
    timer.start(50)


def run(args: list[str]) -> int:
    ns = parse_args(args)
    if ns.install_desktop_entry:
        from clausediff.desktop import main as install

        return install()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from compare import __version__

    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.clausediff.Clausediff")  # Wayland/X11 match the window to the .desktop
    from .assets import app_icon

    app.setWindowIcon(app_icon())
    install_excepthook(setup_logging())
    warm_up_lemmas()
    win = build_window(ns, show=True)  # keep a reference: the window lives as long as the event loop
    if ns.quit_after_first_paint:
        quit_after_first_paint(win)
    code = app.exec()
    win.deleteLater()
    return code
