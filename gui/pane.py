"""A document pane: the document in its own reading order, as prose, painted lazily.

One QTextDocument for a 300,000-word treaty takes seconds to lay out and repaint. Instead each paragraph
gets its own QTextLayout, built only when it scrolls into view (heights of the others are estimated and
corrected as they are laid out), and only visible paragraphs are painted. Tints, the current clause and
find hits are passed to ``QTextLayout.draw`` as selections, so changing them never re-lays out text.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable
from itertools import accumulate

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip, QWidget

from compare.model import Clause, Document

from . import theme
from .folding import HIDDEN, fold_map, fold_text
from .presentation import MARK_GLYPH, SideView

MARKER_W = 22.0
GAP = 8.0
RIGHT_MARGIN = 14.0
TOP_MARGIN = 10.0
INDENT = 18.0
MAX_CACHED_LAYOUTS = 1500


class DocumentPane(QAbstractScrollArea):
    """Shows one side. Clause indices are the side's ``Clause.index``; offsets are ``Document.text``'s."""

    clauseClicked = Signal(int)  # clicked, or reached with Up/Down
    filesDropped = Signal(list)  # list[str] of local paths
    userScrolled = Signal()
    jumpRequested = Signal(int)  # a moved clause's "go to the other position" action
    partnerRequested = Signal(int)  # Enter on the current clause: show its partner and go there

    def __init__(self, which: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.which = which
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.document: Document | None = None
        self.view: SideView | None = None
        self.placeholder = "Drop a file here, open one, or paste text"
        self.tooltip_for: Callable[[int], str | None] | None = None
        self.context_actions_for: Callable[[int], list[tuple[str, Callable[[], None]]]] | None = None
        self._clauses: list[Clause] = []
        self._texts: list[str] = []
        self._heights: list[float] = []
        self._tops: list[float] = [0.0]
        self._exact: list[bool] = []
        self._layouts: OrderedDict[int, QTextLayout] = OrderedDict()
        self._label_w = 0.0
        self._layout_width = -1.0
        self._programmatic = 0
        self._current: tuple[int, ...] = ()
        self._picked: int | None = None  # the clause picked for manual pairing (dashed frame)
        self.only_changes = False  # View > Show Only Changes: unchanged runs fold to one line
        self.painted_view = False  # a comparison (not only plain text) has been painted at least once
        self._folds: dict[int, int] = {}  # see gui.folding.fold_map
        self._find: list[tuple[int, int]] = []
        self._find_starts: list[int] = []
        self._find_current: tuple[int, int] | None = None
        self._item_span: tuple[int, int] | None = None  # the list item chosen in the Items panel
        self._point_size = self.font().pointSizeF()
        self._apply_font()

    # ------------------------------------------------------------------ content

    def set_document(
        self, doc: Document | None, clauses: list[Clause] | None = None, view: SideView | None = None
    ) -> None:
        """Show a document (and, once compared, its clauses and side view). Keeps the scroll position."""
        same_doc = doc is self.document
        new_clauses = list(clauses) if clauses is not None and view is not None else []
        if same_doc and not new_clauses and self.view is None:
            if self._current:
                self._current = ()
                self.viewport().update()
            return  # nothing shown changes: keep the laid-out paragraphs
        self.document = doc
        self._clauses = new_clauses
        self.view = view if self._clauses else None
        self._current = ()
        self._picked = None
        if not same_doc:
            self._find, self._find_starts, self._find_current = [], [], None
            self._item_span = None
            self._texts = [doc.paragraph_text(i) for i in range(len(doc.paragraphs))] if doc else []
        self._relayout_all(keep_position=same_doc)
        if not same_doc:
            self.verticalScrollBar().setValue(0)
        self.viewport().update()

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.viewport().update()

    def set_current(self, clauses: tuple[int, ...]) -> None:
        self._current = tuple(clauses)
        self.viewport().update()

    def set_picked(self, clause: int | None) -> None:
        """Frame the clause picked for "Pair these" (``None``: no frame)."""
        if clause != self._picked:
            self._picked = clause
            self.viewport().update()

    def set_only_changes(self, on: bool) -> None:
        """Fold runs of unchanged paragraphs to one line each (or unfold them), keeping the place."""
        self.only_changes = on
        self._relayout_all(keep_position=True)
        self.viewport().update()

    @property
    def picked(self) -> int | None:
        return self._picked

    @property
    def current(self) -> tuple[int, ...]:
        return self._current

    def set_find_matches(self, matches: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        """Highlight find hits (document offsets, sorted); ``current`` gets a stronger colour."""
        self._find = matches
        self._find_starts = [m[0] for m in matches]
        self._find_current = current
        self.viewport().update()

    def set_item_span(self, span: tuple[int, int] | None) -> None:
        """Mark the words of the list item chosen in the Items panel (document offsets), or none."""
        self._item_span = span
        self.viewport().update()

    @property
    def item_span(self) -> tuple[int, int] | None:
        return self._item_span

    def set_point_size(self, size: float) -> None:
        self._point_size = max(6.0, min(40.0, size))
        self._apply_font()
        self._relayout_all(keep_position=True)
        self.viewport().update()  # the new size must show now, not at the next scroll

    @property
    def point_size(self) -> float:
        return self._point_size

    def _apply_font(self) -> None:
        f = QFont(self.font())
        f.setPointSizeF(self._point_size)
        self._font = f
        self._bold = QFont(f)
        self._bold.setBold(True)
        self._label_font = QFont(f)
        self._label_font.setPointSizeF(max(6.0, self._point_size - 1))
        self._fm = QFontMetricsF(f)
        self._line_h = self._fm.lineSpacing()
        self._para_gap = round(self._line_h * 0.55)

    # ------------------------------------------------------------------ geometry

    def _text_x(self, p: int) -> float:
        level = self.document.paragraphs[p].level if self.document else 0
        return MARKER_W + self._label_w + GAP + INDENT * min(level, 6)

    def _text_width(self, p: int) -> float:
        return max(80.0, self.viewport().width() - self._text_x(p) - RIGHT_MARGIN)

    def _relayout_all(self, keep_position: bool) -> None:
        """Drop cached layouts (width, font or formats changed) and re-estimate every paragraph's height."""
        anchor = self._anchor() if keep_position else None
        self._layouts.clear()
        doc = self.document
        labels = {p.label for p in doc.paragraphs[:2000] if p.label} if doc is not None else set()
        if labels:
            fm = QFontMetricsF(self._label_font)
            longest = sorted(labels, key=len, reverse=True)[:40]  # measure a few, not every "(a)" again
            self._label_w = min(72.0, max(fm.horizontalAdvance(label) for label in longest) + 4)
        else:
            self._label_w = 0.0
        self._layout_width = float(self.viewport().width())
        avg = max(1.0, self._fm.averageCharWidth() * 1.05)
        # plain arithmetic per paragraph, no Qt call: while the worker runs, every call into Qt may cost
        # the UI thread a GIL hand-over, and a treaty has thousands of paragraphs
        base_x = MARKER_W + self._label_w + GAP
        width = self._layout_width - base_x - RIGHT_MARGIN
        levels = [min(p.level, 6) for p in doc.paragraphs] if doc is not None else []
        line_h, gap, ceil = self._line_h, self._para_gap, math.ceil
        heights = []
        for text, level in zip(self._texts, levels, strict=False):
            per_line = max(8.0, max(80.0, width - INDENT * level) / avg)
            heights.append(max(1, ceil(len(text) / per_line)) * line_h + gap)
        self._exact = [False] * len(heights)
        self._folds = fold_map(self.view, len(heights)) if self.only_changes else {}
        for p, n in self._folds.items():  # folded paragraphs have their final height already
            heights[p] = 0.0 if n == HIDDEN else line_h + gap
            self._exact[p] = True
        self._heights = heights
        self._rebuild_tops()
        if anchor is not None:
            self._restore_anchor(anchor)

    def _rebuild_tops(self) -> None:
        self._tops = [TOP_MARGIN, *accumulate(self._heights, initial=TOP_MARGIN)][1:]
        self._update_scrollbar()

    def _total_height(self) -> float:
        return self._tops[-1] + self._line_h * 2 if self._tops else 0.0

    def _update_scrollbar(self) -> None:
        sb = self.verticalScrollBar()
        vh = self.viewport().height()
        self._programmatic += 1
        try:
            sb.setRange(0, max(0, int(self._total_height() - vh)))
            sb.setPageStep(max(1, vh))
            sb.setSingleStep(max(1, int(self._line_h * 3)))
        finally:
            self._programmatic -= 1

    def _anchor(self) -> tuple[int, float] | None:
        if not self._texts:
            return None
        y = float(self.verticalScrollBar().value())
        p = self._para_at_y(y)
        h = self._heights[p] or 1.0
        return p, (y - self._tops[p]) / h

    def _restore_anchor(self, anchor: tuple[int, float]) -> None:
        p, frac = anchor
        if p < len(self._texts):
            self._ensure_layout(p)
            self._set_scroll(self._tops[p] + frac * self._heights[p])

    def _para_at_y(self, y: float) -> int:
        """The paragraph at content coordinate ``y`` (clamped)."""
        return min(max(0, bisect_right(self._tops, y) - 1), max(0, len(self._texts) - 1))

    def _layout(self, p: int) -> QTextLayout:
        lay = self._layouts.get(p)
        if lay is not None:
            self._layouts.move_to_end(p)
            return lay
        text = self._texts[p]
        kind = self.document.paragraphs[p].kind if self.document else "body"
        lay = QTextLayout(text, self._bold if kind == "heading" else self._font)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lay.setTextOption(opt)
        lay.setFormats(self._word_formats(p))
        lay.beginLayout()
        y = 0.0
        width = self._text_width(p)
        while True:
            line = lay.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, y))
            y += line.height()
        lay.endLayout()
        self._layouts[p] = lay
        if len(self._layouts) > MAX_CACHED_LAYOUTS:
            self._layouts.popitem(last=False)
        return lay

    def _ensure_layout(self, p: int) -> QTextLayout:
        """Lay out a paragraph and fix its height; content above the viewport shifts the scroll position."""
        lay = self._layout(p)
        if not self._exact[p]:
            self._exact[p] = True
            h = max(self._line_h, lay.boundingRect().height()) + self._para_gap
            delta = h - self._heights[p]
            if abs(delta) > 0.01:
                self._heights[p] = h
                above = self._tops[p] + 0.5 < self.verticalScrollBar().value()
                self._rebuild_tops()
                if above:
                    self._set_scroll(self.verticalScrollBar().value() + delta)
        return lay

    def _set_scroll(self, y: float) -> None:
        self._programmatic += 1
        try:
            self.verticalScrollBar().setValue(int(round(y)))
        finally:
            self._programmatic -= 1

    def _visible_paragraphs(self) -> range:
        """Lay out what is on screen (which may change what is on screen) and return it."""
        if not self._texts:
            return range(0)
        for _ in range(4):
            top = self.verticalScrollBar().value()
            bottom = top + self.viewport().height()
            first = self._para_at_y(top)
            p = first
            changed = False
            while p < len(self._texts) and self._tops[p] < bottom:
                if not self._exact[p]:
                    changed = True
                if p not in self._folds:  # a folded run may be thousands of paragraphs: never lay it out
                    self._ensure_layout(p)
                p += 1
            if not changed:
                return range(first, p)
        return range(self._para_at_y(self.verticalScrollBar().value()), p)

    # ------------------------------------------------------------------ clause geometry

    def _clause_para_span(self, i: int) -> tuple[int, int, int]:
        c = self.side_clauses()[i]
        para = self.document.paragraphs[c.paragraph]
        return c.paragraph, c.start - para.start, c.end - para.start

    def side_clauses(self) -> list[Clause]:
        return self._clauses

    def clause_span(self, i: int, exact: bool = True) -> tuple[float, float]:
        """(top, bottom) of clause ``i`` in viewport coordinates; estimated when not ``exact`` and unlaid."""
        p, s, t = self._clause_para_span(i)
        off = self.verticalScrollBar().value()
        if p in self._folds:  # folded away: the clause sits on its run's fold line
            return self._tops[p] - off, self._tops[p] + self._heights[p] - off
        if exact or self._exact[p]:
            lay = self._ensure_layout(p) if exact else self._layout(p)
            n = max(0, lay.lineCount() - 1)
            l0 = lay.lineForTextPosition(min(s, len(self._texts[p])))
            l1 = lay.lineForTextPosition(max(s, min(t, len(self._texts[p])) - 1))
            y0 = l0.y() if l0.isValid() else 0.0
            y1 = (l1.y() + l1.height()) if l1.isValid() else lay.lineAt(n).y() + lay.lineAt(n).height()
            return self._tops[p] + y0 - off, self._tops[p] + y1 - off
        n = max(1, len(self._texts[p]))
        h = self._heights[p] - self._para_gap
        return self._tops[p] + h * s / n - off, self._tops[p] + h * max(t, s + 1) / n - off

    def clause_rect(self, i: int) -> QRectF:
        """The clause's rectangle in viewport coordinates (full text width of its lines)."""
        top, bottom = self.clause_span(i)
        p = self.side_clauses()[i].paragraph
        x = self._text_x(p)
        return QRectF(x, top, self._text_width(p), bottom - top)

    def visible_clause_range(self) -> range:
        """Clauses in paragraphs on screen (an over-approximation: whole paragraphs)."""
        if self.view is None or not self._clauses:
            return range(0)
        paras = self._visible_paragraphs()
        if not paras:
            return range(0)
        lo = self.view.para_first_clause[paras.start]
        hi = self.view.clauses_in_paragraph(paras.stop - 1).stop
        return range(lo, hi)

    def clause_at(self, pos: QPoint | QPointF) -> int | None:
        """Hit test: the clause under a viewport point (a click in the margin picks the line's clause)."""
        if self.view is None or not self._clauses or not self._texts:
            return None
        y = pos.y() + self.verticalScrollBar().value()
        p = self._para_at_y(y)
        if p in self._folds:
            return None
        lay = self._ensure_layout(p)
        ly = y - self._tops[p]
        if ly < 0 or ly > lay.boundingRect().height() + self._para_gap:
            return None
        line = None
        for k in range(lay.lineCount()):
            ln = lay.lineAt(k)
            if ly < ln.y() + ln.height():
                line = ln
                break
        if line is None:
            line = lay.lineAt(lay.lineCount() - 1)
        x = pos.x() - self._text_x(p)
        local = line.textStart() if x < 0 else line.xToCursor(x)
        offset = self.document.paragraphs[p].start + local
        rng = self.view.clauses_in_paragraph(p)
        if not rng:
            return None
        i = self.view.clause_at_offset(offset)
        if i is None:
            return None
        return min(max(i, rng.start), rng.stop - 1)

    def top_position(self) -> float:
        """Fractional clause position at the top of the viewport (for synchronised scrolling)."""
        rng = self.visible_clause_range()
        if not rng:
            return 0.0
        if self.verticalScrollBar().value() >= self.verticalScrollBar().maximum() > 0:
            return float(len(self._clauses))
        for i in rng:
            top, bottom = self.clause_span(i)
            if bottom > 0:
                if top >= 0:
                    return float(i)
                return i + (-top) / max(1.0, bottom - top)
        return float(rng.stop)

    def scroll_to_position(self, pos: float) -> None:
        """Put fractional clause position ``pos`` at the top of the viewport."""
        if not self._clauses:
            return
        if pos >= len(self._clauses):
            self._set_scroll(self.verticalScrollBar().maximum())
            self.viewport().update()
            return
        i = int(max(0.0, pos))
        top, bottom = self.clause_span(i)
        y = self.verticalScrollBar().value() + top + (pos - i) * (bottom - top)
        if i == 0 and pos - i < 1e-6:
            y = 0
        self._set_scroll(y)
        self.viewport().update()

    def scroll_to_clause(self, i: int, at: float | None = 0.25, y: float | None = None) -> None:
        """Bring clause ``i`` into view: at fraction ``at`` of the height, or at viewport ``y`` if given."""
        if not self._clauses or not (0 <= i < len(self._clauses)):
            return
        top, _ = self.clause_span(i)
        target = y if y is not None else self.viewport().height() * (at or 0.0)
        self._set_scroll(self.verticalScrollBar().value() + top - target)
        # laying out newly visible paragraphs may move the clause: settle once more
        self._visible_paragraphs()
        top, _ = self.clause_span(i)
        self._set_scroll(self.verticalScrollBar().value() + top - target)
        self.viewport().update()

    def scroll_to_offset(self, offset: int) -> None:
        """Bring a document offset (a find hit) into view, a third of the way down, unless visible."""
        if self.document is None or not self._texts:
            return
        p = self._para_of_offset(offset)
        lay = self._ensure_layout(p)
        line = lay.lineForTextPosition(max(0, offset - self.document.paragraphs[p].start))
        ly = line.y() if line.isValid() else 0.0
        top = self._tops[p] + ly - self.verticalScrollBar().value()
        if top >= 0 and top + self._line_h <= self.viewport().height():
            self.viewport().update()
            return
        self._set_scroll(self.verticalScrollBar().value() + top - self.viewport().height() / 3)
        self.viewport().update()

    def _para_of_offset(self, offset: int) -> int:
        paras = self.document.paragraphs
        lo, hi = 0, len(paras) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if paras[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def is_clause_visible(self, i: int) -> bool:
        top, bottom = self.clause_span(i)
        return bottom > 0 and top < self.viewport().height()

    def ensure_clause_visible(self, i: int, margin: float = 24.0) -> None:
        """Scroll just enough to show clause ``i`` whole (its top first when it is taller than the view)."""
        top, bottom = self.clause_span(i)
        height = self.viewport().height()
        if top < margin or bottom - top > height - 2 * margin:
            self.scroll_to_clause(i, y=margin)
        elif bottom > height - margin:
            self._set_scroll(self.verticalScrollBar().value() + bottom - (height - margin))
            self.viewport().update()

    def step_clause(self, direction: int) -> int | None:
        """The clause Up (-1) / Down (+1) moves to: beside the current one, else the first one in view."""
        if self.view is None or not self._clauses:
            return None
        if self._current:
            i = max(self._current) + 1 if direction > 0 else min(self._current) - 1
        else:
            rng = self.visible_clause_range()
            i = next((c for c in rng if self.is_clause_visible(c)), rng.start if rng else 0)
        return i if 0 <= i < len(self._clauses) else None

    # ------------------------------------------------------------------ formats

    def _word_formats(self, p: int) -> list[QTextLayout.FormatRange]:
        if self.view is None or self.document is None:
            return []
        ranges = self.view.word_ranges.get(p)
        if not ranges:
            return []
        base = self.document.paragraphs[p].start
        fmt = QTextCharFormat()
        if self.which == "a":
            fmt.setFontStrikeOut(True)
            fmt.setForeground(theme.deleted_text(self.palette()))
        else:
            fmt.setFontUnderline(True)
            fmt.setForeground(theme.inserted_text(self.palette()))
        out = []
        for s, t, _op in ranges:
            fr = QTextLayout.FormatRange()
            fr.start, fr.length, fr.format = s - base, t - s, fmt
            out.append(fr)
        return out

    def _selections(self, p: int) -> list[QTextLayout.FormatRange]:
        """Background tints (clauses by mark, current clause, find hits) for one paragraph."""
        out: list[QTextLayout.FormatRange] = []
        base = self.document.paragraphs[p].start
        n = len(self._texts[p])

        def add(s: int, t: int, color: QColor) -> None:
            s, t = max(0, s - base), min(n, t - base)
            if t > s:
                fr = QTextLayout.FormatRange()
                fmt = QTextCharFormat()
                fmt.setBackground(color)
                fr.start, fr.length, fr.format = s, t - s, fmt
                out.append(fr)

        if self.view is not None and self._clauses:
            current = set(self._current)
            for i in self.view.clauses_in_paragraph(p):
                mark = self.view.clause_mark[i]
                c = self._clauses[i]
                if i in current:
                    add(c.start, c.end, theme.tint(mark or "current", strong=True, palette=self.palette()))
                elif mark == "renumbered":  # the text is the same: only the number is news
                    if c.label_start >= 0:
                        add(c.label_start, c.label_end, theme.tint(mark, strong=True, palette=self.palette()))
                elif mark:
                    add(c.start, c.end, theme.tint(mark, palette=self.palette()))
        if self._find:
            end = base + n
            k = bisect_left(self._find_starts, base)
            while k > 0 and self._find[k - 1][1] > base:
                k -= 1
            while k < len(self._find) and self._find[k][0] < end:
                m = self._find[k]
                add(m[0], m[1], theme.find_tint(m == self._find_current, self.palette()))
                k += 1
        span = self._item_span
        if span is not None and span[0] < base + n and span[1] > base:
            add(span[0], span[1], theme.find_tint(True, self.palette()))
        return out

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self.viewport())
        pal = self.palette()
        painter.fillRect(self.viewport().rect(), pal.color(QPalette.ColorRole.Base))
        if self.document is None or not self._texts:
            self._paint_placeholder(painter)
            return
        if abs(self._layout_width - self.viewport().width()) > 0.5:
            self._relayout_all(keep_position=True)
        off = self.verticalScrollBar().value()
        current = set(self._current)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        for p in self._visible_paragraphs():
            x = self._text_x(p)
            y = self._tops[p] - off
            if p in self._folds:
                self._paint_fold(painter, p, x, y)
                continue
            lay = self._layout(p)
            para = self.document.paragraphs[p]
            if para.label:
                painter.setFont(self._label_font)
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    QRectF(MARKER_W, y, self._label_w, self._line_h),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    para.label,
                )
                painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.setPen(pal.color(QPalette.ColorRole.Text))  # QTextLayout draws with the pen's colour
            lay.draw(painter, QPointF(x, y), self._selections(p))
            if self.view is not None and self._clauses:
                self._paint_markers(painter, p, lay, y, current)
                self.painted_view = True
        self._paint_picked(painter)
        self._paint_focus_frame(painter)

    def _paint_fold(self, painter: QPainter, p: int, x: float, y: float) -> None:
        n = self._folds[p]
        if n == HIDDEN:
            return
        pal = self.palette()
        painter.setFont(self._label_font)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine))
        mid = y + self._line_h / 2
        painter.drawLine(QPointF(MARKER_W, mid), QPointF(x - 4, mid))
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRectF(x, y, self._text_width(p), self._line_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fold_text(n),
        )
        painter.setPen(pal.color(QPalette.ColorRole.Text))

    def _paint_picked(self, painter: QPainter) -> None:
        """A dashed frame round the clause picked for manual pairing."""
        i = self._picked
        if i is None or not (0 <= i < len(self._clauses)):
            return
        rect = self.clause_rect(i)
        if rect.bottom() < 0 or rect.top() > self.viewport().height():
            return
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-4, -1, 4, 1), 3, 3)

    def _paint_focus_frame(self, painter: QPainter) -> None:
        """Which pane the keys go to: a frame in the highlight colour, as line edits have."""
        if not self.hasFocus():
            return
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1))

    def _paint_markers(
        self, painter: QPainter, p: int, lay: QTextLayout, y: float, current: set[int]
    ) -> None:
        base = self.document.paragraphs[p].start
        last_line = -1
        for i in self.view.clauses_in_paragraph(p):
            mark = self.view.clause_mark[i]
            c = self._clauses[i]
            line = lay.lineForTextPosition(max(0, c.start - base))
            if not line.isValid():
                continue
            if i in current:
                l1 = lay.lineForTextPosition(max(0, min(c.end - base, len(self._texts[p])) - 1))
                bottom = (l1.y() + l1.height()) if l1.isValid() else line.y() + line.height()
                painter.fillRect(
                    QRectF(2, y + line.y(), 3, bottom - line.y()),
                    self.palette().color(QPalette.ColorRole.Highlight),
                )
            if not mark or line.lineNumber() == last_line:
                continue
            last_line = line.lineNumber()
            painter.setFont(self._bold)
            painter.setPen(theme.solid(mark, self.palette()))
            painter.drawText(
                QRectF(5, y + line.y(), MARKER_W - 5, line.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                MARK_GLYPH.get(mark, ""),
            )

    def _paint_placeholder(self, painter: QPainter) -> None:
        pal = self.palette()
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        f = QFont(self._font)
        f.setPointSizeF(self._point_size + 1)
        painter.setFont(f)
        r = self.viewport().rect().adjusted(24, 0, -24, 0)
        painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.placeholder)
        self._paint_focus_frame(painter)

    # ------------------------------------------------------------------ events

    def changeEvent(self, event) -> None:  # noqa: N802
        """Light/dark switch or font change: word colours live in cached layouts, so rebuild them."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._relayout_all(keep_position=True)
            self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if abs(self._layout_width - self.viewport().width()) > 0.5:
            self._relayout_all(keep_position=True)
        else:
            self._update_scrollbar()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Up/Down (with or without Ctrl) walk the clauses; Enter goes to the current clause's partner.

        Without a comparison the arrows scroll, as in any reader; Page Up/Down, Home and End always do.
        """
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.view is not None:
            i = self.step_clause(-1 if key == Qt.Key.Key_Up else +1)
            if i is not None:
                self.ensure_clause_visible(i)
                self.clauseClicked.emit(i)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current:
            self.partnerRequested.emit(self._current[0])
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()

    def _on_scroll(self, _value: int) -> None:
        self.viewport().update()
        if not self._programmatic:
            self.userScrolled.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            i = self.clause_at(event.position())
            if i is not None:
                if event.position().x() < MARKER_W and self.view and self.view.clause_mark[i] == "moved":
                    self.jumpRequested.emit(i)
                else:
                    self.clauseClicked.emit(i)
        super().mousePressEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if isinstance(event, QHelpEvent) and self.tooltip_for is not None:
            i = self.clause_at(event.pos())
            text = self.tooltip_for(i) if i is not None else None
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        i = self.clause_at(self.viewport().mapFrom(self, event.pos()))
        if i is None or self.context_actions_for is None:
            return
        actions = self.context_actions_for(i)
        if not actions:
            return
        menu = QMenu(self)
        for text, fn in actions:
            menu.addAction(text, fn)
        menu.exec(event.globalPos())

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)
