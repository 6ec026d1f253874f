"""Split a document into the clauses that get aligned: lines, paragraphs, sentences or legal clauses.

Legal text is compared item by item, so a sentence is further cut at sub-paragraph markers ("(a)",
"(iii)", "c)") and at semicolons that separate parts of a list. Labels ("4.", "(c)") are kept out of the
clause text and composed into hierarchical keys ("4(c)(iii)") so that a renumbered item can be recognised.
Everything is a linear scan with bounded look-arounds: a 300k-word document segments in well under a second.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..model import Clause, Document, Paragraph, SegmentMode
from .clauselist import ClauseList
from .labels import LabelTracker, Marker, make_marker, marker_at, parse_label
from .sentences import MONTHS, OPENERS, STRONG, find_parentheticals, sentence_spans, split_sentences

__all__ = ["segment", "split_sentences"]

_SPACE_RE = re.compile(r"\s*")
_NUM_DOT_RE = re.compile(r"[0-9]\.(?=\s)")
_WORD_START_RE = re.compile(r"(?<!\S)[^\s\w]*\w")
_WORD_RE = re.compile(r"[^\W_][\w'’-]*")
_HEADING_RE = re.compile(
    r"(?:(?P<art>Article|ARTICLE|Art\.|Artikel|ARTIKEL)|(?P<sec>Section|SECTION|Sec\.)|(?P<par>§))"
    r"[ \t\u00a0]*(?P<num>[0-9]{1,4}[a-z]?(?:\.[0-9]{1,3})*|[IVXL]{1,7})\.?"
    r"|(?P<reset>ANNEX|Annex|ANNEXE|Annexe|ANHANG|Anhang|APPENDIX|Appendix|CHAPTER|Chapter|KAPITEL|Kapitel"
    r"|PART|Part|TEIL|Teil|SCHEDULE|Schedule)(?:[ \t\u00a0]+(?:[0-9]{1,3}|[IVXL]{1,7}|[A-Z])\b)?"
)
_HEADING_INITIALS = frozenset("ASCKPT§")
_HEADING_NAMES = {"art": "Art.", "sec": "Sec.", "par": "§"}
_HEADING_MAX_WORDS = 12
_STRONG_BEFORE = ":;.!?—–"
#: Words after which a list may start without a colon: "including (i) aircraft and (ii) vessels".
_LIST_INTRODUCERS = frozenset(
    (
        "including",
        "namely",
        "notably",
        "alia",
        "einschließlich",
        "insbesondere",
        "namentlich",
        "notamment",
        "compris",
    )
)
_CONJUNCTIONS = frozenset(("and", "or", "nor", "but", "und", "oder", "sowie", "et", "ou", "ni", "y", "o"))
_MIN_PART_WORDS = 3
#: Paragraphs up to this long are remembered by text (see ``_Segmenter._paragraph``); longer ones seldom
#: repeat, and keeping them would copy the document's text.
_MEMO_CHARS = 200


def segment(document: Document, mode: SegmentMode | str = SegmentMode.CLAUSES) -> list[Clause]:
    """The document's clauses in reading order, numbered 0..n-1; never an empty clause."""
    mode = SegmentMode(mode)
    if mode is SegmentMode.LINES:
        return _lines(document)
    return _Segmenter(document, mode).run()


def _lines(document: Document) -> list[Clause]:
    """One clause per non-blank line, untouched apart from surrounding whitespace (benchmark input)."""
    text = document.text
    paragraphs = document.paragraphs
    out: list[Clause] = ClauseList()
    pos = 0
    pi = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        s = start + (len(line) - len(line.lstrip()))
        while pi + 1 < len(paragraphs) and paragraphs[pi + 1].start <= s:
            pi += 1
        out.append(Clause(len(out), stripped, s, s + len(stripped), pi))
    return out


class _Segmenter:
    """One pass over the paragraphs, carrying the label hierarchy from one paragraph to the next."""

    def __init__(self, document: Document, mode: SegmentMode) -> None:
        self.text = document.text
        self.mode = mode
        paragraphs = list(document.paragraphs)
        if not paragraphs and self.text.strip():
            paragraphs = [Paragraph(0, len(self.text))]
        self.paragraphs = paragraphs
        self.tracker = LabelTracker()
        self.out: list[Clause] = ClauseList()
        self.pi = 0
        self.label: str | None = None  # label of the clauses being emitted
        self.span: tuple[int, int] | None = None  # typed label not yet attached to a clause
        # a paragraph that is only a label ("4." on its own line) lends it to the next paragraph
        self.pending: tuple[int, str | None, tuple[int, int]] | None = None
        self.placed = 0  # labels placed or reset so far: a paragraph that placed none left no state
        self.memo: dict[str, tuple[tuple[int, int, str], ...]] = {}  # short paragraph -> its clauses

    def run(self) -> list[Clause]:
        n = len(self.text)
        for pi, para in enumerate(self.paragraphs):
            self.pi = pi
            self._paragraph(para, min(para.start, n), min(para.end, n))
        self._flush_pending()
        return self.out

    # ----------------------------------------------------------------------- output

    def _emit(self, start: int, end: int) -> None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return  # nothing but a label so far: the label waits for the next clause
        ls, le = self.span if self.span is not None else (-1, -1)
        self.out.append(Clause(len(self.out), text[start:end], start, end, self.pi, self.label, ls, le))
        self.span = None

    def _attach(self, label: str | None, start: int, end: int) -> None:
        """A typed label found at ``start:end`` labels the next clause (joined to one still waiting)."""
        self.label = label
        self.span = (self.span[0], end) if self.span is not None else (start, end)

    def _place(self, marker: Marker, policy: str) -> str | None:
        self.placed += 1
        label = self.tracker.place(marker, policy)
        if self.tracker.relabel is not None:
            self._relabel(*self.tracker.relabel)
        return label

    def _relabel(self, old: str, new: str) -> None:
        """Rewrite the labels of the clauses just emitted under a label that turned out misread."""
        sub = old + "("
        for k in range(len(self.out) - 1, max(-1, len(self.out) - 1000), -1):
            c = self.out[k]
            if c.label is None:
                continue
            if c.label == old or c.label.startswith(sub):
                self.out[k] = replace(c, label=new + c.label[len(old) :])
            else:
                break
        if self.pending is not None and self.pending[1] is not None and self.pending[1].startswith(old):
            self.pending = (self.pending[0], new + self.pending[1][len(old) :], self.pending[2])

    def _flush_pending(self) -> None:
        if self.pending is None:
            return
        pi, label, (s, e) = self.pending
        self.pending = None
        keep = self.pi
        self.pi = pi
        saved_label, saved_span = self.label, self.span
        self.label, self.span = label, None
        self._emit(s, e)  # the label is all there is: keep it as the clause's text
        self.label, self.span = saved_label, saved_span
        self.pi = keep

    # ----------------------------------------------------------------------- paragraphs

    def _paragraph(self, para: Paragraph, lo: int, hi: int) -> None:
        text = self.text
        pos = _SPACE_RE.match(text, lo, hi).end()
        self.span = None
        if pos >= hi:
            return
        if hi - pos > _MEMO_CHARS or para.label or self.pending is not None:
            self._segment_paragraph(para, pos, hi)
            return
        # A short paragraph seen before that placed no label ("Not applicable." x 100,000) is cut the same
        # way again: its clauses depended on its text alone, and it changed no state.
        key = text[pos:hi]
        spans = self.memo.get(key)
        if spans is not None:
            self.label = None
            out, pi = self.out, self.pi
            for s, e, t in spans:  # the first copy's text: equal, and kept once
                out.append(Clause(len(out), t, pos + s, pos + e, pi))
            return
        first, placed = len(self.out), self.placed
        self._segment_paragraph(para, pos, hi)
        if self.placed == placed and self.pending is None and self.label is None and self.span is None:
            self.memo[key] = tuple((c.start - pos, c.end - pos, c.text) for c in self.out[first:])

    def _segment_paragraph(self, para: Paragraph, pos: int, hi: int) -> None:
        text = self.text
        heading = _heading(text, pos, hi)
        own_label = False
        if heading is not None:
            kind, name = heading
            self.placed += 1
            self.tracker.reset(name if kind == "prefix" else None)
            self.label = name
            own_label = True
        else:
            self.label = None
            if para.label:
                marker = parse_label(para.label)
                if marker is not None:
                    self.label = self._place(marker, "any")
                    own_label = True
            lead = self._leading(pos, hi, start_of_paragraph=True)
            if lead is not None:
                pos = lead
                own_label = True
        if self.pending is not None:
            if own_label:
                self._flush_pending()
            else:
                _, self.label, self.span = self.pending
                self.pending = None
        if pos >= hi:
            if self.span is not None:
                self.pending = (self.pi, self.label, self.span)
                self.span = None
            return
        if self.mode is SegmentMode.PARAGRAPHS:
            self._emit(pos, hi)
            return
        part = _Paragraph(text, pos, hi)
        for k, (s, e) in enumerate(sentence_spans(text, pos, hi, part.parens)):
            if k > 0:
                lead = self._leading(s, e, start_of_paragraph=False)
                if lead is not None:
                    s = lead
            if self.mode is SegmentMode.SENTENCES:
                self._emit(s, e)
            else:
                self._clauses(part, s, e)

    def _leading(self, pos: int, hi: int, start_of_paragraph: bool) -> int | None:
        """Take typed labels at ``pos`` ("4.", "(c)", "4. (a)"); return where the text after them starts."""
        text = self.text
        c = text[pos]
        if c != "(" and not (c.isascii() and c.isalnum()):
            return None
        end = None
        for _ in range(3):
            found = marker_at(text, pos, hi)
            if found is None:
                break
            marker, stop = found
            after = _SPACE_RE.match(text, stop, hi).end()
            if not start_of_paragraph and after >= hi:
                break  # a label needs text after it inside running text
            policy = _lead_policy(text, marker, after, hi, start_of_paragraph, first=end is None)
            if policy is None:
                break
            label = self._place(marker, policy)
            if label is None:
                break
            self._attach(label, pos, stop)
            pos = end = after
            if marker.deco == "dot" and not marker.numeric:
                break
        return end

    # ----------------------------------------------------------------------- clauses

    def _clauses(self, part: _Paragraph, s: int, e: int) -> None:
        """Cut one sentence at sub-paragraph markers and at list-separating semicolons."""
        text = self.text
        cuts: list[tuple[int, int, int, str | None]] = []  # (cut, label start, label end, label)
        inline_seen = False
        for ms, stop, token, deco in _inline_candidates(text, s, e):
            if ms == s or stop >= e or not text[stop].isspace():
                continue
            after = _SPACE_RE.match(text, stop, e).end()
            if after >= e or (deco == "dot" and not (text[after].isupper() or text[after] in OPENERS)):
                continue
            if part.enclosed(ms):
                continue
            context = _marker_context(text, s, ms, cuts)
            if context is None:
                continue
            marker = make_marker(text[ms:stop], token, deco)
            if marker is None:
                continue
            if deco == "dot":
                # "…of Libya, 1. Demands": paragraph numbers run on after "," or ";" in unwrapped text
                if _lead_policy(text, marker, after, e, start_of_paragraph=False, first=True) is None:
                    continue
                policy = "first_or_next"
            else:
                if context == "weak" and not inline_seen:
                    continue
                policy = "first_or_next" if context == "strong" else "next"
            label = self._place(marker, policy)
            if label is None:
                continue
            cuts.append((ms, ms, stop, label))
            inline_seen = True
        semis = self._semicolon_cuts(part, s, e, cuts)
        if semis:
            cuts.extend((q, -1, -1, None) for q in semis)
            cuts.sort(key=lambda c: c[0])
        start = s
        for cut, ls, le, label in cuts:
            self._emit(start, cut)
            if ls >= 0:
                self._attach(label, ls, le)
                start = le
            else:
                start = cut
        self._emit(start, e)

    def _semicolon_cuts(self, part: _Paragraph, s: int, e: int, cuts: list) -> list[int]:
        """Where "…; …" separates parts of at least three words each (not "e.g.;", not "(a; b)")."""
        text = self.text
        q = text.find(";", s, e)
        if q < 0:
            return []
        marker_cuts = [c[0] for c in cuts]
        accepted: list[int] = []
        words: list[int] | None = None
        last = s
        while q >= 0:
            separates = q + 1 < e and text[q + 1].isspace() and not part.enclosed(q)
            if separates and not _after_abbreviation(text, s, q):
                after = _SPACE_RE.match(text, q + 1, e).end()
                k = bisect_left(marker_cuts, q)
                if k < len(marker_cuts) and marker_cuts[k] in (after, _skip_conjunction(text, after, e)):
                    pass  # "…; (b)" and "…; and (c)" are cut at the marker
                else:
                    if words is None:
                        words = [m.start() for m in _WORD_START_RE.finditer(text, s, e)]
                    left_from = max(last, cuts[k - 1][2] if k > 0 else s)
                    right_to = marker_cuts[k] if k < len(marker_cuts) else e
                    mid = bisect_left(words, q)
                    if (
                        mid - bisect_left(words, left_from) >= _MIN_PART_WORDS
                        and bisect_left(words, right_to) - mid >= _MIN_PART_WORDS
                    ):
                        accepted.append(after)
                        last = after
            q = text.find(";", q + 1, e)
        return accepted


class _Paragraph:
    """Per-paragraph lookups shared by its sentences."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.parens = find_parentheticals(text, lo, hi)

    def enclosed(self, pos: int) -> bool:
        return self.parens is not None and self.parens.encloses(pos) is not None


# --------------------------------------------------------------------------- helpers


def _inline_candidates(text: str, s: int, e: int) -> list[tuple[int, int, str, str]]:
    """Possible markers inside ``text[s:e]`` as (start, end, token, decoration): "(c)", "c)", "12.".

    Found from their closing ")" or "N." with plain string searches: a general regex over every
    character costs more than the rest of the segmentation together.
    """
    found: list[tuple[int, int, str, str]] = []
    p = text.find(")", s, e)
    while p >= 0:
        a = p
        while a > s and p - a < 6 and text[a - 1].isascii() and text[a - 1].isalnum():
            a -= 1
        if a < p and not (a > s and text[a - 1].isascii() and text[a - 1].isalnum()):
            token = text[a:p]
            if not token.isdigit() or len(token) <= 3:
                if a > s and text[a - 1] == "(":
                    found.append((a - 1, p + 1, token, "paren"))
                elif a == s or text[a - 1].isspace():
                    found.append((a, p + 1, token, "rparen"))
        p = text.find(")", p + 1, e)
    numbered = []
    for m in _NUM_DOT_RE.finditer(text, s, e):
        p = m.start() + 1
        a = p - 1
        while a > s and p - a < 4 and text[a - 1].isdigit():
            a -= 1
        if p - a <= 3 and (a == s or text[a - 1].isspace()) and text[a:p].isascii():
            numbered.append((a, p + 1, text[a:p], "dot"))
    if numbered:
        found.extend(numbered)
        found.sort()
    return found


def _lead_policy(
    text: str, marker: Marker, after: int, hi: int, start_of_paragraph: bool, first: bool
) -> str | None:
    """How freely a label typed at the start of a paragraph or sentence may be placed, or None to refuse."""
    nxt = text[after] if after < hi else ""
    if marker.numeric:
        if not first:
            return None  # "4. 5." is not a nested label
        if len(marker.token.partition(".")[0]) > 3:
            return "next"  # "1990." is a year unless it follows paragraph 1989
        if nxt.islower() or _next_word(text, after, hi).lower() in MONTHS:
            return None  # "5. August 2020" is a date, "3. decides" is not a paragraph
        if "." in marker.token and not marker.text.endswith(".") and not nxt.isupper():
            return None  # "3.5 million" is a number
        if not start_of_paragraph and not (nxt.isupper() or nxt in OPENERS):
            return None
        return "any" if start_of_paragraph else "first_or_next"
    if marker.deco == "dot":
        # "a." / "IV." only open a paragraph, and only in sequence: "J. Smith said" is not item J
        return "first_or_next" if start_of_paragraph and first else None
    return "any" if start_of_paragraph else "first_or_next"


def _next_word(text: str, pos: int, hi: int) -> str:
    m = _WORD_RE.match(text, pos, min(hi, pos + 40))
    return m.group() if m else ""


def _marker_context(text: str, s: int, ms: int, cuts: list) -> str | None:
    """ "strong" after ":", ";", a sentence end or another marker; "weak" after "," or "and"; else None."""
    b = ms
    lo = max(s, ms - 40)
    while b > lo and text[b - 1].isspace():
        b -= 1
    if b <= s:
        return "strong"
    if cuts and cuts[-1][2] == b:
        return "strong"  # "(c) (i) the …": a marker right after another
    c = text[b - 1]
    if c in _STRONG_BEFORE:
        return "strong"
    if c == ",":
        return "weak"
    w = b
    while w > lo and not text[w - 1].isspace():
        w -= 1
    word = text[w:b].lower()
    if word in _LIST_INTRODUCERS:  # "inter alia (a)", "y compris (a)"
        return "strong"
    if word in _CONJUNCTIONS:
        p = w
        while p > lo and text[p - 1].isspace():
            p -= 1
        if p > s and text[p - 1] in _STRONG_BEFORE:
            return "strong"  # "…; and (c)"
        return "weak"
    return None


def _skip_conjunction(text: str, pos: int, e: int) -> int:
    m = _WORD_RE.match(text, pos, min(e, pos + 12))
    if m and m.group().lower() in _CONJUNCTIONS:
        return _SPACE_RE.match(text, m.end(), e).end()
    return pos


def _after_abbreviation(text: str, s: int, q: int) -> bool:
    """ "e.g.;" and similar noise: a semicolon straight after an abbreviation separates nothing."""
    if q == s or text[q - 1] != ".":
        return False
    w = q - 1
    lo = max(s, q - 12)
    while w > lo and not text[w - 1].isspace():
        w -= 1
    return text[w : q - 1].lower().lstrip("(") in STRONG


def _heading(text: str, pos: int, hi: int) -> tuple[str, str | None] | None:
    """A short heading paragraph: ("prefix", "Art. 5") for articles/sections, ("reset", None) for annexes."""
    if text[pos] not in _HEADING_INITIALS:
        return None
    m = _HEADING_RE.match(text, pos, hi)
    if m is None:
        return None
    rest = _SPACE_RE.match(text, m.end(), hi).end()
    if rest < hi:
        c = text[rest]
        if m.end() < hi and not text[m.end()].isspace() and c not in ":–—-":
            return None
        if c.islower() or len(text[pos : min(hi, pos + 400)].split()) > _HEADING_MAX_WORDS:
            return None
    if m.group("reset"):
        return "reset", None
    kind = next(k for k in _HEADING_NAMES if m.group(k))
    return "prefix", f"{_HEADING_NAMES[kind]} {m.group('num')}"
