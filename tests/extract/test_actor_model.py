"""The learned actor check: its features, and that it drops only actors no statement or event
names, and only those the model doubts."""

from __future__ import annotations

import pytest
from extract_helpers import article
from spacy.tokens import Doc

from kg import gazetteer, nlp
from kg.extract.actor_model import (
    Context,
    drop_unlikely,
    features,
    load_model,
    mention_role,
    referenced,
)
from kg.extract.actors import ActorFinder
from kg.extract.discourse import Discourse
from kg.extract.index import ActorIndex
from kg.extract.linear_weights import LinearModel
from kg.model import Actor, Event, Span, Statement

# Invented text: a speaker, and a firm named only inside her quotation.
TEXT = (
    "Ministers meet in Vienna\n\n"
    "Foreign Minister Jane Roe said on Monday that the talks would go on. "
    '"The Zelbrant Corporation has nothing to do with this," Roe said.'
)


def _index() -> tuple[Doc, ActorIndex]:
    art = article(TEXT)
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    return doc, Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))


def _actor(index: ActorIndex, name: str) -> Actor:
    return next(a for a in index.actors if name in a.name)


def test_mention_roles_say_how_a_name_stands_in_its_clause() -> None:
    doc = nlp.load()("Jane Roe said the talks in Vienna would go on with Acme.")
    assert mention_role(doc[1]) == "say"  # "Roe", subject of "said"
    assert mention_role(doc[6]) == "in"  # "Vienna"
    assert mention_role(doc[11]) == "party"  # "Acme", after "with"


def test_features_describe_the_actor_and_its_mentions() -> None:
    doc, index = _index()
    quote = TEXT.index("The Zelbrant"), TEXT.index(' this," Roe') + 5
    context = Context(contents=[quote], sentences=[(quote[0] - 1, len(TEXT))])
    roe = features(doc, index, _actor(index, "Roe"), False, context)
    assert "type=Person" in roe and "role=say" in roe and "Person|role=say" in roe
    assert "quote_only" not in roe and "titled" in roe
    assert "in_content=none" in roe and "in_report=some" in roe
    firm = features(doc, index, _actor(index, "Zelbrant"), False, context)
    assert "quote_only" in firm and "type=Organization" in firm
    assert "in_content=all" in firm and "in_report=all" in firm


def test_the_tagger_label_is_read_beside_the_type() -> None:
    # Each label the tagger gives the names goes with the type the rules gave the actor, so
    # the check can tell a place read as a person from a person.
    doc, index = _index()
    roe = features(doc, index, _actor(index, "Roe"), False, Context())
    assert "ner=PERSON" in roe and "ner=PERSON|Person" in roe
    labelled = [f for f in roe if f.startswith("ner=") and "|" in f]
    assert labelled == [f"{f}|Person" for f in roe if f.startswith("ner=") and "|" not in f]


def test_only_unnamed_by_statements_and_doubted_actors_are_dropped() -> None:
    doc, index = _index()
    roe, firm = _actor(index, "Roe"), _actor(index, "Zelbrant")
    doubting = LinearModel({"bias": 2.0, "quote_only": -5.0, "type=Person": -9.0}, 0.5)
    drop_unlikely(doc, index, gazetteer.default(), {roe.id}, Context(), doubting)
    # The person is doubted too, but a statement names her: she stays.
    assert [a.id for a in index.actors] == [roe.id]
    assert all(m.actor == roe.id for m in index.mentions + index.refs)
    assert firm.id not in {m.actor for m in index.mentions}


def test_referenced_are_speakers_parties_and_the_states_actors_belong_to() -> None:
    span = Span(0, 1, "x")
    statement = Statement(speaker="a1", cue=span, content=span, kind="direct", evidence=span)
    event = Event(kind="meeting", evidence=span, participants=["a2"], mediator="a3")
    body = Actor(id="a4", name="Body", type="Organization", key="k", country="a5")
    assert referenced([body], [statement], [event]) == {"a1", "a2", "a3", "a5"}


def test_the_shipped_weights_load(monkeypatch: pytest.MonkeyPatch) -> None:
    load_model.cache_clear()
    monkeypatch.setenv("KG_ACTOR_MODEL", "on")
    model = load_model()
    load_model.cache_clear()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert "bias" in model.weights


def test_off_keeps_every_actor(monkeypatch: pytest.MonkeyPatch) -> None:
    doc, index = _index()
    before = [a.id for a in index.actors]
    load_model.cache_clear()
    monkeypatch.setenv("KG_ACTOR_MODEL", "off")
    drop_unlikely(doc, index, gazetteer.default(), set(), Context())
    load_model.cache_clear()
    assert [a.id for a in index.actors] == before
