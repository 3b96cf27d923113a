"""States named only in passing: a rule beside the learned actor check (issue 14).

The guidelines count a state as an actor when it speaks, acts, takes part or is affected, and
not when the text only places things in it. A state the text names only as a word before a
noun ("the US envoy", "the Syria crisis", "Nepali farmers"), or besides that only as a place
("talks in Syria"), does none of these: it is no actor of the story unless a statement or an
event names it (the speaker, a party, a mediator, a target, another actor's state), or the
discourse stage resolved a pronoun or a description to it (the story then speaks of it; not a
role phrase on the same adjective, "the Nepali farmers", which adds nothing to the adjective).

The learned check (`actor_model`) weighs the same evidence among many features and keeps most
such states, as states are usually actors; on the tuning stories this narrower reading is
wrong far less often than the model's.

A state's armed forces ("the Eastland army", "Eastlandish forces") are read the same way
(`drop_forces_in_passing`): they are an actor of their own where they act (the subject of a
clause: "the Eastland army said", "Eastlandish forces shelled ..."), or take part (a verb's
object or agent, a side "between" others, whom people come "from"), and no actor where the
text only speaks of them ("the withdrawal of Eastlandish forces", "the Eastland army's
budget") and no statement or event names them: the state is the actor there.

Input: a parsed `Doc`, the `ActorIndex` after the statement and event stages, and the ids to
keep (`actor_model.referenced`). Output: the index without those states.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from kg.extract.actor_evidence import PLACE_NOUNS, first_conjunct
from kg.extract.actor_model import mention_role, named_by
from kg.extract.discourse_words import GENERIC_PERSON, MISSION_TITLES, PERSON_NOUNS
from kg.extract.index import ActorIndex, Mention
from kg.gazetteer import Gazetteer
from kg.model import Event, Statement
from kg.nlp import doc_text, span_at

log = logging.getLogger(__name__)

# How a name stands when it only modifies a noun, or only says where something happens.
_MODIFIER, _PLACE = "mod", "in"
# What a state's possessive may own and still only say where or whose land it is: a part of
# its land ("Eastland's capital", "Eastland's north") or the war fought on it and its
# sides ("Eastland's civil war", "Eastland's warring rivals", "Eastland's rebel group"),
# which are other actors, not the state's own deed or office.
_LAND_PARTS = PLACE_NOUNS | {"north", "south", "east", "west", "coast", "border", "territory"}
_LAND_SIDES = {"conflict", "war", "crisis", "rebels", "rivals", "factions", "parties"}
_LAND_SIDES |= {"generals", "militias", "powers", "group", "groups"}


def drop_states_in_passing(doc: Doc, index: ActorIndex, keep: set[str]) -> None:
    """Drop the states of `index` not in `keep` that every mention names as a modifier, or as
    a modifier and a place; none that a pronoun or a description stands for elsewhere."""
    drop = set()
    for a in index.actors:
        if a.type != "Country" or a.id in keep:
            continue
        names = [m for m in index.mentions if m.actor == a.id]
        # A pronoun or description that stands for the state speaks of it; a role phrase
        # built on the same adjective ("the Nepali farmers") says no more than the adjective.
        if any(
            r.actor == a.id and not any(r.start <= m.start and m.end <= r.end for m in names)
            for r in index.refs
        ):
            continue
        roles = _roles(doc, names)
        if _MODIFIER in roles and roles <= {_MODIFIER, _PLACE}:
            log.debug("a state named only in passing: %s", a.name)
            drop.add(a.id)
    if drop:
        index.drop(drop)


def _roles(doc: Doc, mentions: list[Mention]) -> set[str]:
    """How the mentions stand in their clauses (`mention_role`; "other" where a mention is no
    span of the parse)."""
    roles = set()
    text = doc_text(doc)
    for m in mentions:
        span = span_at(doc, m.start, m.end)
        if _labels_line(text, m):
            roles.add(_PLACE)  # ("Eastland: talks resume"): the region a line is filed under
        elif span is None:
            roles.add("other")
        elif _owns_land(span.root):
            roles.add(_MODIFIER)  # ("Eastland's capital": as "the Eastland capital")
        elif mention_role(span.root) == "from" and not _people_from(span.root):
            roles.add("other")  # ("vessels from the Eastland navy": its things, not its people)
        else:
            roles.add(mention_role(span.root))
    return roles


# Who comes "from" a state or its forces as their people: a person by office or function
# (the actor stage's person nouns: "colonels", "a commander") or the ranks and crews of a
# force. Things that come from them ("vessels from the navy", "fire from the army") name no
# party.
_FORCE_PEOPLE = PERSON_NOUNS | GENERIC_PERSON | MISSION_TITLES
_FORCE_PEOPLE |= {"soldier", "officer", "troop", "sailor", "pilot", "marine", "personnel"}
_FORCE_PEOPLE |= {"crew", "unit", "member", "fighter", "team", "delegation", "man", "woman"}


def _people_from(tok: Token) -> bool:
    """Whether the name at `tok`, the object of "from", says whom people come from."""
    tok = first_conjunct(tok)
    owner = tok.head.head if tok.dep_ == "pobj" else tok
    return owner.lemma_.lower() in _FORCE_PEOPLE


def _labels_line(text: str, m: Mention) -> bool:
    """Whether a name opens a line and a colon closes it: the region a headline is filed
    under ("Eastland: Ten Prisoners Freed")."""
    return text[m.end : m.end + 1] == ":" and (m.start == 0 or text[m.start - 1] == "\n")


def _owns_land(tok: Token) -> bool:
    """Whether a state's possessive owns a part of its land or its war or that war's sides
    ("Eastland's capital", "Eastland's warring parties"): where, not who."""
    return tok.dep_ == "poss" and tok.head.lower_ in _LAND_PARTS | _LAND_SIDES


# Events whose parties are those that meet or talk: a state's adjective on them ("the Northland
# talks") names what they are about, not who takes part.
_ENCOUNTERS = {"phone_call", "meeting", "negotiation_round", "agreement_signing"}


def drop_party_states_in_passing(
    doc: Doc, index: ActorIndex, statements: list[Statement], events: list[Event]
) -> None:
    """Drop the states that only an encounter's participants name, where every mention of the
    state is a modifier or a place ("the Northland talks", "a Northland-brokered deal", "talks
    in Northland"): the text never has the state act, speak or take part, so it is no party
    of the event either (the event stage reads parties from the words around the event). Not
    a state a statement, another role of an event, another actor's state or role or a rule
    that found it acting names. (A pronoun or description the discourse stage resolved to it
    does not save it: "the two sides", "they" are the event's parties, not the one state
    whose adjective stood nearest; on the tuning stories such states are wrong 10 to 1.)"""
    named = named_by(index.actors, statements, events) | index.acting
    named |= {r.of for a in index.actors for r in a.roles if r.of is not None}
    # (An act's modifier names who takes it: "Eastland sanctions", "Eastlandish strikes".)
    named |= {p for ev in events if ev.kind not in _ENCOUNTERS for p in ev.participants}
    parties = {p for ev in events for p in ev.participants}
    states = {a.id for a in index.actors if a.type == "Country"}
    drop = set()
    for a in index.actors:
        if a.type != "Country" or a.id in named or a.id not in parties:
            continue
        roles = _roles(doc, [m for m in index.mentions if m.actor == a.id])
        if (
            roles
            and roles <= {_MODIFIER, _PLACE}
            and not _paired(doc_text(doc), index, a.id, states)
        ):
            log.debug("a party state named only in passing: %s", a.name)
            drop.add(a.id)
    if not drop:
        return
    for ev in events:
        ev.participants = [p for p in ev.participants if p not in drop]
    index.drop(drop)


def _paired(text: str, index: ActorIndex, state: str, states: set[str]) -> bool:
    """Whether a mention of the state is joined to another state's by a hyphen, a slash or
    "and" ("the Northland-Southland talks"): a pair of modifiers names the two sides."""
    mine = [m for m in index.mentions if m.actor == state]
    others = [m for m in index.mentions if m.actor in states and m.actor != state]
    joins = {"-", "–", "/", " and "}
    return any(
        text[m.end : o.start] in joins or text[o.end : m.start] in joins
        for m in mine
        for o in others
    )


# How a name stands when what it names does something: the subject of a clause.
_ACTING = {"say", "subj", "be"}
# How a force's name stands when the force takes part in what a clause tells, besides acting:
# a verb's object or agent ("the rebels ambushed the Eastland army", "shelled by Eastlandish
# forces"), a side ("clashes between the rebels and Eastlandish forces") or whom people belong
# to ("officers from the Eastland army"). The force is then a party of its own; where it is
# only whose number or withdrawal the text tells ("the withdrawal of Eastlandish forces"), a
# place or a modifier, the state is the actor.
_TAKING_PART = _ACTING | {"obj", "agent", "pass", "party", "from"}
# The last words of the name of a state's armed forces the gazetteer does not template
# ("Eastlandish Defense Forces", "Eastland Security Forces").
_FORCES = ("forces", "army", "military", "navy")


def _state_forces(gz: Gazetteer, name: str, wikidata: str | None) -> bool:
    """Whether an actor's name is a state's armed forces: the gazetteer's armed forces of a
    state, or a state's adjective or name before a word for forces."""
    entry = gz.entry_of(name, wikidata)
    if entry is not None:
        return entry.template == "armed_forces" or (
            entry.country is not None and name.lower().endswith(_FORCES)
        )
    words = name.split()
    if len(words) < 2 or not name.lower().endswith(_FORCES):
        return False
    # (The state's words are all but the last one or two: "United States Armed Forces".)
    for cut in (len(words) - 1, len(words) - 2):
        state = gz.adjective(" ".join(words[:cut])) or gz.lookup(" ".join(words[:cut]))
        if cut > 0 and state is not None and state.type == "Country":
            return True
    return False


def drop_forces_in_passing(doc: Doc, index: ActorIndex, keep: set[str], gz: Gazetteer) -> None:
    """Drop the state's armed forces of `index` not in `keep` that no mention names as a
    clause's subject, object or agent, as a side or as whom people belong to, and no pronoun
    or description stands for."""
    drop = set()
    for a in index.actors:
        if a.type != "Organization" or a.id in keep or not _state_forces(gz, a.name, a.wikidata):
            continue
        if any(r.actor == a.id for r in index.refs):
            continue
        roles = _roles(doc, [m for m in index.mentions if m.actor == a.id])
        if not roles & _TAKING_PART:
            log.debug("a state's forces named only in passing: %s", a.name)
            drop.add(a.id)
    if drop:
        index.drop(drop)


def drop_adjective_states(
    text: str,
    index: ActorIndex,
    statements: list[Statement],
    events: list[Event],
    gz: Gazetteer,
) -> None:
    """Drop the states the story names only by their adjective ("the Lebanese delegation",
    "the North Korean leader", "an American delegation"), which the guidelines count as no
    actor: the delegation, the leader or the body acts, not the state. Such a state stays
    where the story has it speak, relay, mediate, invite or be targeted (a statement or an
    event names it, also as a party) or a pronoun or description stands for it; it leaves the
    other actors it was the state of."""
    # (Not `named_by`'s states of other actors: the state of "the Lebanese delegation" is
    # what this drops.)
    named: set[str | None] = set(named_by([], statements, events))
    # (Nor a party of an event: "Eastlandish air strikes killed ...", "talks with the
    # Eastlandish delegation" name the state as the attacker or the side; the annotators keep
    # such states as often as not.)
    named |= {p for ev in events for p in ev.participants}
    drop = set()
    for a in index.actors:
        if a.type != "Country" or a.id in named:
            continue
        names = [m for m in index.mentions if m.actor == a.id]
        if not names or any(m.kind != "name" for m in names):
            continue
        if any(r.actor == a.id for r in index.refs):
            continue
        # (Not a form that is a name too: "U.S." is the state's name as much as its adjective.)
        forms = {text[m.start : m.end] for m in names}
        adjectives = [gz.adjective(f) for f in forms if gz.lookup(f) is None]
        if len(adjectives) == len(forms) and all(e and e.name == a.name for e in adjectives):
            log.debug("a state named only by its adjective: %s", a.name)
            drop.add(a.id)
    if drop:
        index.drop(drop)
