"""Claims of responsibility that name no attack ("The Taliban have claimed responsibility."):
a claim of the last attack told within a few sentences before it, whichever stage found that
attack (an attack word of the event stage, or a verb of violence of the act stage).

Input: the parsed `Doc`, the article's events with their trigger ranges, the `ActorIndex`.
Output: the events, with each claimant added to the participants of the attack it claims.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.event_authors import CLAIMED, claimant
from kg.extract.event_coref import EventResult
from kg.extract.index import ActorIndex

# How many sentences back a claim of responsibility without "for" still points to the attack
# told last ("... rammed into a base. Dozens died. The group claimed responsibility.").
CLAIM_REACH = 3


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
    sents = list(doc.sents)
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
