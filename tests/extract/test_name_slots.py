"""People's names in a person's slot whatever the model tags them (after a long title, after
a courtesy title, subject of saying), and words that open or make no name (a gerund, a
preposition, a clock's time zone, a plural abbreviation)."""

from __future__ import annotations

from extract_helpers import article
from spacy.tokens import Span

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.name_bounds import named_part


def _actors(text: str) -> dict[str, str]:
    art = article(text)
    index = ActorFinder(gazetteer.default())(nlp.load()(art.text), art)
    return {a.name: a.type for a in index.actors}


def test_a_holder_after_a_title_naming_a_body_within_a_body() -> None:
    text = (
        "Envoys compare notes\n\n"
        "The premier later phoned Chairperson of the Legal Committee of the Upper Chamber of "
        "Armenia Lusine Vardanyan. They spoke of the border.\n"
    )
    actors = _actors(text)
    assert actors.get("Lusine Vardanyan") == "Person"
    assert not any(name.startswith("of ") for name in actors)


def test_a_surname_with_diacritics_after_a_title_is_a_person() -> None:
    text = (
        "Balkan leaders trade barbs\n\n"
        "President Vučić declared on Monday that the talks would go on without delay.\n"
    )
    assert _actors(text).get("Vučić") == "Person"


def test_a_surname_with_diacritics_that_speaks_is_a_person() -> None:
    text = (
        "Sahel ministers gather\n\n"
        "The plan is sound, said Dramé, who leads the foreign ministry of Mali.\n"
    )
    assert _actors(text).get("Dramé") == "Person"


def test_a_given_name_before_a_surname_tagged_a_place_after_a_title() -> None:
    text = (
        "Neighbours keep a channel open\n\n"
        "Acting Secretary and First Deputy Energy Minister of Armenia Tigran Karasin met his "
        "counterpart in Vienna.\n"
    )
    assert _actors(text).get("Tigran Karasin") == "Person"


def test_time_zones_and_plural_abbreviations_are_no_actors() -> None:
    text = (
        "Truce and trade deals\n\n"
        "The pause runs until midnight (2200 GMT) on Sunday, the ministry said. Three MoUs "
        "were signed by the two governments on port access.\n"
    )
    actors = _actors(text)
    assert "GMT" not in actors
    assert "MoUs" not in actors


def test_a_gerund_opens_no_name() -> None:
    doc = nlp.load()("Echoing Omar Hadi, the envoy pledged more trade.")
    part = named_part(Span(doc, 0, 3, label="PERSON"))
    assert part is not None and part.text == "Omar Hadi"


def test_a_name_after_a_lower_case_person_noun_is_a_person() -> None:
    text = (
        "Border talks planned\n\n"
        "The two leaders sat down alongside the bloc's mediator Lungile Mbeki on Sunday.\n"
    )
    assert _actors(text).get("Lungile Mbeki") == "Person"


def test_a_place_tagged_surname_beside_a_person_is_a_person() -> None:
    text = (
        "Summit still open\n\n"
        "Officials said that Kurti and Nikolic may not meet face to face this week.\n"
    )
    assert _actors(text).get("Nikolic") == "Person"
