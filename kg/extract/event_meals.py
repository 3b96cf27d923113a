"""Encounters told by a meal or a courtesy call: "the minister had a working dinner with the
prime minister", "the foreign minister hosted a luncheon in honour of his guest", "the
presidents will have lunch together", "made a courtesy call on the premier", "called
on the opposition leader" (no appeal: `called_on`). The
guidelines count them as meetings (a non-negotiating encounter). Not a meal with no party
("had lunch in the canteen"), nor one only spoken of ("dinner is served at eight").

Input: a trigger's head token. Output: whether it tells such an encounter.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.event_guests import RECEIVED_NOUNS
from kg.model import EventKind

MEAL_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(
            r"\b(?:dinners?|lunch(?:es)?|luncheons?|breakfasts?|banquets?)\b|"
            r"\bcourtesy calls?\b",
            re.I,
        ),
        "meeting",
    ),
)
# "called on the prime minister", "calls on President X": the courtesy call told by its verb
# (`called_on`), not an appeal ("called on the parties to ...").
CALLED_ON_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (re.compile(r"\b(?:call(?:s|ed)?|calling)\b(?= (?:up)?on\b)", re.I), "meeting"),
)
# What one does to a meal that makes it an encounter of its diners: "had", "hosted", "gave".
MEAL_VERBS = frozenset({"have", "host", "give", "hold", "attend", "join", "offer", "throw"})
# What one does to a courtesy call: "paid", "made".
CALL_VERBS = frozenset({"pay", "make"})
# Parties of the meal: "with X", "in honour of X", "for X"; of the call: "on X".
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def shared_meal(head: Token) -> bool:
    """The meal or courtesy call at `head` is had, hosted or paid by someone, with a party
    named (or with a subject of two or more, "Putin and Lukashenko will have lunch")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    courtesy = head.lower_.startswith("call")
    if head.dep_ != "dobj":
        return not courtesy and _hosted_by(head)
    verb = head.head
    if verb.lemma_.lower() not in (CALL_VERBS if courtesy else MEAL_VERBS):
        return False
    if any(_party(o) for p in _party_preps(head) for o in p.subtree if o.i != p.i):
        return True
    if courtesy:
        return False
    if any(c.dep_ == "dative" and _party(c) for c in verb.children):
        return True  # "gave the delegation a dinner"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("xcomp", "conj"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(any(c.dep_ == "conj" for c in s.children) for s in subjects)


def called_on(head: Token) -> bool:
    """`the envoy also called on the opposition leader`: a verb "call" whose "on" names a
    person (by name or by a post), with no infinitive of what is asked ("called on Putin to
    withdraw", "called on the president not to sign"), which makes it an appeal."""
    if head.pos_ != "VERB" or head.lemma_.lower() != "call":
        return False
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
    persons = [
        o
        for p in preps
        for o in p.children
        if o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or _titled(o))
    ]
    if not persons:
        return False
    asked = [*head.children, *(c for o in persons for c in o.subtree)]
    return not any(
        t.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp")
        and any(a.lower_ == "to" and a.dep_ == "aux" for a in t.children)
        for t in asked
    ) and not any(t.lower_ == "to" and t.tag_ == "TO" for t in head.sent if t.i > head.i)


def _titled(noun: Token) -> bool:
    """A post names the person ("the Prime Minister of X Y", "his counterpart"): a word of
    office up to the noun."""
    return any(t.lower_ in RECEIVED_NOUNS for t in noun.subtree if t.i <= noun.i)


def _hosted_by(head: Token) -> bool:
    """`at a dinner hosted by the president`, `during the luncheon given by X`: a meal told by
    its host, at which the clause's doers sit (a meal hosted is an encounter of its host and
    guests)."""
    return any(
        c.dep_ == "acl"
        and c.lemma_.lower() in MEAL_VERBS
        and any(
            a.dep_ == "agent" and any(_party(o) for o in a.children if o.dep_ == "pobj")
            for a in c.children
        )
        for c in head.children
    )


def meal_parties(head: Token, actors: ActorIndex) -> list[str]:
    """The actors the meal's or the call's party phrases name ("on the prime minister", "in
    honour of the visiting minister")."""
    out: list[str] = []
    for p in _party_preps(head):
        sub = list(p.subtree)
        out += [a for a in actors.all_at(sub[1].idx, sub[-1].idx + len(sub[-1])) if a not in out]
    return out


def _party_preps(head: Token) -> list[Token]:
    """The phrases of the meal (or of its verb) that name its guests or hosts: "with X", "for
    X", "in honour of X" (the parse may hang "of X" on the meal), "on X" for a courtesy call;
    not "in Oslo" (a place)."""
    preps = [c for c in (*head.children, *head.head.children) if c.dep_ == "prep"]
    if head.lower_.startswith("call"):
        return [p for p in preps if p.lower_ in ("on", "upon")]
    honour = [
        p
        for p in preps
        if p.lower_ == "in"
        and any(o.lemma_.lower() in ("honour", "honor") for o in p.children if o.dep_ == "pobj")
    ]
    return [
        p
        for p in preps
        if p.lower_ in ("with", "for") or p in honour or (honour and p.lower_ == "of")
    ]


def _party(tok: Token) -> bool:
    return tok.ent_type_ in PARTY_ENTS or tok.lower_ in RECEIVED_NOUNS
