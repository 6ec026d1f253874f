"""The annotated list-item sets stay usable: every edit's anchor occurs exactly once in its resolution and
every expectation parses. Needs ../shared (the corpus is never copied into the repository)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
CORPUS = BENCH.parents[1] / "shared" / "corpus" / "un"
SETS = [
    "items_cases",
    "items_holdout",
    "items_holdout2",
    "items_holdout3",
    "items_holdout4",
    "items_holdout5",
    "items_holdout6",
    "items_pairs2",
]

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared corpus absent")


@pytest.fixture(scope="module")
def items():
    sys.path.insert(0, str(BENCH))
    try:
        yield importlib.import_module("items")
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize("name", SETS)
def test_every_anchor_occurs_once_and_every_expectation_parses(items, name: str) -> None:
    source = items.load_source(name)
    cases = items.load_cases(source)
    assert items.check_anchors(cases) == []
    pairs = items.load_pairs(source)
    assert cases or pairs
    for pair in pairs:
        for tag in (pair.a, pair.b):
            assert (CORPUS / items.corpus_file(tag)).is_file()
        assert all(e.status in ("added", "removed", "modified") for e in pair.expect)
