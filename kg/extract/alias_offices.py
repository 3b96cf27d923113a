"""An office the actor stage took for a person of its own, with its holder's name beside it.

Wire copy opens with the office and sets the holder's name after it, in apposition: "The
Union's High Representative for Trade, Jane Doe, said". Where the model tags the office as a
person and the name as another, the article would have one person twice (a split): the
office is the holder's, so its actor is merged into the person named right after it, and its
words stay an alias of that person. An office named alone later ("The High Representative
said"), tagged a person or a body, is likewise the one person whose title the article wrote
with all its words.

Input: the article's text and the `ActorIndex` after the discourse stage has read it. Output:
the same index, each such office actor merged into its holder (`alias_forms.merge_actors`).
"""

from __future__ import annotations

import logging
import re

from kg.extract.alias_forms import merge_actors
from kg.extract.index import ActorIndex
from kg.extract.roles import is_role_word
from kg.model import Actor

log = logging.getLogger(__name__)

# What may stand between the office and the name: the office's complement ("for Trade",
# "on the border talks") and the comma of the apposition.
_BESIDE = re.compile(r"(?: (?:for|on|of|to) [^,.;:\n]{1,60})?, ")
_WORD = re.compile(r"[\w-]+")


def office_only(name: str) -> bool:
    """Whether a "person's" name is an office only: its last word is an office's head
    ("EU High Representative", "Special Envoy"); a name ends on the person's own name."""
    words = name.split()
    return len(words) > 1 and is_role_word(words[-1].lower())


def offices_beside_names(text: str, index: ActorIndex) -> None:
    """Merge each person named by an office only into the person whose name the text sets
    right after one of its mentions, in apposition."""
    for office in [a for a in index.actors if a.type == "Person" and office_only(a.name)]:
        holder = None
        for m in [m for m in index.mentions if m.actor == office.id]:
            gap = _BESIDE.match(text, m.end)
            if gap is None:
                continue
            after = next((n for n in index.mentions if n.start == gap.end()), None)
            person = index.by_id(after.actor) if after is not None else None
            if person is not None and person.type == "Person" and person.id != office.id:
                holder = person
                break
        if holder is not None and not office_only(holder.name):
            log.debug("office %r is held by %r beside it: merged", office.name, holder.name)
            merge_actors(index, office, holder)


def offices_of_holders(index: ActorIndex) -> None:
    """Merge each actor named by an office only, without its holder's name beside it, into
    the one person of the article whose title holds every word of the office ("High
    Representative" for "Union High Representative for River Affairs X"). A title two people
    hold, or no one, leaves it as it is."""
    people = [a for a in index.actors if a.type == "Person" and a.roles]
    if not people:
        return
    offices = [
        a
        for a in index.actors
        if a.type in ("Person", "Organization") and not a.roles and office_only(a.name)
    ]
    for office in offices:
        words = set(_WORD.findall(office.name.lower()))
        holders = [p for p in people if p.id != office.id and _holds(p, words)]
        if len(holders) == 1 and not office_only(holders[0].name):
            log.debug("office %r is %r's title: merged", office.name, holders[0].name)
            merge_actors(index, office, holders[0])


def _holds(person: Actor, words: set[str]) -> bool:
    return any(words <= set(_WORD.findall(r.title.lower())) for r in person.roles)
