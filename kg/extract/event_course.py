"""How long an occurrence is told to last ("seven days of talks", "a three-day meeting", "the
talks lasted five days"), and whether a telling dated another day lies within that course.

Input: an event word's token (`told_days`, read by `events` into `Mention.days`), the mentions
`event_coref` groups. Output: the days told; whether a mention's day falls within its group's
told course (`told_course`), which keeps the start and the end of one round one occurrence.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_mention import Mention, days_apart
from kg.extract.timex import NUMBERS
from kg.model import PartialDate

# Units of a told duration, in days: "seven days of talks", "a two-week visit".
DAY_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def told_days(tok: Token) -> int | None:
    """How many days the text tells an occurrence to last, by its word's own phrase: "seven
    days of talks", "a three-day meeting", "the talks lasted five days"; None when untold."""
    units = [c for c in tok.children if c.dep_ in ("compound", "amod", "npadvmod")]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        units.append(tok.head.head)  # "seven days of talks"
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "last":
        units += [c for c in tok.head.children if c.dep_ in ("npadvmod", "dobj")]
    for unit in units:
        per = DAY_UNITS.get(unit.lower_)
        count = next((_cardinal(c) for c in unit.children if c.dep_ == "nummod"), None)
        if per and count:
            return per * count
    return None


def _cardinal(tok: Token) -> int | None:
    if tok.text.isdigit():
        return int(tok.text)
    return NUMBERS.get(tok.lower_)


def told_course(g: list[Mention], m: Mention, dates: set[PartialDate]) -> bool:
    """`m` points back ("the talks started on November 18") to an occurrence a telling says
    lasted several days ("wrapped up seven days of talks on Monday"), and every day told lies
    within them: days of one course, not two occurrences."""
    course = max((x.days for x in [*g, m] if x.days), default=0)
    return (
        course > 1
        and m.date is not None
        and (m.definite or m.phase)
        and not (m.indefinite or m.repeat or m.earlier)
        and all(days_apart(m.date, d, course - 1) for d in dates)
    )
