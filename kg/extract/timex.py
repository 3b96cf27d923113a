"""Time expressions: dates and clock times in a stretch of text, normalised against an anchor.

The anchor is the publication date. Without one, relative expressions (`today`, `on Friday`)
resolve to nothing and year-less dates keep `year=None`: a guessed year is worse than none.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateparser

from kg.model import PartialDate

log = logging.getLogger(__name__)

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_WD = r"(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
DATE_RE = re.compile(
    rf"\b{_WD}(?:{_MON}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MON.replace('mon>', 'mon2>')})(?:,?\s+(?P<y>\d{{4}}))?\b"
)
ISO_RE = re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
RELATIVE_RE = re.compile(
    r"\b(?P<rel>today|yesterday|tomorrow|(?:on\s+|last\s+|next\s+|this\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
TIME_RE = re.compile(
    r"\b(?:at\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\.\d)(?:\s*(?P<ampm>[ap]\.?m\.?))?"
    r"(?:\s*\(?(?P<tz>(?:[A-Z][a-z]+\s+time)|GMT|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|ET)\)?)?",
)

TIMEZONES = {
    "kyiv time": "Europe/Kyiv",
    "kiev time": "Europe/Kyiv",
    "ukrainian time": "Europe/Kyiv",
    "moscow time": "Europe/Moscow",
    "msk": "Europe/Moscow",
    "istanbul time": "Europe/Istanbul",
    "ankara time": "Europe/Istanbul",
    "turkish time": "Europe/Istanbul",
    "washington time": "America/New_York",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "gmt": "UTC",
    "utc": "UTC",
    "cet": "Europe/Brussels",
    "cest": "Europe/Brussels",
    "brussels time": "Europe/Brussels",
    "berlin time": "Europe/Berlin",
    "paris time": "Europe/Paris",
    "london time": "Europe/London",
    "eet": "Europe/Athens",
    "eest": "Europe/Athens",
    "doha time": "Asia/Qatar",
    "riyadh time": "Asia/Riyadh",
    "tehran time": "Asia/Tehran",
    "israel time": "Asia/Jerusalem",
    "beijing time": "Asia/Shanghai",
}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: PartialDate


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    time: dt.time
    zone: str | None


def _partial(year: int | None, month: int, day: int) -> PartialDate | None:
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: Feb 29 stays valid
    except ValueError:
        return None
    return PartialDate(month=month, day=day, year=year)


def _year_for(month: int, day: int, anchor: dt.date | None) -> int | None:
    """The year of a year-less date: the one that puts it nearest the anchor."""
    if anchor is None:
        return None
    best: int | None = None
    best_gap = 10**6
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - anchor).days)
        except ValueError:
            continue
        if gap < best_gap:
            best, best_gap = year, gap
    return best


def find_dates(text: str, start: int, end: int, anchor: dt.date | None) -> list[DateMention]:
    """Dates in `text[start:end]`, absolute offsets."""
    chunk = text[start:end]
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in DATE_RE.finditer(chunk):
        mon = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
        day = int(m["d1"] or m["d2"])
        year = int(m["y"]) if m["y"] else _year_for(mon, day, anchor)
        pd = _partial(year, mon, day)
        if pd:
            out.append(DateMention(start + m.start(), start + m.end(), pd))
            taken.append((m.start(), m.end()))
    for m in ISO_RE.finditer(chunk):
        pd = _partial(int(m["y"]), int(m["m"]), int(m["d"]))
        if pd:
            out.append(DateMention(start + m.start(), start + m.end(), pd))
            taken.append((m.start(), m.end()))
    for m in RELATIVE_RE.finditer(chunk):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue  # the weekday of "Sunday, June 1" is part of that date
        resolved = resolve_relative(m["rel"], anchor)
        if resolved:
            out.append(DateMention(start + m.start(), start + m.end(), resolved))
    return sorted(out, key=lambda d: d.start)


def resolve_relative(expr: str, anchor: dt.date | None) -> PartialDate | None:
    if anchor is None:
        return None
    words = expr.lower().split()
    if words[-1] in ("today", "yesterday", "tomorrow"):
        delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[words[-1]]
        day = anchor + dt.timedelta(days=delta)
    else:
        target = WEEKDAYS.index(words[-1])
        if words[0] == "next":
            ahead = (target - anchor.weekday()) % 7 or 7
            day = anchor + dt.timedelta(days=ahead)
        else:
            # News reports past events: a bare weekday is the latest one on or before the anchor.
            back = (anchor.weekday() - target) % 7
            day = anchor - dt.timedelta(days=back)
    return PartialDate(month=day.month, day=day.day, year=day.year)


def parse_date(expr: str, anchor: dt.date | None) -> PartialDate | None:
    """One date expression from metadata or a DATE entity, via dateparser as a fallback."""
    found = find_dates(expr, 0, len(expr), anchor)
    if found:
        return found[0].date
    if anchor is None and not re.search(r"\b\d{4}\b", expr):
        return None  # dateparser would fill in the current year
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if anchor:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor, dt.time())
    parsed = dateparser.parse(expr, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    return PartialDate(month=parsed.month, day=parsed.day, year=parsed.year)


def find_times(text: str, start: int, end: int) -> list[TimeMention]:
    chunk = text[start:end]
    out: list[TimeMention] = []
    for m in TIME_RE.finditer(chunk):
        before = chunk[max(0, m.start() - 1) : m.start()]
        if before.isdigit() or before == ".":
            continue  # part of a date like 02.06.25
        hour, minute = int(m["h"]), int(m["m"])
        if m["ampm"]:
            pm = m["ampm"].lower().startswith("p")
            hour = hour % 12 + (12 if pm else 0)
        if not m.group(0).lower().startswith("at") and not m["tz"] and not m["ampm"]:
            # A bare "13.00" is too often a score or a number; require "at" or a zone.
            if not re.search(r"\bat\s*$", chunk[: m.start()]):
                continue
        zone = TIMEZONES.get(m["tz"].lower()) if m["tz"] else None
        out.append(TimeMention(start + m.start(), start + m.end(), dt.time(hour, minute), zone))
    return out


def with_zone(t: dt.time, zone: str | None, date: PartialDate | None) -> dt.time:
    """Attach the zone's UTC offset on that date; without a full date, the zone itself."""
    if zone is None:
        return t
    try:
        tz = ZoneInfo(zone)
    except ZoneInfoNotFoundError:
        log.warning("unknown time zone %s", zone)
        return t
    day = date.as_date() if date else None
    if day is None:
        return t.replace(tzinfo=tz)
    offset = dt.datetime.combine(day, t, tzinfo=tz).utcoffset()
    assert offset is not None
    return t.replace(tzinfo=dt.timezone(offset))
