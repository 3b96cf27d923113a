"""Diplomatic events: calls, meetings, talks, signings, exchanges, ceasefires, attacks, arrivals.

Input: the parsed `Doc`, the article and the `ActorIndex`.
Output: `EventResult` — one `Event` per real event (repeated mentions merged) and, for each, the
character ranges of its trigger words (the pipeline links statements through them).

Each trigger word is read with its dependency neighbourhood: participants from its phrase and
its clause's subject, date and time from the sentence, place from `in`/`at` phrases, status from
tense and cue words. Triggers inside a proposal (`a roadmap which includes a 30-day ceasefire`,
`a call for negotiations`) become `Proposal`s on the agenda, not events; negated and
hypothetical ones are dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.actors import ActorIndex, in_noise
from kg.extract.statements import SPEECH_VERBS
from kg.extract.timeline import timeline_for
from kg.extract.timex import find_times, with_zone
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

log = logging.getLogger(__name__)

TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = tuple(
    (re.compile(p, re.I), k)  # type: ignore[misc]
    for p, k in (
        (
            r"\b(?:tele)?phone (?:call|conversation|talk)s?\b|\bcall(?:s|ed)?(?= with\b)|"
            r"\bconversations?\b|\bspoke\b(?= (?:\w+ )?(?:with|by phone|over the phone))",
            "phone_call",
        ),
        (r"\b(?:peace )?(?:talks|negotiations)\b|\bround of talks\b", "negotiation_round"),
        (r"\bmeetings?\b|\bmet\b|\bsummit\b|\bvisit(?:ed|s)?\b(?= \w)", "meeting"),
        (
            r"\bsign(?:ed|ing|s)?\b(?= (?:a |an |the )?(?:[\w-]+ ){0,3}(?:agreement|deal|treaty|"
            r"memorandum|accord|declaration|protocol)s?\b)",
            "agreement_signing",
        ),
        (
            r"\b(?:prisoner|POW|prisoners-of-war) (?:exchange|swap)s?\b|"
            r"\b(?:exchange|swap)s? of (?:[\w-]+ ){0,3}?(?:prisoners|POWs|captives|bodies)\b|"
            r"\b(?:exchanged?|swap(?:ped)?)\b(?= (?:[\w,-]+ ){0,4}(?:prisoners|POWs|captives))",
            "prisoner_exchange",
        ),
        (r"\bcease-?fires?\b|\btruces?\b|\barmistice\b", "ceasefire"),
        (
            r"\b(?:air|drone|missile|rocket)?\s?(?:attacks?|strikes?|airstrikes?|shelling|bombings?|"
            r"explosions?|blasts?)\b|\bshelled\b|\bbombed\b",
            "attack",
        ),
        (r"\blanded\b|\barrived\b|\barrival\b", "other"),
    )
)
PROPOSAL_WORDS = {
    "roadmap",
    "proposal",
    "proposals",
    "propose",
    "proposed",
    "proposes",
    "proposing",
    "offer",
    "offered",
    "offers",
    "initiative",
    "demand",
    "demands",
    "demanded",
    "conditions",
    "urge",
    "urged",
    "urges",
    "suggest",
    "suggested",
    "suggests",
    "framework",
    "idea",
    "plan",
    "insisted",
    "insists",
    "seek",
    "seeks",
    "sought",
    "push",
    "pushed",
    "pushing",
}
CALL_FOR = {"call", "calls", "called", "calling", "appeal", "appeals"}
FUTURE_CUES = {
    "would",
    "plans",
    "plan",
    "planned",
    "planning",
    "scheduled",
    "expected",
    "due",
    "upcoming",
    "next",
    "resume",
    "future",
    "prepare",
    "preparing",
    "intends",
    "intend",
    "set",
    "will",
    "shall",
    "'ll",
    "going",
}
CANCEL_CUES = {"cancelled", "canceled", "cancel", "cancels", "scrapped", "called", "abandoned"}
POSTPONE_CUES = {"postponed", "postpone", "postpones", "delayed", "rescheduled", "deferred"}
MODALS = {"could", "would", "might", "may", "should", "can"}
PLACE_PREPS = {"in", "at", "near", "on", "against", "over"}
PARTY_DEPS = {
    "prep",
    "poss",
    "amod",
    "compound",
    "nmod",
    "nsubj",
    "dobj",
    "conj",
    "npadvmod",
    "pobj",
}
HELD_VERBS = {
    "agreed",
    "agree",
    "agrees",
    "reached",
    "reach",
    "signed",
    "sign",
    "declared",
    "violated",
    "observe",
    "observed",
    "completed",
    "complete",
    "fired",
    "mounted",
    "unleashed",
    "conducting",
    "holding",
    "held",
    "hold",
    "holds",
    "had",
    "have",
    "has",
    "conducted",
    "conduct",
    "began",
    "begin",
    "started",
    "start",
    "ended",
    "concluded",
    "carried",
    "carrying",
    "carry",
    "launched",
    "launch",
    "attended",
    "attend",
    "took",
    "joined",
}
VENUE_WORDS = re.compile(
    r"\b(?:Palace|Hotel|Hall|House|Center|Centre|Building|Residence|Castle|Mansion|Villa|"
    r"Stadium|Airport|Base|Headquarters|Embassy|Office)\b"
)
PLACE_LABELS = {"GPE", "LOC", "FAC"}
REGION_WORDS = {
    "region",
    "regions",
    "oblast",
    "oblasts",
    "province",
    "provinces",
    "district",
    "districts",
    "city",
    "cities",
    "area",
    "areas",
    "territory",
    "territories",
}
MEDIATOR_RE = re.compile(
    r"\b(?:mediated|brokered|facilitated|hosted)\s+by\s+|\bmediation\s+of\s+|"
    r"\bwith\s+(?=[\w\s']{1,40}\bas\s+(?:a\s+|the\s+)?mediator)",
    re.I,
)
MEDIATOR_ADJ_RE = re.compile(r"\b([A-Z][\w']+)(?:-mediated|-brokered|'s mediation)\b")
INITIATOR_RE = re.compile(
    r"\bat\s+the\s+(?:request|initiative|invitation|suggestion)\s+of\s+|"
    r"\b(?:initiated|requested|proposed)\s+by\s+",
    re.I,
)
INITIATOR_POSS_RE = re.compile(
    r"\bat\s+(?P<who>(?:the\s+)?[A-Z][\w\s.-]{0,40}?)['’]s?\s+(?:request|initiative|invitation)\b"
)
TOPIC_VERBS = {
    "discussed",
    "discuss",
    "discussing",
    "touched",
    "focused",
    "addressed",
    "covered",
    "raised",
    "talked",
}


@dataclass
class _Mention:
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
class _Proposal:
    span: tuple[int, int]
    by: str | None
    sent: tuple[int, int]


@dataclass
class EventResult:
    events: list[Event] = field(default_factory=list)
    triggers: list[list[tuple[int, int]]] = field(default_factory=list)  # per event


class EventFinder:
    """The event stage; `__call__(doc, article, actors) -> EventResult`."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gz = gazetteer

    def __call__(self, doc: Doc, article: Article, actors: ActorIndex) -> EventResult:
        mentions: list[_Mention] = []
        proposals: list[_Proposal] = []
        anchor = article.published_date
        starts = sorted(m.start() for p, _k in TRIGGERS for m in p.finditer(article.text))
        for pattern, kind in TRIGGERS:
            for m in pattern.finditer(article.text):
                if in_noise(article, m.start(), m.end()):
                    continue
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None:
                    continue
                head = span.root
                if any(x.trigger[0] <= m.start() < x.trigger[1] for x in mentions):
                    continue
                if _proposal_context(head):
                    proposals.append(
                        _Proposal(
                            _np_span(head),
                            _proposer(head, actors),
                            (head.sent.start_char, head.sent.end_char),
                        )
                    )
                    continue
                if _negated_or_hypothetical(head) or _goal_of_other(head) or _discussed(head):
                    continue
                mentions.append(self._mention(kind, span, head, article, actors, anchor, starts))
        mentions.sort(key=lambda x: x.trigger[0])
        _resolve_pairs(mentions, article.text, actors)
        return self._merge(mentions, proposals, article, actors)

    def _mention(
        self,
        kind: EventKind,
        span: SpacySpan,
        head: Token,
        article: Article,
        actors: ActorIndex,
        anchor: dt.date | None,
        others: list[int],
    ) -> _Mention:
        text = article.text
        sent = head.sent
        m = _Mention(kind, (span.start_char, span.end_char), (sent.start_char, sent.end_char))
        m.weak = kind == "phone_call" and not re.search(r"phone|call", span.text, re.I)
        m.participants = self._participants(head, kind, actors)
        m.status, m.explicit_status = _status(head)
        # The date attached to this event word's own clause, not one nearer another event word
        # ("postponed the meeting agreed on during a call on October 16": the call's).
        m.date = timeline_for(span.doc, article).date_for(span.start_char, span.end_char, others)
        times = find_times(text, sent.start_char, sent.end_char)
        if times:
            t = min(times, key=lambda x: abs(x.start - span.start_char))
            m.time, m.zone, m.time_text = t.time, t.zone, (t.start, t.end)
        m.location, m.venue = self._places(head, kind, article)
        sentence = text[sent.start_char : sent.end_char]
        m.mediator = _actor_after(MEDIATOR_RE, sentence, sent.start_char, actors)
        if m.mediator is None:
            mm = MEDIATOR_ADJ_RE.search(sentence)
            if mm:
                m.mediator = actors.at(sent.start_char + mm.start(1), sent.start_char + mm.end(1))
        m.initiator = _actor_after(INITIATOR_RE, sentence, sent.start_char, actors)
        if m.initiator is None:
            mm = INITIATOR_POSS_RE.search(sentence)
            if mm:
                s = sent.start_char + mm.start("who")
                m.initiator = actors.at(s, sent.start_char + mm.end("who"))
        for who in (m.mediator, m.initiator):
            if who in m.participants and kind != "phone_call" and who is not None:
                pass
        m.topics = _topics(sent)
        return m

    def _participants(self, head: Token, kind: EventKind, actors: ActorIndex) -> list[str]:
        spans: list[tuple[int, int]] = []

        def add_subtree(tok: Token) -> None:
            # Places are not parties: skip "in Jeddah, Saudi Arabia" and "on Kyiv".
            skip: set[int] = set()
            for t in tok.subtree:
                if t.dep_ == "prep" and t.lower_ in PLACE_PREPS and t.i != tok.i:
                    skip.update(x.i for x in t.subtree)
            for t in tok.subtree:
                if t.i not in skip:
                    spans.append((t.idx, t.idx + len(t)))

        if kind == "attack":
            # Attackers, not targets: "Russia ... carrying out attacks on Ukraine".
            for c in head.children:
                if c.dep_ in ("poss", "amod", "compound", "agent") or (
                    c.dep_ == "prep" and c.lower_ == "by"
                ):
                    add_subtree(c)
        elif not (kind == "other" and head.pos_ == "VERB"):
            for c in head.children:
                if c.dep_ in PARTY_DEPS and c.lower_ not in PLACE_PREPS:
                    add_subtree(c)
        verb: Token | None = None
        if head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
            # Up through "the first phase of a ceasefire" to the verb that governs it.
            verb = head.head
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                    break
                verb = verb.head
        if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lower_ in HELD_VERBS:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            while (
                subj is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head is not verb
            ):
                verb = verb.head
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                add_subtree(subj)
        if head.pos_ == "VERB" and kind == "other":
            # Who arrived, with whom, and no one else: "police arrived and detained the man"
            # is not the man's arrival.
            for c in head.children:
                if c.dep_ == "nsubj" or (c.dep_ == "prep" and c.lower_ == "with"):
                    add_subtree(c)
        elif head.pos_ == "VERB":
            for c in head.children:
                if c.dep_ in ("nsubj", "dobj") or (c.dep_ == "prep" and c.lower_ in ("with", "to")):
                    add_subtree(c)
            up = head
            # "Armenia and Azerbaijan agreed to exchange prisoners": the subject of the verb
            # that governs the infinitive.
            while up.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in up.children):
                up = up.head
                subj = next((c for c in up.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    add_subtree(subj)
                    break
        out: list[str] = []
        for s, e in spans:
            for a in actors.all_at(s, e):
                if a not in out:
                    out.append(a)
        return out

    def _places(
        self, head: Token, kind: EventKind, article: Article
    ) -> tuple[Place | None, Place | None]:
        text = article.text
        location = venue = None
        starts = [head]
        if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.pos_ in ("VERB", "AUX"):
            starts.append(head.head)
            # "is expected to take place in Istanbul"
            starts.extend(c for c in head.head.children if c.dep_ == "xcomp")
        for c in head.children:
            # "the Istanbul talks", "the Budapest summit"
            if (
                c.dep_ in ("compound", "nmod")
                and c.ent_type_ in ("GPE", "LOC")
                and (self.gz is None or self.gz.lookup(c.text) is None)
            ):
                location = Place(name=c.text, span=Span.of(text, c.idx, c.idx + len(c)))
        seen: set[int] = set()
        queue = list(starts)
        preps = ("in", "at", "near", "on", "of") if kind == "attack" else ("in", "at", "near")
        while queue:
            tok = queue.pop(0)
            for c in tok.children:
                if c.dep_ != "prep" or c.lower_ not in preps or c.i in seen:
                    continue
                seen.add(c.i)
                for pobj in (x for x in c.children if x.dep_ == "pobj"):
                    toks = [t for t in pobj.subtree if not (t.dep_ == "prep" and t.head is pobj)]
                    toks = _cut_at_prep(pobj)
                    toks = [t for t in toks if not t.is_space]
                    while toks and toks[0].dep_ == "det":
                        toks = toks[1:]
                    while toks and toks[-1].is_punct:
                        toks = toks[:-1]
                    if not toks:
                        continue
                    s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
                    name = text[s:e]
                    is_place = any(
                        t.ent_type_ in PLACE_LABELS or t.ent_type_ == "EVENT" for t in toks
                    )
                    if VENUE_WORDS.search(name) and venue is None and name[:1].isupper():
                        venue = Place(name=name, span=Span.of(text, s, e))
                    elif (
                        is_place
                        and location is None
                        and not in_noise(article, s, e)
                        and (
                            pobj.ent_type_ in ("GPE", "LOC")
                            or pobj.lower_ in REGION_WORDS
                            and any(t.ent_type_ in ("GPE", "LOC") for t in toks)
                        )
                    ):
                        location = Place(name=name, span=Span.of(text, s, e))
                    queue.append(pobj)
        return location, venue

    # --- merging ----------------------------------------------------------------------------

    def _merge(
        self,
        mentions: list[_Mention],
        proposals: list[_Proposal],
        article: Article,
        actors: ActorIndex,
    ) -> EventResult:
        groups: list[list[_Mention]] = []
        for m in mentions:
            target = None
            for g in reversed(groups):
                if _compatible(g, m, actors, self.gz):
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
            result.events.append(self._event(g, article, actors))
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

    def _event(self, g: list[_Mention], article: Article, actors: ActorIndex) -> Event:
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


def _compatible(g: list[_Mention], m: _Mention, actors: ActorIndex, gz: Gazetteer | None) -> bool:
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


def _resolve_pairs(mentions: list[_Mention], text: str, actors: ActorIndex) -> None:
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


def _cut_at_prep(pobj: Token) -> list[Token]:
    """The place phrase without trailing modifiers: "the Çırağan Palace" of "… in Istanbul"."""
    toks = [pobj]
    for t in pobj.subtree:
        if t.i == pobj.i:
            continue
        inside = True
        a = t
        while a.i != pobj.i:
            if a.dep_ in ("prep", "relcl", "acl") and a.head.i == pobj.i:
                inside = False
                break
            a = a.head
        if inside:
            toks.append(t)
    return sorted(toks, key=lambda t: t.i)


def _proposal_context(tok: Token) -> bool:
    prev = tok
    for a in list(tok.ancestors)[:6]:
        if prev.dep_ == "prep" and prev.lower_ in ("before", "after", "during", "since", "at"):
            return False  # "proposed a truce before the talks": the talks are no proposal
        if a.lower_ in PROPOSAL_WORDS and a.lower_ != "plan":
            return True
        if (
            a.lower_ in ("plan", "plans")
            and a.i < tok.i
            and prev.dep_ in ("prep", "pobj")
            and prev.lower_ == "for"
        ):
            return True
        if a.lower_ in CALL_FOR and prev.lower_ == "for":
            return True
        if a.lower_ in ("includes", "include", "included", "including") and any(
            x.lower_ in PROPOSAL_WORDS or x.lower_ in ("plan", "plans") for x in a.ancestors
        ):
            return True
        prev = a
    return False


GOAL_PREPS = {"toward", "towards", "on", "for", "about", "over"}


def _goal_of_other(tok: Token) -> bool:
    """`negotiations toward a ceasefire`: the ceasefire is what the talks are about."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in GOAL_PREPS or prep.head.pos_ != "NOUN":
        return False  # "met for talks": the talks are the event the verb names
    return any(p.fullmatch(prep.head.text) for p, _k in TRIGGERS)


# Word forms, not lemmas: the packaged pipeline runs without a lemmatizer.
DISCUSSION_VERBS = {
    f"{stem}{end}"
    for stem in ("discuss", "debat", "rais", "address", "review")
    for end in ("", "e", "es", "ed", "ing")
}


def _discussed(tok: Token) -> bool:
    """`discussed prisoner exchanges`: a subject of talks, not an exchange that took place."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lower_ in DISCUSSION_VERBS


def _negated_or_hypothetical(tok: Token) -> bool:
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return True
    if any(c.lower_ in ("possible", "potential", "hypothetical") for c in tok.children):
        return True
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    reported = any(a.lower_ in SPEECH_VERBS for a in verb.ancestors)
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ == "would" and reported:
            continue  # "said Russia would start talks": a plan told in the past tense
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS):
            return True
        if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
            return True
    return False


def _status(tok: Token) -> tuple[EventStatus, bool]:
    window = [tok, *list(tok.ancestors)[:4]]
    words = {t.lower_ for t in window}
    for t in window:
        words.update(
            c.lower_
            for c in t.children
            if c.dep_ in ("aux", "auxpass", "advmod", "amod", "prt", "xcomp")
        )
    if words & POSTPONE_CUES:
        return "postponed", True
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return "planned", True  # "agreed to exchange prisoners": not done yet
    if words & CANCEL_CUES and ("called" not in words or "off" in words):
        return "cancelled", True
    if words & FUTURE_CUES or "take" in words and "will" in words:
        return "planned", True
    return "held", False


def _np_span(tok: Token) -> tuple[int, int]:
    toks = [tok]
    for c in tok.children:
        if c.dep_ in ("conj", "cc", "punct", "relcl", "appos"):
            continue
        toks.extend(c.subtree)
    toks.sort(key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _proposer(tok: Token, actors: ActorIndex) -> str | None:
    for a in tok.ancestors:
        for c in a.children:
            if c.dep_ in ("poss", "nsubj"):
                who = actors.at(c.idx, c.idx + len(c))
                if who is None:
                    sub = list(c.subtree)
                    who = actors.at(sub[0].idx, sub[-1].idx + len(sub[-1]))
                if who:
                    return who
    return None


def _actor_after(
    pattern: re.Pattern[str], sentence: str, offset: int, actors: ActorIndex
) -> str | None:
    m = pattern.search(sentence)
    if not m:
        return None
    tail = re.match(r"[^,.;]{1,60}", sentence[m.end() :])
    if not tail:
        return None
    found = actors.all_at(offset + m.end(), offset + m.end() + tail.end())
    return found[0] if found else None


def _topics(sent: SpacySpan) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for t in sent:
        if t.lower_ in TOPIC_VERBS and t.pos_ == "VERB":
            for c in t.children:
                obj = None
                if c.dep_ == "dobj":
                    obj = c
                elif c.dep_ == "prep" and c.lower_ in ("upon", "on", "about"):
                    obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                elif c.dep_ == "prt":
                    for cc in t.children:
                        if cc.dep_ == "prep":
                            obj = next((x for x in cc.children if x.dep_ == "pobj"), None)
                if obj is not None:
                    s, e = _np_span(obj)
                    out.append((s, e))
    return out
