"""simplemma's dictionaries with their look-up index kept on disk between runs.

simplemma streams each language's dictionary and, on first use, walks every record to build a sparse
index for bisecting: about a second for German on an ordinary laptop, paid again by every process, which
dwarfs the comparison itself on small and medium drafts. The index and the decompressed stream only
depend on the installed simplemma, so they are written once to the user's cache directory and read back
in a few milliseconds. Any problem with the cache (unwritable directory, truncated or foreign file, an
incompatible simplemma) falls back to simplemma's own loader: the cache can only make things faster.
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Mapping
from pathlib import Path

import simplemma
from simplemma.strategies import StreamDictionaryFactory
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES, CachingDictionaryFactory

from .languages import LANGUAGES

try:  # simplemma 2.x internals; without them the cache is simply not used
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap
except ImportError:  # pragma: no cover - depends on the installed simplemma
    StreamMap = None  # type: ignore[assignment,misc]

__all__ = ["CachedDictionaryFactory", "build", "cache_dir", "index_path", "missing"]

_MAGIC = b"CDLEMMA1"
_ENV = "CLAUSEDIFF_CACHE_DIR"


def cache_dir() -> Path:
    """Per-user cache folder ($CLAUSEDIFF_CACHE_DIR overrides it, e.g. for tests)."""
    override = os.environ.get(_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Clausediff" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Clausediff"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "clausediff"


def index_path(lang: str) -> Path:
    version = getattr(simplemma, "__version__", "unknown")
    return cache_dir() / f"simplemma-{version}-{lang}.lemmaidx"


if StreamMap is not None:

    class _IndexedStream(StreamMap):
        """simplemma's own StreamMap (same look-up code), built from a saved index instead of a full walk."""

        __slots__ = ()

        def __init__(self, state: tuple) -> None:  # noqa: D107 - no super(): that is the slow walk
            self._data, self._rev, self._count, self._pos, self._firsts, self._blocks = state


def _state(m: StreamMap) -> tuple:
    return (m._data, m._rev, m._count, m._pos, m._firsts, m._blocks)


def _valid(state: object) -> bool:
    if not (isinstance(state, tuple) and len(state) == 6):
        return False
    data, rev, count, pos, firsts, blocks = state
    return (
        isinstance(data, bytes)
        and isinstance(rev, bool)
        and isinstance(count, int)
        and isinstance(pos, int)
        and isinstance(firsts, list)
        and isinstance(blocks, list)
        and len(firsts) == len(blocks)
        and 0 < pos <= len(data)
        and all(isinstance(b, tuple) and len(b) == 3 and 0 <= b[0] < len(data) for b in blocks)
    )


def _load(path: Path) -> Mapping[str, str] | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + 4
    if len(raw) < head or not raw.startswith(_MAGIC):
        return None
    payload = memoryview(raw)[head:]
    if zlib.crc32(payload) != int.from_bytes(raw[len(_MAGIC) : head], "little"):
        return None
    try:
        state = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    return _IndexedStream(state) if _valid(state) else None


def _save(path: Path, m: StreamMap) -> None:
    """Atomic write; a reader never sees half a file, and failure just means no cache."""
    payload = marshal.dumps(_state(m))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


class CachedDictionaryFactory(CachingDictionaryFactory):
    """A simplemma ``DictionaryFactory``: saved index when there is one, else build it and save it."""

    __slots__ = ()

    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
        if StreamMap is None:  # pragma: no cover - depends on the installed simplemma
            return StreamDictionaryFactory().get_dictionary(lang)
        if lang not in SUPPORTED_LANGUAGES:  # also keeps the file name ours
            raise ValueError(f"Unsupported language: {lang}")
        path = index_path(lang)
        cached = _load(path)
        if cached is not None:
            return cached
        built = StreamMap(lang)  # raises ValueError for an unsupported language, as simplemma does
        _save(path, built)
        return built


def missing(langs: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Languages whose index is not in the cache yet (a first run on this machine or simplemma version)."""
    return [lang for lang in langs if not index_path(lang).is_file()]


def build(langs: list[str] | tuple[str, ...]) -> None:
    """Write the index of each language that lacks one (what the app's background warm-up runs)."""
    factory = CachedDictionaryFactory()
    for lang in langs:
        if lang in SUPPORTED_LANGUAGES and not index_path(lang).is_file():
            factory.get_dictionary(lang)


if __name__ == "__main__":
    if hasattr(os, "nice"):
        os.nice(10)
    build(sys.argv[1:] or list(LANGUAGES))
