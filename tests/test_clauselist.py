"""Clauses cross from the forked child to the engine pickled: by columns, and they must come back equal."""

from __future__ import annotations

import pickle

from compare.model import Clause, Document, SegmentMode
from compare.text.clauselist import ClauseList
from compare.text.segment import segment


def test_clauses_come_back_from_pickle_equal_and_still_a_clause_list() -> None:
    paragraphs = [
        "1. Decides that (a) apples; and (b) pears.",
        "Not applicable.",
        "Not applicable.",
        "(c)",
        "Last one.",
    ]
    d = Document.from_paragraphs("t", "text", paragraphs)
    for mode in SegmentMode:
        clauses = segment(d, mode)
        back = pickle.loads(pickle.dumps(clauses, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(back) is ClauseList and back == clauses and back == list(clauses)
        assert [c.label for c in back] == [c.label for c in clauses]
        assert any(c.label for c in back) or mode in (SegmentMode.LINES, SegmentMode.PARAGRAPHS)


def test_large_offsets_labels_and_empty_lists_round_trip() -> None:
    big = 2**33  # a file of 8 GB would not be read, but the columns must not wrap around
    clauses = ClauseList(
        [
            Clause(0, "é\u0301 text", 0, 8, 0),
            Clause(1, "x" * 300, big, big + 300, 5, "4(c)", big - 4, big - 1),
            Clause(2, "", 7, 7, 6, None, -1, -1),
        ]
    )
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        assert pickle.loads(pickle.dumps(clauses, protocol=protocol)) == clauses
    assert pickle.loads(pickle.dumps(ClauseList())) == []


def test_equal_short_texts_are_kept_once_after_the_round_trip() -> None:
    d = Document.from_paragraphs("t", "text", ["Not applicable."] * 50)
    back = pickle.loads(pickle.dumps(segment(d)))
    assert len(back) == 50 and len({id(c.text) for c in back}) == 1
