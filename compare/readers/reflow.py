"""Paragraphs from plain lines: the shared logic of the .txt, pasted-text, PDF and RTF readers.

Hard-wrapped text (OCR output, e-mail, PDF text layers) breaks paragraphs into lines whose positions say
nothing about the content; comparing two wrappings of the same text must not show changes. So, with
``reflow=True``:

* a blank line always ends a paragraph;
* a line that opens a structural unit starts a new paragraph even without a blank line -- a numbered or
  lettered sub-paragraph ("4. Decides", "(c) ", "(iii) ", "1/ ", "IV. ", "Article 5"), a bullet, or a
  heading (Markdown "#", or a short all-capitals line) -- but only when the previous line could end a
  clause (it ends with . ; : ! ? or "; and"/"; or", or is short), continues a list of the same label
  shape ("(a) apples," then "(b) pears"), or ends with a comma and the item starts with a capital; so
  "... in paragraph\\n4. of ..." and "from property,\\n(a) of the authorities" stay one paragraph;
* a line much shorter than the document's wrap width ("short": under 60% of it, see ``_typical_width``;
  the width counts as at least 30 characters) ends its paragraph when it ends a sentence and the next
  line does not start in lowercase; a short line that is the first of its paragraph, does not run on
  (end in a comma, hyphen or lowercase word) and is followed by a line starting with a capital also
  ends it when the next line is short too (an address block, a list, a column) or when it is very short
  (under 40%: a heading, a salutation);
* otherwise lines are joined with one space, runs of spaces and tabs become one space.

De-hyphenation (a line ending in letter + "-" joined to a line starting with a letter): the hyphen is dropped
("Govern-" + "ment" -> "Government") when both sides are lowercase at the join, unless the document itself
writes the hyphenated compound elsewhere (and not the joined word), the compound is a known one
(``KNOWN_COMPOUNDS``: "cease-fire", "small-arms"), the part before the hyphen is one of a few prefixes that
are normally hyphenated (co, non, self, ex, quasi, vice, well, half, cross, all), the word already contains
a hyphen ("nuclear-weapon-" + "free"), or both parts are words of three letters or more that the
document also uses on their own ("arms-" + "embargo") while it never writes the joined word: only split
words are joined. A capital after the break
("Secretary-" + "General") or a digit keeps the hyphen. A dash with a space before it ("resources -")
is punctuation and keeps its spaces.

With ``reflow=False`` every non-blank line is its own paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from compare.readers.gcpause import collector_paused

_NEWLINES = re.compile(r"[\v\x85\u2028]")
_PAGE_BREAKS = re.compile(r"[\f\u2029]")
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ANY_SPECIAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")

_STRUCTURAL = re.compile(
    r"""(?:
        \d{1,3}(?:\.\d{1,3})*\.(?=\s)                         # 4.   4.1.
      | \d{1,3}(?:\.\d{1,3})+(?=\s)                           # 4.1
      | \d{1,3}\)(?=\s)                                       # 4)
      | \d{1,3}/(?=\s)                                        # 1/  (footnote marks in UN documents)
      | \(\s?(?:\d{1,3}|[a-z]{1,2}|[A-Z]{1,2}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})\s?\)(?=\s)   # (a) (iii) (12)
      | (?:[a-z]|[ivx]{1,5})\)(?=\s)                          # a)  iv)
      | [IVXLC]{1,6}\.(?=\s)                                  # IV.
      | [A-Z]\.(?=\s)                                         # A.
      | (?:Article|Section|Chapter|Part|Annex|Schedule|Appendix|Rule|Regulation|ARTICLE|SECTION|ANNEX)
        \s+[\dIVXLC]+[A-Za-z]?\b                              # Article 5
    )""",
    re.VERBOSE,
)
_STRONG_BULLET = re.compile(r"[•●▪◦‣·○■□➢►✓◆◇](?=\s|$)")
_BULLET = re.compile(r"(?:[-*+–—]|[•●▪◦‣·○■□➢►✓◆◇])(?=\s)")
_BARE_LABEL = re.compile(r"(?:\(?[0-9A-Za-z]{1,4}[.)/]|\([0-9A-Za-z]{1,7}\)|[-*+•●▪◦‣·–—])")
_MD_HEADING = re.compile(r"(#{1,6})\s+\S")
_ENDS_CLAUSE = re.compile(r"(?:[.;:!?]|;\s*(?:and|or|but|and/or))[\"'”’»)\]]*$")
_ENDS_COMMA = re.compile(r",[\"'”’»)\]]*$")
_ENDS_SENTENCE = re.compile(r"[.;:!?][\"'”’»)\]]*$")
_ENDS_CONTINUATION = re.compile(r"(?:[,\-–—(/&]|(?<![^\W\d_])[a-z]+)$")
_HYPHEN_END = re.compile(r"([^\W\d_]+)-$")
_LEADING_WORD = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

_HYPHENATED_PREFIXES = frozenset({"co", "non", "self", "ex", "quasi", "vice", "well", "half", "cross", "all"})
# Compounds that treaties and resolutions write with a hyphen: broken at that hyphen, they keep it even when
# the document has no other copy to show its spelling.
KNOWN_COMPOUNDS = frozenset(
    {
        "cease-fire",
        "above-mentioned",
        "under-mentioned",
        "small-arms",
        "four-wheel",
        "trans-shipment",
        "trans-shipments",
        "follow-up",
        "so-called",
        "peace-keeping",
        "peace-building",
        "peace-making",
        "decision-making",
        "policy-making",
        "long-term",
        "short-term",
        "medium-term",
        "mid-term",
        "by-product",
        "by-products",
        "land-mines",
        "anti-personnel",
        "war-torn",
        "re-establish",
        "re-establishment",
        "re-emphasizes",
        "re-entry",
        "stand-by",
        "set-up",
        "make-up",
        "hand-over",
        "run-up",
        "one-third",
        "two-thirds",
        "forty-five",
        "twenty-one",
        "inter-agency",
        "inter-governmental",
        "sub-regional",
        "counter-terrorism",
        "mine-clearance",
        "dual-use",
        "state-owned",
        "law-enforcement",
    }
)

SHORT_RATIO = 0.6
VERY_SHORT_RATIO = 0.4
MIN_WIDTH = 30


def normalize_newlines(text: str) -> str:
    """One newline convention; page breaks become blank lines; stray control characters go."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ANY_SPECIAL.search(text):  # one scan in the common case instead of three substitutions
        text = _NEWLINES.sub("\n", text)
        text = _PAGE_BREAKS.sub("\n\n", text)
        text = _STRAY_CONTROLS.sub("", text)
    return text


def collapse_spaces(text: str) -> str:
    """Runs of spaces and tabs become one space (str.replace halves runs per pass: fast on megabytes)."""
    if "\t" in text:
        text = text.replace("\t", " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def paragraphs_from_text(text: str, reflow: bool = True) -> list[tuple[str, dict]]:
    text = collapse_spaces(normalize_newlines(text))
    return _paragraphs([line.strip() for line in text.split("\n")], reflow)


def paragraphs_from_lines(lines: list[str], reflow: bool = True) -> list[tuple[str, dict]]:
    """``(text, Paragraph-kwargs)`` pairs ready for :meth:`Document.from_paragraphs`."""
    return _paragraphs([collapse_spaces(line).strip() for line in lines], reflow)


def _paragraphs(clean: list[str], reflow: bool) -> list[tuple[str, dict]]:
    with collector_paused():  # a tuple and a dict per paragraph, all kept: nothing for the collector
        if not reflow:
            return [(line, _kind(line)) for line in clean if line]
        return _Reflower(clean).run()


def starts_structural(line: str) -> bool:
    """Does the (stripped) line open a numbered or lettered unit ("4. ", "(c) ", "Article 5")?"""
    return bool(_STRUCTURAL.match(line))


def _kind(text: str) -> dict:
    m = _MD_HEADING.match(text)
    if m:
        return {"kind": "heading", "level": len(m.group(1))}
    if _BULLET.match(text):
        return {"kind": "list"}
    if _is_caps_heading(text):
        return {"kind": "heading"}
    return {}


def _is_caps_heading(line: str) -> bool:
    if len(line) > 80 or line.endswith((",", ";")):
        return False
    letters = 0
    for ch in line:
        if ch.isalpha():
            if ch.islower():
                return False
            letters += 1
    return letters >= 2 or (letters == 1 and len(line) == 1)


class _Reflower:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        width = self._typical_width()
        self.short_limit = SHORT_RATIO * width
        self.very_short_limit = VERY_SHORT_RATIO * width
        self._lexicon: tuple[set[str], set[str]] | None = None
        self._word_counts: Counter[str] | None = None
        self._last_single: str | None = None
        self._last_kind: dict = {}

    def _typical_width(self) -> float:
        """The wrap width: where the lengths of lines that run on to a next line cluster.

        Lines followed by another line are full lines of wrapped paragraphs (just under the width) or
        lines of lists and address blocks (anything shorter); OCR sometimes merges two lines into one
        twice as long. So take the length L with the most such lines within [0.8 L, L] (the longer L on
        a tie); with fewer than 8 such lines, simply the longest line.
        """
        lines = self.lines
        followed = sorted(len(a) for a, b in zip(lines, lines[1:], strict=False) if a and b)
        if len(followed) < 8:
            return max([len(a) for a in lines] + [MIN_WIDTH])
        best, best_count = followed[-1], 0
        for length in sorted(set(followed), reverse=True):
            count = bisect.bisect_right(followed, length) - bisect.bisect_left(followed, 0.8 * length)
            if count > best_count:
                best, best_count = length, count
        return max(best, MIN_WIDTH)

    def run(self) -> list[tuple[str, dict]]:
        out: list[tuple[str, dict]] = []
        current: list[str] = []
        prev = ""
        prev_heading = False
        # A line that repeats the one before it ("Not applicable." x 100,000) meets the same decisions
        # as long as the paragraph it may join starts alike: they are taken once per such situation.
        repeats: dict[tuple[str, str, bool, bool], tuple[bool, bool]] = {}
        for line in self.lines:
            if not line:
                if current:
                    out.append(self._emit(current))
                    current = []
                prev, prev_heading = "", False
                continue
            if current and line == prev:
                key = (line, current[0], len(current) > 1, prev_heading)
                decided = repeats.get(key)
                if decided is None:
                    brk = prev_heading or self._breaks(prev, line, current)
                    decided = repeats[key] = (brk, self._heading(line, None if brk else prev))
                brk, heading = decided
                if brk:
                    out.append(self._emit(current))
                    current = []
                if heading and current:
                    out.append(self._emit(current))
                    current = []
                current.append(line)
                prev_heading = heading
                continue
            if current and (prev_heading or self._breaks(prev, line, current)):
                out.append(self._emit(current))
                current = []
            heading = self._heading(line, prev if current else None)
            if heading and current:
                out.append(self._emit(current))
                current = []
            current.append(line)
            prev, prev_heading = line, heading
        if current:
            out.append(self._emit(current))
        return out

    # -- decisions ---------------------------------------------------------------------------------

    def _short(self, line: str) -> bool:
        return len(line) < self.short_limit

    def _heading(self, line: str, prev: str | None) -> bool:
        """A heading is a paragraph of its own; ``prev`` is the line before it in the same block."""
        if _MD_HEADING.match(line):
            return True
        return (
            self._short(line)
            and (prev is None or bool(_ENDS_SENTENCE.search(prev[-8:])))
            and _is_caps_heading(line)
            and not _STRUCTURAL.match(line)
        )

    def _breaks(self, prev: str, line: str, current: list[str]) -> bool:
        """Does ``line`` start a new paragraph after ``prev`` (the last of ``current``, the lines so far)?"""
        if _BARE_LABEL.fullmatch(prev):
            return False  # "4." alone on a line, its text on the next (common in PDF text layers)
        if _STRONG_BULLET.match(line):
            return True
        tail = prev[-24:]
        short = self._short(prev)
        label = _STRUCTURAL.match(line) or _BULLET.match(line)
        if label:
            if short or _ENDS_CLAUSE.search(tail):
                return True
            # the next item of a list whose items end in commas or nothing: "(a) apples,\n(b) pears"
            if _follows(current[0], line):
                return True
            # after a comma only a capitalised item: "from property, (a) of the authorities" is inline
            rest = line[label.end() :].lstrip()
            return bool(_ENDS_COMMA.search(tail)) and rest[:1].isupper()
        if not short:
            return False
        if _starts_lower(line):
            return False
        if _ENDS_SENTENCE.search(tail):
            return True
        # a short line that does not run on (comma, hyphen, lowercase word) before a capital, and is the
        # first of its paragraph (after several joined lines it closes a sentence that has not ended):
        # one line of a column of short lines (address block, list, table) when the next is short too;
        # a heading or salutation when it is very short
        if len(current) > 1 or _ENDS_CONTINUATION.search(tail):
            return False
        return self._short(line) or len(prev) < self.very_short_limit

    # -- joining -----------------------------------------------------------------------------------

    def _emit(self, lines: list[str]) -> tuple[str, dict]:
        if len(lines) == 1:
            line = lines[0]
            if line == self._last_single:  # the same line again (see run): the same kind
                return line, dict(self._last_kind)
            self._last_single, self._last_kind = line, _kind(line)
            return line, dict(self._last_kind)
        parts = [lines[0]]
        for line in lines[1:]:
            self._join(parts, line)
        kind = _kind(lines[0])
        if kind.get("kind") == "heading" and not _MD_HEADING.match(lines[0]):
            kind = {}  # an all-capitals first line of running text (a disclaimer), not a heading
        return "".join(parts), kind

    def _join(self, parts: list[str], line: str) -> None:
        last = parts[-1]
        if last.endswith("\u00ad"):
            parts[-1] = last[:-1]
            parts.append(line)
            return
        if last.endswith("-") and line[:1].isalpha():
            token = last[last.rfind(" ") + 1 :][-100:]
            m = _HYPHEN_END.search(token)
            w = _LEADING_WORD.match(line)
            if m and w:
                if self._drop_hyphen(token[: m.start()], m.group(1), w.group(0)):
                    parts[-1] = last[:-1]
                parts.append(line)
                return
        if last.endswith("-") and line[:1].isdigit() and last[-2:-1].isdigit():
            parts.append(line)  # "1990-" + "1991"
            return
        parts.append(" ")
        parts.append(line)

    def _drop_hyphen(self, before: str, prefix: str, suffix: str) -> bool:
        if not (prefix[-1].islower() and suffix[0].islower()):
            return False
        words, compounds = self._words()
        joined = (prefix + suffix).lower()
        compound = f"{prefix}-{suffix}".lower()
        if compound in compounds and joined not in words or compound in KNOWN_COMPOUNDS:
            return False
        if joined in words:
            return True
        # "nuclear-weapon-" + "free", "co-" + "operation": a compound hyphen, unless shown otherwise
        if before.endswith("-") or prefix.lower() in _HYPHENATED_PREFIXES:
            return False
        # two words the document also uses on their own ("arms-" + "embargo"): a compound, not a split word
        # (each was counted once at the break itself)
        counts = self._counts()
        low = suffix.lower()
        return not (len(prefix) >= 3 and len(low) >= 3 and counts[prefix.lower()] >= 2 and counts[low] >= 2)

    def _counts(self) -> Counter[str]:
        if self._word_counts is None:
            self._word_counts = Counter(
                t for w in _WORDS.findall("\n".join(self.lines).lower()) for t in w.split("-") if t
            )
        return self._word_counts

    def _words(self) -> tuple[set[str], set[str]]:
        """Words and hyphenated pairs the document spells out inside lines (built once, on demand)."""
        if self._lexicon is None:
            tokens = set(_WORDS.findall("\n".join(self.lines).lower()))
            words = {t for t in tokens if "-" not in t}
            compounds: set[str] = set()
            for token in tokens - words:
                pieces = token.split("-")
                compounds.update(f"{a}-{b}" for a, b in zip(pieces, pieces[1:], strict=False))
            self._lexicon = (words, compounds)
        return self._lexicon


def _follows(first: str, line: str) -> bool:
    """Is ``line``'s label the next after ``first``'s? ("(b)" after "(a)", "5." after "4.", "-" after "-")"""
    a = _STRUCTURAL.match(first) or _BULLET.match(first)
    b = _STRUCTURAL.match(line) or _BULLET.match(line)
    if not a or not b:
        return False
    la, lb = a.group(0), b.group(0)
    if len(la) == 1 or len(lb) == 1:  # bullets
        return la == lb
    if _SHAPE.sub("#", la) != _SHAPE.sub("#", lb):
        return False
    va, vb = _SHAPE.findall(la)[-1:], _SHAPE.findall(lb)[-1:]
    return bool(va and vb) and any(y == x + 1 for x in _ordinals(va[0]) for y in _ordinals(vb[0]))


def _ordinals(token: str) -> set[int]:
    """Possible positions of a label token: "c" is 3, "iv" is 4, "v" is 22 or 5 (letter or roman)."""
    values: set[int] = set()
    if token.isdigit():
        values.add(int(token))
        return values
    low = token.lower()
    if len(low) == 1 or (len(low) == 2 and low[0] == low[1]):  # a .. z, aa .. zz
        values.add((ord(low[0]) - 96) + 26 * (len(low) - 1))
    roman = _roman(low)
    if roman:
        values.add(roman)
    return values


def _roman(token: str) -> int:
    digits = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    if not token or any(ch not in digits for ch in token):
        return 0
    total = 0
    for ch, nxt in zip(token, token[1:] + " ", strict=False):
        value = digits[ch]
        total += -value if nxt in digits and digits[nxt] > value else value
    return total


_SHAPE = re.compile(r"\d+|[^\W\d_]+")


def _starts_lower(line: str) -> bool:
    return line[:1].islower()
