"""Cheap look-ups that skip work keep the answers of the full tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from kg import gazetteer
from kg.extract.actor_generic import generic_bodies
from kg.extract.name_bounds import office_title


def test_an_office_title_needs_its_of_in_any_case(nlp: Language) -> None:
    doc = nlp(
        "She met the Deputy Ministers of Defence of Velmar and the Minister Of Trade of"
        " Ostria, and the Trade Council."
    )
    assert office_title(Span(doc, 2, 8, label="ORG"))  # "the Deputy Ministers of Defence of"
    assert office_title(Span(doc, 10, 15, label="ORG"))  # "the Minister Of Trade of"
    assert not office_title(Span(doc, 18, 21, label="ORG"))  # no "of": a body's name
    assert not office_title(Span(doc, 2, 8, label="PERSON"))


def test_a_generic_body_after_the_is_found_by_its_opening_word(nlp: Language) -> None:
    gz = gazetteer.default()
    doc = nlp("The the defence ministry spokesman in Velmar declined to comment.")
    assert [s.text for s in generic_bodies(doc, gz)] == ["defence ministry"]
    assert generic_bodies(nlp("The the spokesman in Velmar declined to comment."), gz) == []
