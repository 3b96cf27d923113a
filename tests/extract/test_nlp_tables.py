"""The per-doc word tables of `kg.nlp`: looked-up words are the ones a walk over every token
would find, in text order, and the kept tokens are the doc's own."""

from __future__ import annotations

from spacy.language import Language

from kg import nlp as kg_nlp

TEXT = (
    "The envoy Put the offer on the table. Officials said the envoy puts it plainly, "
    "and the Envoy said so again on Tuesday."
)


def test_lower_positions_match_a_walk(nlp: Language) -> None:
    doc = nlp(TEXT)
    words = {"envoy", "said", "absent"}
    assert kg_nlp.lower_positions(doc, words) == [t.i for t in doc if t.lower_ in words]
    assert [t.i for t in kg_nlp.with_lower(doc, words)] == [t.i for t in doc if t.lower_ in words]


def test_lemma_positions_are_case_blind(nlp: Language) -> None:
    doc = nlp(TEXT)
    found = kg_nlp.lemma_positions(doc, {"put"})
    assert found == [t.i for t in doc if t.lemma_.lower() == "put"]
    assert found == sorted(found) and len(found) >= 2


def test_with_words_joins_forms_and_lemmas_once(nlp: Language) -> None:
    doc = nlp(TEXT)
    got = kg_nlp.with_words(doc, {"envoy", "puts"}, {"put", "say"})
    want = [t.i for t in doc if t.lower_ in {"envoy", "puts"} or t.lemma_.lower() in {"put", "say"}]
    assert [t.i for t in got] == want


def test_lower_forms_and_kept_tokens(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert set(kg_nlp.lower_forms(doc)) == {t.lower_ for t in doc}
    kept = kg_nlp.tokens(doc)
    assert kept is kg_nlp.tokens(doc)  # made once a doc
    assert [(t.i, t.text) for t in kept] == [(t.i, t.text) for t in doc]
    assert all(t.doc is doc for t in kept)


def test_one_word_table_answers_every_look_up(nlp: Language) -> None:
    doc = nlp("The envoy Put the offer down.\nA pre-dawn vote followed, and the envoy left.")
    cols = kg_nlp.columns(doc)
    kg_nlp.lower_positions(doc, {"envoy"})
    kg_nlp.lemma_positions(doc, {"put"})
    kg_nlp.containing(doc, "-")
    assert kg_nlp.columns(doc) is cols  # the arrays and both position tables: one per doc
    assert set(doc.user_data) <= {"kg.columns", "kg.tokens"}
    lemmas = {"put", "leave"}
    mask = cols.lemma_in(lemmas)
    assert mask.tolist() == [t.lemma_.lower() in lemmas for t in doc]
    for part in ("\n", "-", "e", "E"):
        assert kg_nlp.containing(doc, part) == [t.i for t in doc if part in t.text]


def test_entities_are_the_doc_ents_kept_once(nlp: Language) -> None:
    doc = nlp("Minister Ilse Varga of Norland met envoys from Southia in Lakeport on Friday.")
    kept = kg_nlp.entities(doc)
    assert kept is kg_nlp.entities(doc)
    assert [(e.start, e.end, e.label_) for e in kept] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]


def test_hash_of_is_the_column_value_of_every_label_and_word(nlp: Language) -> None:
    # spaCy keeps its own symbols ("nsubj", "det") under small ids, not under their hash: a
    # label looked up in the DEP column must find the subject all the same.
    doc = nlp("The new envoy thanked her hosts. She was welcomed by the council chair.")
    cols = kg_nlp.columns(doc)
    for t in doc:
        assert kg_nlp.hash_of(t.dep_) == cols.dep[t.i]
        assert kg_nlp.hash_of(t.lower_) == cols.lower[t.i]
    subjects = [i for i, d in enumerate(cols.dep.tolist()) if d == kg_nlp.hash_of("nsubj")]
    assert subjects == [t.i for t in doc if t.dep_ == "nsubj"] and subjects


def test_lower_forms_are_the_stores_strings_in_every_doc(nlp: Language) -> None:
    # The forms are kept for the process (`_string`): a second doc with new words and old
    # ones reads each as the string store does.
    for text in (TEXT, "The envoy left Oslo; officials said nothing of the Envoy's plans."):
        doc = nlp(text)
        forms = kg_nlp.columns(doc).lower_forms()
        assert forms == {t.lower: doc.vocab.strings[t.lower] for t in doc}
        assert {w: kg_nlp.lower_positions(doc, {w}) for w in forms.values()} == {
            w: [t.i for t in doc if t.lower_ == w] for w in forms.values()
        }
