"""The on-disk lemma index gives exactly simplemma's answers, and a bad cache never breaks a comparison."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest
from simplemma.strategies import StreamDictionaryFactory

from compare.lists import lemma_index
from compare.lists.lemma_index import CachedDictionaryFactory, index_path
from compare.lists.lemmas import warm_up_in_background

WORDS = ["children", "utensils", "extinguishers", "radiators", "bolts", "went", "Textiles", "zzzqx", ""]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLAUSEDIFF_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _same_as_simplemma(mapping) -> None:
    reference = StreamDictionaryFactory().get_dictionary("en")
    keys = list(islice(iter(reference), 0, None, 997)) + WORDS
    assert len(keys) > 100
    for k in keys:
        assert mapping.get(k) == reference.get(k), k
    assert len(mapping) == len(reference)


def test_index_is_written_once_and_read_back_identically(cache: Path) -> None:
    first = CachedDictionaryFactory().get_dictionary("en")
    path = index_path("en")
    assert path.parent == cache and path.is_file()
    stamp = path.stat().st_mtime_ns
    second = CachedDictionaryFactory().get_dictionary("en")
    assert isinstance(second, lemma_index._IndexedStream)  # read from disk, not rebuilt
    assert path.stat().st_mtime_ns == stamp
    _same_as_simplemma(first)
    _same_as_simplemma(second)


@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign"])
def test_damaged_index_is_rebuilt(cache: Path, damage: str) -> None:
    CachedDictionaryFactory().get_dictionary("en")
    path = index_path("en")
    raw = bytearray(path.read_bytes())
    if damage == "truncate":
        raw = raw[: len(raw) // 2]
    elif damage == "flip":
        raw[len(raw) // 3] ^= 0xFF
    else:
        raw = bytearray(b"PK\x03\x04 not ours at all")
    path.write_bytes(bytes(raw))
    rebuilt = CachedDictionaryFactory().get_dictionary("en")
    assert not isinstance(rebuilt, lemma_index._IndexedStream)
    _same_as_simplemma(rebuilt)
    assert isinstance(CachedDictionaryFactory().get_dictionary("en"), lemma_index._IndexedStream)


def test_unwritable_cache_dir_still_lemmatises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CLAUSEDIFF_CACHE_DIR", str(blocker / "cache"))
    mapping = CachedDictionaryFactory().get_dictionary("en")
    assert mapping.get("children") == "child"
    assert not (blocker / "cache").exists()


def test_unsupported_language_is_refused_before_touching_disk(cache: Path) -> None:
    with pytest.raises(ValueError):
        CachedDictionaryFactory().get_dictionary("../../etc")
    assert not cache.exists()


def test_background_warm_up_writes_the_missing_index(cache: Path) -> None:
    assert "en" in lemma_index.missing()
    proc = warm_up_in_background(["en"])
    assert proc is not None and proc.wait(timeout=120) == 0
    assert "en" not in lemma_index.missing()
    assert isinstance(CachedDictionaryFactory().get_dictionary("en"), lemma_index._IndexedStream)
    assert warm_up_in_background([]) is None
