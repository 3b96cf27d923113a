from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.timex import (
    find_dates,
    find_times,
    find_timexes,
    parse_date,
    resolve_relative,
    with_zone,
)
from kg.model import PartialDate


def dates(text: str, anchor: dt.date | None) -> list[str]:
    return [d.date.iso() for d in find_dates(text, 0, len(text), anchor)]


def test_yearless_without_anchor_keeps_year_unknown() -> None:
    assert dates("On Sunday, June 1, they spoke.", None) == ["--06-01"]
    assert dates("They spoke today and on Friday.", None) == []


def test_against_anchor() -> None:
    anchor = dt.date(2025, 6, 2)  # a Monday
    assert dates("On Sunday, June 1, they spoke.", anchor) == ["2025-06-01"]
    assert dates("He said so yesterday.", anchor) == ["2025-06-01"]
    assert dates("They met on Friday.", anchor) == ["2025-05-30"]
    assert dates("Talks resume next Monday.", anchor) == ["2025-06-09"]
    # "last Friday" is the Friday of the week before: also when published on a Saturday.
    assert dates("They met last Friday.", anchor) == ["2025-05-30"]
    assert dates("They met last Friday.", dt.date(2025, 6, 7)) == ["2025-05-30"]
    assert dates("They met last Monday.", dt.date(2025, 6, 3)) == ["2025-05-26"]
    # A year-less date nearest to the anchor: late December read in early January.
    assert dates("on December 30", dt.date(2026, 1, 3)) == ["2025-12-30"]
    assert dates("on 16 May 2025", None) == ["2025-05-16"]
    # A span of days is dated by its first.
    assert dates("on 26-27 June", anchor) == ["2025-06-26"]
    assert dates("from 26 to 27 June 2024", anchor) == ["2024-06-26"]
    assert dates("on June 15-16, 2024", anchor) == ["2024-06-15"]
    # No space after an abbreviation's dot; a year after a slash (some agencies' style).
    assert dates("will hold talks on Oct.16-19 with", anchor) == ["2025-10-16"]
    assert dates("signed it on September 06/2018 in", anchor) == ["2018-09-06"]


def test_parse_date_fallback() -> None:
    assert parse_date("May 16, 2025", None) == PartialDate(5, 16, 2025)
    assert parse_date("2 days ago", None) is None
    assert parse_date("2 days ago", dt.date(2025, 6, 3)) == PartialDate(6, 1, 2025)


def test_times_and_zones() -> None:
    text = "On June 1, at 20:25 (Kyiv time), a plane landed; the score was 02.06.25."
    [t] = find_times(text, 0, len(text))
    assert (t.time, t.zone) == (dt.time(20, 25), "Europe/Kyiv")
    zoned = with_zone(t.time, t.zone, PartialDate(6, 1, 2025))
    assert zoned.utcoffset() == dt.timedelta(hours=3)
    winter = with_zone(t.time, t.zone, PartialDate(1, 10, 2025))
    assert winter.utcoffset() == dt.timedelta(hours=2)
    assert find_times("The vote was 13:00 close", 0, 24) == []


def test_day_words_and_weekdays_ahead() -> None:
    anchor = dt.date(2025, 6, 4)  # a Wednesday
    assert dates("They spoke this morning and again tonight.", anchor) == [
        "2025-06-04",
        "2025-06-04",
    ]
    assert dates("The vote came last night.", anchor) == ["2025-06-03"]
    assert dates("The premier arrived last evening.", anchor) == ["2025-06-03"]
    assert resolve_relative("Friday", anchor) == PartialDate(5, 30, 2025)
    assert resolve_relative("Friday", anchor, future=True) == PartialDate(6, 6, 2025)
    assert resolve_relative("Wednesday", anchor, future=True) == PartialDate(6, 4, 2025)


def test_month_only_dates_need_a_year() -> None:
    assert PartialDate(6, None, 2025).iso() == "2025-06"
    assert PartialDate(6, None, 2025).as_date() is None
    with pytest.raises(ValueError):
        PartialDate(6, None)


def test_a_month_takes_the_year_told_after_it() -> None:
    text = "They have not met since September last year, nor in March next year."
    found = find_timexes(text, 0, len(text), dt.date(2011, 1, 8))
    months = [(text[t.start : t.end], t.date.iso() if t.date else None) for t in found]
    assert months == [("since September last year", "2010-09"), ("in March next year", "2012-03")]
