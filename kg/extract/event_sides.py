"""The sides an article tells of: who "the parties" or "both sides" of an event are when no
sentence names them as a pair ("welcomed the measures taken by the parties to uphold the
truce ... the Government of Yemen's flexibility ... called upon the Houthis to act").

The sides are read as a set (the guidelines' "every named party"), not as the one body the
discourse stage would pick: the states and bodies that act in the story (`acting.acts`),
without the third parties of its events (mediators, hosts) and without who, in the sentence,
speaks of "the parties". A state whose own body acts in the story is that body's side.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.acting import acts
from kg.extract.index import ActorIndex
from kg.model import Actor
from kg.nlp import doc_text

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


# The nouns of a post that a party phrase can name its holders by ("the ... leaders").
POST_NOUNS = {"leader", "president", "prime minister", "minister", "envoy", "chief", "head"}
# Modifier words that set a post apart by the people or state it belongs to ("Turkish Cypriot").
PEOPLE_ENTS = {"NORP", "GPE"}


def met_objects(head: Token) -> list[Token]:
    """Whom an encounter verb names as met: its object ("met X") or the first object of its
    "with" ("met with X")."""
    out: list[Token] = []
    for c in head.children:
        if c.dep_ == "dobj":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "with":
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None:
                out.append(pobj)
    return out


def post_holders(head: Token, participants: list[str], actors: ActorIndex) -> list[str]:
    """`I will speak again with the Greek Cypriot and Turkish Cypriot leaders`: a party named
    by its post is the actor the article names with that post ("Turkish Cypriot Leader Ersin
    Tatar"), not the states its adjectives evoke (Greece, Turkey); a post nobody in the article
    holds is left out (parties are never inferred)."""
    for obj in met_objects(head):
        if obj.lemma_.lower() not in POST_NOUNS or obj.ent_type_ == "PERSON":
            continue
        words = [t for t in obj.subtree if t.i < obj.i]
        if not any(t.ent_type_ in PEOPLE_ENTS for t in words):
            continue  # "the leaders", "the foreign ministers": a post of no named people
        phrase = " ".join(t.lower_ for t in words)
        start, end = words[0].idx, obj.idx + len(obj)
        holders = [a.id for a in actors.actors if _holds(a, obj.lemma_.lower(), phrase)]
        if not holders:
            continue
        evoked = set(actors.within(start, end, nested=True))
        if obj.tag_ in ("NNS", "NNPS"):
            # "Russian, Chinese and Pakistani envoys": the post's holders stand for the states
            # their titles name; the other states of the list still send envoys of their own
            # (not "Greek" in "the Greek Cypriot leaders": a people's word, not the state's).
            titles = " ".join(r.title.lower() for h in holders for r in actors.by_id(h).roles)
            evoked = {
                m.actor
                for m in actors.mentions
                if start <= m.start
                and m.end <= end
                and (
                    doc_text(obj.doc)[m.start : m.end].lower() in titles
                    or not _own_modifier(obj, m.end)
                )
            }
        kept = [p for p in participants if p not in evoked or p in holders]
        return kept + [h for h in holders if h not in kept]
    return participants


def _own_modifier(post: Token, end: int) -> bool:
    """The word ending at `end` modifies the post by itself: the post or a list's comma or
    conjunction follows it ("Chinese and Pakistani envoys"), not another word of origin
    ("Greek Cypriot leaders")."""
    nxt = next((t for t in post.doc if t.idx >= end), None)
    return nxt is not None and (nxt.i == post.i or nxt.lower_ in (",", "and", "or"))


def _holds(actor: Actor, post: str, phrase: str) -> bool:
    """The actor holds a post the phrase names: the title's last word is the post and its
    modifiers ("Turkish Cypriot") stand together in the phrase."""
    for role in actor.roles:
        title = role.title.lower().split()
        if len(title) < 2 or title[-1] != post:
            continue
        if f" {' '.join(title[:-1])} " in f" {phrase} ":
            return True
    return False
