"""Trips told by their noun ("Pompeo's trip to Pyongyang", "the Secretary's travel to
Beijing") and departures told by their verb ("headed to Washington", "set off for Moscow",
"departed to Doha", "travelled to the capital"). The guidelines count trips, departures and
arrivals as `other` events, with the traveller (and the state visited) as parties.

A trip noun counts only of someone named (not "his trip", which points back to a journey whose
encounters the text tells) to a named place, and not when it only frames the clause's acts
("during her trip to Oslo, she met ..."): those acts are the events. A departure verb counts
when its traveller is the subject of a main clause told as done or ahead (not "a delegation
headed by X", not "who travelled to Oslo", not the headline's present, nor a journey in progress)
and it goes to a named place; "travelled to X to meet Y" is told by the meeting it is for.

Input: a trigger's head token. Output: whether it tells such a trip or departure.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.act_lexicon import object_act
from kg.model import EventKind
from kg.nlp import doc_text

TRIP_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (re.compile(r"\b(?:trips?|travels?|journeys?)\b(?= to\b)", re.I), "other"),
)
# Verbs of setting out (the arrivals and "left for" are the trigger lexicon's own).
JOURNEY_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(
            r"\b(?:headed|heads|heading)\b(?= (?:[\w.,'\u2019-]+ ){0,3}?(?:to|for) )|"
            r"\bset (?:off|out)\b(?= (?:[\w.,'\u2019-]+ ){0,3}?for )|"
            r"\b(?:departed|departs|depart|departing)\b|"
            r"\btravell?(?:ed|ing|s)?\b(?= (?:[\w.,'\u2019-]+ ){0,3}?to )",
            re.I,
        ),
        "other",
    ),
)
# Words of a journey's purpose that tell the encounter the journey is for ("travelled to
# Moscow to negotiate", "travelled to Greece, meeting the prime minister", "will travel to
# Lima for talks"): verbs, and nouns of gatherings.
PURPOSE_LEMMAS = frozenset({"meet", "negotiate", "attend", "talk", "discuss", "hold", "join"})
PURPOSE_NOUNS = frozenset(
    {"talk", "talks", "negotiation", "meeting", "summit", "consultation", "conference"}
)
# Words that name where a traveller goes when no name does ("left for the capital").
DESTINATION_NOUNS = frozenset({"capital", "country", "city", "region", "home"})
# Tags of a verb told as done or ahead: past, participle, base form ("will depart").
TOLD_TAGS = frozenset({"VBD", "VBN", "VB"})


def set_out(head: Token) -> bool:
    """A departure verb whose subject sets out to a named place (`JOURNEY_TRIGGERS`)."""
    if head.pos_ != "VERB" or head.tag_ not in TOLD_TAGS or head.dep_ in ("relcl", "acl", "amod"):
        return False
    if "\n" not in doc_text(head.doc)[: head.idx]:
        return False  # the headline's "heads to Washington": its body tells the departure
    if not any(c.dep_ == "nsubj" for c in head.children):
        return False  # "a delegation headed by the minister", "the plane departed"
    lemma = head.lemma_.lower()
    if lemma == "head" and any(c.dep_ == "dobj" for c in head.children):
        return False  # "headed the delegation to Cairo": led it
    if lemma == "travel" and any(
        (t.pos_ == "VERB" and t.lemma_.lower() in PURPOSE_LEMMAS)
        or (t.pos_ == "NOUN" and t.lemma_.lower() in PURPOSE_NOUNS)
        for t in head.subtree
    ):
        return False
    if lemma == "depart":
        return True  # "departed this evening after the meeting": the leaving is the act
    goals = [
        x
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("to", "for")
        for x in p.children
        if x.dep_ == "pobj"
    ]
    return any(g.ent_type_ in PLACE_ENTS or g.lemma_.lower() in DESTINATION_NOUNS for g in goals)


def set_off_done(head: Token) -> bool:
    """`has set off for Moscow`: "set" here is the journey's own verb, not the word of a plan
    ("is set to arrive") that the status reader takes it for; done unless told ahead."""
    return head.lower_ == "set" and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "to") for c in head.children
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
