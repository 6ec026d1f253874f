"""Defences shared by the readers: size caps, bounded zip inflation and an XML parser that cannot be tricked.

Documents come from e-mail and the web, so a reader must assume hostile input: a zip whose members inflate
to gigabytes, XML with external entities (XXE) or entity bombs, and zip directories that lie about sizes.
"""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lxml is imported where XML is parsed: plain-text comparisons never load it
    from lxml import etree

from compare.errors import CorruptDocument, TooLarge

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Largest file we open at all (checked with ``stat`` before reading)."""

MAX_PART_BYTES = 64 * 1024 * 1024
"""Largest single XML part (e.g. word/document.xml) we inflate: ~10 million words of WordprocessingML."""

MAX_INFLATED_BYTES = 160 * 1024 * 1024
"""Largest total we inflate from one package, summed over the parts actually read."""

MAX_ZIP_MEMBERS = 20_000

_CHUNK = 1024 * 1024


def safe_xml_parser() -> etree.XMLParser:
    """A parser that never loads DTDs, never substitutes entities and never touches the network.

    ``huge_tree=False`` keeps libxml2's own limits on depth and text-node size.
    """
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, name: str, part: str) -> etree._Element:
    """Parse one XML part safely; anything malformed becomes a :class:`CorruptDocument`."""
    from lxml import etree

    try:
        root = etree.fromstring(data, safe_xml_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise CorruptDocument(f"{name} is damaged: {part} is not well-formed XML", name) from exc
    if root is None:
        raise CorruptDocument(f"{name} is damaged: {part} is empty", name)
    return root


class SafeZip:
    """Read-only access to a zip package that refuses to inflate more than the caps allow.

    The declared sizes in the central directory are checked first (cheap, catches honest bombs); the
    actual inflation is then done in chunks and stopped past the cap (catches directories that lie).
    """

    def __init__(self, zf: zipfile.ZipFile, name: str) -> None:
        self._zf = zf
        self._name = name
        self._inflated = 0
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise CorruptDocument(f"{name} is not a usable document: too many parts in the archive", name)
        self._infos = {info.filename: info for info in infos}

    @property
    def names(self) -> set[str]:
        return set(self._infos)

    def has(self, member: str) -> bool:
        return member in self._infos

    def read(self, member: str, limit: int = MAX_PART_BYTES) -> bytes:
        info = self._infos.get(member)
        if info is None:
            raise CorruptDocument(f"{self._name} is damaged: {member} is missing", self._name)
        budget = min(limit, MAX_INFLATED_BYTES - self._inflated)
        if info.file_size > budget:
            raise TooLarge(self._too_big(member), self._name)
        chunks: list[bytes] = []
        total = 0
        try:
            with self._zf.open(info) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > budget:
                        raise TooLarge(self._too_big(member), self._name)
                    chunks.append(chunk)
        except TooLarge:
            raise
        except NotImplementedError as exc:
            raise CorruptDocument(
                f"{self._name} uses an unsupported zip compression method for {member}", self._name
            ) from exc
        except RuntimeError as exc:  # zipfile's way of saying the member is encrypted
            raise CorruptDocument(
                f"{self._name} is an encrypted archive and cannot be read", self._name
            ) from exc
        except Exception as exc:  # zlib.error, BadZipFile (bad CRC), EOFError, struct.error, ...
            raise CorruptDocument(f"{self._name} is damaged: cannot unpack {member}", self._name) from exc
        self._inflated += total
        return b"".join(chunks)

    def read_xml(self, member: str, limit: int = MAX_PART_BYTES) -> etree._Element:
        return parse_xml(self.read(member, limit), self._name, member)

    def _too_big(self, member: str) -> str:
        cap = MAX_PART_BYTES // (1024 * 1024)
        return (
            f"{self._name} is too large to read safely: {member} would unpack to more than {cap} MB "
            "(possibly a zip bomb)"
        )


def open_zip(fh, name: str) -> SafeZip:
    """Open a zip from a binary file object; a damaged archive becomes :class:`CorruptDocument`."""
    try:
        zf = zipfile.ZipFile(fh)
    except NotImplementedError as exc:  # "zip file version 63.0": a feature zipfile lacks, or garbage
        raise CorruptDocument(f"{name} is damaged or uses an unsupported zip variant", name) from exc
    except Exception as exc:  # BadZipFile, EOFError, struct.error, ValueError ... on damaged archives
        raise CorruptDocument(f"{name} is damaged or truncated (not a readable zip archive)", name) from exc
    return SafeZip(zf, name)
