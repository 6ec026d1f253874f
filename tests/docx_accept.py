"""Accept All / Reject All on a .docx, done the way ECMA-376 Part 1 (17.13) describes it, for tests.

Independent of the writer under test: it works on the XML alone and saves a normal .docx that python-docx
then reads, so the tests compare what a user would get after clicking Accept All or Reject All in Word.
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    idx = parent.index(el)
    for k, child in enumerate(list(el)):
        parent.insert(idx + k, child)
    parent.remove(el)


def _resolve(root: etree._Element, accept: bool) -> None:
    keep, drop = (
        ((w("ins"), w("moveTo")), (w("del"), w("moveFrom")))
        if accept
        else (
            (w("del"), w("moveFrom")),
            (w("ins"), w("moveTo")),
        )
    )
    # move ranges only name the two ends of a move: they go with the markup, whichever way it is resolved
    ranges = [w(t + e) for t in ("moveFrom", "moveTo") for e in ("RangeStart", "RangeEnd")]
    for el in list(root.iter(*ranges)):
        el.getparent().remove(el)
    # paragraph marks first: a mark that goes away merges its paragraph into the next one
    paragraphs = list(root.iter(w("p")))
    for p in reversed(paragraphs):
        rpr = p.find(w("pPr") + "/" + w("rPr"))
        if rpr is None:
            continue
        gone = any(rpr.find(t) is not None for t in drop)
        for t in (*keep, *drop):
            for el in rpr.findall(t):
                rpr.remove(el)
        if not gone:
            continue
        nxt = p.getnext()
        if nxt is None or nxt.tag != w("p"):
            continue  # the last paragraph of its container keeps its mark
        content = [c for c in p if c.tag != w("pPr")]
        nppr = nxt.find(w("pPr"))
        anchor = 0 if nppr is None else 1
        for k, c in enumerate(content):
            nxt.insert(anchor + k, c)
        p.getparent().remove(p)
    for tr in list(root.iter(w("tr"))):  # a row marked inserted (deleted) goes as a whole
        trpr = tr.find(w("trPr"))
        if trpr is not None and any(trpr.find(t) is not None for t in drop):
            tr.getparent().remove(tr)
        elif trpr is not None:
            for el in [c for c in trpr if c.tag in (*keep, *drop)]:
                trpr.remove(el)
    for el in list(root.iter(*drop)):
        if el.getparent() is not None and el.getparent().tag != w("rPr"):
            el.getparent().remove(el)
    for el in list(root.iter(*keep)):
        if el.getparent() is not None and el.getparent().tag != w("rPr"):
            _unwrap(el)
    if not accept:
        for t in root.iter(w("delText")):
            t.tag = w("t")
        for t in root.iter(w("delInstrText")):
            t.tag = w("instrText")
    for change in list(root.iter(w("rPrChange"))):
        rpr = change.getparent()
        if not accept:
            old = change.find(w("rPr"))
            for c in list(rpr):
                if c is not change:
                    rpr.remove(c)
            for c in old if old is not None else ():
                rpr.insert(len(rpr) - 1, copy.deepcopy(c))
        rpr.remove(change)
    for change in list(root.iter(w("pPrChange"))):
        ppr = change.getparent()
        if not accept:
            old = change.find(w("pPr"))
            kept = [c for c in ppr if c.tag in (w("rPr"), w("sectPr"))]
            for c in list(ppr):
                ppr.remove(c)
            for c in old if old is not None else ():
                ppr.append(copy.deepcopy(c))
            for c in kept:
                ppr.append(c)
        else:
            ppr.remove(change)


def resolve_docx(src: Path, dst: Path, accept: bool) -> Path:
    """Write ``dst``: ``src`` with every tracked change accepted (or rejected)."""
    with zipfile.ZipFile(src) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    for name in list(members):
        if name.startswith("word/") and name.endswith(".xml") and "/_rels/" not in name:
            root = etree.fromstring(members[name])
            if root.tag in (w("document"), w("hdr"), w("ftr")):
                _resolve(root, accept)
                members[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    dst.write_bytes(buf.getvalue())
    return dst


def snapshot(path: Path) -> list[tuple]:
    """Every paragraph (body and table cells, in order): style, numbering, and each character's look."""
    import docx

    d = docx.Document(str(path))
    out = []
    for p_el in d.element.body.iter(w("p")):
        from docx.text.paragraph import Paragraph

        p = Paragraph(p_el, d)
        numpr = p_el.find(w("pPr") + "/" + w("numPr"))
        num = None
        if numpr is not None:
            num = tuple(
                (c.get(w("val")) if c is not None else None)
                for c in (numpr.find(w("ilvl")), numpr.find(w("numId")))
            )
        chars = []
        for r in p.runs:
            f = r.font
            look = (f.bold, f.italic, f.underline, f.name, f.size)
            chars.extend((ch, look) for ch in r.text)
        out.append((p.style.name if p.style is not None else None, num, p.text, _group(chars)))
    return out


def _group(chars: list[tuple[str, tuple]]) -> list[tuple[str, tuple]]:
    """Characters with the same look joined, so different run splits of the same text compare equal."""
    out: list[list] = []
    for ch, look in chars:
        if out and out[-1][1] == look:
            out[-1][0] += ch
        else:
            out.append([ch, look])
    return [(t, look) for t, look in out]


def header_texts(path: Path) -> list[str]:
    import docx

    d = docx.Document(str(path))
    return [p.text for s in d.sections for p in s.header.paragraphs]
