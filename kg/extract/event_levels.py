"""The levels of an event's parties: when a person's state is a party of its own.

The guidelines list every *named* party at every level: the states, the delegations and the
people. A state is a party when the text names it as one ("the United States and Russia met",
"talks between Israel and Hamas"), not when it only qualifies a person's post: "Norwegian Prime
Minister A and Chilean President B held a call" names two people, and "his Danish
counterpart, C" one. So a person's state joins an event only when the
event's sentences name that state on its own, and a state adjective on a post held by a named
person ("Chilean president Vidal") is no party.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.index import ActorIndex
from kg.gazetteer import Gazetteer

# Dependencies by which a name is part of the noun phrase of a post ("President Vidal",
# "the Chilean president, Vidal", "counterparts Erik Lund and ...").
NAME_DEPS = {"compound", "flat", "appos"}
# How far before a person's name its title may begin, in characters.
TITLE_REACH = 80


def state_level(
    party: str,
    state: str,
    sents: list[tuple[int, int]],
    actors: ActorIndex,
    text: str,
    gz: Gazetteer | None,
) -> bool:
    """Whether `state`, the state `party` acts for, is a party of the event told in `sents`:
    always for a delegation or a state body, for a person only when the state is named there
    on its own (`state_named`)."""
    return actors.by_id(party).type != "Person" or state_named(state, sents, actors, text, gz)


def state_named(
    state: str, sents: list[tuple[int, int]], actors: ActorIndex, text: str, gz: Gazetteer | None
) -> bool:
    """Whether a sentence of `sents` names `state` on its own: by a name (not its adjective,
    "Danish") that is not a modifier inside another name or a post ("Chilean President
    Rosa Vidal", "Norway Prime Minister Ola Brekke")."""
    return any(
        m.actor == state
        and not m.nested
        and any(s <= m.start < e for s, e in sents)
        and (gz is None or gz.adjective(text[m.start : m.end]) is None)
        and not in_title(m.start, m.end, actors, text)
        for m in actors.mentions
    )


def in_title(start: int, end: int, actors: ActorIndex, text: str) -> bool:
    """Whether `[start, end)` lies in the titled name of a person the article gives ("Finnish
    foreign minister Aino Lehto" is how the actor stage records that person)."""
    for m in actors.mentions:
        if m.start < end or m.start - end > TITLE_REACH or actors.by_id(m.actor).type != "Person":
            continue
        for alias in actors.by_id(m.actor).aliases:
            if m.end - len(alias) <= start and text[m.end - len(alias) : m.end] == alias:
                return True
    return False


def post_of_person(mod: Token, actors: ActorIndex) -> bool:
    """Whether the word `mod` modifies is a post whose holder the phrase names ("Chilean
    president Vidal", "his Danish counterpart, Mads Holm", "the Norwegian prime
    minister Ola Brekke"): the adjective tells whose post it is, not a party beside the person."""
    noun = mod.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "Chilean President Rosa Vidal": up to the name
    names = [noun, *(c for c in noun.children if c.dep_ in NAME_DEPS)]
    if noun.dep_ == "conj":
        # "A and his Danish counterparts, B and C": the parse hangs B on the first of the pair
        # (as its apposition or as a further conjunct)
        names += [c for c in noun.head.children if c.dep_ in ("appos", "conj") and c.i > noun.i]
    names += [x for n in names[1:] for x in n.conjuncts if x.i > noun.i]
    return any(
        actors.by_id(a).type == "Person"
        for n in names
        for a in actors.all_at(n.idx, n.idx + len(n))
    )


def post_state(tok: Token, actors: ActorIndex) -> bool:
    """A state's name or adjective that qualifies the post of a person the phrase names ("Chile's
    President Rosa Vidal", "her Swedish and Danish counterparts, A and B"): no party."""
    mod = tok
    while mod.dep_ == "conj" and mod.head.i != mod.i:
        mod = mod.head  # "Swedish, Danish and Finnish counterparts": each adjective of the list
    if mod.dep_ not in ("amod", "compound") or mod.head.i == mod.i:
        return False
    named = actors.all_at(tok.idx, tok.idx + len(tok))
    return (
        bool(named)
        and all(actors.by_id(a).type == "Country" for a in named)
        and post_of_person(mod, actors)
    )


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
