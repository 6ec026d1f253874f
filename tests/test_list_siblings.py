"""Lists read as a person reads them, on fixture text written for these tests (issue #13, second round):
sibling sub-paragraphs that start alike, pairs that grow into lists, qualifiers, determiners, stable
reading of unchanged lists.
"""

from __future__ import annotations

from growth import best_cpu
from list_helpers import changes, compare

from compare.lists.naming import name_span
from compare.model import Document, ItemStatus

HEAD = ["The Assembly,", "Acting on its rules,"]


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
    ((status, a, b),) = got
    assert status == "removed" and b is None
    assert a.startswith("Forbid, through its officers or on its grounds")


# --------------------------------------------------------------------------- items read from the edit


def one_para(old: str, new: str):
    return changes(
        compare([*HEAD, old, "9. Decides to meet again."], [*HEAD, new, "9. Decides to meet again."])
    )


def test_a_pair_that_becomes_three_reports_the_new_member() -> None:
    old = "3. Asks every club to stop the netting and sale of young trout in the lake;"
    new = "3. Asks every club to stop the netting, smoking and sale of young trout in the lake;"
    assert one_para(old, new) == {("added", None, "smoking")}
    assert one_para(new, old) == {("removed", "smoking", None)}


def test_an_or_any_list_reports_the_whole_member_wherever_the_diff_puts_it() -> None:
    old = "3. Notes that no right conferred by any charter or any lease signed before 2 May 1990 shall apply;"
    new = (
        "3. Notes that no right conferred by any charter or any deed of gift or any lease signed before "
        "2 May 1990 shall apply;"
    )
    assert one_para(old, new) == {("added", None, "any deed of gift")}


def test_a_member_replaced_in_a_pair_is_modified_up_to_the_next_member() -> None:
    old = "3. Voids every right under any charter or any lease or licence signed before 2 May 1990;"
    new = "3. Voids every right under any charter or any permit or licence signed before 2 May 1990;"
    assert one_para(old, new) == {
        (
            "modified",
            "any lease or licence signed before 2 May 1990",
            "any permit or licence signed before 2 May 1990",
        )
    }


def test_a_struck_member_before_an_oxford_comma_is_removed() -> None:
    old = "3. Requires the drying, salting, or smoking, under supervision, of the catch;"
    new = "3. Requires the drying, or smoking, under supervision, of the catch;"
    assert one_para(old, new) == {("removed", "salting", None)}


def test_edits_of_titles_addressees_and_clauses_are_not_items() -> None:
    title = "3. Recalls the Charter on the Care and Protection of Lakes, signed in Oslo;"
    assert one_para(title, title.replace("Care and", "Care, Restocking and")) == set()
    calls = "3. Calls upon all clubs, and all local councils, to act in accordance with this decision;"
    assert one_para(calls, calls.replace("local", "regional")) == set()
    clause = "3. Notes the report of the warden and welcomes its findings;"
    assert one_para(clause, clause.replace(" and welcomes its findings", "")) == set()


def test_an_item_with_a_comma_set_qualifier_inserted_is_one_item() -> None:
    old = "3. Bans the sale of boats for hire, outboard motors and other engines to the club;"
    new = (
        "3. Bans the sale of boats for hire, outboard motors, fishing sonar, whether or not of marine "
        "design, and other engines to the club;"
    )
    assert one_para(old, new) == {("added", None, "fishing sonar, whether or not of marine design")}
    old2 = "3. Allows payments for medical purposes only and, in cases of hardship, firewood;"
    new2 = "3. Allows payments for medical purposes only;"
    assert one_para(old2, new2) == {("removed", "in cases of hardship, firewood", None)}


def test_a_list_that_reads_differently_after_an_edit_elsewhere_loses_no_item() -> None:
    """The new qualified item stops the reader from reading the list on the new side: the items still stand
    word for word in the new version of the clause, so they are not reported removed."""
    old = [
        "4. Decides that every member club shall:",
        "(a) Close the offices of the rival league in their grounds;",
        "(b) Forbid, through its officers or from its grounds, the hire of any boat or boat engine to "
        "visitors, the repair and servicing of visitors' boats or boat engines, the licensing of guides for "
        "visitors, the payment of new claims against existing boat policies and the sale of new boat "
        "policies for visitors;",
        "(c) Report each quarter to the secretary on the state of the lake;",
        "5. Decides to meet again.",
    ]
    new = list(old)
    new[2] = new[2].replace(
        "guides for visitors,", "guides for visitors, the instruction, in any form, of junior guides,"
    )
    got = changes(compare([*HEAD, *old], [*HEAD, *new]))
    assert got == {("added", None, "the instruction, in any form, of junior guides")}


def test_an_item_both_versions_word_alike_is_not_modified_when_its_list_is_cut_differently() -> None:
    old = (
        "3. Affirms that the club is liable for any direct loss, damage or harm to foreign anglers, members "
        "and guests as a result of its negligence;"
    )
    new = old.replace("members and guests", "members, local residents and guests")
    assert one_para(old, new) == {("added", None, "local residents")}


def test_a_qualifier_between_dashes_stays_inside_its_item() -> None:
    from compare.lists.enumerations import find_enumerations

    text = "Holds the club liable for any direct loss, damage - including damage to the banks - or harm;"
    got = [[text[a:b] for a, b in e.items] for e in find_enumerations(text, "en")]
    # "any" is said of every member (items_holdout3 687-12 reads "design" in "any design, research, ...")
    assert got == [["direct loss", "damage - including damage to the banks -", "harm"]]


# --------------------------------------------------------------------------- speed


def test_one_edit_in_a_sentence_of_thousands_of_semicolon_parts_reads_only_near_it() -> None:
    """The lists stage alone (the alignment is given): its cost must not grow with the sentence."""

    from compare.lists.items import find_item_changes
    from compare.model import AlignmentEntry, Kind, Side
    from compare.text.segment import segment

    def seconds(n: int) -> tuple[float, set]:
        parts = [f"nails{k}, rope{k} and tar{k}" for k in range(n)]
        old = "Bans the sale of " + "; ".join(parts) + "."
        parts[n // 2] = "pitch, " + parts[n // 2]
        new = "Bans the sale of " + "; ".join(parts) + "."
        da = Document.from_paragraphs("a", "text", [old])
        db = Document.from_paragraphs("b", "text", [new])
        sa, sb = Side(da, segment(da)), Side(db, segment(db))
        rows = [
            AlignmentEntry(Kind.EQUAL if x.text == y.text else Kind.CHANGED, (x.index,), (y.index,), 1.0)
            for x, y in zip(sa.clauses, sb.clauses, strict=True)
        ]
        took, changes = best_cpu(lambda: find_item_changes(sa, sb, rows))
        return took, {(str(c.status), c.b) for c in changes if c.status != ItemStatus.KEPT}

    small, got_small = seconds(200)
    large, got_large = seconds(8000)
    assert got_small == got_large == {("added", "pitch")}
    assert large < 10 * small + 0.5  # 40 times the sentence, about the same time


def test_a_gerund_before_a_plural_noun_is_an_item_not_a_verb() -> None:
    from compare.lists.enumerations import find_enumerations

    text = "Asks the club to open for inspection its mills, bottling plants, storage depots and wet docks;"
    got = [[text[a:b] for a, b in e.items] for e in find_enumerations(text, "en")]
    assert got == [["mills", "bottling plants", "storage depots", "wet docks"]]  # "its" is said of all


# --------------------------------------------------------------------------- semicolon clauses


PLEDGES = (
    "3. Decides that the club shall agree not to buy or rent motor boats or any engines, sonar, nets or "
    "traps for use on the lake; to submit to the secretary within ten days a list of the boats, moorings "
    "and sheds it holds; to place all of its rowing boats under the control, for repair and storage, of "
    "the warden; and to accept inspection of its sheds at any time;"
)


def test_parallel_infinitive_clauses_after_semicolons_are_items_named_by_their_first_words() -> None:
    new = PLEDGES.replace(
        "to place all of its rowing boats under the control, for repair and storage, of the warden; ", ""
    )
    got = one_para(PLEDGES, new)
    assert len(got) == 1
    ((status, a, b),) = got
    assert status == "removed" and a.startswith("to place all of its rowing boats")


def test_a_provision_reworded_after_its_first_words_is_modified_not_kept() -> None:
    new = PLEDGES.replace("sheds it holds", "sheds it owns")
    got = {c for c in one_para(PLEDGES, new) if c[0] == "modified"}
    assert len(got) == 1
    ((_, a, b),) = got
    assert a == b and a.startswith("to submit to the secretary")
    changed = [*ALIKE]
    changed[2] = changed[2].replace("any sale of bait", "any sale of live bait")
    got = changes(compare([*HEAD, *ALIKE], [*HEAD, *changed]))
    assert (
        "modified",
        "Forbid, through its officers or on its grounds",
        "Forbid, through its officers or on its grounds",
    ) in got
