"""WordprocessingML surgery for in-place redlines: split runs, wrap them in revisions, keep schema order.

Word (and the ECMA-376 schema) is strict about the order of children in ``w:pPr`` and ``w:rPr``; every
insertion here goes through :func:`put_ppr_child` / :func:`put_rpr_child` so a redline never carries an
out-of-order property that Word would call "unreadable content".
"""

from __future__ import annotations

import copy

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    return _W + tag


# ECMA-376 Part 1, CT_PPr (17.3.1.26): the order of a paragraph's properties.
PPR_ORDER = [
    w(t)
    for t in [
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "suppressLineNumbers",
        "pBdr",
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ]
]
# CT_RPr / CT_ParaRPr (17.3.2.28, 17.3.1.29): revision marks (paragraph marks only) first, rPrChange last.
RPR_ORDER = [
    w(t)
    for t in [
        "ins",
        "del",
        "moveFrom",
        "moveTo",
        "rStyle",
        "rFonts",
        "b",
        "bCs",
        "i",
        "iCs",
        "caps",
        "smallCaps",
        "strike",
        "dstrike",
        "outline",
        "shadow",
        "emboss",
        "imprint",
        "noProof",
        "snapToGrid",
        "vanish",
        "webHidden",
        "color",
        "spacing",
        "w",
        "kern",
        "position",
        "sz",
        "szCs",
        "highlight",
        "u",
        "effect",
        "bdr",
        "shd",
        "fitText",
        "vertAlign",
        "rtl",
        "cs",
        "em",
        "lang",
        "eastAsianLayout",
        "specVanish",
        "oMath",
        "rPrChange",
    ]
]
_PPR_RANK = {t: k for k, t in enumerate(PPR_ORDER)}
_RPR_RANK = {t: k for k, t in enumerate(RPR_ORDER)}
REVISION_MARKS = {w("ins"), w("del"), w("moveFrom"), w("moveTo")}
# Properties that differ between two copies of the same text without anyone changing its look.
_INVISIBLE = {w("lang"), w("noProof"), w("webHidden"), w("rPrChange"), w("snapToGrid")} | REVISION_MARKS
_TOGGLES = {
    w(t)
    for t in [
        "b",
        "bCs",
        "i",
        "iCs",
        "caps",
        "smallCaps",
        "strike",
        "dstrike",
        "outline",
        "shadow",
        "emboss",
        "imprint",
        "vanish",
        "webHidden",
        "rtl",
        "cs",
        "specVanish",
        "oMath",
        "noProof",
    ]
}


def _put(parent: etree._Element, child: etree._Element, rank: dict[str, int]) -> etree._Element:
    """Insert ``child`` where the schema sequence wants it (replacing a same-named child)."""
    k = rank.get(child.tag, len(rank))
    for existing in parent:
        if existing.tag == child.tag:
            existing.addprevious(child)
            parent.remove(existing)
            return child
        if rank.get(existing.tag, -1) > k:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def put_ppr_child(ppr: etree._Element, child: etree._Element) -> etree._Element:
    return _put(ppr, child, _PPR_RANK)


def put_rpr_child(rpr: etree._Element, child: etree._Element) -> etree._Element:
    return _put(rpr, child, _RPR_RANK)


def get_ppr(p: etree._Element) -> etree._Element:
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        p.insert(0, ppr)
    return ppr


def get_rpr(r: etree._Element) -> etree._Element:
    rpr = r.find(w("rPr"))
    if rpr is None:
        rpr = etree.Element(w("rPr"))
        r.insert(0, rpr)
    return rpr


def mark_rpr(p: etree._Element) -> etree._Element:
    """The paragraph mark's run properties (``w:pPr/w:rPr``), created in place if missing."""
    ppr = get_ppr(p)
    rpr = ppr.find(w("rPr"))
    if rpr is None:
        rpr = put_ppr_child(ppr, etree.Element(w("rPr")))
    return rpr


class Revisions:
    """Makes revision elements with unique ids (above every id already in the document)."""

    def __init__(self, root: etree._Element, author: str, date: str) -> None:
        top = 0
        for el in root.iter():
            v = el.get(w("id"))
            if v is not None and v.isdigit():
                top = max(top, int(v))
        self.next_id = top + 1
        self.author, self.date = author, date
        self.counts: dict[str, int] = {}

    def make(self, tag: str) -> etree._Element:
        el = etree.Element(w(tag))
        el.set(w("id"), str(self.next_id))
        el.set(w("author"), self.author)
        el.set(w("date"), self.date)
        self.next_id += 1
        self.counts[tag] = self.counts.get(tag, 0) + 1
        return el


# --------------------------------------------------------------------------- runs


def split_run(r: etree._Element, child: etree._Element, offset: int) -> tuple[etree._Element, etree._Element]:
    """Split run ``r`` before character ``offset`` of its ``child``; return (new right run, the child
    element that now holds the right part's first character)."""
    right = etree.Element(r.tag, dict(r.attrib))
    rpr = r.find(w("rPr"))
    if rpr is not None:
        right.append(copy.deepcopy(rpr))
    if offset > 0:
        text = child.text or ""
        tail_t = etree.Element(child.tag, dict(child.attrib))
        tail_t.text = text[offset:]
        child.text = text[:offset]
        for t in (child, tail_t):
            t.set(XML_SPACE, "preserve")
        first = tail_t
        right.append(tail_t)
        moving = list(child.itersiblings())
    else:
        first = child
        moving = [child, *child.itersiblings()]
    for el in moving:
        right.append(el)  # lxml moves the element
    r.addnext(right)
    return right, first


def wrap(el: etree._Element, wrapper: etree._Element) -> etree._Element:
    el.addprevious(wrapper)
    wrapper.append(el)
    return wrapper


def to_deleted(r: etree._Element) -> None:
    """Deleted runs carry ``w:delText`` / ``w:delInstrText`` instead of ``w:t`` / ``w:instrText``."""
    for t in r.iter(w("t")):
        t.tag = w("delText")
    for t in r.iter(w("instrText")):
        t.tag = w("delInstrText")


def text_run(text: str, rpr: etree._Element | None, deleted: bool) -> etree._Element:
    """A run showing ``text`` (tabs as ``w:tab``) with a copy of ``rpr``."""
    r = etree.Element(w("r"))
    if rpr is not None and len(rpr):
        r.append(copy.deepcopy(rpr))
    for k, chunk in enumerate(text.split("\t")):
        if k:
            etree.SubElement(r, w("tab"))
        if chunk:
            t = etree.SubElement(r, w("delText" if deleted else "t"))
            t.text = chunk
            t.set(XML_SPACE, "preserve")
    return r


# --------------------------------------------------------------------------- comparing properties


def _el_key(el: etree._Element) -> tuple:
    attrs = tuple(sorted((k, v) for k, v in el.attrib.items() if not k.endswith("}hint")))
    if el.tag in _TOGGLES:
        val = el.get(w("val"), "true")
        if val in ("0", "false", "off"):
            return ()
        attrs = ()
    return (el.tag, attrs, tuple(_el_key(c) for c in el if isinstance(c.tag, str)))


def rpr_key(rpr: etree._Element | None) -> tuple:
    """What a run looks like: its properties, order-free, without language/proofing/revision marks."""
    if rpr is None:
        return ()
    keys = (_el_key(c) for c in rpr if isinstance(c.tag, str) and c.tag not in _INVISIBLE)
    return tuple(sorted(k for k in keys if k))


_PPR_SKIP = {w("rPr"), w("sectPr"), w("pPrChange")}


def ppr_key(ppr: etree._Element | None) -> tuple:
    if ppr is None:
        return ()
    return tuple(sorted(_el_key(c) for c in ppr if isinstance(c.tag, str) and c.tag not in _PPR_SKIP))


def base_ppr(ppr: etree._Element | None) -> etree._Element:
    """A copy of a paragraph's own properties as ``w:pPrChange`` records them (no mark, section, change)."""
    out = etree.Element(w("pPr"))
    for c in ppr if ppr is not None else ():
        if isinstance(c.tag, str) and c.tag not in _PPR_SKIP:
            out.append(copy.deepcopy(c))
    return out


def base_rpr(rpr: etree._Element | None) -> etree._Element:
    """A copy of a run's formatting as ``w:rPrChange`` records it (no revision marks, no older change)."""
    out = etree.Element(w("rPr"))
    for c in rpr if rpr is not None else ():
        if isinstance(c.tag, str) and c.tag not in REVISION_MARKS and c.tag != w("rPrChange"):
            out.append(copy.deepcopy(c))
    return out
