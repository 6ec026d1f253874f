"""Alignment on small hand-made cases: splits, merges, moves, paraphrase, unrelated text, other languages."""

from __future__ import annotations

from compare.align.aligner import align
from compare.align.similarity import char_cosines

BASE = [
    "The Council decides that all States shall prevent the sale of arms to the territory.",
    "It requests the Secretary-General to report on implementation within ninety days.",
    "Member States shall freeze the funds of the persons designated by the Committee.",
    "The Committee shall publish its guidelines and review them every six months.",
    "The Council decides to remain actively seized of the matter.",
]


def _pairs(groups):
    return {(tuple(g.a), tuple(g.b)) for g in groups}


def test_identical_sequences_align_one_to_one_in_order() -> None:
    groups = align(BASE, BASE)
    assert _pairs(groups) == {((i,), (i,)) for i in range(len(BASE))}
    assert all(g.score == 1.0 and not g.moved for g in groups)


def test_reordered_clause_is_reported_as_moved_not_removed_and_added() -> None:
    new = [BASE[0], BASE[2], BASE[3], BASE[1], BASE[4]]
    groups = align(BASE, new)
    by_a = {g.a[0]: g for g in groups}
    assert len(groups) == 5
    assert by_a[1].b == [3] and by_a[1].moved
    assert [g.moved for g in groups].count(True) == 1


def test_split_sentence_aligns_one_to_two() -> None:
    old = BASE[:2] + [
        "Member States shall freeze the funds of the persons designated by the Committee "
        "and prevent those persons from entering their territories."
    ]
    new = BASE[:2] + [
        "Member States shall freeze the funds of the persons designated by the Committee.",
        "They shall also prevent those persons from entering their territories.",
    ]
    groups = align(old, new)
    assert ((2,), (2, 3)) in _pairs(groups)


def test_merged_sentences_align_two_to_one() -> None:
    old = [
        BASE[0],
        "The Panel of Experts shall gather information on violations.",
        "The Panel shall report its findings to the Committee every quarter.",
        BASE[4],
    ]
    new = [
        BASE[0],
        "The Panel of Experts shall gather information on violations and report its findings to the "
        "Committee every quarter.",
        BASE[4],
    ]
    assert ((1, 2), (1,)) in _pairs(align(old, new))


def test_paraphrase_is_aligned_and_unrelated_text_is_not() -> None:
    old = [
        "China and Russia are calling on the Council to terminate sanctions on key exports "
        "with the intent of enhancing the livelihood of the civilian population.",
        "Read more...",
        "FILE - In this photo, people watch a TV screen at the railway station in the capital.",
    ]
    new = [
        "The restrictions should be relaxed with the goal of strengthening the livelihood of "
        "North Korea's civilian population, according to the resolution.",
        "The sanctions have been in effect since 2006 and have gradually become more severe.",
    ]
    pairs = _pairs(align(old, new))
    assert ((0,), (0,)) in pairs
    aligned_a = {i for a, _b in pairs for i in a}
    assert 1 not in aligned_a and 2 not in aligned_a


def test_completely_unrelated_documents_align_nothing() -> None:
    old = ["The quarterly report covers revenue, costs and the hiring plan for next year."]
    new = ["Heavy rain is expected across the northern valleys on Saturday afternoon."]
    assert align(old, new) == []


def test_german_and_french_inflections_align() -> None:
    old = [
        "Die Mitgliedstaaten verhindern die Ausfuhr von Kohle und Eisenerz in das Gebiet.",
        "Le Conseil décide que tous les États empêcheront la vente d'armes au territoire.",
    ]
    new = [
        "Le Conseil a décidé que les États membres empêchent la vente des armes vers le territoire.",
        "Die Mitgliedstaaten verhindern künftig die Ausfuhren von Kohle in das Gebiet.",
    ]
    pairs = _pairs(align(old, new))
    assert ((0,), (1,)) in pairs and ((1,), (0,)) in pairs


def test_alignment_is_deterministic_and_each_clause_used_once() -> None:
    old = BASE * 3
    new = list(reversed(BASE)) * 2 + BASE[:2]
    first = align(old, new)
    assert [(g.a, g.b, g.moved) for g in first] == [(g.a, g.b, g.moved) for g in align(old, new)]
    used_a = [i for g in first for i in g.a]
    used_b = [j for g in first for j in g.b]
    assert len(used_a) == len(set(used_a)) and len(used_b) == len(set(used_b))


def test_empty_sides() -> None:
    assert align([], BASE) == [] and align(BASE, []) == []


def test_split_into_three_short_paraphrased_sentences_links_all_three() -> None:
    # A plain-language rewrite: one long sentence becomes three short ones that each keep only a few words.
    old = [
        "The committee met in Geneva on Monday to discuss the budget.",
        "Elimelech, the husband of Naomi, died in Moab, and she was left with her two sons, "
        "Mahlon and Chilion, who later married Moabite women.",
        "The harvest in the valley was poor that year because of the long drought.",
    ]
    new = [
        "The committee met in Geneva on Monday to discuss the budget.",
        "Elimelech dies.",
        "Naomi stays alone with her sons.",
        "The sons marry women from Moab.",
        "The harvest in the valley was poor that year because of the long drought.",
    ]
    assert ((1,), (1, 2, 3)) in _pairs(align(old, new))


def test_sentence_sandwiched_inside_a_split_joins_it() -> None:
    # "The name means: cloud." shares nothing with the old sentence, but sits between two of its parts.
    old = [
        "The harvest in the valley was poor that year because of the long drought.",
        "The name of the one was Orpah and the name of the other was Ruth.",
        "Naomi decided to return to Bethlehem when she heard that the famine had ended.",
    ]
    new = [
        "The harvest in the valley was poor that year because of the long drought.",
        "One woman is called Orpah.",
        "That means: cloud.",
        "The other woman is called Ruth.",
        "Naomi decided to return to Bethlehem when she heard that the famine had ended.",
    ]
    assert ((1,), (1, 2, 3)) in _pairs(align(old, new))


def test_unrelated_sentence_between_aligned_ones_stays_added() -> None:
    new = BASE[:2] + ["Heavy rain is expected across the northern valleys on Saturday afternoon."] + BASE[2:]
    groups = align(BASE, new)
    assert all(2 not in g.b for g in groups)
    assert _pairs(groups) == {((0,), (0,)), ((1,), (1,)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,))}


def test_long_new_sentence_sharing_only_topic_words_is_not_a_split_part() -> None:
    old = [
        "UNITED NATIONS - China and Russia are calling on the Security Council to lift sanctions on "
        "North Korean exports such as coal and textiles.",
        "The six-party talks have been stalled since then.",
    ]
    new = [
        "China and Russia ask the Security Council to lift sanctions on North Korean exports.",
        "Former ambassador Nikki Haley said in 2018 that the sanctions had cut off nearly all of North "
        "Korea's exports and most of its trade, and had also broken up the pool of workers sent abroad to "
        "earn hard currency for the government in Pyongyang.",
    ]
    assert _pairs(align(old, new)) == {((0,), (0,))}


def test_repeated_identical_clauses_pair_one_to_one_in_order() -> None:
    # Boilerplate repeated in both versions must not collapse into one old clause "split" many times.
    old = ["Section header.", "Payment is due within thirty days."] * 3 + ["Signed by both parties."]
    new = ["Section header.", "Payment is due within thirty days."] * 3 + ["Signed by both parties."]
    groups = align(old, new)
    assert _pairs(groups) == {((i,), (i,)) for i in range(7)}
    assert not any(g.moved for g in groups)


def test_local_swap_keeps_both_links_and_marks_one_moved() -> None:
    new = [BASE[1], BASE[0]] + BASE[2:]
    groups = align(BASE, new)
    assert {((0,), (1,)), ((1,), (0,))} <= _pairs(groups)
    assert [g.moved for g in groups].count(True) == 1


def test_three_sentences_merged_into_one_align_three_to_one() -> None:
    # The merged sentence drops most of each old sentence's words, so none is mostly contained in it;
    # each still brings words the others do not explain.
    old = [
        BASE[0],
        "The environment agency appeals to the conscience of travellers.",
        "Is there an alternative to the aeroplane?",
        "Trains and coaches often produce far less carbon dioxide per passenger.",
        BASE[4],
    ]
    new = [
        BASE[0],
        "The environment agency asks travellers: is there an alternative to the aeroplane, such as trains "
        "and coaches with less carbon dioxide?",
        BASE[4],
    ]
    assert ((1, 2, 3), (1,)) in _pairs(align(old, new))


def test_short_clause_sharing_no_words_is_not_attached_to_a_merge() -> None:
    old = [
        BASE[0],
        "The environment agency appeals to the conscience of travellers.",
        "Is there an alternative to the aeroplane?",
        "Heavy rain is expected across the northern valleys on Saturday.",
        BASE[4],
    ]
    new = [
        BASE[0],
        "The environment agency asks travellers: is there an alternative to the aeroplane?",
        BASE[4],
    ]
    pairs = _pairs(align(old, new))
    assert ((1, 2), (1,)) in pairs
    assert all(3 not in a for a, _b in pairs)


def test_split_part_sharing_a_single_word_is_dropped() -> None:
    # The path links the third clause on "entering" alone; a split part must carry the old clause's words.
    old = [
        BASE[0],
        "Member States shall freeze the funds of the persons designated by the Committee and prevent "
        "those persons from entering their territories.",
        BASE[4],
    ]
    new = [
        BASE[0],
        "Member States shall freeze the funds of the persons designated by the Committee.",
        "They shall also prevent those persons from entering their territories.",
        "Entering the valley, hikers see mountains, rivers, lakes and forests.",
        BASE[4],
    ]
    pairs = _pairs(align(old, new))
    assert ((1,), (1, 2)) in pairs
    assert all(3 not in b for _a, b in pairs)


# Two places told apart only by a respelled name: "Betlehem"/"Bethlehem" share no 5-letter stem.
SPELLING_OLD = [
    "Die Familie wohnte lange in Betlehem.",
    "Die Familie wohnte lange in Moab.",
    "The Council welcomes the ratification of the convention.",
    "Der Markt wächst.",
]
SPELLING_NEW = [
    "Die Familie lebt in Bethlehem.",
    "Investors praised the station and the nation.",
    "Der Markt wächst.",
]


def test_respelled_name_picks_the_clause_it_names() -> None:
    by_b = {j: g.a for g in align(SPELLING_OLD, SPELLING_NEW) for j in g.b}
    assert by_b[0] == [0]


def test_compound_word_picks_the_clause_with_its_part() -> None:
    old = ["Die Kinder lieben ihre Spielekonsolen sehr.", "Die Kinder lieben ihre Eltern sehr."]
    by_b = {j: g.a for g in align(old, ["Kinder mögen Konsolen."]) for j in g.b}
    assert by_b[0] == [0]


def test_unrelated_clause_sharing_only_word_endings_stays_unaligned() -> None:
    # "ratification"/"station"/"nation" share "tion", "ion#": a short overlap is no evidence.
    groups = align(SPELLING_OLD, SPELLING_NEW)
    assert all(2 not in g.a and 1 not in g.b for g in groups)


def test_char_cosine_ranks_a_respelling_above_a_shared_ending() -> None:
    cos = char_cosines(SPELLING_OLD, SPELLING_NEW, [(0, 0), (1, 0), (2, 1)])
    assert cos[(0, 0)] > cos[(1, 0)] > cos[(2, 1)]
    assert cos[(2, 1)] < 0.15
    assert char_cosines(SPELLING_OLD, SPELLING_NEW, []) == {}


def test_decomposed_accents_are_words_like_composed_ones() -> None:
    import unicodedata

    from compare.align.similarity import words_of

    text = "Le Conseil décide de créer un comité spécial."
    nfd = unicodedata.normalize("NFD", text)
    assert (
        words_of(nfd)
        == words_of(text)
        == ["le", "conseil", "décide", "de", "créer", "un", "comité", "spécial"]
    )
    old = [text, "Il prie le Secrétaire général de faire rapport."]
    new = [unicodedata.normalize("NFD", s) for s in old]
    groups = align(old, new)
    assert _pairs(groups) == {((0,), (0,)), ((1,), (1,))}


def test_split_parts_do_not_stand_far_apart_across_added_text() -> None:
    # The path may stay on an old clause over new clauses it links to nothing (added text) and pick up
    # short clauses further down that share a name with it: those are not parts of its split.
    old = [
        "The Council decides that the Government of Freedonia must now comply without any further delay "
        "with the requests addressed to the authorities of Freedonia by the Committee.",
        "The Council decides to remain actively seized of the matter.",
    ]
    new = [
        "The Council demands once again that the Government of Freedonia comply without any further delay "
        "with its earlier resolutions.",
        "It decides, in order to secure compliance, to take the following measures, which shall come into "
        "force at midnight on the first day of December unless the Secretary-General has reported otherwise.",
        "It decides also that all States in which there are funds or other financial resources owned or "
        "controlled, directly or indirectly, by the following shall freeze such funds:",
        "The Government or public authorities of Freedonia; or",
        "Any undertaking of Freedonia;",
        "The Council decides to remain actively seized of the matter.",
    ]
    groups = align(old, new)
    first = next(g for g in groups if 0 in g.a)
    assert first.b == [0]
    for g in groups:  # every group's new clauses stand together (one added clause between parts at most)
        assert g.b[-1] - g.b[0] + 1 - len(g.b) <= 1


def test_one_word_heading_is_not_paired_with_a_clause_that_uses_the_word() -> None:
    # A part heading "A" is found whole in any clause holding the article "a": that says nothing.
    old = [
        "The Council decides to take the following measures to secure compliance with a previous decision.",
        "The Council decides to remain actively seized of the matter.",
    ]
    new = [
        "A",
        "The Council welcomes the report of the Secretary-General on the situation.",
        "The Council decides to remain actively seized of the matter.",
    ]
    groups = align(old, new)
    assert all(0 not in g.b for g in groups)
    assert ((1,), (2,)) in _pairs(groups)
