"""Bodies the story names only as modifiers of other nouns ("the UN envoy") are no actors."""

from __future__ import annotations

from extract_helpers import article, extract
from spacy.tokens import Doc

from kg.extract.index import ActorIndex, Mention
from kg.extract.modifier_bodies import drop_modifier_bodies, modifier_only
from kg.extract.pipeline import Pipeline
from kg.model import Event, Span


def _names(pipeline: Pipeline, text: str) -> set[str]:
    return {a.name for a in extract(pipeline, text).actors}


def test_a_body_named_only_in_its_envoys_title_is_no_actor(pipeline: Pipeline) -> None:
    text = (
        "UN envoy visits rebel leader\n\n"
        "The UN envoy to Eastland, Maria Olsen, met rebel leader Tomas Berg in Northtown on "
        "Monday. Olsen told reporters that both sides wanted the talks to go on.\n"
    )
    x = extract(pipeline, text)
    assert "United Nations" not in {a.name for a in x.actors}
    # The meeting is the envoy's and the rebel leader's.
    people = {a.id for a in x.actors if a.name in ("Maria Olsen", "Tomas Berg")}
    assert any(set(e.participants) == people for e in x.events)


def test_a_body_that_speaks_stays(pipeline: Pipeline) -> None:
    text = (
        "Envoy sees rival leaders\n\n"
        "The UN envoy to Eastland, Maria Olsen, met opposition leader Tomas Berg in the "
        "capital on Monday. The UN said in a statement that both sides wanted the talks to "
        "go on.\n"
    )
    assert "United Nations" in _names(pipeline, text)


def _stages(pipeline: Pipeline, text: str) -> tuple[Doc, ActorIndex]:
    art = article(text)
    doc = pipeline.nlp(art.text)
    pipeline.timeline(doc, art)
    return doc, pipeline.discourse(doc, art, pipeline.actors(doc, art))


_SANCTIONS = (
    "Talks resume\n\n"
    "Foreign Minister Tomas Berg met envoys in Vienna on Monday to discuss the UN sanctions "
    "on his country.\n"
)


def test_the_parties_of_an_event_lose_the_body(pipeline: Pipeline) -> None:
    doc, index = _stages(pipeline, _SANCTIONS)
    body = next(a.id for a in index.actors if a.name == "United Nations")
    person = next(a.id for a in index.actors if a.name == "Tomas Berg")
    event = Event(kind="meeting", evidence=Span.of(_SANCTIONS, 0, 5), participants=[person, body])
    drop_modifier_bodies(doc, index, [], [event])
    assert body not in {a.id for a in index.actors}
    assert event.participants == [person]


def test_a_body_an_event_targets_stays(pipeline: Pipeline) -> None:
    doc, index = _stages(pipeline, _SANCTIONS)
    body = next(a.id for a in index.actors if a.name == "United Nations")
    event = Event(kind="other", evidence=Span.of(_SANCTIONS, 0, 5), target=body)
    drop_modifier_bodies(doc, index, [], [event])
    assert body in {a.id for a in index.actors}


def test_a_body_whose_unnamed_people_act_stays(pipeline: Pipeline) -> None:
    # Its officials, unnamed, act for it: the body is the actor (as an unnamed official's
    # words are the body's).
    text = (
        "Talks in Northtown\n\n"
        "UN officials met rebel leader Tomas Berg in Northtown on Monday to discuss a "
        "ceasefire.\n"
    )
    x = extract(pipeline, text)
    body = next((a.id for a in x.actors if a.name == "United Nations"), None)
    assert body is not None
    assert any(body in e.participants for e in x.events)


def _one_body(pipeline: Pipeline, text: str, name: str) -> tuple[Doc, ActorIndex, str]:
    """The parsed text and an index with one body, named at each occurrence of `name`."""
    doc = pipeline.nlp(text)
    index = ActorIndex()
    body = index.new("United Nations", "Organization", "org:un")
    assert body is not None
    start = text.find(name)
    while start >= 0:
        index.mentions.append(Mention(start=start, end=start + len(name), actor=body.id))
        start = text.find(name, start + 1)
    return doc, index, body.id


def test_a_body_owning_its_officials_title_is_named_only_in_the_title(
    pipeline: Pipeline,
) -> None:
    doc, index, body = _one_body(
        pipeline, "The United Nations' Yemen envoy reached Aden on Saturday.", "United Nations"
    )
    assert modifier_only(doc, index, body)


def test_a_hyphened_body_is_an_adjective_not_its_people_acting(pipeline: Pipeline) -> None:
    doc, index, body = _one_body(
        pipeline, "UN-sponsored talks between the two camps began in Kuwait on Monday.", "UN"
    )
    assert modifier_only(doc, index, body)


def test_the_envoy_speaks_not_the_body_in_the_title(pipeline: Pipeline) -> None:
    text = (
        "UN envoy to Eastland: the sides are closer\n\n"
        "Maria Olsen, head of the United Nations office in Eastland, met both camps in "
        "Northtown on Friday. The rival factions hope to sign a truce in May.\n"
    )
    x = extract(pipeline, text)
    assert "United Nations" not in {a.name for a in x.actors}
    olsen = next(a.id for a in x.actors if a.name == "Maria Olsen")
    assert any(st.speaker == olsen and "closer" in st.content.text for st in x.statements)
