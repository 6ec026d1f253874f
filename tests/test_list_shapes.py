"""The list shapes of real resolutions (issue #13), on fixture text written for these tests.

Each test compares two short drafts through the real engine and checks the items a drafter expects:
qualified items, repeated prepositions, semicolon lists, lettered sub-paragraphs and bullets, items that
hold "and", replacements in the same slot, and what is *not* a list.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from growth import best_cpu
from list_helpers import changes, compare, items_of

from compare.engine import compare_files
from compare.export.jsonio import to_dict
from compare.lists.enumerations import find_enumerations
from compare.model import ItemStatus

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


HEAD = ["The Security Council,", "Acting under its charter,"]


# --------------------------------------------------------------------------- inline shapes


def test_an_item_with_a_comma_set_qualifier_keeps_the_list_whole() -> None:
    text = (
        "Decides that the ban shall not cover medical kits, lamp oil for small river boats, in amounts "
        "reported to the Panel, school books and rice."
    )
    assert items_of(text) == [
        [
            "medical kits",
            "lamp oil for small river boats, in amounts reported to the Panel",
            "school books",
            "rice",
        ]
    ]


def test_an_inserted_qualified_item_is_one_added_item_and_nothing_else_moves() -> None:
    old = "1. Decides that States shall prevent the import of salt, tea, wool, maize and hides from the area;"
    new = (
        "1. Decides that States shall prevent the import of salt, tea, cotton, whether raw or spun, wool, "
        "maize and hides from the area;"
    )
    r = compare([*HEAD, old], [*HEAD, new])
    assert changes(r) == {("added", None, "cotton, whether raw or spun")}
    assert {it.b for it in r.items if it.status == ItemStatus.KEPT} == {
        "salt",
        "tea",
        "wool",
        "maize",
        "hides",
    }


def test_items_after_a_repeated_preposition() -> None:
    text = "Requests that reports be sent to the Panel, to the Board or to the Office, as appropriate."
    assert items_of(text) == [["Panel", "Board", "Office"]]


def test_members_that_repeat_their_preposition_added_and_struck() -> None:
    """ "to any trader or agent in Ostend or to any trader or agent acting on behalf of ... or to ...":
    an item added opens with the repeated preposition, wherever the diff placed the inserted words."""
    text = (
        "1. Decides that no funds shall be paid to any trader or agent in Ostend{} or to any trader or agent"
        " for the purposes of any business in Ostend;"
    )
    old = [*HEAD, text.format("")]
    new = [*HEAD, text.format(" or to any trader or agent acting on behalf of such firms")]
    assert changes(compare(old, new)) == {
        ("added", None, "to any trader or agent acting on behalf of such firms")
    }
    # the first member struck: "exclusively [for rents or ]for school fees or for ..."
    text2 = (
        "1. Forbids transfers except payments exclusively {}for school fees or for medical care, and food;"
    )
    got = changes(compare([*HEAD, text2.format("for rents or ")], [*HEAD, text2.format("")]))
    assert got == {("removed", "for rents", None)}


def test_a_long_qualifier_between_dashes_or_in_parentheses_does_not_break_the_list() -> None:
    text = (
        "is liable for any theft, damage - including damage to the harbour walls and the loss of the"
        " moorings - or delay to the shipping lines, owners and crews;"
    )
    assert items_of(text)[0] == [
        "theft",  # "any" is said of every member
        "damage - including damage to the harbour walls and the loss of the moorings -",
        "delay",
    ]
    paren = text.replace("- including", "(including").replace("moorings -", "moorings)")
    assert (
        items_of(paren)[0][1] == "damage (including damage to the harbour walls and the loss of the moorings)"
    )


def test_letters_inside_a_sentence_are_items_named_by_their_first_words() -> None:
    text = (
        "Decides that no barges (a) flagged in Ruritania or (b) in which a controlling share is held by"
        " a firm in Ruritania or (c) found to have broken the ban, shall enter the port;"
    )
    assert items_of(text) == [
        [
            "flagged in Ruritania",
            "in which a controlling share is held",
            "found to have broken the ban",
        ]
    ]
    # references to sub-paragraphs are no list
    assert items_of("Recalls paragraphs 4 (a) and (b) and 5 (a), (b) and (c) of its resolution;") == []
    old = [*HEAD, "1. " + text]
    new = [
        *HEAD,
        "1. " + text.replace(" or (b) in which a controlling share is held by a firm in Ruritania", ""),
    ]
    got = changes(compare(old, new.copy()))
    assert got == {("removed", "in which a controlling share is held", None)}


def test_the_last_item_runs_to_its_bracket_like_the_others() -> None:
    text = (
        "Welcomes the plan, namely the Treaty on Fishing Rights (annex I), the harbour map (annex II) and the"
        " Accord for Trade in Ruritania and Freedonia (annex III);"
    )
    assert items_of(text)[0][-1] == "Accord for Trade in Ruritania and Freedonia (annex III)"


def test_x_and_x_products_is_one_item_but_a_list_goes_on_through_its_last_and() -> None:
    text = "States shall bar the sale of tin, jute, fish and fish products and wool, silk and flax from it."
    assert items_of(text) == [["tin", "jute", "fish and fish products", "wool", "silk", "flax"]]


def test_the_last_and_of_a_list_closes_it_earlier_ones_are_inside_items() -> None:
    text = (
        "States shall bar the sale of goods of all kinds, including bows and arrows, farm carts and "
        "wagons and spare parts."
    )
    assert items_of(text) == [["bows and arrows", "farm carts and wagons", "spare parts"]]


def test_bodies_named_with_and_without_an_article_are_a_list() -> None:
    text = "do not apply to work related to UNMOR, the Joint Board on Fisheries or the Harbour Mission;"
    assert items_of(text) == [["UNMOR", "Joint Board on Fisheries", "Harbour Mission"]]


def test_nouns_with_their_own_prepositions_sharing_one_object() -> None:
    text = "Decides that sale to, purchase from and trade with the Harbour Zones shall be permitted only;"
    assert items_of(text) == [["sale to", "purchase from", "trade with"]]
    # "a firm or agency in or acting from": a participle, and a noun that ends another coordination
    assert items_of("held by a firm or agency in or acting from the Harbour Zones;") == []
    old = [*HEAD, "1. " + text]
    new = [*HEAD, "1. " + text.replace("purchase from and", "purchase from, storage in and")]
    assert changes(compare(old, new)) == {("added", None, "storage in")}


def test_a_name_after_to_does_not_open_a_list_of_things() -> None:
    text = "Prohibit sale of boats to Ruritania, the repair of barges, the hire of crews and the sale of oil;"
    assert "Ruritania" not in items_of(text)[0]
    # participles with their prepositions are no list: "denied entry to or expelled from"
    assert items_of("persons who have been refused entry to or expelled from other ports because of it") == []


def test_a_participle_of_a_pair_replaced_is_no_item() -> None:
    text = "1. Decides that all funds or other assets (including funds earned or {} from property) are held;"
    old, new = [*HEAD, text.format("raised")], [*HEAD, text.format("gained")]
    assert changes(compare(old, new)) == set()


def test_a_modifier_joined_inside_an_item_rewords_it() -> None:
    text = (
        "1. Decides to bar all services to any firm in Ruritania, the only exceptions being telephones, {}"
        "services, legal services under its law and, as agreed, on a case-by-case basis by the Board, "
        "services needed for relief;"
    )
    old, new = [*HEAD, text.format("postal ")], [*HEAD, text.format("postal and courier ")]
    assert changes(compare(old, new)) == {("modified", "postal services", "postal and courier services")}


def test_a_member_put_between_two_separators_is_added() -> None:
    text = (
        "1. Decides to bar all goods, but not supplies meant strictly for clinics,{} and, in times of need,"
        " food, to any firm in Ruritania;"
    )
    old, new = [*HEAD, text.format("")], [*HEAD, text.format(" school books")]
    assert changes(compare(old, new)) == {("added", None, "school books")}


def test_a_phrase_struck_from_a_pair_is_no_item() -> None:
    old = [*HEAD, "Noting that the blockade threatens peace and security in the region,"]
    new = [*HEAD, "Noting that the blockade threatens peace and security,"]
    assert changes(compare(old, new)) == set()


def test_coordinations_that_are_not_lists() -> None:
    assert items_of("Noting the Treaty on the Testing, Making and Storing of Mines,") == []
    assert items_of("Calls upon Ruritania, Freedonia, Latveria and Genovia to keep the peace.") == []
    assert items_of("Adopted by 12 votes to 1, with 2 abstentions (Ruritania, Freedonia and Latveria).") == []


def test_times_and_quoted_titles_are_not_lists() -> None:
    # a coordination of times: each member is a date with time words around it
    assert (
        items_of("to report in good time before 1 March 2001, again before 30 June 2001 and before 1 May.")
        == []
    )
    assert items_of("to report before 1 March 2001, before 30 June 2001 or before 1 May 2002.") == []
    # a quoted title keeps its coordinations; the same words unquoted are a list
    title = 'Welcoming the "Joint Statement on the return of refugees, displaced persons and prisoners",'
    assert items_of(title) == []
    assert items_of(title.replace('"', "")) == [["refugees", "displaced persons", "prisoners"]]


def test_an_edit_to_a_time_a_verb_pair_or_a_title_reports_no_item() -> None:
    old = [
        *HEAD,
        "1. Requests a report before 1 May 2001 and again before 15 June 2001, on the situation;",
        "2. Instructs the Panel to revise and complete, as needed, its working methods;",
        '3. Recalling the "Protocol on Borders, Waters and Related Matters", signed at Ostend;',
    ]
    new = [
        *HEAD,
        "1. Requests a report before 1 May 2001 and again before 30 June 2001, on the situation;",
        "2. Instructs the Panel to revise and update, as needed, its working methods;",
        '3. Recalling the "Protocol on Borders, Waters, Fisheries and Related Matters", signed at Ostend;',
    ]
    assert changes(compare(old, new)) == set()
    # the same slots holding things are items
    old2 = [*HEAD, "1. Decides to exempt tents, blankets and stoves, as needed, from the ban;"]
    new2 = [*HEAD, "1. Decides to exempt tents, blankets and heaters, as needed, from the ban;"]
    assert changes(compare(old2, new2)) == {("modified", "stoves", "heaters")}


# --------------------------------------------------------------------------- both versions


def test_a_replacement_in_the_same_slot_is_modified() -> None:
    old = "2. Requests States to provide advice, training and equipment to the Force;"
    new = "2. Requests States to provide advice, instruction and equipment to the Force;"
    r = compare([*HEAD, old], [*HEAD, new])
    assert changes(r) == {("modified", "training", "instruction")}


def test_the_last_member_replaced_before_the_lists_complement_is_modified() -> None:
    """ "loss, damage - including ... - or injury to local Authorities, farmers and traders": the words after
    the last member belong to the whole list, so "injury" -> "harm" is that member reworded."""
    text = "1. Holds the Company liable for any direct loss, damage - including damage to crops and the loss"
    text += " of grazing land - or {} to local Authorities, farmers and traders;"
    old, new = [*HEAD, text.format("injury")], [*HEAD, text.format("harm")]
    assert ("modified", "injury", "harm") in changes(compare(old, new))


def test_a_word_put_into_an_item_between_its_separators_rewords_it() -> None:
    text = "(but not including tools for use in schools and colleges, {}maps, sea charts and, in need, fuel)"
    old = [
        *HEAD,
        "1. Decides that States shall prevent the sale of any goods " + text.format("") + " to the port;",
    ]
    new = [
        *HEAD,
        "1. Decides that States shall prevent the sale of any goods "
        + text.format("printed ")
        + " to the port;",
    ]
    assert changes(compare(old, new)) == {("modified", "maps", "printed maps")}
    # a quality is no item: "unlawful and (wholly) unacceptable"
    old = [*HEAD, "2. Declares that any such seizure, at sea or in port, is unlawful and unacceptable;"]
    new = [
        *HEAD,
        "2. Declares that any such seizure, at sea or in port, is unlawful and wholly unacceptable;",
    ]
    assert changes(compare(old, new)) == set()


def test_a_verb_of_a_pair_of_verbs_replaced_in_a_sub_paragraph_is_no_item() -> None:
    tasks = [
        "1. Decides to set up a Panel with the following tasks:",
        "(a) To gather reports from the port authorities;",
        "(b) To consider and {} promptly requests for landing rights;",
        "(c) To report to the Council every month;",
    ]
    old = [*HEAD, *(t.format("decide") for t in tasks)]
    new = [*HEAD, *(t.format("approve") for t in tasks)]
    assert changes(compare(old, new)) == set()


def test_the_first_of_two_sub_paragraphs_struck_and_the_second_relettered() -> None:
    """The struck "(a) Prevent the entry ..." is not found again inside the relettered "(a) Take ... to
    prevent the entry ...": it is removed."""
    first = (
        "(a) Prevent the entry into their ports, save on humanitarian grounds, of any barge from Ruritania;"
    )
    second = "(b) Take all possible measures to prevent the entry into their ports of persons who aided it;"
    old = [*HEAD, "5. Decides that all States shall:", first, second, "6. Decides to remain seized."]
    new = [*HEAD, "5. Decides that all States shall:", "(a)" + second[3:], "6. Decides to remain seized."]
    assert changes(compare(old, new)) == {("removed", "Prevent the entry into their ports", None)}


def test_semicolon_parts_of_a_lettered_sub_paragraph_are_items() -> None:
    parts = [
        "Any trade by their nationals which helps the supply to Ruritania of boats and of spare parts",
        "the carriage in barges of their registration of any such goods bound for Ruritania",
        "and any trade by their nationals which helps the building of boats in Ruritania;",
    ]
    head = [*HEAD, "2. Decides that all States shall prevent:", "(a) The sale of arms to Ruritania;"]
    old = [*head, "(b) " + "; ".join(parts), "3. Decides to remain seized."]
    new = [*head, "(b) " + "; ".join([parts[0], parts[2]]), "3. Decides to remain seized."]
    got = changes(compare(old, new))
    assert got == {("removed", "carriage in barges of their registration", None)}
    # an operative paragraph of ";"-parts is a provision, not a list
    assert (
        items_of("Decides that the port shall close; the barges shall leave; and the crews shall stay;") == []
    )


def test_a_member_opening_like_the_others_is_an_item_even_as_a_clause() -> None:
    text = (
        "1. Decides that States shall bar all goods (whether or not made in Ruritania{} and whether or not"
        " any duty is paid on them) from their ports;"
    )
    old = [*HEAD, text.format(", whether or not they are carried in barges")]
    new = [*HEAD, text.format("")]
    assert changes(compare(old, new)) == {("removed", "whether or not they are carried in barges", None)}
    # the same clause without a parallel member is no item
    old2 = [*HEAD, "1. Decides that States shall bar all goods, when they are carried in barges, from ports;"]
    new2 = [*HEAD, "1. Decides that States shall bar all goods from ports;"]
    assert changes(compare(old2, new2)) == set()


def test_words_added_after_a_clauses_last_stop_are_no_item() -> None:
    # the words follow the clause's own end: there is nothing to widen them to (this used to crash)
    old = [*HEAD, "1. The ships shall stop coal, iron and tin;"]
    new = [*HEAD, "1. The ships shall stop coal, iron and tin; at once"]
    assert changes(compare(old, new)) == set()


def test_a_bullet_broken_by_a_blank_line_goes_on_and_the_last_bullet_struck_is_an_item(
    tmp_path: Path,
) -> None:
    head = "Annex\n\nGoods referred to in paragraph 5:\n\n- Cranes for harbours,\n\n- Hoses for fuel of\n\n"
    old = head + "large sizes (up to 12 inches),\n\n- Anchor cables.\n\nII. Other goods.\n"
    new = head + "large sizes (up to 12 inches).\n\nII. Other goods.\n"
    (tmp_path / "old.txt").write_text(old, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new, encoding="utf-8")
    got = changes(compare_files(tmp_path / "old.txt", tmp_path / "new.txt"))
    assert got == {("removed", "Anchor cables", None)}


def test_an_item_that_grew_is_modified_not_split() -> None:
    old = "3. Decides to bar the sale of tin, salt, chemicals, rubber and tyres to the area;"
    new = "3. Decides to bar the sale of tin, salt, farm chemicals, rubber and tyres to the area;"
    r = compare([*HEAD, old], [*HEAD, new])
    assert changes(r) == {("modified", "chemicals", "farm chemicals")}


def test_a_reordered_list_reports_nothing_changed() -> None:
    old = "4. Decides to bar the sale of tin, salt, rubber and tyres to the area;"
    new = "4. Decides to bar the sale of salt, tyres, tin and rubber to the area;"
    assert changes(compare([*HEAD, old], [*HEAD, new])) == set()


# --------------------------------------------------------------------------- semicolon lists, sub-paragraphs


def test_semicolon_list_after_a_colon_with_long_items() -> None:
    base = (
        "5. Directs the Panel to present plans for the following: running of the Trust; the way in which "
        "grants will be made and claims paid; {extra}and the choice of the Board named above;"
    )
    old = base.format(extra="")
    new = base.format(
        extra="the checking of the accounts of the Trust by outside firms chosen by the Board; "
    )
    r = compare([*HEAD, old], [*HEAD, new])
    assert changes(r) == {("added", None, "checking of the accounts of the Trust")}


LETTERED = [
    "6. Decides that all States shall:",
    "(a) Cut the number of staff at the embassies of the regime;",
    "(b) Refuse landing rights to the airline of the regime, except for flights approved by the Panel;",
    "(c) Close the trade offices of the regime in their territories;",
    "7. Decides to remain seized of the matter.",
]


def test_a_removed_lettered_sub_paragraph_is_an_item_and_relettering_is_not() -> None:
    old = [*HEAD, *LETTERED]
    new = [*HEAD, LETTERED[0], LETTERED[1], LETTERED[3].replace("(c)", "(b)"), LETTERED[4]]
    r = compare(old, new)
    removed = [it for it in r.items if it.status == ItemStatus.REMOVED]
    assert [(it.a, it.label) for it in removed] == [
        ("Refuse landing rights to the airline of the regime", "6")
    ]
    assert changes(r) == {("removed", "Refuse landing rights to the airline of the regime", None)}


def test_an_added_bullet_is_an_item_named_by_its_first_words() -> None:
    bullets = ["- Pumps of large size;", "- Steel pipes and valves;", "- Cranes for loading ships."]
    old = [*HEAD, "8. The following goods are banned:", *bullets]
    new = [
        *HEAD,
        "8. The following goods are banned:",
        bullets[0],
        "- Storage tanks of large size;",
        *bullets[1:],
    ]
    r = compare(old, new)
    assert changes(r) == {("added", None, "Storage tanks of large size")}


# --------------------------------------------------------------------------- what is reported, and where


def test_each_item_says_its_list_and_paragraph_and_json_keeps_both() -> None:
    old = "9. Decides that the measures shall not apply to rice, salt and soap;"
    new = "9. Decides that the measures shall not apply to rice, salt, soap and tents;"
    r = compare([*HEAD, old], [*HEAD, new])
    (added,) = [it for it in r.items if it.status == ItemStatus.ADDED]
    assert (added.b, added.label, added.list) == ("tents", "9", "the measures shall not apply")
    d = to_dict(r)
    assert {"list": "the measures shall not apply", "label": "9"}.items() <= d["items"][-1].items()
    json.dumps(d)


def test_an_unchanged_or_reflowed_copy_reports_no_item(tmp_path: Path) -> None:
    text = (
        "10. Decides to bar the sale of tin, salt, rubber and tyres to the area, and of arms, ammunition "
        "and vehicles of all types, except fuel for fishing boats, in amounts reported to the Panel."
    )
    assert compare([*HEAD, text], [*HEAD, text]).items == []
    one, wrapped = tmp_path / "one.txt", tmp_path / "wrapped.txt"
    one.write_text("\n\n".join([*HEAD, text]) + "\n", encoding="utf-8")
    words, lines, line = text.split(), [], ""
    for w in words:  # hard-wrap at 50 columns, as a PDF export does
        if len(line) + len(w) > 50:
            lines.append(line)
            line = ""
        line = f"{line} {w}".strip()
    wrapped.write_text("\n\n".join([*HEAD, "\n".join([*lines, line])]) + "\n", encoding="utf-8")
    assert compare_files(one, wrapped).items == []


# --------------------------------------------------------------------------- scale


def test_a_paragraph_of_many_lists_is_read_in_linear_time() -> None:
    def seconds(n: int) -> float:
        text = "Exemptions cover " + "bolts, radiators and iron; " * n
        took, found = best_cpu(lambda: find_enumerations(text, "en"))
        assert len(found) == n
        return took

    small, large = seconds(500), seconds(4000)
    assert large < 8 * small * 2.5  # 8 times the text: no more than ~8 times the time (noise allowed)


def test_one_edit_in_a_paragraph_of_many_lists_compares_in_linear_time() -> None:
    """The whole comparison, not only the reading: a paragraph of thousands of lists in one sentence
    (re-reading one version's lists in the other was quadratic in the items of a clause)."""
    from compare.lists.items import find_item_changes

    def seconds(n: int) -> float:
        old = (
            "Decides that "
            + "(a) bolts, radiators and iron, (b) pumps; " * (n // 4)
            + "coal, tin and iron; " * n
        )
        new = old.replace("coal, tin and iron; ", "coal, pumps, tin and iron; ", 1)
        result = compare([old], [new])
        took, items = best_cpu(lambda: find_item_changes(result.a, result.b, result.alignment))
        assert ("added", None, "pumps") in {(str(i.status), i.a, i.b) for i in items}
        return took

    small, large = seconds(1000), seconds(8000)
    assert large < 8 * small * 2  # linear: ~8 times; quadratic was ~35 times


# ---------------------------------------------------------------- real texts (skipped without ../shared)


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def test_real_resolutions_760_to_787_report_the_transshipment_list() -> None:
    un = SHARED / "un"
    r = compare_files(_need(un / "S-RES-760-1992.txt"), _need(un / "S-RES-787-1992.txt"))
    added = {it.b for it in r.items if it.status == ItemStatus.ADDED}
    assert {"crude oil", "petroleum products", "coal", "rubber", "tyres", "motors of all types"} <= added
    assert not {it.status for it in r.items} & {ItemStatus.REMOVED, ItemStatus.MODIFIED}
    assert all(it.label for it in r.items)


def test_seed_articles_report_goods_not_countries() -> None:
    seeds = SHARED / "seeds"
    r = compare_files(_need(seeds / "000_3997cf3ec68be65c.txt"), _need(seeds / "004_976b836ad83a12f0.txt"))
    added = [it.b for it in r.items if it.status == ItemStatus.ADDED]
    removed = [it.a for it in r.items if it.status == ItemStatus.REMOVED]
    kept = [it.b for it in r.items if it.status == ItemStatus.KEPT]
    assert {"bolts", "vacuum cleaners", "fire extinguishers"} <= set(added)
    assert {"coal", "iron ore"} <= set(removed) and "iron" in kept
    countries = {"North Korea", "South Korea", "China", "Russia", "Japan", "U.S."}
    assert not countries & {*added, *removed, *kept}
    spans = [(it.a_span, it.b_span) for it in r.items]
    assert len(spans) == len(set(spans))


def test_reports_and_panel_group_items_by_list_each_once_per_list(qtbot) -> None:
    from compare.export.report_docx import item_rows
    from gui.itemspanel import ItemsModel

    old = ["Imports of coal, salt and tea are banned.", "Exemptions cover soap, salt and rice."]
    new = [
        "Imports of bolts, pumps and tea are banned.",
        "Exemptions cover bolts, pumps, rice and tents.",
    ]
    r = compare(old, new)
    (title, rows), *_ = item_rows(r)
    assert title == "Items added"
    places = {}
    for item, place, _clause in rows:
        places.setdefault(item, []).append(place)
    assert len(places["bolts"]) == 2 and len(set(places["bolts"])) == 2  # under each list, once
    model = ItemsModel()
    model.set_items(r.items)
    lists = [model.index(k, 0) for k in range(model.rowCount())]
    holding = [
        g for g in lists if any(model.index(k, 0, g).data() == "bolts" for k in range(model.rowCount(g)))
    ]
    assert len(holding) == 2  # bolts shows under each of its two lists, once in each


# ---------------------------------------------------------------------- items naming no thing of their own

SEIZE = (
    "2. Decides that all States shall seize all boats, trucks, carts and barges in their ports owned by a "
    "firm in Ruritania and that these boats, trucks, carts{} and barges may be sold upon a finding that "
    "they broke the ban;"
)


def added_items(result) -> list[str]:
    return [it.b for it in result.items if it.status == ItemStatus.ADDED]


def test_a_list_named_again_after_these_is_not_a_second_list_of_a_new_paragraph() -> None:
    old = [*HEAD, "1. Decides to act;"]
    got = added_items(compare(old, [*old, SEIZE.format("")]))
    assert sorted(got) == ["barges", "boats", "carts", "trucks"]


def test_a_member_put_into_the_list_named_again_is_still_an_item() -> None:
    old = [*HEAD, SEIZE.format("")]
    assert changes(compare(old, [*HEAD, SEIZE.format(", rafts")])) == {("added", None, "rafts")}


def test_lettered_conditions_in_a_new_paragraph_are_not_items() -> None:
    para = (
        "2. Decides that no barges (a) flagged in Ruritania or (b) in which a controlling share is held by a"
        " firm in Ruritania or (c) found to have broken the ban, shall enter the port;"
    )
    old = [*HEAD, "1. Decides to act;"]
    assert added_items(compare(old, [*old, para])) == []


def test_lettered_parts_naming_owners_stay_items_with_a_condition_among_them() -> None:
    para = (
        "2. Decides that funds (a) of the ministries of Ruritania, or (b) of state firms in Ruritania, or (c)"
        " controlled by such ministries, shall be frozen;"
    )
    old = [*HEAD, "1. Decides to act;"]
    got = added_items(compare(old, [*old, para]))
    assert [g.split(" in ")[0] for g in got] == [
        "of the ministries of Ruritania",
        "of state firms",
        "controlled by such ministries",
    ]


def test_the_verb_asked_of_the_addressees_is_no_part_of_the_first_item() -> None:
    text = "5. Calls upon the regional banks to withhold grants, credits and technical aid from the regime;"
    assert items_of(text) == [["grants", "credits", "technical aid"]]


def test_a_new_paragraph_asking_for_a_list_adds_its_items_without_the_verb() -> None:
    head = ["The Security Council,", "Acting under its charter,", "1. Decides to stay seized of it."]
    extra = "2. Urges the lending bodies to withhold loans, credits and technical aid to the regime;"
    got = changes(compare(head, [*head, extra]))
    assert got == {("added", None, "loans"), ("added", None, "credits"), ("added", None, "technical aid")}
