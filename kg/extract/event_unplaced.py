"""People of no told state beside the sides of an occurrence: whether a telling that names them
may still be the occurrence another telling names by its states and bodies.

Input: the sides (`event_states.telling_side`) of a mention and of a group, the `ActorIndex`,
the gazetteer. Output: `unplaced_people`, which `event_coref` reads to let a definite telling
("his meeting with Rao", "the US was represented in the talks by Witkoff and Anton") join the
occurrence told before between the states ("the foreign secretaries of India and Pakistan
met"), though its parties are not among the group's.
"""

from __future__ import annotations

from kg.extract.event_state_adjectives import state_actor
from kg.extract.event_states import title_state
from kg.extract.index import ActorIndex
from kg.gazetteer import Gazetteer


def unplaced_people(
    mine: set[str], parts: set[str], actors: ActorIndex, gz: Gazetteer | None
) -> bool:
    """One set of sides names only bodies the other names too, and beside them people whose
    state the article does not tell or who hold a post of a state among the other's sides,
    while the other names no person: the people are the sides' own, not the parties of
    another occurrence. A person whose title names a state the other set lacks ("US Secretary
    of State John Kerry" beside Iran's talks with the P5+1) is another side."""
    for one, other in ((mine, parts), (parts, mine)):
        people = {p for p in one if actors.by_id(p).type == "Person"}
        bodies = one - people
        if (
            people
            and bodies
            and bodies <= other
            and not any(actors.by_id(p).type == "Person" for p in other)
            and all(_placed_within(p, other, actors, gz) for p in people)
        ):
            return True
    return False


def _placed_within(person: str, sides: set[str], actors: ActorIndex, gz: Gazetteer | None) -> bool:
    """The person's title names no state, or one of `sides`."""
    entry = title_state(person, actors, gz)
    return entry is None or state_actor(entry, actors) in sides
