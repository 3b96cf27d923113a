"""Trips told by their noun: "Pompeo's trip to Pyongyang", "the Secretary's travel to
Beijing". The guidelines count trips as `other` events (like arrivals), with the traveller
and the state visited as parties. Only a trip of someone named (not "his trip", which points
back to a journey whose encounters the text tells) to a named place; and not a trip that only
frames the clause's acts ("during her trip to Oslo, she met ..."): those acts are the events.

Input: a trigger's head token. Output: whether it tells such a trip.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.act_lexicon import object_act
from kg.model import EventKind

TRIP_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (re.compile(r"\b(?:trips?|travels?|journeys?)\b(?= to\b)", re.I), "other"),
)
# Prepositions by which the trip is the time frame of the clause's own acts.
FRAME_PREPS = frozenset({"during", "on", "throughout", "amid", "in"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def trip_told(head: Token) -> bool:
    """The trip noun has a named traveller (a possessor that is no pronoun), goes to a named
    place, and is not the frame of its clause ("during his trip to")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in FRAME_PREPS:
        return False
    if head.dep_ == "dobj" and object_act(head.head) is not None:
        # "cancelled the minister's trip": the act on the trip is the act stage's event
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    if not owners or any(o.pos_ == "PRON" for o in owners):
        return False
    goals = [
        x
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for x in p.children
        if x.dep_ == "pobj"
    ]
    return any(g.ent_type_ in PLACE_ENTS for g in goals)
