"""Cheap language guess and cached lemmas, so "Textilien"/"textiles"/"utensils" compare by dictionary form.

The language is guessed from function words rather than with a model: item lists are short and the
three languages we support are told apart reliably by their articles and conjunctions. simplemma ships
its dictionaries in the wheel, so nothing is downloaded; lemmas are cached because lists repeat words.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .languages import LANGUAGES

if TYPE_CHECKING:
    import subprocess

    from simplemma import Lemmatizer


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\S+", text))


_MARKERS: dict[str, frozenset[str]] = {
    "en": _words(
        "the a an and or of to in is are was were that which for on with as by from this it has have be "
        "been will would its their such"
    ),
    "de": _words(
        "der die das den dem des und oder ein eine einen einem einer ist sind wird werden wurde nicht "
        "mit für auf von zu im sich auch sowie dass bei nach aus über wie"
    ),
    "fr": _words(
        "le la les un une des du de et ou est sont pour sur dans avec par que qui au aux ces cette "
        "être été ainsi comme pas ne"
    ),
}

_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


_ELIDED_FR = re.compile(r"(?<![^\W\d_])(?:l|d|qu|s|n)['’](?=[^\W\d_])")
_EVIDENCE_CHARS = 2500  # a paragraph settles the question; a whole book need not be counted


def detect_language(text: str, default: str = "en") -> str:
    """The best of en/de/fr by function-word count; ``default`` when there is no evidence either way."""
    return _detect(text[:_EVIDENCE_CHARS], default)


@lru_cache(maxsize=1024)
def _detect(text: str, default: str) -> str:
    """Cached: both versions of a document share most of their paragraphs."""
    text = text.lower()
    seen = Counter(_WORDS.findall(text))
    counts = {lang: sum(seen[w] for w in _MARKERS[lang] if w in seen) for lang in LANGUAGES}
    counts["fr"] += len(_ELIDED_FR.findall(text))  # l'homme, d'un, qu'il
    best = max(LANGUAGES, key=lambda lang: (counts[lang], lang == default))
    return best if counts[best] > 0 else default


@lru_cache(maxsize=1)
def _lemmatizer() -> Lemmatizer:
    """Same dictionaries, read as a stream whose index is kept in the user's cache directory: the first
    look-up in a language then costs milliseconds instead of a walk over the whole dictionary (German:
    ~1 s here, paid once per machine)."""
    import simplemma  # imported here: it costs ~70 ms and most comparisons never need a lemma
    from simplemma.strategies import DefaultStrategy

    from .lemma_index import CachedDictionaryFactory

    return simplemma.Lemmatizer(
        lemmatization_strategy=DefaultStrategy(dictionary_factory=CachedDictionaryFactory())
    )


@lru_cache(maxsize=1 << 16)
def lemma(word: str, lang: str = "en") -> str:
    """Lower-cased dictionary form in the list's language.

    Only that language's dictionary is consulted: the first use of each on a machine costs a noticeable
    load (German about a second), and an English draft should not pay for German because of "COVID-19".
    """
    try:
        found = _lemmatizer().lemmatize(word, lang=lang if lang in LANGUAGES else "en")
    except (ValueError, KeyError):  # pragma: no cover - simplemma rejects odd tokens in some versions
        found = word
    return found.lower()


def warm_up_in_background(langs: Sequence[str] = LANGUAGES) -> subprocess.Popen | None:
    """Build the lemma indexes (``compare.lists.lemma_index``) of ``langs`` that are missing, in a separate,
    low-priority process.

    Even the check is left to that process: it needs simplemma, whose import (~80 ms) has no place on a
    window's start-up. A separate process runs on another core and holds none of this process's GIL; if a
    comparison needs a lemma first it simply builds that index itself.
    """
    if not langs:
        return None
    import subprocess

    root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    kwargs: dict = {}
    if sys.platform == "win32":
        kwargs["creationflags"] = getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
    else:
        kwargs["start_new_session"] = True
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "compare.lists.lemma_index", *langs],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            **kwargs,
        )
    except OSError:
        return None
