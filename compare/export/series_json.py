"""The JSON form of a series: the versions, each step as a normal comparison, the histories, the timeline.

Each step is written in full with the two-version writer (:func:`compare.export.jsonio.to_dict`), so a
script that reads one comparison reads any step of a series the same way (see README for the schema).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .. import __version__
from ..model import ClauseHistory, ComparisonSeries, SeriesVersion, TimelineList
from .atomic import atomic_write_text
from .jsonio import to_dict


def _version(v: SeriesVersion) -> dict[str, Any]:
    d = v.document
    return {
        "index": v.index,
        "tag": v.tag,
        "name": v.name,
        "source": d.source,
        "format": d.format,
        "title": d.title,
        "modified": d.modified,
        "words": d.word_count,
        "clauses": len(v.side.clauses),
    }


def _history(h: ClauseHistory) -> dict[str, Any]:
    return {
        "clause": h.clause,
        "label": h.label,
        "text": h.text,
        "first": h.first,
        "summary": h.summary,
        "chain": [list(c) for c in h.chain],
        "steps": [
            {
                "version": s.version,
                "kind": str(s.kind),
                "moved": s.moved,
                "relabelled": s.relabelled,
                "clauses": list(s.clauses),
                "entries": list(s.entries),
            }
            for s in h.steps
        ],
    }


def _timeline(group: TimelineList) -> dict[str, Any]:
    return {
        "list": group.list,
        "label": group.label,
        "place": group.place,
        "items": [
            {"texts": list(it.texts), "states": [str(s) for s in it.states], "summary": it.summary}
            for it in group.items
        ],
    }


def series_to_dict(series: ComparisonSeries) -> dict[str, Any]:
    opts = asdict(series.options)
    opts["segment"] = str(series.options.segment)
    return {
        "clausediff": __version__,
        "kind": "series",
        "compared_at": series.compared_at,
        "options": opts,
        "versions": [_version(v) for v in series.versions],
        "steps": [{"from": s.a, "to": s.b, "result": to_dict(s.result)} for s in series.steps],
        "history": [_history(h) for h in series.history],
        "items_timeline": [_timeline(g) for g in series.items_timeline],
    }


def series_to_json(series: ComparisonSeries, indent: int | None = None) -> str:
    """Compact by default, as :func:`compare.export.jsonio.to_json`."""
    return json.dumps(series_to_dict(series), ensure_ascii=False, indent=indent)


def write_series_json(
    series: ComparisonSeries, path: str | os.PathLike, *, inputs: Iterable[str | os.PathLike] = ()
) -> Path:
    """The series as JSON in a file, written atomically and never over one of ``inputs``."""
    return atomic_write_text(path, series_to_json(series) + "\n", inputs)
