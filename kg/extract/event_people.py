"""Who takes part in a telling, person by person and side by side: event coreference keeps two
tellings apart when their people on one side differ (`event_coref._compatible`)."""

from __future__ import annotations

from kg.extract.actors import ActorIndex
from kg.extract.event_mention import Mention
from kg.extract.event_process import parties
from kg.extract.event_states import side
from kg.gazetteer import Gazetteer


def people_apart(
    g: list[Mention], m: Mention, actors: ActorIndex, gz: Gazetteer | None
) -> tuple[bool, bool]:
    """Of the sides both `m` and the group name persons for: whether on one of them they share
    a person, and whether on one of them `m`'s persons are all others than the group's.
    "Sybiha met Sikorski" and "Sybiha met President Duda" share Sybiha and are apart on
    Poland's side: two meetings, though both are Ukraine's with Poland; another envoy or
    minister of the same state is another meeting."""
    mine, theirs = _by_side(m.participants, actors, gz), _by_side(parties(g), actors, gz)
    shared = any(mine[side] & theirs.get(side, set()) for side in mine)
    apart = any(theirs.get(side) and not mine[side] & theirs[side] for side in mine)
    return shared, apart


def new_person(g: list[Mention], m: Mention, actors: ActorIndex) -> bool:
    """`m` names a person none of the group's tellings names."""
    theirs = set(parties(g))
    return any(actors.by_id(p).type == "Person" and p not in theirs for p in m.participants)


def _by_side(parties: list[str], actors: ActorIndex, gz: Gazetteer | None) -> dict[str, set[str]]:
    """The persons among `parties`, by the side (state) each acts for."""
    out: dict[str, set[str]] = {}
    for p in parties:
        if actors.by_id(p).type == "Person":
            out.setdefault(side(p, actors, gz), set()).add(p)
    return out
