"""View > Show Only Changes: which paragraphs of a pane fold away, and how a folded run is drawn.

Like the report's "12 unchanged clauses" rows: a run of two or more paragraphs with no mark on any of
their clauses shrinks to one line ("⋯ 12 unchanged paragraphs"); paragraphs holding a change, and single
unchanged paragraphs between changes (context costs one line either way), stay. Pure bookkeeping on the
pane's :class:`gui.presentation.SideView`; the pane asks :func:`fold_map` and paints :func:`fold_text`.
"""

from __future__ import annotations

from .presentation import SideView

HIDDEN = -1  # a paragraph inside a folded run: no height, not painted
MIN_RUN = 2  # a run shorter than this is not worth a fold line


def fold_map(view: SideView | None, n_paragraphs: int) -> dict[int, int]:
    """{paragraph: HIDDEN, or n > 0 for the line that stands for a run of n} for the folded paragraphs."""
    if view is None:
        return {}
    out: dict[int, int] = {}
    run: list[int] = []

    def close() -> None:
        if len(run) >= MIN_RUN:
            out[run[0]] = len(run)
            for p in run[1:]:
                out[p] = HIDDEN
        run.clear()

    marks = view.clause_mark
    for p in range(n_paragraphs):
        if any(marks[i] for i in view.clauses_in_paragraph(p)):
            close()
        else:
            run.append(p)
    close()
    return out


def fold_text(n: int) -> str:
    return f"\u22ef {n} unchanged paragraph{'s' if n != 1 else ''}"
