"""'Set' arranges what is ahead only as "set to" or "set for": a process "set in motion" by an
encounter on a year-less day tells of an encounter held, on the last such day before the
story, not the next."""

from __future__ import annotations

from extract_helpers import dated_text, extract, iso


def _meetings(pipeline, body: str) -> list:  # type: ignore[no-untyped-def]
    x = extract(pipeline, dated_text("Border dialogue", body, "2015-12-20"))
    return [e for e in x.events if e.kind == "meeting"]


def test_a_process_set_in_motion_by_a_summit_tells_a_past_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Their dialogue got set in motion after a summit of the premiers of Norland and "
        "Southia in Vossa on November 28."
    )
    (meeting,) = _meetings(pipeline, body)
    assert meeting.status == "held"
    assert iso(meeting.date) == "2015-11-28"


def test_set_to_meet_is_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The premiers of Norland and Southia are set to meet in Vossa on January 6."
    (meeting,) = _meetings(pipeline, body)
    assert meeting.status == "planned"
    assert iso(meeting.date) == "2016-01-06"
