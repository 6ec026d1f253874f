"""Lists read as a person reads them, on fixture text written for these tests (issue #13, second round):
sibling sub-paragraphs that start alike, pairs that grow into lists, qualifiers, determiners, stable
reading of unchanged lists.
"""

from __future__ import annotations

from compare.engine import compare_documents
from compare.lists.naming import name_span
from compare.model import Document, ItemStatus

HEAD = ["The Assembly,", "Acting on its rules,"]


def compare(old: list[str], new: list[str]):
    return compare_documents(
        Document.from_paragraphs("old", "text", old), Document.from_paragraphs("new", "text", new)
    )


def changes(result) -> set[tuple[str, str | None, str | None]]:
    return {(str(it.status), it.a, it.b) for it in result.items if it.status != ItemStatus.KEPT}


ALIKE = [
    "4. Decides that every member club shall:",
    "(a) Forbid, through its officers or on its grounds, the hiring of boats to visitors;",
    "(b) Forbid, through its officers or on its grounds, any sale of bait during the closed season;",
    "(c) Forbid, through its officers or on its grounds, the lending of rods and nets to minors;",
    "(d) Report each quarter to the secretary on the state of the lake;",
    "5. Decides to meet again in spring.",
]


def reletter(paras: list[str], start: int, shift: int) -> list[str]:
    out = []
    for p in paras:
        if p.startswith("(") and p[1].isalpha() and ord(p[1]) - ord("a") >= start:
            p = f"({chr(ord(p[1]) + shift)})" + p[3:]
        out.append(p)
    return out


def test_a_name_cut_at_a_comma_after_one_word_runs_on() -> None:
    text = "(b) Forbid, through its officers or on its grounds, any sale of bait;"
    lo, hi = name_span(text)
    assert text[lo:hi] == "Forbid, through its officers or on its grounds"
    short = "(c) Close the trade offices of the regime, except consulates;"
    lo, hi = name_span(short)
    assert short[lo:hi] == "Close the trade offices of the regime"


def test_an_inserted_sub_paragraph_among_siblings_that_start_alike_is_one_added_item() -> None:
    new_b = "(b) Forbid the sale of fishing licences to persons under sixteen;"
    new = [*HEAD, ALIKE[0], ALIKE[1], new_b, *reletter(ALIKE[2:], 1, 1)]
    r = compare([*HEAD, *ALIKE], new)
    assert changes(r) == {("added", None, "Forbid the sale of fishing licences to persons under sixteen")}


def test_the_last_of_siblings_that_start_alike_removed_is_the_item_removed() -> None:
    new = [*HEAD, *ALIKE[:3], ALIKE[4], ALIKE[5]]
    new[-2] = new[-2].replace("(d)", "(c)")
    r = compare([*HEAD, *ALIKE], new)
    got = changes(r)
    assert len(got) == 1
    (status, a, b), = got
    assert status == "removed" and b is None
    assert a.startswith("Forbid, through its officers or on its grounds")
