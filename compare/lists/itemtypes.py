"""The items and lists the item comparison works on (internal to compare.lists)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .enumerations import item_tokens, lexicon
from .lemmas import lemma


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
    named: bool = False  # a sub-paragraph or bullet named by its first words, not by its own short text
    body: tuple[str, ...] | None = None  # a named item's whole text (folded words): siblings match by it
    aside: bool = False  # names no thing of its own (a list named again, a condition): see set_aside
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
    label: str | None = None  # the paragraph the list stands in: "4(c)", "6", "preamble"


# --------------------------------------------------------------------------- reading lists


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
