"""The sides an event's parties stand for, by which tellings are told apart: a delegation, a
ministry or an office holder stands for its state (when the article names that state)."""

from __future__ import annotations

from kg.extract.discourse_words import ARMED_FORCES
from kg.extract.event_mention import Mention
from kg.extract.event_state_adjectives import state_actor
from kg.extract.index import ActorIndex
from kg.gazetteer import Entry, Gazetteer
from kg.model import Actor


def state_of(actor_id: str, actors: ActorIndex, gz: Gazetteer | None) -> str | None:
    """The state a delegation, a state body or an office holder acts for (by the role the
    article gives, else by the gazetteer: "the State Department" acts for the United States),
    when that state is an actor of the article."""
    a = actors.by_id(actor_id)
    if a.type in ("Delegation", "Organization") and a.country:
        return a.country  # a delegation, a ministry or an army acts for its state
    if a.type == "Delegation":
        return _party_named_in(a.name, actor_id, actors)  # "the Hamas delegation": Hamas
    if a.type not in ("Person", "Organization"):
        return None
    for role in a.roles:
        if role.of is not None and actors.by_id(role.of).type == "Country":
            return role.of
    state = gazetteer_state(a, gz)
    return state_actor(state, actors) if state is not None else None


def gazetteer_state(a: Actor, gz: Gazetteer | None) -> Entry | None:
    """The state the gazetteer gives an actor (a person's, a body's), if it knows one."""
    entry = gz.entry_of(a.name, a.wikidata) if gz is not None else None
    return gz.entries.get(entry.country) if gz is not None and entry and entry.country else None


def _party_named_in(name: str, actor_id: str, actors: ActorIndex) -> str | None:
    """The party whose name opens a delegation's name ("Hamas delegation", "SAF delegation"),
    when it is an actor of the article."""
    low = name.lower()
    for other in actors.actors:
        if other.id == actor_id or other.type not in ("Country", "Organization"):
            continue
        if any(low.startswith(n.lower() + " ") for n in (other.name, *other.aliases)):
            return other.id
    return None


def side(actor_id: str, actors: ActorIndex, gz: Gazetteer | None) -> str:
    """A delegation or an office holder stands for its state when telling events apart."""
    return state_of(actor_id, actors, gz) or actor_id


def telling_side(actor_id: str, actors: ActorIndex, gz: Gazetteer | None) -> str:
    """The side a party of one telling stands for, to tell whether two tellings of one
    article name the same occurrence: as `side`, and a body named for its state ("the Pakistan
    Army", "the Armed Forces of India") stands for that state too, as its delegation would. (Not
    in `side` itself: the parties an event keeps are read by it.)"""
    return state_of(actor_id, actors, gz) or named_for(actor_id, actors, gz) or actor_id


def telling_sides(g: list[Mention], actors: ActorIndex, gz: Gazetteer | None) -> set[str]:
    """The `telling_side` of every party of a group of mentions."""
    return {telling_side(p, actors, gz) for x in g for p in x.participants}


# The organs of a state a body may be named as, after its state ("the Pakistan Army", "the
# Kenya Defence Forces") or before it ("the Armed Forces of India"). Other names that open with
# a state's adjective are often bodies against its government ("the Syrian Democratic Forces",
# "the Libyan National Army"), no organ of it.
STATE_ORGANS = frozenset({*ARMED_FORCES, "navy", "air force"})


def named_for(actor_id: str, actors: ActorIndex, gz: Gazetteer | None) -> str | None:
    """The state an organisation is an organ of by its very name: the state's name or adjective
    and an organ ("Pakistan Army", "Indian Army", "US Navy"), or an organ "of" the state
    ("Armed Forces of India"), when the article names that state."""
    a = actors.by_id(actor_id)
    words = a.name.split()
    if gz is None or a.type != "Organization" or len(words) < 2:
        return None
    entry = None
    for k in range(min(3, len(words) - 1), 0, -1):
        state, organ = " ".join(words[:k]), " ".join(words[k:]).lower()
        if organ in STATE_ORGANS:
            entry = gz.lookup(state) or gz.adjective(state)
            break
        if len(words) > k + 1 and words[-k - 1].lower() == "of":
            if " ".join(words[: -k - 1]).lower() in STATE_ORGANS:
                entry = gz.lookup(" ".join(words[-k:]))
                break
    if entry is None or entry.type != "Country":
        return None
    state_id = state_actor(entry, actors)
    return state_id if state_id != actor_id else None


def group_sides(g: list[Mention], actors: ActorIndex, gz: Gazetteer | None) -> set[str]:
    """The sides of every party of a group of mentions."""
    return {side(p, actors, gz) for x in g for p in x.participants}


def same_truce(g: list[Mention], m: Mention, actors: ActorIndex, gz: Gazetteer | None) -> bool:
    """`agreed a truce starting at 10pm ... Egypt announces a ceasefire between the two sides
    ... will abide by the ceasefire`: a story's truce told again, "a" or "the", agreed or in
    force, is the one told before between the same sides, unless a day, an order ("another",
    "the previous") or other sides set it apart."""
    if m.kind != "ceasefire" or any(x.kind != "ceasefire" for x in g):
        return False
    if m.date or m.repeat or m.earlier or m.ordinal:
        return False
    if any(x.repeat or x.earlier for x in g):
        return False
    mine = {side(p, actors, gz) for p in m.participants}
    parts = group_sides(g, actors, gz)
    return not mine or not parts or bool(mine & parts)


def title_state(person: str, actors: ActorIndex, gz: Gazetteer | None) -> Entry | None:
    """The state a person's title names, though the article may not name it as an actor: "US
    Secretary of State" (the United States), "the State Department's policy planning director"
    (by the department's state); None when no title names one."""
    if gz is None:
        return None
    for role in actors.by_id(person).roles:
        words = role.title.replace("’s", "").replace("'s", "").split()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                form = " ".join(words[i : i + n])
                entry = gz.lookup(form) or (gz.adjective(form) if n == 1 else None)
                if entry is not None and entry.type != "Country" and entry.country:
                    entry = gz.entries.get(entry.country)
                if entry is not None and entry.type == "Country":
                    return entry
    return None
