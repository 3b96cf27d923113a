"""Event status, occurrences and sides read by mechanism (made-up sentences): "to be held"
is arranged; a suspended protocol is not suspended talks; "enabled the parties to meet" tells
they met; "met with both A and B" is one meeting with each, and so is "is to meet" the leaders
of two states (not two ministers of one); a truce months before the talks is
not their outcome; "the parties" are the sides the article names, as a set."""

from __future__ import annotations

import pytest
from extract_helpers import extract, names


def news(body: str) -> str:
    return f"News of the day\n\nLondon • X\n\n{body}\n"


def test_to_be_held_after_the_talks_is_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "\u201cWe have arrived in Tarvia for the third round of talks with Norland, to be held "
        "at Belmor, to review and settle the draft accord on the opening of the bridge which "
        "will be finished next year,\u201d envoy Paul Grey wrote on Monday."
    )
    x = extract(pipeline, news(body))
    rounds = [e for e in x.events if e.kind == "negotiation_round"]
    assert rounds and all(e.status == "planned" for e in rounds)


def test_a_suspended_protocol_is_not_postponed_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "President Anna Lind said on Friday that she had spoken with Norland about the "
        "resumption of the suspended protocol for the peace talks with the Northern Front."
    )
    x = extract(pipeline, news(body))
    rounds = [e for e in x.events if e.kind == "negotiation_round"]
    assert rounds and all(e.status != "postponed" for e in rounds)


def test_enabled_to_meet_tells_they_met(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The Council welcomed on Friday that the truce has enabled Norland and Soravia to "
        "meet directly in Geneva."
    )
    x = extract(pipeline, news(body))
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings and meetings[0].status == "held"


@pytest.mark.parametrize(
    ("body", "visitor", "one", "other"),
    [
        pytest.param(
            "During her visit to Belmor on Monday, the envoy Anna Lind met twice with both "
            "President Karl Berg and opposition leader Tom Ode.",
            "Anna Lind",
            "Karl Berg",
            "Tom Ode",
            id="met-with-both",
        ),
        pytest.param(
            "Chilean envoy Rosa Valdivia landed in Madrid on Sunday. The envoy will meet Spanish "
            "Prime Minister Marta Ibarra and French President Luc Moreau on Tuesday.",
            "Rosa Valdivia",
            "Marta Ibarra",
            "Luc Moreau",
            id="leaders-of-two-states",
        ),
    ],
)
def test_meeting_two_people_apart_is_one_meeting_with_each(  # type: ignore[no-untyped-def]
    pipeline, body: str, visitor: str, one: str, other: str
) -> None:
    x = extract(pipeline, news(body))
    meetings = [names(x, e.participants) for e in x.events if e.kind == "meeting"]
    assert any({visitor, one} <= m and other not in m for m in meetings)
    assert any({visitor, other} <= m and one not in m for m in meetings)


def test_a_truce_before_the_talks_is_not_their_outcome(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Foreign ministers of Norland and Soravia held peace talks in Belmor on 19 November "
        "2017.\n\nDiplomatic efforts gained momentum with the announcement of a ceasefire in "
        "the region in early January 2017."
    )
    x = extract(pipeline, news(body))
    truces = [e for e in x.events if e.kind == "ceasefire"]
    assert truces and truces[0].participants == []


def test_the_parties_are_the_sides_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The members of the Security Council welcomed the extension of the truce on 2 June "
        "2022. They praised the flexibility of the Northern Front. They called upon the "
        "Soravian Army to open the roads. They welcomed that the truce has enabled the "
        "parties to meet directly under UN auspices."
    )
    x = extract(pipeline, news(body))
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings
    assert {"Northern Front", "Soravian Army"} <= names(x, meetings[0].participants)
    assert "Security Council" not in " ".join(names(x, meetings[0].participants))


def test_meeting_two_ministers_of_one_state_is_one_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Chilean envoy Rosa Valdivia landed in Madrid on Sunday. She met Spanish Prime "
        "Minister Marta Ibarra and Spanish Foreign Minister Pablo Ortega."
    )
    x = extract(pipeline, news(body))
    meetings = [names(x, e.participants) for e in x.events if e.kind == "meeting"]
    assert any({"Marta Ibarra", "Pablo Ortega"} <= m for m in meetings)
