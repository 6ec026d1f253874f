"""What introduces a list (its name) and a sub-paragraph read as one item.

Part of the inline-list reader (see enumerations.py for the method)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lemmas import detect_language
from .lexicon import _MONTH_WORDS, EN, Lexicon, _words, lexicon
from .pieces import _trim
from .tokens import _LABEL, _LABEL_AT, _QUOTES, _mask, _Tok, _tokens
from .wordclass import _breaks_item, _conj_at, _is_adverb, _is_numeric, _is_prep, _starts_with_cue, _verbish

# --------------------------------------------------------------------------- introduction


_OPENERS = _words("to that which who so because when if where whereby dass weil wenn que qui pour afin")


def _intro(text: str, masked: str, start: int) -> str:
    """The words before the first item back to the sentence start, trimmed to the last clause."""
    # Only the last few hundred characters can hold an introduction (it is cut to 12 words below): never
    # scan back over a whole paragraph, which made a paragraph of many lists quadratic.
    lo = max(0, start - _INTRO_REACH)
    for m in _INTRO_BOUNDARY.finditer(masked, lo, start):
        lo = m.end()
    label = _LABEL_AT.match(text, lo, start)
    if label:
        lo = label.end()
    raw = text[lo:start]
    raw = re.sub(r"\s+", " ", raw.replace("\n", " ")).strip(" " + _QUOTES + "(")
    raw = re.sub(r"\s*\(?[a-zA-Z0-9]{1,3}\)$", "", raw.rstrip(":").strip()).rstrip(":").strip()
    words = raw.split()
    for k in range(len(words) - 1, -1, -1):
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if words[k].lower() == "to" and (nxt in EN.det or nxt[:1].isupper() or nxt in EN.prep):
            continue  # "the supply to the country of": a preposition, not an infinitive
        if words[k].lower().strip(",") in _OPENERS and len(words) - k - 1 >= 3:
            words = words[k + 1 :]
            break
        if words[k].endswith(",") and len(words) - k - 1 >= 3:
            words = words[k + 1 :]
            break
    words = words[-12:]
    while len(words) > 1 and words[0].lower() in _LEAD_NOISE:
        words = words[1:]
    return " ".join(words)


_INTRO_REACH = 400
_INTRO_BOUNDARY = re.compile(r"[.!?](?=\s|$)|[;]|\s[-–—]\s|[–—]")
_LEAD_NOISE = _words("and or but und oder aber et ou mais of de von")


def intro_before(text: str, pos: int | None = None) -> str:
    """The words that introduce whatever follows ``text[:pos]`` ("... shall prevent the supply of:")."""
    pos = len(text) if pos is None else pos
    return _intro(text, _mask(text), pos)


_ITEM_END = re.compile(r"(?:[\s,;:.]+(?:and|or|und|oder|sowie|et|ou)?)*[\s,;:.]*$", re.IGNORECASE)
_RUN_VERB_NEXT = _words("to that upon on for zu dass que de")


def item_phrase(text: str, max_words: int = 12) -> tuple[int, int] | None:
    """The span of ``text`` read as one list item, or None when it reads as a provision, not a thing.

    For sub-paragraphs and bullets that are items by themselves: "(a) Arms and related materiel; and"
    gives "Arms and related materiel"; "(b) To examine the reports of States;" gives None.
    """
    lex = lexicon(detect_language(text))
    m = _LABEL.match(text)
    start = m.end() if m else 0
    end = _ITEM_END.search(text, start).start()
    toks = _tokens(text, start, end)
    while toks and _conj_at(toks, 0, lex):
        toks = toks[1:]
    found = _item_span(text, toks, lex, max_words)
    if found is None:
        # "fuel for civilian fishing vessels, in quantities notified in advance": the thing is named
        # before its qualification; read that head as the item.
        head = _qualifier_at(text, toks)
        # ...but "Decides, further, that": a provision's verb is never an item.
        if (
            head
            and not _verbish(toks[0], lex)
            and not (head == 1 and toks[0].cap and toks[0].low.endswith("s"))
        ):
            found = _item_span(text, toks[:head], lex, max_words)
    return found


# Words that start a qualification of an item rather than continue its name ("medical supplies intended
# strictly for humanitarian purposes").
_QUALIFIERS = _words(
    "intended destined required needed used notified supplied provided subject exclusively solely strictly "
    "pursuant bestimmt ausschließlich destinés destinées exclusivement"
)


def _qualifier_at(text: str, toks: list[_Tok]) -> int | None:
    """Index of the first token that qualifies rather than names: after a comma, or a qualifier word."""
    for k in range(1, len(toks)):
        if "," in text[toks[k - 1].end : toks[k].start] or toks[k].low in _QUALIFIERS:
            return k
    return None


def _item_span(text: str, toks: list[_Tok], lex: Lexicon, max_words: int) -> tuple[int, int] | None:
    if not toks or len(toks) > max_words:
        return None
    first = toks[0]
    if (
        _is_prep(first, lex)
        or first.low in lex.stop
        or first.low in ("to", "zu", "pour", "not", "nicht", "ne")
    ):
        return None
    if _starts_with_cue(toks, lex) or _is_adverb(first):
        return None
    if len(toks) > 1 and _verbish(first, lex) and (toks[1].low in lex.det or toks[1].low in _RUN_VERB_NEXT):
        return None  # "Decides to remain seized", "Requests the Secretary-General"
    if any(_breaks_item(toks, i, lex) for i in range(len(toks))):
        return None
    if all(_is_numeric(t) or t.low in _MONTH_WORDS for t in toks):
        return None
    return _trim(text, toks, lex)


_NAME_WORDS = 8
_FOOTNOTE = re.compile(r"\s*(?:(?:and|or)\s+)?\d{1,2}/\s+")  # "3/ the Joint Communiqué": a footnote mark
_NAME_STOP = re.compile(r"[,;:]|\s[-–—]\s")
_NAME_HARD_STOP = re.compile(r"[;:]|\s[-–—]\s")
_NAME_MIN_WORDS = 3  # a name cut at a comma before this many words runs on past the comma
_NAME_WHOLE = 12  # a provision of up to this many words, with no comma, is named by all of them
_REF_LABEL = re.compile(r"\(\w{1,4}\)")


def name_span(
    text: str,
    start: int = 0,
    end: int | None = None,
    through_commas: bool = False,
    whole: bool = False,
) -> tuple[int, int] | None:
    """The first words of a sub-paragraph, bullet or long item, which name it: up to the first comma (or
    semicolon, colon) or about eight words, without its label ("(c)", "-") and end punctuation.

    A name cut at a comma after fewer than three words ("Prohibit, by their nationals ...") would be shared
    by siblings that start alike, so it runs on past commas to about eight words; ``through_commas`` does
    so whatever the length (for siblings whose short names collide). ``whole``: a sub-paragraph or bullet
    of its own, which is named in full when it is short and has no comma."""
    end = len(text) if end is None else end
    m = _LABEL.match(text[start:end]) or _FOOTNOTE.match(text[start:end])
    lo = start + (m.end() if m else 0)
    stop = _NAME_STOP.search(text, lo, end)
    hi = stop.start() if stop else end
    words = list(_NAME_WORD.finditer(text, lo, hi))
    if stop and stop.group() == "," and (through_commas or len(words) < _NAME_MIN_WORDS):
        hard = _NAME_HARD_STOP.search(text, lo, end)
        words = list(_NAME_WORD.finditer(text, lo, hard.start() if hard else end))
    if not words:
        return None
    # a short provision that runs to its end without a comma ("(e) Financing of any of the activities
    # referred to in paragraphs (c) and (d);") is named whole: cut at eight words it reads as a fragment
    spoken = sum(1 for w in words if not _REF_LABEL.fullmatch(w.group()))  # "(c)" is a reference, no word
    whole = whole and spoken <= _NAME_WHOLE and (stop is None or stop.group() != ",")
    if len(words) > _NAME_WORDS and not whole:
        cut = _NAME_WORDS
        # "the Joint Declarations signed at Geneva on 30 September 1992": a date is not cut in two
        while cut < min(len(words), _NAME_WORDS + 2) and _in_date(words, cut):
            cut += 1
        words = words[:cut]
    while len(words) > 1 and words[-1].group().lower() in _TRAILING:
        words.pop()
    lo, hi = words[0].start(), words[-1].end()
    if text.count("(", lo, hi) > text.count(")", lo, hi):
        close = text.find(")", hi, end)
        if close != -1 and close - hi < 40:
            hi = close + 1
    return lo, hi


def _in_date(words: list[re.Match], k: int) -> bool:
    """Does ``words[k]`` finish a date begun before it ("30 | September 1992", "30 September | 1992")?"""
    w, prev = words[k].group().strip("()").lower(), words[k - 1].group().strip("()").lower()
    if w in _MONTH_WORDS:
        return prev.isdigit() and len(prev) <= 2
    return w.isdigit() and prev in _MONTH_WORDS


_NAME_WORD = re.compile(r"[^\s.;,:]+(?:[.][^\s.;,:]+)*")
_TRAILING = _words(
    "and or nor the a an any all its their of to in for by with on into from through under at against"
    " between within towards toward upon via onto over about"
)


# Words that end an introduction but name nothing: "... such as", "the following:", "... of".
_TAIL_CUES = (
    ("as", "follows"),
    ("the", "following"),
    ("following",),
    ("such", "as"),
    ("including",),
    ("include",),
    ("includes",),
    ("namely",),
    ("in", "particular"),
    ("for", "example"),
    ("for", "instance"),
    ("e.g.",),
    ("i.e.",),
    ("notably",),
    ("especially",),
    ("particularly",),
)
_TAIL_WORDS = _words(
    "of on for in into to from with by at about over under against between among and or nor as that "
    "which the a an its their shall should will may must is are be also further to"
)
_HEAD_WORDS = _words(
    "decides requests calls upon urges demands reaffirms reaffirming recalls recalling notes noting welcomes "
    "welcoming condemns condemning invites encourages authorizes confirms affirms stresses underlines "
    "emphasizes expresses also further that and but"
)


@lru_cache(maxsize=4096)  # every item of a list asks for its list's name
def readable_name(intro: str, max_words: int = 8) -> str:
    """A list's name from its introduction, as a reader would say it: "Decides that the measures shall not
    apply to" gives "the measures shall not apply", "prohibit the transshipment of" "the transshipment".

    At most about ``max_words`` words (those nearest the list), starting where a phrase starts (a
    determiner, a name, the word after a comma) rather than in the middle of one ("far within the
    framework of ..."); brackets stay whole ("resolution 713 (1991)") and a footnote mark is dropped."""
    raw = _bracket_words(intro)
    commas = {k for k, w in enumerate(raw) if w.endswith((",", ";", ":"))}  # a phrase starts after these
    words = [w.strip(",;:") for w in raw]
    keep = [k for k, w in enumerate(words) if w]
    after_comma = {n for n, k in enumerate(keep) if k - 1 in commas}
    words = [words[k] for k in keep]
    changed = True
    while words and changed:
        changed = False
        low = [w.lower() for w in words]
        for cue in _TAIL_CUES:
            # "not including": a negated cue says the items are exempted, and stays in the name
            negated = len(low) > len(cue) and low[-len(cue) - 1] == "not"
            if len(low) > len(cue) and tuple(low[-len(cue) :]) == cue and not negated:
                words = words[: -len(cue)]
                changed = True
                break
        else:
            if len(words) > 1 and (low[-1] in _TAIL_WORDS or _footnote_mark(words)):
                words.pop()
                changed = True
    if len(words) > max_words:
        first = len(words) - max_words
        # the nearest phrase start: one word more to reach it, or at most two words fewer
        starts = [k for k in range(max(0, first - 1), first + 3) if _phrase_start(words, k, after_comma)]
        words = words[starts[0] if starts else first :]
        # "(Serbia and Montenegro) the only ...", "Yugoslavia (Serbia and Montenegro) the only ...": a name
        # cut inside a country's name goes on past its bracket group
        opens = 0 if words[0][:1] == "(" else 1 if len(words) > 1 and words[1][:1] == "(" else None
        if opens is not None:
            close = next((k for k, w in enumerate(words) if ")" in w), len(words))
            if len(words) - close > 3:
                words = words[close + 1 :]
    # a name cut inside a phrase ("far within the framework of ..."): past its first loose words to the
    # phrase that starts next
    loose = 0
    while loose < min(2, len(words) - 3) and _loose(words[loose]):
        loose += 1
    if loose and _phrase_start(words, loose, after_comma):
        words = words[loose:]
    while len(words) > 2 and (words[0].lower() in _HEAD_WORDS or words[0].lower() in _LEAD_NOISE | {"to"}):
        words = words[1:]
    if len(words) > 2 and words[0].islower() and words[0].lower() in EN.verbs and words[1].lower() in EN.det:
        words = words[1:]  # "prohibit the transshipment": the list is of what is transshipped
    if all(w.lower() in _TAIL_WORDS or w.lower() in _HEAD_WORDS or w.lower() in _LEAD_NOISE for w in words):
        return ""  # "or", "including": nothing that names the list
    return " ".join(words)


_NAME_DETS = _words("the a an all any its their such each every no this these those other some")
_INSIDE_NAME = _words("of the and for on de du des la le der die das und von")


def _phrase_start(words: list[str], k: int, after_comma: set[int]) -> bool:
    """Can a name start at ``words[k]``: a determiner, the word after a comma, or the first word of a
    capitalised name ("all States", "the sale", "Iraq shall" — not "Yugoslavia" of "Republic of ...")."""
    w = words[k]
    if w[:1] in "([":
        return False
    if k in after_comma or w.lower() in _NAME_DETS:
        return True
    prev = words[k - 1] if k else ""
    if w.lower() in _MONTH_WORDS:
        return False  # "of early May 1992": a date inside the phrase
    return w[:1].isupper() and not (prev[:1].isupper() or prev.lower() in _INSIDE_NAME)


_LOOSE = _words("far so then thus also further well more less only even still yet within without")


def _loose(word: str) -> bool:
    """An adverb or preposition left at a name's start by a cut: "far", "within", "strictly"."""
    w = word.lower()
    return w in _LOOSE or (w.endswith("ly") and len(w) > 4)


def _bracket_words(text: str) -> list[str]:
    """Words, with a bracketed group kept as one word when short ("(1991)", "(b)") and stray brackets (a
    group cut by the introduction's start) dropped."""
    out: list[str] = []
    depth = 0
    for w in text.split():
        opened, closed = w.count("("), w.count(")")
        if depth == 0 and closed > opened:
            w = w.replace(")", "")  # its "(" is before the introduction
        depth = max(0, depth + w.count("(") - w.count(")"))
        if w:
            out.append(w)
    if depth:  # "727 (1": a "(" never closed, cut by the list's first item; the group goes
        k = max(i for i, w in enumerate(out) if "(" in w)
        out = out[:k] + ([out[k][: out[k].index("(")]] if out[k].index("(") else [])
    return [w for w in out if w.strip("()")]


def _footnote_mark(words: list[str]) -> bool:
    """ "the statement made on 1 April 1993 7": a footnote's number after a year or a word, not a count."""
    last = words[-1]
    if not (last.isdigit() and len(last) <= 2) or len(words) < 2:
        return False
    prev = words[-2].strip("()")
    return (prev.isdigit() and len(prev) == 4) or prev.endswith((".", '"', "”"))
