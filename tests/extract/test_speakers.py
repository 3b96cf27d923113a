"""Speakers read from the parse, where the parser hung the subject elsewhere."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.index import ActorIndex, Mention
from kg.extract.speakers import closing_person, closing_subject, opening_subject

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


# "Talks will resume on Monday, Anna Berg, aide to the envoy, said.": the parse spaCy gives
# such a sentence hangs the name on the reported clause, as a conjunct of its last word.
CLOSING = ["Talks", "will", "resume", "on", "Monday", ",", "Anna", "Berg", ",", "aide", "to"]
CLOSING += ["the", "envoy", ",", "said", "."]


def _closing(berg_dep: str, berg_head: int) -> Doc:
    heads = [2, 2, 14, 2, 3, 4, 7, berg_head, 7, 7, 9, 12, 10, 7, 14, 14]
    deps = ["nsubj", "aux", "ccomp", "prep", "pobj", "punct", "compound", berg_dep, "punct"]
    deps += ["appos", "prep", "det", "pobj", "punct", "ROOT", "punct"]
    pos = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN"]
    pos += ["ADP", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    return Doc(Vocab(), words=CLOSING, heads=heads, deps=deps, pos=pos)


def test_a_name_set_off_before_a_subjectless_verb_is_its_subject() -> None:
    doc = _closing("conj", 4)
    assert closing_subject(doc[14]) == doc[7]


def test_a_verb_with_its_own_subject_has_no_closing_subject() -> None:
    doc = _closing("nsubj", 14)
    assert closing_subject(doc[14]) is None


def test_a_name_inside_the_clause_without_its_own_commas_is_not_the_subject() -> None:
    # "... on Monday Anna Berg, aide to the envoy, said": no comma opens the name's phrase.
    words = [w for i, w in enumerate(CLOSING) if i != 5]
    heads = [2, 2, 13, 2, 3, 6, 4, 6, 6, 8, 11, 9, 6, 13, 13]
    deps = ["nsubj", "aux", "ccomp", "prep", "pobj", "compound", "conj", "punct", "appos"]
    deps += ["prep", "det", "pobj", "punct", "ROOT", "punct"]
    pos = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP"]
    pos += ["DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert closing_subject(doc[13]) is None


def test_closing_person_does_not_depend_on_the_order_mentions_were_added() -> None:
    # Stages append mentions as they find them: a later stage may add an earlier span.
    text = "The envoy Mara Lind said"
    actors = ActorIndex()
    person = actors.new("Mara Lind", "Person", "mara lind")
    assert person is not None
    actors.mentions.append(Mention(10, 19, person.id))  # "Mara Lind", found first
    actors.mentions.append(Mention(10, 14, person.id))  # "Mara", found by a later stage
    assert closing_person(actors, (0, 19), text) == person.id
