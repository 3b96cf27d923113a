"""A state that an event's parties name, but that the text only ever uses as a modifier or a
place ("the Latvian talks", "talks in Latvia"), is no party and no actor."""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actor_passing import drop_party_states_in_passing
from kg.extract.actors import ActorFinder
from kg.model import Event, Span


def _index(text: str):  # type: ignore[no-untyped-def]
    art = article(text)
    doc = nlp.load()(art.text)
    return doc, art.text, ActorFinder(gazetteer.default())(doc, art)


def test_a_state_named_only_as_a_modifier_leaves_the_event_and_the_story() -> None:
    doc, text, index = _index(
        "Talks resume\n\nGeneva • X\n\n"
        "The Latvian truce talks resumed in Geneva on Monday. The mediator Jane Roe said "
        "the two camps would meet again in May.\n"
    )
    ids = {a.name: a.id for a in index.actors}
    talks = Event(
        kind="negotiation_round",
        evidence=Span.of(text, 0, 12),
        participants=[ids["Latvia"], ids["Jane Roe"]],
    )
    drop_party_states_in_passing(doc, index, [], [talks])
    assert talks.participants == [ids["Jane Roe"]]
    assert "Latvia" not in {a.name for a in index.actors}


def test_a_state_that_acts_stays_a_party() -> None:
    doc, text, index = _index(
        "Talks resume\n\nGeneva • X\n\n"
        "The Latvian truce talks resumed in Geneva on Monday. Latvia sent two envoys, and "
        "the mediator Jane Roe said the camps would meet again in May.\n"
    )
    ids = {a.name: a.id for a in index.actors}
    talks = Event(
        kind="negotiation_round", evidence=Span.of(text, 0, 12), participants=[ids["Latvia"]]
    )
    drop_party_states_in_passing(doc, index, [], [talks])
    assert talks.participants == [ids["Latvia"]]


def test_a_description_resolved_to_the_state_does_not_make_it_a_party() -> None:
    from kg.extract.index import Mention

    doc, text, index = _index(
        "Talks resume\n\nGeneva • X\n\n"
        "The Latvian truce talks resumed in Geneva on Monday. The two sides would meet "
        "again in May, the mediator Jane Roe said.\n"
    )
    ids = {a.name: a.id for a in index.actors}
    sides = text.index("The two sides")
    # (The discourse stage may resolve "the two sides" to the adjective's state nearby.)
    index.refs.append(Mention(sides, sides + len("The two sides"), ids["Latvia"]))
    talks = Event(
        kind="negotiation_round", evidence=Span.of(text, 0, 12), participants=[ids["Latvia"]]
    )
    drop_party_states_in_passing(doc, index, [], [talks])
    assert talks.participants == []
