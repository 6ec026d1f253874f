"""The document pane and the presentation it paints: offsets, hit-testing, laziness, scroll sync."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from gui_helpers import NEW_TEXT, OLD_TEXT, center, long_pair  # noqa: E402

from compare.engine import compare_documents  # noqa: E402
from compare.model import CompareOptions, Document, Kind  # noqa: E402
from compare.readers import read_text  # noqa: E402
from gui.presentation import SyncMap, build_presentation  # noqa: E402


def _result(old: str, new: str, options: CompareOptions = CompareOptions()):
    return compare_documents(read_text(old, "old.txt"), read_text(new, "new.txt"), options)


def test_word_ranges_cover_exactly_the_deleted_and_inserted_words(samples) -> None:
    old = (samples / "resolution_v1.txt").read_text(encoding="utf-8")
    new = (samples / "resolution_v2.txt").read_text(encoding="utf-8")
    res = _result(old, new)
    pres = build_presentation(res)
    checked = 0
    for k, e in enumerate(res.alignment):
        if e.kind != Kind.CHANGED or not (e.a and e.b):
            continue
        for which, op in (("a", "-"), ("b", "+")):
            side = res.side(which)
            view = pres.side(which)
            paras = {side.clauses[i].paragraph for i in (e.a if which == "a" else e.b)}
            lo = min(side.clauses[i].start for i in (e.a if which == "a" else e.b))
            hi = max(side.clauses[i].end for i in (e.a if which == "a" else e.b))
            shown = [
                side.document.text[s:t]
                for p in paras
                for s, t, _ in view.word_ranges.get(p, [])
                if lo <= s and t <= hi
            ]
            expected = " ".join(d.text for d in e.diff if d.op == op).split()
            assert " ".join(shown).split() == expected, (k, which)
            checked += 1
    assert checked >= 4


def test_every_clause_maps_to_its_entry_and_mark() -> None:
    res = _result(OLD_TEXT, NEW_TEXT)
    pres = build_presentation(res)
    for k, e in enumerate(res.alignment):
        for i in e.a:
            assert pres.a.clause_entry[i] == k
        for j in e.b:
            assert pres.b.clause_entry[j] == k
    assert "added" in pres.b.clause_mark and "removed" in pres.a.clause_mark
    assert len(pres.change_texts) == len(res.changes())


def test_sync_map_is_exact_at_anchors_and_monotonic() -> None:
    res = _result(OLD_TEXT, NEW_TEXT)
    sync = build_presentation(res).sync
    for e in res.alignment:
        if e.a and e.b and not e.moved and len(e.a) == len(e.b) == 1:
            assert sync.map(e.a[0], "a") == pytest.approx(e.b[0])
            assert sync.map(e.b[0], "b") == pytest.approx(e.a[0])
    n = len(res.a.clauses)
    values = [sync.map(x / 10, "a") for x in range(n * 10 + 1)]
    assert values == sorted(values)
    assert values[-1] == pytest.approx(len(res.b.clauses))


def test_sync_map_interpolates_over_an_insertion() -> None:
    # old clauses 0,1 | new 0, (added 1, 2), 3  ->  old 1 sits where new 3 is
    sync = SyncMap([(0, 1, 0, 1), (1, 1, 1, 3), (1, 2, 3, 4)])
    assert sync.map(1.0, "a") == pytest.approx(3.0)
    assert sync.map(1.5, "a") == pytest.approx(3.5)
    assert sync.map(2.0, "b") == pytest.approx(1.0)  # inside the insertion: stays at old 1


@pytest.fixture
def long_pane(qtbot):
    from gui.pane import DocumentPane

    old, new = long_pair(1500, changed=(3, 700, 1490))
    res = _result(old, new)
    pres = build_presentation(res)
    pane = DocumentPane("b")
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_document(res.b.document, res.b.clauses, pres.b)
    return pane, res


def test_only_visible_paragraphs_are_laid_out(qtbot, long_pane) -> None:
    pane, res = long_pane
    pane.grab()
    assert 0 < len(pane._layouts) < 40
    last = len(res.b.clauses) - 1
    pane.scroll_to_clause(last)
    pane.grab()
    assert pane.is_clause_visible(last)
    assert len(pane._layouts) < 80  # the jump laid out the destination, not everything in between
    assert pane.verticalScrollBar().maximum() > 100 * pane.viewport().height()


def test_clicks_hit_the_clause_under_the_pointer(qtbot, long_pane) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    pane, res = long_pane
    pane.scroll_to_clause(700)
    hits = []
    pane.clauseClicked.connect(hits.append)
    visible = [i for i in pane.visible_clause_range() if pane.is_clause_visible(i)]
    assert len(visible) > 3
    for i in visible:
        rect = pane.clause_rect(i)
        if rect.top() >= 0 and rect.bottom() <= pane.viewport().height():
            assert pane.clause_at(center(rect)) == i
    target = visible[len(visible) // 2]
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=center(pane.clause_rect(target)))
    assert hits == [target]


def test_font_size_relayouts_and_keeps_the_reading_position(qtbot, long_pane) -> None:
    pane, _res = long_pane
    pane.scroll_to_clause(700, at=0.0)
    before_max = pane.verticalScrollBar().maximum()
    pane.set_point_size(pane.point_size + 4)
    pane.grab()
    assert pane.verticalScrollBar().maximum() > before_max
    top, bottom = pane.clause_span(700)
    assert top < pane.viewport().height() * 0.5 and bottom > -5


def test_empty_pane_shows_its_invitation(qtbot) -> None:
    from gui.pane import DocumentPane

    pane = DocumentPane("a")
    qtbot.addWidget(pane)
    assert "Drop a file" in pane.placeholder
    pane.set_document(Document.from_paragraphs("x.txt", "txt", ["One.", "Two."]))
    assert pane.clause_at(center(pane.viewport().rect())) is None  # no comparison yet: no clauses
