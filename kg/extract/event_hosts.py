"""The host of talks between others: the guidelines' mediator is the state or organisation
that mediates *or hosts* talks between others. Talks, signings or meetings between two or more
states or bodies, held in a city of a third state that the article names ("two days of
talks in Nairobi", "the Nairobi talks between the army and the rebels", "a ministerial
meeting in Nairobi"), are hosted by that state, when none of its people or bodies sits at them
as a party.

A state named as a mediator beside others ("Chile, Peru and Kenya, mediators of the talks")
gives way to the one whose city holds the talks: the host comes first, the others co-mediate.
An organisation that mediates ("talks in Nairobi under UN auspices") keeps its place.
"""

from __future__ import annotations

from kg.extract.event_state_adjectives import state_actor
from kg.extract.event_states import state_of
from kg.extract.index import ActorIndex
from kg.gazetteer import Gazetteer
from kg.model import Event

# Kinds of an occurrence between parties that a third state can host.
HOSTED_KINDS = {"meeting", "negotiation_round", "agreement_signing"}


def add_hosts(events: list[Event], actors: ActorIndex, gz: Gazetteer | None) -> None:
    """Each round of talks or signing held in a third state's city takes that state as its
    mediator (see the module's doc)."""
    for ev in events:
        host = _host(ev, actors, gz)
        if host is None:
            continue
        if ev.mediator is None or actors.by_id(ev.mediator).type == "Country":
            ev.mediator = host


def _host(ev: Event, actors: ActorIndex, gz: Gazetteer | None) -> str | None:
    if gz is None or ev.kind not in HOSTED_KINDS or ev.location is None:
        return None
    hit = gz.city_country(ev.location.name)
    if hit is None:
        return None  # a state named as the place is where, not who hosts ("talks in Kenya")
    host = state_actor(hit[0], actors)
    if host is None or host in ev.participants:
        return None
    if any(state_of(p, actors, gz) == host for p in ev.participants):
        return None  # its own people or bodies take part: a party, not a host
    # Between others: two states or bodies at least, not two people who meet in a third
    # state's city (a summit of two leaders there is held in it, not mediated by it).
    sides = [p for p in ev.participants if actors.by_id(p).type != "Person"]
    return host if len(sides) >= 2 else None
