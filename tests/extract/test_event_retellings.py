"""One occasion told again in other words stays one event: a meeting told again as "spoke
with", a visit told over the days it lasts, a call's readout ("the two discussed"), while a
separate meeting with someone else on another day stays apart."""

from __future__ import annotations

from extract_helpers import extract, names


def events(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    return x, x.events


def test_spoke_with_after_a_meeting_is_that_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "President Anna Lind of Norland met President Paul Grey of Southia in Vienna on Monday. "
        "Lind said she spoke with Grey about the fishing dispute."
    )
    x, found = events(pipeline, body)
    assert [e.kind for e in found] == ["meeting"]
    assert {"Anna Lind", "Paul Grey"} <= names(x, found[0].participants)


def test_a_visit_told_over_its_days_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Foreign Minister Anna Lind of Norland will make an official visit to Southia from 2 to 5 "
        "October 2025, her office announced on 1 October 2025. She sets off for Southia on "
        "Thursday for the visit, which runs until 5 October 2025."
    )
    _, found = events(pipeline, body)
    assert len([e for e in found if e.kind == "meeting"]) == 1


def test_a_call_readout_tells_the_call_once(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Foreign Minister Anna Lind of Norland held a phone call with Foreign Minister Paul "
        "Grey of Southia on Monday. Minister Lind and Minister Grey discussed cooperation "
        "between Norland and Southia on fisheries."
    )
    x, found = events(pipeline, body)
    assert [e.kind for e in found] == ["phone_call"]
    assert {"Anna Lind", "Paul Grey"} <= names(x, found[0].participants)


def test_a_meeting_with_someone_else_stays_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Foreign Minister Anna Lind of Norland met Foreign Minister Paul Grey of Southia in Oslo "
        "on Monday. On Tuesday, Lind met separately with Mark Olsen, the leader of Southia's "
        "opposition, in Bergen."
    )
    _x, found = events(pipeline, body)
    assert len([e for e in found if e.kind == "meeting"]) == 2
