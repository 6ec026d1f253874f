"""What introduces a list (its name) and a sub-paragraph read as one item.

Part of the inline-list reader (see enumerations.py for the method)."""

from __future__ import annotations

import re

from .lemmas import detect_language
from .lexicon import _MONTH_WORDS, EN, Lexicon, _words, lexicon
from .pieces import _trim
from .tokens import _LABEL, _LABEL_AT, _QUOTES, _mask, _Tok, _tokens
from .wordclass import _breaks_item, _conj_at, _is_adverb, _is_numeric, _is_prep, _starts_with_cue, _verbish

# --------------------------------------------------------------------------- introduction


_OPENERS = _words("to that which who so because when if where whereby dass weil wenn que qui pour afin")


def _intro(text: str, masked: str, start: int) -> str:
    """The words before the first item back to the sentence start, trimmed to the last clause."""
    lo = 0
    for m in re.finditer(r"[.!?](?=\s|$)|[;]|\s[-–—]\s|[–—]", masked[:start]):
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
