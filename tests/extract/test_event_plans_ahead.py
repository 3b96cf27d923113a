"""Planned events told by a time ahead, by a verb of meeting again, or negated by their doer."""

from __future__ import annotations

import pytest
from extract_helpers import extract

HELD = "Norway and Chile held talks in Oslo on Monday."


def _events(pipeline, body: str):  # type: ignore[no-untyped-def]
    return extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n").events


def test_a_round_later_this_month_is_planned_apart_from_the_held_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        pipeline, f"{HELD} They expect a fourth round of talks in Lima later this month."
    )
    rounds = [e for e in events if e.kind == "negotiation_round"]
    assert sorted(e.status for e in rounds) == ["held", "planned"]


def test_reconvening_teams_are_the_sides_of_the_talks_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        f"News of the day\n\nLondon • X\n\n{HELD} The negotiating teams will reconvene soon.\n",
    )
    names = {a.id: a.name for a in x.actors}
    planned = [e for e in x.events if e.status == "planned"]
    assert [e.kind for e in planned] == ["negotiation_round"]
    assert sorted(names[p] for p in planned[0].participants) == ["Chile", "Norway"]


@pytest.mark.parametrize(
    "body",
    [
        "Westland and Eastland will meet in Norland next week, but no treaty will be signed there.",
        "When the Westland and Eastland leaders meet on Friday, no accord is going to be signed.",
        "No pact to be signed as Westland and Eastland leaders meet in Norland",
    ],
)
def test_what_no_one_will_sign_is_no_signing(pipeline, body: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.kind for e in _events(pipeline, body)] == ["meeting"]


def test_what_is_slated_is_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(
        pipeline,
        "Officials said the prisoner exchange between Norway and Chile is slated for Sunday.",
    )
    assert [(e.kind, e.status) for e in events] == [("prisoner_exchange", "planned")]


def test_a_side_that_resumes_the_talks_resumes_them_with_the_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        f"News of the day\n\nLondon • X\n\n{HELD} Norway said it would resume the talks soon.\n",
    )
    names = {a.id: a.name for a in x.actors}
    planned = [e for e in x.events if e.status == "planned"]
    assert [sorted(names[p] for p in e.participants) for e in planned] == [["Chile", "Norway"]]
