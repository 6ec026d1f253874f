"""Readers turn a file (or pasted text) into a :class:`compare.model.Document`.

Contract (implemented by the modules in this package):

``read_document(path, options=ReadOptions()) -> Document`` picks the reader by content sniffing and
suffix, and raises a :class:`compare.errors.DocumentError` subclass with a one-line message for anything
it cannot read. ``read_text(text, source="Pasted text", options) -> Document`` does the same for text the
user pasted. ``SUPPORTED_SUFFIXES`` lists what File > Open offers.

Robustness promises (a legal department must be able to trust a comparison): inputs are opened read-only
and never modified; the file size is checked before reading (:data:`MAX_FILE_BYTES`); zip packages are
inflated under caps (:mod:`compare.readers.safety`); XML never resolves entities or DTDs; and every
failure -- including a bug in a third-party parser tripped by a damaged file -- surfaces as a
``DocumentError`` whose message names the file.
"""

from __future__ import annotations

import io
import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from compare.errors import (
    CorruptDocument,
    DocumentError,
    EmptyDocument,
    TooLarge,
    UnsupportedFormat,
)
from compare.model import Document
from compare.readers.extracted import Extracted
from compare.readers.gcpause import collector_paused
from compare.readers.safety import MAX_FILE_BYTES, MAX_INFLATED_BYTES, MAX_PART_BYTES


class UnexpectedReadError(CorruptDocument):
    """A reader failed in a way no check anticipated (a parser bug tripped by odd content).

    Still a ``DocumentError`` with a one-line message for the user; a distinct type so that tests and
    the fuzz harness can tell such failures from the expected refusals.
    """


@dataclass(frozen=True, slots=True)
class ReadOptions:
    reflow: bool = True  # join hard-wrapped lines into paragraphs; False keeps every line its own paragraph
    revisions: str = "accept"  # .docx with tracked changes: "accept" (as it would read) or "original"


__all__ = [
    "FILE_FILTER",
    "MAX_FILE_BYTES",
    "MAX_INFLATED_BYTES",
    "MAX_PART_BYTES",
    "SUPPORTED_SUFFIXES",
    "ReadOptions",
    "UnexpectedReadError",
    "read_document",
    "read_text",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".docx", ".pdf", ".odt", ".rtf", ".txt", ".md", ".html", ".htm")

FILE_FILTER = (
    "Documents (*.docx *.pdf *.odt *.rtf *.txt *.md *.html *.htm);;"
    "Word documents (*.docx);;"
    "PDF files (*.pdf);;"
    "OpenDocument text (*.odt);;"
    "Rich Text (*.rtf);;"
    "Plain text (*.txt *.md);;"
    "Web pages (*.html *.htm);;"
    "All files (*)"
)

_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
_WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
_ODT_SUFFIXES = (".odt", ".ott")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def read_document(path: str | os.PathLike, options: ReadOptions = ReadOptions()) -> Document:
    """Read any supported document; raise a ``DocumentError`` subclass for anything else."""
    p = Path(os.fspath(path))
    name = _CONTROL_CHARS.sub("?", p.name or str(p))  # messages stay one line whatever the file is called
    data, mtime = _load(p, name)
    try:
        doc = _dispatch(p, name, data, options)
    except DocumentError:
        raise
    except MemoryError as exc:
        raise TooLarge(f"{name} is too large to read with the memory available", name) from exc
    except RecursionError as exc:
        raise CorruptDocument(f"{name} is nested too deeply to read (damaged or hostile file)", name) from exc
    except Exception as exc:  # a parser tripped by content nobody anticipated: still a clear message
        raise UnexpectedReadError(
            f"{name} could not be read: damaged or unsupported content ({type(exc).__name__})", name
        ) from exc
    if doc.modified is None:
        doc.modified = mtime
    doc.fingerprint = file_fingerprint(data)
    return doc


def file_fingerprint(data: bytes) -> str:
    """What a writer that edits the input file in place compares to know it is the file that was read."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


def read_text(text: str, source: str = "Pasted text", options: ReadOptions = ReadOptions()) -> Document:
    """Pasted text: the same paragraph and reflow rules as a .txt file."""
    from compare.readers.reflow import paragraphs_from_text

    paragraphs = paragraphs_from_text(text.lstrip("\ufeff"), options.reflow)
    if not paragraphs:
        raise EmptyDocument(f"{source} is empty", source)
    with collector_paused():
        return Document.from_paragraphs(source, "text", paragraphs)


# --------------------------------------------------------------------------- loading


def _load(p: Path, name: str) -> tuple[bytes, str | None]:
    """The file's bytes, after every check that can be made without reading it."""
    try:
        st = os.stat(p)
    except FileNotFoundError as exc:
        raise DocumentError(f"{name} does not exist (it may have been moved or deleted)", name) from exc
    except PermissionError as exc:
        raise DocumentError(f"{name} cannot be read: permission denied", name) from exc
    except (OSError, ValueError) as exc:
        raise DocumentError(f"{name} cannot be opened: {_os_reason(exc)}", name) from exc
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(f"{name} is a folder, not a document", name)
    if not stat.S_ISREG(st.st_mode):
        raise UnsupportedFormat(f"{name} is not a regular file (device, pipe or socket)", name)
    if st.st_size > MAX_FILE_BYTES:
        raise TooLarge(_too_large(name, st.st_size), name)
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except PermissionError as exc:
        raise DocumentError(f"{name} cannot be read: permission denied", name) from exc
    except IsADirectoryError as exc:
        raise DocumentError(f"{name} is a folder, not a document", name) from exc
    except OSError as exc:
        raise DocumentError(f"{name} cannot be read: {_os_reason(exc)}", name) from exc
    if len(data) > MAX_FILE_BYTES:
        raise TooLarge(_too_large(name, len(data)), name)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe\x0c"):
        raise EmptyDocument(f"{name} is empty", name)
    try:
        mtime = datetime.fromtimestamp(st.st_mtime).date().isoformat()
    except (OverflowError, OSError, ValueError):
        mtime = None
    return data, mtime


def _too_large(name: str, size: int) -> str:
    return f"{name} is too large ({size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)"


def _os_reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or type(exc).__name__


# --------------------------------------------------------------------------- dispatch


def _dispatch(p: Path, name: str, data: bytes, options: ReadOptions) -> Document:
    from compare.readers.sniff import looks_like_html, sniff

    suffix = p.suffix.lower()
    kind = sniff(data)
    if kind == "pdf" or (kind is None and suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return _pdf(p, name, data, options)
    if kind == "zip":
        return _zip(p, name, data, suffix, options)
    if kind == "rtf":
        return _rtf(p, name, data)
    if kind == "ole":
        raise UnsupportedFormat(
            f"{name} is an old binary Office file (Word 97-2003 .doc or similar); save it as .docx and retry",
            name,
        )
    if kind is not None and kind.startswith("foreign:"):
        raise UnsupportedFormat(f"{name} is not a text document (looks like {kind[8:]})", name)
    if suffix in _WORD_SUFFIXES:
        raise CorruptDocument(
            f"{name} is damaged or not really a Word document (it is not a zip package)", name
        )
    if suffix in _ODT_SUFFIXES:
        raise CorruptDocument(
            f"{name} is damaged or not really an OpenDocument file (not a zip package)", name
        )
    if suffix == ".pdf":
        raise CorruptDocument(f"{name} is damaged or not really a PDF (no PDF header)", name)
    if suffix == ".rtf":
        raise CorruptDocument(f"{name} is not a valid RTF document (it does not start with {{\\rtf)", name)
    from compare.readers.text_reader import decode_text_file

    text = decode_text_file(data, name)
    if suffix in _HTML_SUFFIXES or looks_like_html(text[:2048]):
        return _html(p, name, data)
    return _plain(p, name, text, suffix, options)


def _document(p: Path, name: str, fmt: str, content: Extracted, revisions: str = "accept") -> Document:
    if not content.paragraphs:
        raise EmptyDocument(f"{name} is empty (it contains no text)", name)
    warnings = content.warnings + _revision_warning(content.revisions, revisions)
    with collector_paused():  # one Paragraph per paragraph, all kept
        return Document.from_paragraphs(
            str(p), fmt, content.paragraphs, title=content.title, modified=content.modified, warnings=warnings
        )


def _plain(p: Path, name: str, text: str, suffix: str, options: ReadOptions) -> Document:
    from compare.readers.reflow import paragraphs_from_text

    paragraphs = paragraphs_from_text(text, options.reflow)
    fmt = "md" if suffix in (".md", ".markdown") else "txt"
    title = None
    if fmt == "md":
        title = next((t.lstrip("#").strip() for t, m in paragraphs if m.get("kind") == "heading"), None)
    return _document(p, name, fmt, Extracted(paragraphs, title=title or None))


def _pdf(p: Path, name: str, data: bytes, options: ReadOptions) -> Document:
    from compare.readers.pdf_reader import read_pdf

    return _document(p, name, "pdf", read_pdf(data, name, options.reflow))


def _rtf(p: Path, name: str, data: bytes) -> Document:
    from compare.readers.rtf_reader import read_rtf

    return _document(p, name, "rtf", read_rtf(data, name))


def _html(p: Path, name: str, data: bytes) -> Document:
    from compare.readers.html_reader import read_html

    return _document(p, name, "html", read_html(data, name))


def _zip(p: Path, name: str, data: bytes, suffix: str, options: ReadOptions) -> Document:
    from compare.readers.safety import open_zip

    zp = open_zip(io.BytesIO(data), name)
    names = zp.names
    mimetype = ""
    if "mimetype" in names:
        mimetype = zp.read("mimetype", limit=1024).decode("ascii", errors="replace").strip()
    if any(n.startswith("word/") for n in names) or (suffix in _WORD_SUFFIXES and "_rels/.rels" in names):
        return _docx(p, name, zp, options)
    if mimetype.startswith("application/vnd.oasis.opendocument.text") or (
        not mimetype and suffix in _ODT_SUFFIXES and "content.xml" in names
    ):
        return _odt(p, name, zp, options)
    what = _zip_kind(names, mimetype)
    if what:
        raise UnsupportedFormat(f"{name} is {what}, not a text document", name)
    if suffix in _WORD_SUFFIXES:
        raise CorruptDocument(f"{name} is not a Word document (the package has no word/document.xml)", name)
    if suffix in _ODT_SUFFIXES:
        raise CorruptDocument(f"{name} is not an OpenDocument text (the package has no content.xml)", name)
    raise UnsupportedFormat(f"{name} is a ZIP archive, not a document", name)


def _zip_kind(names: set[str], mimetype: str) -> str | None:
    if "spreadsheet" in mimetype or "xl/workbook.xml" in names:
        return "a spreadsheet"
    if "presentation" in mimetype or "ppt/presentation.xml" in names:
        return "a presentation"
    if mimetype == "application/epub+zip":
        return "an EPUB e-book"
    if mimetype.startswith("application/vnd.oasis.opendocument"):
        return "an OpenDocument file of another kind (drawing, chart or formula)"
    return None


def _docx(p: Path, name: str, zp, options: ReadOptions) -> Document:
    from compare.readers.docx_reader import read_docx

    return _document(p, name, "docx", read_docx(zp, name, options.revisions), options.revisions)


def _odt(p: Path, name: str, zp, options: ReadOptions) -> Document:
    from compare.readers.odt_reader import read_odt

    return _document(p, name, "odt", read_odt(zp, name, options.revisions), options.revisions)


def _revision_warning(count: int, mode: str) -> list[str]:
    if not count:
        return []
    if mode == "original":
        return ["the document has tracked changes: showing the original text (changes rejected)"]
    return ["the document has tracked changes: showing them accepted"]
