"""A description fits a title when the title holds its words as whole words
(`discourse_titles.plain_fit`): "the secretary" is no undersecretary."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.discourse_titles import plain_fit, title_before_name
from kg.model import Actor, Role, Span


def _holder(title: str) -> Actor:
    return Actor("a1", "Tomas Vell", "Person", "x/tomas", roles=[Role(title, Span(0, 1, "T"))])


@pytest.mark.parametrize(
    ("title", "fits"),
    [
        ("Secretary for Trade", True),
        ("Undersecretary for Trade", False),
        ("Secretary-General", True),
    ],
)
def test_a_description_fits_a_title_by_whole_words(nlp: Language, title: str, fits: bool) -> None:
    doc = nlp("The secretary flew home on Friday.")
    assert plain_fit(doc[1], _holder(title), None) is fits


def test_the_minister_is_no_administrator(nlp: Language) -> None:
    doc = nlp("The minister flew home on Friday.")
    assert not plain_fit(doc[1], _holder("Chief Administrator"), None)
    assert plain_fit(doc[1], _holder("Trade Minister"), None)


def test_a_written_title_is_the_name_set_after_it_before(nlp: Language) -> None:
    doc = nlp(
        "Ferry line talks resumed, said Lake Board High Representative Mira Sandvik on Friday. "
        "The High Representative said both towns wanted the line."
    )
    sandvik = next(t for t in doc if t.text == "Sandvik")
    head = [t for t in doc if t.text == "Representative"][-1]
    people = {"a1": Actor("a1", "Mira Sandvik", "Person", "x/mira")}
    assert title_before_name(head, {sandvik.i: "a1"}, people) == "a1"
    # (Lower case, a title is a plain word: "the representative" is any official.)
    plain = nlp("Mira Sandvik spoke. The representative said no.")
    word = next(t for t in plain if t.text == "representative")
    assert title_before_name(word, {1: "a1"}, people) is None
