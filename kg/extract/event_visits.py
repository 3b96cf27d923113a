"""A visit lasts days: its tellings on the days it spans are one occasion.

"will pay an official visit from 2 to 5 October ... the visit will last until October 5", "is on
a two-day visit beginning Tuesday ... held talks on Wednesday": a visit and a gathering of the
same parties told a few days apart are one occurrence (`event_coref._compatible` keeps mentions
of different days apart otherwise), unless a word sets one apart as another or an earlier one.
"""

from __future__ import annotations

import re

from kg.extract.actors import ActorIndex
from kg.extract.event_mention import Mention, days_apart, event_word
from kg.extract.event_states import group_sides, side
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
    parts = group_sides(g, actors, gz)
    return bool(mine) and bool(parts) and (mine <= parts or parts <= mine)


# Encounters by their word: a visit, a summit.
ENCOUNTER_WORDS = {"visit", "summit"}

# Delegations facing each other negotiate ("the discussions between the ministerial
# delegation and the other side", "a delegation will arrive to hold talks").
DELEGATION_WORD = re.compile(r"\bdelegations?\b", re.I)


def talks_of_a_visit(g: list[Mention], text: str) -> bool:
    """The group names a visit or a summit, and its talks are bare talks that negotiate
    nothing by their own words ("is on a three-day state visit ... Both leaders will hold
    talks"): the guidelines' `meeting` covers a visit, and its talks are its encounter."""
    rounds = [x for x in g if x.kind == "negotiation_round" and not x.retells_call]
    return (
        bool(rounds)
        and all(x.plain for x in rounds)
        and not any(x.negotiating for x in g)
        and not any(DELEGATION_WORD.search(text[x.sent[0] : x.sent[1]]) for x in rounds)
        and any(x.kind == "meeting" and event_word(text, x) in ENCOUNTER_WORDS for x in g)
    )
