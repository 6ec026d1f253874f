"""Round 8 of the list reader (issue #13): where a list starts and what a qualifier attaches to.

Each test states one rule of English enumerations on invented sentences."""

from __future__ import annotations

from list_helpers import changes, compare, items_of

HEAD = ["The Assembly,", "Acting under its statute,"]


# ------------------------------------------------- heads coordinated before "of" are no members


TAIL = " of rifles, ammunition of all calibres and field radios and barges, with a view to ending them;"


def test_heads_coordinated_before_of_leave_the_list_after_of() -> None:
    # "the manufacture, repair and maintenance of X, Y and Z": the nouns before "of" are the heads it governs
    text = "2. Ends all contracts relating to the manufacture, repair and maintenance" + TAIL
    found = items_of(text)
    assert ["rifles", "ammunition of all calibres and field radios", "barges"] in found
    assert not any(any("maintenance" in it for it in items) for items in found)


def test_a_head_added_before_of_is_an_item_of_its_own() -> None:
    old = "2. Ends all contracts relating to the manufacture and maintenance" + TAIL
    new = "2. Ends all contracts relating to the manufacture, repair and maintenance" + TAIL
    assert changes(compare([*HEAD, old], [*HEAD, new])) == {("added", None, "repair")}


def test_a_member_holding_a_pair_before_of_after_a_bare_list_stays_whole() -> None:
    # no article before the noun ending the segment: the comma separates members, not heads
    text = "3. Bans the sale of rifles, pistols, spare parts and parts of engines, and ammunition;"
    assert any("pistols" in items for items in items_of(text))


# ------------------------------------------------- "including" names examples of one thing


def test_including_does_not_join_the_object_that_follows_its_comma() -> None:
    # "any firm in X or Y, including Z, any grants or any other aid": the members sharing "any" are the
    # verb's object, not examples of what "including" follows
    text = (
        "4. Decides not to make available to the Agency, or to any commercial or industrial firm "
        "in Norland or Sudland, including ferry operators, any grants or any other financial aid;"
    )
    assert not any("ferry operators" in items for items in items_of(text))


def test_including_still_opens_a_list_of_examples() -> None:
    text = "5. Bans all fuels, including petrol, diesel and kerosene, from the zone;"
    assert ["petrol", "diesel", "kerosene"] in items_of(text)


def test_a_qualifier_after_a_member_placed_in_named_places_rewords_that_member() -> None:
    old = (
        "4. Decides not to make available to the Agency, or to any commercial or industrial firm "
        "in Norland or Sudland, any grants or any other financial aid;"
    )
    new = (
        "4. Decides not to make available to the Agency, or to any commercial or industrial firm "
        "in Norland or Sudland, including ferry operators, any grants or any other financial aid;"
    )
    got = changes(compare([*HEAD, old], [*HEAD, new]))
    assert got == {
        (
            "modified",
            "any commercial or industrial firm in Norland or Sudland",
            "any commercial or industrial firm in Norland or Sudland, including ferry operators",
        )
    }
