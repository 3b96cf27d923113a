"""The candidates of an event's parties and their traits, for the learned selector that
`train_participants.py` fits (tried in session 35, not shipped: README "Learned event
participants (tried, not shipped)").

Candidates are the parties the rules gave and every actor the discourse model found mentioned
(named, or by pronoun, title or description) in the trigger's sentence or the `AFTER` next ones.
Only what earlier stages built is read: the mentions of the `ActorIndex`, the statements, the
parse of the trigger's sentences (a few heads above each mention); no word of the article is a
trait but the prepositions that link a mention to the trigger.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.event_coref import EventResult
from kg.extract.index import ActorIndex, Mention
from kg.model import Actor, Event, Statement

# How many sentences after the trigger's a party may be named in ("They met on Monday. The
# two foreign ministers ...").
AFTER = 2
# How many heads above a mention are read on the way to the trigger or its verb.
_UP = 4
# Prepositions whose object stands to an event as a party, a place, a host or a topic does.
_PREPS = {
    "with",
    "between",
    "by",
    "at",
    "in",
    "of",
    "for",
    "to",
    "from",
    "among",
    "on",
    "against",
    "over",
    "about",
    "including",
}


@dataclass
class Found:
    """The parties each event had when the event rules were done (before acts, attacks and
    quoted speakers add theirs): the stage a party comes from is a trait of its own."""

    parties: list[tuple[Event, frozenset[str]]] = field(default_factory=list)

    @classmethod
    def of(cls, events: Iterable[Event]) -> Found:
        return cls([(e, frozenset(e.participants)) for e in events])

    def of_event(self, event: Event) -> frozenset[str] | None:
        return next((ps for e, ps in self.parties if e is event), None)


@dataclass
class Candidate:
    actor: str  # local actor id
    features: list[str]
    chosen: bool  # a party the rules gave


@dataclass
class _Story:
    """What every event of the story reads: actors by id, mentions in text order, speakers."""

    doc: Doc
    actors: dict[str, Actor]
    mentions: list[Mention]
    starts: list[int]
    said: list[Statement]
    freq: Counter[str]

    @classmethod
    def of(cls, doc: Doc, index: ActorIndex, statements: list[Statement]) -> _Story:
        actors = {a.id: a for a in index.actors}
        mentions = sorted(
            (m for m in [*index.mentions, *index.refs] if m.actor in actors),
            key=lambda m: m.start,
        )
        said = [st for st in statements if st.speaker is not None]
        freq = Counter(m.actor for m in mentions)
        return cls(doc, actors, mentions, [m.start for m in mentions], said, freq)


def candidates(
    doc: Doc,
    index: ActorIndex,
    statements: list[Statement],
    events: EventResult,
    found: Found,
) -> list[list[Candidate]]:
    """Per event (in order), its candidates with their traits."""
    story = _Story.of(doc, index, statements)
    return [
        _event_candidates(story, event, trig, found.of_event(event))
        for event, trig in zip(events.events, events.triggers, strict=True)
    ]


# How many of an event's trigger words (its mentions merged into one) are read.
_TRIGGERS = 4


def _triggers(doc: Doc, event: Event, trig: list[tuple[int, int]]) -> list[Token]:
    """The head tokens of the event's first trigger words (or of its evidence)."""
    spans = trig or ([(event.trigger.start, event.trigger.end)] if event.trigger else [])
    if not spans:
        spans = [(event.evidence.start, event.evidence.end)]
    out: list[Token] = []
    for start, end in spans[:_TRIGGERS]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and all(t.sent.start != span.root.sent.start for t in out):
            out.append(span.root)
    return out


def _window(doc: Doc, first: Span) -> list[Span]:
    """The trigger's sentence and the `AFTER` next ones."""
    out = [first]
    while len(out) <= AFTER and out[-1].end < len(doc):
        out.append(doc[out[-1].end].sent)
    return out


def _clause(trigger: Token) -> Token:
    """The verb whose clause the trigger is in (the trigger itself when a verb)."""
    clause = trigger
    for _ in range(3):  # up from "talks" through "for" to "arrived"
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    return clause


@dataclass
class _Near:
    """An actor's mention nearest to one of the event's trigger words."""

    dist: int  # sentences after the trigger's
    mention: Mention
    trigger: Token
    sent: Span  # the trigger's sentence
    gap: int  # characters between the two

    def key(self) -> tuple[int, int]:
        return self.dist, self.gap


def _nearest(story: _Story, triggers: list[Token]) -> dict[str, _Near]:
    near: dict[str, _Near] = {}
    for trigger in triggers:
        sents = _window(story.doc, trigger.sent)
        lo, hi = sents[0].start_char, sents[-1].end_char
        for m in story.mentions[bisect_left(story.starts, lo) :]:
            if m.start >= hi:
                break
            dist = next(i for i, s in enumerate(sents) if m.start < s.end_char)
            found = _Near(dist, m, trigger, sents[0], abs(m.start - trigger.idx))
            best = near.get(m.actor)
            if best is None or found.key() < best.key():
                near[m.actor] = found
    return near


def _event_candidates(
    story: _Story, event: Event, trig: list[tuple[int, int]], first: frozenset[str] | None
) -> list[Candidate]:
    triggers = _triggers(story.doc, event, trig)
    near = _nearest(story, triggers)
    chosen = set(event.participants)
    order = [*event.participants, *(a for a in near if a not in chosen)]
    n = f"ncand={min(len(order), 6)}"
    out = []
    for actor_id in order:
        actor = story.actors.get(actor_id)
        if actor is None:
            continue
        fs = [n, *_traits(story, event, actor, near.get(actor_id), first)]
        fs += _crossed(fs, actor.type, event.kind)
        mark = "R" if actor_id in chosen else "N"
        out.append(Candidate(actor_id, ["b", *fs, *(f"{mark}:{f}" for f in fs)], mark == "R"))
    return out


def _traits(
    story: _Story,
    event: Event,
    actor: Actor,
    near: _Near | None,
    first: frozenset[str] | None,
) -> list[str]:
    chosen = actor.id in event.participants
    stage = "none" if not chosen else "finder" if first and actor.id in first else "later"
    fs = [
        f"kind={event.kind}",
        f"type={actor.type}",
        f"stage={stage}",
        f"nrules={min(len(event.participants), 3)}",
        f"freq={min(story.freq[actor.id], 4)}",
        *_levels(story, event, actor),
        *_roles(event, actor),
    ]
    if near is None:
        return [*fs, "dist=none"]
    m = near.mention
    fs += [f"dist={near.dist}", f"mkind={m.kind}", f"kind_dist={event.kind}/{near.dist}"]
    if m.nested:
        fs.append("nested")
    span = story.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None:
        fs += _form(actor, span)
        if near.dist == 0:
            fs += _relation(span.root, near.trigger)
    fs += _speaks(story, actor, near.trigger, near.sent)
    place = event.location
    if place is not None and _overlaps(place.span.start, place.span.end, m):
        fs.append("is_location")
    return fs


# The traits whose weight differs by the actor's type and by the event's kind (a state as the
# object of "with" is a party of talks, one in an "in" phrase a host).
_CROSSED = ("dist=", "p1=", "reach=", "mkind=", "form=", "stage=")


def _crossed(fs: list[str], atype: str, kind: str) -> list[str]:
    out = [f"{atype}&{f}" for f in fs if f.startswith(_CROSSED)]
    out += [f"{kind}&{f}" for f in fs if f.startswith(("type=", "p1=", "stage="))]
    return out


def _overlaps(start: int, end: int, m: Mention) -> bool:
    return start < m.end and m.start < end


def _roles(event: Event, actor: Actor) -> list[str]:
    return [
        name
        for name, who in (
            ("mediator", event.mediator),
            ("initiator", event.initiator),
            ("target", event.target),
        )
        if who == actor.id
    ]


def _levels(story: _Story, event: Event, actor: Actor) -> list[str]:
    """How the actor stands to the rules' other parties: a person or delegation of a state
    that is one, a state whose person or delegation is one."""
    others = [story.actors[p] for p in event.participants if p != actor.id and p in story.actors]
    fs = []
    if actor.country and any(o.id == actor.country for o in others):
        fs.append("its_state_chosen")
    if any(o.country == actor.id for o in others):
        fs.append(f"its_{min(o.type for o in others if o.country == actor.id)}_chosen")
    if any(actor.id in o.members for o in others):
        fs.append("member_of_chosen")
    if not others:
        fs.append("alone")
    elif all(o.type == actor.type for o in others):
        fs.append("same_level")
    return fs


def _form(actor: Actor, span: Span) -> list[str]:
    root = span.root
    fs = []
    if root.pos_ == "ADJ" or root.tag_ in ("JJ", "NNPS"):
        fs.append("form=adj")
    if root.pos_ == "PRON":
        fs.append("form=pron")
    text = span.text.lower()
    if actor.type == "Country" and not text.startswith(actor.name.lower()[:4]):
        fs.append("form=other_name")  # a capital, a demonym, a short name
    return fs


def _relation(mention: Token, trigger: Token) -> list[str]:
    """How the mention stands to the trigger: the dependency path up from the mention (with
    the preposition it is the object of) and whether it reaches the trigger or its verb."""
    verb = _clause(trigger)
    path: list[str] = []
    reach = "none"
    tok = mention
    for _ in range(_UP):
        if tok.i == trigger.i:
            reach = "trig"
            break
        if tok.i == verb.i:
            reach = "verb"
            break
        dep = tok.dep_
        if dep == "pobj" and tok.head.lemma_.lower() in _PREPS:
            dep = f"pobj:{tok.head.lemma_.lower()}"
        path.append(dep)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    side = "before" if mention.i < trigger.i else "after"
    p1 = path[0] if path else "self"
    p2 = ">".join(path[:2]) if path else "self"
    return [f"p1={p1}", f"p2={p2}", f"reach={reach}", f"p1@{reach}={p1}", f"side={side}"]


def _speaks(story: _Story, actor: Actor, trigger: Token, sent: Span) -> list[str]:
    fs = []
    for st in story.said:
        if st.speaker != actor.id:
            continue
        if st.content.start <= trigger.idx < st.content.end:
            fs.append("says_it")
        elif _overlaps(sent.start_char, sent.end_char, Mention(st.cue.start, st.cue.end, "")):
            fs.append("speaks_here")
    return sorted(set(fs))
