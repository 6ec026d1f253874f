"""PDF: the text layer via pypdf, running headers/footers and page numbers removed, lines reflowed.

pypdf's layout mode keeps vertical gaps as blank lines, which is the best paragraph signal a PDF offers;
plain mode is the fallback when layout extraction fails on odd fonts. A page break is a line break, and a
paragraph break when the page's last line ends a sentence.

Running headers and footers are short lines at the top or bottom edge of a page (see ``_edge_block``) that
recur: identical text on at least two pages and 40% of them, or -- with digits normalised, so "Page 3 of
10" matches "Page 4 of 10" -- on at least three pages and 60% of them (a numbered heading such as
"Article 4" is never taken for a running header on that looser match). A line that is only a page number
("7", "- 7 -", "Page 7", "7 of 12") is dropped when it is the first or last line of a page.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter

from compare.errors import CorruptDocument, DocumentError, EmptyDocument, EncryptedDocument
from compare.readers.extracted import Extracted
from compare.readers.reflow import paragraphs_from_lines, starts_structural

_EDGE = 3
_PAGE_NUMBER = re.compile(
    r"(?:page|p\.|seite|página|pagina)?\s*[-–—(\[]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—)\]]?"
    r"(?:\s*(?:of|/|de|sur|von)\s*\d{1,4})?",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.;:!?][\"'”’)\]]*$")
# A list label drawn by a word processor is followed by a tab stop, which pypdf may render as no space at
# all when the label is wide ("10.Decides", "(iii)The"): put the space back so the label reads as one.
_GLUED_LABEL = re.compile(r"^(\s*(?:\d{1,3}\.|\d{1,3}\)|\((?:\d{1,3}|[a-z]{1,2}|[ivxl]{1,6})\)))(?=[^\W\d_])")


def read_pdf(data: bytes, name: str, reflow: bool = True) -> Extracted:
    """The PDF's paragraphs; pypdf's complaints about damaged-but-readable files are kept off the log."""
    log = logging.getLogger("pypdf")
    previous = log.level
    log.setLevel(logging.CRITICAL)
    try:
        return _read_pdf(data, name, reflow)
    finally:
        log.setLevel(previous)


def _read_pdf(data: bytes, name: str, reflow: bool) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except DependencyError as exc:
        raise EncryptedDocument(_aes_message(name), name) from exc
    except Exception as exc:
        raise CorruptDocument(f"{name} is damaged or not a PDF ({_reason(exc)})", name) from exc
    if encrypted:
        try:
            opened = reader.decrypt("")
        except DependencyError as exc:
            raise EncryptedDocument(_aes_message(name), name) from exc
        except Exception as exc:
            raise EncryptedDocument(f"password-protected PDF: {name} could not be decrypted", name) from exc
        if not opened:
            raise EncryptedDocument(
                f"password-protected PDF: {name} needs a password to open; save an unprotected copy", name
            )
    try:
        pages = list(reader.pages)
    except (DependencyError, FileNotDecryptedError) as exc:
        raise EncryptedDocument(_aes_message(name), name) from exc
    except Exception as exc:
        raise CorruptDocument(
            f"{name} is damaged: its page list cannot be read ({_reason(exc)})", name
        ) from exc
    if not pages:
        raise EmptyDocument(f"{name} is empty (the PDF has no pages)", name)

    page_lines: list[list[str]] = []
    failed = 0
    for page in pages:
        text = _page_text(page)
        if text is None:
            failed += 1
            text = ""
        page_lines.append([_GLUED_LABEL.sub(r"\1 ", line.rstrip()) for line in text.split("\n")])
    blank_pages = sum(1 for lines in page_lines if not any(line.strip() for line in lines))
    if blank_pages == len(page_lines):
        if failed == len(page_lines):
            raise CorruptDocument(f"{name} is damaged: no page's text could be extracted", name)
        raise DocumentError(
            f"scanned PDF: no text to compare in {name} (its pages are images; run OCR on it first)", name
        )
    warnings: list[str] = []
    if blank_pages:
        warnings.append(f"{blank_pages} of {len(page_lines)} pages had no text (scanned images?)")
    if failed:
        warnings.append(f"the text of {failed} page(s) could not be extracted")

    stripped = strip_running_lines(page_lines)
    lines: list[str] = []
    for page in stripped:
        content = list(page)
        while content and not content[-1].strip():
            content.pop()
        # the blank lines layout mode puts above a page's first line are margin, not a paragraph break:
        # a paragraph that runs on from the previous page continues
        start = 0
        while lines and start < len(content) and not content[start].strip():
            start += 1
        lines.extend(content[start:])
        if content and _SENTENCE_END.search(content[-1]):
            lines.append("")
    title, modified = _metadata(reader)
    return Extracted(paragraphs_from_lines(lines, reflow), title, modified, warnings=warnings)


def _page_text(page) -> str | None:
    for mode in ("layout", "plain"):
        try:
            return page.extract_text(extraction_mode=mode)
        except Exception:  # pypdf raises many things on broken content streams; try the next mode
            continue
    return None


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Pages without their running headers, footers and page numbers (see the module docstring)."""
    n = len(pages)
    lengths = sorted(len(line.strip()) for lines in pages for line in lines if line.strip())
    limit = max(0.6 * lengths[len(lengths) // 2], 25) if lengths else 0
    edges = [(_edge_block(lines, True, limit), _edge_block(lines, False, limit)) for lines in pages]
    exact: Counter[tuple[str, str]] = Counter()
    loose: Counter[tuple[str, str]] = Counter()
    for lines, (top, bottom) in zip(pages, edges, strict=True):
        for where, idx in (("top", top), ("bottom", bottom)):
            exact.update({(where, _norm(lines[i])) for i in idx})
            loose.update({(where, _loose(lines[i])) for i in idx})
    exact_min = max(2, math.ceil(0.4 * n))
    loose_min = max(3, math.ceil(0.6 * n))

    def running(where: str, line: str) -> bool:
        if exact[(where, _norm(line))] >= exact_min:
            return True
        return loose[(where, _loose(line))] >= loose_min and not starts_structural(line.strip())

    result: list[list[str]] = []
    for lines, (top, bottom) in zip(pages, edges, strict=True):
        drop: set[int] = set()
        for where, idx in (("top", top), ("bottom", bottom)):
            for i in idx:  # from the page edge inwards; the first line that does not recur stops it
                if not running(where, lines[i]):
                    break
                drop.add(i)
        nonblank = [i for i, line in enumerate(lines) if line.strip() and i not in drop]
        for i in nonblank[:1] + nonblank[-1:]:
            if _PAGE_NUMBER.fullmatch(lines[i].strip()):
                drop.add(i)
        result.append([line for i, line in enumerate(lines) if i not in drop])
    return result


def _edge_block(lines: list[str], top: bool, limit: float) -> list[int]:
    """Indices of the lines a running header (footer) can occupy, from the page edge inwards.

    That is the group of lines before the first (after the last) blank line when it is at most three
    lines long -- layout extraction leaves a blank line where the header's gap is -- else the edge line;
    and of those only the leading run of lines that look like a header: shorter than ``limit`` (60% of
    the document's median line) and not ending in a comma, semicolon or colon as running text does.
    """
    order = range(len(lines)) if top else range(len(lines) - 1, -1, -1)
    block: list[int] = []
    for i in order:
        if lines[i].strip():
            block.append(i)
        elif block:
            break
    if len(block) > _EDGE:
        block = block[:1]
    out: list[int] = []
    for i in block:
        text = lines[i].strip()
        if len(text) >= limit or text.endswith((",", ";", ":")):
            break
        out.append(i)
    return out


def _norm(line: str) -> str:
    return " ".join(line.split()).lower()


def _loose(line: str) -> str:
    return _DIGITS.sub("#", _norm(line))


def _metadata(reader) -> tuple[str | None, str | None]:
    title = modified = None
    try:
        meta = reader.metadata
    except Exception:
        return None, None
    if meta is None:
        return None, None
    try:
        raw_title = meta.title
        if isinstance(raw_title, str) and raw_title.strip():
            title = " ".join(raw_title.split())
    except Exception:
        title = None
    for attr in ("modification_date", "creation_date"):
        try:
            when = getattr(meta, attr)
        except Exception:
            continue
        if when is not None:
            modified = when.date().isoformat()
            break
    return title, modified


def _aes_message(name: str) -> str:
    return (
        f"password-protected PDF: {name} is AES-encrypted, which needs the 'cryptography' package to open; "
        "save an unprotected copy"
    )


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:120]
    return text or type(exc).__name__
