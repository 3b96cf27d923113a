"""A journey told as made, whose purpose infinitive is what it was for: "flew to Kyiv to sign
the deal", "had a short visit to Vossa to meet ..." report the meeting as held that day
(read by `event_modality`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_modality_phrases import JOURNEY_NOUNS, journey_object
from kg.extract.event_places import TRAVEL_LEMMAS
from kg.nlp import is_to_clause

# Verbs of a journey told as done: their purpose infinitive is what the journey was for.
# A light verb ("took", "made", "had", "paid") is one only with a journey noun as its object:
# "made a proposal on Monday to meet ..." is no journey.
JOURNEY = TRAVEL_LEMMAS | {"stop", "detour", "journey", "drive"}


def purpose_of_journey(tok: Token) -> bool:
    """`took a detour Wednesday to meet Obama at the White House`, `flew to Kyiv to sign the
    deal`: a purpose infinitive of a journey the narrator tells in the simple past reports
    the meeting as news of that day, not a plan (a journey to come, "will fly to Kyiv to
    sign", stays a plan); so too one of a journey's noun ("had a short visit to Vossa to
    meet ...")."""
    verb = tok.head
    if tok.dep_ in ("acl", "relcl") and verb.dep_ == "dobj":
        if verb.lemma_.lower() not in JOURNEY_NOUNS:
            return False  # ("made a proposal to meet ...": the noun is no journey)
        verb = verb.head  # (the parse hangs it on the noun: "a visit ... to meet")
    elif tok.dep_ != "advcl" or verb.lemma_.lower() not in JOURNEY and not journey_object(verb):
        return False
    if verb.tag_ != "VBD":
        return False
    if not is_to_clause(tok):
        return False
    return not any(c.dep_ in ("aux", "neg") for c in verb.children)
