"""Numbered paragraphs of the plain-text redline as real Word lists, not typed numbers.

A label typed at the start of a paragraph ("4.", "(c)", "iii)") is lifted out of the text and shown by a
numbering definition instead: ONE abstract definition per label form (decimal "1.", lettered "(a)", roman
"(i)", ...), a ``w:num`` instance per run of the list (a new one, with ``w:startOverride``, wherever the
labels restart or jump), and ``w:numPr`` on the paragraphs. After Accept All the list renumbers itself and
shows the revised labels; after Reject All it shows the original ones.

The redline merges two documents, so every output paragraph serves one paragraph of each side (a
paragraph whose mark is inserted joins the next one when changes are rejected, and the other way round).
The plan below checks, side by side, that the numbering each output paragraph carries counts to exactly
the label the document had; where it cannot (a label like "4 bis", a paragraph numbered on one side and
not on the other, a restart only one side has) the label stays typed text, as before.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..model import Document
from ..text.labels import _to_roman, marker_at, parse_label

COMMON, INS, DEL = "=", "+", "-"

_FORMATS = {
    "num": "decimal",
    "arabic": "decimal",
    "alpha": "lowerLetter",
    "ALPHA": "upperLetter",
    "roman": "lowerRoman",
    "ROMAN": "upperRoman",
}
_PATTERNS = {"dot": "%1.", "paren": "(%1)", "rparen": "%1)"}
_MAX_ROUNDS = 64  # each round demotes at least one list item to typed text; past this, type them all


def render(fmt: str, value: int) -> str:
    """The number as Word and LibreOffice draw it for this w:numFmt."""
    if fmt == "decimal":
        return str(value)
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(97 + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    s = _to_roman(value)
    return s.upper() if fmt == "upperRoman" else s


@dataclass(frozen=True, slots=True)
class Label:
    """A paragraph's label as numbering: ``key`` names its abstract definition (format, level text,
    suffix); ``start``/``end`` locate it in the document text when it was typed there (else -1)."""

    key: tuple[str, str, str]
    value: int
    start: int = -1
    end: int = -1
    literal: bool = False  # a Word label no numbering format reproduces: drawn as fixed level text

    @property
    def typed(self) -> bool:
        return self.start >= 0


def _choose(marker, last: dict) -> tuple[str, int] | None:
    """The reading of an ambiguous marker ("(i)": letter or roman) that continues the document's lists."""
    readings = [(k, v) for k, v in marker.readings if k in _FORMATS]
    readings = [
        (k, v[0] if isinstance(v, tuple) else v)
        for k, v in readings
        if not isinstance(v, tuple) or len(v) == 1
    ]
    if not readings:
        return None
    for k, v in readings:
        if last.get((k, marker.deco)) == v - 1:
            return k, v
    for k, v in readings:
        if v == 1:
            return k, v
    return readings[0]


def document_labels(doc: Document) -> list[Label | None]:
    """Per paragraph, its label as numbering, or None (no label, or one no numbering format draws)."""
    out: list[Label | None] = []
    last: dict = {}
    for p in doc.paragraphs:
        lab: Label | None = None
        if p.label:
            lab = _word_label(p.label, last)
        else:
            found = marker_at(doc.text, p.start, p.end) if p.end > p.start else None
            if found is not None:
                marker, stop = found
                reading = _choose(marker, last)
                if reading is not None:
                    kind, value = reading
                    fmt, pattern = _FORMATS[kind], _PATTERNS[marker.deco]
                    if value >= 1 and pattern.replace("%1", render(fmt, value)) == marker.text:
                        lab = Label((fmt, pattern, "nothing"), value, p.start, stop)
                        last[(kind, marker.deco)] = value
        out.append(lab)
    return out


def _word_label(label: str, last: dict) -> Label:
    """A Word numbering label (not in the text): a counting format when one draws it exactly."""
    marker = parse_label(label)
    if marker is not None:
        reading = _choose(marker, last)
        if reading is not None:
            kind, value = reading
            fmt = _FORMATS[kind]
            shown = render(fmt, value) if value >= 1 else None
            s = label.strip()
            if shown is not None and s.count(marker.token) == 1 and s.replace(marker.token, shown) == s:
                last[(kind, marker.deco)] = value
                return Label((fmt, s.replace(marker.token, "%1"), "tab"), value)
    return Label(("decimal", label, "tab"), 1, literal=True)


@dataclass(slots=True)
class Plan:
    """What the writer needs: per output paragraph a num id (or None), the list instances, and the
    typed label characters to leave out of the runs (offsets into each side's text)."""

    numpr: list[int | None]
    nums: list[tuple[tuple[str, str, str], int | None]]  # per num id (index): abstract key, start value
    strip_a: list[tuple[int, int]] = field(default_factory=list)
    strip_b: list[tuple[int, int]] = field(default_factory=list)

    def keep(self, text: str, kind: str, pa: int, pb: int) -> str:
        """The run's text without lifted label characters (a run starts at ``pa``/``pb`` on its sides)."""
        spans, pos = (self.strip_b, pb) if kind == INS else (self.strip_a, pa)
        if not spans:
            return text
        k = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
        k = max(k, 0)
        out, cur = [], 0
        while k < len(spans) and spans[k][0] < pos + len(text):
            s, e = spans[k]
            s, e = max(s - pos, 0), min(e - pos, len(text))
            if s < e:
                out.append(text[cur:s] if s > cur else "")
                cur = max(cur, e)
            k += 1
        out.append(text[cur:])
        return "".join(out)


def plan_numbering(paras, doc_a: Document, doc_b: Document) -> Plan:
    """Decide the numbering of every output paragraph (``paras`` as built by the redline writer: each has
    ``runs`` of (text, kind, note), ``offs`` of (a, b) run offsets, ``mark``, ``a_index``, ``b_index``)."""
    labels = {"a": document_labels(doc_a), "b": document_labels(doc_b)}
    # which side-paragraph (chain) each output paragraph belongs to; a paragraph made only of
    # inserted text and an inserted mark vanishes whole on reject, so it belongs to no old paragraph
    chain_a: list[int | None] = []
    chain_b: list[int | None] = []
    for p in paras:
        kinds = {k for _, k, _ in p.runs}
        chain_a.append(None if p.mark == INS and kinds <= {INS} else p.a_index)
        chain_b.append(None if p.mark == DEL and kinds <= {DEL} else p.b_index)
    # typed labels: where their characters are, and which other side's label shares common characters
    where: dict[tuple[str, int], set[int]] = {}
    found: dict[tuple[str, int], int] = {}
    links: dict[tuple[str, int], set[tuple[str, int]]] = {}
    bad: set[tuple[str, int]] = set()
    for k, p in enumerate(paras):
        for (text, kind, _), (pa, pb) in zip(p.runs, p.offs, strict=True):
            for side, pos, idx, vis in (("a", pa, p.a_index, kind != INS), ("b", pb, p.b_index, kind != DEL)):
                if not vis or idx >= len(labels[side]):
                    continue
                lab = labels[side][idx]
                if lab is None or not lab.typed:
                    continue
                s, e = max(lab.start, pos), min(lab.end, pos + len(text))
                if s >= e:
                    continue
                key = (side, idx)
                where.setdefault(key, set()).add(k)
                found[key] = found.get(key, 0) + e - s
                if kind == COMMON:
                    other = "b" if side == "a" else "a"
                    oidx, opos = (p.b_index, pb) if side == "a" else (p.a_index, pa)
                    olab = labels[other][oidx] if oidx < len(labels[other]) else None
                    if (
                        olab is None
                        or not olab.typed
                        or not (olab.start <= opos + s - pos and opos + e - pos <= olab.end)
                    ):
                        bad.add(key)
                    else:
                        links.setdefault(key, set()).add((other, oidx))
                        links.setdefault((other, oidx), set()).add(key)
    for side in ("a", "b"):
        for idx, lab in enumerate(labels[side]):
            if lab is not None and lab.typed:
                key = (side, idx)
                if len(where.get(key, ())) != 1 or found.get(key, 0) != lab.end - lab.start:
                    bad.add(key)
    typed: set[tuple[str, int]] = set()

    def demote(keys) -> bool:
        todo, grew = list(keys), False
        while todo:
            key = todo.pop()
            if key in typed:
                continue
            typed.add(key)
            grew = True
            todo.extend(links.get(key, ()))
        return grew

    demote(bad)

    def effective(side: str, idx: int | None) -> Label | None:
        if idx is None or idx >= len(labels[side]):
            return None
        lab = labels[side][idx]
        if lab is None or (side, idx) not in typed:
            return lab
        if lab.typed:
            return None
        return Label(("decimal", _literal_text(lab), "tab"), 1, literal=True)

    for _ in range(_MAX_ROUNDS):
        plan, conflict = _simulate(paras, chain_a, chain_b, effective)
        if conflict is None:
            return _finish(plan, labels, typed)
        if not demote(conflict):
            break
    demote((s, i) for s in ("a", "b") for i in range(len(labels[s])))
    plan, _ = _simulate(paras, chain_a, chain_b, effective, force=True)
    return _finish(plan, labels, typed)


def _literal_text(lab: Label) -> str:
    fmt, pattern, _ = lab.key
    return pattern if lab.literal else pattern.replace("%1", render(fmt, lab.value))


def _finish(plan: Plan, labels, typed) -> Plan:
    for side, spans in (("a", plan.strip_a), ("b", plan.strip_b)):
        for idx, lab in enumerate(labels[side]):
            if lab is not None and lab.typed and (side, idx) not in typed:
                spans.append((lab.start, lab.end))
        spans.sort()
    return plan


def _simulate(paras, chain_a, chain_b, effective, force: bool = False):
    """Give each output paragraph a list instance, counting each side's paragraphs as Word does.

    Returns the plan and None, or a plan and the labels to demote to typed text on a conflict."""
    numpr: list[int | None] = [None] * len(paras)
    nums: list[tuple[tuple[str, str, str], int | None]] = []
    current: dict[tuple[str, str, str], int] = {}
    count = {"a": [], "b": []}
    seen: dict[tuple[str, int], int] = {}
    for k in range(len(paras)):
        ia, ib = chain_a[k], chain_b[k]
        la, lb = effective("a", ia), effective("b", ib)
        if la is None and lb is None:
            continue
        involved = [key for key in (("a", ia), ("b", ib)) if key[1] is not None]
        if not force:
            if (ia is not None and la is None) or (ib is not None and lb is None):
                return None, involved
            if la is not None and lb is not None and la.key != lb.key:
                return None, involved
        lab = (lb if paras[k].mark != DEL else la) or la or lb
        if lab.literal:
            key = lab.key
            if key not in current:
                current[key] = len(nums)
                nums.append((key, None))
                count["a"].append(0)
                count["b"].append(0)
            numpr[k] = current[key]
            continue
        key = lab.key
        num = current.get(key)
        events = []  # (side, label) for the side-paragraphs that start here
        for side, idx, sl in (("a", ia, la), ("b", ib, lb)):
            if idx is None or sl is None:
                continue
            if (side, idx) in seen:
                if seen[(side, idx)] != num and not force:
                    return None, involved
            else:
                events.append((side, sl))
        fits = num is not None and all(count[s][num] + 1 == sl.value for s, sl in events)
        if not fits:
            if not force and (len(events) < len(involved) or len({sl.value for _, sl in events}) > 1):
                return None, involved
            start = events[0][1].value if events else lab.value
            num = len(nums)
            nums.append((key, start))
            count["a"].append(start - 1)
            count["b"].append(start - 1)
            current[key] = num
        for side, sl in events:
            count[side][num] = sl.value
            seen[(side, ia if side == "a" else ib)] = num
        numpr[k] = num
    return Plan(numpr, nums), None
