"""Meeting or round by who meets and how the meeting is named (`event_kinds`): the sides of a
dispute meeting each other, a consultative meeting and a purpose worked out through a verb of
attempting negotiate; the envoy's next visit to one side stays an encounter; a gathering named
as what comes after the meeting does not make it talks. Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import article

from kg.extract.event_kinds import gathering_kind, sequel_of


def kind_of(nlp, text: str, word: str) -> str:  # type: ignore[no-untyped-def]
    head = next(t for t in nlp(text) if t.text == word)
    return gathering_kind(head, "meeting")


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # The sides of a dispute meeting each other negotiate.
        ("The two sides met in Tromso last winter.", "met", "negotiation_round"),
        ("The warring parties will meet in Lausanne on Monday.", "meet", "negotiation_round"),
        # The sides met by someone else are that one's encounters with each of them.
        ("The Nordic facilitator met the parties separately in Bergen.", "met", "meeting"),
        ("The two presidents met in Tromso last winter.", "met", "meeting"),
        # A meeting named by consulting is a session of consultations.
        (
            "Vanuatu and Fiji held their first consultative meeting in Suva.",
            "meeting",
            "negotiation_round",
        ),
        ("Vanuatu and Fiji held their first formal meeting in Suva.", "meeting", "meeting"),
        # A purpose passed on through a verb of attempting.
        (
            "Premier Ode met rebel commander Lusk to seek to hash out a lasting truce.",
            "met",
            "negotiation_round",
        ),
        (
            "Premier Ode met rebel commander Lusk to try to conclude a prisoner swap.",
            "met",
            "negotiation_round",
        ),
        ("Premier Ode met the painter Lusk to try to see the new gallery.", "met", "meeting"),
        # A purpose that settles what divides them, whatever it is.
        (
            "The two premiers held an urgent meeting to defuse the standoff over the dam.",
            "meeting",
            "negotiation_round",
        ),
        # The next meeting with a third party's envoy is one more of the envoy's visits.
        (
            "The premier will hold his next meeting with Nordic Envoy Ilse Varg on June 4.",
            "meeting",
            "meeting",
        ),
        (
            "The premier will hold his next meeting with rebel commander Lusk on June 4.",
            "meeting",
            "negotiation_round",
        ),
    ],
)
def test_who_meets_and_how_it_is_named(nlp, text: str, word: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind_of(nlp, text, word) == kind


@pytest.mark.parametrize(
    ("text", "sequel"),
    [
        ("The envoy saw the rebel chief ahead of the talks.", True),
        ("The envoy saw the rebel chief prior to the talks.", True),
        ("The envoy saw the rebel chief after the talks.", True),
        ("The envoy saw the rebel chief during the talks.", False),
        ("The envoy saw the rebel chief for the talks.", False),
    ],
)
def test_talks_named_as_what_comes_later(nlp, text: str, sequel: bool) -> None:  # type: ignore[no-untyped-def]
    head = next(t for t in nlp(text) if t.text == "talks")
    assert (sequel_of(head) is not None) is sequel


def test_a_meeting_ahead_of_talks_stays_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The headline's meeting "ahead of" talks is not those talks: the encounter the body tells
    stays a meeting."""
    x = pipeline.extract(
        article(
            "Nordic envoy meets rebel chief Tor Lusk ahead of peace talks\n\n"
            "Oslo • X\n\n"
            "The Nordic envoy Ilse Varg met rebel chief Tor Lusk in Kirkenes on Monday, "
            "a rebel spokesman said.\n"
        )
    )
    met = [e for e in x.events if e.trigger is not None and "met" in e.evidence.text]
    assert met and all(e.kind == "meeting" for e in met)
