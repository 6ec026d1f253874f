"""Shared test setup: offscreen Qt, the sample pair, and the optional ../shared corpus."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The lemma index cache goes to a folder of this run's, not the user's ~/.cache.
_CACHE = tempfile.TemporaryDirectory(prefix="clausediff-test-cache-")
os.environ["CLAUSEDIFF_CACHE_DIR"] = _CACHE.name

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def shared() -> Path:
    """../shared beside the project; tests that need it skip cleanly in a user's clone."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared corpus not present")
    return SHARED
