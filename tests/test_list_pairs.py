"""Members of two-member coordinations put in or struck in long sentences (issue #13, round 5), on fixture
text written for these tests: the member that came or went is reported with its own words only, and a
pair that is a sentence's subject and verb is not read as a list.
"""

from __future__ import annotations

from list_helpers import changes as changes_of
from list_helpers import compare, items_of

from compare.engine import compare_documents
from compare.model import Document, ItemStatus

HEAD = ["The Security Council,", "Acting under its charter,"]


def changes(old: str, new: str) -> set[tuple[str, str | None, str | None]]:
    return changes_of(compare([*HEAD, old], [*HEAD, new]))


def test_a_pair_member_struck_before_a_shared_participle_phrase_inside_the_subject() -> None:
    old = "Noting that any harvests or catches taken from the protected waters are forfeit and that,"
    new = "Noting that any harvests taken from the protected waters are forfeit and that,"
    assert changes(old, new) == {("removed", "catches", None)}


def test_a_pair_member_struck_before_a_participle_when_the_pair_is_a_prepositions_object() -> None:
    old = "Praising the work of the Registrar and his Deputy Registrar directed at the swift end of cases,"
    new = "Praising the work of the Registrar directed at the swift end of cases,"
    assert changes(old, new) == {("removed", "his Deputy Registrar", None)}


def test_a_subject_pair_whose_participle_is_the_sentence_verb_is_not_a_list() -> None:
    old = "The mayor of the town and the governor of the region travelled to the capital on Monday."
    new = "The mayor of the town travelled to the capital on Monday."
    assert changes(old, new) == set()


def test_a_noun_of_action_in_al_is_a_member_not_an_adjective() -> None:
    old = "2. Recalls that the neglect or disposal by any State of such stocks shall be reported;"
    new = "2. Recalls that the neglect by any State of such stocks shall be reported;"
    assert changes(old, new) == {("removed", "disposal", None)}


def test_the_first_member_struck_when_the_next_repeats_its_quantifier() -> None:
    old = "Affirming that any seizure of harbours by blockade or any closure of roads is unlawful,"
    new = "Affirming that any closure of roads is unlawful,"
    assert changes(old, new) == {("removed", "any seizure of harbours by blockade", None)}


def test_the_first_member_of_a_subject_pair_with_articles_struck() -> None:
    # after "that" the pair is the clause's subject: its first member opens there, article and all (the
    # member is not "seizure ... or the": the article goes with the member it opens)
    old = "Affirming that the seizure of harbours by blockade or the closure of roads is unlawful,"
    new = "Affirming that the closure of roads is unlawful,"
    assert changes(old, new) == {("removed", "the seizure of harbours by blockade", None)}


def test_a_third_one_word_member_put_after_a_pair() -> None:
    old = "3. Forbids the transfer of grants to traders or brokers within the zone, except rent;"
    new = "3. Forbids the transfer of grants to traders or brokers or agents within the zone, except rent;"
    assert changes(old, new) == {("added", None, "agents")}


def test_a_gerund_closing_a_list_of_action_nouns_is_a_member() -> None:
    text = "4. Orders the seizure, disposal, or making safe, under joint control, of all stored mines;"
    assert items_of(text) == [["seizure", "disposal", "making safe"]]


def test_a_gerund_with_its_object_after_nouns_that_are_not_actions_stays_a_verb() -> None:
    text = "4. Lists the ships, boats or making the crews of all fleets;"
    assert items_of(text) == []


TASKS = (
    "5. Decides that the Board shall agree to survey all river dams within its reach; to report on "
    "the state of their sluices and turbines; to repair any dam found in poor repair; and to publish "
    "a yearly summary of the costs;"
)


def test_a_run_of_tasks_in_a_new_paragraph_reports_no_items() -> None:
    old = "4. Asks the Board to meet twice a year;"
    got = changes(old, old + "\n\n" + TASKS)
    assert not any(a is None and b and b.startswith("to ") for _, a, b in got)


def test_a_task_reworded_in_a_run_both_versions_share_is_still_reported() -> None:
    new = TASKS.replace("to repair any dam", "to mend any dam")
    got = changes(TASKS, new)
    assert any(s == "modified" and a and a.startswith("to repair") for s, a, _ in got)


def test_a_pair_member_reworded_after_a_relative_clauses_verb() -> None:
    head = "1. Condemns all raids, seizures and fines which harm small farmers and "
    old = head + "traders of the valley, and asks"
    new = head + "local traders of the valley, and asks"
    assert ("modified", "traders of the valley", "local traders of the valley") in changes(old, new)


def test_a_named_subject_after_which_does_not_open_a_member() -> None:
    old = "1. Condemns all raids which Member States allow and fines of the valley, and asks"
    new = "1. Condemns all raids which Member States allow and heavy fines of the valley, and asks"
    assert not any(s == "modified" for s, _, _ in changes(old, new))


def test_a_qualifier_of_the_second_members_head_reworded_before_a_shared_complement() -> None:
    old = "Noting that the Board confirmed the autonomy and entire authority of the Council over its budget,"
    new = "Noting that the Board confirmed the autonomy and full authority of the Council over its budget,"
    assert changes(old, new) == {("modified", "entire authority", "full authority")}


def test_a_first_member_of_several_words_keeps_its_own_complement() -> None:
    old = "Deploring the sinking of the Harbour Ferries and other attacks on civilian shipping in the bay,"
    new = "Deploring the sinking of the Harbour Ferries and repeated attacks on civilian shipping in the bay,"
    assert ("modified", "other attacks", "repeated attacks") not in changes(old, new)


def test_a_reworded_member_ends_before_a_complement_holding_its_own_pair() -> None:
    head = "2. Asks States to ban the sale of parts for boats and any public "
    tail = " in the repair and upkeep of such boats; 3. Asks"
    got = changes(head + "funding" + tail, head + "support" + tail)
    assert ("modified", "any public funding", "any public support") in got


def test_a_qualifier_struck_before_the_comma_that_stays_rewords_its_member() -> None:
    head = "Stressing the care of old bridges and public parks"
    got = changes(head + ", including those of the river quarter, and the roads,", head + ", and the roads,")
    assert ("modified", "public parks, including those of the river quarter", "public parks") in got


def test_a_member_put_in_another_number_inside_a_bullet_modifies_the_bullet() -> None:
    intro = "1. Decides that States shall not supply the following:"
    first = "- Hoses for the connection of pumps and a single anchor "
    rest = ["- Valves, taps and gauges of any kind;", "- Winches and cranes for the loading of barges;"]
    old = [intro, first + "chain and cables to the harbour;", *rest]
    new = [intro, first + "chains and cables to the harbour;", *rest]
    result = compare_documents(
        Document.from_paragraphs("old", "text", [*HEAD, *old]),
        Document.from_paragraphs("new", "text", [*HEAD, *new]),
    )
    got = {(str(it.status), it.a, it.b) for it in result.items if it.status != ItemStatus.KEPT}
    assert not any(a and a.endswith("chain") for _, a, _ in got)
    assert any(s == "modified" and a and a.startswith("Hoses for the connection") for s, a, _ in got)


def test_a_member_put_at_the_very_end_of_a_clause_after_to() -> None:
    # the member added last, with nothing but the clause's comma after it (this crashed the verb-run test)
    old = "Determines that the present situation constitutes a threat to regional peace,"
    new = "Determines that the present situation constitutes a threat to regional peace and stability,"
    assert changes(old, new) == {("added", None, "stability")}


def test_a_second_member_put_before_to_and_a_plural_noun_is_reported() -> None:
    # "to" before a plural noun is a preposition the pair shares, not an infinitive's "to"
    old = "4. Decides that no State shall ship any engines to buyers outside the zone;"
    new = "4. Decides that no State shall ship any engines or tools to buyers outside the zone;"
    assert changes(old, new) == {("added", None, "tools")}


def test_a_second_member_put_before_to_and_an_article_is_reported() -> None:
    old = "5. Praises the supply of grain to the farmers of the valley by the agency;"
    new = "5. Praises the supply of grain and fertilizer to the farmers of the valley by the agency;"
    assert changes(old, new) == {("added", None, "fertilizer")}


def test_a_named_person_put_before_to_and_an_article_is_an_addressee() -> None:
    old = "3. Invites the Chairman to the next meeting of the Board;"
    new = "3. Invites the Chairman and the Rapporteur to the next meeting of the Board;"
    assert changes(old, new) == set()


def test_a_second_member_struck_before_a_participle_of_a_prepositions_object() -> None:
    # "said to be ..." qualifies both members of the pair the preposition opens; no finite verb
    old = "Noting the transport of grain and timber said to be bound for the northern ports,"
    new = "Noting the transport of grain said to be bound for the northern ports,"
    assert changes(old, new) == {("removed", "timber", None)}


def test_a_second_member_struck_before_an_irregular_participle_and_its_particle() -> None:
    old = "2. Urges them to respect the line of the boundary and the zones of exit set out in the annex;"
    new = "2. Urges them to respect the line of the boundary set out in the annex;"
    assert changes(old, new) == {("removed", "the zones of exit", None)}


def test_a_second_members_head_after_other_reworded_before_a_relative_word() -> None:
    old = "7. Decides that no fee shall be due under any lease or other contract where its term has lapsed;"
    new = "7. Decides that no fee shall be due under any lease or other agreement where its term has lapsed;"
    assert changes(old, new) == {("modified", "other contract", "other agreement")}


def test_a_verb_reworded_before_a_relative_word_is_no_member() -> None:
    old = "Noting that the families who fled or stayed where the fighting was heaviest need help,"
    new = "Noting that the families who fled or remained where the fighting was heaviest need help,"
    assert changes(old, new) == set()


def test_a_body_consulted_put_after_with_before_the_addressees_to_is_reported() -> None:
    # "with" a few words back: the pair is who is consulted, not who is asked to act
    old = "6. Asks the Registrar, in consultation with the donor agencies, to draft a budget;"
    new = "6. Asks the Registrar, in consultation with the donor agencies and the lenders, to draft a budget;"
    assert changes(old, new) == {("added", None, "the lenders")}


def test_a_means_put_after_through_among_the_addressees_clause_is_reported() -> None:
    old = "8. Requests the towns concerned, directly or through district boards or councils, to report;"
    new = (
        "8. Requests the towns concerned, directly or through district boards, unions or councils, to report;"
    )
    assert changes(old, new) == {("added", None, "unions")}


def test_a_member_of_three_bodies_consulted_is_reported() -> None:
    # (the list reader names a member without its article)
    old = "9. Asks the Clerk, in consultation with the Bank, the Board and the Fund, to draft it;"
    new = "9. Asks the Clerk, in consultation with the Bank, the Board, the Mint and the Fund, to draft it;"
    assert changes(old, new) == {("added", None, "Mint")}


def test_an_addressee_put_before_to_and_a_verb_stays_unreported() -> None:
    old = "3. Calls upon all towns to draft a budget by the end of the year;"
    new = "3. Calls upon all towns and all unions to draft a budget by the end of the year;"
    assert changes(old, new) == set()


def test_an_infinitives_object_before_a_comma_and_a_purpose_is_a_member() -> None:
    # the second "to" opens a purpose: the pair is what is cleaned, not who is asked to act
    old = "4. Asks the Board to inspect and clean the pumps and pipes, to ensure a safe supply;"
    new = "4. Asks the Board to inspect and clean the pumps, to ensure a safe supply;"
    assert changes(old, new) == {("removed", "pipes", None)}


def test_addressees_before_a_comma_and_to_stay_unreported() -> None:
    old = "3. Calls upon all towns, to draft a budget by the end of the year;"
    new = "3. Calls upon all towns and all unions, to draft a budget by the end of the year;"
    assert changes(old, new) == set()


def test_a_member_reworded_before_a_parenthesis_opened_by_a_word_ends_there() -> None:
    head = "5. Decides that all banks holding loans or other "
    tail = " credits (including bonds issued by the city) shall report them;"
    old, new = head + "public" + tail, head + "private" + tail
    assert changes(old, new) == {("modified", "other public credits", "other private credits")}


def test_a_word_changed_inside_a_phrase_before_a_parenthesis_is_no_member() -> None:
    head = "5. Decides that all funds held in "
    tail = " banks (including bonds issued by the city) shall be reported;"
    assert changes(head + "foreign" + tail, head + "local" + tail) == set()


PERMITS = (
    "6. Decides that the Port shall act notwithstanding any permit issued or lease signed before the war;"
)


def test_a_noun_and_participle_member_reworded_keeps_its_participle() -> None:
    new = PERMITS.replace("lease signed", "charter signed")
    assert changes(PERMITS, new) == {("modified", "lease signed", "charter signed")}


def test_a_noun_and_participle_member_struck_before_the_shared_complement() -> None:
    new = PERMITS.replace(" or lease signed", "")
    assert changes(PERMITS, new) == {("removed", "lease signed", None)}


def test_a_noun_and_participle_member_put_between_two_of_the_same_shape() -> None:
    new = PERMITS.replace("issued or", "issued, bond sealed or")
    assert changes(PERMITS, new) == {("added", None, "bond sealed")}


def test_a_first_member_put_after_a_cue_before_a_member_with_a_long_complement() -> None:
    # the conjunction comes more than a dozen words later: after "including" a list is announced
    head = "7. Stands ready to weigh further steps, including, inter alia, "
    tail = "curbs on the export of timber from the northern provinces of the upper valley and fines;"
    assert changes(head + tail, head + "travel bans, " + tail) == {("added", None, "travel bans")}


def test_a_second_member_put_after_a_noun_qualified_by_a_noun() -> None:
    old = "3. Forbids the hire by their citizens of their cargo ships of any kind;"
    new = "3. Forbids the hire by their citizens of their cargo ships or barges of any kind;"
    assert changes(old, new) == {("added", None, "barges")}


def test_a_second_member_put_before_a_cue_in_ing() -> None:
    old = "(d) To weigh any reports sent to it by towns concerning breaches of the decision;"
    new = "(d) To weigh any reports sent to it by towns or provinces concerning breaches of the decision;"
    assert changes(old, new) == {("added", None, "provinces")}


def test_a_word_put_into_the_last_of_two_long_members_rewords_that_member() -> None:
    old = (
        "Deploring the continued blocking of the convoys and the failure of the militias to meet their duties"
        " to let the convoys pass,"
    )
    new = old.replace("their duties", "their agreed duties")
    assert changes(old, new) == {
        (
            "modified",
            "the failure of the militias to meet their duties to let the convoys pass",
            "the failure of the militias to meet their agreed duties to let the convoys pass",
        )
    }


def test_a_word_replaced_far_into_the_last_of_two_long_members_rewords_that_member() -> None:
    old = (
        "Welcoming its intention to support the talks and its readiness to work with the competent national"
        " authorities in the inquiry into the sinking of the ferry,"
    )
    new = old.replace("competent", "relevant")
    want = (
        "its readiness to work with the {} national authorities in the inquiry into the sinking of the ferry"
    )
    assert changes(old, new) == {("modified", want.format("competent"), want.format("relevant"))}


def test_a_pair_that_is_the_subject_of_a_that_clause_is_not_read_to_the_paragraph_end() -> None:
    # the last member runs into the clause's verb ("remain"), which no word list tells
    old = (
        "Noting that the closure of the ports by the authorities and the seizure of the grain held in their"
        " depots remain a concern,"
    )
    new = old.replace("grain", "rice")
    assert changes(old, new) == set()


def test_a_word_changed_in_a_clause_after_and_the_is_no_member() -> None:
    old = (
        "4. Decides that the embargo shall end on 1 May and the Committee shall gather to weigh the lifting"
        " of the measures;"
    )
    new = old.replace("lifting", "easing")
    assert changes(old, new) == set()


def test_the_last_of_members_repeating_any_reworded_in_its_own_complement() -> None:
    # "charter or permit" is inside the last member; the list reader may read "any charter or permit" as
    # an item of one version only, which does not hide the member reworded
    old = (
        "6. Decides that the Port shall act notwithstanding any lease or any contract signed or any charter"
        " or permit issued prior to the date of adoption of the present resolution;"
    )
    new = old.replace("adoption", "entry into force")
    want = "any charter or permit issued prior to the date of {} of the present resolution"
    assert changes(old, new) == {("modified", want.format("adoption"), want.format("entry into force"))}


def test_a_verb_after_and_with_an_object_ends_the_reading_of_a_member() -> None:
    old = (
        "20. Welcomes the role of the monitoring teams in the border regions and the appointment of the"
        " Coordinator by the Conference on Trade and invites the Coordinator and the teams to work together;"
    )
    new = old.replace("on Trade", "on Commerce")
    assert changes(old, new) == set()


REFUSALS = (
    "Determining that the refusal by the regional authorities to show by concrete steps their respect of the"
    " ceasefire and their continued refusal to receive the envoys constitute a threat to peace,"
)


def test_a_word_put_into_the_complement_of_the_first_of_two_long_members_rewords_that_member() -> None:
    new = REFUSALS.replace("their respect", "their full respect")
    want = (
        "the refusal by the regional authorities to show by concrete steps their {}respect of the ceasefire"
    )
    assert changes(REFUSALS, new) == {("modified", want.format(""), want.format("full "))}


def test_the_first_long_member_is_not_read_for_a_change_at_its_opening() -> None:
    # the short readers of a pair's members decide there; the long reading is for changes in the complement
    assert changes(REFUSALS, REFUSALS.replace("the refusal", "the repeated refusal")) == set()


def test_an_addressee_and_its_infinitive_are_no_first_member() -> None:
    old = (
        "7. Calls upon the Government to release the detained journalists and the members of the opposition;"
    )
    assert changes(old, old.replace("journalists", "reporters")) == set()


def test_a_name_for_a_name_inside_a_first_long_member_is_no_member_reworded() -> None:
    old = (
        "Expressing its concern at the refusal so far of the Northern party to accept the plan and the"
        " attacks on the towns of the valley,"
    )
    assert changes(old, old.replace("Northern", "Southern")) == set()


def test_a_number_changed_in_a_coordination_of_measures_is_no_member_reworded() -> None:
    old = (
        "4. Decides to set up a buffer zone extending twelve kilometres into the north and six kilometres"
        " into the south from the river;"
    )
    assert changes(old, old.replace("six kilometres", "four kilometres")) == set()
    digits = old.replace("twelve", "12").replace("six", "6")
    assert changes(digits, digits.replace("6 kilometres", "4 kilometres")) == set()


def test_a_word_put_after_a_run_of_articles_at_the_end_of_a_text_raises_nothing() -> None:
    # found by the redline property test: the first-member reader looked past the last token
    assert (
        changes_of(compare(["1. the", "2. the", "3. the the"], ["1. the", "2. the", "3. the the decides"]))
        == set()
    )


def test_a_conjunction_found_where_the_member_search_gives_up_on_reach_raises_nothing() -> None:
    # found on the 1M-word stress draft: a conjunction that opens no member, just past the reach of the
    # search for the one that ends a long first member
    for n in range(36, 46):
        fill = " ".join(["pass"] * n)
        old = f"Deplores the refusal of the party to let the convoys {fill} and decides to act."
        assert changes(old, old.replace("the convoys", "the relief convoys")) == set()
