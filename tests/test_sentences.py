"""Sentence boundaries: abbreviations, initials, ordinals, quotes, and real text in three languages."""

from __future__ import annotations

import json

import pytest

from compare.text.sentences import split_sentences


def sentences(text: str) -> list[str]:
    spans = split_sentences(text)
    for s, e in spans:
        assert text[s:e] == text[s:e].strip() and text[s:e]
    assert spans == sorted(spans)
    return [text[s:e] for s, e in spans]


# Each of these is ONE sentence: the period inside must not end it.
ONE_SENTENCE = [
    "China asked the U.N. Security Council to act.",
    "The U.S. President met the U.K. Prime Minister.",
    "Workers must return home by Dec. 22 at the latest.",
    "On Saturday, Dec. 14, it performed a test.",
    "See No. 5 and para. 3 of the report.",
    "See paras. 3 to 5 and art. 4 of the treaty.",
    "This follows from Art. 4 and Art. IV of the Charter.",
    "Mr. Smith met Dr. Jones and Mrs. Brown in St. Louis.",
    "Some States, e.g. France and Germany, objected.",
    "The exporter, i.e. North Korea, refused.",
    "The case Smith vs. Jones was heard.",
    "Acme Inc. Chairman Lee resigned.",
    "Shares of Acme Ltd. Holdings rose.",
    "Smith & Co. Bankers agreed.",
    "The period Jan.–Dec. 2019 was long.",
    "He met Donald J. Trump in Hanoi.",
    "The books of J. R. R. Tolkien sold well.",
    "Es gibt z.B. Äpfel und Birnen.",
    "Das gilt nur hier, d.h. in Bonn bzw. in Köln.",
    "Siehe Nr. 5 und Abs. 3 sowie S. 12 der Akte.",
    "Es kostet ca. 5 Euro usw. und mehr.",
    "Am 3. Oktober 1990 wurde Deutschland wiedervereinigt.",
    "Er wurde am 2. August geboren.",
    "Die Kirche stammt aus dem 16. Jahrhundert.",
    "M. Dupont a vu Mme Curie.",
    "Il y a des fruits, p. ex. des pommes.",
    "Voir art. 4 du code civil.",
    "Costs rose by 3.5 percent.",
    "Section 4.2.1 of the Act applies.",
    "The agency (see para. 3. Annex B) replied.",
    "He paused... then went on.",
    "“Why?” she asked.",
    "Photo credit (AP Photo/Ahn Young-joon, File) follows.",
]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize("text", ONE_SENTENCE)
def test_abbreviations_inside_a_paragraph(text: str) -> None:
    para = f"This comes first. {text} This comes last."
    assert sentences(para) == ["This comes first.", text, "This comes last."]


SPLITS = [
    ("It began in 1990. The Council met.", ["It began in 1990.", "The Council met."]),
    ("Talks with the U.S. The talks failed.", ["Talks with the U.S.", "The talks failed."]),
    ("It ended at 5 p.m. The delegates left.", ["It ended at 5 p.m.", "The delegates left."]),
    ("They sold coal, iron, etc. The ban followed.", ["They sold coal, iron, etc.", "The ban followed."]),
    ("They sold coal, iron, etc. and more.", ["They sold coal, iron, etc. and more."]),
    ("They stay abroad.” Next, he left.", ["They stay abroad.”", "Next, he left."]),
    ('He said. "We will go." She nodded.', ["He said.", '"We will go."', "She nodded."]),
    ("its nuclear deterrent.”The signs read", ["its nuclear deterrent.”", "The signs read"]),
    ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
    ("He paused... The end.", ["He paused...", "The end."]),
    ("Wait … The end.", ["Wait …", "The end."]),
    ("Decided in 1990. 2. Decides that", ["Decided in 1990.", "2. Decides that"]),
    ("Go to Chapter VII. The Council acts.", ["Go to Chapter VII.", "The Council acts."]),
    ("Er sagte: „Es ist gut.“ Dann ging er.", ["Er sagte: „Es ist gut.“", "Dann ging er."]),
    ("这是第一句。这是第二句。", ["这是第一句。", "这是第二句。"]),
    ("  Leading and trailing space.   Second one.  ", ["Leading and trailing space.", "Second one."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_german_paragraph() -> None:
    text = (
        "Am 3. Oktober 1990 wurde Deutschland wiedervereinigt. Das war z.B. für Berlin wichtig, "
        "d.h. für alle Bürger. Siehe S. 12 bzw. Nr. 5 der Akte. Zum 2. Mal feierte man."
    )
    assert sentences(text) == [
        "Am 3. Oktober 1990 wurde Deutschland wiedervereinigt.",
        "Das war z.B. für Berlin wichtig, d.h. für alle Bürger.",
        "Siehe S. 12 bzw. Nr. 5 der Akte.",
        "Zum 2. Mal feierte man.",
    ]


def test_french_paragraph() -> None:
    text = (
        "M. Dupont est arrivé le 3 janv. 2020 à Paris. Il a vu p. ex. la tour Eiffel. "
        "Voir art. 4 du code, etc. Les autres sont partis."
    )
    assert sentences(text) == [
        "M. Dupont est arrivé le 3 janv. 2020 à Paris.",
        "Il a vu p. ex. la tour Eiffel.",
        "Voir art. 4 du code, etc.",
        "Les autres sont partis.",
    ]


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []
    assert sentences("...") == ["..."]
    assert sentences("no terminator at all") == ["no terminator at all"]


def test_seed_article(shared) -> None:
    text = (shared / "corpus" / "seeds" / "000_3997cf3ec68be65c.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    sents = [s for p in paragraphs for s in sentences(p)]
    # 18 paragraphs; three hold two or more sentences, the photo caption four
    assert 24 <= len(sents) <= 30
    joined = "\n".join(sents)
    for phrase in (
        "the U.N. Security Council",
        "by Dec. 22.",
        "Saturday, Dec. 14, says",
        "U.S. President Donald",
    ):
        assert phrase in joined, phrase
    assert not any(s.endswith(("U.N.", "Dec.", "U.S.")) for s in sents)
    assert any(s.endswith("nuclear deterrent.”") for s in sents)
    assert any(s.startswith("The signs read") for s in sents)
    assert "(AP Photo/Ahn Young-joon, File)" in sents


def test_german_benchmark_boundaries(shared) -> None:
    """DEplain's German documents, re-joined: our boundaries must match its sentence list closely."""
    path = shared / "corpus" / "alignment" / "dev.jsonl"
    if not path.exists():
        pytest.skip("alignment benchmark not present")
    tp = fp = fn = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for side in ("a", "b"):
            sents = [s.strip() for s in record[side] if s.strip()]
            text = " ".join(sents)
            gold, pos = set(), 0
            for s in sents[:-1]:
                pos += len(s)
                gold.add(pos)
                pos += 1
            got = {e for _, e in split_sentences(text)[:-1]}
            tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    # the annotated splitter also cuts at ":" and ";", which a sentence splitter should not
    assert tp / (tp + fp) >= 0.97
    assert tp / (tp + fn) >= 0.9


def test_hostile_input_is_split_without_losing_text() -> None:
    hostile = [
        "a." * 100_000,
        "(" * 50_000 + ")" * 50_000,
        ".”" * 100_000,
        "A. " * 60_000,
        "x" * 500_000 + ". Y",
    ]
    for text in hostile:
        spans = split_sentences(text)
        assert all(a < b for a, b in spans)
        assert all(spans[k][1] <= spans[k + 1][0] for k in range(len(spans) - 1))
