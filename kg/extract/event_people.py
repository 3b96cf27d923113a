"""Who takes part in a telling, person by person and side by side: event coreference keeps two
tellings apart when their people on one side differ (`event_coref._compatible`)."""

from __future__ import annotations

from kg.extract.actors import ActorIndex
from kg.extract.event_mention import Mention
from kg.extract.event_process import parties
from kg.extract.event_states import side
from kg.gazetteer import Gazetteer


def other_hosts(g: list[Mention], m: Mention, actors: ActorIndex, gz: Gazetteer | None) -> bool:
    """One visitor, a different person of the other side: "Sybiha met Sikorski" and "Sybiha
    met President Duda" are two meetings, though both are Ukraine's with Poland. Both tell a
    person they share and, on another side, persons of whom they share none."""
    mine, theirs = by_side(m.participants, actors, gz), by_side(parties(g), actors, gz)
    shared = [side for side in mine if mine[side] & theirs.get(side, set())]
    apart = [side for side in mine if theirs.get(side) and not mine[side] & theirs[side]]
    return bool(shared) and bool(apart)


def other_people(g: list[Mention], m: Mention, actors: ActorIndex, gz: Gazetteer | None) -> bool:
    """On a side both name persons for, `m`'s persons and the group's are different people:
    another envoy or minister of the same state is another meeting (`other_hosts` asks for a
    person both share besides)."""
    mine, theirs = by_side(m.participants, actors, gz), by_side(parties(g), actors, gz)
    return any(theirs.get(side) and not mine[side] & theirs[side] for side in mine)


def new_person(g: list[Mention], m: Mention, actors: ActorIndex) -> bool:
    """`m` names a person none of the group's tellings names."""
    theirs = set(parties(g))
    return any(actors.by_id(p).type == "Person" and p not in theirs for p in m.participants)


def by_side(parties: list[str], actors: ActorIndex, gz: Gazetteer | None) -> dict[str, set[str]]:
    """The persons among `parties`, by the side (state) each acts for."""
    out: dict[str, set[str]] = {}
    for p in parties:
        if actors.by_id(p).type == "Person":
            out.setdefault(side(p, actors, gz), set()).add(p)
    return out
