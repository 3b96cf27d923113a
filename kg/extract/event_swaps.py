"""Exchanges told by what was given for whom: "freed a spy in exchange for Nick Daniloff",
"swapped ten agents for four Russians held by Moscow", "traded five detainees for Sgt.
Bergdahl", "the trade for Francis Gary Powers". The guidelines' `prisoner_exchange` is any
handover of people for people, whatever the verb; a release with nothing given back is an act
(the act stage's), and a trade of goods ("traded arms", "a trade deal") no exchange.

Input: a trigger's head token (and the `ActorIndex` for the parties). Output: whether it tells
such an exchange, and the parties named in what was had in return.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.event_coref import EventResult
from kg.extract.statement_syntax import names_people
from kg.model import Event, EventKind

SWAP_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(
            r"\b(?:trad(?:ed|es|ing)|trade|swap(?:ped|s|ping)?|exchang(?:ed|es|ing)|"
            r"freed|frees|freeing|releas(?:ed|es|ing))\b",
            re.I,
        ),
        "prisoner_exchange",
    ),
)
# Nouns of people held or handed over that no list of agent nouns covers.
CAPTIVES = frozenset(
    {"prisoner", "detainee", "hostage", "captive", "spy", "agent", "soldier", "national",
     "citizen", "pilot", "journalist", "reporter", "man", "woman", "people", "person",
     "american", "body", "serviceman", "civilian", "contractor", "sergeant", "sgt"}
)  # fmt: skip
# Entities that are no people given back: "released for $5 million", "for two years".
NOT_PEOPLE_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _people(noun: Token) -> bool:
    """The noun (a phrase's head) stands for people: a name, a people, a captive."""
    if noun.ent_type_ in NOT_PEOPLE_ENTS:
        return False
    if noun.ent_type_ in ("PERSON", "NORP") or noun.pos_ == "PROPN":
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in FREEDOM:
        return True  # "the release of two cousins": whoever is released was held
    return noun.lemma_.lower() in CAPTIVES or names_people(noun)


def _returns(head: Token) -> list[Token]:
    """What was had in return: the object of "for" on the word, or of "in exchange for"."""
    out: list[Token] = []
    # (The parse may hang the "for" on a participle of the object: "swapped ten agents
    # arrested in the US for four Russians".)
    hosts = [head] + [
        a for c in head.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "acl"
    ]
    for c in (c for h in hosts for c in h.children):
        if c.dep_ == "prep" and c.lower_ == "for":
            out += [x for x in c.children if x.dep_ == "pobj"]
        elif (
            c.dep_ == "prep"
            and c.lower_ in ("in", "as")
            and any(x.lower_ == "exchange" for x in c.children)
        ):
            ex = next(x for x in c.children if x.lower_ == "exchange")
            for p in (y for y in ex.children if y.dep_ == "prep" and y.lower_ == "for"):
                out += [_freed(x) for x in p.children if x.dep_ == "pobj"]
        elif c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in SECURING:
            # "freed seven men to secure the release of Mr. Abedini"
            freed = [x for x in c.children if x.dep_ == "dobj" and x.lemma_.lower() in FREEDOM]
            for p in (y for f in freed for y in f.children if y.dep_ == "prep"):
                out += [x for x in p.children if x.dep_ == "pobj" and p.lower_ == "of"]
    return out


def _freed(noun: Token) -> Token:
    """Who a noun of freedom is of ("traded for the freedom of a pilot": the pilot); any
    other noun itself."""
    if noun.lemma_.lower() not in FREEDOM:
        return noun
    of = [y for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for y in p.children]
    return next((y for y in of if y.dep_ == "pobj"), noun)


# "to secure the release of", "to win the freedom of": what a handover was for.
SECURING = frozenset({"secure", "win", "obtain", "gain", "get"})
FREEDOM = frozenset({"release", "freedom", "return"})


def traded_for(head: Token) -> bool:
    """People given for people: a verb whose object is people (when it has one) and whose
    "for" names people, or the noun "trade"/"swap"/"release" with such a "for"."""
    if not any(_people(x) for x in _returns(head)):
        return False
    if head.pos_ == "VERB":
        given = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        return all(_people(c) for c in given)
    return head.pos_ == "NOUN"


def swap_parties(head: Token, actors: ActorIndex) -> list[str]:
    """The actors named in what was had in return ("for four Russians held by Moscow": Russia
    too, as the side that gave them)."""
    out: list[str] = []
    for x in _returns(head):
        sub = list(x.subtree)
        for a in actors.all_at(sub[0].idx, sub[-1].idx + len(sub[-1])):
            if a not in out:
                out.append(a)
    return out


# An act of letting captives go: "Kyiv released 195 people", "began freeing prisoners".
RELEASE_WORD = re.compile(r"(?:releas(?:e|ed|es|ing)|free(?:d|s|ing)?)", re.I)


def _earlier_release(act: Event, exchange_years: set[int], published: dt.date | None) -> bool:
    """A release dated to a year before the story's that no exchange of the story shares
    ("the rebels freed forty captives two years ago"): a past act of its own, told as
    background to the current exchange, not one of that exchange's handovers."""
    year = act.date.year if act.date is not None else None
    if year is None or published is None:
        return False
    return year < published.year and year not in exchange_years


def fold_releases(events: EventResult, acts: EventResult, published: dt.date | None) -> None:
    """`the exchange of prisoners ...; Kyiv released 195 people; Moscow released a similar
    number`: in a story that tells an exchange, the acts of release are its sides' handovers
    (the guidelines count one exchange, and a release is not an `other` event of its own
    there); they are dropped from `acts`. A release in a story with no exchange stays an act,
    and so does one from an earlier year than the story's exchanges (`_earlier_release`).
    Only an exchange with a side named tells one: an exchange word with none ("hopes for more
    prisoner swaps", "the release of the detainees had Red Cross support") is dropped later as
    no occurrence (`with_parties`), and the one-sided release told beside it is the `other`
    event the guidelines count."""
    exchanges = [ev for ev in events.events if ev.kind == "prisoner_exchange" and ev.participants]
    if not exchanges:
        return
    years = {ev.date.year for ev in exchanges if ev.date is not None and ev.date.year is not None}
    keep = EventResult()
    for act, trig in zip(acts.events, acts.triggers, strict=True):
        word = act.trigger.text if act.trigger is not None else ""
        if (
            act.kind == "other"
            and RELEASE_WORD.fullmatch(word)
            and not _earlier_release(act, years, published)
        ):
            continue
        keep.events.append(act)
        keep.triggers.append(trig)
    acts.events, acts.triggers = keep.events, keep.triggers
