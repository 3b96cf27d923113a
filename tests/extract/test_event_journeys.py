"""A purpose infinitive of a journey told as made ("had a short visit to Vossa to meet ...")
reports the meeting as held, not planned."""

from __future__ import annotations

import pytest
from extract_helpers import extract, names


@pytest.mark.parametrize("light", ["had a short working visit", "paid a brief visit"])
def test_meeting_on_a_visit_made_is_held(pipeline, light: str) -> None:  # type: ignore[no-untyped-def]
    body = (
        f"Kellia President Ilse Norden on Tuesday {light} to Vossa to meet with his "
        "counterpart Tomas Veer, the President of Arland."
    )
    x = extract(pipeline, f"Kellia leader in Vossa\n\nVossa • Example Desk\n\n{body}\n")
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings and all(e.status == "held" for e in meetings)
    assert any(names(x, e.participants) >= {"Ilse Norden", "Tomas Veer"} for e in meetings)


def test_a_visit_still_to_come_keeps_its_meeting_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Kellia President Ilse Norden will pay a brief visit to Vossa to meet with his "
        "counterpart Tomas Veer, the President of Arland."
    )
    x = extract(pipeline, f"Kellia leader to visit Vossa\n\nVossa • Example Desk\n\n{body}\n")
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings and all(e.status == "planned" for e in meetings)


def test_a_light_verb_without_a_journey_noun_makes_no_meeting_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "made a proposal ... to meet": no journey was made, so the meeting is still a plan.
    body = (
        "Kellia President Ilse Norden made a proposal on Tuesday to meet with his "
        "counterpart Tomas Veer, the President of Arland."
    )
    x = extract(pipeline, f"Kellia leader offers talks\n\nVossa • Example Desk\n\n{body}\n")
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings and all(e.status != "held" for e in meetings), [e.status for e in meetings]
