"""How each time expression of an article is resolved into the anchor `timeline.build` records:
a weekday forwards or back by its clause's tense, a year-less day or month by the tense of its
clause, a shift ("the day before") from the day the text last told, and which anchors become
that reference day.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from kg.extract.clause_paths import clause_tense, invited_to_then, speaks_of_future
from kg.extract.timeline_acts import target_day
from kg.extract.timeline_story import Anchor
from kg.extract.timeline_words import told_ahead
from kg.extract.timex import Timex, _year_for, day_of, resolve_relative
from kg.model import PartialDate
from kg.nlp import doc_text

# Verbs that halt or call off an occurrence: their day is not the occurrence's.
HALTING = {"suspend", "halt", "interrupt", "cancel", "postpone", "delay", "scrap", "shelve",
           "freeze", "pause", "reschedule"}  # fmt: skip


# Verbs that arrange an occurrence: the day it is arranged for lies ahead of the arranging,
# whatever its tense ("has been arranged for September 22", "was set for Friday").
ARRANGING = {"arrange", "schedule", "set", "slate", "fix", "plan", "book"}


# Phrasal verbs that put an occurrence off: the verb and its particle.
PUTTING_OFF = {("put", "off"), ("push", "back"), ("put", "back")}


def halts(verb: Token) -> bool:
    """Whether `verb` halts, calls off or puts off an occurrence ("suspended", "was put off")."""
    lemma = verb.lemma_.lower()
    if lemma in HALTING:
        return True
    return any(
        (lemma, k.lower_) in PUTTING_OFF for k in verb.children if k.dep_ in ("prt", "advmod")
    )


def after_span(anchors: list[Anchor], sent: int) -> bool:
    """Whether the last time told before, in the same sentence, is a month or a year."""
    told = [a for a in anchors if a.value is not None and a.sent == sent]
    return bool(told) and told[-1].grain in ("month", "year")


def narrated(value: PartialDate | None, governor: Token) -> bool:
    """Whether a day becomes the reference time ("the following day" counts from it): the
    day of a clause the text tells, not one named in passing on a thing ("denounced the
    November 27 agreement ... in a press release issued the following day": the day after
    the denouncing, not after the agreement)."""
    if value is None or value.day is None or value.as_date() is None:
        return False
    return governor.pos_ not in ("NOUN", "PROPN") or governor.dep_ == "ROOT"


def recalls_span(tx: Timex, value: PartialDate | None, governor: Token) -> bool:
    """Whether a month or a year the text tells a clause at ("met in July 2008") is the
    reference time from then on, in place of the last day: one the clause is told at, not
    one a thing is named by, nor a span's bound ("since April 2021")."""
    if value is None or tx.grain not in ("month", "year") or value.day is not None:
        return False
    return governor.pos_ in ("VERB", "AUX") and tx.how == "absolute"


def resolve(
    tx: Timex,
    governor: Token,
    published: dt.date | None,
    last_day: dt.date | None,
    year_hint: dt.date | None,
) -> PartialDate | None:
    # The occasion invited to lies ahead, and so does the day a thing is put off to, whatever
    # the tense of the putting off ("was postponed until June", "rescheduled for Friday").
    ahead = invited_to_then(governor, tx.start) or (
        (halts(governor) or governor.lemma_.lower() in ARRANGING)
        and target_day(doc_text(governor.doc), tx.start, tx.end)
    )
    if tx.how == "weekday" and published is not None and tx.weekday is not None:
        if speaks_of_future(governor) or _future_object(governor) or ahead or told_ahead(governor):
            name = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
            return resolve_relative(name[tx.weekday], published, future=True)
        return tx.date
    if tx.how == "few":
        return _few_days(last_day, tx.shift)
    if tx.how == "shift":
        return day_of(last_day + dt.timedelta(days=tx.shift)) if last_day else None
    value = tx.date
    if value is not None and value.year is None and value.month and value.day and year_hint:
        value = PartialDate(value.month, value.day, _year_for(value.month, value.day, year_hint))
    if value is not None and tx.how == "absolute" and not tx.explicit_year and published:
        year = _year(value, governor, published, ahead, tx.start)
        value = PartialDate(value.month, value.day, year)
    return value


def _future_object(governor: Token) -> bool:
    """Whether the weekday hangs on a noun that is the object of a preposition under a verb
    told as to come ("will engage in talks in Cairo on Sunday"): the parser hangs the day on
    "talks", and the tense that places it is the verb's."""
    if governor.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(k.dep_ == "relcl" and speaks_of_future(k) for k in governor.children):
        return True  # "Saturday's talks, which will be held in Lausanne"
    if governor.dep_ != "pobj":
        return False
    prep = governor.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.tag_ in ("VBD", "VBN"):
        return False  # (not "the dates were set during Friday's visit": a past participle)
    return speaks_of_future(verb)


def _year(
    value: PartialDate, governor: Token, published: dt.date, ahead: bool = False, start: int = -1
) -> int | None:
    """The year of "on May 16" or "in January": by the tense of its clause, the last such day
    up to publication
    (a December article's "was signed in January") or the next one ("will meet in January");
    else the nearest. A day something is put off to (`ahead`) lies ahead, whatever the tense
    of the putting off ("was postponed until June")."""
    earlier = _earlier_one(governor) or _after_earlier_one(governor, start)
    tense = "future" if ahead else "past" if earlier else clause_tense(governor)
    if tense is None or value.month is None:
        return value.year
    years = (published.year - 1, published.year, published.year + 1)
    for year in years[::-1] if tense == "past" else years:
        if value.day is None:  # a month: this one counts as both past and to come
            ok = (year, value.month) <= (published.year, published.month)
            if tense == "future":
                ok = (year, value.month) >= (published.year, published.month)
        else:
            try:
                when = dt.date(year, value.month, value.day)
            except ValueError:
                continue
            # A dateline a day off the publication stamp; and a past clause may name a day
            # days ahead ("had confirmed their attendance at a summit on 27 February"): news
            # gives the year of a day nearly a year back.
            slack = PAST_AHEAD if tense == "past" else dt.timedelta(days=2)
            ok = when <= published + slack if tense == "past" else when >= published - slack
        if ok:
            return year
    return value.year


# Modifiers that place an occurrence before another: "the previous meeting on July 28".
EARLIER_MODS = {"previous", "last", "earlier", "preceding", "prior"}


def _earlier_one(governor: Token) -> bool:
    """`the meeting will build on the previous meeting on July 28`: a noun told as an earlier
    one of its kind is past, whatever the tense of the clause it is named in."""
    return governor.pos_ in ("NOUN", "PROPN") and any(
        k.dep_ == "amod" and k.lower_ in EARLIER_MODS for k in governor.children
    )


def _after_earlier_one(governor: Token, start: int) -> bool:
    """`will continue the talks from the previous meeting in Lima on July 28`: the parse may
    hang the day on the verb, but it closes the phrase of the earlier occurrence just
    before it, which it dates."""
    doc = governor.doc
    words = [t for t in doc[governor.i + 1 : governor.sent.end] if t.idx < start]
    if not words or words[-1].pos_ != "ADP":
        return False
    before = words[-1].i - 1  # the word before the day's preposition
    return any(
        _earlier_one(t) and t.right_edge.i == before for t in words if t.pos_ in ("NOUN", "PROPN")
    )


# How far after publication a year-less day told in a past clause is still this year's.
PAST_AHEAD = dt.timedelta(days=7)


# The days "a few days" may stand for, counted from the reference day.
FEW_DAYS = range(2, 7)


def _few_days(last_day: dt.date | None, way: int) -> PartialDate | None:
    """The month "a few days later" (`way` 1) or "earlier" (-1) lies in, counted from the day
    the text last told: the days two to six from it, when they lie in one month."""
    if last_day is None:
        return None
    days = [last_day + dt.timedelta(days=way * n) for n in FEW_DAYS]
    if len({(d.year, d.month) for d in days}) != 1:
        return None
    return PartialDate(month=days[0].month, day=None, year=days[0].year)
