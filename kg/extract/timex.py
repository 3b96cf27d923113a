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

from kg.extract.pattern_scan import finditer, lowered
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
# The end of a span of days after its first ("June 15-16", "26 to 27 June"): a span is dated
# by its first day.
_TO_DAY = r"(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?"
# "Oct.16-19" (no space after the abbreviation's dot); "September 06/2018" (some agencies'
# style: the year after a slash).
DATE_RE = re.compile(
    rf"\b{_WD}(?:{_MON}(?:\s+|(?<=\.))(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}\b)?|"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{_TO_DAY}\s+(?:of\s+)?"
    rf"{_MON.replace('mon>', 'mon2>')})(?:(?:,?\s+|/)(?P<y>\d{{4}}))?\b"
)
ISO_RE = re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
RELATIVE_RE = re.compile(
    r"\b(?P<rel>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|"
    r"last\s+(?:night|evening)|(?:on\s+|last\s+|next\s+|this\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# The number words (`_NUM` matches only up to "ten"; the rest count a told course's days,
# `event_course`).
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fourteen": 14,
}  # fmt: skip
AGO_RE = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)
# "Before" and "after" count from the day last spoken of only at a clause's end ("two days
# later", "a week before,"): "a week after Trump spoke" counts from that speech instead.
LATER_RE = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?P<unit>day|week)s?\s+"
    r"(?P<dir>earlier|later|(?:before|after)(?=\s*(?:[,.;:)]|$)))\b"
    r"(?!\s+(?:the|a|an|this|that|his|her|their|its)\b)",
    re.I,
)
# Some days from the day the text last spoke of ("a few days later the rebels said"): no one
# day, but the month those days lie in when they lie in one.
FEW_DAYS_RE = re.compile(r"\b(?:a\s+few|several)\s+days\s+(?P<dir>later|earlier)\b", re.I)
# The day the text last spoke of: "met on Monday ... on the same day, the envoy flew on".
# "Earlier in the day", "that evening", "hours later": a part of that day, or hours from it.
SAME_DAY_RE = re.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+day|(?:earlier|later)\s+(?:that|the\s+same)\s+day|"
    r"(?:on\s+)?that\s+(?:same\s+)?day|(?:earlier|later)\s+in\s+the\s+day|"
    r"(?:(?:earlier|later)\s+)?that\s+(?:morning|afternoon|evening|night)|"
    r"(?:just\s+|only\s+|a\s+few\s+|several\s+|two\s+|three\s+)?hours\s+(?:later|earlier))\b"
    r"(?!\s+(?:than|after|before)\b)",
    re.I,
)
# Days counted from the day the text last spoke of ("met on Monday ... the day before").
# "The day before" and "the day after" count so only at a clause's end ("The day before, a
# bus was attacked"): "the day after a Democratic debate" counts from that debate, as "the
# eve of his election" from the election.
SHIFT_RE = re.compile(
    r"\b(?:(?P<back>the\s+day\s+before(?=\s*(?:[,.;:)]|$))|the\s+previous\s+day|"
    r"a\s+day\s+earlier|the\s+day\s+earlier|the\s+eve(?!\s+of\b))|(?P<fwd>the\s+(?:next|following)\s+day|"
    r"a\s+day\s+later|the\s+day\s+after(?=\s*(?:[,.;:)]|$))))\b"
    r"(?!\s+(?:yesterday|tomorrow|the\b))",
    re.I,
)
# A month without its day ("in June", "early July 2024", "last month"): a YYYY-MM anchor.
MONTH_RE = re.compile(
    rf"\b(?:(?P<pre>in|during|since|by|until|till|to|from|through|throughout|of|last|next|this|"
    rf"early|late|mid)[\s-]+(?:(?:early|late|mid)[\s-]+)?(?:last\s+)?{_MON}(?:,?\s+(?P<y>\d{{4}}))?|"
    rf"{_MON.replace('mon>', 'mon2>')},?\s+(?P<y2>\d{{4}}))\b(?!\s*\d)",
    re.I,
)
# A month named before a noun, after its article and perhaps an adjective ("a June hearing",
# "the March summit", "their recent October summit"): the month of the thing the noun names.
# Capitalised, so that "the march" is not March.
ATTRIBUTIVE_MONTH_RE = re.compile(
    r"\b(?i:a|an|the|its|their|his|her)\s+(?:[a-z]+\s+)?(?P<mon>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?=\s+[a-z])"
)
DAY_ONLY_RE = re.compile(
    r"\b(?:on|since|until|by)\s+the\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)\b(?!\s+of\b)", re.I
)
DEICTIC_MONTH_RE = re.compile(
    r"\b(?P<rel>(?:earlier\s+|later\s+)?this|last|next|(?:the\s+)?(?:past|previous|coming)|"
    r"(?:earlier|later)\s+in\s+the)\s+month\b",
    re.I,
)
# Days a holiday names ("On New Year's Eve, the president announced"): a day of the year,
# which the clause's tense places as any year-less day.
HOLIDAY_RE = re.compile(
    r"\b(?P<name>New\s+Year[’']s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day))\b", re.I
)
HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
            "christmas day": (12, 25)}  # fmt: skip
# A season ("this fall", "last summer"): a time the records can hold no value for.
SEASON_RE = re.compile(
    r"\b(?:this|last|next|past|coming|early|late|in\s+the)\s+(?:spring|summer|fall|autumn|winter)\b",
    re.I,
)
# The calendar year before, of or after the anchor ("withdrew last year", "earlier this year",
# "later in the year"): an xsd:gYear like "in 2018". "The past year" is the twelve months
# before the anchor, not a calendar year: it keeps no value.
DEICTIC_YEAR_RE = re.compile(
    r"\b(?P<rel>(?:earlier\s+|later\s+)?this|last|next|(?:earlier|later)\s+in\s+the)"
    r"\s+year\b",
    re.I,
)
# "March 20 last year": a year-less day whose year the phrase after it gives.
YEAR_AFTER_RE = re.compile(r",?\s+(?P<rel>last|this|next)\s+year\b", re.I)
YEAR_SHIFT = {"last": -1, "this": 0, "next": 1, "the": 0}
# A weekend before, of or after the anchor's week: its Saturday, as a span of days is dated
# by its first ("the summit on June 15-16").
WEEKEND_RE = re.compile(r"\b(?P<rel>this|last|next|(?:over|at)\s+the)\s+weekend\b", re.I)
# Spans with no calendar value the records can hold: they still date a clause (as unknown).
WEEK_RE = re.compile(
    r"\b(?:(?:earlier\s+|later\s+)?this|last|next|(?:the\s+)?(?:past|previous|coming))"
    r"\s+(?:week|weekend|year)\b",
    re.I,
)
# A year standing alone. "in 2021" and "during 2021" place a thing in that year (an xsd:gYear);
# "since", "by" and "until" bound a span, so they date a clause as unknown.
YEAR_RE = re.compile(
    r"\b(?P<pre>in|since|during|by|until)\s+(?:early\s+|late\s+)?(?P<y>(?:19|20)\d\d)\b(?![-/.]\d)",
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
class Timex:
    """One time expression: its value (None when it is a span of years, a week across a month's
    turn or unresolvable; a week within one month is that month),
    its grain, and how it was resolved ("absolute", "deictic" against the publication date,
    "shift" of days from the day the text last spoke of, "few" some days from it, "weekday" a
    bare day name)."""

    start: int
    end: int
    date: PartialDate | None
    grain: str  # "day", "month", "week", "season" or "year"
    how: str
    shift: int = 0  # for "shift": days to add to the reference day
    weekday: int | None = None  # for a bare weekday: Monday 0 ... Sunday 6
    explicit_year: bool = False
    # The year a span's bound names ("since 2009", "until late 2014": no value of its own).
    bound_year: int | None = None


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
    low = lowered(chunk)  # (`finditer`: each pattern tried only where it can match)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in finditer(DATE_RE, chunk, low):
        mon = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
        day = int(m["d1"] or m["d2"])
        year = int(m["y"]) if m["y"] else _year_for(mon, day, anchor)
        stop = m.end()
        told = YEAR_AFTER_RE.match(chunk, m.end()) if not m["y"] else None
        if told is not None and anchor is not None:
            year, stop = anchor.year + YEAR_SHIFT[told["rel"].lower()], told.end()
        pd = _partial(year, mon, day)
        if pd:
            out.append(DateMention(start + m.start(), start + stop, pd))
            taken.append((m.start(), stop))
    for m in finditer(ISO_RE, chunk, low):
        pd = _partial(int(m["y"]), int(m["m"]), int(m["d"]))
        if pd:
            out.append(DateMention(start + m.start(), start + m.end(), pd))
            taken.append((m.start(), m.end()))
    for m in finditer(RELATIVE_RE, chunk, low):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue  # the weekday of "Sunday, June 1" is part of that date
        resolved = resolve_relative(m["rel"], anchor)
        if resolved:
            out.append(DateMention(start + m.start(), start + m.end(), resolved))
    return sorted(out, key=lambda d: d.start)


def day_of(day: dt.date) -> PartialDate:
    """The calendar day `day` as a partial date with all three parts."""
    return PartialDate(month=day.month, day=day.day, year=day.year)


def _month_shift(year: int, month: int, by: int) -> PartialDate:
    n = year * 12 + month - 1 + by
    return PartialDate(month=n % 12 + 1, day=None, year=n // 12)


def find_timexes(text: str, start: int, end: int, anchor: dt.date | None) -> list[Timex]:
    """Every time expression in `text[start:end]`, absolute offsets, in text order: the days
    of `find_dates`, and months, weeks, years, "N days ago" and "the day before"."""
    chunk = text[start:end]
    low = lowered(chunk)  # (`finditer`: each pattern tried only where it can match)
    out = [
        Timex(
            d.start,
            d.end,
            d.date,
            "day",
            _how_day(text[d.start : d.end]),
            0,
            _weekday(d),
            bool(re.search(r"\d{4}|\byear\b", text[d.start : d.end])),
        )
        for d in find_dates(text, start, end, anchor)
    ]

    def free(a: int, b: int) -> bool:
        return not any(t.start < start + b and start + a < t.end for t in out)

    def add(t: Timex) -> None:
        if free(t.start - start, t.end - start):
            out.append(t)

    for m in finditer(AGO_RE, chunk, low):
        n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()]
        unit = m["unit"].lower()
        s, e = start + m.start(), start + m.end()
        if anchor is None:
            add(Timex(s, e, None, unit if unit != "year" else "year", "deictic"))
        elif unit == "day":
            add(Timex(s, e, day_of(anchor - dt.timedelta(days=n)), "day", "deictic"))
        elif unit == "month":
            add(Timex(s, e, _month_shift(anchor.year, anchor.month, -n), "month", "deictic"))
        elif unit == "year":  # "two years ago": that calendar year, as "in 2013" would be
            add(Timex(s, e, PartialDate(None, None, anchor.year - n), "year", "deictic"))
        else:
            add(Timex(s, e, None, unit, "deictic"))
    for m in finditer(LATER_RE, chunk, low):
        n = int(m["n"]) if m["n"].isdigit() else NUMBERS[m["n"].lower()]
        n *= 7 if m["unit"].lower() == "week" else 1
        shift = n if m["dir"].lower() in ("later", "after") else -n
        add(Timex(start + m.start(), start + m.end(), None, "day", "shift", shift))
    for m in finditer(FEW_DAYS_RE, chunk, low):
        way = 1 if m["dir"].lower() == "later" else -1
        add(Timex(start + m.start(), start + m.end(), None, "month", "few", way))
    for m in finditer(SAME_DAY_RE, chunk, low):
        add(Timex(start + m.start(), start + m.end(), None, "day", "shift", 0))
    for m in SHIFT_RE.finditer(chunk):
        add(Timex(start + m.start(), start + m.end(), None, "day", "shift", -1 if m["back"] else 1))
    for m in finditer(DAY_ONLY_RE, chunk, low):
        # "on the 16th": a day of the month the text is in, up to the anchor.
        if anchor is None:
            continue
        day, month, in_year = int(m["d"]), anchor.month, anchor.year
        if day > anchor.day:
            month, in_year = (month - 1, in_year) if month > 1 else (12, in_year - 1)
        pd = _partial(in_year, month, day)
        if pd:
            add(Timex(start + m.start(), start + m.end(), pd, "day", "deictic"))
    for m in finditer(HOLIDAY_RE, chunk, low):
        name = " ".join(m["name"].lower().replace("’", "'").split())
        mon, day = HOLIDAYS[name]
        pd = _partial(_year_for(mon, day, anchor), mon, day)
        if pd:
            add(Timex(start + m.start(), start + m.end(), pd, "day", "absolute"))
    for m in finditer(SEASON_RE, chunk, low):
        add(Timex(start + m.start(), start + m.end(), None, "season", "deictic"))
    for m in finditer(DEICTIC_MONTH_RE, chunk, low):
        rel = m["rel"].lower().split()[-1]
        by = {"this": 0, "the": 0, "last": -1, "past": -1, "previous": -1, "next": 1}.get(rel, 1)
        if anchor and anchor.day == 1 and m["rel"].lower().startswith("earlier"):
            by = -1  # on the 1st, "earlier this month" was written the day before, last month
        value = _month_shift(anchor.year, anchor.month, by) if anchor else None
        add(Timex(start + m.start(), start + m.end(), value, "month", "deictic"))
    for m in finditer(MONTH_RE, chunk, low):
        mon = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
        pre = (m["pre"] or "").lower()
        year_text = m["y"] or m["y2"]
        stop = m.end()
        told = YEAR_AFTER_RE.match(chunk, m.end()) if not year_text else None
        if year_text:
            year: int | None = int(year_text)
        elif anchor is None:
            year = None
        elif told is not None:  # "since September last year"
            year, stop = anchor.year + YEAR_SHIFT[told["rel"].lower()], told.end()
        elif pre == "last" or "last" in m.group(0).lower().split():  # "late last July"
            year = anchor.year if mon < anchor.month else anchor.year - 1
        elif pre == "next":
            year = anchor.year if mon > anchor.month else anchor.year + 1
        else:
            year = _year_for(mon, 15, anchor)
        value = PartialDate(month=mon, day=None, year=year) if year else None
        s, e = start + m.start(), start + stop
        add(Timex(s, e, value, "month", "absolute", explicit_year=bool(year_text or told)))
    for m in ATTRIBUTIVE_MONTH_RE.finditer(chunk):
        mon = MONTHS[m["mon"].lower()]
        year = _year_for(mon, 15, anchor) if anchor else None
        value = PartialDate(month=mon, day=None, year=year) if year else None
        add(Timex(start + m.start("mon"), start + m.end("mon"), value, "month", "absolute"))
    for m in finditer(DEICTIC_YEAR_RE, chunk, low):
        by = YEAR_SHIFT[m["rel"].lower().split()[-1]]
        year_value = PartialDate(None, None, anchor.year + by) if anchor else None
        add(Timex(start + m.start(), start + m.end(), year_value, "year", "deictic"))
    for m in finditer(WEEKEND_RE, chunk, low):
        saturday = _weekend(m["rel"], anchor)
        add(Timex(start + m.start(), start + m.end(), saturday, "week", "deictic"))
    for m in finditer(WEEK_RE, chunk, low):
        grain = "week" if "week" in m.group(0).lower() else "year"
        in_month = _week_month(m.group(0), anchor) if grain == "week" else None
        add(Timex(start + m.start(), start + m.end(), in_month, grain, "deictic"))
    for m in finditer(YEAR_RE, chunk, low):
        within = m["pre"].lower() in ("in", "during")
        year_only = PartialDate(month=None, day=None, year=int(m["y"])) if within else None
        s, e = start + m.start(), start + m.end()
        bound = None if within else int(m["y"])
        add(Timex(s, e, year_only, "year", "absolute", explicit_year=True, bound_year=bound))
    return sorted(out, key=lambda t: t.start)


def _week_month(expr: str, anchor: dt.date | None) -> PartialDate | None:
    """The month of a week ("last week", "earlier this week"), when all its days lie in one
    month: "last week" of a January 24 article is in January 2019, a YYYY-MM the record can
    hold; the week of a month's turn gives none, nor a week to come ("ahead of next week's
    summit": the realnews annotators leave it null). "This week" counts from Monday to
    Sunday of the anchor's week, "earlier" and "later" only its days before or after the
    anchor, "the past week" the seven days before it."""
    if anchor is None:
        return None
    words = expr.lower().split()
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if "weekend" in words:
        return None
    if words[0] == "earlier":
        first, last = monday, anchor - dt.timedelta(days=1)
    elif words[0] == "later":
        first, last = anchor + dt.timedelta(days=1), monday + dt.timedelta(days=6)
    elif words[-2] == "past":
        first, last = anchor - dt.timedelta(days=7), anchor - dt.timedelta(days=1)
    elif words[-2] in ("last", "previous"):
        first, last = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    elif words[-2] in ("next", "coming"):
        return None  # "next week's meeting": annotators leave a week to come undated
    else:
        first, last = monday, monday + dt.timedelta(days=6)
    if first > last or (first.year, first.month) != (last.year, last.month):
        return None
    return PartialDate(month=first.month, day=None, year=first.year)


def _weekend(rel: str, anchor: dt.date | None) -> PartialDate | None:
    """The Saturday of "this weekend" (the anchor's own week, Monday to Sunday), "last
    weekend" (the week before), "next weekend" (the week after) or "over/at the weekend" (the
    latest weekend that has begun by the anchor)."""
    if anchor is None:
        return None
    saturday = anchor + dt.timedelta(days=5 - anchor.weekday())
    word = rel.lower().split()[0]
    if word in ("over", "at"):  # "over the weekend", British "at the weekend"
        word = "this" if anchor.weekday() >= 5 else "last"
    return day_of(saturday + dt.timedelta(days=7 * {"this": 0, "last": -1, "next": 1}[word]))


def _how_day(expr: str) -> str:
    low = expr.lower()
    if DATE_RE.fullmatch(expr) or ISO_RE.fullmatch(expr):
        return "absolute"
    if any(w in low for w in ("today", "tonight", "yesterday", "tomorrow", "this ", "night")):
        return "deictic"
    return "weekday" if low.split()[0] in ("on", *WEEKDAYS) else "deictic"


def _weekday(d: DateMention) -> int | None:
    return d.date.as_date().weekday() if d.date.as_date() else None  # type: ignore[union-attr]


def resolve_relative(expr: str, anchor: dt.date | None, future: bool = False) -> PartialDate | None:
    """`today`, `last night`, `on Friday` ... against the anchor. A bare weekday is the latest
    one on or before the anchor (news reports what happened), or with `future` the next one on
    or after it (`will meet on Friday`); `last Friday` is the Friday of the week before."""
    if anchor is None:
        return None
    words = expr.lower().split()
    if words[-1] in ("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon"):
        delta = {"yesterday": -1, "tomorrow": 1}.get(words[-1], 0)
        day = anchor + dt.timedelta(days=delta)
    elif words[-1] in ("evening", "night"):
        day = anchor - dt.timedelta(days=1 if words[0] == "last" else 0)
    else:
        target = WEEKDAYS.index(words[-1])
        if words[0] == "next":
            ahead = (target - anchor.weekday()) % 7 or 7
            day = anchor + dt.timedelta(days=ahead)
        elif words[0] == "last":
            # "last Thursday" is that day of the week before the anchor's: published on a
            # Friday, the Thursday eight days before (the day before would be "yesterday").
            day = anchor - dt.timedelta(days=anchor.weekday() + 7 - target)
        elif words[0] == "this":
            # "this Saturday" is that day of the anchor's own week (Monday to Sunday), as
            # "this weekend" is, whatever the tense ("was put off from this Saturday").
            day = anchor + dt.timedelta(days=target - anchor.weekday())
        elif future:
            day = anchor + dt.timedelta(days=(target - anchor.weekday()) % 7)
        else:
            # News reports past events: a bare weekday is the latest one on or before the anchor.
            back = (anchor.weekday() - target) % 7
            day = anchor - dt.timedelta(days=back)
    return day_of(day)


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
    # Imported here: the fallback is rarely reached (no Wikinews article of 80 reaches it), and
    # importing dateparser is 0.03 CPU s of every worker's start-up.
    import dateparser

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


def after(date: PartialDate | None, published: dt.date | None) -> bool:
    """The date lies after the day of publication (a month only when it is a later month)."""
    if date is None or published is None or date.year is None:
        return False
    if date.month is None:  # a year alone ("later this year"): only a later year is ahead
        return date.year > published.year
    if date.day is None:
        return (date.year, date.month) > (published.year, published.month)
    return (date.year, date.month, date.day) > (published.year, published.month, published.day)


def before_day(date: PartialDate | None, published: dt.date | None) -> bool:
    """The date is a day (with its year) before the day of publication."""
    if date is None or published is None or date.year is None or date.day is None:
        return False
    return (date.year, date.month, date.day) < (published.year, published.month, published.day)
