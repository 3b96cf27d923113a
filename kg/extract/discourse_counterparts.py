"""Counterparts: "his Mexican counterpart" is the person of Mexico the article names.

A counterpart is a person who holds, for another state, the office of the one whose counterpart
they are. Wire copy names them by the state's adjective alone ("talks with his Mexican
counterpart"), often before (a headline) or after the name it stands for ("Mexican Foreign
Secretary Luis Videgaray"). Left unresolved, the state's adjective makes the state the party,
and the person the guidelines ask for is missed.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from kg.model import Actor

COUNTERPART_NOUNS = {"counterpart", "peer"}


def counterpart(
    tok: Token,
    named: Mapping[int, str],
    modifiers: Mapping[int, list[str]],
    actors: Mapping[str, Actor],
) -> str | None:
    """The person that the singular `tok` ("counterpart") stands for: the name set beside it
    ("his counterpart, Y"), else the person of the state its modifier names (by a role the
    article gives them, or the state's word in their own phrase), the nearest mention before
    it first, else the first after it (a headline tells before it names)."""
    if tok.lemma_.lower() not in COUNTERPART_NOUNS or tok.tag_ != "NN":
        return None
    for c in tok.subtree:
        if c.dep_ in ("appos", "compound", "flat") and c.i > tok.i:
            beside = named.get(c.i)
            if beside is not None and actors[beside].type == "Person":
                return beside
    states = [a for a in modifiers.get(tok.i, []) if actors[a].type == "Country"]
    if len(states) != 1:
        return None  # "his counterpart" alone, or "the Russian and Turkish counterparts"
    state = states[0]

    def of_state(pos: int, actor: str) -> bool:
        person = actors[actor]
        # (Beside another mention of the same: "met his Iranian counterpart, Y" tells the
        # headline's "his Iranian counterpart" who Y is.)
        beside = tok.doc[pos].head if tok.doc[pos].dep_ == "appos" else None
        return person.type == "Person" and (
            any(r.of == state for r in person.roles)
            or state in modifiers.get(pos, [])
            or (
                beside is not None
                and beside.lemma_.lower() in COUNTERPART_NOUNS
                and state in modifiers.get(beside.i, [])
            )
        )

    found = sorted(pos for pos, actor in named.items() if of_state(pos, actor))
    before = [pos for pos in found if pos < tok.i]
    after = [pos for pos in found if pos > tok.i]
    if before:
        return named[before[-1]]
    return named[after[0]] if after else None
