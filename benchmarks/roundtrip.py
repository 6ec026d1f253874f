"""Does every format read back as the same text? Corpus resolutions through LibreOffice and back.

Each UN resolution of ``../shared/corpus/un`` (copied to a temp dir) is written as a Word document whose
paragraph numbers ("1.", "(a)", "(iii)") are Word automatic numbering, as real drafts have them; LibreOffice
(``soffice --headless --convert-to``) then saves that document as .odt, .rtf, .html and .pdf. Every file
is compared with the resolution's plain text by the real engine (``compare_files``), and the table gives,
per format, the entries that are not equal and the entries whose label differs (relabelled), summed over
the resolutions and per resolution at worst. Target (issue #16): 0 for docx, odt, rtf and html; at most 1
per resolution for pdf.

    python benchmarks/roundtrip.py                 # the first 6 resolutions
    python benchmarks/roundtrip.py --all -v        # all of them, listing each difference

Skips (exit 0, a message) when LibreOffice or the corpus is not there.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus" / "un"
sys.path.insert(0, str(ROOT))

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FORMATS = ("docx", "odt", "rtf", "html", "pdf")
_NUMBER = re.compile(r"(\d+)\.\s+")
_PAREN = re.compile(r"\(([a-z]{1,6})\)\s+")
_ROMAN = re.compile(r"^(?=[ivxl])m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$")
_FMT = ("decimal", "lowerLetter", "lowerRoman")
_LVL_TEXT = ("%1.", "(%2)", "(%3)")


def _roman_value(s: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for k, ch in enumerate(s):
        v = values[ch]
        total += -v if k + 1 < len(s) and values[s[k + 1]] > v else v
    return total


def _letter_value(s: str) -> int:
    return (len(s) - 1) * 26 + ord(s[0]) - ord("a") + 1


def numbered(paragraphs: list[str]) -> list[tuple[str, int | None, int | None]]:
    """(text without its typed label, level or None, number) per paragraph."""
    out: list[tuple[str, int | None, int | None]] = []
    prev_level, prev_letter = None, ""
    for text in paragraphs:
        m = _NUMBER.match(text)
        if m:
            out.append((text[m.end() :], 0, int(m.group(1))))
            prev_level = 0
            continue
        m = _PAREN.match(text)
        if m:
            tok = m.group(1)
            follows_letter = (
                prev_level == 1 and len(tok) == 1 and ord(tok) == ord(prev_letter[-1:] or "`") + 1
            )
            if _ROMAN.match(tok) and not follows_letter and (prev_level in (1, 2) and tok != "a"):
                out.append((text[m.end() :], 2, _roman_value(tok)))
                prev_level = 2
            elif len(set(tok)) == 1:
                out.append((text[m.end() :], 1, _letter_value(tok)))
                prev_level, prev_letter = 1, tok
            else:
                out.append((text, None, None))
            continue
        out.append((text, None, None))
    return out


def write_docx(path: Path, paragraphs: list[str], header: str) -> None:
    """A .docx whose typed labels are replaced by Word numbering giving the same numbers, with a running
    header (the symbol) and a footer "Page N" (a PAGE field), as real documents have."""
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    footer = section.footer.paragraphs[0]
    footer.text = "Page "
    footer._p.append(
        parse_xml(f'<w:fldSimple xmlns:w="{W_NS}" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    numbering = doc.part.numbering_part.element
    ns = f'xmlns:w="{W_NS}"'
    levels = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{_FMT[k]}"/>'
        f'<w:lvlText w:val="{_LVL_TEXT[k]}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (k + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for k in range(3)
    )
    abstract = parse_xml(f'<w:abstractNum {ns} w:abstractNumId="90">{levels}</w:abstractNum>')
    first_num = numbering.find(f"{{{W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_id = 90
    numbering.append(parse_xml(f'<w:num {ns} w:numId="{num_id}"><w:abstractNumId w:val="90"/></w:num>'))
    counters: list[int | None] = [None, None, None]
    for text, level, value in numbered(paragraphs):
        p = doc.add_paragraph(text)
        if level is None:
            continue
        natural = (counters[level] or 0) + 1
        if value != natural:  # the source skips or restarts: a new w:num starting there
            num_id += 1
            numbering.append(
                parse_xml(
                    f'<w:num {ns} w:numId="{num_id}"><w:abstractNumId w:val="90"/>'
                    f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
                    "</w:num>"
                )
            )
        counters[level] = value
        for deeper in range(level + 1, 3):
            counters[deeper] = None
        p._p.get_or_add_pPr().insert(
            0,
            parse_xml(f'<w:numPr {ns}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'),
        )
    doc.save(str(path))


def convert(docs: list[Path], fmt: str, out_dir: Path) -> None:
    target = {"pdf": "pdf:writer_pdf_Export", "html": "html:HTML (StarWriter)"}.get(fmt, fmt)
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", target, "--outdir", str(out_dir), *map(str, docs)],
        capture_output=True,
        timeout=600,
        check=False,
    )


def counts(source: Path, other: Path, verbose: bool) -> tuple[int, int] | None:
    from compare.engine import compare_files
    from compare.errors import ClausediffError
    from compare.export.describe import describe
    from compare.model import Kind

    try:
        r = compare_files(source, other)
    except ClausediffError as exc:
        print(f"  {other.name}: {exc}")
        return None
    bad = [e for e in r.alignment if e.kind != Kind.EQUAL]
    relabelled = [e for e in r.alignment if e.relabelled]
    if verbose:
        for e in bad + [e for e in relabelled if e.kind == Kind.EQUAL]:
            old, new = r.entry_text(e, "a")[:70], r.entry_text(e, "b")[:70]
            print(f"  {other.name}: {describe(r, e)}: {old!r} | {new!r}")
    return len(bad), len(relabelled)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--all", action="store_true", help="every resolution (default: the first 6)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each entry that differs")
    ap.add_argument("--keep", type=Path, help="write the documents here instead of a temp dir")
    ap.add_argument("--formats", default=",".join(FORMATS), help="which formats (docx is always written)")
    args = ap.parse_args()
    if shutil.which("soffice") is None:
        print("roundtrip: skipped, LibreOffice (soffice) is not installed")
        return 0
    if not SHARED.is_dir():
        print(f"roundtrip: skipped, no corpus at {SHARED}")
        return 0
    from compare.readers import read_document

    sources = sorted(SHARED.glob("S-RES-*.txt"), key=lambda p: int(p.name.split("-")[2]))
    if not args.all:
        sources = sources[:6]
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="clausediff-roundtrip-"))
    tmp.mkdir(parents=True, exist_ok=True)
    docs = []
    for src in sources:
        txt = tmp / src.name
        shutil.copyfile(src, txt)
        doc = read_document(txt)
        paragraphs = [doc.text[p.start : p.end] for p in doc.paragraphs]
        out = tmp / "docx" / (src.stem + ".docx")
        out.parent.mkdir(exist_ok=True)
        write_docx(out, paragraphs, src.stem.replace("S-RES-", "S/RES/").rsplit("-", 1)[0])
        docs.append(out)
    formats = [f for f in FORMATS if f in args.formats.split(",")]
    for fmt in formats:
        if fmt != "docx":
            convert(docs, fmt, tmp / fmt)
    table: dict[str, list[tuple[int, int] | None]] = {}
    for fmt in formats:
        table[fmt] = []
        for src in sources:
            other = tmp / fmt / f"{src.stem}.{fmt}"
            table[fmt].append(counts(tmp / src.name, other, args.verbose) if other.exists() else None)
    print(f"\n{len(sources)} resolutions ({', '.join(s.stem for s in sources)})\n")
    print("| format | not equal (total) | relabelled (total) | worst resolution (not equal + relabelled) |")
    print("|---|---|---|---|")
    for fmt, rows in table.items():
        ok = [r for r in rows if r is not None]
        missing = len(rows) - len(ok)
        worst = max((a + b for a, b in ok), default=0)
        note = f" ({missing} not converted or refused)" if missing else ""
        print(f"| {fmt} | {sum(a for a, _ in ok)} | {sum(b for _, b in ok)} | {worst}{note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
