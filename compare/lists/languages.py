"""The languages whose lists we lemmatise: shared by the lemma look-up and the index builder, which must
not import each other both ways."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "de", "fr")
