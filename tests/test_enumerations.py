"""find_enumerations: the inline lists of one clause, and nothing that merely has commas in it."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from compare.lists.enumerations import Enumeration, find_enumerations, intro_before, item_phrase


def lists(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in e.items] for e in find_enumerations(text)]


def only_list(text: str) -> list[str]:
    found = lists(text)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- inline lists


def test_list_after_such_as_with_intro() -> None:
    text = "They want the council to end sanctions on key exports such as coal, iron, iron ore and textiles."
    (enum,) = find_enumerations(text)
    assert [text[a:b] for a, b in enum.items] == ["coal", "iron", "iron ore", "textiles"]
    assert enum.intro.endswith("key exports such as")
    assert isinstance(enum, Enumeration)


@pytest.mark.parametrize(
    ("text", "lang", "intro_end", "items"),
    [
        (
            "In Gärten wachsen zum Beispiel Himbeeren, Äpfel, Birnen oder Pflaumen.",
            "de",
            "zum Beispiel",
            ["Himbeeren", "Äpfel", "Birnen", "Pflaumen"],
        ),
        (
            "Some states, for example France, Chile and Peru, objected.",
            "en",
            "for example",
            ["France", "Chile", "Peru"],
        ),
        ("The panel may exempt goods, for instance food and tents.", "en", "for instance", ["food", "tents"]),
    ],
)
def test_for_example_is_a_cue_not_part_of_the_first_item(
    text: str, lang: str, intro_end: str, items: list[str]
) -> None:
    (enum,) = find_enumerations(text, lang)
    assert [text[a:b] for a, b in enum.items] == items
    assert enum.intro.endswith(intro_end)


def test_oxford_comma_and_trailing_attribution_is_cut() -> None:
    text = (
        "Waivers are also requested for air conditioners, bolts, iron, cooking utensils, farm equipment, "
        "vacuum cleaners, radiators, and fire extinguishers, according to the draft."
    )
    assert only_list(text) == [
        "air conditioners",
        "bolts",
        "iron",
        "cooking utensils",
        "farm equipment",
        "vacuum cleaners",
        "radiators",
        "fire extinguishers",
    ]


def test_first_item_after_a_verb_does_not_swallow_the_verb() -> None:
    text = "The two allies asked the council to let the country import bolts, utensils, and vacuum cleaners."
    assert only_list(text) == ["bolts", "utensils", "vacuum cleaners"]


def test_long_parallel_items_and_a_verb_led_continuation() -> None:
    text = (
        "They also urge the council to drop measures that include a ban on seafood and textile exports, "
        "a cap on refined petroleum imports, and a ban on citizens working abroad and sending wages home."
    )
    assert only_list(text) == [
        "ban on seafood and textile exports",
        "cap on refined petroleum imports",
        "ban on citizens working abroad",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "States shall not supply arms, ammunition or military vehicles.",
            ["arms", "ammunition", "military vehicles"],
        ),
        ("The ban covers coal, iron, as well as textiles.", ["coal", "iron", "textiles"]),
        ("Exports of coal, iron and lead were banned last year.", ["coal", "iron", "lead"]),
        (
            "Exemptions are sought for food, medicine and medical supplies.",
            ["food", "medicine", "medical supplies"],
        ),
        (
            "The measures target coal, iron ore and seafood exported by the country.",
            ["coal", "iron ore", "seafood"],
        ),
    ],
)
def test_final_conjunctions_and_item_ends(text: str, expected: list[str]) -> None:
    assert only_list(text) == expected


def test_colon_and_semicolon_list() -> None:
    text = "The following goods are exempted: foodstuffs; medical supplies; and agricultural equipment."
    (enum,) = find_enumerations(text)
    assert [text[a:b] for a, b in enum.items] == ["foodstuffs", "medical supplies", "agricultural equipment"]
    assert enum.intro == "The following goods are exempted"


def test_two_items_count_only_after_a_list_cue() -> None:
    assert only_list("The exemption covers goods such as coal and iron.") == ["coal", "iron"]
    assert only_list("The exemption covers goods, including coal and iron.") == ["coal", "iron"]
    assert lists("The exemption covers coal and iron.") == []
    assert lists("China and Russia circulated the draft on Monday.") == []


def test_item_with_an_inner_conjunction_belongs_to_the_longer_list() -> None:
    text = (
        "The measures do not apply to food, medical supplies and equipment, educational materials and seeds."
    )
    assert only_list(text) == ["food", "medical supplies and equipment", "educational materials", "seeds"]


def test_chained_conjunctions_make_one_list() -> None:
    text = (
        "States shall prevent the import of asbestos, chrome, sugar, tobacco, copper, meat and meat products "
        "and hides, skins and leather originating in the territory."
    )
    assert only_list(text) == [
        "asbestos",
        "chrome",
        "sugar",
        "tobacco",
        "copper",
        "meat and meat products",  # issue #13: "X and X products" is one item
        "hides",
        "skins",
        "leather",
    ]


def test_country_names_containing_and_stay_whole() -> None:
    text = (
        "The statement was issued by the Russian Federation, the United Kingdom of Great Britain and "
        "Northern Ireland and the United States."
    )
    assert only_list(text) == [
        "Russian Federation",
        "United Kingdom of Great Britain and Northern Ireland",
        "United States",
    ]


def test_named_parties_and_vote_tallies_are_not_lists() -> None:
    # Issue #13: the parties to talks and the abstainers of a vote are named, not enumerated goods.
    text = "The talks involving North Korea, South Korea, the U.S., China, Russia and Japan began in 2003."
    assert find_enumerations(text, "en") == []
    vote = "Adopted by 11 votes to none, with 4 abstentions (Chile, Djibouti, Morocco and Peru)."
    assert find_enumerations(vote, "en") == []
    # ...but bodies named with their article each are a list, and a strong cue makes any names one
    bodies = "Requests that reports be sent to the Force, the Conference and the Mission."
    assert only_list(bodies) == ["Force", "Conference", "Mission"]
    cued = "Some states, for example France, Chile and Peru, objected."
    assert only_list(cued) == ["France", "Chile", "Peru"]


def test_shared_object_of_the_last_item_is_not_part_of_it() -> None:
    text = (
        "The council resolved to restore the sovereignty, independence and territorial integrity of Kuwait."
    )
    assert only_list(text) == ["sovereignty", "independence", "territorial integrity"]


def test_sublist_after_including_is_its_own_list() -> None:
    text = "The council condemns all repression, including arrests, detentions, trials and executions."
    assert only_list(text) == ["arrests", "detentions", "trials", "executions"]


def test_labelled_parts_inside_one_paragraph() -> None:
    text = "5. Decides that States shall prevent (a) the sale of arms; (b) the supply of coal; and (c) oil."
    (enum,) = find_enumerations(text)
    assert [text[a:b] for a, b in enum.items] == ["sale of arms", "supply of coal", "oil"]
    assert enum.intro == "States shall prevent"


def test_a_typed_label_is_not_part_of_the_first_item() -> None:
    assert only_list("(b) Coal, iron and iron ore;") == ["Coal", "iron", "iron ore"]


def test_spans_are_offsets_into_the_text_without_punctuation() -> None:
    text = "  Banned: the coal, an iron ore, and the textiles; nothing else."
    (enum,) = find_enumerations(text)
    for a, b in enum.items:
        item = text[a:b]
        assert item == item.strip(" ,;.“”") and item
    assert [text[a:b] for a, b in enum.items][0] == "coal"


# --------------------------------------------------------------------------- other languages


def test_german_list_after_wie() -> None:
    text = "Beide fordern ein Ende der Sanktionen auf Exporte wie Kohle, Eisen, Eisenerz und Textilien."
    (enum,) = find_enumerations(text)
    assert [text[a:b] for a, b in enum.items] == ["Kohle", "Eisen", "Eisenerz", "Textilien"]
    assert enum.intro.endswith("Exporte wie")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Staaten sollen Kohle, Eisen und Textilien nicht mehr einführen.",
            ["Kohle", "Eisen", "Textilien"],
        ),
        (
            "Ausgenommen sind Lebensmittel, Medikamente sowie landwirtschaftliche Geräte.",
            ["Lebensmittel", "Medikamente", "landwirtschaftliche Geräte"],
        ),
        (
            "Les sanctions visent des exportations telles que le charbon, le fer, le minerai de fer "
            "et les textiles",
            ["charbon", "fer", "minerai de fer", "textiles"],
        ),
        (
            "Le projet exempterait les climatiseurs, les boulons, les ustensiles de cuisine "
            "et les aspirateurs",
            ["climatiseurs", "boulons", "ustensiles de cuisine", "aspirateurs"],
        ),
        (
            "Les ministres de la France, de l'Allemagne et de l'Italie se sont réunis à Bruxelles.",
            ["France", "Allemagne", "Italie"],
        ),
    ],
)
def test_german_and_french_lists(text: str, expected: list[str]) -> None:
    assert only_list(text) == expected


# --------------------------------------------------------------------------- not lists


@pytest.mark.parametrize(
    "text",
    [
        "UNITED NATIONS – China and Russia are calling on the council to end the sanctions.",
        "GENEVA, Dec. 14 (Reuters) - Diplomats met on Saturday, Dec. 14, to discuss the draft.",
        "FILE – In this March 6, 2019, file photo, people watch a screen at a station in Seoul, South Korea.",
        "The site in Tongchang-ri, North Korea, was shown on Saturday, Dec. 14, during a news program.",
        "Jane Doe, the U.S. special envoy for the region, said Monday in Seoul that Washington won’t accept "
        "the deadline and urged Pyongyang to return to talks.",
        "Former ambassador Jane Roe said in 2018 that sanctions had cut off all exports and 90% of its "
        "commerce, as well as disbanding the pool of workers sent abroad.",
        "The draft, which was circulated on Monday, December 16, 2019, would lift the ban.",
        "In exchange the country would receive security, economic and energy benefits.",
        "Member states should help it combat the virus, enhance livelihoods, and grow the economy.",
        "According to the agency, which obtained a draft sent to council members, China and Russia are "
        "pushing the UN to lift sanctions.",
        "The restrictions should be relaxed “with the goal of strengthening the livelihood of the civilian "
        "population,” according to the resolution.",
        "North Korea has carried out launches since May, and it has hinted at lifting its moratorium on "
        "nuclear and long-range missile tests.",
        "He was tired, hungry and cold.",
        "It was, however, never put to a vote, diplomats said.",
        "The meeting took place in Geneva, Switzerland, on Tuesday.",
        "Prohibit, by their nationals or from their territory, the supply of any aircraft or aircraft parts.",
        "Berlin, 14. März 2019 – China und Russland fordern den Rat auf, die Sanktionen aufzuheben.",
        "Angela Muster, die Außenministerin, sagte am Montag in Berlin, dass Deutschland und Frankreich den "
        "Entwurf ablehnen.",
        "Paris, le 6 mars 2019 – La Chine et la Russie ont demandé au Conseil de lever les sanctions.",
        "Jean Dupont, le ministre français, a déclaré lundi à Paris que la France et l'Allemagne "
        "soutiendraient "
        "le projet.",
        "",
    ],
)
def test_no_list_in_ordinary_prose(text: str) -> None:
    assert lists(text) == []


def test_apposition_before_a_list_is_not_an_item() -> None:
    text = (
        "Britain and France, veto-wielding members of the council along with the U.S., Russia and China, "
        "have said the sanctions must stay."
    )
    found = lists(text)
    assert found in ([], [["U.S.", "Russia", "China"]]), found


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(a) Arms and related materiel;", "Arms and related materiel"),
        ("Luxury goods; and", "Luxury goods"),
        ("- Anchor chains.", "Anchor chains"),
        ("the sale of arms;", "sale of arms"),
        ("(b) To examine the reports submitted by States;", None),
        ("Decides to remain seized of the matter.", None),
        ("Requests the Secretary-General to report within thirty days;", None),
        (
            "Any activities by their nationals which promote the export of these commodities or products;",
            None,
        ),
    ],
)
def test_item_phrase(text: str, expected: str | None) -> None:
    span = item_phrase(text)
    assert (text[span[0] : span[1]] if span else None) == expected


def test_intro_before_is_the_end_of_the_introducing_sentence() -> None:
    assert intro_before("Preamble. Decides that all States shall prevent the supply of") == (
        "all States shall prevent the supply of"
    )


_PIECES = st.sampled_from(
    [
        "coal",
        "iron ore",
        ", ",
        " and ",
        " or ",
        "such as ",
        "(a) ",
        "; ",
        ": ",
        "“",
        "”",
        " – ",
        "the ",
        "U.S.",
        "March 6, 2019",
        ".",
        " ",
        "und ",
        "et ",
        "Kohle",
        "le fer",
        "(",
        ")",
        "including ",
        "\n",
        "é",
        "—",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=120))
@example("(; (a) coal)")  # once read as the same item twice
def test_any_text_gives_well_formed_spans(text: str) -> None:
    enums = find_enumerations(text)
    # lists come in reading order; a list may sit inside an item of a semicolon list of provisions, but
    # no two items ever overlap
    assert [e.items[0][0] for e in enums] == sorted(e.items[0][0] for e in enums)
    spans = sorted(span for enum in enums for span in enum.items)
    for enum in enums:
        assert len(enum.items) >= 2
        assert enum.items == sorted(enum.items)
        for a, b in enum.items:
            assert 0 <= a < b <= len(text)
            assert text[a:b].strip() == text[a:b]
    assert all(b0 <= a1 for (_a0, b0), (a1, _b1) in zip(spans, spans[1:], strict=False))


def test_every_one_of_many_lists_is_found() -> None:
    sentences = [
        f"Exemption {n} covers coal, iron, iron ore and textiles, according to draft {n} of March 6, 2019."
        for n in range(1500)
    ]
    found = sum(len(find_enumerations(s)) for s in sentences)
    assert found == 1500


def test_a_sub_paragraph_item_is_named_before_its_qualification() -> None:
    def phrase(text: str) -> str | None:
        span = item_phrase(text)
        return text[span[0] : span[1]] if span else None

    assert phrase(
        "(b) fuel for civilian fishing vessels, in quantities notified in advance to the Committee;"
    ) == ("fuel for civilian fishing vessels")
    assert phrase("(a) foodstuffs and medical supplies intended strictly for humanitarian purposes;") == (
        "foodstuffs and medical supplies"
    )
    assert phrase("(a) Decides, further, that all States shall act;") is None
    assert phrase("(c) Requests, in addition, a report;") is None


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab1². ,;'’-/&%AB\n", max_size=60),
    st.integers(min_value=0, max_value=70),
    st.integers(min_value=0, max_value=70),
)
@example("U.S. and 1,000 tons", 1, 13)
def test_held_tokens_are_the_tokens_of_each_part(text: str, lo: int, hi: int) -> None:
    """Slicing a text's one tokenization gives the tokens a scan of the part gives, even where the part
    cuts a word ("U.S" cut after "U")."""
    from compare.lists.tokens import _scan, _tokens, held_tokens

    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    with held_tokens(text):
        held = _tokens(text, lo, hi)
    assert held == _scan(text, lo, hi)


def test_a_name_by_first_words_does_not_cut_a_date_in_two() -> None:
    from compare.lists.naming import name_span

    text = "the Joint Notes signed at Ostend on 30 September 2001 by the parties; and"
    lo, hi = name_span(text)
    assert text[lo:hi] == "the Joint Notes signed at Ostend on 30 September 2001"
    text = "the Joint Notes signed at Ostend on the island of Texel by the parties; and"
    lo, hi = name_span(text)
    assert text[lo:hi] == "the Joint Notes signed at Ostend"  # eight words, less the dangling "on the"


def test_a_list_opened_by_these_keeps_its_first_member() -> None:
    # "these" opens the first member as "the" does; it was left in the list's name with that member
    text = "Decides further that these barges, tugboats, dredgers and cranes may be seized by the port State;"
    found = find_enumerations(text, "en")
    assert [[text[a:b] for a, b in e.items] for e in found] == [["barges", "tugboats", "dredgers", "cranes"]]


def test_those_who_is_a_pronoun_not_a_list_member() -> None:
    text = "Condemns those who plan, finance or commit such attacks against the civilian population;"
    assert all("those" not in text[a:b] for e in find_enumerations(text, "en") for a, b in e.items)
