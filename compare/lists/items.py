"""Which enumeration items came in, which went out, which stayed: the list view readers ask for.

Lists are read from both documents (inline lists inside a paragraph, and runs of short sub-paragraphs or
bullets where each clause is one item), then items are matched between the versions: identical items
first (lemmatised, so "Textilien"/"textiles" and case changes still count as kept), within lists the
alignment links and then anywhere; then near matches ("utensils" / "cooking utensils") as *modified*.
Everything is deterministic and uses an inverted index, so documents with hundreds of lists stay fast.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..model import AlignmentEntry, Clause, ItemChange, ItemStatus, Kind, Side
from .enumerations import Enumeration, find_enumerations, intro_before, item_phrase, item_tokens, lexicon
from .lemmas import detect_language, lemma

__all__ = ["find_item_changes", "summarize_items", "list_description"]

_RUN_MIN_SHORT = 2 / 3  # share of a sub-paragraph run that must read as items for it to be a list
_BULLETS = re.compile(r"^\s*[-•*–·▪◦●○■□➢►]\s+")


@dataclass(slots=True)
class _Item:
    """An item; its lemmas are computed only when a surface match fails (a dictionary load is slow)."""

    text: str
    span: tuple[int, int]  # offsets into Document.text
    clause: int
    lst: int
    pos: int  # index within its list
    surface: tuple[str, ...]  # case-folded content words: most kept items match on these alone
    words: list[str]
    content: list[str]
    lang: str
    matched: int | None = None  # index of the partner item on the other side
    _key: tuple[str, ...] | None = None
    _stems: frozenset[str] | None = None
    _head: str | None = None

    @property
    def key(self) -> tuple[str, ...]:
        if self._key is None:
            self._key = tuple(lemma(w, self.lang) for w in self.content)
        return self._key

    @property
    def stems(self) -> frozenset[str]:
        if self._stems is None:
            self._stems = frozenset(self.key)
        return self._stems

    @property
    def head(self) -> str:
        if self._head is None:
            self._head = _head(self.words, self.lang)
        return self._head


@dataclass(slots=True)
class _List:
    intro: str
    clauses: set[int]
    items: list[_Item] = field(default_factory=list)


# --------------------------------------------------------------------------- reading lists


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


def _make_item(text: str, span: tuple[int, int], clause: int, lst: int, pos: int, lang: str) -> _Item | None:
    lex = lexicon(lang)
    skip = lex.det | lex.strip | lex.prep | lex.inner_prep | lex.conj
    words = [w for w, _, _ in item_tokens(text)]
    content = [w for w in words if w.lower() not in skip] or words
    if not content:
        return None
    return _Item(text, span, clause, lst, pos, tuple(w.casefold() for w in content), words, content, lang)


def _head(words: list[str], lang: str) -> str:
    """The noun the item is about: last word before a preposition (first content word in French)."""
    lex = lexicon(lang)
    skip = lex.det | lex.strip
    content = [w for w in words if w.lower() not in skip] or words
    if lang == "fr":
        return lemma(content[0], lang)
    before: list[str] = []
    for w in content:
        if w.lower() in lex.prep or w.lower() in lex.inner_prep or w.lower() in lex.conj:
            break
        before.append(w)
    return lemma((before or content)[-1], lang)


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
        style = "num" if last.isdigit() else "alpha" if last.isalpha() else "other"
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
            elif clauses[k].paragraph == last.paragraph:
                run.long.add(last.index)  # the rest of a long item's paragraph
            else:
                break
            k += 1
        in_run.update(run.members)
        if len(run.members) >= 2:
            out.append(run)
    return out


def _opens_paragraph(side: Side, i: int) -> bool:
    return i == 0 or side.clauses[i - 1].paragraph != side.clauses[i].paragraph or bool(side.clauses[i].label)


def _new_label(prev: Clause, cur: Clause) -> bool:
    """Siblings have their own labels ("(a)", "(b)"), or are separate paragraphs (bullets)."""
    if prev.label or cur.label:
        return prev.label != cur.label
    return prev.paragraph != cur.paragraph


def _deeper(key: tuple[str, str], run_key: tuple[str, str], run_label: str | None) -> bool:
    if key[1].startswith("list@") and run_key[1].startswith("list@"):
        return int(key[1][5:]) > int(run_key[1][5:])
    return bool(run_label) and key[0].startswith(run_label or "") and key[0] != run_key[0]


_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def _windows(clauses: list[Clause], touched: set[int]) -> list[tuple[int, int]]:
    """Runs of clause indices (first, last) to read inline lists in: each touched clause widened to its
    sentence within its paragraph, one run per sentence (so a sentence read ahead is found again)."""
    n = len(clauses)

    def ends_sentence(k: int) -> bool:
        return bool(_SENTENCE_END.search(clauses[k].text))

    out: list[tuple[int, int]] = []
    for i in sorted(touched):
        if out and out[-1][1] >= i:
            continue
        lo = i
        while lo > 0 and clauses[lo - 1].paragraph == clauses[i].paragraph and not ends_sentence(lo - 1):
            lo -= 1
        hi = i
        while hi + 1 < n and clauses[hi + 1].paragraph == clauses[i].paragraph and not ends_sentence(hi):
            hi += 1
        out.append((lo, hi))
    return out


_Inline = tuple[str, list[Enumeration]]  # a sentence's language and the inline lists found in it


def _inline_lists(
    side: Side, windows: list[tuple[int, int]], doc_lang: str
) -> dict[tuple[int, int], _Inline]:
    """The inline lists of each window (a sentence, as clause indices first..last), with its language."""
    doc, clauses = side.document, side.clauses
    para_lang: dict[int, str] = {}
    out: dict[tuple[int, int], _Inline] = {}
    for first, last in windows:
        text = doc.text[clauses[first].start : max(clauses[j].end for j in range(first, last + 1))]
        pi = clauses[first].paragraph
        lang = para_lang.get(pi)
        if lang is None:  # the whole paragraph is better evidence than one sentence
            para = doc.paragraphs[pi] if pi < len(doc.paragraphs) else None
            evidence = doc.text[para.start : para.end] if para else text
            lang = para_lang[pi] = detect_language(evidence, doc_lang)
        out[(first, last)] = (lang, find_enumerations(text, lang))
    return out


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
    side: Side, touched: set[int], ahead: dict[tuple[int, int], _Inline] | None = None
) -> tuple[list[_List], list[_Item]]:
    """The lists of one side, with items numbered in document order.

    ``touched`` limits the reading to the lists in those clauses' sentences (and, for runs of
    sub-paragraphs, paragraphs): a list in a sentence the comparison found unchanged keeps every item by
    construction, and reading every list of a 300-page document would cost more than the comparison.
    ``ahead`` holds sentences already read (see :func:`read_ahead`).
    """
    doc = side.document
    clauses = side.clauses
    starts = [c.start for c in clauses]
    lists: list[_List] = []
    inline_clauses: set[int] = set()
    doc_lang = _doc_lang(side)
    paras = {clauses[i].paragraph for i in touched}

    # Inline lists, read per sentence (not per clause) so that a list the segmenter cut at ";" is still
    # one list; only the sentences holding a touched clause are read (or were, ahead of time).
    windows = _windows(clauses, touched)
    ahead = ahead or {}
    found = _inline_lists(side, [w for w in windows if w not in ahead], doc_lang)
    for window in windows:
        lang, enumerations = ahead[window] if window in ahead else found[window]
        lo = clauses[window[0]].start
        for en in enumerations:
            lst = _List(en.intro, set())
            for a, b in en.items:
                span = (lo + a, lo + b)
                ci = _clause_at(starts, clauses, span[0])
                if ci is None:
                    continue
                span = (span[0], min(span[1], clauses[ci].end))
                item = _make_item(doc.text[span[0] : span[1]], span, ci, len(lists), len(lst.items), lang)
                if item is not None:
                    lst.items.append(item)
                    lst.clauses.add(ci)
            if len(lst.items) >= 2:
                inline_clauses |= lst.clauses
                lists.append(lst)

    # Runs of sub-paragraphs or bullets, one item per clause.
    for r in _runs(side):
        run, intro_ci = r.members, r.intro
        if not any(clauses[ci].paragraph in paras for ci in run):
            continue
        spans: dict[int, tuple[int, int] | None] = {}
        for ci in run:
            c = clauses[ci]
            got = None if ci in inline_clauses or ci in r.long else item_phrase(c.text)
            spans[ci] = (c.start + got[0], c.start + got[1]) if got else None
        itemish = sum(1 for ci in run if spans[ci] is not None or ci in inline_clauses)
        if itemish < 2 or itemish < _RUN_MIN_SHORT * len(run):
            continue
        parent = _run_key(clauses[run[0]], side)
        if intro_ci is not None:
            intro = intro_before(clauses[intro_ci].text.rstrip().rstrip(":;,—–-"))
        else:
            intro = f"paragraph {parent[0]}" if parent and parent[0] else "list"
        lst = _List(intro, {intro_ci} if intro_ci is not None else set())
        for ci in run:
            span = spans[ci]
            if span is None:
                continue
            text = doc.text[span[0] : span[1]]
            item = _make_item(text, span, ci, len(lists), len(lst.items), doc_lang)
            if item is not None:
                lst.items.append(item)
                lst.clauses.add(ci)
        if len(lst.items) >= 2:
            lists.append(lst)

    items = sorted((it for lst in lists for it in lst.items), key=lambda it: it.span)
    return lists, items


# --------------------------------------------------------------------------- matching


def _entries_by_clause(alignment: list[AlignmentEntry], which: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for n, e in enumerate(alignment):
        for ci in e.a if which == "a" else e.b:
            out.setdefault(ci, n)
    return out


def _aligned_pairs(
    lists_a: list[_List], lists_b: list[_List], entry_a: dict[int, int], entry_b: dict[int, int]
) -> list[tuple[int, int]]:
    """Pairs of lists whose clauses the alignment links, in reading order of the new document."""
    by_entry: dict[int, set[int]] = {}
    for lb, lst in enumerate(lists_b):
        for ci in lst.clauses:
            if ci in entry_b:
                by_entry.setdefault(entry_b[ci], set()).add(lb)
    pairs: set[tuple[int, int]] = set()
    for la, lst in enumerate(lists_a):
        for ci in lst.clauses:
            for lb in by_entry.get(entry_a.get(ci, -1), ()):
                pairs.add((la, lb))
    return sorted(pairs, key=lambda p: (lists_b[p[1]].items[0].span, lists_a[p[0]].items[0].span))


def _same_stem(x: str, y: str) -> bool:
    """ "food"/"foodstuff", "Eisen"/"Eisenerz": one word continues the other."""
    if x == y:
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 4 and long_.startswith(short)


def _contained(small: frozenset[str], big: frozenset[str]) -> bool:
    return all(any(_same_stem(s, b) for b in big) for s in small)


def _shape(it: _Item) -> tuple[str, ...]:
    """The first two letters of each word, folded so that items with equal lemmas always share it.

    Case and accents are folded ("Äpfel"/"Apfel") and a vowel in second place stands for any vowel
    ("men"/"man", "mice"/"mouse", "feet"/"foot"), so only a mismatch no inflection makes is ruled out
    ("equipment"/"earth"). It lets most comparisons skip loading a lemma dictionary at all.
    """
    out = []
    for w in it.content:
        head = _fold(w[:3])[:2]
        out.append(head[:1] + ("V" if head[1:] in _VOWELS else head[1:]))
    return tuple(out)


_VOWELS = frozenset("aeiouyœæ")


def _similarity(a: _Item, b: _Item, strict: bool) -> float:
    """How alike two non-identical items are (0 = not a rewording of each other)."""
    inter = sum(1 for s in a.stems if any(_same_stem(s, t) for t in b.stems))
    union = len(a.stems) + len(b.stems) - inter
    jacc = inter / union if union else 0.0
    small, big = (a.stems, b.stems) if len(a.stems) <= len(b.stems) else (b.stems, a.stems)
    if strict:
        # Across unrelated lists only a rewording of the same thing counts: "utensils" / "cooking
        # utensils", not "North Korea" / "a ban on North Korean workers".
        return 0.6 + 0.4 * jacc if small <= big and a.head == b.head else 0.0
    if _contained(small, big):
        return 0.6 + 0.4 * jacc
    if _same_stem(a.head, b.head):
        return 0.5 + 0.4 * jacc
    return 0.9 * jacc if jacc >= 0.5 else 0.0


def _index(items: list[_Item]) -> dict[str, list[int]]:
    """Items by the folded first four letters of their words: candidates for a near match, found without
    lemmas (a word and its lemma nearly always share those letters)."""
    idx: dict[str, list[int]] = {}
    for n, it in enumerate(items):
        for s in _prefixes(it):
            idx.setdefault(s, []).append(n)
    return idx


def _prefixes(it: _Item) -> set[str]:
    return {_fold(w)[:4] for w in it.surface}


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _Matcher:
    def __init__(self, a: list[_Item], b: list[_Item]) -> None:
        self.a, self.b = a, b
        self.status: dict[int, ItemStatus] = {}  # a index -> KEPT/MODIFIED

    def link(self, i: int, j: int, status: ItemStatus) -> None:
        self.a[i].matched, self.b[j].matched = j, i
        self.status[i] = status

    def exact(self, a_ids: list[int], b_ids: list[int]) -> None:
        """Same item: first by spelling (no dictionary needed), then by lemmas ("textile"/"Textiles")."""
        self._exact(a_ids, b_ids, lambda it: it.surface)
        # Lemmas are looked up only for items that could share them (same number of words with the same
        # initials: "mice"/"mouse", "Äpfel"/"Apfel"); most comparisons then never load a dictionary.
        self._exact(a_ids, b_ids, lambda it: it.key, _shape)

    def _exact(self, a_ids: list[int], b_ids: list[int], key, prefilter=None) -> None:
        free_a = [i for i in a_ids if self.a[i].matched is None]
        if not free_a:
            return
        free_b = [j for j in b_ids if self.b[j].matched is None]
        if prefilter is not None:
            shape_a = {i: prefilter(self.a[i]) for i in free_a}
            shape_b = {j: prefilter(self.b[j]) for j in free_b}
            common = set(shape_a.values()) & set(shape_b.values())
            free_a = [i for i in free_a if shape_a[i] in common]
            free_b = [j for j in free_b if shape_b[j] in common]
        waiting: dict[tuple[str, ...], list[int]] = {}
        for j in free_b:
            waiting.setdefault(key(self.b[j]), []).append(j)
        if not waiting:
            return
        for i in free_a:  # each is linked at most once, here
            queue = waiting.get(key(self.a[i]))
            while queue and self.b[queue[0]].matched is not None:
                queue.pop(0)
            if queue:
                self.link(i, queue.pop(0), ItemStatus.KEPT)

    def fuzzy(self, a_ids: list[int], b_ids: list[int], strict: bool) -> None:
        # Candidates come from spelling; lemmas are looked up only to score them.
        free_b = [j for j in b_ids if self.b[j].matched is None]
        if not free_b or all(self.a[i].matched is not None for i in a_ids):
            return
        idx = _index([self.b[j] for j in free_b])
        scored: list[tuple[float, int, int]] = []
        for i in a_ids:
            it = self.a[i]
            if it.matched is not None:
                continue
            seen: set[int] = set()
            for s in _prefixes(it):
                for k in idx.get(s, ()):
                    if k in seen:
                        continue
                    seen.add(k)
                    score = _similarity(it, self.b[free_b[k]], strict)
                    if score > 0:
                        scored.append((-score, i, free_b[k]))
        for _neg, i, j in sorted(scored):
            if self.a[i].matched is None and self.b[j].matched is None:
                self.link(i, j, ItemStatus.MODIFIED)


# --------------------------------------------------------------------------- public


def list_description(intro: str, max_words: int = 6) -> str:
    """A short name for a list from its introduction: its last few words."""
    words = intro.split()
    if len(words) > max_words + 1:
        words = words[-max_words:]
        while len(words) > 2 and words[0].lower() in _FUNCTION_LEAD:
            words = words[1:]
    return " ".join(words)


_FUNCTION_LEAD = frozenset(
    re.findall(
        r"\S+",
        "a an the of on for in to from with by at and or as is are was were that which de la le les des du "
        "et ou der die das den dem des und oder von zu mit",
    )
)


def find_item_changes(
    a: Side,
    b: Side,
    alignment: list[AlignmentEntry],
    ahead: tuple[dict[tuple[int, int], _Inline], dict[tuple[int, int], _Inline]] | None = None,
) -> list[ItemChange]:
    """The items of every list that changed, with their fate, in reading order of the new document.

    Lists in sentences the comparison left untouched are not reported: all their items are kept.
    ``ahead`` is what :func:`read_ahead` found, if it ran.
    """
    same_a: set[int] = set()
    same_b: set[int] = set()
    for e in alignment:
        if e.kind == Kind.EQUAL and not e.moved:
            same_a.update(e.a)
            same_b.update(e.b)
    touched_a = set(range(len(a.clauses))) - same_a
    touched_b = set(range(len(b.clauses))) - same_b
    if not touched_a and not touched_b:
        return []
    ahead_a, ahead_b = ahead or ({}, {})
    lists_a, items_a = _read_lists(a, touched_a, ahead_a)
    lists_b, items_b = _read_lists(b, touched_b, ahead_b)
    if not items_a and not items_b:
        return []
    items_b += _project(lists_a, lists_b, b, alignment, "a")
    items_a += _project(lists_b, lists_a, a, alignment, "b")
    items_a.sort(key=lambda it: it.span)
    items_b.sort(key=lambda it: it.span)
    ia = {id(it): n for n, it in enumerate(items_a)}
    ib = {id(it): n for n, it in enumerate(items_b)}
    entry_a = _entries_by_clause(alignment, "a")
    entry_b = _entries_by_clause(alignment, "b")
    pairs = _aligned_pairs(lists_a, lists_b, entry_a, entry_b)

    m = _Matcher(items_a, items_b)
    every_a = list(range(len(items_a)))
    every_b = list(range(len(items_b)))

    def ids(lst: _List, index: dict[int, int]) -> list[int]:
        return [index[id(it)] for it in lst.items]

    # Document-wide matching only involves lists the alignment left without a partner (a list that was
    # moved or rewritten): "coal" leaving the banned list for the exempted one is removed + added, not kept.
    paired_a = {la for la, _ in pairs}
    paired_b = {lb for _, lb in pairs}
    loose_a = [n for n, it in enumerate(items_a) if it.lst not in paired_a]
    loose_b = [n for n, it in enumerate(items_b) if it.lst not in paired_b]

    for la, lb in pairs:
        m.exact(ids(lists_a[la], ia), ids(lists_b[lb], ib))
    m.exact(loose_a, every_b)
    m.exact(every_a, loose_b)
    for la, lb in pairs:
        m.fuzzy(ids(lists_a[la], ia), ids(lists_b[lb], ib), strict=False)
    m.fuzzy(loose_a, every_b, strict=True)
    m.fuzzy(every_a, loose_b, strict=True)

    changes: list[tuple[tuple, ItemChange]] = []
    for it in items_b:
        desc = list_description(lists_b[it.lst].intro)
        order = (_entry_pos(entry_b, it.clause, len(alignment)), 0, it.span[0], 0, 0)
        if it.matched is None:
            changes.append(
                (order, ItemChange(ItemStatus.ADDED, None, it.text, None, it.clause, desc, None, it.span))
            )
        else:
            old = items_a[it.matched]
            status = m.status[it.matched]
            change = ItemChange(status, old.text, it.text, old.clause, it.clause, desc, old.span, it.span)
            changes.append((order, change))
    partners: dict[int, set[int]] = {}
    for la, lb in pairs:
        partners.setdefault(la, set()).add(lb)
    for it in items_a:
        if it.matched is not None:
            continue
        order = _removed_order(
            it, lists_a[it.lst], items_b, partners.get(it.lst, set()), entry_a, entry_b, len(alignment)
        )
        desc = list_description(lists_a[it.lst].intro)
        changes.append(
            (order, ItemChange(ItemStatus.REMOVED, it.text, None, it.clause, None, desc, it.span, None))
        )
    changes.sort(key=lambda pair: pair[0])
    return [c for _, c in changes]


def _project(
    src_lists: list[_List], dst_lists: list[_List], dst: Side, alignment: list[AlignmentEntry], src: str
) -> list[_Item]:
    """Find a list's items in its aligned partner clause when the list reader saw no list there.

    A list that shrinks to two items ("sovereignty and territorial integrity") or that the other version
    words more loosely is no longer read as a list; without this, every item would be reported removed
    although only one went. Only items found verbatim (as whole words) in the partner clause are kept.
    """
    listed = {ci for lst in dst_lists for ci in lst.clauses}
    entry_of = _entries_by_clause(alignment, src)
    new_items: list[_Item] = []
    for lst in src_lists:
        for n in sorted({entry_of[ci] for ci in lst.clauses if ci in entry_of}):
            partner = alignment[n].b if src == "a" else alignment[n].a
            if not partner or any(ci in listed for ci in partner):
                continue
            found: list[tuple[tuple[int, int], int]] = []
            for it in lst.items:
                for ci in partner:
                    c = dst.clauses[ci]
                    m = re.search(r"(?<!\w)" + re.escape(it.text) + r"(?!\w)", c.text, re.IGNORECASE)
                    if m:
                        found.append(((c.start + m.start(), c.start + m.end()), ci))
                        break
            if not found:
                continue
            found.sort()
            new = _List(lst.intro, set())
            lang = detect_language(dst.document.text[found[0][0][0] : found[-1][0][1]])
            for span, ci in found:
                item = _make_item(
                    dst.document.text[span[0] : span[1]], span, ci, len(dst_lists), len(new.items), lang
                )
                if item is not None:
                    new.items.append(item)
                    new.clauses.add(ci)
            if new.items:
                dst_lists.append(new)
                listed |= new.clauses
                new_items += new.items
    return new_items


def _entry_pos(entries: dict[int, int], clause: int, n_entries: int) -> float:
    """Where a clause stands in the alignment (the reading order of the comparison)."""
    if clause in entries:
        return float(entries[clause])
    return n_entries + clause / 1_000_000  # not in the alignment: keep document order after everything


def _removed_order(
    it: _Item,
    lst: _List,
    items_b: list[_Item],
    partner_lists: set[int],
    entry_a: dict[int, int],
    entry_b: dict[int, int],
    n_entries: int,
) -> tuple:
    """A removed item stands right after its nearest surviving predecessor in the new version of its
    list (or before its nearest surviving successor); failing both, where its clause was."""
    survivors = [x for x in lst.items if x.matched is not None and items_b[x.matched].lst in partner_lists]
    before = [x for x in survivors if x.pos < it.pos]
    after = [x for x in survivors if x.pos > it.pos]
    if before:
        partner = items_b[before[-1].matched]
        return (_entry_pos(entry_b, partner.clause, n_entries), 0, partner.span[0], 1, it.span[0])
    if after:
        partner = items_b[after[0].matched]
        return (_entry_pos(entry_b, partner.clause, n_entries), 0, partner.span[0], -1, it.span[0])
    return (_entry_pos(entry_a, it.clause, n_entries), -1, 0, 0, it.span[0])


def summarize_items(items: list[ItemChange]) -> dict[str, list[str]]:
    """Item texts by status for the CLI and reports; modified items read "old → new"."""
    out: dict[str, list[str]] = {
        s.value: [] for s in (ItemStatus.ADDED, ItemStatus.REMOVED, ItemStatus.MODIFIED, ItemStatus.KEPT)
    }
    for ch in items:
        if ch.status == ItemStatus.ADDED:
            out["added"].append(ch.b or "")
        elif ch.status == ItemStatus.REMOVED:
            out["removed"].append(ch.a or "")
        elif ch.status == ItemStatus.MODIFIED:
            out["modified"].append(f"{ch.a} → {ch.b}")
        else:
            out["kept"].append(ch.b or "")
    return out
