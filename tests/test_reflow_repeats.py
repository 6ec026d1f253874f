"""Reflowing a line that repeats the one before it reuses the decisions taken for it: same paragraphs as
taking every decision afresh (the loop as first written, kept here as the oracle)."""

from __future__ import annotations

import random

from compare.readers import reflow
from compare.readers.reflow import _Reflower

LINES = [
    "Not applicable.",
    "Not applicable",
    "not applicable,",
    "(a) arms and related materiel;",
    "(b) vehicles,",
    "(a) the manufacture, maintenance and use of all the weapons and equipment listed in the annex,",
    "(b) the manufacture, maintenance and use of all the weapons and equipment listed in the annex,",
    "4.",
    "5. Decides to remain seized of the matter.",
    "ANNEX",
    "# Heading",
    "- a bullet",
    "The Security Council, recalling its previous resolutions on the situation in the region and the",
    "reports of the Secretary-General, and expressing its concern at the continued",
    "co-",
    "operation.",
    "Yes",
    "",
]


def _oracle(r: _Reflower) -> list[tuple[str, dict]]:
    """``_Reflower.run`` without the shortcut for repeated lines."""
    out: list[tuple[str, dict]] = []
    current: list[str] = []
    prev = ""
    prev_heading = False
    for line in r.lines:
        if not line:
            if current:
                out.append(r._emit(current))
                current = []
            prev, prev_heading = "", False
            continue
        if current and (prev_heading or r._breaks(prev, line, current)):
            out.append(r._emit(current))
            current = []
        heading = r._heading(line, prev if current else None)
        if heading and current:
            out.append(r._emit(current))
            current = []
        current.append(line)
        prev, prev_heading = line, heading
    if current:
        out.append(r._emit(current))
    return out


def test_repeated_lines_reflow_as_when_each_line_is_decided_afresh() -> None:
    rng = random.Random(16)
    repeats = 0
    for _ in range(400):
        lines: list[str] = []
        while len(lines) < rng.randint(5, 60):
            line = rng.choice(LINES)
            run = rng.choice([1, 1, 2, 3, 7])  # runs of one line, as in a file of identical lines
            lines += [line] * run
            repeats += run > 1 and bool(line)
        got = _Reflower(list(lines)).run()
        assert got == _oracle(_Reflower(list(lines))), lines
    assert repeats > 200


def test_a_file_of_identical_lines_reads_as_that_many_paragraphs() -> None:
    text = "The parties agree.\n\n" + "Not applicable.\n" * 5_000
    paragraphs = reflow.paragraphs_from_text(text)
    assert len(paragraphs) == 5_001
    assert {p for p, _kind in paragraphs[1:]} == {"Not applicable."}
