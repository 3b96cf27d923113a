"""A person's other name in brackets right after their name: one person under two names.

"the martyr Yasser Arafat (Abu Ammar)", "Jane Roe (Mama Roe)": a bracket holding nothing but
another person's name, right after a person's name, gives the first person's other name (a
kunya, a nom de guerre, a name by which the region knows them), as a bracket after a body's
name gives its acronym (`actor_acronyms`). The bracketed name is then an alias of the person,
not a second actor: the guidelines record the other forms a text uses as aliases. Only a name
the story never gives any other form of is folded: "Jane Roe (John Doe)" where John Doe acts
elsewhere under his own name stays two people.

Input: the article's text and the `ActorIndex` after the actor passes. Output: the index with
each such bracketed person merged into the person named before the bracket.
"""

from __future__ import annotations

import logging

from kg.extract.alias_forms import merge_actors
from kg.extract.index import ActorIndex

log = logging.getLogger(__name__)


def fold_bracketed_names(text: str, index: ActorIndex) -> None:
    """Merge each person named only in a bracket right after another person's name into
    that person."""
    if "(" not in text:
        return
    named = [m for m in index.mentions if m.kind == "name" and not m.nested]
    people = {a.id for a in index.actors if a.type == "Person"}
    by_start = {m.start: m for m in named if m.actor in people}
    for m in named:
        if m.actor not in people:
            continue
        gap = text[m.end : m.end + 2]
        inner = by_start.get(m.end + len(gap)) if gap.strip() == "(" else None
        if inner is None or inner.actor == m.actor or text[inner.end : inner.end + 1] != ")":
            continue
        forms = {text[n.start : n.end] for n in named if n.actor == inner.actor}
        if forms != {text[inner.start : inner.end]}:
            continue  # (a person the story names in another form too is someone else)
        into = index.by_id(m.actor)
        log.debug("%s in brackets is another name of %s", forms, into.name)
        merge_actors(index, index.by_id(inner.actor), into)
