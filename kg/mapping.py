"""Turn an `Extraction` into the RDF graph of one article, in the Parley ontology.

IRIs are minted from stable keys (article key, actor key, position in the article), so the same
input always gives the same IRIs. Actor IRIs are shared across articles: each article graph says
what that article contributes about the canonical actor.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.model import Actor, Article, Event, Extraction, PartialDate, Place, Span
from kg.namespaces import ET, ID, OA, PA, PLOVER, PREFIXES, SCHEMA, ST, WD

ACTOR_CLASS = {
    "Person": PA.Person,
    "Organization": PA.Organization,
    "Country": PA.Country,
    "Delegation": PA.Delegation,
}
ORG_CLASS = {"GovernmentBody": PA.GovernmentBody, "Ministry": PA.Ministry}
EVENT_CLASS = {
    "phone_call": PA.PhoneCall,
    "meeting": PA.Meeting,
    "negotiation_round": PA.NegotiationRound,
    "agreement_signing": PA.AgreementSigning,
    "prisoner_exchange": PA.PrisonerExchange,
    "ceasefire": PA.Ceasefire,
    "attack": PA.Attack,
    "other": PA.OtherEvent,
}


def slug(text: str) -> str:
    """Lowercase ASCII words joined by hyphens: a readable, stable IRI segment."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def article_iri(key: str) -> URIRef:
    return ID[f"article/{key}"]


def actor_iri(key: str) -> URIRef:
    return ID[f"actor/{key}"]


def place_iri(place: Place) -> URIRef:
    return ID[f"place/{place.wikidata or slug(place.name)}"]


def date_literal(value: PartialDate | dt.date | dt.datetime) -> Literal:
    if isinstance(value, PartialDate):
        if value.month is None:
            return Literal(value.iso(), datatype=XSD.gYear)
        if value.day is None:
            return Literal(value.iso(), datatype=XSD.gYearMonth)
        if value.year is None:
            return Literal(value.iso(), datatype=XSD.gMonthDay)
        return Literal(value.iso(), datatype=XSD.date)
    if isinstance(value, dt.datetime):
        return Literal(value.isoformat(), datatype=XSD.dateTime)
    return Literal(value.isoformat(), datatype=XSD.date)


def time_literal(value: dt.time) -> Literal:
    text = value.replace(microsecond=0).isoformat()
    return Literal(text, datatype=XSD.time)


class _Builder:
    """Accumulates one article's triples; one instance per mapping call."""

    def __init__(self, extraction: Extraction, extractor_version: str, generated_at: dt.datetime):
        self.x = extraction
        self.art = extraction.article
        self.key = self.art.key
        self.g = Graph()
        for prefix, iri in PREFIXES.items():
            self.g.bind(prefix, iri)
        self.article = article_iri(self.key)
        self.run = ID[f"run/{self.key}"]
        self.extractor = ID[f"extractor/{slug(extractor_version)}"]
        self.version = extractor_version
        self.generated_at = generated_at
        self.actors: dict[str, URIRef] = {a.id: actor_iri(a.key) for a in extraction.actors}

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.g.add((s, p, o))

    def evidence(self, node: URIRef, span: Span, prop: URIRef = PA.evidence) -> URIRef:
        ev = ID[f"evidence/{self.key}/{span.start}-{span.end}"]
        self.add(node, prop, ev)
        self.add(ev, RDF.type, PA.Evidence)
        self.add(ev, OA.exact, Literal(span.text))
        self.add(ev, OA.start, Literal(span.start, datatype=XSD.integer))
        self.add(ev, OA.end, Literal(span.end, datatype=XSD.integer))
        self.add(ev, PA.inArticle, self.article)
        return ev

    def generated(self, node: URIRef) -> None:
        self.add(node, PROV.wasGeneratedBy, self.run)

    def build(self) -> Graph:
        self.article_node(self.art)
        for actor in self.x.actors:
            self.actor_node(actor)
        event_iris = [ID[f"event/{self.key}-{i + 1}"] for i in range(len(self.x.events))]
        for iri, event in zip(event_iris, self.x.events, strict=True):
            self.event_node(iri, event)
        for i, st in enumerate(self.x.statements):
            node = ID[f"statement/{self.key}-{i + 1}"]
            self.add(
                node, RDF.type, PA.DirectStatement if st.kind == "direct" else PA.ReportedStatement
            )
            self.add(node, RDF.type, PA.Statement)
            if st.speaker is not None:
                self.add(node, PA.speaker, self.actors[st.speaker])
            if st.via is not None:
                self.add(node, PA.reportedVia, self.actors[st.via])
            self.add(node, PA.cue, Literal(st.cue.text))
            self.add(node, PA.content, Literal(st.content.text))
            if st.date is not None:
                self.add(node, PA.date, date_literal(st.date))
            for idx in st.about:
                self.add(node, PA.about, event_iris[idx])
            self.add(node, PA.inArticle, self.article)
            self.evidence(node, st.evidence)
            self.evidence(node, st.content, PA.contentEvidence)
            self.evidence(node, st.cue, PA.cueEvidence)
            if st.speaker_span is not None:
                self.evidence(node, st.speaker_span, PA.speakerEvidence)
            if st.plover:
                self.add(node, PA.ploverType, PLOVER[st.plover])
            if st.target is not None:
                self.add(node, PA.target, self.actors[st.target])
            self.generated(node)
        return self.g

    def article_node(self, art: Article) -> None:
        a = self.article
        self.add(a, RDF.type, PA.Article)
        self.add(a, PA.title, Literal(art.title))
        self.add(a, PA.text, Literal(art.text))
        self.add(a, PA.contentHash, Literal(art.content_hash))
        if art.published is not None:
            self.add(a, PA.published, date_literal(art.published))
        if art.source:
            self.add(a, PA.publisher, Literal(art.source))
        if art.author:
            self.add(a, PA.author, Literal(art.author))
        if art.dateline:
            self.add(a, PA.dateline, Literal(art.dateline))
        if art.url:
            self.add(a, PA.url, Literal(art.url, datatype=XSD.anyURI))
        run, agent = self.run, self.extractor
        self.add(run, RDF.type, PA.ExtractionRun)
        self.add(run, PROV.used, a)
        self.add(run, PROV.wasAssociatedWith, agent)
        when = self.generated_at.replace(microsecond=0).isoformat()
        self.add(run, PROV.endedAtTime, Literal(when, datatype=XSD.dateTime))
        self.add(agent, RDF.type, PA.Extractor)
        self.add(agent, RDFS.label, Literal(f"Parley extractor {self.version}"))
        self.add(agent, PA.version, Literal(self.version))

    def actor_node(self, actor: Actor) -> None:
        node = self.actors[actor.id]
        self.add(node, RDF.type, ACTOR_CLASS[actor.type])
        # The superclass is stated, not inferred: validation and queries run without a reasoner.
        self.add(node, RDF.type, PA.Actor)
        if actor.org_kind is not None:
            self.add(node, RDF.type, ORG_CLASS[actor.org_kind])
        self.add(node, PA.name, Literal(actor.name))
        for alias in sorted(actor.aliases - {actor.name}):
            self.add(node, PA.alias, Literal(alias))
        if actor.wikidata:
            self.add(node, SCHEMA.sameAs, WD[actor.wikidata])
        if actor.country is not None:
            self.add(node, PA.country, self.actors[actor.country])
            if actor.type == "Delegation":
                self.add(node, PA.sentBy, self.actors[actor.country])
        for member in actor.members:
            self.add(node, PA.member, self.actors[member])
        self.add(node, PA.mentionedIn, self.article)
        for span in [*actor.mentions, *actor.described]:
            self.evidence(node, span)
        for j, role in enumerate(actor.roles):
            r = ID[f"role/{self.key}-{actor.id}-{j + 1}"]
            self.add(node, PA.hasRole, r)
            self.add(r, RDF.type, PA.Role)
            self.add(r, PA.roleTitle, Literal(role.title))
            if role.of is not None:
                self.add(r, PA.roleOf, self.actors[role.of])
            if self.art.published_date is not None:
                self.add(r, PA.asOf, date_literal(self.art.published_date))
            self.add(r, PA.inArticle, self.article)
            self.evidence(r, role.span)
            self.generated(r)
        self.generated(node)

    def place_node(self, place: Place) -> URIRef:
        node = place_iri(place)
        self.add(node, RDF.type, PA.Place)
        self.add(node, PA.name, Literal(place.name))
        if place.wikidata:
            self.add(node, SCHEMA.sameAs, WD[place.wikidata])
        self.evidence(node, place.span)
        self.generated(node)
        return node

    def event_node(self, node: URIRef, ev: Event) -> None:
        self.add(node, RDF.type, PA.Event)
        self.add(node, RDF.type, EVENT_CLASS[ev.kind])
        self.add(node, PA.eventType, ET[ev.kind])
        self.add(node, PA.status, ST[ev.status])
        for p in ev.participants:
            self.add(node, PA.participant, self.actors[p])
        if ev.mediator is not None:
            self.add(node, PA.mediator, self.actors[ev.mediator])
        if ev.initiator is not None:
            self.add(node, PA.initiator, self.actors[ev.initiator])
        if ev.date is not None:
            self.add(node, PA.date, date_literal(ev.date))
        if ev.time is not None:
            self.add(node, PA.time, time_literal(ev.time))
        if ev.time_text is not None:
            self.evidence(node, ev.time_text, PA.timeEvidence)
        if ev.location is not None:
            self.add(node, PA.place, self.place_node(ev.location))
        if ev.venue is not None:
            self.add(node, PA.venue, self.place_node(ev.venue))
        for topic in ev.topics:
            self.add(node, PA.topic, Literal(topic.text))
        for j, prop in enumerate(ev.proposals):
            p = URIRef(f"{node}/proposal-{j + 1}")
            self.add(node, PA.proposal, p)
            self.add(p, RDF.type, PA.Proposal)
            self.add(p, PA.content, Literal(prop.text.text))
            if prop.proposed_by is not None:
                self.add(p, PA.proposedBy, self.actors[prop.proposed_by])
            self.add(p, PA.inArticle, self.article)
            self.evidence(p, prop.text)
            self.generated(p)
        if ev.plover:
            self.add(node, PA.ploverType, PLOVER[ev.plover])
        if ev.target is not None:
            self.add(node, PA.target, self.actors[ev.target])
        self.add(node, PA.inArticle, self.article)
        self.evidence(node, ev.evidence)
        if ev.trigger is not None:
            self.evidence(node, ev.trigger, PA.triggerEvidence)
        self.generated(node)


def to_graph(
    extraction: Extraction, extractor_version: str, generated_at: dt.datetime | None = None
) -> Graph:
    """The RDF graph of one article: its metadata, actors, statements, events and evidence."""
    when = generated_at or dt.datetime.now(dt.UTC)
    return _Builder(extraction, extractor_version, when).build()
