"""What extraction produces: plain, typed records that the RDF mapping turns into triples.

Every record carries `Span`s: character offsets into `Article.text`, so each fact can be traced
to the exact characters it came from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Literal

ActorType = Literal["Person", "Organization", "Country", "Delegation"]
# Finer kinds of Organization, kept apart because the ontology has classes for them.
OrgKind = Literal["GovernmentBody", "Ministry"]
StatementKind = Literal["direct", "indirect"]
EventKind = Literal[
    "phone_call",
    "meeting",
    "negotiation_round",
    "agreement_signing",
    "prisoner_exchange",
    "ceasefire",
    "attack",
    "other",
]
EventStatus = Literal["planned", "held", "cancelled", "postponed"]

ACTOR_TYPES: tuple[ActorType, ...] = ("Person", "Organization", "Country", "Delegation")
EVENT_KINDS: tuple[EventKind, ...] = (
    "phone_call",
    "meeting",
    "negotiation_round",
    "agreement_signing",
    "prisoner_exchange",
    "ceasefire",
    "attack",
    "other",
)
EVENT_STATUSES: tuple[EventStatus, ...] = ("planned", "held", "cancelled", "postponed")


@dataclass(frozen=True, order=True)
class Span:
    """Characters `text[start:end]` of the article; `text` is kept so the span can be checked."""

    start: int
    end: int
    text: str

    @staticmethod
    def of(doc_text: str, start: int, end: int) -> Span:
        return Span(start, end, doc_text[start:end])


def trim_space(text: str, start: int, end: int) -> tuple[int, int]:
    """The range `start`..`end` of `text` without white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True)
class PartialDate:
    """A calendar date whose year may be unknown (`--06-01` in XSD terms), a month of a
    known year (`day` None: `2025-06`, "in June", "earlier this month"), or a year alone
    (`month` and `day` None: `2021`, "was removed from the list in 2021")."""

    month: int | None
    day: int | None
    year: int | None = None

    def __post_init__(self) -> None:
        if self.day is None and self.year is None:
            raise ValueError("a month-only date needs its year")
        if self.month is None and (self.day is not None or self.year is None):
            raise ValueError("a date without its month is a year alone")

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


@dataclass
class Article:
    """One news article as read from a file, before extraction."""

    key: str  # stable identifier: the same article gives the same key on every run
    title: str
    text: str  # the whole text as received, title first; all spans index into it
    published: dt.datetime | dt.date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    dateline: str | None = None
    origin: str | None = None  # file (and line) it was read from, for messages
    # Character ranges of page noise (view counters, teasers, repeated bylines) to skip.
    noise: list[tuple[int, int]] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


@dataclass
class Role:
    """A position an actor holds as an article states it (`US Secretary of State`)."""

    title: str
    span: Span
    of: str | None = None  # local id of the organisation or state, if named


@dataclass
class Actor:
    id: str  # local to the extraction, e.g. "a3"
    name: str  # canonical name
    type: ActorType
    key: str  # stable key the canonical IRI is minted from (across articles)
    mentions: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    # Where the article uses a described alias ("the Turkish president"): evidence of the actor
    # beside its named mentions, so a reader sees every form it was found under.
    described: list[Span] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    org_kind: OrgKind | None = None
    wikidata: str | None = None  # Q-identifier
    country: str | None = None  # local id of the state an organisation or delegation belongs to
    members: list[str] = field(default_factory=list)  # delegation members (local ids)


@dataclass
class Statement:
    speaker: str | None  # local actor id
    cue: Span
    content: Span
    kind: StatementKind
    evidence: Span  # the whole sentence(s) the statement was read from
    date: PartialDate | None = None
    via: str | None = None  # local actor id of the intermediary (spokesperson, outlet)
    about: list[int] = field(default_factory=list)  # indexes into Extraction.events
    # The words naming the speaker where the statement is made ("he", "a senior official",
    # "Tammy Bruce"): provenance for `speaker`, and the only trace of an unnamed source.
    speaker_span: Span | None = None
    # The PLOVER act the statement performs (DEMAND for "urged", REJECT for "rejected"), and
    # whom it is aimed at (local actor id); None when the cue names no act.
    plover: str | None = None
    target: str | None = None


@dataclass
class Proposal:
    text: Span
    proposed_by: str | None = None  # local actor id


@dataclass
class Place:
    name: str
    span: Span
    wikidata: str | None = None


@dataclass
class Event:
    kind: EventKind
    evidence: Span
    status: EventStatus = "held"
    participants: list[str] = field(default_factory=list)  # local actor ids
    mediator: str | None = None
    initiator: str | None = None
    date: PartialDate | None = None
    time: dt.time | None = None  # with tzinfo when the article gives a time zone
    time_text: Span | None = None
    location: Place | None = None
    venue: Place | None = None
    topics: list[Span] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    trigger: Span | None = None
    plover: str | None = None  # PLOVER event type the extractor codes it as (e.g. CONSULT)
    # For acts with a direction (arrests, sanctions, demands): the participant acted upon.
    target: str | None = None


@dataclass
class Extraction:
    article: Article
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def actor(self, local_id: str) -> Actor:
        for a in self.actors:
            if a.id == local_id:
                return a
        raise KeyError(local_id)
