"""Reading the lists of one side: inline lists per sentence, and runs of sub-paragraphs or bullets.

Only the sentences (and sub-paragraph runs) that hold a clause the comparison found changed are read: a
list in an unchanged sentence keeps every item by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Clause, Side
from ..text.labels import roman_value
from .enumerations import Enumeration, find_enumerations, intro_before, item_phrase
from .itemtypes import _Item, _List, _make_item
from .lemmas import detect_language
from .naming import name_span
from .tokens import _LABEL

_RUN_MIN_SHORT = 2 / 3  # share of a numbered-paragraph run that must read as items to be a list
_BULLETS = re.compile(r"^\s*[-•*–·▪◦●○■□➢►]\s+")


def _clause_at(starts: list[int], clauses: list[Clause], pos: int) -> int | None:
    """Index of the clause whose span holds ``pos`` (None when ``pos`` is between clauses)."""
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    k = lo - 1
    if k >= 0 and clauses[k].start <= pos < max(clauses[k].end, clauses[k].start + 1):
        return k
    return None


def _run_key(clause: Clause, side: Side) -> tuple[str, str] | None:
    """(parent, style) for a sub-paragraph or bullet clause; siblings share it."""
    para = (
        side.document.paragraphs[clause.paragraph]
        if clause.paragraph < len(side.document.paragraphs)
        else None
    )
    label = clause.label
    if label:
        m = re.match(r"^(.*)\(([^()]*)\)$", label)
        parent, last = (m.group(1), m.group(2)) if m else ("", label.rstrip("."))
        # "I.", "II." (capital roman numerals): an annex's entries, each a unit like a lettered sub-paragraph
        roman = not parent and last.isupper() and last != "L" and roman_value(last) is not None
        style = "roman" if roman else "num" if last.isdigit() else "alpha" if last.isalpha() else "other"
        return parent, f"{style}@{label.count('(')}"
    if para is not None and para.kind == "list":
        return "", f"list@{para.level}"
    if _BULLETS.match(clause.text):
        return "", "bullet"
    return None


@dataclass(slots=True)
class _Run:
    intro: int | None  # the clause that introduces the run ("... shall prevent the supply of:")
    members: list[int]
    long: set[int]  # members whose paragraph goes on after them: provisions, not items
    heads: set[int] = field(default_factory=set)  # annex entries heading bullets of their own


def _runs(side: Side) -> list[_Run]:
    """Runs of sibling sub-paragraphs or bullets, each clause a candidate item."""
    clauses = side.clauses
    keys = [_run_key(c, side) for c in clauses]
    out: list[_Run] = []
    in_run: set[int] = set()
    for i in range(len(clauses)):
        key = keys[i]
        if key is None or i in in_run or not _opens_paragraph(side, i):
            continue
        run = _Run(i - 1 if i > 0 and keys[i - 1] != key else None, [i], set())
        k = i + 1
        while k < len(clauses):
            last = clauses[run.members[-1]]
            if keys[k] == key and _opens_paragraph(side, k) and _new_label(last, clauses[k]):
                run.members.append(k)
            elif keys[k] is not None and _deeper(keys[k], key, last.label):
                run.long.add(last.index)  # an item with sub-items of its own is a heading of a sub-list
            elif _heads_bullets(key, keys[k]):
                run.heads.add(last.index)  # "II. Equipment ...:" and its bullets: a heading, they are items
            elif clauses[k].paragraph == last.paragraph:
                run.long.add(last.index)  # the rest of a long item's paragraph
            elif keys[k] is None and key[1].startswith(("bullet", "list@")) and clauses[k].text[:1].islower():
                run.long.add(last.index)  # "large sizes (...)," after a blank line: the bullet goes on
            else:
                break
            k += 1
        in_run.update(run.members)
        if len(run.members) >= 2:
            out.append(run)
    return out


def _heads_bullets(key: tuple[str, str], other: tuple[str, str] | None) -> bool:
    """Is ``other`` a bullet under an annex entry of the run ``key`` ("II. Equipment ...:" then "- Loading
    buoys")? The entry goes on past it as a heading; the bullets are the items."""
    return key[1].startswith("roman") and other is not None and other[1].startswith(("bullet", "list@"))


def context_labels(clauses: list[Clause]) -> list[str | None]:
    """Each clause's place: its label, else the label of the paragraph it follows ("6" for the bullets of
    paragraph 6), else "preamble" before the first numbered paragraph."""
    out: list[str | None] = []
    last: str | None = None
    any_label = any(c.label for c in clauses)
    for c in clauses:
        if c.label:
            last = c.label
        out.append(last if last else ("preamble" if any_label else None))
    return out


def _is_its_list(c: Clause, first_item: int | None) -> bool:
    """ "(c) agricultural equipment, water pumps and fire extinguishers;": the sub-paragraph is a list whose
    items are the things, not one item itself (its list starts within its first words)."""
    if first_item is None:
        return False
    return len(c.text[: max(0, first_item - c.start)].split()) <= 2


def _opens_paragraph(side: Side, i: int) -> bool:
    prev, cur = side.clauses[i - 1] if i else None, side.clauses[i]
    # the second sentence of "(a)" carries the label "6(a)" too: it continues, not opens, the item
    return prev is None or prev.paragraph != cur.paragraph or (bool(cur.label) and cur.label != prev.label)


def _new_label(prev: Clause, cur: Clause) -> bool:
    """Siblings have their own labels ("(a)", "(b)"), or are separate paragraphs (bullets)."""
    if prev.label or cur.label:
        return prev.label != cur.label
    return prev.paragraph != cur.paragraph


def _deeper(key: tuple[str, str], run_key: tuple[str, str], run_label: str | None) -> bool:
    if key[1].startswith("list@") and run_key[1].startswith("list@"):
        return int(key[1][5:]) > int(run_key[1][5:])
    return bool(run_label) and key[0].startswith(run_label or "") and key[0] != run_key[0]


def _body(text: str) -> tuple[str, ...]:
    """A sub-paragraph's whole wording without its label and the conjunctions at its ends ("...; and" moves
    to another item when the last one is struck): what identifies it between versions."""
    m = _LABEL.match(text)
    words = [w.casefold() for w in re.findall(r"\w+", text[m.end() if m else 0 :])]
    while words and (words[0] in _END_CONJ or words[0].isdigit()):  # "4/ the Joint ...": a footnote mark
        words.pop(0)
    while words and words[-1] in _END_CONJ:
        words.pop()
    return tuple(words)


_END_CONJ = frozenset(["and", "or", "und", "oder", "et", "ou"])


def _distinct_names(side: Side, spans: dict[int, tuple[int, int] | None]) -> None:
    """Siblings named alike ("(a) Prohibit, by ...", "(b) Prohibit ...") get longer names, past commas: an
    item's name must tell it from its siblings, or items would be matched between versions by position."""
    text = side.document.text
    by_name: dict[str, list[int]] = {}
    for ci, span in spans.items():
        if span is not None:
            by_name.setdefault(text[span[0] : span[1]].lower(), []).append(ci)
    for group in by_name.values():
        if len(group) < 2:
            continue
        for ci in group:
            c = side.clauses[ci]
            got = name_span(c.text, through_commas=True)
            if got and c.start + got[1] > spans[ci][1]:
                spans[ci] = (c.start + got[0], c.start + got[1])


_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def _windows(clauses: list[Clause], touched: set[int]) -> list[tuple[int, int]]:
    """Runs of clause indices (first, last) to read inline lists in: each touched clause widened to its
    sentence within its paragraph (at most ``_WINDOW_REACH`` clauses either way), one run per sentence (so
    a sentence read ahead is found again)."""
    n = len(clauses)

    def ends_sentence(k: int) -> bool:
        return bool(_SENTENCE_END.search(clauses[k].text))

    out: list[tuple[int, int]] = []
    for i in sorted(touched):
        if out and out[-1][1] >= i:
            continue
        lo = i
        while (
            lo > 0
            and i - lo < _WINDOW_REACH
            and clauses[lo - 1].paragraph == clauses[i].paragraph
            and not ends_sentence(lo - 1)
        ):
            lo -= 1
        hi = i
        while (
            hi + 1 < n
            and hi - i < _WINDOW_REACH
            and clauses[hi + 1].paragraph == clauses[i].paragraph
            and not ends_sentence(hi)
        ):
            hi += 1
        out.append((lo, hi))
    return out


# A sentence of thousands of ";"-clauses is read only this many clauses either side of a change: its lists
# near the change, not the whole sentence again for each edit (one edit in a 1-million-word sentence).
_WINDOW_REACH = 24


# Copies of one list (same introduction, same items) read in one paragraph: more say nothing new.
_COPIES_READ = 4

_Inline = tuple[str, tuple[Enumeration, ...]]  # a sentence's language and the inline lists found in it


def _inline_lists(
    side: Side, windows: list[tuple[int, int]], doc_lang: str
) -> dict[tuple[int, int], _Inline]:
    """The inline lists of each window (a sentence, as clause indices first..last), with its language."""
    doc, clauses = side.document, side.clauses
    para_lang: dict[int, str] = {}
    out: dict[tuple[int, int], _Inline] = {}
    # equal readings are one object (read-only): 500,000 lines without a list cross the pipe from the
    # forked reader as one entry pickled once, and are held once
    shared: dict[tuple[str, int], _Inline] = {}
    for first, last in windows:
        end = clauses[first].end if first == last else max(clauses[j].end for j in range(first, last + 1))
        text = doc.text[clauses[first].start : end]
        pi = clauses[first].paragraph
        lang = para_lang.get(pi)
        if lang is None:  # the whole paragraph is better evidence than one sentence
            para = doc.paragraphs[pi] if pi < len(doc.paragraphs) else None
            evidence = doc.text[para.start : para.end] if para else text
            lang = para_lang[pi] = detect_language(evidence, doc_lang)
        found = _enumerations(text, lang)
        key = (lang, id(found))  # the value below keeps ``found`` alive, so its id is not reused
        reading = shared.get(key)
        if reading is None:
            reading = shared[key] = (lang, found)
        out[(first, last)] = reading
    return out


@lru_cache(maxsize=4096)
def _enumerations(text: str, lang: str) -> tuple[Enumeration, ...]:
    """Reading a sentence is a pure function of its text: the two sides share most sentences next to a
    change, so each distinct sentence is read once (its enumerations are never modified afterwards)."""
    return tuple(find_enumerations(text, lang))


def read_ahead(a: Side, b: Side) -> tuple[dict[tuple[int, int], _Inline], dict[tuple[int, int], _Inline]]:
    """Inline lists of the sentences that will certainly count as changed, read before the alignment.

    A clause whose text appears nowhere on the other side cannot end up unchanged, so its sentence's lists
    can be read while the clauses are still being aligned (in another process, see compare.runtime.fork).
    Reading is a pure function of a sentence, so a guess that turns out too wide only costs that process
    time; the sentences it missed are read afterwards.
    """
    texts_a = {c.text for c in a.clauses}
    texts_b = {c.text for c in b.clauses}
    out = []
    for side, other in ((a, texts_b), (b, texts_a)):
        surely = {c.index for c in side.clauses if c.text not in other}
        out.append(_inline_lists(side, _windows(side.clauses, surely), _doc_lang(side)))
    return out[0], out[1]


def _doc_lang(side: Side) -> str:
    return detect_language(side.document.text[:20000])


def _read_lists(
    side: Side,
    touched: set[int],
    ahead: dict[tuple[int, int], _Inline] | None = None,
    near: set[int] | None = None,
    beside: set[int] | None = None,
) -> tuple[list[_List], list[_Item]]:
    """The lists of one side, with items numbered in document order.

    ``touched`` limits the reading to the lists in those clauses' sentences (and, for runs of
    sub-paragraphs, paragraphs): a list in a sentence the comparison found unchanged keeps every item by
    construction, and reading every list of a 300-page document would cost more than the comparison.
    ``ahead`` holds sentences already read (see :func:`read_ahead`); runs of sub-paragraphs are read also
    where they hold a clause of ``near`` (next to a change on the other side), and inline lists also in the
    sentences of ``beside`` (next to a clause struck from or put into a paragraph).
    """
    doc = side.document
    clauses = side.clauses
    starts = [c.start for c in clauses]
    lists: list[_List] = []
    inline_clauses: set[int] = set()
    list_first: dict[int, int] = {}  # clause -> start of the first inline item in it
    run_intro: dict[int, str] = {}  # member clause -> the introduction of its run
    doc_lang = _doc_lang(side)
    paras = {clauses[i].paragraph for i in touched | (near or set())}
    where = context_labels(clauses)

    # Inline lists, read per sentence (not per clause) so that a list the segmenter cut at ";" is still
    # one list; only the sentences holding a touched clause are read (or were, ahead of time).
    # ... and the sentences next to a change on the other side, so that both versions of a sentence whose
    # neighbour was struck are read (the same text reads the same lists: every item kept)
    windows = _windows(clauses, touched | (beside or set()))
    ahead = ahead or {}
    found = _inline_lists(side, [w for w in windows if w not in ahead], doc_lang)
    copies: dict[tuple, int] = {}  # (paragraph, introduction, item wordings) -> lists read so far
    for window in windows:
        lang, enumerations = ahead[window] if window in ahead else found[window]
        lo = clauses[window[0]].start
        para = clauses[window[0]].paragraph
        for en in enumerations:
            # the same list again in the same paragraph ("bolts, radiators and iron; " x 250,000) reports
            # the same items under the same name: a few copies say it, and the rest would cost per item
            key = (para, en.intro, tuple(doc.text[lo + a : lo + b] for a, b in en.items))
            seen = copies.get(key, 0)
            if seen >= _COPIES_READ:
                continue
            copies[key] = seen + 1
            lst = _List(en.intro, set())
            for k, (a, b) in enumerate(en.items):
                span = (lo + a, lo + b)
                ci = _clause_at(starts, clauses, span[0])
                if ci is None:
                    continue
                span = (span[0], min(span[1], clauses[ci].end))
                item = _make_item(doc.text[span[0] : span[1]], span, ci, len(lists), len(lst.items), lang)
                if item is not None and en.bodies:
                    item.body = _body(doc.text[lo + en.bodies[k][0] : lo + en.bodies[k][1]])
                if item is not None and k in en.aside:
                    item.aside = True
                if item is not None:
                    lst.items.append(item)
                    lst.clauses.add(ci)
            if len(lst.items) >= 2:
                lst.label = where[lst.items[0].clause]
                inline_clauses |= lst.clauses
                for it in lst.items:
                    list_first[it.clause] = min(list_first.get(it.clause, it.span[0]), it.span[0])
                lists.append(lst)

    # Runs of sub-paragraphs or bullets, one item per clause.
    for r in _runs(side):
        run, intro_ci = r.members, r.intro
        if not any(clauses[ci].paragraph in paras for ci in run):
            continue
        # In a run of sub-paragraphs (under a numbered paragraph) or bullets every member is an item: a
        # short one by its own words ("(b) Arms and related materiel;"), a provision by its first words
        # ("(c) To examine the reports of States"). Top-level numbered paragraphs are provisions, not a
        # list, unless most of them read as items.
        key = _run_key(clauses[run[0]], side)
        named = key is not None and (
            bool(key[0]) or key[1] == "bullet" or key[1].startswith(("list@", "roman"))
        )
        spans: dict[int, tuple[int, int] | None] = {}
        for ci in run:
            c = clauses[ci]
            if _is_its_list(c, list_first.get(ci)) or ci in r.heads:
                spans[ci] = None  # its inline list's items are the items
                continue
            got = None if ci in r.long and not named else item_phrase(c.text)
            if got is None and named:
                got = name_span(c.text, whole=True)
            spans[ci] = (c.start + got[0], c.start + got[1]) if got else None
        if named:
            _distinct_names(side, spans)
        itemish = sum(1 for ci in run if spans[ci] is not None or ci in inline_clauses)
        if not named and (itemish < 2 or itemish < _RUN_MIN_SHORT * len(run)):
            continue
        parent = _run_key(clauses[run[0]], side)
        if intro_ci is not None:
            intro = intro_before(clauses[intro_ci].text.rstrip().rstrip(":;,—–-"))
        else:
            intro = f"paragraph {parent[0]}" if parent and parent[0] else "list"
        lst = _List(intro, {intro_ci} if intro_ci is not None else set())
        lst.label = parent[0] if parent and parent[0] else where[intro_ci if intro_ci is not None else run[0]]
        for ci in run:
            span = spans[ci]
            if span is None:
                continue
            text = doc.text[span[0] : span[1]]
            item = _make_item(text, span, ci, len(lists), len(lst.items), doc_lang)
            if item is not None:
                item.named = named
                if named:
                    item.body = _body(clauses[ci].text)
                lst.items.append(item)
                lst.clauses.add(ci)
        if len(lst.items) >= 2 or (lst.items and r.heads):  # the headings count as members of the run
            lists.append(lst)
        for ci in run:
            run_intro[ci] = intro
    for inline in lists:  # "(c) agricultural equipment, water pumps ...": named by its run's intro
        if not inline.intro and inline.items and inline.items[0].clause in run_intro:
            inline.intro = run_intro[inline.items[0].clause]

    items = sorted((it for lst in lists for it in lst.items), key=lambda it: it.span)
    return lists, items


# --------------------------------------------------------------------------- public
