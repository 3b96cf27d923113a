"""The levels of an event's parties: a name inside a longer name of another actor.

"Estonia" in "the Parliament of Estonia" names the body's state, not a party beside the body; the
state still joins a gathering at its own level through `event_coref.state_of`. (A person's state
joins as the realnews annotations do: whenever the article names that state as an actor.)
"""

from __future__ import annotations

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


# Participles that, joined to a name by a hyphen, say who stands behind a thing: "the
# Eastland-backed militia", "the UN-brokered deal". (Not "led": who leads a delegation or an
# alliance is in it, "the Lind-led delegation met"; talks one leads: `event_thirds`.)
BACKING_PARTICIPLES = {
    "backed", "brokered", "mediated", "sponsored", "supported", "funded", "hosted",
    "allied", "aligned", "facilitated", "armed", "installed", "controlled",
}  # fmt: skip


def backing_modifier(tok: Token) -> bool:
    """A hyphened participle that modifies a noun ("Eastland-backed", cut by the tokenizer as
    "Eastland", "-", "backed", or kept as one word): its name tells who backs, leads or brokers
    the thing the noun names (a side's sponsor, the mediator of talks), not a party beside it.
    The noun itself keeps its place ("the Eastland-backed militia": the militia)."""
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    low = tok.lower_
    if "-" in low.strip("-"):
        return low.rsplit("-", 1)[1] in BACKING_PARTICIPLES
    return low in BACKING_PARTICIPLES and tok.i > 0 and tok.nbor(-1).text == "-"


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
