"""Pairs named together, read from the parse as spaCy gives it, right or wrong."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import nlp
from kg.extract.discourse_pairs import names_pair
from kg.model import Actor

WORDS = ["US", "President", "Ann", "Varga", "and", "Swiss", "President", "Mark", "Holt", "spoke"]
POS = ["PROPN", "PROPN", "PROPN", "PROPN", "CCONJ", "ADJ", "PROPN", "PROPN", "PROPN", "VERB"]
ACTORS = {
    "a1": Actor(id="a1", name="Ann Varga", type="Person", key="ann varga"),
    "a2": Actor(id="a2", name="Mark Holt", type="Person", key="mark holt"),
}


def test_two_names_with_titles_between_are_a_pair_however_parsed() -> None:
    # The parser made the first name an apposition of a title of the second, which is the
    # subject: "Varga" has no name among its conjuncts, and is still listed with Holt.
    heads = [1, 8, 3, 1, 3, 6, 3, 8, 9, 9]
    deps = ["compound", "compound", "compound", "appos", "cc", "amod", "conj", "compound"]
    deps += ["nsubj", "ROOT"]
    doc = Doc(nlp.load().vocab, words=WORDS, heads=heads, deps=deps, pos=POS)
    named = {3: "a1", 8: "a2"}
    assert names_pair(doc[3], named, ACTORS)


def test_a_name_alone_is_no_pair() -> None:
    words = ["President", "Ann", "Varga", "spoke", "with", "reporters"]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "ADP", "NOUN"]
    deps = ["compound", "compound", "nsubj", "ROOT", "prep", "pobj"]
    doc = Doc(nlp.load().vocab, words=words, heads=[2, 2, 3, 3, 3, 4], deps=deps, pos=pos)
    assert not names_pair(doc[2], {2: "a1"}, ACTORS)
