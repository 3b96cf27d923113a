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
import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.actor_model import mention_role, named_by
from kg.extract.actor_names import GROUP_NOUNS
from kg.extract.discourse_words import (
    GENERIC_PERSON,
    MEMBER_NOUNS,
    MISSION_TITLES,
    PERSON_NOUNS,
)
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
    if _hyphened(name):
        return False  # ("UN-brokered talks began": an adjective, the guidelines' "US-brokered")
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "Iran and the X group held talks": a subject's conjunct acts too
    if first.dep_ not in ("nsubj", "nsubjpass") or noun.ent_type_ == "PERSON":
        return False
    return noun.tag_ in ("NNS", "NNPS") or (noun.lower_ in BODY_WORDS and _next_to(name, noun))


def _hyphened(name: SpacySpan) -> bool:
    """Whether the name is the first part of a hyphened adjective ("UN-backed", "UN-led")."""
    doc = name.doc
    return name.end + 1 < len(doc) and doc[name.end].text == "-" and not doc[name.end].whitespace_


# Singular nouns of one person in office: a body that owns one ("the X's envoy", "X's top
# official") is named only inside that person's title.
_TITLE_NOUNS = frozenset(PERSON_NOUNS | GENERIC_PERSON | MEMBER_NOUNS)


def _in_title(name: SpacySpan) -> bool:
    """Whether the name is the possessor of a person's title ("the X's special envoy"): the
    title's holder acts, the body is named only in the title, as by a modifier."""
    noun = name.root.head
    return name.root.dep_ == "poss" and noun.tag_ == "NN" and noun.lower_ in _TITLE_NOUNS


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
        role = "mod" if _in_title(span) else mention_role(span.root)
        if role == "mod" and (_its_people_act(span) or _named_by_kind(span)):
            return False
        roles.append(role)
    return bool(roles) and all(r == "mod" for r in roles)


def drop_modifier_bodies(
    doc: Doc, index: ActorIndex, statements: list[Statement], events: list[Event]
) -> None:
    """Drop the bodies (organisations) named only as modifiers that no statement and no event
    names but as a participant (see the module's docstring)."""
    _to_title_holders(doc, index, statements, events)
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


def _title_holder(index: ActorIndex, body: str, nouns: set[str]) -> str | None:
    """The one person of the story who holds an office of the body (the one with such a
    title, when several do), else the one whose title has such a head noun and names no other
    body ("envoy to Z" for "the X envoy")."""
    people = [a for a in index.actors if a.type == "Person"]
    own = [a for a in people if any(r.of == body for r in a.roles)]
    titled = [a for a in own if any(r.of == body and _head(r.title) in nouns for r in a.roles)]
    free = [a for a in people if any(r.of is None and _head(r.title) in nouns for r in a.roles)]
    for found in (titled, own, free):
        if found:
            return found[0].id if len(found) == 1 else None
    return None


def _head(title: str) -> str:
    """A title's head noun: its last word before any "of", "for", "to", "in" or "on"."""
    words = re.split(r" (?:of|for|to|in|on) ", title.lower().replace("'s", " "))[0].split()
    return words[-1] if words else ""


def _by_title(statement: Statement) -> str | None:
    """The title noun when the words naming the speaker are one person's title ("the X envoy
    to Z said": "envoy")."""
    span = statement.speaker_span
    noun = _head(span.text) if span is not None else ""
    return noun if noun in _TITLE_NOUNS else None


# Titles of who mediates for a body ("the X envoy", "X's special representative").
_MEDIATING = frozenset({*MISSION_TITLES, "representative", "adviser", "advisor"})


def _to_title_holders(
    doc: Doc, index: ActorIndex, statements: list[Statement], events: list[Event]
) -> None:
    """Give the sayings of "the X envoy" that the discourse gave to the body X, named only
    inside titles, to the person of the story who holds its office: the envoy speaks, not X.
    A mediation by such a body is its representative's (the guidelines' mediator)."""
    for a in index.actors:
        if a.type != "Organization" or not modifier_only(doc, index, a.id):
            continue
        said = [st for st in statements if a.id in (st.speaker, st.via, st.target)]
        nouns = {_by_title(st) if st.speaker == a.id else None for st in said}
        if None in nouns or len(nouns) > 1:
            continue
        holder = _title_holder(index, a.id, {str(n) for n in nouns} or set(_MEDIATING))
        if holder is None:
            continue
        log.debug("sayings and mediations of %s by title: %s", a.id, holder)
        for st in said:
            st.speaker = holder
        for ev in events:
            ev.mediator = holder if ev.mediator == a.id else ev.mediator
