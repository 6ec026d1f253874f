"""What is being compared: the two loaded sides, the options, and the read and compare tasks.

The window shows things; this module decides what to read and when to compare. Reading and comparing
always run as tasks on the window's :class:`gui.worker.TaskRunner` ("read-a", "read-b", "compare"),
never on the UI thread, and a result is shown only if it still matches the loaded documents. The engine
entry points are attributes (``read_fn``, ``read_text_fn``, ``compare_fn``) so tests can inject failures.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from compare.errors import Cancelled
from compare.model import CompareOptions, Document, SegmentMode

from .presentation import Presentation, apply_rows, build_presentation

if TYPE_CHECKING:
    from collections.abc import Callable

    from .mainwindow import MainWindow

ROLE = {"a": "Original", "b": "Revised"}
TASKS = ("compare", "read-a", "read-b", "export", "series")  # every kind of task the window runs
# Documents this long together (about 60,000 words) are shown as soon as they are aligned and diffed, and
# their list items follow: finding the items is a third of a long comparison. Below it both come at once.
EARLY_VIEW_CHARS = 400_000


def _default_read(path: str, options: Any) -> Document:
    from compare.readers import read_document

    return read_document(path, options)


def _default_read_text(text: str, source: str, options: Any) -> Document:
    from compare.readers import read_text

    return read_text(text, source, options)


def _default_compare(
    doc_a: Document, doc_b: Document, options: CompareOptions, progress, cancel, pins=(), cuts=(), early=None
):
    from compare.engine import compare_documents

    return compare_documents(doc_a, doc_b, options, progress, cancel, pins=pins, cuts=cuts, early=early)


def _read_options(options: CompareOptions) -> Any:
    from compare.engine import read_options_for

    return read_options_for(options)


def load_options(settings: QSettings) -> CompareOptions:
    """The comparison options saved by :func:`save_options` (defaults for anything missing or invalid)."""
    s = settings
    try:
        seg = SegmentMode(str(s.value("options/segment", SegmentMode.CLAUSES.value)))
    except ValueError:
        seg = SegmentMode.CLAUSES
    return CompareOptions(
        segment=seg,
        ignore_case=s.value("options/ignore_case", False, type=bool),
        ignore_punctuation=s.value("options/ignore_punctuation", False, type=bool),
        ignore_whitespace=s.value("options/ignore_whitespace", False, type=bool),
        revisions="original" if s.value("options/original_revisions", False, type=bool) else "accept",
        granularity="readable" if s.value("options/granularity", "words") == "readable" else "words",
    )


def save_options(settings: QSettings, options: CompareOptions) -> None:
    settings.setValue("options/segment", options.segment.value)
    settings.setValue("options/original_revisions", options.revisions == "original")
    settings.setValue("options/granularity", options.granularity)
    for key in ("ignore_case", "ignore_punctuation", "ignore_whitespace"):
        settings.setValue(f"options/{key}", getattr(options, key))


@dataclass(slots=True)
class SideState:
    """What is loaded on one side and how to load it again (options such as line mode re-read)."""

    document: Document | None = None
    words: int = 0
    path: str | None = None
    pasted: str | None = None
    read_options: Any = None


class Session:
    """The two sides and the options; starts reading and comparing, and hands results to the window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.read_fn: Callable[[str, Any], Document] = _default_read
        self.read_text_fn: Callable[[str, str, Any], Document] = _default_read_text
        self.compare_fn: Callable[..., Any] = _default_compare
        self.sides = {"a": SideState(), "b": SideState()}
        self.reading_paths: dict[str, str | None] = {}  # the file each side's running read is reading
        self.options = load_options(window.settings)
        # a view option (what the change list shows), not a comparison option: toggling it compares nothing
        self.ignore_renumbering = window.settings.value("options/ignore_renumbering", False, type=bool)
        # manual pairing: (old, new) clause pairs kept together / kept apart, for the documents loaded now
        self.pins: list[tuple[int, int]] = []
        self.cuts: list[tuple[int, int]] = []
        self._links_for: tuple[str, str, dict] | None = None  # links to apply once this pair is loaded
        self._show_after: tuple[str, int] | None = None  # the clause to show when the comparison is back
        self._known: Any = None  # a finished result for exactly the documents shown next (a series step)

    # ------------------------------------------------------------------ loading

    def open_dialog(self, side: str) -> None:
        from compare.readers import FILE_FILTER

        settings = self.window.settings
        start = settings.value("open/dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self.window, f"Open {ROLE[side]} Document", start, FILE_FILTER)
        if path:
            settings.setValue("open/dir", str(Path(path).parent))
            self.load_file(side, path)

    def paste_as(self, side: str) -> None:
        text = QApplication.clipboard().text()
        if not text.strip():
            self.window.notify("info", "Nothing to paste", "The clipboard holds no text.")
            return
        self.load_text(side, text)

    def load_file(self, side: str, path: str) -> None:
        self._start_read(side, path=str(path))

    def load_text(self, side: str, text: str, source: str = "Pasted text") -> None:
        self._start_read(side, pasted=text, source=source)

    def _start_read(
        self, side: str, path: str | None = None, pasted: str | None = None, source: str = "Pasted text"
    ) -> None:
        read, read_text, options = self.read_fn, self.read_text_fn, self.options

        def work(progress, cancel):
            progress(0.0, f"Reading {Path(path).name if path else source}")
            # In the worker: the first call imports the engine (~0.1 s) and must not hold up the window.
            ro = _read_options(options)
            doc = read(path, ro) if path is not None else read_text(pasted or "", source, ro)
            if cancel():
                raise Cancelled("Reading cancelled")
            return {
                "side": side,
                "doc": doc,
                "words": doc.word_count,
                "path": path,
                "pasted": pasted,
                "ro": ro,
            }

        self.reading_paths[side] = path
        self.window.show_side(side, busy=f"Reading {Path(path).name if path else source}…")
        self.window.runner.start(f"read-{side}", work)

    def show_documents(
        self, doc_a: Document, path_a: str, doc_b: Document, path_b: str, known: Any = None
    ) -> None:
        """Show two documents already read (two versions of a series) and compare them; ``known``: their
        comparison, already made with the current options (a step of the series), is shown as it is (a
        Presentation of it: shown without any work)."""
        win = self.window
        ro = _read_options(self.options)
        for side, doc, path in (("a", doc_a, path_a), ("b", doc_b, path_b)):
            st = self.sides[side]
            st.document, st.words, st.path, st.pasted, st.read_options = doc, doc.word_count, path, None, ro
            win.show_side(side)
        self.pins, self.cuts = [], []
        self._known = known
        win.clear_result()
        win.update_title()
        self.start_compare()

    def _read_done(self, payload: dict) -> None:
        win = self.window
        win.series.leave()  # a side loaded on its own: no longer two versions of the series
        side = payload["side"]
        st = self.sides[side]
        st.document, st.words = payload["doc"], payload["words"]
        st.path, st.pasted, st.read_options = payload["path"], payload["pasted"], payload["ro"]
        self.pins, self.cuts = [], []  # clause numbers of another text mean nothing here
        win.show_side(side)
        for w in st.document.warnings:
            win.statusBar().showMessage(f"{st.document.name}: {w}", 8000)
        win.clear_result()
        win.update_title()
        self.maybe_compare()

    def read_failed(self, side: str) -> None:
        """A read failed or was cancelled: the side keeps what it had, and may still be compared."""
        self.window.show_side(side)
        if self.window.presentation is None:
            self.maybe_compare()

    def reading(self) -> bool:
        runner = self.window.runner
        return runner.is_busy("read-a") or runner.is_busy("read-b")

    def swap_sides(self) -> None:
        if self.reading():
            return
        win = self.window
        if win.series.active and win.series.pair is not None:  # two versions of a series: the other way round
            i, j = win.series.pair
            win.series.show_pair(j, i)
            return
        keep = self._position_for_swap()
        self.sides["a"], self.sides["b"] = self.sides["b"], self.sides["a"]
        self.pins = sorted((j, i) for i, j in self.pins)  # a pair by hand stays a pair, from the other side
        self.cuts = sorted((j, i) for i, j in self.cuts)
        for side in ("a", "b"):
            win.show_side(side)
            win.panes[side].set_document(None)
        win.clear_result()
        if isinstance(keep, dict):  # nothing selected: each document stays scrolled where it was
            for side, value in keep.items():
                win.panes[side].verticalScrollBar().setValue(value)
        else:
            self._show_after = keep
        win.update_title()
        self.maybe_compare()

    def _position_for_swap(self) -> tuple[str, int] | dict[str, int] | None:
        """What to show after Swap: the selected change, seen from the other side, else the scroll places."""
        win = self.window
        pres, k = win.presentation, win.navigator.current_entry
        if pres is not None and k is not None:
            e = pres.result.alignment[k]
            return ("a", e.b[0]) if e.b else ("b", e.a[0])
        scroll = {side: pane.verticalScrollBar().value() for side, pane in win.panes.items()}
        return {"a": scroll["b"], "b": scroll["a"]}

    # ------------------------------------------------------------------ comparing

    def maybe_compare(self) -> None:
        a, b = self.sides["a"].document, self.sides["b"].document
        if a is None or b is None:
            return
        if self.reading():
            return  # the pending read will start the comparison
        self.start_compare()

    def start_compare(self) -> None:
        doc_a, doc_b, options, fn = (
            self.sides["a"].document,
            self.sides["b"].document,
            self.options,
            self.compare_fn,
        )
        if doc_a is None or doc_b is None:
            return
        self._apply_pending_links()
        links = {"pins": list(self.pins), "cuts": list(self.cuts)} if self.pins or self.cuts else {}
        ignore_renumbering = self.ignore_renumbering
        known, self._known = self._known, None
        known_result = getattr(known, "result", known)  # a Presentation carries its result
        if known is not None and (links or known_result.options != options):
            known = known_result = None  # made for other options or without these pairs: compare afresh

        big = len(doc_a.text) + len(doc_b.text) >= EARLY_VIEW_CHARS

        def work(progress, cancel, publish):
            shown = []

            def early(partial):  # aligned and diffed: show it while the list items are found
                if not cancel():
                    pres, on_screen = build_presentation(partial, ignore_renumbering), threading.Event()
                    publish({"presentation": pres, "docs": (doc_a, doc_b), "on_screen": on_screen})
                    shown.append(partial)
                    # Presenting calls from Qt into Python thousands of times; each call waits for the GIL
                    # while this thread holds it, so let the window draw first (it says when, or 1 s).
                    on_screen.wait(1.0)

            if isinstance(known, Presentation) and known.ignore_renumbering == ignore_renumbering:
                return {"presentation": known, "docs": (doc_a, doc_b)}  # built beside the result
            if known_result is not None:
                result = known_result
            else:
                result = fn(
                    doc_a, doc_b, options, progress, cancel, **links, **({"early": early} if big else {})
                )
            if cancel():
                raise Cancelled("Comparison cancelled")
            if shown:
                return {"items_of": shown[0], "result": result, "docs": (doc_a, doc_b)}
            progress(1.0, "Preparing the view")
            pres = build_presentation(result, ignore_renumbering)
            return {"presentation": pres, "docs": (doc_a, doc_b)}

        self.window.summary_label.setText("Comparing…")
        self.window.runner.start("compare", work, publishes=True)

    def _compare_done(self, payload: dict) -> None:
        try:
            self._show_compared(payload)
        finally:
            if "on_screen" in payload:  # an early result: its worker waits until the window has drawn it
                QTimer.singleShot(0, payload["on_screen"].set)

    def _show_compared(self, payload: dict) -> None:
        doc_a, doc_b = payload["docs"]
        if doc_a is not self.sides["a"].document or doc_b is not self.sides["b"].document:
            return  # the documents changed while this ran; a newer comparison is on its way
        if "items_of" in payload:  # the comparison was shown early: only its list items are new
            self.window.show_items(payload["items_of"], payload["result"])
            return
        pres: Presentation = payload["presentation"]
        self.window.show_result(pres)
        if not self.window.series.active:  # browsing a series is not a comparison to reopen pair by pair
            self.window.recent.remember(self.sides["a"].path, self.sides["b"].path, self.links())
        if self._show_after is not None:
            side, clause = self._show_after
            self._show_after = None
            if clause < len(pres.result.side(side).clauses):
                self.window.navigator.select_clause(side, clause, scroll=True)

    # ------------------------------------------------------------------ manual pairing

    def links(self) -> dict:
        """The manual links as saved with a recent comparison (empty when there are none)."""
        if not (self.pins or self.cuts):
            return {}
        return {"segment": self.options.segment.value, "pins": self.pins, "cuts": self.cuts}

    def expect_links(self, old: str, new: str, links: dict | None) -> None:
        """Reopening a recent comparison: use its manual links once exactly this pair is loaded."""
        self._links_for = (str(old), str(new), links) if links else None

    def _apply_pending_links(self) -> None:
        pending = self._links_for
        if pending is None or (self.sides["a"].path, self.sides["b"].path) != pending[:2]:
            return
        self._links_for = None
        links = pending[2]
        if links.get("segment", self.options.segment.value) != self.options.segment.value:
            return  # clause numbers of another segmentation
        self.pins = sorted({(int(i), int(j)) for i, j in links.get("pins", [])})
        self.cuts = sorted({(int(i), int(j)) for i, j in links.get("cuts", [])})

    def pair(self, i: int, j: int) -> None:
        """Pair old clause ``i`` with new clause ``j`` by hand and compare again around that pair."""
        self.cuts = [c for c in self.cuts if c != (i, j)]
        self.pins = sorted({*self.pins, (i, j)})
        self._show_after = ("b", j)
        self.window.statusBar().showMessage("Pairing by hand: comparing again…", 4000)
        self.start_compare()

    def unpair(self, a: tuple[int, ...], b: tuple[int, ...]) -> None:
        """Undo the pairing of an entry: pins between its clauses go, an engine pairing is cut."""
        mine = [p for p in self.pins if p[0] in a and p[1] in b]
        if mine:
            self.pins = [p for p in self.pins if p not in mine]
        else:
            self.cuts = sorted({*self.cuts, *((i, j) for i in a for j in b)})
        self._show_after = ("b", b[0]) if b else None
        self.window.statusBar().showMessage("Unpaired: comparing again…", 4000)
        self.start_compare()

    def compare_failed(self, exc: BaseException) -> bool:
        """Manual links that no longer fit the documents (a file changed since) are dropped, not fatal."""
        from compare.align.pins import PinError

        if not isinstance(exc, PinError) or not (self.pins or self.cuts):
            return False
        self.pins, self.cuts = [], []
        self.window.statusBar().showMessage(
            "The pairs made by hand no longer fit these documents and were dropped", 8000
        )
        self.start_compare()
        return True

    def task_partial(self, kind: str, payload: Any) -> None:
        if kind == "compare":
            self._compare_done(payload)

    def task_finished(self, kind: str, payload: Any) -> None:
        if kind.startswith("read-"):
            self._read_done(payload)
        elif kind == "compare":
            self._compare_done(payload)

    def cancel(self) -> None:
        """Stop whatever runs (reading, comparing, exporting); the sides keep what they had."""
        win = self.window
        busy = [k for k in TASKS if win.runner.is_busy(k)]
        if not busy:
            return
        for k in busy:
            win.runner.cancel(k)
        for side in ("a", "b"):
            if f"read-{side}" in busy:
                win.show_side(side)
        if "series" in busy:
            win.summary_label.setText("Comparison of the versions cancelled")
        if "compare" in busy:
            win.summary_label.setText("Comparison cancelled — change an option or reload to compare again")
            win.items_cancelled()  # or only its list items, when it is already on screen
        win.statusBar().showMessage("Cancelled", 5000)

    def set_ignore_renumbering(self, on: bool) -> None:
        """Show or hide clauses that only got a new number (change list, marks, reports)."""
        self.ignore_renumbering = on
        self.window.settings.setValue("options/ignore_renumbering", on)
        pres = self.window.presentation
        if pres is not None and pres.ignore_renumbering != on:
            apply_rows(pres, on)
            self.window.refresh_rows()

    def set_options(self, options: CompareOptions) -> None:
        """Apply new options: re-read when reading depends on them (line mode), then compare again."""
        if options == self.options:
            return
        if options.segment != self.options.segment:
            self.pins, self.cuts = [], []  # clause numbers of another segmentation
        self.options = options
        self.window.act.show_options(options)
        save_options(self.window.settings, options)
        if self.window.series.active:  # every step of the series depends on the options
            self.window.clear_result()
            self.window.series.restart()
            return
        try:
            ro = _read_options(options)
        except Exception as exc:
            self.window.report_failure("compare", exc, "")
            return
        reread = False
        for side, st in self.sides.items():
            if st.document is not None and st.read_options != ro and (st.path or st.pasted is not None):
                reread = True
                if st.path:
                    self._start_read(side, path=st.path)
                else:
                    self._start_read(side, pasted=st.pasted, source=st.document.source)
        if not reread:
            self.window.clear_result()
            self.maybe_compare()
