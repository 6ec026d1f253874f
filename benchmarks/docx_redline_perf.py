"""Time the Word redline on a 100k-word .docx pair (the in-place writer), next to the plain redline.

The pair is the speed benchmark's edited draft pair (``corpus_builder.py``) written as .docx by python-docx
the way a drafter's file looks: "4." and "(c)" labels become Word automatic numbering (two-level list), the
operative verb of each numbered paragraph is italic. The comparison runs once; only the export is timed
(best of ``--repeat``, the machine may be shared).

    python benchmarks/docx_redline_perf.py --words 100000 [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

_NUMBERED = re.compile(r"^(\d+)\. (\S+)(.*)$", re.S)
_LETTERED = re.compile(r"^\(([a-z]+)\) (.*)$", re.S)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def text_to_docx(text: str, path: Path) -> Path:
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))

    def numbered(level: int):
        p = doc.add_paragraph()
        p._p.get_or_add_pPr().insert(
            0,
            parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="70"/></w:numPr>'),
        )
        return p

    for block in text.strip().split("\n\n"):
        for line in block.split("\n"):
            m = _NUMBERED.match(line)
            if m:
                p = numbered(0)
                p.add_run(m.group(2)).italic = True
                p.add_run(m.group(3))
                continue
            m = _LETTERED.match(line)
            if m:
                numbered(1).add_run(m.group(2))
                continue
            doc.add_paragraph(line)
    doc.save(str(path))
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="write the inputs and redlines here instead of a temp folder")
    args = ap.parse_args()

    from corpus_builder import build_pair

    from compare.engine import compare_files
    from compare.export.redline import RedlineSummary, write_redline

    work = args.keep or Path(tempfile.mkdtemp(prefix="docx-redline-"))
    work.mkdir(parents=True, exist_ok=True)
    old_text, new_text = build_pair(args.words)
    old, new = text_to_docx(old_text, work / "old.docx"), text_to_docx(new_text, work / "new.docx")
    (work / "old.txt").write_text(old_text, encoding="utf-8")
    (work / "new.txt").write_text(new_text, encoding="utf-8")
    rows = []
    for label, a, b in (("docx", old, new), ("txt", work / "old.txt", work / "new.txt")):
        result = compare_files(a, b)
        best, summary = float("inf"), RedlineSummary()
        for _ in range(args.repeat):
            summary = RedlineSummary()
            t0 = time.perf_counter()
            write_redline(result, work / f"redline-{label}.docx", summary=summary)
            best = min(best, time.perf_counter() - t0)
        rows.append((label, len(result.b.document.text.split()), best, summary))
    for label, words, seconds, summary in rows:
        best_of = f"best of {args.repeat}"
        print(f"{label:5} {words:>8} words  redline {seconds:6.3f} s ({best_of})  {summary.lines()[0]}")
        for line in summary.lines()[1:]:
            print(f"      {line}")


if __name__ == "__main__":
    main()
