"""The opposition as a party: "talks between the government and the opposition", "the
Venezuelan opposition", "opposition forces agreed". A story of a government and its rivals at
home often names the other side only by that word; it is one actor of the story (every such
mention resolves to it), belonging to the state an adjective names ("the Sudanese opposition").

Not the word for being against something ("the bloc's opposition to the plan") and not a
modifier of another noun ("opposition leader", "opposition parties", "the main opposition
High Negotiations Committee"): those name someone else or no one."""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from kg.extract.index import ActorIndex, Mention, in_noise
from kg.gazetteer import Gazetteer, slug
from kg.model import Article
from kg.nlp import with_lower

log = logging.getLogger(__name__)

# A noun after "opposition" that still names the opposition itself ("opposition forces").
_SELF_NOUNS = {"forces"}
# Nouns for a part of the opposition that acts in its place ("the delegation of the opposition").
_PART_NOUNS = {"delegation", "delegations", "representatives", "members", "envoys", "team"}
# Words before the noun that make it a stance, not a party ("in opposition", "its opposition").
_STANCE_BEFORE = {"in", "of", "any", "strong", "fierce", "its", "their", "his", "her"}


def add_opposition(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """One actor for the opposition the story names as a party (see the module)."""
    found: list[tuple[int, int, str | None]] = []
    for tok in with_lower(doc, ("opposition",)):  # (looked up, not a walk over every token)
        if in_noise(article, tok.idx, tok.idx + len(tok)):
            continue
        span = _party(doc, tok)
        if span is None:
            continue
        start, end = span
        found.append((start, end, _state_before(doc, tok, gz)))
    if not found:
        return
    taken = [(s, e) for s, e, _ in found if not index.overlaps(s, e)]
    if not taken:
        return
    adjective = next((st for _, _, st in found if st), None)
    entry = gz.adjective(adjective) if adjective else None
    country = next(
        (a.id for a in index.actors if a.type == "Country" and entry and a.name == entry.name),
        None,
    )
    name = f"{adjective} opposition" if adjective else "opposition"
    actor = index.new(name, "Organization", f"organization/{slug(name)}", country=country)
    if actor is None:
        return
    log.debug("the opposition as a party, %d mentions", len(taken))
    for s, e in taken:
        index.mentions.append(Mention(s, e, actor.id))


def _party(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """The characters naming the opposition at `tok`, or None where the word does not name a
    party: a modifier of another noun, a possessed stance ("X's opposition to"), or a stance
    against something ("opposition to the plan", "in opposition")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in _SELF_NOUNS:
        return tok.idx, nxt.idx + len(nxt)
    if nxt is not None and (
        nxt.is_alpha and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text[:1].isupper())
    ):
        return None  # "opposition leader", "opposition High Negotiations Committee"
    if nxt is not None and nxt.text == "-":
        return None  # "opposition-controlled"
    if tok.dep_ == "pobj" and tok.head.head.lower_ in _PART_NOUNS:
        return None  # "the delegation of the armed opposition": the delegation is the actor
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "China's opposition to ..."
    if nxt is not None and nxt.lower_ in ("to", "against"):
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if after is None or after.pos_ != "VERB":
            return None  # "opposition to the plan" (not "opposition to resume talks")
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ in _STANCE_BEFORE:
        return None  # a stance: "in opposition", "voiced its opposition"
    return tok.idx, tok.idx + len(tok)


def _state_before(doc: Doc, tok: Token, gz: Gazetteer) -> str | None:
    """The state adjective right before the word ("the Venezuelan opposition"), if any."""
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or not prev.text[:1].isupper():
        return None
    entry = gz.adjective(prev.text)
    return prev.text if entry is not None and entry.type == "Country" else None
