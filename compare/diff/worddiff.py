"""Word-level diff of two aligned texts, at the granularity the user chose.

Both granularities diff *tokens* (words, runs of spaces, single punctuation marks). A letter keeps its
combining marks (decomposed accents, Indic vowel signs: Unicode category M): "de\u0301cide" is one
token, so a mark is never a change of its own and text written with marks costs no more than without.
The texts are never normalised: the ops spell the clauses exactly as the documents do.

* ``words`` (the default, what Word's Compare shows): minimal. The words kept are a longest common
  subsequence of the two word sequences (:mod:`.lcs`), so no word is marked deleted and then re-inserted;
  spaces and punctuation are then matched only between those kept words, and a lone space between two
  changes joins them ("[-gizmos and -]sprockets{+ and doohickeys+}").
* ``readable``: diff-match-patch's semantic cleanup merges fragments, and a last pass joins changes
  separated only by punctuation or a very short word, so "thirty (30) days" -> "sixty (60) days" reads as
  one change.

Work budget (deterministic, no clock): diff-match-patch costs (tokens x edits) on a changed clause, so
*readable* uses it while the tokens left after the common prefix and suffix (their product, or their sum
times the tokens the *words* diff changes) stay within ``_READABLE_CELLS``; a larger, much-changed clause
takes the *words* diff through the same last pass instead. *words* keeps a longest common
subsequence while that costs at most :data:`.lcs.EXACT_CELLS`; a larger clause is cut at words unique
to both sides and solved piece by piece (see :mod:`.lcs`): coarser, never wrong.

Ignore options work by folding tokens into a comparison key while the original spellings are kept, so an
ignored difference still reaches the exporters (as ``DiffOp.old``). Keys are always in Unicode's composed
form (NFC): "café" typed with a precomposed é and with e + U+0301 look the same and are the same word,
so a file that spells its accents decomposed (some PDF and macOS text) shows no change where none is
visible; the ops still carry each side's own spelling.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import groupby, repeat
from operator import attrgetter

from diff_match_patch import diff_match_patch

from ..model import DiffOp
from .lcs import common_ends, common_words

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
_READABLE_CELLS = 250_000  # work (tokens x tokens, or tokens x edits) diff-match-patch may take on (~0.2 s)
_GAP_CELLS = 10_000  # a gap between kept words larger than this (tokens x tokens) matches only at its ends
GRANULARITIES = ("words", "readable")


@dataclass(frozen=True, slots=True)
class DiffFlags:
    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_whitespace: bool = False
    granularity: str = "words"  # see the module docstring

    def __post_init__(self) -> None:
        if self.granularity not in GRANULARITIES:
            raise ValueError(f"granularity must be one of {', '.join(GRANULARITIES)}: {self.granularity!r}")


@cache
def _grapheme_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Tokens and words where a mark stays with what precedes it (built once, on first need).

    Marks are looked up in the planes that have any (basic, supplementary, and 14 for variation
    selectors), about 0.1 s once per process, not at import.
    """
    ranges: list[tuple[int, int]] = []
    for lo, hi in ((0, 0x20000), (0xE0000, 0xE1000)):
        for c in range(lo, hi):
            if unicodedata.category(chr(c))[0] == "M":
                if ranges and ranges[-1][1] == c - 1:
                    ranges[-1] = (ranges[-1][0], c)
                else:
                    ranges.append((c, c))
    marks = "".join(re.escape(chr(x)) + ("-" + re.escape(chr(y)) if y > x else "") for x, y in ranges)
    return (
        re.compile(rf"\w[\w{marks}]*|\s+|[^\w\s][{marks}]*"),  # a lone mark rides on a space-less token
        re.compile(rf"\w[\w{marks}]*"),
    )


def _has_marks(text: str) -> bool:
    """Whether any character is a combining mark (looked up once per distinct character)."""
    return not text.isascii() and any(c > "\x7f" and unicodedata.category(c)[0] == "M" for c in set(text))


def tokens(text: str) -> list[str]:
    """Words (with their marks), runs of spaces, single punctuation marks (with theirs), in order."""
    return _grapheme_patterns()[0].findall(text) if _has_marks(text) else _TOKEN.findall(text)


def _words(text: str) -> list[str]:
    return _grapheme_patterns()[1].findall(text) if _has_marks(text) else _WORD.findall(text)


def _units(text: str, flags: DiffFlags) -> tuple[list[str], list[str]]:
    """Comparison keys and the original text each key stands for.

    Ignored tokens (spaces, punctuation) are glued to the unit before them; a leading run of them forms
    a start unit with an empty key so that both sides always begin with a matching unit.
    """
    canonical = unicodedata.is_normalized("NFC", text)
    if not (flags.ignore_case or flags.ignore_punctuation or flags.ignore_whitespace):
        units = [""] + tokens(text)  # nothing ignored: every token is its own key
        return (units if canonical else list(map(unicodedata.normalize, repeat("NFC"), units))), units
    keys: list[str] = [""]
    texts: list[str] = [""]
    for tok in tokens(text):
        if tok[0].isspace():
            if flags.ignore_whitespace:
                texts[-1] += tok
                continue
            key = " " if flags.ignore_punctuation else tok
        elif not (tok[0].isalnum() or tok[0] == "_"):
            if flags.ignore_punctuation:
                texts[-1] += tok
                continue
            key = tok
        else:
            key = tok.casefold() if flags.ignore_case else tok
        keys.append(key if canonical else _nfc(key))
        texts.append(tok)
    return keys, texts


def _nfc(token: str) -> str:
    return unicodedata.normalize("NFC", token)


def _encode(a_keys: list[str], b_keys: list[str]) -> tuple[str, str]:
    table: dict[str, str] = {}

    for k in dict.fromkeys(a_keys + b_keys):  # one code per distinct key, in order of appearance
        n = len(table) + 0x100
        if n >= 0xD800:  # skip the surrogate block
            n += 0x800
        table[k] = chr(n)
    return "".join(map(table.__getitem__, a_keys)), "".join(map(table.__getitem__, b_keys))


def word_diff(old: str, new: str, flags: DiffFlags = DiffFlags()) -> tuple[DiffOp, ...]:
    """Diff ops from ``old`` to ``new`` (see :class:`compare.model.DiffOp` for the invariant)."""
    if old == new:
        return (DiffOp("=", new),) if new else ()
    if not (old and new) and not (flags.ignore_case or flags.ignore_punctuation or flags.ignore_whitespace):
        # a clause added or removed whole: with nothing ignored, every unit of it is one change (tokens
        # cover every character), which is what the general path below finds, at 70 us a clause
        return (DiffOp("+", new),) if new else (DiffOp("-", old),)
    a_keys, a_texts = _units(old, flags)
    b_keys, b_texts = _units(new, flags)
    if flags.granularity == "words":
        return _minimal(a_keys, a_texts, b_keys, b_texts)
    n, m = _middle(a_keys, b_keys)
    if n * m > _READABLE_CELLS:  # diff-match-patch costs (n + m) x the edits: count them first
        minimal = _minimal(a_keys, a_texts, b_keys, b_texts)
        edits = sum(len(tokens(d.text)) for d in minimal if d.op != "=")
        if (n + m) * edits > _READABLE_CELLS:
            return _readable(list(minimal))
    ca, cb = _encode(a_keys, b_keys)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(ca, cb, False)
    dmp.diff_cleanupSemantic(diffs)
    raw: list[DiffOp] = []
    _append_diffs(raw, diffs, a_texts, b_texts, 0, 0)
    return _readable(raw)


def _middle(a: list[str], b: list[str]) -> tuple[int, int]:
    """The lengths of what is left of two unit lists without their common prefix and suffix."""
    p, s = common_ends(a, b)
    return len(a) - p - s, len(b) - p - s


def _append_diffs(
    out: list[DiffOp], diffs: list, a_texts: list[str], b_texts: list[str], ia: int, ib: int
) -> None:
    """Turn diff-match-patch output over encoded units (starting at ``ia``/``ib``) into ``DiffOp``s."""
    for op, chars in diffs:
        n = len(chars)
        if op == 0:
            _append_equal(out, a_texts, b_texts, ia, ib, n)
            ia += n
            ib += n
        elif op < 0:
            out.append(DiffOp("-", "".join(a_texts[ia : ia + n])))
            ia += n
        else:
            out.append(DiffOp("+", "".join(b_texts[ib : ib + n])))
            ib += n


def _append_equal(
    out: list[DiffOp], a_texts: list[str], b_texts: list[str], ia: int, ib: int, n: int
) -> None:
    """``n`` units with equal keys: one op, or one per unit where an ignored difference keeps the old text."""
    if n <= 0:
        return
    if a_texts[ia : ia + n] == b_texts[ib : ib + n]:
        out.append(DiffOp("=", "".join(b_texts[ib : ib + n])))  # same spelling: one op
        return
    for k in range(n):
        ta, tb = a_texts[ia + k], b_texts[ib + k]
        out.append(DiffOp("=", tb, ta if ta != tb else None))


def _is_word(text: str) -> bool:
    return bool(text) and (text[0].isalnum() or text[0] == "_")


def _minimal(
    a_keys: list[str], a_texts: list[str], b_keys: list[str], b_texts: list[str]
) -> tuple[DiffOp, ...]:
    """The *words* granularity: keep a longest common subsequence of words, then fill the gaps.

    A unit is a word when its text starts with a word character (unit 0, the start unit, never does).
    Between two kept words only spaces and punctuation can still match (any common word there would
    lengthen the subsequence), so each gap gets a small token diff of its own.
    """
    n, m = len(a_keys), len(b_keys)
    p, s = common_ends(a_keys, b_keys)  # a common prefix and suffix of units hold no choice to make
    aw = [i for i, t in enumerate(a_texts[p : n - s], p) if t[:1].isalnum() or t[:1] == "_"]  # _is_word
    bw = [j for j, t in enumerate(b_texts[p : m - s], p) if t[:1].isalnum() or t[:1] == "_"]
    kept = common_words(
        [a_keys[i] for i in aw],
        [b_keys[j] for j in bw],
        None,
        [(a_keys[i - 1], a_keys[i + 1] if i + 1 < n else None) for i in aw],
        [(b_keys[j - 1], b_keys[j + 1] if j + 1 < m else None) for j in bw],
    )
    anchors = [(aw[x], bw[y]) for x, y in kept] + [(n - s, m - s)]  # the common suffix starts an anchor
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # gaps are small (at most _GAP_CELLS)
    raw: list[DiffOp] = []
    run_a, run_b, run = 0, 0, p  # the equal run being collected: a[run_a:+run] ~ b[run_b:+run]
    i0, j0 = p, p  # start of the next gap
    for i1, j1 in anchors:
        ga, gb = a_keys[i0:i1], b_keys[j0:j1]
        if ga == gb:
            run += len(ga)
        else:
            _append_equal(raw, a_texts, b_texts, run_a, run_b, run)
            if not gb:
                raw.append(DiffOp("-", "".join(a_texts[i0:i1])))
            elif not ga:
                raw.append(DiffOp("+", "".join(b_texts[j0:j1])))
            elif _disjoint_middle(ga, gb):  # what diff-match-patch finds there, without running it
                _append_gap_ends(raw, ga, gb, a_texts, b_texts, i0, j0)
            elif _aligned(ga, gb):  # the same: words respelled in place between the same spaces
                _append_aligned(raw, ga, gb, a_texts, b_texts, i0, j0)
            elif len(ga) * len(gb) <= _GAP_CELLS:
                ca, cb = _encode(ga, gb)
                _append_diffs(raw, dmp.diff_main(ca, cb, False), a_texts, b_texts, i0, j0)
            else:  # a long stretch with no word in common: only its ends can match
                _append_gap_ends(raw, ga, gb, a_texts, b_texts, i0, j0)
            run_a, run_b, run = i1, j1, 0
        run += 1  # the anchor (or, for the last, the first unit of the common suffix)
        i0, j0 = i1 + 1, j1 + 1
    _append_equal(raw, a_texts, b_texts, run_a, run_b, run - 1 + s)
    return _joined(raw)


def _disjoint_middle(ga: list[str], gb: list[str]) -> bool:
    """Whether a gap is its common first and last units around two non-empty middles with no unit in common.

    Then diff-match-patch can only delete one middle and insert the other (no equality to find, and its
    merge pass joins the pieces), which is what :func:`_append_gap_ends` writes: a word respelled between
    two kept words is the most common gap, and running the diff on it cost more than the rest of the clause.
    """
    n, m = len(ga), len(gb)
    p, s = common_ends(ga, gb)
    return p + s < n and p + s < m and set(ga[p : n - s]).isdisjoint(gb[p : m - s])


def _aligned(ga: list[str], gb: list[str]) -> bool:
    """Whether two gaps of one length differ only at positions whose units the other gap has nowhere.

    Then the units equal in place are the only longest common subsequence (no other unit can match), so
    diff-match-patch, which is exact without a timeout, keeps them and deletes and inserts the rest run
    by run: what :func:`_append_aligned` writes. ("any activities" -> "àny àctivitiés": two words respelled
    around a space.)
    """
    if len(ga) != len(gb):
        return False
    changed = [k for k, (x, y) in enumerate(zip(ga, gb, strict=True)) if x != y]
    return (
        bool(changed) and {ga[k] for k in changed}.isdisjoint(gb) and {gb[k] for k in changed}.isdisjoint(ga)
    )


def _append_aligned(
    out: list[DiffOp], ga: list[str], gb: list[str], a_texts: list[str], b_texts: list[str], i0: int, j0: int
) -> None:
    """An :func:`_aligned` gap as diff-match-patch's ops: equal runs, and each differing run deleted then
    inserted."""
    k, n = 0, len(ga)
    while k < n:
        e = k + 1
        same = ga[k] == gb[k]
        while e < n and (ga[e] == gb[e]) == same:
            e += 1
        if same:
            _append_equal(out, a_texts, b_texts, i0 + k, j0 + k, e - k)
        else:
            out.append(DiffOp("-", "".join(a_texts[i0 + k : i0 + e])))
            out.append(DiffOp("+", "".join(b_texts[j0 + k : j0 + e])))
        k = e


def _append_gap_ends(
    out: list[DiffOp], ga: list[str], gb: list[str], a_texts: list[str], b_texts: list[str], i0: int, j0: int
) -> None:
    """A gap as its common first and last units around one deletion and one insertion."""
    n, m = len(ga), len(gb)
    p, s = common_ends(ga, gb)
    _append_equal(out, a_texts, b_texts, i0, j0, p)
    if n - s > p:
        out.append(DiffOp("-", "".join(a_texts[i0 + p : i0 + n - s])))
    if m - s > p:
        out.append(DiffOp("+", "".join(b_texts[j0 + p : j0 + m - s])))
    _append_equal(out, a_texts, b_texts, i0 + n - s, j0 + m - s, s)


def _joined(ops: list[DiffOp]) -> tuple[DiffOp, ...]:
    """Join changes separated only by spaces ("[-a b-]" not "[-a-] [-b-]"); deletions before insertions."""
    blocks = _blocks(_merge_same(ops))
    merged: list[list] = []
    for b in blocks:
        if b[0] == "x" and len(merged) >= 2 and merged[-1][0] == "=" and merged[-2][0] == "x":
            eq: DiffOp = merged[-1][1]
            if eq.text.isspace() and (eq.old is None or eq.old.isspace()):
                merged.pop()
                prev = merged[-1]
                prev[1] += [eq.old if eq.old is not None else eq.text, *b[1]]
                prev[2] += [eq.text, *b[2]]
                continue
        merged.append(b)
    return _emit(merged)


def _merge_same(ops: list[DiffOp]) -> list[DiffOp]:
    """Consecutive ops of the same kind as one (pieces joined once: a long run stays linear)."""
    out: list[DiffOp] = []
    for op, group in groupby((d for d in ops if d.text or d.old), key=attrgetter("op")):
        run = list(group)
        if len(run) == 1:
            out.append(run[0])
            continue
        old = None
        if op == "=" and any(d.old is not None for d in run):
            old = "".join(d.old if d.old is not None else d.text for d in run)
        out.append(DiffOp(op, "".join(d.text for d in run), old))
    return out


def _trivial(eq: DiffOp) -> bool:
    """An equality too slight to stand between two changes: punctuation, spaces, or one short word."""
    words = _words(eq.text)
    if not words:
        return True
    return len(words) == 1 and len(words[0]) <= 3 and len(eq.text) <= 5


def _readable(ops: list[DiffOp]) -> tuple[DiffOp, ...]:
    """Fold slight equalities between changes into the changes; deletions before insertions."""
    blocks = _blocks(_merge_same(ops))
    merged: list[list] = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if (
            b[0] == "="
            and merged
            and merged[-1][0] == "x"
            and k + 1 < len(blocks)
            and blocks[k + 1][0] == "x"
            and _trivial(b[1])
        ):
            eq: DiffOp = b[1]
            nxt = blocks[k + 1]
            prev = merged[-1]
            old_eq = eq.old if eq.old is not None else eq.text
            prev[1] += [old_eq, *nxt[1]]
            prev[2] += [eq.text, *nxt[2]]
            k += 2
            continue
        merged.append(b)
        k += 1
    _close_brackets(merged)
    return _emit(merged)


def _blocks(ops: list[DiffOp]) -> list[list]:
    """Equalities as ``["=", op]``; each run of changes as ``["x", deleted_pieces, inserted_pieces]``."""
    blocks: list[list] = []
    for d in ops:
        if d.op == "=":
            blocks.append(["=", d])
        else:
            if not blocks or blocks[-1][0] != "x":
                blocks.append(["x", [], []])
            blocks[-1][1 if d.op == "-" else 2].append(d.text)
    return blocks


def _emit(blocks: list[list]) -> tuple[DiffOp, ...]:
    out: list[DiffOp] = []
    for b in blocks:
        if b[0] == "=":
            if b[1].text or b[1].old:
                out.append(b[1])
        else:
            deleted, inserted = "".join(b[1]), "".join(b[2])
            if deleted:
                out.append(DiffOp("-", deleted))
            if inserted:
                out.append(DiffOp("+", inserted))
    return tuple(out)


_PAIRS = {")": "(", "]": "[", "}": "{"}


def _close_brackets(blocks: list[list]) -> None:
    """Pull a closing bracket into a change that opened it: "[-thirty (30)-]" not "[-thirty (30-])"."""
    for k in range(len(blocks) - 1):
        b, nxt = blocks[k], blocks[k + 1]
        if b[0] != "x" or nxt[0] != "=" or nxt[1].old is not None:
            continue
        eq: DiffOp = nxt[1]
        if not eq.text or eq.text[0] not in _PAIRS:
            continue
        close = eq.text[0]
        opener = _PAIRS[close]
        b[1], b[2] = ["".join(b[1])], ["".join(b[2])]
        if all(t and t.count(opener) > t.count(close) for t in (b[1][0], b[2][0])):
            b[1].append(close)
            b[2].append(close)
            nxt[1] = DiffOp("=", eq.text[1:])


def count_words(text: str) -> int:
    return len(_words(text))
