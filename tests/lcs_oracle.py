"""An independent oracle for the *words* granularity law: kept words == LCS of the two word sequences."""

from __future__ import annotations

import re
import unicodedata

from compare.model import ComparisonResult, Kind

_WORD_CHAR = re.compile(r"\w")


def _graphemes_words(text: str) -> list[str]:
    """Runs of word characters, each taking the combining marks (category M) that follow it."""
    found: list[str] = []
    run: list[str] = []
    for c in text:
        if _WORD_CHAR.match(c) or (run and unicodedata.category(c).startswith("M")):
            run.append(c)
        elif run:
            found.append("".join(run))
            run = []
    if run:
        found.append("".join(run))
    return found


def words(text: str, ignore_case: bool = False) -> list[str]:
    """The words as the diff compares them: a composed and a decomposed spelling are one word."""
    found = _graphemes_words(text)
    return [unicodedata.normalize("NFC", w.casefold() if ignore_case else w) for w in found]


def kept_words(diff) -> int:
    return sum(len(_graphemes_words(d.text)) for d in diff if d.op == "=")


def lcs_table(a: list[str], b: list[str]) -> int:
    """The textbook O(nm) table."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def lcs_bits(a: list[str], b: list[str]) -> int:
    """Hyyrö's bit-parallel LCS length: fast enough for every clause of a corpus."""
    masks: dict[str, int] = {}
    for i, x in enumerate(a):
        masks[x] = masks.get(x, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for y in b:
        u = v & masks.get(y, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def assert_words_law(result: ComparisonResult) -> int:
    """Check every changed entry of a *words* comparison; the number of entries checked."""
    if result.options.granularity != "words":
        return 0
    checked = 0
    for e in result.alignment:
        if e.kind != Kind.CHANGED:
            continue
        old, new = result.entry_text(e, "a"), result.entry_text(e, "b")
        expected = lcs_bits(words(old, result.options.ignore_case), words(new, result.options.ignore_case))
        assert kept_words(e.diff) == expected, (old, new, [(d.op, d.text) for d in e.diff])
        checked += 1
    return checked
