"""States told by adjectives and names on a body or an event word: "U.S.-Russian talks" (two
states), "the Iraqi parliament" (whose body), "the Greek oil company X" (its nationality, not a
party), and the article's actor for a gazetteer state (`state_actor`).

These helpers read only a modifier token and the `ActorIndex`, not the event word's
arguments, so they live apart from event_args to keep it small.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.gazetteer import Entry, Gazetteer, slug

BODY_TYPES = {"Organization", "Delegation"}


def body_adjective(tok: Token, actors: ActorIndex) -> bool:
    """A state's adjective or name that modifies a named body ("the Iraqi parliament", "a
    Russian delegation"): whose body it is, not a second party of what the body does."""
    if tok.dep_ not in ("amod", "compound") or tok.head.i == tok.i:
        return False
    head = tok.head
    return any(
        actors.by_id(a).type in BODY_TYPES for a in actors.all_at(head.idx, head.idx + len(head))
    )


def nationality_of_body(tok: Token, actors: ActorIndex) -> bool:
    """A state's adjective on a phrase naming a company or other non-state body ("the Greek
    oil company Aegean Fuels", "Dutch carrier Tulip Air"): the body's nationality, not a second
    party of what the body does. Government bodies and delegations act for their state, so
    their adjectives stay ("the Russian delegation")."""
    if tok.dep_ != "amod" or tok.head.i == tok.i:
        return False
    if not any(actors.by_id(a).type == "Country" for a in actors.all_at(tok.idx, tok.idx + 1)):
        return False
    noun = tok.head
    phrase = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    if noun.dep_ in ("compound", "appos"):
        phrase.append(noun.head)  # "carrier" in "Dutch carrier Tulip Air"
    found = {a for t in phrase for a in actors.all_at(t.idx, t.idx + len(t))}
    return bool(found) and all(
        actors.by_id(a).type == "Organization" and actors.by_id(a).org_kind is None for a in found
    )


def adjective_states(tok: Token, actors: ActorIndex, gz: Gazetteer | None) -> list[str]:
    """The states a modifier names by adjectives joined in one word ("U.S.-Russian talks"),
    when the article names those states."""
    if gz is None or tok.head.pos_ not in ("NOUN", "PROPN"):
        return []
    if tok.dep_ not in ("amod", "compound", "nmod") or "-" not in tok.text.strip("-"):
        return []
    out: list[str] = []
    for word in tok.text.split("-"):
        entry = gz.adjective(word) or gz.lookup(word)
        state = state_actor(entry, actors) if entry and entry.type == "Country" else None
        if state is not None and state not in out:
            out.append(state)
    return out


def adjective_state(tok: Token, actors: ActorIndex, gz: Gazetteer | None) -> str | None:
    """The article's actor for the state an adjective names ("Ethiopian" of "the Ethiopian
    envoy"), if the gazetteer knows the adjective as a state's and the article names that state."""
    entry = gz.adjective(tok.text) if gz is not None else None
    if entry is None or entry.type != "Country":
        return None
    return state_actor(entry, actors)


def state_actor(entry: Entry, actors: ActorIndex) -> str | None:
    """The article's actor for the gazetteer's state `entry`, if the article names it."""
    keys = {entry.wikidata, f"country/{slug(entry.name)}"}
    return next((x.id for x in actors.actors if x.type == "Country" and x.key in keys), None)
