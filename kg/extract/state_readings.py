"""A state read from the words that name its people or one of its bodies: "the Russians"
(the state, as "Moscow" is), "Israel's air force" and "Israeli Air Force" (one body, named by
the state's adjective). Read by the actor stage (`actors.ActorFinder`) from its candidates."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.actor_candidates import Cand
from kg.gazetteer import Entry, Gazetteer


def people_of(gz: Gazetteer, ent: SpacySpan, surface: str) -> Entry | None:
    """The state whose people the words name as a whole ("the Russians", "the Saudis"):
    definite and plural, they stand for the state, as "Moscow" does; "two Russians" or
    "many Americans" are some people, not the state."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    definite = ent[0].lower_ == "the" or (before is not None and before.lower_ == "the")
    if not definite or ent.root.tag_ not in ("NNS", "NNPS") or not surface.endswith("s"):
        return None
    entry = gz.adjective(surface[:-1])
    return entry if entry is not None and entry.type == "Country" else None


def state_body(gz: Gazetteer, name: str, state: str, body: str, start: int, end: int) -> Cand:
    """The candidate of a state's body named by what it is: the gazetteer's entry where it
    knows one by these words ("Israeli army"), else one key for the state and the body,
    so "Israeli Air Force" and "Israel's air force" are one actor, named by the state's
    adjective."""
    capital = gz.city_country(state)  # ("Moscow's foreign ministry": Russia's)
    country = gz.adjective(state) or gz.lookup(state)
    country = country or (capital[0] if capital and capital[1] else None)
    forms = [name] + [f"{adj} {body}" for adj in (country.adjectives if country else ())]
    entry = next((x for x in map(gz.lookup, forms) if x is not None), None)
    c = Cand(start, end, name, "ORG", entry)
    if entry is not None:
        c.cluster = entry.id
    elif country is not None:
        c.cluster = f"org:{country.id}:{body}"
        if country.adjectives:
            # One name for every form; the words written stay its aliases.
            c.text = f"{country.adjectives[0]} {body.title()}"
    return c
