"""The clauses of a document as a list that pickles compactly.

The engine splits the revised document into clauses in a forked child (see ``compare.runtime.fork``), and
the clauses come back pickled. Pickled one by one, a frozen dataclass goes through Python-level
``__getstate__``/``__setstate__`` per object: for half a million one-line clauses that took longer (3 s to
pickle, 2.7 s to unpickle) than splitting the document (2.4 s). As columns (the texts joined into one
string, the numbers in arrays) the same clauses cross the pipe in a fraction of that, and come back equal.
"""

from __future__ import annotations

from array import array

from ..model import Clause

#: Clause texts up to this long are shared between equal clauses when rebuilt ("Not applicable." x 500k).
SHARE_CHARS = 200


class ClauseList(list):
    """A plain list of :class:`Clause` (equal to one, used like one) that pickles by columns."""

    __slots__ = ()

    def __reduce__(self):
        texts = [c.text for c in self]
        numbers = [
            v for c in self for v in (c.index, c.start, c.end, c.paragraph, c.label_start, c.label_end)
        ]
        lengths = [len(t) for t in texts]
        labels = [c.label for c in self]
        return _rebuild, ("".join(texts), _packed(lengths), _packed(numbers), labels)


def _packed(values: list[int]) -> array:
    """The smallest signed array type the values fit in (offsets of a large file need 64 bits)."""
    lo, hi = min(values, default=0), max(values, default=0)
    return array("i" if lo >= -(2**31) and hi < 2**31 else "q", values)


def _rebuild(joined: str, lengths: array, numbers: array, labels: list[str | None]) -> ClauseList:
    out = ClauseList()
    append = out.append
    shared: dict[str, str] = {}
    pos = 0
    # (index, start, end, paragraph, label start, label end) of each clause
    rows = zip(*[iter(numbers)] * 6, strict=True)
    for n, label, (i, s, e, p, ls, le) in zip(lengths, labels, rows, strict=True):
        text = joined[pos : pos + n]
        pos += n
        if n <= SHARE_CHARS:
            text = shared.setdefault(text, text)
        append(Clause(i, text, s, e, p, label, ls, le))
    return out
