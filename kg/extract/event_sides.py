"""The sides an article tells of: who "the parties" or "both sides" of an event are when no
sentence names them as a pair ("welcomed the measures taken by the parties to uphold the
truce ... the Government of Yemen's flexibility ... called upon the Houthis to act").

The sides are read as a set (the guidelines' "every named party"), not as the one body the
discourse stage would pick: the states and bodies that act in the story (`acting.acts`),
without the third parties of its events (mediators, hosts) and without who, in the sentence,
speaks of "the parties". A state whose own body acts in the story is that body's side.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.acting import acts
from kg.extract.index import ActorIndex

SIDE_TYPES = {"Country", "Organization", "Delegation"}
# More than this many candidates is a crowd, not the sides of one process.
MOST_SIDES = 4


def article_sides(
    doc: Doc, actors: ActorIndex, sent: tuple[int, int], thirds: set[str]
) -> list[str]:
    """The actors the article names as the sides, for "the parties" in the sentence at
    `sent`; empty when they are not two to `MOST_SIDES`."""
    speakers = _subjects(doc, actors, sent)
    found: list[str] = []
    for m in actors.mentions:
        if m.nested or m.actor in found or m.actor in thirds or m.actor in speakers:
            continue
        a = actors.by_id(m.actor)
        if a.type not in SIDE_TYPES:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and acts(span.root, a.type):
            found.append(m.actor)
    bodies = {actors.by_id(x).country for x in found if actors.by_id(x).type != "Country"}
    found = [x for x in found if x not in bodies]  # "the Government of Yemen" is Yemen's side
    return found if 2 <= len(found) <= MOST_SIDES else []


def _subjects(doc: Doc, actors: ActorIndex, sent: tuple[int, int]) -> set[str]:
    """Who the sentence's main verbs have as subjects ("They welcomed that the parties met"):
    those who tell of the parties, not the parties."""
    span = doc.char_span(sent[0], sent[1], alignment_mode="expand")
    if span is None:
        return set()
    out: set[str] = set()
    for tok in span:
        if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT":
            who = actors.resolve(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))
            if who is not None:
                out.add(who)
    return out
