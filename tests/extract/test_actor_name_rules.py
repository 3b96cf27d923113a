"""Words that are no names of the story's actors: wire credits, headline verbs, titles, rank
suffixes, bylines, portfolios; and two people joined by a headline's hyphen."""

from __future__ import annotations

from extract_helpers import article
from spacy.tokens import Span

from kg import gazetteer, nlp
from kg.extract.actor_candidates import Cand, join_acronyms
from kg.extract.actor_names import paired_names, same_name
from kg.extract.actors import ActorFinder
from kg.extract.index import ActorIndex
from kg.extract.wire_furniture import dateline_spans


def _actors(text: str) -> ActorIndex:
    art = article(text)
    return ActorFinder(gazetteer.default())(nlp.load()(art.text), art)


def _names(text: str) -> set[str]:
    return {a.name for a in _actors(text).actors}


def test_a_wire_credit_with_its_date_names_outlets_throughout() -> None:
    text = (
        "Ministers discuss the border\n\n"
        "VIENNA (Euronews Daily / Sputnik - 4th March, 2021) The Austrian Foreign Ministry "
        "said on Thursday that talks with Hungary would resume.\n\n"
        "Foreign Minister Karl Brenner told Sputnik that both sides wanted a deal.\n"
    )
    names = _names(text)
    assert "Sputnik" not in names
    assert "Karl Brenner" in names


def test_a_headline_verb_is_no_part_of_the_name() -> None:
    text = (
        "Russian Envoy Volkov Meets With Rebel Leaders In Geneva\n\n"
        "Russian envoy Andrei Volkov met rebel leaders in Geneva on Monday, the ministry said.\n"
    )
    names = _names(text)
    assert not any("Meets" in n for n in names), names
    assert "Andrei Volkov" in names


def test_a_title_alone_is_no_person() -> None:
    text = (
        "Ministers meet in Beijing\n\n"
        "Chinese State Councilor and Foreign Minister Li Wen met in Beijing on Monday with "
        "Japanese Foreign Minister Ken Sato.\n"
    )
    names = _names(text)
    assert "Councilor" not in names
    assert {"Li Wen", "Ken Sato"} <= names


def test_a_rank_suffix_is_no_person() -> None:
    text = (
        "Delegations meet\n\n"
        "The delegation consisted of the Ambassador to Nepal Air Chief Marshal Ravi Perera "
        "(Retd.) and senior officials of the ministry.\n"
    )
    names = _names(text)
    assert "Retd" not in names and "Retd." not in names
    assert any("Ravi Perera" in n for n in names)  # the person the suffix follows stays


def test_a_byline_with_an_initial_is_a_byline() -> None:
    text = "Leaders sign the deal\n\nBy Mabior P Deng\n\nJUBA - The president signed it.\n"
    assert [text[s:e] for s, e in dateline_spans(text)] == ["Mabior P Deng", "JUBA"]


def test_a_portfolio_after_a_lower_case_title_is_no_body() -> None:
    text = (
        "Minister meets envoys\n\n"
        "The minister for Foreign Affairs on Monday met with the envoys of Norway and Kenya "
        "in Khartoum.\n"
    )
    names = _names(text)
    assert "Foreign Affairs" not in names
    assert {"Norway", "Kenya"} <= names


def test_a_capitalised_title_is_no_part_of_the_canonical_name() -> None:
    text = (
        "Statement on the talks\n\n"
        "The following is attributable to Spokesperson Jane Whitfield: the Secretary met "
        "the minister on Monday.\n"
    )
    names = _names(text)
    assert "Jane Whitfield" in names, names


def test_a_hyphen_joins_two_people_named_alone() -> None:
    doc = nlp.load()("Rossi-Dubois talks. Marco Rossi met Pierre Dubois.")
    doc.ents = [Span(doc, 0, 3, "PERSON"), Span(doc, 5, 7, "PERSON"), Span(doc, 8, 10, "PERSON")]
    pair = doc.ents[0]
    assert pair.text == "Rossi-Dubois"
    assert [pair.text[s:e] for s, e in paired_names(pair)] == ["Rossi", "Dubois"]


def test_a_hyphenated_given_name_is_one_person() -> None:
    doc = nlp.load()("Jean-Marc Ayrault spoke. Jean-Marc Ayrault left.")
    doc.ents = [Span(doc, 0, 4, "PERSON")]
    assert paired_names(doc.ents[0]) == []


def test_a_body_shaped_full_name_joins_its_spelling_variant() -> None:
    persons = {"per:a": ["kassym", "zhomart", "tokayev"], "per:b": ["shavkat", "mirziyoyev"]}
    assert same_name(persons, "Kasym-Zhomart Tokayev") == "per:a"
    assert same_name(persons, "Kasym-Zhomart Foundation") is None


def test_an_acronym_of_untagged_words_is_no_person() -> None:
    text = "The first meeting of the Joint Review Board (JRB) was held. The JRB met again."
    at = text.index("JRB)")
    short = Cand(at, at + 3, "JRB", "PERSON", cluster="per:jrb")
    clusters = {"per:jrb": [short]}
    join_acronyms(text, [short], clusters)
    assert clusters == {}


def test_delegations_of_a_list_of_states_are_one_per_state() -> None:
    text = (
        "Talks open\n\n"
        "The rebels met the delegations of Ghana, Togo and Benin in Accra on Monday.\n"
    )
    names = _names(text)
    assert {"delegation of Ghana", "delegation of Togo", "delegation of Benin"} <= names


def test_a_delegation_is_named_by_the_adjective_the_text_writes() -> None:
    text = "Talks open\n\nThe Nepali delegation met the envoys in Colombo on Monday.\n"
    assert "Nepali delegation" in _names(text)


def test_a_hyphenated_given_name_ending_in_a_common_word_is_a_name() -> None:
    text = "Talks end\n\nForeign Minister Choi Soo-wha published the joint statement on Monday.\n"
    assert "Choi Soo-wha" in _names(text)


def test_a_body_named_again_by_its_last_words_is_one_body() -> None:
    text = (
        "Talks on the river\n\n"
        "The Joint Review Board for the Two Rivers met on Monday. The Review Board said the "
        "water would be shared.\n"
    )
    x = _actors(text)
    boards = [a for a in x.actors if "Review Board" in a.name]
    assert len(boards) == 1, [a.name for a in boards]


def test_a_delegation_also_named_by_its_adjective_keeps_the_adjective() -> None:
    text = (
        "Talks open\n\n"
        "The delegations of Ghana and Togo met in Accra on Monday. The Ghanaian delegation "
        "said the talks went well.\n"
    )
    names = _names(text)
    assert {"Ghanaian delegation", "delegation of Togo"} <= names, names


def test_a_lower_case_compass_word_makes_another_states_name() -> None:
    text = (
        "Talks\n\n"
        "The minister spoke of the efforts to achieve peace in south Sudan within the regional "
        "process. Sudan said it would help.\n"
    )
    x = _actors(text)
    by_name = {a.name: [m.text for m in a.mentions] for a in x.actors}
    assert by_name.get("Sudan") == ["Sudan"], by_name
    assert by_name.get("South Sudan") == ["south Sudan"], by_name
