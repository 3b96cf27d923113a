"""A visit lasts days: its tellings on the days it spans are one occasion.

"will pay an official visit from 2 to 5 October ... the visit will last until October 5", "is on
a two-day visit beginning Tuesday ... held talks on Wednesday": a visit and a gathering of the
same parties told a few days apart are one occurrence (`event_coref._compatible` keeps mentions
of different days apart otherwise), unless a word sets one apart as another or an earlier one.
"""

from __future__ import annotations

from kg.extract.actors import ActorIndex
from kg.extract.event_mention import Mention, days_apart, event_word
from kg.extract.event_states import side
from kg.gazetteer import Gazetteer
from kg.model import PartialDate

# Words of a journey ("will visit Dhaka to hold talks with X", "a two-day trip").
VISIT_WORDS = {"visit", "trip", "journey"}


def visit_days(
    g: list[Mention],
    m: Mention,
    dates: set[PartialDate],
    actors: ActorIndex,
    gz: Gazetteer | None,
    text: str,
) -> bool:
    """`m`, dated within `COURSE_DAYS` of every day of the group, tells the same visit: one of
    them is a visit word, their sides are one within the other, and `m` is neither another nor
    an earlier one, nor one of a numbered series."""
    if not m.date or m.indefinite or m.repeat or m.earlier or m.ordinal:
        return False
    if not any(event_word(text, x) in VISIT_WORDS for x in [*g, m]):
        return False
    if not all(days_apart(m.date, d) for d in dates):
        return False
    mine = {side(p, actors, gz) for p in m.participants}
    parts = {side(p, actors, gz) for x in g for p in x.participants}
    return bool(mine) and bool(parts) and (mine <= parts or parts <= mine)
