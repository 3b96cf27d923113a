"""Names that are no actors on fresh news: the writers a byline credits, one-word places the
model took for people, and headline words it took for a person's name (invented texts)."""

from __future__ import annotations

import pytest
from test_actors import acting_names


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("By JANE ROWAN and PETER OKAFOR", True),
        ("By Lena Marsh, harbourtimes.example", True),
        ("By Our Staff and Wire Services", True),
        ("By Friday, the two sides had agreed to a truce.", False),
        ("By contrast, the ministry said nothing.", False),
    ],
)
def test_a_byline_line_credits_writers(line: str, credited: bool) -> None:
    from kg.extract.wire_furniture import credit_spans

    text = f"Talks resume\n\n{line}\nNewsdesk\n\nThe ministers met on Monday.\n"
    spans = [text[s:e] for s, e in credit_spans(text)]
    assert (line in spans) is credited


def test_a_credit_after_the_last_sentence_is_no_statement_of_a_writer() -> None:
    from kg.extract.wire_furniture import credit_spans

    text = "Talks\n\nThe ministers met. Reporting by Tom Reyes in Lagos and Ann Cole."
    assert [text[s:e] for s, e in credit_spans(text)] == [
        "Reporting by Tom Reyes in Lagos and Ann Cole."
    ]


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("[March 3, 2023]  By Lena Marsh", True),
        ("Mar. 3, 2023 By Lena Marsh and Omar Said", True),
        ("[March 3, 2023] By the end of the day, talks had stalled.", False),
    ],
)
def test_a_byline_may_follow_the_date_the_story_was_filed(line: str, credited: bool) -> None:
    from kg.extract.wire_furniture import credit_spans

    text = f"Talks resume\n\n{line}\n\nThe ministers met on Monday.\n"
    assert (line in [text[s:e] for s, e in credit_spans(text)]) is credited


@pytest.mark.parametrize(
    ("lines", "credited"),
    [
        (["Lena Marsh, Omar Said and Ruth Ellery"], True),
        (["Harbour Times", "Lena Marsh and Omar Said"], True),
        (["Lena Marsh and Omar Said meet in Oslo"], False),
        (["Oslo and Bergen"], False),
    ],
)
def test_a_line_of_writers_names_without_by_is_a_byline(lines: list[str], credited: bool) -> None:
    from kg.extract.wire_furniture import credit_spans

    text = "Talks resume\n\n" + "\n\n".join(lines) + "\n\nOSLO - The ministers met on Monday.\n"
    assert (lines[-1] in [text[s:e] for s, e in credit_spans(text)]) is credited


def test_a_names_line_in_the_body_is_no_byline() -> None:
    from kg.extract.wire_furniture import credit_spans

    text = (
        "Talks resume\n\nThe ministers met on Monday.\n\n"
        "Lena Marsh, Omar Said and Ruth Ellery\n\nThey spoke for an hour.\n"
    )
    assert credit_spans(text) == []


def test_a_long_wire_credit_bracket_is_a_credit() -> None:
    from kg.extract.wire_furniture import credit_spans

    writers = ", ".join(f"Writer{c} Surname{c}" for c in "ABCDEFGHIJKL")
    bracket = f"(Writing by {writers}; Editing by Ann Cole and Tom Reyes)"
    assert len(bracket) > 200
    text = f"Talks\n\nThe ministers met.\n\n{bracket}\n"
    assert [text[s:e] for s, e in credit_spans(text)] == [bracket]


def test_the_writers_of_a_byline_are_not_actors() -> None:
    names = acting_names(
        "Envoys agree to meet again\n\n"
        "By MARTA KOWALSKI and DEREK NWOSU\nWire Service\n\n"
        "Foreign Minister Sergey Lavrov said on Monday that Russia would send a delegation.\n"
    )
    assert "Russia" in names
    assert not any(n.isupper() or "KOWALSKI" in n.upper() for n in names)


def _person_clusters(
    words: list[str], heads: list[int], deps: list[str], names: list[str]
) -> list[str]:
    """The clusters `drop_non_actors` keeps of one-word people in a hand-made parse."""
    from spacy.tokens import Doc

    from kg import nlp
    from kg.extract.actor_candidates import Cand
    from kg.extract.actor_junk import drop_non_actors

    pos = ["PROPN" if w[:1].isupper() else "NOUN" for w in words]
    lemmas = [{"flew": "fly", "wrote": "write"}.get(w, w.lower()) for w in words]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    text = doc.text
    clusters: dict[str, list[Cand]] = {}
    for name in names:
        at = text.index(name)
        clusters[f"per:{name.lower()}"] = [Cand(at, at + len(name), name, "PERSON")]
    drop_non_actors(doc, clusters)
    return list(clusters)


def test_a_one_word_name_where_a_place_stands_is_no_person() -> None:
    # "Tamsin flew to Corvetta and met Abelard in Brindlemoor": the model's three people.
    words = ["Tamsin", "flew", "to", "Corvetta", "and", "met", "Abelard", "in", "Brindlemoor"]
    heads = [1, 1, 1, 2, 1, 1, 5, 5, 7]
    deps = ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "dobj", "prep", "pobj"]
    kept = _person_clusters(words, heads, deps, ["Tamsin", "Corvetta", "Abelard", "Brindlemoor"])
    assert kept == ["per:tamsin", "per:abelard"]


def test_a_name_after_a_title_or_spoken_to_stays_a_person() -> None:
    # "Tamsin wrote to Abelard in President Quill's name": "to" of writing, a title.
    words = ["Tamsin", "wrote", "to", "Abelard", "in", "President", "Quill", "'s", "name"]
    heads = [1, 1, 1, 2, 1, 6, 8, 6, 4]
    deps = ["nsubj", "ROOT", "prep", "pobj", "prep", "compound", "poss", "case", "pobj"]
    assert _person_clusters(words, heads, deps, ["Abelard", "Quill"]) == [
        "per:abelard",
        "per:quill",
    ]


def test_headline_words_taken_for_a_person_are_not_actors() -> None:
    from spacy.tokens import Doc

    from kg import nlp
    from kg.extract.actor_candidates import Cand
    from kg.extract.actor_junk import drop_non_actors

    words = ["Leaders", "To", "Regroup", "Soon", "\n\n", "President", "Quill", "spoke", "."]
    doc = Doc(nlp.load().vocab, words=words)
    text = doc.text
    title_end = text.index("\n")
    regroup = text.index("Regroup")
    quill = text.index("Quill")
    clusters = {
        "per:regroup": [Cand(regroup, regroup + 7, "Regroup", "PERSON")],
        "per:quill": [Cand(quill, quill + 5, "Quill", "PERSON")],
    }
    drop_non_actors(doc, clusters, title_end)
    assert list(clusters) == ["per:quill"]


def test_an_acronym_alone_joins_the_one_body_it_spells() -> None:
    from kg.extract.actor_candidates import Cand
    from kg.extract.actor_junk import join_initials

    clusters = {
        "org:trade office": [Cand(0, 12, "Trade Office", "ORG")],
        "org:to": [Cand(40, 42, "TO", "ORG")],
        "per:mota": [Cand(60, 64, "MoTA", "PERSON")],
        "org:ministry of tourism affairs": [
            Cand(80, 107, "Ministry of Tourism Affairs", "ORG"),
        ],
        "org:xyz": [Cand(120, 123, "XYZ", "ORG")],
    }
    join_initials(clusters)
    assert [c.text for c in clusters["org:trade office"]] == ["Trade Office", "TO"]
    assert [c.text for c in clusters["org:ministry of tourism affairs"]] == [
        "Ministry of Tourism Affairs",
        "MoTA",
    ]
    assert "org:xyz" in clusters  # spells no body of the story: left as it is


def test_a_text_that_is_its_title_alone_keeps_its_people() -> None:
    from spacy.tokens import Doc

    from kg import nlp
    from kg.extract.actor_candidates import Cand
    from kg.extract.actor_junk import drop_non_actors

    doc = Doc(nlp.load().vocab, words=["Rebels", "Attacked", "Bramwell", "Village"])
    clusters = {"per:bramwell": [Cand(17, 25, "Bramwell", "PERSON")]}
    drop_non_actors(doc, clusters, len(doc.text))
    assert list(clusters) == ["per:bramwell"]


def test_a_region_a_hurricane_and_an_outlet_named_as_people_are_no_people() -> None:
    # "Tamsin met Abelard in Corvetta State after hurricane Mirelle , as newspaper Brindle
    # wrote": the model's five people; a region by its last word, a storm and a paper by the
    # noun before them.
    words = ["Tamsin", "met", "Abelard", "in", "Corvetta", "State", "after", "hurricane"]
    words += ["Mirelle", ",", "as", "newspaper", "Brindle", "wrote"]
    heads = [1, 1, 1, 1, 5, 3, 1, 8, 6, 1, 13, 12, 13, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "prep", "compound", "pobj"]
    deps += ["punct", "mark", "compound", "nsubj", "advcl"]
    kept = _person_clusters(
        words, heads, deps, ["Tamsin", "Abelard", "Corvetta State", "Mirelle", "Brindle"]
    )
    assert kept == ["per:tamsin", "per:abelard"]


def test_a_counted_group_and_a_figure_of_faith_are_no_people() -> None:
    # "Tamsin said 300 Veluni marked the day of Guru Orlan": a number counts the group; a
    # guru of a faith is revered, not a party.
    words = ["Tamsin", "said", "300", "Veluni", "marked", "the", "day", "of", "Guru", "Orlan"]
    heads = [1, 1, 3, 4, 1, 6, 4, 6, 9, 7]
    deps = ["nsubj", "ROOT", "nummod", "nsubj", "ccomp", "det", "dobj", "prep", "compound"]
    deps += ["pobj"]
    kept = _person_clusters(words, heads, deps, ["Tamsin", "Veluni", "Guru Orlan"])
    assert kept == ["per:tamsin"]


def test_a_given_name_shared_with_a_faith_figure_is_a_person() -> None:
    # "Tamsin met Jesus Arrano": a given name and a surname name a person.
    words = ["Tamsin", "met", "Jesus", "Arrano"]
    heads = [1, 1, 3, 1]
    deps = ["nsubj", "ROOT", "compound", "dobj"]
    kept = _person_clusters(words, heads, deps, ["Tamsin", "Jesus Arrano"])
    assert kept == ["per:tamsin", "per:jesus arrano"]
    # "Tamsin honoured Gautama Buddha": a faith figure's word last names the figure.
    words = ["Tamsin", "honoured", "Gautama", "Buddha"]
    kept = _person_clusters(words, heads, deps, ["Tamsin", "Gautama Buddha"])
    assert kept == ["per:tamsin"]


def test_a_channel_words_are_posted_on_is_no_actor() -> None:
    names = acting_names(
        "Ministers meet again\n\n"
        "Eastland's foreign minister Jane Rowan met her Westland counterpart on Monday. "
        "Rowan attacked the blockade on Twitter the same evening.\n"
    )
    assert "Twitter" not in names


def test_an_outlet_a_verb_acts_on_stays() -> None:
    # "Tamsin ordered the newspaper Brindle to close": the paper is affected, a party.
    words = ["Tamsin", "ordered", "the", "newspaper", "Brindle", "to", "close"]
    heads = [1, 1, 3, 1, 3, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "appos", "aux", "xcomp"]
    assert _person_clusters(words, heads, deps, ["Tamsin", "Brindle"]) == [
        "per:tamsin",
        "per:brindle",
    ]


def test_a_credit_line_with_a_capital_by_is_a_credit() -> None:
    from kg.extract.wire_furniture import credit_spans

    line = "Reporting By Ines Valdor; Editing by Piet Haring"
    text = f"Talks\n\nThe ministers met on Monday and agreed to meet again.\n\n{line}\n"
    assert [text[s:e] for s, e in credit_spans(text)] == [line]


@pytest.mark.parametrize("before", ["Al Jazeera's", "Al Jazeera correspondent"])
def test_an_outlets_journalist_is_no_actor(before: str) -> None:
    text = (
        "Ceasefire talks open\n\n"
        "Envoy Tomas Berg opened the ceasefire talks in Northtown on Monday. "
        f"{before} Maria Olsen, reporting from Northtown, said both delegations had arrived.\n"
    )
    names = acting_names(text)
    assert "Tomas Berg" in names
    assert "Maria Olsen" not in names


def test_an_outlets_analyst_quoted_as_a_source_stays() -> None:
    text = (
        "Polls barely move\n\n"
        "Envoy Tomas Berg said on Monday the debate had changed little. Debates seldom move "
        "the polls, noted NBC’s Maria Olsen.\n"
    )
    assert "Maria Olsen" in acting_names(text)


def test_a_person_after_an_outlet_across_a_line_break_stays() -> None:
    # Nothing of the trade stands between the outlet's name and the person's: no journalist.
    text = (
        "Ceasefire talks open\n\n"
        "Envoy Tomas Berg spoke to Al Jazeera\n"
        "Maria Olsen, the mediator, opened the talks in Northtown on Monday.\n"
    )
    assert "Maria Olsen" in acting_names(text)


@pytest.mark.parametrize(
    ("name", "date"),
    [("Nov.3", True), ("Nov. 3", True), ("March 20", True), ("Sept 2019", True),
     ("March 23 Movement", False), ("Theresa May", False), ("M23", False), ("Nov", False)],
)  # fmt: skip
def test_a_month_and_a_number_are_a_date(name: str, date: bool) -> None:
    from kg.extract.actor_junk import a_date

    assert a_date(name) is date


def test_a_name_after_of_and_a_land_feature_is_a_place() -> None:
    # "Tamsin demanded the withdrawal from the hills of Corvetta": the model's two people.
    words = ["Tamsin", "demanded", "the", "withdrawal", "from", "the", "hills", "of", "Corvetta"]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 7]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj"]
    assert _person_clusters(words, heads, deps, ["Tamsin", "Corvetta"]) == ["per:tamsin"]


def test_a_day_the_model_took_for_a_name_is_no_actor() -> None:
    from kg import nlp
    from kg.extract.actor_candidates import Cand
    from kg.extract.actor_junk import drop_non_actors

    text = "The talks begin on Nov.3 in Quito, the Harbour Council said."
    doc = nlp.load()(text)
    day, body = text.index("Nov.3"), text.index("Harbour Council")
    clusters = {
        "org:nov3": [Cand(day, day + 5, "Nov.3", "ORG")],
        "org:harbour council": [Cand(body, body + 15, "Harbour Council", "ORG")],
    }
    drop_non_actors(doc, clusters)
    assert list(clusters) == ["org:harbour council"]


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("Nov.3", True),
        ("March 20", True),
        ("20 March", True),
        ("Sept 2019", True),
        ("Monday, March 20", True),
        ("John March", False),
        ("May", False),
        ("Mayor Ortiz", False),
    ],
)
def test_a_day_or_a_month_the_model_took_for_a_name_is_a_date(name: str, date: bool) -> None:
    from kg.extract.actor_junk import a_date

    assert a_date(name) is date
