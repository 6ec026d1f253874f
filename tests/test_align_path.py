"""The in-order path search on hand-made gain tables (no text involved)."""

from __future__ import annotations

from compare.align.path import PathParams, best_path


def test_consecutive_new_clauses_may_stay_on_one_old_clause() -> None:
    cells = [[(0, 1.0, False)], [(0, 0.3, False)], [(0, 0.2, False), (1, 0.1, False)], [(1, 1.0, False)]]
    assert best_path(cells, 2) == [(0, 0), (0, 1), (0, 2), (1, 3)]


def test_identical_links_cannot_be_stayed_on() -> None:
    # new clause 1 would add gain by staying on old 0, but old 0 was an exact copy of new 0
    cells = [[(0, 2.0, True)], [(0, 0.5, False)], [(1, 2.0, True)]]
    assert best_path(cells, 2) == [(0, 0), (1, 2)]


def test_skipping_deleted_old_clauses_costs_more_the_further_it_jumps() -> None:
    # one new clause, two weak candidates after a strong link: the near one wins despite lower gain
    cells = [[(0, 1.0, False)], [(2, 0.30, False), (40, 0.35, False)]]
    assert best_path(cells, 41, PathParams(skip_cost=0.1, skip_per_clause=0.01)) == [(0, 0), (2, 1)]


def test_far_backward_jumps_are_not_taken() -> None:
    # going back 20 clauses is beyond the window: that is a move, not part of the in-order path
    cells = [[(20, 1.0, False)], [(0, 5.0, False)], [(21, 1.0, False)]]
    cheap_back = {"back_cost": 0.1, "back_per_clause": 0.0}
    assert best_path(cells, 22, PathParams(**cheap_back, back_window=8)) == [(0, 1), (21, 2)]
    assert best_path(cells, 22, PathParams(**cheap_back, back_window=30)) == [(20, 0), (0, 1), (21, 2)]


def test_no_candidates_gives_empty_path() -> None:
    assert best_path([[], []], 3) == []
