"""Find the enumerations (inline lists of items) in the text of one clause or paragraph.

Readers of drafts want "which items came in, which went out", so this finds lists such as
"coal, iron, iron ore and textiles" and the words that introduce them. It is a small rule-based parser,
not a model: a sentence is cut into regions at hard punctuation, regions into comma segments, and a list
is a run of short noun-phrase segments closed by a conjunction ("and", "or", "as well as", "und", "et"...).
Precision matters more than recall -- a wrongly reported "added" item misleads -- so anything that looks
like a date, a place ("Seoul, South Korea"), an apposition ("Biegun, the U.S. envoy, said") or a run of
clauses or adjectives is rejected rather than guessed at.
"""

from __future__ import annotations

from .finding import Enumeration, find_enumerations
from .lexicon import Lexicon, lexicon
from .naming import intro_before, item_phrase
from .tokens import item_tokens

__all__ = [
    "Enumeration",
    "Lexicon",
    "find_enumerations",
    "intro_before",
    "item_phrase",
    "item_tokens",
    "lexicon",
]
