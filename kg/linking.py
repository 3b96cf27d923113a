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

`link_near` loosens this where the store is at hand (the writer, before validation): a report
whose key is new joins the canonical event of an earlier report of the same kind, a day apart at
most, in the same place when both name one, whose principal participants include all of its own
or are all among them, two at least. One index lookup per event: no rescans of the store. The
canonical IRI then depends on which report came first, not on the report alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

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


@dataclass
class _Report:
    canonical: str
    date: dt.date | None = None
    place: str | None = None
    actors: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)


def _principal(actors: set[str], people: set[str]) -> frozenset[str]:
    return frozenset(actors & people or actors)


def _as_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None  # a date without its year is no evidence across articles


def link_near(graph: Graph, store: KnowledgeStore) -> int:
    """Move the new-key reports of `graph` to the canonical event of a near report already in
    `store` (see the module docstring); returns how many moved."""
    article = next(iter(graph.subjects(RDF.type, PA.Article)), None)
    moved = 0
    events = set(graph.subjects(RDF.type, PA.CanonicalEvent))
    for report, canonical in list(graph.subject_objects(PA.reportOf)):
        if canonical not in events or _known(store, canonical):
            continue
        found = _near(graph, store, report, article)
        if found is None or found == canonical:
            continue
        graph.remove((report, PA.reportOf, canonical))
        if (None, PA.reportOf, canonical) not in graph:
            graph.remove((canonical, RDF.type, PA.CanonicalEvent))
        graph.add((report, PA.reportOf, found))
        graph.add((found, RDF.type, PA.CanonicalEvent))
        moved += 1
    return moved


def _known(store: KnowledgeStore, canonical: Node) -> bool:
    return bool(store.query(f"ASK {{ GRAPH ?g {{ ?r pa:reportOf <{canonical}> }} }}"))


def _near(graph: Graph, store: KnowledgeStore, report: Node, article: Node | None) -> URIRef | None:
    kind = graph.value(report, PA.eventType)
    date = _as_date(graph.value(report, PA.date))
    if kind is None or date is None or article is None:
        return None
    actors = {str(a) for a in graph.objects(report, PA.participant)}
    mine = _principal(actors, {a for a in actors if (URIRef(a), RDF.type, PA.Person) in graph})
    place = graph.value(report, PA.place)
    query = _NEAR_QUERY % {
        "actors": " ".join(f"<{a}>" for a in sorted(actors)),
        "kind": kind,
        "article": article,
    }
    reports: dict[str, _Report] = {}
    for row in store.query(query):  # type: ignore[union-attr]
        r = reports.setdefault(str(row["report"].value), _Report(str(row["canonical"].value)))
        r.date = _as_date(row["date"].value)
        r.place = str(row["place"].value) if row["place"] is not None else None
        r.actors.add(str(row["p"].value))
        if row["person"].value == "true":
            r.people.add(str(row["p"].value))
    best: tuple[int, int, str] | None = None
    for r in reports.values():
        if r.date is None or abs((r.date - date).days) > 1:
            continue
        if place is not None and r.place is not None and r.place != str(place):
            continue
        small, large = sorted((mine, _principal(r.actors, r.people)), key=len)
        if len(small) < 2 or not small <= large:
            continue
        rank = (-len(small), abs((r.date - date).days), r.canonical)
        if best is None or rank < best:
            best = rank
    return URIRef(best[2]) if best else None
