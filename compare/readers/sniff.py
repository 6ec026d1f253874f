"""Recognise what a file really is from its first bytes, whatever its name says.

Users rename files, mail gateways change suffixes, and a ``.txt`` may well be a PDF. We read what the bytes
say and only fall back on the suffix for formats without a signature (plain text, HTML).
"""

from __future__ import annotations

# (signature, offset, description) for formats we refuse, phrased for "looks like ..."
_FOREIGN: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"BM", 0, "a BMP image"),
    (b"\x00\x00\x01\x00", 0, "an icon image"),
    (b"\x7fELF", 0, "a Linux program (ELF executable)"),
    (b"MZ", 0, "a Windows program (EXE/DLL)"),
    (b"\xfe\xed\xfa\xce", 0, "a macOS program"),
    (b"\xfe\xed\xfa\xcf", 0, "a macOS program"),
    (b"\xcf\xfa\xed\xfe", 0, "a macOS program"),
    (b"\xce\xfa\xed\xfe", 0, "a macOS program"),
    (b"\xca\xfe\xba\xbe", 0, "a compiled program"),
    (b"\x1f\x8b", 0, "a gzip archive"),
    (b"BZh", 0, "a bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"OggS", 0, "an Ogg media file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"ftyp", 4, "a video or audio file (MP4/MOV)"),
    (b"\x1aE\xdf\xa3", 0, "a video file (MKV/WebM)"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"%!PS", 0, "a PostScript file"),
    (b"wOFF", 0, "a web font"),
    (b"\x00asm", 0, "a WebAssembly program"),
)

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes) -> str | None:
    """Return "pdf", "zip", "rtf", "ole", "foreign:<description>", or None for text-like content."""
    head = data[:1024]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(OLE2):
        return "ole"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    if stripped.startswith(b"%PDF-"):
        return "pdf"
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if head[8:12] == b"WEBP" and head.startswith(b"RIFF"):
        return "foreign:a WebP image"
    if head.startswith(b"RIFF"):
        return "foreign:a RIFF media file (WAV/AVI)"
    for sig, offset, description in _FOREIGN:
        if head[offset : offset + len(sig)] == sig:
            if sig in (b"BM", b"MZ") and _mostly_text(head):
                continue  # two-letter signatures also start ordinary words ("BMW", "MZ ...")
            return "foreign:" + description
    return None


def looks_like_html(text_head: str) -> bool:
    """Markup that starts like an HTML page (for files without an HTML suffix)."""
    head = text_head.lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<?xml") and "<html" in head[:512]
    )


def _mostly_text(head: bytes) -> bool:
    if not head:
        return True
    printable = sum(1 for b in head if 32 <= b < 127 or b in (9, 10, 13))
    return printable / len(head) > 0.95
