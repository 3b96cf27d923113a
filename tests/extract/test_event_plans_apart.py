"""A round told in the past tense is not the next one told as planned, though an untensed
word ("the meeting") joined the plan between them."""

from __future__ import annotations

from extract_helpers import extract

BODY = (
    "The foreign ministers of Norway and Chile are set to meet in Lima soon to continue "
    "talks on fishing rights. The meeting is the latest in a series hosted by Peru. "
    "Lima hosted the third round of these talks between Oslo and Santiago last month."
)


def test_a_past_round_is_not_the_planned_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"Norway, Chile to meet in Lima\n\nLima • X\n\n{BODY}\n")
    statuses = sorted(e.status for e in x.events if e.kind in ("meeting", "negotiation_round"))
    assert statuses == ["held", "planned"]


def test_a_planned_meeting_and_its_talks_stay_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The foreign ministers of Norway and Chile are set to meet in Lima soon. "
        "The meeting will focus on fishing rights."
    )
    x = extract(pipeline, f"Norway, Chile to meet in Lima\n\nLima • X\n\n{body}\n")
    assert [e.status for e in x.events] == ["planned"]
