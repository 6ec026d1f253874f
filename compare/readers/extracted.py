"""The one shape every format reader returns before it becomes a :class:`compare.model.Document`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Extracted:
    paragraphs: list[tuple[str, dict]]  # (text, Paragraph keyword arguments)
    title: str | None = None
    modified: str | None = None
    revisions: int = 0  # tracked changes seen (Word, OpenDocument), for the reader's warning
    warnings: list[str] = field(default_factory=list)
