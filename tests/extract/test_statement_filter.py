"""The learned statement check: its features, and that it drops only what the model doubts."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from kg import nlp
from kg.extract.statement_filter import _NAMES, Asked, Model, _name, features, kept, load_model

# Invented text: a deed read as a statement, and a statement proper.
TEXT = "The union filed suit in federal court. Its leader said the law was unfair."


def _span(word: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def _asked(cue: str, content: str, speaker: str | None, who: str | None, text: str = TEXT) -> Asked:
    return Asked(_span(cue, text), _span(content, text), speaker, who and _span(who, text), False)


def test_features_describe_the_cue_the_content_and_the_speaker() -> None:
    doc = nlp.load()(TEXT)
    fs = features(doc, _asked("said", "the law was unfair", "Person", "Its leader"))
    assert "lemma=say" in fs and "speech=True" in fs and "who=Person" in fs
    assert "content=ccomp|child" in fs and "headline=False" in fs
    assert "frame=ccomp" in fs and "verb=finite" in fs and "words=4" in fs
    deed = features(doc, _asked("filed", "suit", None, "The union"))
    assert "obj=suit" in deed and "who=words" in deed
    assert "words=1" in deed and "short_verb=none" in deed and "frame=dobj" in deed


def test_features_tell_the_forms_the_guidelines_leave_out() -> None:
    # Invented: a talk's topic after "about", a lone pronoun, unnamed sources, a question and
    # a dateline's colon.
    text = (
        "Lisbon: The two ministers talked about fishing quotas. She repeated this. "
        "Sources said the vote was close. He asked whether the border would open."
    )
    doc = nlp.load()(text)
    about = features(doc, _asked("talked", "fishing quotas", None, "The two ministers", text))
    assert "frame=prep=about" in about and "colon_before" in about
    assert "source=minister" in about and "source_tag=NNS" in about
    lone = features(doc, _asked("repeated", "this", "Person", "She", text))
    assert "pronoun_only" in lone and "source=pron:she" in lone and "colon_before" not in lone
    unnamed = features(doc, _asked("said", "the vote was close", None, "Sources", text))
    assert "source=source" in unnamed and "pronoun_only" not in unnamed
    question = features(doc, _asked("asked", "whether the border would open", None, "He", text))
    assert "question" in question


def test_a_name_never_becomes_a_feature() -> None:
    text = "Ambassador Tavares said the talks would resume."
    doc = nlp.load()(text)
    fs = features(
        doc, _asked("said", "the talks would resume", "Person", "Ambassador Tavares", text)
    )
    assert "source=name" in fs
    assert not any("tavares" in f.lower() for f in fs)


def test_only_doubted_reported_statements_are_dropped() -> None:
    doc = nlp.load()(TEXT)
    deed = _asked("filed", "suit", None, "The union")
    said = _asked("said", "the law was unfair", "Person", "Its leader")
    found = [(deed, "indirect"), (said, "indirect"), (said, "direct")]
    doubting = Model({"bias": 2.0, "lemma=file": -5.0}, threshold=0.5)
    assert kept(doc, found, doubting) == [False, True, True]
    # Quotations are never asked about, whatever the model says.
    assert kept(doc, found, Model({"bias": -9.0}, threshold=0.5)) == [False, False, True]


def test_the_shipped_weights_load(monkeypatch: pytest.MonkeyPatch) -> None:
    load_model.cache_clear()
    monkeypatch.setenv("KG_STATEMENT_FILTER", "on")
    model = load_model()
    load_model.cache_clear()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert "bias" in model.weights


def _walked(t: Token) -> bool:
    """`_name` as first written: every word of the doc looked at for the same word."""
    if t.pos_ == "PROPN" or t.ent_type_ in _NAMES:
        return True
    return t.text[:1].isupper() and any(w.text == t.text and not w.is_sent_start for w in t.doc)


def test_a_name_is_found_where_the_story_writes_it_again() -> None:
    # Invented: "Reforms" opens a sentence (no name there by its capital alone) and is written
    # capitalised again inside another; "Officials" is capitalised only where sentences open.
    text = "Reforms were passed. Officials praised the Reforms plan. Officials said so."
    doc = nlp.load()(text)
    assert [_name(t) for t in doc] == [_walked(t) for t in doc]
    assert _name(doc[0])
