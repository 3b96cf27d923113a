"""A year-less day in a clause of "set": arranging ("set to", "set for") looks ahead; a process
"set in motion" by an encounter tells of an encounter held, on the last such day before the
story, not the next."""

from __future__ import annotations

from extract_helpers import dated_text, extract, iso

from kg.model import Event


def _events(pipeline, body: str, published: str = "2015-12-20") -> list[Event]:  # type: ignore[no-untyped-def]
    return extract(pipeline, dated_text("Border dialogue", body, published)).events


def _meetings(pipeline, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return [e for e in _events(pipeline, body) if e.kind == "meeting"]


def test_a_process_set_in_motion_by_a_summit_tells_a_past_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Their dialogue got set in motion after a summit of the premiers of Norland and "
        "Southia in Vossa on November 28."
    )
    (meeting,) = _meetings(pipeline, body)
    assert meeting.status == "held"
    assert iso(meeting.date) == "2015-11-28"


def test_set_in_motion_after_a_past_day_keeps_that_year(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The thaw between Arlen and Bosk was set in motion by a meeting of the two prime "
        "ministers in Lund on November 30."
    )
    dates = [ev.date for ev in _events(pipeline, body, "2015-12-26") if ev.date is not None]
    assert dates and all(d.year == 2015 and d.month == 11 for d in dates)


def test_set_to_meet_is_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The premiers of Norland and Southia are set to meet in Vossa on January 6."
    (meeting,) = _meetings(pipeline, body)
    assert meeting.status == "planned"
    assert iso(meeting.date) == "2016-01-06"


def test_a_meeting_set_for_a_day_lies_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The meeting of the Arlen and Bosk envoys was set for January 4 in Lund."
    dates = [ev.date for ev in _events(pipeline, body, "2015-12-26") if ev.date is not None]
    assert dates and all(d.year == 2016 for d in dates)
