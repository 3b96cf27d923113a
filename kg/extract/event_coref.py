"""Within-article event coreference: the mentions of one occurrence become one `Event`;
different occurrences stay apart by kind, date, place and parties.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kg.extract.actors import ActorIndex
from kg.extract.timex import with_zone
from kg.gazetteer import Gazetteer
from kg.model import (
    Article,
    Event,
    EventKind,
    EventStatus,
    PartialDate,
    Place,
    Proposal,
    Span,
    trim_space,
)


@dataclass
class Mention:
    kind: EventKind
    trigger: tuple[int, int]
    sent: tuple[int, int]
    participants: list[str] = field(default_factory=list)
    status: EventStatus = "held"
    explicit_status: bool = False
    date: PartialDate | None = None
    time: dt.time | None = None
    zone: str | None = None
    time_text: tuple[int, int] | None = None
    location: Place | None = None
    venue: Place | None = None
    mediator: str | None = None
    initiator: str | None = None
    topics: list[tuple[int, int]] = field(default_factory=list)
    weak: bool = False  # "conversation", "spoke with": a call only by context


@dataclass
class ProposalMention:
    span: tuple[int, int]
    by: str | None
    sent: tuple[int, int]


@dataclass
class EventResult:
    events: list[Event] = field(default_factory=list)
    triggers: list[list[tuple[int, int]]] = field(default_factory=list)  # per event


def merge(
    mentions: list[Mention],
    proposals: list[ProposalMention],
    article: Article,
    actors: ActorIndex,
    gz: Gazetteer | None,
) -> EventResult:
    """Mentions grouped into events, each group one `Event`; proposals go to the agenda of the
    event whose sentence names them, else of the last talks or meeting before them."""
    groups: list[list[Mention]] = []
    for m in mentions:
        target = None
        for g in reversed(groups):
            if _compatible(g, m, actors, gz):
                target = g
                break
        if target is not None:
            target.append(m)
        else:
            groups.append([m])
    result = EventResult()
    for g in groups:
        if not any(x.participants or x.date or x.location or x.venue for x in g):
            continue  # a bare "the talks" with nothing to anchor it
        if all(x.kind == "phone_call" and x.weak for x in g) and not any(
            len(x.participants) >= 2 for x in g
        ):
            continue
        result.events.append(build_event(g, article, actors))
        result.triggers.append([x.trigger for x in g])
    for p in proposals:
        target_idx = None
        for i, trig in enumerate(result.triggers):
            if any(p.sent[0] <= s < p.sent[1] for s, _e in trig):
                target_idx = i
        if target_idx is None:
            before = [
                i
                for i, ev in enumerate(result.events)
                if ev.kind in ("negotiation_round", "meeting")
                and min(s for s, _ in result.triggers[i]) < p.span[0]
            ]
            target_idx = before[-1] if before else None
        if target_idx is not None:
            result.events[target_idx].proposals.append(
                Proposal(text=Span.of(article.text, *p.span), proposed_by=p.by)
            )
    return result


def build_event(g: list[Mention], article: Article, actors: ActorIndex) -> Event:
    text = article.text
    kinds = {x.kind for x in g}
    kind: EventKind = g[0].kind
    if "negotiation_round" in kinds and (
        g[0].kind != "meeting"
        or any(
            x.kind == "negotiation_round" and y.kind == "meeting" and x.sent == y.sent
            for x in g
            for y in g
        )
    ):
        # "met ... for talks" is a round of talks; a meeting named first and only later
        # called "the talks" stays a meeting (delegations still make it talks, below).
        kind = "negotiation_round"
    elif "phone_call" in kinds and any(not x.weak for x in g if x.kind == "phone_call"):
        kind = "phone_call"
    participants: list[str] = []
    for x in g:
        for p in x.participants:
            if p not in participants:
                participants.append(p)
    if kind == "meeting" and any(actors.by_id(p).type == "Delegation" for p in participants):
        kind = "negotiation_round"
    # A delegation acts for its state: both take part.
    for p in list(participants) if kind in ("meeting", "negotiation_round") else []:
        country = actors.by_id(p).country
        if actors.by_id(p).type == "Delegation" and country and country not in participants:
            participants.append(country)
    explicit = {x.status for x in g if x.explicit_status}
    status: EventStatus = "held"
    for word in ("planned", "postponed", "cancelled"):  # the strongest word wins
        if word in explicit:
            status = word  # type: ignore[assignment]
    best = max(
        g,
        key=lambda x: (
            len(x.participants) + (x.date is not None) + (x.location is not None),
            -x.trigger[0],
        ),
    )
    date = next((x.date for x in g if x.date), None)
    timed = next((x for x in g if x.time), None)
    ev = Event(
        kind=kind,
        evidence=Span.of(text, *trim_space(text, *best.sent)),
        status=status,
        participants=participants,
        mediator=next((x.mediator for x in g if x.mediator), None),
        initiator=next((x.initiator for x in g if x.initiator), None),
        date=date,
        time=with_zone(timed.time, timed.zone, date) if timed and timed.time else None,
        time_text=Span.of(text, *timed.time_text) if timed and timed.time_text else None,
        location=next((x.location for x in g if x.location), None),
        venue=next((x.venue for x in g if x.venue), None),
        trigger=Span.of(text, *best.trigger),
    )
    if ev.mediator is not None and ev.mediator in ev.participants:
        ev.participants.remove(ev.mediator)
    if (
        ev.initiator in ev.participants
        and ev.initiator is not None
        and actors.by_id(ev.initiator).type == "Country"
        and kind == "phone_call"
    ):
        ev.participants.remove(ev.initiator)
    topics: list[tuple[int, int]] = []
    for x in g:
        for t in x.topics:
            if t not in topics:
                topics.append(t)
    ev.topics = [Span.of(text, s, e) for s, e in topics]
    return ev


def _compatible(g: list[Mention], m: Mention, actors: ActorIndex, gz: Gazetteer | None) -> bool:
    kinds = {x.kind for x in g}
    family = {"meeting", "negotiation_round"}
    if m.kind not in kinds and not (m.kind in family and kinds & family):
        return False
    dates = {x.date for x in g if x.date}
    if m.date and dates and m.date not in dates:
        return False
    locs: set[str] = set()
    for x in g:
        if x.location:
            locs |= _place_key(x.location.name, gz)
    mloc = _place_key(m.location.name, gz) if m.location else set()
    if mloc and locs and not (locs & mloc):
        return False
    parts = {_side(p, actors) for x in g for p in x.participants}
    mine = {_side(p, actors) for p in m.participants}
    if m.kind == "phone_call" and len(mine) >= 2 and len(parts) >= 2:
        # One call has one set of parties: Trump-Putin is not Trump-Zelensky.
        return mine <= parts or parts <= mine
    if not (mine or m.date or mloc) or not (parts or dates or locs):
        return True  # an anaphoric "the call" joins the last one
    if any(x.sent == m.sent or x.sent[0] == 0 for x in g):
        return True  # the same sentence, or the headline that sums the story up
    return bool(mine & parts) or bool(m.date and m.date in dates) or bool(locs & mloc)


PAIR_RE = re.compile(
    r"\b(?:the two|both) (?:leaders|presidents|sides|parties|countries|delegations|men)\b|"
    r"\bthe (?:parties|sides)\b",
    re.I,
)


def resolve_pairs(mentions: list[Mention], text: str, actors: ActorIndex) -> None:
    """`the two leaders had agreed on during a phone call`: the parties are the pair the
    sentence (or, failing that, the last event before it) names."""
    for k, m in enumerate(mentions):
        if len(m.participants) >= 2 or not PAIR_RE.search(text, m.sent[0], m.sent[1]):
            continue
        same = [x for x in mentions if x is not m and x.sent == m.sent]
        earlier = [x for x in reversed(mentions[:k]) if x.sent != m.sent]
        for x in same + earlier:
            sides = list(dict.fromkeys(_side(p, actors) for p in x.participants))
            if len(sides) >= 2:
                m.participants = sides
                break


def _place_key(name: str, gz: Gazetteer | None) -> set[str]:
    """A place and the state it lies in: "Sharm el-Sheikh" also matches "Egypt"."""
    key = {name.lower().strip()}
    if gz is not None:
        hit = gz.city_country(name)
        if hit:
            key.add(hit[0].name.lower())
    return key


def _side(actor_id: str, actors: ActorIndex) -> str:
    """A delegation stands for its state when telling events apart."""
    a = actors.by_id(actor_id)
    return a.country if a.type == "Delegation" and a.country else actor_id
