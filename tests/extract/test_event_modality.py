"""Event status from the narrator's verb: the purpose of a journey told as done."""

from __future__ import annotations

import pytest
from extract_helpers import extract


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The Peruvian president flew to Santiago on Wednesday to meet Chilean President "
         "Gabriel Boric.", "held"),
        ("The Peruvian president will fly to Santiago on Wednesday to meet Chilean President "
         "Gabriel Boric.", "planned"),
        ("The Peruvian president agreed to meet Chilean President Gabriel Boric.", "planned"),
    ],
)  # fmt: skip
def test_a_journey_s_purpose_told_as_done_was_held(pipeline, sentence: str, status: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"Presidents meet\n\nLima • X\n\n{sentence}\n")
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings and all(e.status == status for e in meetings)


def test_what_is_pressed_for_or_a_goal_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "Norway presses for a truce with Denmark in the north despite setbacks.",
        "Analysts see Norway's determination to broker a cease-fire with Denmark on Monday.",
        "The goal, Paul Grey said, is to forge a durable cease-fire between Norway and Denmark.",
    ):
        x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
        assert [e.kind for e in x.events if e.kind == "ceasefire"] == []


@pytest.mark.parametrize(
    "body",
    [
        "The foreign ministers of Norway and Denmark are to hold talks in Geneva.",
        "The foreign ministers of Norway and Denmark still have to hold talks in Geneva.",
    ],
)
def test_what_is_to_be_done_is_planned(pipeline, body: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    assert [e.status for e in x.events] == ["planned"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The news came on Wednesday. Norway and Chile agreed to a truce that took effect on "
         "Sunday.", "held"),
        ("The news came on Wednesday. Norway and Chile agreed on a truce on Sunday.", "planned"),
    ],
)  # fmt: skip
def test_what_was_agreed_and_took_place_was_held(pipeline, sentence: str, status: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"Truce\n\nLima • X\n\n{sentence}\n")
    truces = [e for e in x.events if e.kind == "ceasefire"]
    assert [e.status for e in truces] == [status]


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (
            "The Chilean delegation spent two days in Lima, but details of the talks with "
            "Peru were not made public.",
            ["negotiation_round"],
        ),
        (
            "Tom Ode spoke with Anna Lind on Friday to discuss details of the planned talks "
            "between Chile and Peru in Oslo next month.",
            ["phone_call", "negotiation_round"],
        ),
        ("The two sides discussed details of a prisoner exchange.", []),
    ],
)
def test_details_of_talks_presuppose_them(pipeline, body: str, kinds: list[str]) -> None:  # type: ignore[no-untyped-def]
    """What is told of a gathering (its details, its outcome) presupposes it: the clause's
    negation or its discussing is not the gathering's; the details of a deal are its terms."""
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    assert sorted(e.kind for e in x.events) == sorted(kinds)


def test_details_presented_later_leave_the_gathering_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The future of the clause telling of a gathering's details is not the gathering's."""
    body = (
        "Envoy Anna Lind is attending a meeting of the rebels with the delegations of Chile "
        "and Peru this week, the Chilean government said. Its office will share the details "
        "of the meeting later, spokeswoman Eva Holm added."
    )
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    assert [(e.kind, e.status) for e in x.events] == [("meeting", "held")]
