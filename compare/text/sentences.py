"""Sentence boundaries in one paragraph, for English, German and French legal and news prose.

A boundary is a terminator (``.``, ``?``, ``!``, an ellipsis, a CJK full stop) plus any closing quotes or
brackets, followed by whitespace and something that can start a sentence. The hard part is the period:
abbreviations ("U.N.", "Dec. 22", "z.B."), initials ("Donald J. Trump"), ordinals ("am 3. Oktober") and
enumeration labels ("11. Decides") must not end a sentence. Every look-around is bounded to a few dozen
characters, so the scan is linear in the length of the paragraph whatever its content.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# --------------------------------------------------------------------------- abbreviations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Keys are lower-case, with internal dots kept ("e.g") and the final dot removed.

#: Never end a sentence, whatever follows ("e.g. France", "cf. Art. 5", "p. 12").
STRONG = _words(
    """
    e.g eg i.e ie cf cp viz vs v approx appx ca resp incl esp ibid seq sqq
    z.b d.h u.a v.a o.ä s.o s.u z.t u.u i.d.r a.a.o bzw vgl sog ggf evtl inkl exkl zzgl ebd usf
    p.ex ex cit éd env jh jhd jhs
    """
)

#: Titles before a name; only when written with a capital ("Dr. Who", not "dr.").
TITLES = _words(
    """
    mr mrs ms messrs mmes dr drs prof profs st ste mt gen col lt sgt capt cmdr adm maj gov sen rep rev
    hon amb pres supt insp mme mlle mm hr hrn fr frl dipl ing mag dres
    """
)

#: Do not end a sentence when a number, a roman numeral or "(" follows ("No. 5", "art. 4", "Abs. 2").
NUMERIC = _words(
    """
    no nos nr nrn art arts artt para paras par pars sec secs ch chap chaps vol vols p pp fig figs abs
    ziff lit bd anm rn rdnr op res doc docs n° nº cap tit pt pts ss sect reg regs cl tab app
    """
)

MONTHS_ABBR = _words(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    jän mär mrz okt dez janv févr fevr avr juil déc
    """
)

#: End a sentence only when a typical sentence-starting word follows ("Apple Inc. The company ...").
WEAK = _words("inc ltd co corp bros jr sr esq plc llc cie et al a.m p.m chr mio mrd tsd")

MONTHS = _words(
    """
    january february march april may june july august september october november december
    januar jänner februar märz mai juni juli oktober dezember
    janvier février mars avril juin juillet août septembre octobre novembre décembre
    """
)

#: Words after which "3." is a German ordinal, not the end of a sentence ("am 3. Oktober").
ORDINAL_CONTEXT = _words(
    """
    am im vom zum zur beim bis ab seit der die das den dem des ein eine einer eines einem einen
    für ihr ihre ihrem ihren sein seine seinem seinen jedes jeder jeden jedem
    """
)

#: German nouns that follow an ordinal: "im 16. Jahrhundert", "zum 100. Geburtstag".
ORDINAL_NOUNS = _words(
    """
    jahrhundert jahrhunderts jahrhunderten jahrtausend jahrtausends jh jahrestag geburtstag todestag
    mal platz rang stock stockwerk etage klasse auflage lebensjahr kapitel runde liga weltkrieg
    weltkriegs bundesliga spieltag tag tages woche monat quartal semester jahrgang bezirk
    """
)

#: Capitalised words that usually begin a sentence; after a "weak" abbreviation only these split.
STARTERS = _words(
    """
    The It Its He She They We You This That These Those There Their His Her Our My Your
    But And Or So Yet Then Thus Hence Also However Meanwhile Moreover Furthermore Nevertheless
    In On At As For If When While After Before Although Though Since Because Under Over During
    Both Each All Some Many Most Several Such Other Another One Two No Not Neither Nor
    What Who Why How Where Which Asked According Earlier Later Last Now Today Yesterday
    Der Die Das Ein Eine Es Er Sie Wir Ich Ihr Im Am Auch Aber Dies Diese Dieser Dieses Nach Bei
    Mit Zum Zur Wie Wenn Als Doch Denn Dann Damit Deshalb Daher Jedoch Trotzdem Zudem Außerdem
    Il Elle Ils Elles Nous Vous On Ce Cette Ces Mais Et En Dans Pour Selon Cependant Ainsi Alors
    Les Un Une Des
    """
)

# --------------------------------------------------------------------------- characters

TERMINATORS = ".?!…。！？‼⁇⁈⁉"
CJK_TERMINATORS = "。！？"  # these need no space after them
#: Closing quotes and brackets that stay with the sentence they end (German closes with “ and ‘).
CLOSERS = "\"'”’“‘»«)]}›」』"
QUOTE_CLOSERS = '"”’“»«'
QUOTE_OPENERS = "\"'“‘„«‹"
OPENERS = "\"'“‘„«‹([{¿¡「『"
#: Characters that cannot begin a sentence, so a terminator before them is not a boundary.
NON_STARTERS = ",;:)]}»›.?!…/%–—"


def _chars(chars: str) -> str:
    return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in chars) + "]"


# A terminator run (never entered half-way, never backtracked) with its closing quotes and brackets,
# either (1) CJK full stops, which need no space after them, or a run followed by (2) whitespace and
# something other than a Latin lower-case letter, which never starts a sentence, or (3) a closing quote
# straight before a word (`deterrent.”The signs`).
_T, _C = _chars(TERMINATORS), _chars(CLOSERS)
_TERM_RE = re.compile(
    f"(?={_T})"  # lets the regex engine skip ahead to the next terminator quickly
    f"(?:{_chars(CJK_TERMINATORS)}++({_C}*+)"
    f"|(?<!{_T}){_T}++(?:({_C}*+)(?=\\s++[^\\sa-zß-öø-ÿ])"
    f"|({_C}*{_chars(QUOTE_CLOSERS)})(?=[^\\W\\d_]|{_chars(QUOTE_OPENERS)})))"
)
_SPACE_RE = re.compile(r"\s*")
_BRACKET_RE = re.compile(r"[()\[\]]")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_DOTTED_RE = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")
_LABELISH_RE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3})*|[ivxlIVXL]{1,6}|[^\W\d_]")
_NUM_LABEL_RE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3})*\.\s+[\"“'‘(]?[^\W\d_]")
_PAREN_LABEL_RE = re.compile(r"\((?:[0-9]{1,3}|[A-Za-z]{1,6})\)\s")
_ROMAN_RE = re.compile(r"[IVXL]{2,}\b")
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")

MAX_PARENTHETICAL = 250  # a matched "( … )" longer than this may hold whole sentences
_LONGEST_ABBREVIATION = 6  # "messrs", "approx"; longer plain words are never abbreviations
_WINDOW = 40  # how far we look back or ahead for a word; longer words are never abbreviations


class Parentheticals:
    """Spans of short matched brackets, so that "(see para. 3. Annex)" is not split inside."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        stack: list[tuple[int, str]] = []
        pairs: list[tuple[int, int]] = []
        for m in _BRACKET_RE.finditer(text, lo, hi):
            ch = m.group()
            pos = m.start()
            if ch == "(" or ch == "[":
                stack.append((pos, ch))
                continue
            want = "(" if ch == ")" else "["
            # pop to the matching opener (skipping at most one stray one); unmatched closers are ignored
            if stack and stack[-1][1] == want:
                start = stack.pop()[0]
            elif len(stack) > 1 and stack[-2][1] == want:
                start = stack[-2][0]
                del stack[-2:]
            else:
                continue
            if pos - start <= MAX_PARENTHETICAL:
                pairs.append((start, pos))
        pairs.sort()
        merged: list[tuple[int, int]] = []
        for a, b in pairs:
            if merged and a <= merged[-1][1]:
                if b > merged[-1][1]:
                    merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        self._spans = merged
        self._starts = [a for a, _ in merged]

    def encloses(self, pos: int) -> tuple[int, int] | None:
        """The outermost short pair with ``open < pos < close``, if any."""
        k = bisect_right(self._starts, pos) - 1
        if k >= 0:
            a, b = self._spans[k]
            if a < pos < b:
                return a, b
        return None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of a paragraph, stripped of surrounding whitespace."""
    return sentence_spans(text, 0, len(text))


def find_parentheticals(text: str, lo: int, hi: int) -> Parentheticals | None:
    if text.find("(", lo, hi) < 0 and text.find("[", lo, hi) < 0:
        return None
    return Parentheticals(text, lo, hi)


def sentence_spans(
    text: str, lo: int, hi: int, parens: Parentheticals | None | str = "find"
) -> list[tuple[int, int]]:
    """Like :func:`split_sentences` for ``text[lo:hi]``, with offsets into ``text`` (no copying).

    ``parens`` may pass the paragraph's :class:`Parentheticals` when the caller already has them.
    """
    m = _SPACE_RE.match(text, lo, hi)
    start = m.end() if m else lo
    spans: list[tuple[int, int]] = []
    if start >= hi:
        return spans
    if isinstance(parens, str):
        parens = find_parentheticals(text, lo, hi)
    for t in _TERM_RE.finditer(text, start, hi):
        i, j = t.start(), t.end()
        g = 1 if t.group(1) is not None else 2 if t.group(2) is not None else 3
        closers = t.group(g)
        if i <= start and not closers:
            continue  # a sentence does not consist of its terminator alone
        if j >= hi:
            break
        if g == 3 and not (text[j].isupper() or text[j] in QUOTE_OPENERS):
            continue  # only `deterrent.”The signs` (a missing space after a closing quote) splits
        term = text[i : t.start(g)]
        k = _SPACE_RE.match(text, j, hi).end()
        if k >= hi:
            break
        if parens is not None:
            enclosing = parens.encloses(i)
            if enclosing is not None and enclosing[1] >= j:
                continue
        if _is_boundary(text, i, term, k, hi, start):
            end = _rstrip(text, start, j)
            if end > start:
                spans.append((start, end))
            start = k
    end = _rstrip(text, start, hi)
    if end > start:
        spans.append((start, end))
    return spans


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _prev_token(text: str, i: int, lo: int) -> tuple[str, int]:
    """The whitespace-delimited token ending at ``i`` and where it starts (bounded look-back)."""
    w0 = max(lo, i - _WINDOW)
    seg = text[w0:i]
    if not seg or seg[-1].isspace():
        return "", i
    token = seg.rsplit(None, 1)[-1]
    start = i - len(token)
    if start == w0 and w0 > lo and not text[w0 - 1].isspace():
        return "\x00long", w0  # longer than any abbreviation
    return token, start


def _next_word(text: str, q: int, hi: int) -> str:
    m = _WORD_RE.match(text, q, min(hi, q + _WINDOW))
    return m.group() if m else ""


def _is_boundary(text: str, i: int, term: str, k: int, hi: int, sent_start: int) -> bool:
    """Whether the terminator ``term`` at ``i`` ends a sentence that the text from ``k`` continues."""
    q = k
    while q < hi and q - k < 3 and text[q] in OPENERS:
        q += 1
    if q >= hi:
        return False
    first = text[q]
    if first in NON_STARTERS:
        return False
    if first.islower() and not (text[k] == "(" and _PAREN_LABEL_RE.match(text, k, hi)):
        return False
    if "." not in term or "..." in term or any(c in CJK_TERMINATORS for c in term):
        return True  # "?", "!", an ellipsis: only a lower-case continuation keeps the sentence going
    opened = q > k and text[k] in "\"“„«'‘"

    token, tok_start = _prev_token(text, i, sent_start)
    word = token.lstrip(OPENERS)
    if not word:
        return True
    if tok_start <= sent_start and _LABELISH_RE.fullmatch(word):
        return False  # "11. Decides", "IV. Refinery", "A. Smith" at the start of a sentence
    for joiner in "-–—/":
        if joiner in word:
            word = word.rpartition(joiner)[2] or word  # "Jan.–Dec. 2019": judge the last part
    digit_next = first.isdigit()
    if len(word) > _LONGEST_ABBREVIATION and "." not in word and not word[0].isdigit():
        return True  # an ordinary word: the common case, decided without the lists
    if _NUMBER_RE.fullmatch(word):
        if digit_next:
            return bool(_NUM_LABEL_RE.match(text, q, hi))  # "in 1990. 2. Decides"
        if word.isdigit() and len(word) <= 3:
            before = text[max(sent_start, tok_start - _WINDOW) : tok_start].split()
            if before and before[-1][-1] in ",;:":
                return False  # "… of Libya, 1. Demands": a paragraph number run into the text
            following = _next_word(text, q, hi).lower()
            if following in MONTHS or following in ORDINAL_NOUNS:
                return False  # "am 3. Oktober", "im 16. Jahrhundert"
            if before and before[-1].lower() in ORDINAL_CONTEXT:
                return False  # "zum 2. Mal"
        return True
    lower = word.lower()
    if lower in STRONG:
        return False
    if word[0].isupper() and lower in TITLES:
        return False
    if len(word) == 1 and word.isalpha():
        if word.islower():
            return False  # "p. 5", "s. 12"
        return _weak_boundary(text, q, hi, digit_next, opened)  # an initial: "Donald J. Trump"
    if lower in NUMERIC or lower.endswith("str"):
        return not (digit_next or first in "(§" or _ROMAN_RE.match(text, q, min(hi, q + 8)))
    if lower in MONTHS_ABBR:
        return _weak_boundary(text, q, hi, digit_next, opened)
    if lower in WEAK:
        return _weak_boundary(text, q, hi, digit_next, opened)
    if "." in word and _DOTTED_RE.fullmatch(word):
        return _weak_boundary(text, q, hi, digit_next, opened)  # "U.S.", "U.N.", "p.m."
    return True


def _weak_boundary(text: str, q: int, hi: int, digit_next: bool, opened: bool) -> bool:
    """After an abbreviation that may also end a sentence: split only before a typical sentence start."""
    if digit_next:
        return False
    if opened:
        return True
    return _next_word(text, q, hi) in STARTERS
