"""Property: any bytes under any supported name give a Document or a DocumentError -- nothing else, fast.

Random bytes exercise sniffing and decoding; mutated real documents (byte-level, and XML-level inside a
still-valid zip) exercise the parsers. For longer runs use ``benchmarks/fuzz_readers.py``.
"""

from __future__ import annotations

import random
import tempfile
from functools import cache
from pathlib import Path

import pytest
from fixtures_docs import mutate_bytes, mutate_package, seed_documents
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare.errors import DocumentError
from compare.model import Document
from compare.readers import ReadOptions, UnexpectedReadError, read_document

SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".odt", ".rtf", ".html", ".bin", "")
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@cache
def _workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="clausediff-fuzz-"))


@cache
def _seeds() -> dict[str, bytes]:
    return seed_documents(_workdir() / "seeds")


def check(data: bytes, suffix: str, options: ReadOptions = ReadOptions()) -> None:
    path = _workdir() / f"input{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path, options)
    except UnexpectedReadError as err:
        raise AssertionError(f"unanticipated failure: {err!r}") from err
    except DocumentError as err:
        message = str(err)
        assert message and "\n" not in message and path.name in message, message
    else:
        assert isinstance(doc, Document)
        pos = 0
        for i, p in enumerate(doc.paragraphs):
            pos += i > 0
            assert p.start == pos and "\n" not in doc.text[p.start : p.end]
            pos = p.end
        assert pos == len(doc.text)


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes(data: bytes, suffix: str) -> None:
    check(data, suffix)


@FUZZ
@given(
    prefix=st.sampled_from([b"PK\x03\x04", b"%PDF-1.7\n", b"{\\rtf1 ", b"\xff\xfe", b"<html>"]),
    rest=st.binary(),
)
def test_random_bytes_behind_a_signature(prefix: bytes, rest: bytes) -> None:
    check(prefix + rest, ".txt")


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf", ".odt", ".rtf", ".html"])
@FUZZ
@given(seed=st.integers(0, 2**32 - 1), original=st.booleans())
def test_mutated_documents(suffix: str, seed: int, original: bool) -> None:
    rng = random.Random(seed)
    data = _seeds()[suffix]
    if suffix in (".docx", ".odt") and rng.random() < 0.7:
        data = mutate_package(data, rng)
    else:
        data = mutate_bytes(data, rng)
    check(
        data, suffix, ReadOptions(reflow=rng.random() < 0.8, revisions="original" if original else "accept")
    )
