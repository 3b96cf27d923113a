"""Encounters told as separate in one sentence (kg/extract/event_apart.py, event_distribute.py):
a coordinated subject met "separately" with someone (one meeting each), "both A and B" with a
determiner "both", a plural post's list read as one name per member, a visitor named by the
clause a plural visit noun hangs in past a preposition, and the occurrences so split kept apart
from each other and from the joint one when mentions are grouped.
"""

from __future__ import annotations

import pytest
from extract_helpers import extract, gatherings, story
from spacy.language import Language

from kg.extract.event_apart import paired_stops, told_apart_from
from kg.extract.event_coref import EventResult
from kg.extract.event_mention import Mention
from kg.extract.event_story_sides import give_pair
from kg.extract.pipeline import Pipeline
from kg.model import Event, Span

# One encounter each: (the text, whom every split encounter names, the two told apart).
ONE_EACH = {
    "a coordinated subject met separately": (
        "President Olav Brenn of Norway and President Ilse Varga of Austria met separately "
        "on Monday with the mediator Tomas Quell.",
        "Tomas Quell",
        ("Olav Brenn", "Ilse Varga"),
    ),
    "both as a determiner parts two counterparts": (
        "The envoy Tomas Quell is due to meet with both Olav Brenn, chief of the Norway "
        "council, and Ilse Varga, chief of the Austria council.",
        "Tomas Quell",
        ("Olav Brenn", "Ilse Varga"),
    ),
    "visits after a verbal preposition are the subject's": (
        "Norwegian Prime Minister Olav Brenn will meet Austrian Chancellor Ilse Varga in "
        "Vienna following visits to Chile and Peru, part of a tour of the region.",
        "Olav Brenn",
        ("Chile", "Peru"),
    ),
}


@pytest.mark.parametrize("case", ONE_EACH.values(), ids=list(ONE_EACH))
def test_encounters_told_apart_are_one_each(
    pipeline: Pipeline, case: tuple[str, str, tuple[str, str]]
) -> None:
    text, shared, (a, b) = case
    groups = gatherings(extract(pipeline, story(text)))
    assert any(shared in g and a in g and b not in g for g in groups)
    assert any(shared in g and b in g and a not in g for g in groups)


def test_a_joint_meeting_of_a_coordinated_subject_stays_one(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        story(
            "President Olav Brenn of Norway and President Ilse Varga of Austria met on Monday "
            "with the mediator Tomas Quell."
        ),
    )
    groups = gatherings(x)
    assert any("Olav Brenn" in g and "Ilse Varga" in g for g in groups)


def test_an_occurrence_told_apart_joins_no_group_naming_another_counterpart() -> None:
    # "held separate meetings with A and B" after a joint round of A and B: the meeting with A
    # joins neither the round nor the meeting with B.
    sent = (200, 300)
    with_a = Mention("meeting", (210, 218), sent, participants=["host", "a"], apart=["b"])
    with_b = Mention("meeting", (210, 218), sent, participants=["host", "b"], apart=["a"])
    joint = Mention("negotiation_round", (20, 25), (0, 100), participants=["host", "a", "b"])
    later = Mention("meeting", (420, 427), (400, 500), participants=["host", "a"])
    assert told_apart_from([joint], with_a)
    assert told_apart_from([with_b], with_a)
    assert told_apart_from([with_a], Mention("meeting", (410, 417), (400, 500), ["b"]))
    assert not told_apart_from([with_a], later)


def test_a_thirds_call_with_one_side_keeps_its_ends() -> None:
    # "the mediator called A's leader and B's leader separately, urging both leaders": each
    # call is the mediator's with one side, not a call between the story's two sides.
    call = Event(
        kind="phone_call", evidence=Span(0, 4, "call"), participants=["env", "lead_a", "a"]
    )
    result = EventResult(events=[call])
    side_of = {"env": "med", "med": "med", "lead_a": "a", "a": "a", "b": "b"}
    give_pair(result, ("a", "b"), {"env", "med"}, side_of, [True])
    assert call.participants == ["env", "lead_a", "a"]


def test_a_meeting_verb_with_listed_months_is_one_meeting_each(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        story(
            "President Olav Brenn of Norway and President Ilse Varga of Austria met in Geneva "
            "in March and June, and a third meeting is expected later this year."
        ),
    )
    held = [e for e in x.events if e.kind == "meeting" and e.status == "held"]
    assert sorted(e.date.month for e in held if e.date and e.date.month) == [3, 6]


def test_places_each_with_its_own_date_are_one_round_each(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        story(
            "At the border negotiations between Norway and Austria, held in Geneva in 2019 and "
            "in Madrid in 2020, the delegations settled most questions."
        ),
    )
    rounds = {(e.location.name, e.date.year) for e in x.events if e.location and e.date}
    assert ("Geneva", 2019) in rounds
    assert ("Madrid", 2020) in rounds


def test_a_joined_verbs_phrases_are_not_the_holders(nlp: Language) -> None:
    # "signed" is a clause of its own, joined to "held": Paris in 2011 is the accord's, and
    # the talks have one place and one date, not two rounds.
    doc = nlp(
        "Norway and Austria held talks in Geneva in 2010 and signed an accord in Paris in 2011."
    )
    talks = next(t for t in doc if t.lower_ == "talks")
    assert paired_stops(talks) == []
