"""Word-level diff of two aligned texts, readable by a person rather than minimal for a machine.

diff-match-patch runs over *tokens* (words, runs of spaces, single punctuation marks) encoded as one
character each, then semantic cleanup merges fragments, and a last pass joins changes separated only by
punctuation or a very short word, so "thirty (30) days" -> "sixty (60) days" reads as one change.
Ignore options work by folding tokens into a comparison key while the original spellings are kept, so an
ignored difference still reaches the exporters (as ``DiffOp.old``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from ..model import DiffOp

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_WORD = re.compile(r"\w+", re.UNICODE)
_LARGE = 20000  # tokens; above this the diff gets a time budget instead of running to the optimum


@dataclass(frozen=True, slots=True)
class DiffFlags:
    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_whitespace: bool = False


def _units(text: str, flags: DiffFlags) -> tuple[list[str], list[str]]:
    """Comparison keys and the original text each key stands for.

    Ignored tokens (spaces, punctuation) are glued to the unit before them; a leading run of them forms
    a start unit with an empty key so that both sides always begin with a matching unit.
    """
    if not (flags.ignore_case or flags.ignore_punctuation or flags.ignore_whitespace):
        units = [""] + _TOKEN.findall(text)  # nothing ignored: every token is its own key
        return units, units
    keys: list[str] = [""]
    texts: list[str] = [""]
    for tok in _TOKEN.findall(text):
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
        keys.append(key)
        texts.append(tok)
    return keys, texts


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
    a_keys, a_texts = _units(old, flags)
    b_keys, b_texts = _units(new, flags)
    ca, cb = _encode(a_keys, b_keys)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 1.0 if max(len(ca), len(cb)) > _LARGE else 0
    diffs = dmp.diff_main(ca, cb, False)
    dmp.diff_cleanupSemantic(diffs)

    raw: list[DiffOp] = []
    ia = ib = 0
    for op, chars in diffs:
        n = len(chars)
        if op == 0:
            if a_texts[ia : ia + n] == b_texts[ib : ib + n]:
                raw.append(DiffOp("=", "".join(b_texts[ib : ib + n])))  # same spelling: one op
            else:
                for k in range(n):
                    ta, tb = a_texts[ia + k], b_texts[ib + k]
                    raw.append(DiffOp("=", tb, ta if ta != tb else None))
            ia += n
            ib += n
        elif op < 0:
            raw.append(DiffOp("-", "".join(a_texts[ia : ia + n])))
            ia += n
        else:
            raw.append(DiffOp("+", "".join(b_texts[ib : ib + n])))
            ib += n
    return _readable(raw)


def _merge_same(ops: list[DiffOp]) -> list[DiffOp]:
    out: list[DiffOp] = []
    for d in ops:
        if not d.text and not d.old:
            continue
        if out and out[-1].op == d.op:
            p = out[-1]
            if d.op == "=":
                old = None
                if p.old is not None or d.old is not None:
                    old = (p.old if p.old is not None else p.text) + (d.old if d.old is not None else d.text)
                out[-1] = DiffOp("=", p.text + d.text, old)
            else:
                out[-1] = DiffOp(d.op, p.text + d.text)
        else:
            out.append(d)
    return out


def _trivial(eq: DiffOp) -> bool:
    """An equality too slight to stand between two changes: punctuation, spaces, or one short word."""
    words = _WORD.findall(eq.text)
    if not words:
        return True
    return len(words) == 1 and len(words[0]) <= 3 and len(eq.text) <= 5


def _readable(ops: list[DiffOp]) -> tuple[DiffOp, ...]:
    """Fold slight equalities between changes into the changes; deletions before insertions."""
    ops = _merge_same(ops)
    # blocks: ("=", op) or ("x", del_text, ins_text)
    blocks: list[list] = []
    for d in ops:
        if d.op == "=":
            blocks.append(["=", d])
        else:
            if not blocks or blocks[-1][0] != "x":
                blocks.append(["x", "", ""])
            if d.op == "-":
                blocks[-1][1] += d.text
            else:
                blocks[-1][2] += d.text
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
            prev[1] += old_eq + nxt[1]
            prev[2] += eq.text + nxt[2]
            k += 2
            continue
        merged.append(b)
        k += 1
    _close_brackets(merged)
    out: list[DiffOp] = []
    for b in merged:
        if b[0] == "=":
            if b[1].text or b[1].old:
                out.append(b[1])
        else:
            if b[1]:
                out.append(DiffOp("-", b[1]))
            if b[2]:
                out.append(DiffOp("+", b[2]))
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
        if all(t and t.count(opener) > t.count(close) for t in (b[1], b[2])):
            b[1] += close
            b[2] += close
            nxt[1] = DiffOp("=", eq.text[1:])


def count_words(text: str) -> int:
    return len(_WORD.findall(text))
