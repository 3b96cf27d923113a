"""Session 32: an occurrence told as under way ("are meeting", "the talks that began") is held,
though another telling of it says what is expected there; a sitting of a standing body of two
states for consultations or their border is a round of talks. Invented sentences."""

from __future__ import annotations

import pytest
from test_event_dates import extract as dated_extract

from kg.extract.event_kinds import gathering_kind, mention_kind
from kg.extract.event_modality_phrases import going_on
from kg.model import Extraction


def extract(pipeline, body: str) -> Extraction:  # type: ignore[no-untyped-def]
    # (published on a Wednesday)
    return dated_extract(pipeline, body, "2025-03-12", "Ministers gather in Lisbon")


@pytest.mark.parametrize(
    ("text", "word", "under_way"),
    [
        ("The envoys of Chile and Peru are meeting in Lisbon on Wednesday.", "meeting", True),
        ("Chile and Peru are holding border talks in Lisbon today.", "talks", True),
        ("Her deputy flew to the talks that opened at noon in Lisbon.", "talks", True),
        ("Chile and Peru will be holding border talks in Lisbon.", "talks", False),
        ("Chile and Peru are preparing for border talks in Lisbon.", "talks", False),
        # Only the event word's own verb, or a light verb taking it, tells it under way.
        ("Fishermen in both ports are demanding border talks.", "talks", False),
        ("Chile is refusing border talks until the spring.", "talks", False),
        ("The Lisbon summit is approaching quickly.", "summit", False),
        ("The border talks are continuing in Lisbon.", "talks", True),
        ("The envoy of Spain, who is hosting the border talks, spoke first.", "talks", True),
    ],
)
def test_told_as_under_way(nlp, text: str, word: str, under_way: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    assert going_on(head) is under_way


def test_a_meeting_under_way_is_held_whatever_is_expected_of_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The foreign ministers of Chile and Peru are meeting on Wednesday in Lisbon. "
        "The meeting is expected to settle the fishing quotas, an aide said.",
    )
    [meeting] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert meeting.status == "held"


def test_a_meeting_only_expected_stays_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The foreign ministers of Chile and Peru will meet on Friday in Lisbon. "
        "The meeting is expected to settle the fishing quotas, an aide said.",
    )
    [meeting] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Vice ministers of Chile and Peru co-chaired the fourth meeting of the Chile-Peru "
            "Bilateral Consultation Mechanism on fisheries in Lima.",
            "negotiation_round",
        ),
        (
            "Both capitals agreed on a meeting under their consultation mechanism in May.",
            "negotiation_round",
        ),
        (
            "A meeting of the Joint Border Committee of Chile and Peru took place in Tacna.",
            "negotiation_round",
        ),
        (
            "A meeting of their intergovernmental commission on trade took place in Lima.",
            "meeting",
        ),
    ],
)
def test_a_sitting_of_a_standing_mechanism_is_a_round(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ == "meeting")
    assert gathering_kind(head, "meeting") == kind


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # A doer named as mediating arranges it; a host not named so only receives.
        (
            "A regional mediating panel will organise a meeting between the president and the "
            "exiled opposition leader.",
            "meeting",
            "negotiation_round",
        ),
        (
            "The Gabonese leader will host a meeting of both presidents next month.",
            "meeting",
            "meeting",
        ),
        # The sides come to a deal at the meeting.
        (
            "At the meeting, Chile and Peru also agreed to an open-ended truce from Sunday.",
            "meeting",
            "negotiation_round",
        ),
        (
            "A ceasefire deal was reached at a meeting of the two army chiefs in Quito.",
            "meeting",
            "negotiation_round",
        ),
        (
            "At the meeting, the two presidents agreed on the need for closer trade ties.",
            "meeting",
            "meeting",
        ),
    ],
)
def test_a_mediated_or_settling_meeting_is_a_round(nlp, text: str, word: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    assert gathering_kind(head, "meeting") == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Bare talks with one holder of a post the text names are an encounter of people.
        (
            "He also held talks with the head of the Chilean navy Jorge Alvarado Paz in Lima.",
            "meeting",
        ),
        # A body led by someone, or unnamed leaders, stay talks between sides.
        ("She held talks with a delegation led by Ana Ruiz in Lima.", "negotiation_round"),
        ("She held talks with militia leaders in Lima.", "negotiation_round"),
    ],
)
def test_talks_with_a_titled_person_are_a_meeting(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    head = next(t for t in doc if t.text == "talks")
    assert mention_kind(head, "negotiation_round") == kind


def test_a_summit_whose_day_draws_near_stays_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The presidents of Chile and Peru will meet at a summit in Lisbon in May. "
        "The summit is approaching quickly, their aides said.",
    )
    [summit] = [e for e in x.events if e.kind in ("meeting", "summit", "negotiation_round")]
    assert summit.status == "planned"
