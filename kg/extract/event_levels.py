"""The levels of an event's parties: a name inside a longer name of another actor.

"Estonia" in "the Parliament of Estonia" names the body's state, not a party beside the body; the
state still joins a gathering at its own level through `event_coref.state_of`. (A person's state
joins as the realnews annotations do: whenever the article names that state as an actor.)
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from kg.extract.event_state_adjectives import state_actor
from kg.extract.index import ActorIndex
from kg.gazetteer import Gazetteer

# Nouns of a person told by their tie to another: "the wife of an Iranian-American pastor" is
# the party, the pastor (and the states of his demonym) are not.
KIN_NOUNS = {
    "wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "parent",
    "brother", "sister", "family", "relative", "child", "spouse", "fiancée", "fiance",
}  # fmt: skip


def kin_of(tok: Token) -> bool:
    """`of` after a noun of kin ("the wife of an Iranian-American pastor"): what follows
    describes the party, it takes no part itself."""
    return tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.lemma_.lower() in KIN_NOUNS


# Participles that, joined to a name by a hyphen, say who stands behind a thing, each with the
# part its name plays: a sponsor of a side ("the Eastland-backed militia"), a mediator between
# sides ("the UN-brokered deal"), or who leads it ("the Lind-led delegation": who leads a
# delegation or an alliance is in it; talks one leads: `event_thirds`).
HYPHENED_ROLES = {
    "backed": "sponsor", "sponsored": "sponsor", "supported": "sponsor", "funded": "sponsor",
    "hosted": "sponsor", "allied": "sponsor", "aligned": "sponsor", "armed": "sponsor",
    "installed": "sponsor", "controlled": "sponsor",
    "brokered": "mediator", "mediated": "mediator", "facilitated": "mediator",
    "led": "leader",
}  # fmt: skip


class Hyphened(NamedTuple):
    """A name joined by a hyphen to a participle: the name's characters and the participle."""

    start: int
    end: int
    participle: str


def hyphened_participle(tok: Token) -> Hyphened | None:
    """A participle of `HYPHENED_ROLES` joined to the name before it, kept by the tokenizer as
    one word ("Qatar-brokered", the name is what comes before the last hyphen) or cut in three
    ("Qatar", "-", "brokered", read at the participle)."""
    low = tok.lower_
    if "-" in low.strip("-"):
        name, participle = tok.text.rsplit("-", 1)
        if participle.lower() in HYPHENED_ROLES:
            return Hyphened(tok.idx, tok.idx + len(name), participle.lower())
        return None
    if low in HYPHENED_ROLES and tok.i >= 2 and tok.nbor(-1).text == "-":
        name_tok = tok.nbor(-2)
        return Hyphened(name_tok.idx, name_tok.idx + len(name_tok), low)
    return None


def backing_modifier(tok: Token) -> bool:
    """A hyphened participle that modifies a noun ("Eastland-backed"): its name tells who backs
    or brokers the thing the noun names (a side's sponsor, the mediator of talks), not a party
    beside it. The noun itself keeps its place ("the Eastland-backed militia": the militia).
    Not "led": who leads a delegation or an alliance is in it."""
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    found = hyphened_participle(tok)
    return found is not None and HYPHENED_ROLES[found.participle] != "leader"


# Prepositions that set the sides of an encounter: "talks between A and B", "a meeting with A".
SIDE_PREPS = {"between", "among", "with"}


def capital_party(tok: Token, actors: ActorIndex, gz: Gazetteer | None) -> str | None:
    """The state whose capital is set as a side ("the talks between Kampala and Nairobi"):
    a capital standing for its government is the state (the guidelines record it as the
    state's alias), when the article names that state; a place by any other preposition
    ("talks in Pristina") is where, and is never read here."""
    if gz is None or tok.pos_ != "PROPN":
        return None
    side = tok
    while side.dep_ == "conj":
        side = side.head
    if side.dep_ != "pobj" or side.head.lower_ not in SIDE_PREPS:
        return None
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    hit = gz.city_country(" ".join(w.text for w in words))
    if hit is None or not hit[1]:
        return None  # not a capital: a city stands for no state
    return state_actor(hit[0], actors)


def outermost(start: int, end: int, actors: ActorIndex) -> list[str]:
    """The actors named at `[start, end)`, without a name that only stands inside a longer
    name of another actor there ("Estonia" in "the Parliament of Estonia": the body is the party;
    its state joins a gathering at its own level, `event_coref.state_of`)."""
    found = [m for m in actors.mentions if not m.nested and m.start < end and start < m.end]
    out: list[str] = []
    for m in found:
        inside = any(
            o.actor != m.actor
            and o.start <= m.start
            and m.end <= o.end
            and (o.end - o.start) > (m.end - m.start)
            for o in found
        )
        if not inside and m.actor not in out:
            out.append(m.actor)
    return out
