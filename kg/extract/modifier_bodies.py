"""Bodies named only as modifiers of other nouns are no actors of the story (issue 14).

The guidelines exclude adjective-only mentions ("US-brokered"). A body the story names only
inside someone else's noun ("the UN envoy", "UN sanctions", "OSCE Minsk Group") does nothing
in it by itself: the envoy meets and speaks, the sanctions bind. The discourse stage still keeps
such a body when a description of its office holder is resolved to it, and the event stage
then lists it among the parties of what its envoy did; on the tuning stories, such bodies were
almost never in the annotators' lists.

The test reads every name mention of the body (`mention_role`): the body goes only when each
one is a noun's modifier, no such noun is the body's unnamed people or the body by its kind
acting ("Red Cross officials suspended ...", "the X group declared ...": the body acts through
them, as through an unnamed official), and nothing but an event's participant list or an office
holder's role names it (no statement's speaker, relay or target, no mediator, initiator, target
or proposer, no state or member of another actor). States stay: a state named by adjective only
("Turkish officials", "the Libyan crisis") is an actor for the annotators as often as not.

Input: the parsed `Doc`, the `ActorIndex`, the statements and events. Output: the index
without such bodies, the events without them as participants, the roles without them as the
body a title is of (`drop_modifier_bodies`).
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.actor_model import mention_role, named_by
from kg.extract.actor_names import GROUP_NOUNS
from kg.extract.index import ActorIndex
from kg.extract.roles import BODY_WORDS
from kg.model import Event, Statement

log = logging.getLogger(__name__)


def _its_people_act(name: SpacySpan) -> bool:
    """Whether the noun a body's name modifies is the body's unnamed people, or the body by
    its kind, doing something ("Red Cross officials suspended visits", "the X group declared
    a truce"): the body acts through them, as through an unnamed official. One office holder
    ("the UN envoy met", "UN chief sees hope") is a person of the story, acting in person; a
    body named with the name and more words ("the OSCE Minsk Group", "the UN peacekeeping
    force") is another body."""
    noun = name.root.head
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "Iran and the X group held talks": a subject's conjunct acts too
    if first.dep_ not in ("nsubj", "nsubjpass") or noun.ent_type_ == "PERSON":
        return False
    return noun.tag_ in ("NNS", "NNPS") or (noun.lower_ in BODY_WORDS and _next_to(name, noun))


def _next_to(name: SpacySpan, noun: Token) -> bool:
    """Whether only an aside in brackets stands between the name and the noun ("the X group",
    "the X (its full name) group")."""
    depth = 0
    for t in name.doc[name.end : noun.i]:
        depth += t.text == "("
        if depth == 0:
            return False
        depth -= t.text == ")"
    return depth == 0


# Nouns for a body by its kind that a name before them makes that body itself ("the X
# faction", "the X rebel group", "X rebels"): the name with the noun names the body, whatever
# the clause does with it ("the integration of the X group into the army").
_KINDS = GROUP_NOUNS | {"faction"}  # (the actor stage's group nouns)


def _named_by_kind(name: SpacySpan) -> bool:
    """Whether a body's name stands before a word for its kind, with only words qualifying
    that word between ("the X faction", "the X armed group", "X rebels")."""
    noun = name.root.head
    if noun.lower_ not in _KINDS or noun.i < name.end:
        return False
    between = name.doc[name.end : noun.i]
    return all(t.is_lower and t.dep_ in ("compound", "amod") for t in between)


def _kind_named(doc: Doc, index: ActorIndex) -> set[str]:
    """The bodies of `index` some name mention of which stands before a word for the body's
    kind (`_named_by_kind`)."""
    out = set()
    bodies = {a.id for a in index.actors if a.type == "Organization"}
    for m in index.mentions:
        if m.actor not in bodies or m.nested or m.actor in out:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if span.root.dep_ in ("compound", "amod") and _named_by_kind(span):
            out.add(m.actor)
        elif len(span) > 1 and span[-1].is_lower and span[-1].lower_ in _KINDS:
            out.add(m.actor)  # ("fighting the X rebels": the model took the kind in)
    return out


def modifier_only(doc: Doc, index: ActorIndex, actor_id: str) -> bool:
    """Whether every name mention of the actor modifies another noun ("UN envoy") that is not
    the body's unnamed people acting (`_its_people_act`)."""
    roles = []
    for m in index.mentions:
        if m.actor != actor_id or m.nested:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        role = mention_role(span.root)
        if role == "mod" and (_its_people_act(span) or _named_by_kind(span)):
            return False
        roles.append(role)
    return bool(roles) and all(r == "mod" for r in roles)


def drop_modifier_bodies(
    doc: Doc, index: ActorIndex, statements: list[Statement], events: list[Event]
) -> None:
    """Drop the bodies (organisations) named only as modifiers that no statement and no event
    names but as a participant (see the module's docstring)."""
    named = named_by(index.actors, statements, events)
    # A body named with its kind ("the X faction") is a side of the story: the learned actor
    # check (`actor_model`) keeps it as it keeps the bodies a rule found acting.
    index.acting |= _kind_named(doc, index)
    drop = {
        a.id
        for a in index.actors
        if a.type == "Organization" and a.id not in named and modifier_only(doc, index, a.id)
    }
    if not drop:
        return
    log.debug("bodies named only as modifiers: %s", sorted(drop))
    for ev in events:
        ev.participants = [p for p in ev.participants if p not in drop]
    for a in index.actors:
        for r in a.roles:
            if r.of in drop:
                r.of = None
    index.drop(drop)
