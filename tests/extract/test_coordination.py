"""Every member of a coordinated list of parties, on sentences written for these tests: spaCy
chains a list's later members one under the other, and may hang its second member on the first
as an apposition."""

from __future__ import annotations

from extract_helpers import check_spans
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.act_lexicon import objects
from kg.extract.coordination import members
from kg.extract.index import ActorIndex, Mention
from kg.extract.pipeline import Pipeline
from kg.extract.speakers import speaker_of
from kg.extract.speech_acts import actors_of, np_span
from kg.reading import parse_txt


def extract(pipeline: Pipeline, body: str):  # type: ignore[no-untyped-def]
    x = pipeline.extract(parse_txt(f"Headline\n\nLima • X\n\n{body}\n", "<test>"))
    check_spans(x)
    return x


def test_members_follow_the_whole_chain(nlp: Language) -> None:
    doc = nlp("Norway hosted Chile, Peru and Bolivia, who held talks in Oslo on Monday.")
    chile = next(t for t in doc if t.text == "Chile")
    assert [t.text for t in members(chile)] == ["Chile", "Peru", "Bolivia"]


def _misparsed_clause(nlp: Language) -> Doc:
    """`Kenya, Ghana and Togo protested` as a parser may misread it: the verb joined to the
    second name by "and", with the third name its subject."""
    words = ["Kenya", ",", "Ghana", "and", "Togo", "protested", "ties", "."]
    heads = [6, 0, 0, 2, 5, 2, 6, 6]
    deps = ["nsubj", "punct", "conj", "cc", "nsubj", "conj", "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_members_take_no_clause_joined_by_and(nlp: Language) -> None:
    doc = _misparsed_clause(nlp)
    assert [t.text for t in members(doc[0])] == ["Kenya", "Ghana"]


def test_noun_phrase_ends_before_a_joined_clause(nlp: Language) -> None:
    doc = _misparsed_clause(nlp)
    start, end = np_span(doc[2])
    assert doc.text[start:end].startswith("Ghana") and "Togo" not in doc.text[start:end]


def test_list_read_as_apposition_gives_every_doer(nlp: Language) -> None:
    # "Japan, the Netherlands, Kenya and Peru expelled envoys" as the parser may read it: the
    # second name an apposition of the first, the rest chained under the second.
    words = ["Japan", ",", "the", "Netherlands", ",", "Kenya", "and", "Peru", "expelled"]
    words += ["envoys", "."]
    heads = [8, 0, 3, 0, 3, 3, 5, 5, 8, 8, 8]
    deps = ["nsubj", "punct", "det", "appos", "punct", "conj", "cc", "conj", "ROOT", "dobj"]
    deps += ["punct"]
    pos = ["PROPN", "PUNCT", "DET", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN"]
    pos += ["PUNCT"]
    ents = ["B-GPE", "O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    actors = ActorIndex()
    for i in (0, 3, 5, 7):
        actor = actors.new(doc[i].text, "Country", doc[i].lower_)
        assert actor is not None
        actors.mentions.append(Mention(doc[i].idx, doc[i].idx + len(doc[i]), actor.id))
    got = [actors.by_id(a).name for a in actors_of(doc[0], actors)]
    assert got == ["Japan", "Netherlands", "Kenya", "Peru"]


def test_third_conjoined_object_types_the_act(nlp: Language) -> None:
    doc = nlp("Chile imposed new tariffs, fees and a blockade on Peru.")
    verb = next(t for t in doc if t.text == "imposed")
    assert [t.text for t in objects(verb)] == ["tariffs", "fees", "blockade"]


def test_relative_clause_on_a_list_of_three(pipeline: Pipeline) -> None:
    x = extract(
        pipeline, "Norway invited Chile, Peru and Bolivia, who held talks in Oslo on Monday."
    )
    talks = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert talks
    names = {x.actor(a).name for e in talks for a in e.participants}
    assert {"Chile", "Peru", "Bolivia"} <= names


def test_name_in_apposition_to_the_third_of_three_nouns_speaks(nlp: Language) -> None:
    # "An expert who left, a scholar and an envoy, Ana Ruiz, said": the name is on the last
    # noun (the clause on the first keeps the closing name from being read as the speaker).
    words = ["An", "expert", "who", "left", ",", "a", "scholar", "and", "an", "envoy", ","]
    words += ["Ana", "Ruiz", ",", "said", "."]
    heads = [1, 14, 3, 1, 1, 6, 1, 6, 9, 6, 9, 12, 9, 9, 14, 14]
    deps = ["det", "nsubj", "nsubj", "relcl", "punct", "det", "conj", "cc", "det", "conj"]
    deps += ["punct", "compound", "appos", "punct", "ROOT", "punct"]
    pos = ["DET", "NOUN", "PRON", "VERB", "PUNCT", "DET", "NOUN", "CCONJ", "DET", "NOUN"]
    pos += ["PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    actors = ActorIndex()
    person = actors.new("Ana Ruiz", "Person", "ana ruiz")
    assert person is not None
    actors.mentions.append(Mention(doc[11].idx, doc[12].idx + len(doc[12]), person.id))
    found = speaker_of(doc[14], actors, {"say"})
    assert found is not None and found[0] == person.id
