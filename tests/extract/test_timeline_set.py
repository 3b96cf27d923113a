"""A year-less day in a clause of "set": arranging ("set to", "set for") looks ahead; "set in
motion" is a past doing, and the day it names lies behind the story."""

from __future__ import annotations

from extract_helpers import check_spans

from kg.model import Extraction
from kg.reading import parse_txt


def extract(pipeline, body: str) -> Extraction:  # type: ignore[no-untyped-def]
    text = f"Published: 2015-12-26\n\nEnvoys to meet\n\nPort Vessa • Example Desk\n\n{body}\n"
    x: Extraction = pipeline.extract(parse_txt(text, "<test>"))
    check_spans(x)
    return x


def test_set_in_motion_after_a_past_day_keeps_that_year(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The thaw between Arlen and Bosk was set in motion by a meeting of the two prime "
        "ministers in Lund on November 30."
    )
    dates = [ev.date for ev in extract(pipeline, body).events if ev.date is not None]
    assert dates and all(d.year == 2015 and d.month == 11 for d in dates)


def test_a_meeting_set_for_a_day_lies_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The meeting of the Arlen and Bosk envoys was set for January 4 in Lund."
    dates = [ev.date for ev in extract(pipeline, body).events if ev.date is not None]
    assert dates and all(d.year == 2016 for d in dates)
