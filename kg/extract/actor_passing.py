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

Input: a parsed `Doc`, the `ActorIndex` after the statement and event stages, and the ids to
keep (`actor_model.referenced`). Output: the index without those states.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from kg.extract.actor_model import mention_role
from kg.extract.index import ActorIndex
from kg.nlp import span_at

log = logging.getLogger(__name__)

# How a name stands when it only modifies a noun, or only says where something happens.
_MODIFIER, _PLACE = "mod", "in"


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
        roles = set()
        for m in names:
            span = span_at(doc, m.start, m.end)
            roles.add(mention_role(span.root) if span is not None else "other")
        if _MODIFIER in roles and roles <= {_MODIFIER, _PLACE}:
            log.debug("a state named only in passing: %s", a.name)
            drop.add(a.id)
    if drop:
        index.drop(drop)
