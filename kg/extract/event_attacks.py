"""Attacks across the two stages that find them (attack words of the event stage, verbs of
violence of the act stage): claims of responsibility that name no attack ("The Taliban have
claimed responsibility.") credit the last attack told within a few sentences before them, and
two tellings of one killing ("Khashoggi was murdered in October", "the killing of Khashoggi")
become one event.

Input: the parsed `Doc`, the article's events with their trigger ranges, the `ActorIndex`.
Output: the same, with claimants added and the tellings of one attack folded into one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.event_authors import CLAIMED, claimant
from kg.extract.event_coref import EventResult
from kg.extract.event_mention import same_day
from kg.extract.index import ActorIndex
from kg.model import Event
from kg.nlp import sentences

# How many sentences back a claim of responsibility without "for" still points to the attack
# told last ("... rammed into a base. Dozens died. The group claimed responsibility.").
CLAIM_REACH = 3


def settle_attacks(doc: Doc, result: EventResult, actors: ActorIndex) -> None:
    """Claims credited, then the tellings of one attack folded (`fold_attacks`)."""
    credit_claims(doc, result, actors)
    fold_attacks(result, actors)


def fold_attacks(result: EventResult, actors: ActorIndex) -> None:
    """Two attacks aimed at one named person, at dates that may be one, are one occurrence
    (a person is killed or kidnapped once): the one told later joins the first. Attacks
    with no person in common stay apart (the Taliban's attack on Monday is not theirs last
    week)."""
    keep: list[int] = []
    for i, ev in enumerate(result.events):
        into = next((k for k in keep if _one_attack(result.events[k], ev, actors)), None)
        if into is None:
            keep.append(i)
            continue
        first = result.events[into]
        first.participants.extend(p for p in ev.participants if p not in first.participants)
        if first.date is None or (ev.date is not None and ev.date.day and not first.date.day):
            first.date = ev.date
        first.location = first.location or ev.location
        first.plover = first.plover or ev.plover
        result.triggers[into].extend(result.triggers[i])
    result.events = [result.events[k] for k in keep]
    result.triggers = [result.triggers[k] for k in keep]


def _one_attack(a: Event, b: Event, actors: ActorIndex) -> bool:
    if a.kind != "attack" or b.kind != "attack" or a.status != b.status:
        return False
    people = {p for p in a.participants if actors.by_id(p).type == "Person"}
    if not people & set(b.participants):
        return False
    if a.date is not None and b.date is not None and not same_day(a.date, b.date):
        return False
    return a.location is None or b.location is None or a.location.name == b.location.name


def credit_claims(doc: Doc, result: EventResult, actors: ActorIndex) -> None:
    """`The Taliban have claimed responsibility.`: a claim that names no attack is a claim of
    the last attack told within `CLAIM_REACH` sentences before it (or in its own sentence),
    whichever stage found that attack (an attack word, or a verb of violence); the claimant,
    named or resolved by the discourse stage ("the group"), made it."""
    attacks = [
        (min(s for s, _e in trig), ev)
        for ev, trig in zip(result.events, result.triggers, strict=True)
        if ev.kind == "attack" and trig
    ]
    if not attacks:
        return
    sents = sentences(doc)
    for k, sent in enumerate(sents):
        for tok in sent:
            if tok.lemma_.lower() not in CLAIMED or tok.dep_ != "dobj":
                continue
            if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
                continue  # "responsibility for the attack": read with that attack word
            who = claimant(tok)
            found = _named(who, actors) if who is not None else []
            if not found:
                continue
            reach = sents[max(0, k - CLAIM_REACH)].start_char
            before = [(s, ev) for s, ev in attacks if reach <= s < tok.idx]
            if before:
                last = max(before, key=lambda x: x[0])[1]
                last.participants.extend(a for a in found if a not in last.participants)


def _named(tok: Token, actors: ActorIndex) -> list[str]:
    """The actors a subject phrase names, or the one the discourse stage resolved it to."""
    toks = [tok, *tok.conjuncts]
    found: list[str] = []
    for t in toks:
        # "the Houthi movement in Yemen": the phrase without its place or clause
        skip = {
            x.i
            for c in t.children
            if c.dep_ in ("prep", "relcl", "acl", "appos", "conj", "cc")
            for x in c.subtree
        }
        named = [
            a for x in t.subtree if x.i not in skip for a in actors.all_at(x.idx, x.idx + len(x))
        ]
        if not named:
            who = actors.resolve(t.idx, t.idx + len(t))
            named = [who] if who is not None else []
        found.extend(a for a in dict.fromkeys(named) if a not in found)
    return found
