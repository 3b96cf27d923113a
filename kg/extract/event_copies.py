"""Second tellings of one occurrence that mention-level coreference kept apart, folded into
one event: one event per distinct occurrence (the guidelines).

Mention by mention, `event_coref` keeps a planned telling apart from a held one, and a
telling with other people apart from the first, because most such pairs are two occurrences
("met on Monday ... will meet again"). Built events show what the mentions did not: two
events of one kind, not told in one sentence only, for the same day (or both undated and told
alike), whose sides and people are the same or one's a part of the other's ("the envoys of
A and B met on Monday ... A's envoy X held a meeting with Y of B"), at no two places, are
one occurrence told twice, when no third event fits as well (and neither is "also" met
with someone new, nor called off while the other was held); their status is what the day
says (a day already past with one telling as held: held).

Input: the groups of mentions `event_coref.merge` built its events from. Output: the same,
with copies folded into the first telling.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from kg.extract.actors import ActorIndex
from kg.extract.event_mention import Mention, ordinal_number
from kg.extract.event_place_keys import place_key, same_place
from kg.extract.event_states import side
from kg.gazetteer import Gazetteer
from kg.model import Event, EventStatus

log = logging.getLogger(__name__)

Build = Callable[[list[Mention]], Event]


def fold_copies(
    groups: list[list[Mention]],
    events: list[Event],
    build: Build,
    actors: ActorIndex,
    gz: Gazetteer | None,
    published: dt.date | None,
) -> None:
    """Fold every event that is a copy of exactly one other into it, in place (`groups` and
    `events` stay aligned, the earlier telling's place kept). A fragment that fits two
    occurrences ("met the minister" after meetings with two ministers) is left alone."""

    # Which pairs are copies, computed once and updated only for the merged event after a
    # fold (recomputing every pair after each fold cost a cube of the events told).
    ok = [
        [i != j and _copies_at(groups, events, i, j, actors, gz) for j in range(len(events))]
        for i in range(len(events))
    ]

    def fits(j: int) -> list[int]:
        return [i for i in range(len(events)) if ok[i][j]]

    changed = True
    while changed:
        changed = False
        for j in range(len(events)):
            mine = fits(j)
            if len(mine) != 1:
                continue
            i = mine[0]
            if set(events[i].participants) <= set(events[j].participants) and len(fits(i)) != 1:
                continue  # the other is the fragment, and it fits more than this one
            if also_new(groups[i], events[i], groups[j], events[j], actors):
                continue  # (told apart only here: it still counts as a fit above)
            keep, drop = min(i, j), max(i, j)
            log.debug("event %d told again as %d", keep, drop)
            group = sorted(groups[keep] + groups[drop], key=lambda x: x.trigger[0])
            merged = build(group)
            merged.status = _status(events[keep], events[drop], merged, published)
            groups[keep], events[keep] = group, merged
            del groups[drop], events[drop]
            del ok[drop]
            for row in ok:
                del row[drop]
            for k in range(len(events)):
                ok[k][keep] = k != keep and _copies_at(groups, events, k, keep, actors, gz)
                ok[keep][k] = k != keep and _copies_at(groups, events, keep, k, actors, gz)
            changed = True
            break


def _copies_at(
    groups: list[list[Mention]],
    events: list[Event],
    i: int,
    j: int,
    actors: ActorIndex,
    gz: Gazetteer | None,
) -> bool:
    return copies(groups[i], events[i], groups[j], events[j], actors, gz)


def copies(
    g: list[Mention],
    ev: Event,
    h: list[Mention],
    other: Event,
    actors: ActorIndex,
    gz: Gazetteer | None,
) -> bool:
    """`other` tells the occurrence `ev` tells: the same kind and day, sides and people one
    within the other's, no two places, and not both told in one sentence only (its words
    told them apart, as they split "separate meetings with A and B" into occurrences)."""
    if ev.kind != other.kind or ev.kind == "other":
        return False  # (an `other` is any act: two of one day are often two acts)
    if not _same_time(ev, other):
        return False
    if len({x.sent for x in (*g, *h)}) == 1:
        return False  # one sentence told them apart by its words ("met X and held talks with Y")
    if any(x.repeat or x.earlier for x in (*g, *h)) or not same_ordinal(g, h):
        return False  # "met again", "the first round": told as one of several
    if {ev.status, other.status} not in ({ev.status}, {"planned", "held"}):
        return False  # the round held is not the talks called off (a plan and its holding are one)
    if not _same_place(ev, other, gz):
        return False
    if ev.date is None and not _undated_alike(g, ev, h, other):
        return False
    mine = {side(p, actors, gz) for p in ev.participants}
    theirs = {side(p, actors, gz) for p in other.participants}
    small, large = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
    if not small or not small <= large:
        return False
    # The people too: the visitor's meetings with two ministers of one host state are two.
    mine_people, their_people = _people(ev, actors), _people(other, actors)
    return mine_people <= their_people or their_people <= mine_people


def same_ordinal(g: list[Mention], h: list[Mention]) -> bool:
    """No telling numbers its occurrence, or both do with one number ("hold 1st peace talks" in
    the headline, "opened their first peace talks" below): a number told on one side only,
    or two numbers, set an occurrence apart as one of a series."""
    mine = {ordinal_number(x.ordinal) for x in g if x.ordinal}
    theirs = {ordinal_number(x.ordinal) for x in h if x.ordinal}
    if not mine and not theirs:
        return True
    return len(mine) == 1 and mine == theirs and None not in mine


def also_new(
    g: list[Mention], ev: Event, h: list[Mention], other: Event, actors: ActorIndex
) -> bool:
    """`paid a visit ... also met the trade minister`: one group is told as one more
    encounter with someone the other did not name, an occurrence of its own."""
    mine_people, their_people = _people(ev, actors), _people(other, actors)
    return bool(their_people - mine_people and any(x.also for x in h)) or bool(
        mine_people - their_people and any(x.also for x in g)
    )


def _people(ev: Event, actors: ActorIndex) -> set[str]:
    return {p for p in ev.participants if actors.by_id(p).type == "Person"}


def _same_time(ev: Event, other: Event) -> bool:
    """Told for one day; or both undated and told alike (held, or planned): "the talks"
    told twice without a day, as the same plan or the same past, are one."""
    if ev.date is not None and other.date is not None:
        return ev.date.day is not None and ev.date == other.date
    return ev.date is None and other.date is None and ev.status == other.status


def _undated_alike(g: list[Mention], ev: Event, h: list[Mention], other: Event) -> bool:
    """Two undated tellings are one occurrence only when both give the same place, or the
    later one points back to one already told ("the talks"): a telling without a place is
    not a match for any place, or separate rounds fold through it into one."""
    if ev.location is not None and other.location is not None:
        return True  # `_same_place` has compared them
    later = h if min(x.trigger[0] for x in h) > min(x.trigger[0] for x in g) else g
    return any(x.definite for x in later)


def _same_place(ev: Event, other: Event, gz: Gazetteer | None) -> bool:
    if ev.location is None or other.location is None:
        return True
    return same_place(place_key(ev.location.name, gz), place_key(other.location.name, gz))


def _status(first: Event, second: Event, merged: Event, published: dt.date | None) -> EventStatus:
    """A day already past that one telling tells as held was held (the other telling is the
    plan or a headline's words for it); otherwise the mentions' own word decides."""
    day = merged.date.as_date() if merged.date else None
    if "held" in (first.status, second.status) and day and published and day <= published:
        return "held"
    return merged.status
