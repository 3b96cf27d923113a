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


# Words that make violence a state of affairs, not one attack: "the ongoing drone strikes".
ONGOING_WORDS = {
    "ongoing",
    "continuing",
    "continued",
    "continuous",
    "repeated",
    "daily",
    "nightly",
    "constant",
    "relentless",
    "persistent",
    "incessant",
    "regular",
    "frequent",
}


def ongoing(tok: Token) -> bool:
    """`the ongoing Russian drone strikes`: fighting that goes on, which the guidelines count
    as no event of its own (a statement may still tell of it). So is the subject of a verb of
    going on ("strikes continue", "shelling goes on")."""
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in ONGOING_WORDS for c in tok.children):
        return True
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.i == tok.i:
        return False
    goes_on = verb.lemma_ in ("go", "carry", "keep") and any(
        c.dep_ in ("prt", "prep") and c.lower_ == "on" and all(g.is_space for g in c.children)
        for c in verb.children
    )
    return goes_on or verb.lemma_ in CONTINUE_VERBS


CONTINUE_VERBS = {"continue", "persist", "resume", "intensify", "escalate", "rage"}
