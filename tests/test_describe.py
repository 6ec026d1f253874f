"""References to changes ("new ¶1, sentence 7"): right in long paragraphs, and linear in their length."""

from __future__ import annotations

from growth import best_cpu

from compare.engine import compare_documents
from compare.export.describe import clause_ref, describe
from compare.model import Document


def _walk_back(result, side: str, i: int) -> int:
    """The sentence number the slow way: walk back to the start of the clause's paragraph run."""
    clauses = result.side(side).clauses
    k = i
    while k > 0 and (clauses[k - 1].paragraph, clauses[k - 1].label) == (
        clauses[i].paragraph,
        clauses[i].label,
    ):
        k -= 1
    return i - k + 1


def _one_paragraph(n: int, changed_every: int) -> tuple[Document, Document]:
    old = [f"Line {k} says item {k} is ready." for k in range(n)]
    new = [s.replace("ready", "late") if k % changed_every == 0 else s for k, s in enumerate(old)]
    return (
        Document.from_paragraphs("a", "text", [" ".join(old), "A second paragraph. With two sentences."]),
        Document.from_paragraphs("b", "text", [" ".join(new), "A second paragraph. With two sentences!"]),
    )


def test_every_reference_in_a_long_paragraph_names_its_sentence() -> None:
    r = compare_documents(*_one_paragraph(300, 7))
    for side in ("a", "b"):
        for i, c in enumerate(r.side(side).clauses):
            ref = clause_ref(r, side, i)
            n = _walk_back(r, side, i)
            assert ref == (
                f"{'new' if side == 'b' else 'old'} ¶{c.paragraph + 1}"
                + ("" if n == 1 else f", sentence {n}")
            )
    texts = [describe(r, e) for e in r.changes()]
    assert texts[:3] == ["new ¶1 changed", "new ¶1, sentence 8 changed", "new ¶1, sentence 15 changed"]
    assert texts[-1] == "new ¶2, sentence 2 changed"


def test_describing_every_entry_of_a_long_paragraph_is_linear() -> None:
    def run(n: int) -> float:
        r = compare_documents(*_one_paragraph(n, 1))
        return best_cpu(lambda: [describe(r, e) for e in r.alignment])[0]

    run(300)
    small, big = run(1_000), run(4_000)
    assert big < 8 * small + 0.2, (small, big)  # walking back each time was 16x (quadratic)


def test_a_list_without_a_name_says_where_it_stands() -> None:
    from compare.export.describe import list_place
    from compare.model import ItemChange, ItemStatus

    def item(name: str, label: str | None) -> ItemChange:
        return ItemChange(ItemStatus.ADDED, None, "coal", None, 0, name, label=label)

    assert list_place(item("", "preamble")) == "a list in the preamble"
    assert list_place(item("", "16")) == "a list in §16"
    assert list_place(item("", None)) == "a list"
    assert list_place(item("exemptions", "4(c)")) == "exemptions in §4(c)"
    assert list_place(item("the goods", "preamble")) == "the goods (preamble)"


def test_a_sub_paragraph_name_does_not_end_on_a_preposition() -> None:
    from compare.lists.naming import name_span

    text = "(a) The importation of medical supplies and foodstuffs into the Federal Republic of Yugoslavia;"
    lo, hi = name_span(text)
    assert text[lo:hi] == "The importation of medical supplies and foodstuffs"
