"""What the list reader's rule tests share: compare two invented texts, read the reported changes, read a
sentence's lists."""

from __future__ import annotations

from compare.engine import compare_documents
from compare.lists.enumerations import find_enumerations
from compare.model import ComparisonResult, Document, ItemStatus


def compare(old: list[str], new: list[str]) -> ComparisonResult:
    """Two documents given as their paragraphs."""
    return compare_documents(
        Document.from_paragraphs("old", "text", old), Document.from_paragraphs("new", "text", new)
    )


def changes(result: ComparisonResult) -> set[tuple[str, str | None, str | None]]:
    """(status, old, new) of every item that is not kept."""
    return {(str(it.status), it.a, it.b) for it in result.items if it.status != ItemStatus.KEPT}


def items_of(text: str) -> list[list[str]]:
    """The items of each list an English sentence holds."""
    return [[text[a:b] for a, b in e.items] for e in find_enumerations(text, "en")]
