"""Items read from the edits of real-resolution shapes (issue #13), on fixture text written for these tests.

Each test compares two short drafts through the real engine and checks what a drafter expects to see in
the Items panel: the member that changed, with its own words only, and nothing for what is not a list.
"""

from __future__ import annotations

from compare.engine import compare_documents
from compare.model import Document, ItemStatus

HEAD = ["The Security Council,", "Acting under its charter,"]


def compare(old: list[str], new: list[str]):
    return compare_documents(
        Document.from_paragraphs("old", "text", old), Document.from_paragraphs("new", "text", new)
    )


def changes(result) -> set[tuple[str, str | None, str | None]]:
    return {(str(it.status), it.a, it.b) for it in result.items if it.status != ItemStatus.KEPT}


def test_a_pair_sharing_its_complement_reports_the_reworded_head_alone() -> None:
    old = "1. Urges States to end any support for the upkeep and testing of such vessels by their agents;"
    new = "1. Urges States to end any support for the upkeep and refitting of such vessels by their agents;"
    assert changes(compare([*HEAD, old], [*HEAD, new])) == {("modified", "testing", "refitting")}


def test_parallel_members_keep_their_own_complement() -> None:
    old = "1. Urges States to end the export of arms and supply of vehicles to the militia;"
    new = "1. Urges States to end the export of arms and sale of vehicles to the militia;"
    got = changes(compare([*HEAD, old], [*HEAD, new]))
    assert ("modified", "supply", "sale") not in got
