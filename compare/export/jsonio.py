"""The JSON form of a result: stable keys for scripts and other tools (see README for the schema)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from .. import __version__
from ..model import ComparisonResult, Side


def _side(side: Side) -> dict[str, Any]:
    d = side.document
    return {
        "source": d.source,
        "format": d.format,
        "title": d.title,
        "modified": d.modified,
        "words": d.word_count,
        "clauses": [
            {"text": c.text, "label": c.label, "start": c.start, "end": c.end, "paragraph": c.paragraph}
            for c in side.clauses
        ],
    }


def to_dict(result: ComparisonResult) -> dict[str, Any]:
    alignment = []
    for e in result.alignment:
        diff = []
        for op in e.diff:
            item: list[str] = [op.op, op.text]
            if op.old is not None:
                item.append(op.old)
            diff.append(item)
        alignment.append(
            {
                "kind": str(e.kind),
                "moved": e.moved,
                "relabelled": e.relabelled,
                "manual": e.manual,
                "a": list(e.a),
                "b": list(e.b),
                "score": e.score,
                "diff": diff,
            }
        )
    items = [
        {
            "status": str(it.status),
            "a": it.a,
            "b": it.b,
            "a_clause": it.a_clause,
            "b_clause": it.b_clause,
            "list": it.list,
            "label": it.label,
        }
        for it in result.items
    ]
    opts = asdict(result.options)
    opts["segment"] = str(result.options.segment)
    return {
        "clausediff": __version__,
        "compared_at": result.compared_at,
        "options": opts,
        "a": _side(result.a),
        "b": _side(result.b),
        "alignment": alignment,
        "items": items,
        "stats": asdict(result.stats),
        "manual_pairs": {
            "paired": [list(p) for p in result.pins],
            "unpaired": [list(c) for c in result.cuts],
        },
    }


def to_json(result: ComparisonResult, indent: int | None = None) -> str:
    """Compact by default: with any indent Python falls back to its slow pure-Python encoder."""
    return json.dumps(to_dict(result), ensure_ascii=False, indent=indent)
