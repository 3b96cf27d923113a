"""Speakers read from the parse, where the parser hung the subject elsewhere."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.speakers import opening_subject

WORDS = ["Trump", ",", "alleging", "that", "Obama", "lied", ",", "said", "he", "would", "go", "."]


def _parse(trump_dep: str, trump_head: int) -> Doc:
    # The parse spaCy gave a sentence of a news story: the opening name hung on the clause
    # inside ("dep" of "lied"), the main verb left without a subject.
    heads = [trump_head, 0, 7, 5, 5, 2, 7, 7, 10, 10, 7, 7]
    deps = [trump_dep, "punct", "advcl", "mark", "nsubj", "ccomp", "punct", "ROOT"]
    deps += ["nsubj", "aux", "ccomp", "punct"]
    ents = ["B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O"]
    return Doc(Vocab(), words=WORDS, heads=heads, deps=deps, ents=ents)


def test_a_name_opening_the_sentence_is_the_subject_the_parse_lost() -> None:
    doc = _parse("dep", 5)
    said = doc[7]
    assert said.dep_ == "ROOT"
    assert opening_subject(said) == doc[0]


def test_a_main_verb_with_its_own_subject_keeps_it() -> None:
    doc = _parse("nsubj", 7)
    assert opening_subject(doc[7]) is None
