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
"""

from __future__ import annotations

import hashlib
import re

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.mapping import article_iri
from kg.model import Event, Extraction, Statement
from kg.namespaces import ID, PA

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
