"""Clause similarity that works in any language and needs no model.

Each clause becomes a set of word *stems* (a short lowercase prefix, which folds most inflection in
English, German and French alike) weighted by inverse document frequency over both documents, so that
shared rare words ("livelihood", "Sanktionen") count and shared function words barely do.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain, compress, repeat

_WORD = re.compile(r"\w+", re.UNICODE)
STEM_LENGTH = 5
USE_BIGRAMS = True
# Postings visited per new clause when looking for candidates, rarest stems first: bounds the worst case
# (two unrelated long texts) without changing what a real revision finds.
VISIT_BUDGET = 150


def words_of(text: str) -> list[str]:
    """The case-folded words of a text, accents composed first: ``\\w`` does not match a combining mark,
    so a decomposed "é" (e + U+0301) would otherwise cut its word in two. Text already composed (nearly all)
    is not copied."""
    folded = text.casefold()
    if not folded.isascii() and not unicodedata.is_normalized("NFC", folded):
        folded = unicodedata.normalize("NFC", folded)
    return _WORD.findall(folded)


class _StemOf(dict):
    """Word -> its stem, one shared string object per stem, made on first use.

    Drafts repeat their words (the benchmark's 1M-word drafts: 1.2M words, 12k distinct), so a stem is
    cut and made canonical once per distinct word instead of once per word. Overlong words (junk, base64)
    are not kept, so the table holds no more than real words."""

    def __init__(self) -> None:
        super().__init__()
        self.canon: dict[str, str] = {}

    def __missing__(self, w: str) -> str:
        stem = w if w.isdigit() else w[:STEM_LENGTH]
        stem = self.canon.setdefault(stem, stem)
        if len(w) <= GRAM_WORD_MAX:
            self[w] = stem
        return stem


def _stems_of(words: list[str], stem_of: _StemOf | None = None) -> tuple[str, ...]:
    """Stems and stem bigrams of a clause's (case-folded) words, each once: the stems in the order they
    first occur, then the bigrams in the order they first occur.

    Numbers are kept whole because "30" and "3000" are different clauses. Bigrams ("civil popul") are
    what tells a paraphrase that kept a distinctive phrase from a sentence that merely shares topic words.
    With ``stem_of``, each stem is one shared string object (a 1M-word draft makes 0.83M stem strings, 7.3k
    distinct; bigrams, 0.93M and 0.16M distinct, are left alone: so large a table costs a second at that
    size). The clause keeps a tuple (8 bytes an entry, a set's table takes about four times that), and
    weights are later summed in its order: the order of text, not of a set, whose order follows the
    string hash and so changes from one process to the next (PYTHONHASHSEED). Sums in another order can
    differ in the last bit, and that bit decided ties between copies of a repeated line ("Yes.").
    """
    if stem_of is not None:
        seq = list(map(stem_of.__getitem__, words))
    else:
        seq = [w if w.isdigit() else w[:STEM_LENGTH] for w in words]
    if USE_BIGRAMS:  # a stem has no space, a bigram has one: one dict keeps both apart, each once
        return tuple(dict.fromkeys(chain(seq, map(" ".join, zip(seq, seq[1:], strict=False)))))
    return tuple(dict.fromkeys(seq))


def _key_of(words: list[str], text: str) -> str:
    """Identity key for anchoring: case, punctuation and spacing do not stop two clauses being 'the same'.

    A clause with no word at all ("—", "***") is keyed by its exact characters instead.
    """
    return " ".join(words) if words else "\x00" + text


# Words longer than this (base64, OCR junk, hashes: real words, even German compounds, are shorter) give
# their 4-grams from their first and last GRAM_EDGE characters only: a 10 kB "word" would otherwise
# make a set of 10,000 grams, 150 bytes of memory per byte of input.
GRAM_WORD_MAX = 64
GRAM_EDGE = 32


def word_grams(word: str) -> frozenset[str]:
    """Character 4-grams of a word, padded at its edges.

    Spellings of one word ("Betlehem"/"Bethlehem") and compounds ("Spielekonsolen"/"Konsolen") share
    most of their 4-grams although their 5-letter stems differ. The work per word is bounded
    (``GRAM_WORD_MAX``): an overlong word is represented by its two ends, joined by a character no word
    contains, so the grams across the cut cannot match a real word's.
    """
    w = f"#{word[:GRAM_EDGE]}\x00{word[-GRAM_EDGE:]}#" if len(word) > GRAM_WORD_MAX else f"#{word}#"
    return frozenset(w[k : k + 4] for k in range(len(w) - 3))


def char_cosines(
    a_texts: Sequence[str], b_texts: Sequence[str], pairs: Sequence[tuple[int, int]]
) -> dict[tuple[int, int], float]:
    """IDF-weighted cosine of the clauses' character 4-gram sets, for the given pairs only.

    Grams are weighted by document frequency over the clauses those pairs touch, so the cost follows
    the candidate pairs (what changed), not the document length. A short accidental overlap ("tion")
    is a gram or two out of the hundred in a clause, and common ones weigh little. Sums are exact
    (``fsum``) so set order, which varies with string hashing, cannot tip a tie between runs.
    """
    if not pairs:
        return {}
    ids: dict[str, int] = {}  # gram -> a small int: sets of ints hash and compare in C without strings
    cache: dict[str, frozenset[int]] = {}

    def grams(text: str) -> set[int]:
        """The union of the grams of the clause's distinct words (order and repeats do not matter)."""
        words = set(words_of(text))
        for w in words:
            if w not in cache:
                cache[w] = frozenset([ids.setdefault(g, len(ids)) for g in word_grams(w)])
        return set().union(*map(cache.__getitem__, words))

    ids_a = {i for i, _j in pairs}
    ids_b = {j for _i, j in pairs}
    # The grams of every clause at once would be a set per changed clause (1.3 GB when all of 1M words
    # changed): count document frequencies clause by clause, keeping each clause's grams as a packed array
    # (4 bytes a gram), then make one set at a time (below). The same grams and exact sums, so the same
    # cosines, and each clause's words are read once.
    df: Counter[int] = Counter()
    packed_a: dict[int, array[int]] = {}
    packed_b: dict[int, array[int]] = {}
    for ids_, texts, packed in ((ids_a, a_texts, packed_a), (ids_b, b_texts, packed_b)):
        for k in ids_:
            g = grams(texts[k])
            df.update(g)
            packed[k] = array("I", g)
    n = len(ids_a) + len(ids_b)
    w2 = [0.0] * len(ids)
    for k, c in df.items():
        w2[k] = math.log(1.0 + n / c) ** 2
    del df
    cache.clear()
    weight = w2.__getitem__  # fsum is exact, so summing straight from the sets gives the same floats
    norm_b = {j: math.sqrt(math.fsum(map(weight, g))) or 1.0 for j, g in packed_b.items()}
    # Old clause by old clause: its grams as a set, each new clause's straight from its packed array (a set
    # per new clause held from its first pair to its last was most of the peak: every clause when all
    # changed). The same intersections, so the same exact sums.
    by_i: dict[int, list[int]] = defaultdict(list)
    for i, j in pairs:
        by_i[i].append(j)
    cos: dict[tuple[int, int], float] = {}
    for i, js in by_i.items():
        ga = set(packed_a.pop(i))
        na = math.sqrt(math.fsum(map(weight, ga))) or 1.0
        for j in js:
            cos[(i, j)] = math.fsum(map(weight, ga.intersection(packed_b[j]))) / (na * norm_b[j])
    return {p: cos[p] for p in pairs}


class _Idf(dict):
    """Stem -> its inverse document frequency, made on first use: only the stems of clauses that are
    weighed need one, and most clauses are settled by an identical partner and never weighed (a draft
    against repeated lines weighs a handful). The same expression, so the same floats."""

    def __init__(self, df: Counter[str], n: int) -> None:
        super().__init__()
        self.df, self.n = df, n

    def __missing__(self, w: str) -> float:
        v = self[w] = math.log(1.0 + self.n / self.df[w])
        return v


class _Weighed(dict):
    """Text -> its stems weighted by IDF, made on first use (one read-only dict per distinct text)."""

    def __init__(self, stems: dict[str, tuple[str, ...]], idf: dict[str, float]) -> None:
        super().__init__()
        self.stems, self.idf = stems, idf

    def __missing__(self, text: str) -> dict[str, float]:
        s = self.stems.pop(text)  # weighed once: the set is not needed again
        v = self[text] = dict(zip(s, map(self.idf.__getitem__, s), strict=True))  # {w: idf[w] for w in s}
        return v


class _Mass(dict):
    """Text -> the sum of its weights (summed in the weights' order), made on first use."""

    def __init__(self, weighed: _Weighed) -> None:
        super().__init__()
        self.weighed = weighed

    def __missing__(self, text: str) -> float:
        m = self[text] = sum(self.weighed[text].values())
        return m


class _PerClause(Sequence):
    """The value of each clause (by index) from a per-text table: clauses with one text share one."""

    __slots__ = ("texts", "table")

    def __init__(self, texts: Sequence[str], table: dict) -> None:
        self.texts, self.table = texts, table

    def __getitem__(self, i):  # noqa: ANN001, ANN204 - index only, as the aligner uses it
        return self.table[self.texts[i]]

    def __len__(self) -> int:
        return len(self.texts)


class Vectors:
    """IDF-weighted stem sets for the clauses of both sides, with an inverted index over side A."""

    def __init__(self, a_texts: Sequence[str], b_texts: Sequence[str]) -> None:
        # Drafts repeat most clauses word for word, so all per-clause work is done once per distinct text
        # and clauses with the same text share one (read-only) stem set and weight dict.
        prepared: dict[str, tuple[tuple[str, ...], int, str]] = {}
        stem_of = _StemOf()
        copies = Counter(chain(a_texts, b_texts))  # each distinct text (in order of appearance), how often
        for t in copies:
            words = words_of(t)
            prepared[t] = (_stems_of(words, stem_of), len(words), _key_of(words, t))
        del stem_of
        # Document frequencies, counted in C over each distinct text once and multiplied by the usual
        # number of copies (2 when both versions share most clauses: half the counting of every clause),
        # then corrected for the texts with another number of copies (the changed ones, boilerplate).
        usual = Counter(copies.values()).most_common(1)[0][0]
        df: Counter[str] = Counter(chain.from_iterable(p[0] for p in prepared.values()))
        if usual != 1:
            df = Counter({w: c * usual for w, c in df.items()})
        for t, k in copies.items():
            if k != usual:
                for w in prepared[t][0]:
                    df[w] += k - usual
        n = len(a_texts) + len(b_texts)
        self.idf = _Idf(df, n)
        self.df = df
        self.n = n
        # Weights are made on first use: most clauses of a revision are settled by an identical partner
        # and never looked at again.
        weighed = _Weighed({t: p[0] for t, p in prepared.items()}, self.idf)
        mass = _Mass(weighed)
        self.a: Sequence[dict[str, float]] = _PerClause(a_texts, weighed)
        self.b: Sequence[dict[str, float]] = _PerClause(b_texts, weighed)
        self.a_mass: Sequence[float] = _PerClause(a_texts, mass)
        self.b_mass: Sequence[float] = _PerClause(b_texts, mass)
        self.b_words = [prepared[t][1] for t in b_texts]
        self.a_keys = [prepared[t][2] for t in a_texts]  # identity key of each clause
        self.b_keys = [prepared[t][2] for t in b_texts]

    def shared_pairs(
        self, a_ids: Sequence[int], b_ids: Sequence[int], per_clause: int = 8
    ) -> dict[tuple[int, int], float]:
        """Shared stem mass of the most promising pairs: the top ``per_clause`` old clauses of each new
        clause and vice versa, found through shared rare stems (never all pairs; at most
        ``VISIT_BUDGET`` postings per new clause, so common words cannot make it quadratic)."""
        cap = max(50, int(0.02 * self.n))
        df = self.df
        a, b = self.a, self.b
        # Only stems some new clause has can be visited: a few changed clauses against a long old side
        # (a draft against a list of lines) index those, not every stem of the old side.
        wanted = {w for w in set().union(*map(b.__getitem__, b_ids)) if df[w] <= cap}
        postings: dict[str, list[int]] = defaultdict(list)
        # An old clause's stems are read from its weighed dict if it has one, else from its stems as
        # prepared: weighing every old clause to find the few that share a stem with the new ones cost
        # 1.3 s (and 40 MB) for a draft against a file of identical lines.
        a_table, a_texts = a.table, a.texts  # type: ignore[attr-defined]
        unweighed = a_table.stems
        for i in a_ids:
            t = a_texts[i]
            v = a_table.get(t)
            for w in wanted.intersection(unweighed[t] if v is None else v):
                postings[w].append(i)
        # each indexed stem as it is visited, rarest first: (df, stem, posting list), sorted in C
        visit = {w: (df[w], w, lst) for w, lst in postings.items()}
        # masses by plain list index (the scoring below reads one per posting visited), of the old clauses
        # that can be visited
        a_mass: list[float] = [0.0] * (max(a_ids, default=-1) + 1)
        for i in dict.fromkeys(chain.from_iterable(postings.values())):
            a_mass[i] = self.a_mass[i]
        rough: dict[tuple[int, int], None] = {}
        # per old clause, its best ``per_clause`` new clauses so far as a heap of (score, -j) (the worst
        # kept on top): every (score, j) kept would be a tuple per posting visited, 8.7M of them (0.8 GB)
        # when all of 1M words changed. ``floor[i]`` is minus the worst kept score once the heap is full:
        # only a posting whose negated score is at most the floor can enter (tested in one comprehension;
        # a tie is then settled by the full comparison, as before).
        by_a: dict[int, list[tuple[float, int]]] = defaultdict(list)
        floor = [math.inf] * len(a_mass)
        no_acc = repeat(0.0)
        for j in b_ids:
            acc: dict[int, float] = {}
            get = acc.get
            bv = b[j]
            visits = 0
            for _df, w, lst in sorted(filter(None, map(visit.get, bv))):
                if visits >= VISIT_BUDGET:
                    break
                visits += len(lst)
                # acc[i] += bv[w] for each i (a stem's posting list has each clause once), in C
                acc.update(zip(lst, map(bv[w].__add__, map(get, lst, no_acc)), strict=True))
            if not acc:
                continue
            mb = self.b_mass[j]
            # rank by how much of the shorter side is shared, so a short split-off clause finds its source
            scored = [(-v / (mb if mb <= a_mass[i] else a_mass[i]), i) for i, v in acc.items()]
            # the best few (sorting a short list in C beats heapq's Python loop; the same order)
            top = (
                sorted(scored)[:per_clause]
                if len(scored) <= 12 * per_clause
                else heapq.nsmallest(per_clause, scored)
            )
            for _s, i in top:
                rough[(i, j)] = None
            for s, i in [t for t in scored if t[0] <= floor[t[1]]]:
                kept = by_a[i]
                item = (-s, -j)
                if len(kept) < per_clause:
                    heapq.heappush(kept, item)
                    if len(kept) < per_clause:
                        continue
                elif item > kept[0]:
                    heapq.heapreplace(kept, item)
                else:
                    continue
                floor[i] = -kept[0][0]
        for i, kept in by_a.items():
            for _v, j in sorted((-v, -j) for v, j in kept):  # heapq.nsmallest of all, in its order
                rough[(i, j)] = None
        out: dict[tuple[int, int], float] = {}
        b_table, b_texts = b.table, b.texts  # type: ignore[attr-defined]
        for i, j in rough:
            av, bv = a_table[a_texts[i]], b_table[b_texts[j]]
            # same summation order as overlap() (the smaller side's items in order): not an ulp moves
            if len(av) > len(bv):
                out[(i, j)] = sum(compress(bv.values(), map(av.__contains__, bv)))
            else:
                out[(i, j)] = sum(compress(av.values(), map(bv.__contains__, av)))
        return out

    def overlap(self, a_idx: Sequence[int], b_idx: Sequence[int]) -> tuple[float, float, float]:
        """(shared mass, A mass, B mass) of the union of the given clauses on each side."""
        if len(a_idx) == 1:
            av = self.a[a_idx[0]]
        else:
            av = {}
            for i in a_idx:
                av.update(self.a[i])
        if len(b_idx) == 1:
            bv = self.b[b_idx[0]]
        else:
            bv = {}
            for j in b_idx:
                bv.update(self.b[j])
        if len(av) > len(bv):
            shared = sum(w for k, w in bv.items() if k in av)
        else:
            shared = sum(w for k, w in av.items() if k in bv)
        return shared, sum(av.values()), sum(bv.values())

    def dice(self, i: int, j: int) -> float:
        a, b = self.a[i], self.b[j]
        if len(a) > len(b):
            a, b = b, a
        shared = sum(w for k, w in a.items() if k in b)
        total = self.a_mass[i] + self.b_mass[j]
        return 2.0 * shared / total if total else 0.0

    def group_dice(self, a_idx: Sequence[int], b_idx: Sequence[int]) -> float:
        shared, ma, mb = self.overlap(a_idx, b_idx)
        return 2.0 * shared / (ma + mb) if ma + mb else 0.0

    def containment_b(self, a_idx: Sequence[int], j: int) -> float:
        """How much of new clause j is found in the given old clauses (for 1:n splits)."""
        shared, _ma, mb = self.overlap(a_idx, [j])
        return shared / mb if mb else 0.0

    def containment_a(self, i: int, b_idx: Sequence[int]) -> float:
        """How much of old clause i is found in the given new clauses (for n:1 merges)."""
        shared, ma, _mb = self.overlap([i], b_idx)
        return shared / ma if ma else 0.0

    def novel_share(self, side: str, k: int, others: Sequence[int], already: Sequence[int]) -> float:
        """Share of clause ``k``'s words (bigrams aside) found in the ``others`` on the opposite side but
        not already in ``already`` (its own side's members of that group): what ``k`` adds to a merge.

        A clause merged into a longer one is seldom mostly contained in it (the rewrite drops half its
        words), but the words of the merged clause that the rest of the group does not explain are the
        evidence it belongs there. Bigrams are left out: a merge breaks phrases at the seam.
        """
        mine, theirs, own = (self.a, self.b, self.a) if side == "a" else (self.b, self.a, self.b)
        other: set[str] = set()
        for x in others:
            other.update(theirs[x])
        have: set[str] = set()
        for x in already:
            have.update(own[x])
        total = found = 0.0
        for w, wt in mine[k].items():
            if " " in w:
                continue
            total += wt
            if w in other and w not in have:
                found += wt
        return found / total if total else 0.0
