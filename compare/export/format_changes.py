"""Formatting carried from the original .docx into the revised one: id mapping and formatting revisions.

Paragraph and run properties copied from the original (a deleted paragraph, deleted words, the old look
recorded in ``w:pPrChange`` / ``w:rPrChange``) name styles and numbering definitions by ids that belong
to the original's package. They are mapped to the revised package's ids: styles by (type, name), numbering
by what the paragraphs both documents share use (the same item numbered by ``numId`` 3 in one and 7 in
the other); an id with no counterpart is dropped rather than left pointing at the wrong definition.
"""

from __future__ import annotations

import copy
from collections import Counter

from lxml import etree

from .docx_runs import (
    Revisions,
    base_ppr,
    base_rpr,
    get_ppr,
    get_rpr,
    put_ppr_child,
    put_rpr_child,
    w,
)


def _style_ids(root: etree._Element | None) -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    by_id: dict[str, tuple[str, str]] = {}
    by_name: dict[tuple[str, str], str] = {}
    for st in root.iter(w("style")) if root is not None else ():
        sid = st.get(w("styleId"))
        name_el = st.find(w("name"))
        if sid is None:
            continue
        key = (
            st.get(w("type"), "paragraph"),
            (name_el.get(w("val")) if name_el is not None else sid).lower(),
        )
        by_id[sid] = key
        by_name.setdefault(key, sid)
    return by_id, by_name


def _num_ids(root: etree._Element | None) -> set[str]:
    return {n.get(w("numId")) for n in root.iter(w("num"))} if root is not None else set()


class IdMap:
    """Original-package ids -> revised-package ids (None: no counterpart, drop the reference)."""

    def __init__(self, styles_a, styles_b, numbering_a, numbering_b) -> None:
        self._a_ids, _ = _style_ids(styles_a)
        self._b_ids, self._b_names = _style_ids(styles_b)
        self._nums_b = _num_ids(numbering_b)
        self._num_pairs: Counter[tuple[str, str]] = Counter()
        self._num_map: dict[str, str] | None = None

    def style(self, sid: str, kind: str) -> str | None:
        key = self._a_ids.get(sid)
        if key is not None and key in self._b_names:
            return self._b_names[key]
        return sid if sid in self._b_ids and self._b_ids[sid][0] == kind else None

    def style_by_name(self, name: str, kind: str = "paragraph") -> str | None:
        return self._b_names.get((kind, name.lower()))

    def learn_num(self, ppr_a, ppr_b) -> None:
        """Two paragraphs that are the same in both documents: their numIds correspond."""
        na, nb = _num_id(ppr_a), _num_id(ppr_b)
        if na is not None and nb is not None:
            self._num_pairs[(na, nb)] += 1
            self._num_map = None

    def num(self, nid: str) -> str | None:
        if nid == "0":
            return "0"
        if self._num_map is None:
            self._num_map = {}
            for (na, nb), _n in self._num_pairs.most_common():
                self._num_map.setdefault(na, nb)
        if nid in self._num_map:
            return self._num_map[nid]
        return nid if nid in self._nums_b else None

    def ppr(self, ppr: etree._Element | None) -> etree._Element:
        """A mapped copy of an original paragraph's own properties (``base_ppr`` shape)."""
        out = base_ppr(ppr)
        self._map_refs(out)
        return out

    def rpr(self, rpr: etree._Element | None) -> etree._Element:
        out = base_rpr(rpr)
        self._map_refs(out)
        return out

    def _map_refs(self, props: etree._Element) -> None:
        for tag, kind in (("pStyle", "paragraph"), ("rStyle", "character")):
            for el in list(props.iter(w(tag))):
                new = self.style(el.get(w("val"), ""), kind)
                if new is None:
                    el.getparent().remove(el)
                else:
                    el.set(w("val"), new)
        for numpr in list(props.iter(w("numPr"))):
            nid = numpr.find(w("numId"))
            new = self.num(nid.get(w("val"), "")) if nid is not None else None
            if new is None:
                numpr.getparent().remove(numpr)
            else:
                nid.set(w("val"), new)


def _num_id(ppr) -> str | None:
    if ppr is None:
        return None
    el = ppr.find(w("numPr/") + w("numId"))
    return el.get(w("val")) if el is not None else None


def record_ppr_change(p: etree._Element, old: etree._Element, revs: Revisions) -> None:
    """Track that paragraph ``p`` had properties ``old`` (a ``base_ppr``-shaped element)."""
    change = revs.make("pPrChange")
    change.append(old)
    put_ppr_child(get_ppr(p), change)


def record_rpr_change(r: etree._Element, old: etree._Element, revs: Revisions) -> None:
    change = revs.make("rPrChange")
    change.append(copy.deepcopy(old))
    put_rpr_child(get_rpr(r), change)
