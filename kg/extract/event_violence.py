"""Deeds of violence named by a noun (CAMEO 18, unconventional violence): "the shooting at a
wedding", "the stabbing in Jerusalem", "the killing of the journalist", "the kidnapping of the
ambassador". The guidelines count one as an `attack` when it is specific (an attacker or a
target with a place or a time); the merge keeps only mentions anchored so.

Input: a trigger's head token. Output: whether it names such a deed (not the gerund of a verb,
"killing 40 people", whose verb the act stage reads; not "the shooting of the film").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.model import EventKind

VIOLENCE_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(
            r"\b(?:shootings?|stabbings?|massacres?|killings?|murders?|kidnappings?|"
            r"abductions?|beheadings?|hostage-takings?)\b",
            re.I,
        ),
        "attack",
    ),
)
# What is shot or killed in another sense: a film is shot, time and a bill are killed.
OTHER_OBJECTS = frozenset(
    {"film", "movie", "scene", "video", "footage", "episode", "series", "photo", "bill",
     "deal", "plan", "project", "time", "idea", "proposal"}
)  # fmt: skip
# Heads that make the noun a kind of thing, not a deed: "a shooting range", "killing fields".
THING_HEADS = frozenset({"range", "field", "fields", "spree", "gallery", "machine", "star"})


def violent_deed(head: Token) -> bool:
    """The noun names one deed of violence: a noun (not a verb's gerund), not a modifier of a
    thing ("a shooting range"), and not done to a film, a bill or time."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.dep_ in ("compound", "amod") and head.head.lemma_.lower() in THING_HEADS:
        return False
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(x.lemma_.lower() in OTHER_OBJECTS for x in prep.children if x.dep_ == "pobj"):
            return False
        if any(_kind_of_people(x) for x in prep.children if x.dep_ == "pobj"):
            return False  # "the government's killing of terrorists abroad": a practice
    return True


def _kind_of_people(noun: Token) -> bool:
    """A bare plural common noun ("terrorists", "journalists"): people of a kind, not the
    victims of one deed ("the killing of three journalists", "of the journalists")."""
    return (
        noun.tag_ == "NNS"
        and noun.ent_type_ == ""
        and not any(c.dep_ in ("det", "nummod", "poss", "compound") for c in noun.children)
    )
