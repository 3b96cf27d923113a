"""Cross-article identity for events and statements: reports of the same thing share a node.

Every article keeps its own `pa:Event` and `pa:Statement` nodes (what that article says). A
report also points, with `pa:reportOf`, to a canonical node whose IRI is minted from a key:

- event: kind, date, and the sorted keys of its principal participants (the people when any
  person takes part, else every participant) -> `id:cevent/<hash>`;
- statement: speaker key and the content folded to lowercase words -> `id:cstatement/<hash>`.

The key is computed from the article alone, so linking costs nothing per article however big
the store is (no lookups), gives the same IRIs in any ingest order, and lives inside the
article's graph: deleting an article removes exactly its links. The price is strictness: reports
link only when they agree on the date and on the principal participants after actor resolution;
an event without a date or participants, or an `other` event, stays unlinked rather than be
merged without evidence. Places are not part of the key (outlets name venues inconsistently).

Near-linking loosens this where the store is at hand (`kg.ingest`'s writer): a report
whose key is new joins the canonical event of an earlier report of the same kind, a day apart at
most, in the same place when both name one, with the same principal participants (two at least),
or on the same day with principal participants that include all of its own or are all among
them. One index lookup per event: no rescans of the store. The
canonical IRI then depends on which report came first, not on the report alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.mapping import article_iri
from kg.model import Event, Extraction, Statement
from kg.namespaces import ID, PA
from kg.store import KnowledgeStore

# Listing a canonical event's reports with their status and publication date, oldest first.
EVENT_REPORTS_QUERY = """
SELECT ?canonical ?event ?article ?published ?status ?kind ?date WHERE {
  GRAPH ?article {
    ?event pa:reportOf ?canonical ; pa:status ?st ; pa:eventType ?et .
    ?canonical a pa:CanonicalEvent .
    OPTIONAL { ?event pa:date ?date }
    OPTIONAL { ?article pa:published ?published }
  }
  BIND(STRAFTER(STR(?st), "https://w3id.org/parley/status/") AS ?status)
  BIND(STRAFTER(STR(?et), "https://w3id.org/parley/event-type/") AS ?kind)
}
ORDER BY ?canonical ?published ?article
"""

_WORD = re.compile(r"\w+", re.UNICODE)


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def event_key(event: Event, extraction: Extraction) -> str | None:
    """The identity key of an event report, or None when it has too little to link safely."""
    if event.kind == "other" or event.date is None or not event.participants:
        return None
    actors = [extraction.actor(p) for p in event.participants]
    people = [a for a in actors if a.type == "Person"]
    keys = sorted({a.key for a in (people or actors)})
    return f"{event.kind}|{event.date.iso()}|{','.join(keys)}"


def statement_key(statement: Statement, extraction: Extraction) -> str | None:
    if statement.speaker is None:
        return None
    words = _WORD.findall(statement.content.text.casefold())
    if len(words) < 3:
        # "Yes", "no comment": too short to say two outlets quote the same utterance.
        return None
    speaker = extraction.actor(statement.speaker).key
    return f"{speaker}|{' '.join(words)}"


def canonical_event_iri(key: str) -> URIRef:
    return ID[f"cevent/{_digest(key)}"]


def canonical_statement_iri(key: str) -> URIRef:
    return ID[f"cstatement/{_digest(key)}"]


def link(graph: Graph, extraction: Extraction) -> int:
    """Add the `pa:reportOf` links of one article's graph; returns how many it added."""
    key = extraction.article.key
    added = 0
    for i, event in enumerate(extraction.events):
        ekey = event_key(event, extraction)
        node = ID[f"event/{key}-{i + 1}"]
        if ekey is None or (node, RDF.type, PA.Event) not in graph:
            continue
        canonical = canonical_event_iri(ekey)
        graph.add((node, PA.reportOf, canonical))
        graph.add((canonical, RDF.type, PA.CanonicalEvent))
        added += 1
    for i, st in enumerate(extraction.statements):
        skey = statement_key(st, extraction)
        node = ID[f"statement/{key}-{i + 1}"]
        if skey is None or (node, PA.inArticle, article_iri(key)) not in graph:
            continue
        canonical = canonical_statement_iri(skey)
        graph.add((node, PA.reportOf, canonical))
        graph.add((canonical, RDF.type, PA.CanonicalStatement))
        added += 1
    return added


# Reports of other articles sharing a principal participant and the kind: their canonical event,
# participants (with whether each is a person), date and place. Starts from the bound actors.
_NEAR_QUERY = """
SELECT ?canonical ?report ?p ?person ?date ?place WHERE {
  { SELECT DISTINCT ?report ?canonical WHERE {
      VALUES ?q { %(actors)s }
      GRAPH ?g { ?report pa:participant ?q ; pa:eventType <%(kind)s> ; pa:reportOf ?canonical }
      FILTER(?g != <%(article)s>)
  } }
  GRAPH ?h {
    ?report pa:date ?date ; pa:participant ?p .
    BIND(EXISTS { ?p a pa:Person } AS ?person)
    OPTIONAL { ?report pa:place ?place }
  }
}
"""


@dataclass(frozen=True)
class Report:
    """What near-linking compares of an event report."""

    iri: str
    canonical: str
    kind: str
    date: dt.date | None
    place: str | None
    actors: frozenset[str]
    principal: frozenset[str]  # the people among the actors, or all actors when none is one


def _principal(actors: set[str], people: set[str]) -> frozenset[str]:
    return frozenset(actors & people or actors)


def _as_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None  # a date without its year is no evidence across articles


def new_reports(graph: Graph) -> list[Report]:
    """The dated event reports of one article's graph that point to a canonical event."""
    events = set(graph.subjects(RDF.type, PA.CanonicalEvent))
    out = []
    for report, canonical in graph.subject_objects(PA.reportOf):
        if canonical not in events:
            continue
        date = _as_date(graph.value(report, PA.date))
        kind = graph.value(report, PA.eventType)
        if date is None or kind is None:
            continue
        actors = {str(a) for a in graph.objects(report, PA.participant)}
        people = {a for a in actors if (URIRef(a), RDF.type, PA.Person) in graph}
        place = graph.value(report, PA.place)
        out.append(
            Report(
                str(report),
                str(canonical),
                str(kind),
                date,
                str(place) if place is not None else None,
                frozenset(actors),
                _principal(actors, people),
            )
        )
    return out


def stored_reports(store: KnowledgeStore, report: Report, article: str) -> list[Report]:
    """Reports in `store`, outside `article`, that could be `report`'s event: same kind, one
    participant in common. One lookup that starts from the bound participants."""
    if not report.actors:
        return []
    query = _NEAR_QUERY % {
        "actors": " ".join(f"<{a}>" for a in sorted(report.actors)),
        "kind": report.kind,
        "article": article,
    }
    found: dict[str, tuple[str, dt.date | None, str | None, set[str], set[str]]] = {}
    for row in store.query(query):  # type: ignore[union-attr]
        iri = str(row["report"].value)
        place = str(row["place"].value) if row["place"] is not None else None
        entry = found.setdefault(
            iri, (str(row["canonical"].value), _as_date(row["date"].value), place, set(), set())
        )
        entry[3].add(str(row["p"].value))
        if row["person"].value == "true":
            entry[4].add(str(row["p"].value))
    return [
        Report(iri, c, report.kind, d, pl, frozenset(a), _principal(a, people))
        for iri, (c, d, pl, a, people) in found.items()
    ]


def nearest(report: Report, candidates: list[Report]) -> str | None:
    """The canonical event of the nearest candidate report of the same event, if any: same
    kind, the same place when both name one, and either the same principal participants (two
    at least) a day apart at most, or on the same day one side's principal participants (two
    at least) all among the other's."""
    best: tuple[int, int, str] | None = None
    for c in candidates:
        if c.kind != report.kind or c.date is None or report.date is None:
            continue
        days = abs((c.date - report.date).days)
        if days > 1 or (report.place and c.place and report.place != c.place):
            continue
        small, large = sorted((report.principal, c.principal), key=len)
        if len(small) < 2 or not small <= large:
            continue
        if days and small != large:
            continue  # one difference at a time: a day apart, or a party more, not both
        rank = (-len(small), days, c.canonical)
        if best is None or rank < best:
            best = rank
    return best[2] if best else None


def known_canonical(store: KnowledgeStore, canonical: str) -> bool:
    return bool(store.query(f"ASK {{ GRAPH ?g {{ ?r pa:reportOf <{canonical}> }} }}"))
