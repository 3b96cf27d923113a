"""The heads of event and statement pages: who, what, where and when, by name.

An event page opens with its kind, parties, place, date and status, then every report of the
same canonical event with its status as each article gave it; a statement page with its speaker
(and via whom), cue, date and words. Labels, not IRIs: each linked resource is named.
"""

from __future__ import annotations

from collections import defaultdict

from kg.sparql_text import sparql_iri
from server.context import kb
from server.kb import Row
from server.views import curie, humanize

EVENT_ROLES = "pa:participant pa:mediator pa:initiator"


def _v(row: Row | dict[str, object], key: str) -> str | None:
    term = row.get(key)
    return getattr(term, "value", None) if term is not None else None


def _links(rows: list[Row], var: str) -> list[tuple[str, str]]:
    """(IRI, label) of `var` in `rows`, each IRI once, in order."""
    seen: dict[str, str] = {}
    for r in rows:
        if var in r and r[var].value not in seen:
            label = _v(r, var + "Name") or curie(r[var].value)
            seen[r[var].value] = label
    return list(seen.items())


def event_head(subject: str) -> dict[str, object]:
    store = kb()
    rows = store.select(
        f"""SELECT ?type ?status ?date ?place (SAMPLE(?pn) AS ?placeName) ?article
                   (SAMPLE(?t) AS ?articleName) ?canonical WHERE {{
          GRAPH ?article {{ {subject} pa:eventType ?type ; pa:status ?status .
            OPTIONAL {{ {subject} pa:date ?date }}
            OPTIONAL {{ {subject} pa:place ?place OPTIONAL {{ ?place pa:name ?pn }} }}
            OPTIONAL {{ {subject} pa:reportOf ?canonical }}
            OPTIONAL {{ ?article pa:title ?t }} }}
        }} GROUP BY ?type ?status ?date ?place ?article ?canonical LIMIT 20"""
    )
    roles = store.select(
        f"""SELECT ?role ?who (SAMPLE(?n) AS ?whoName) WHERE {{
          VALUES ?role {{ {EVENT_ROLES} }} {subject} ?role ?who OPTIONAL {{ ?who pa:name ?n }}
        }} GROUP BY ?role ?who ORDER BY ?role ?whoName"""
    )
    by_role: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in roles:
        by_role[humanize(r["role"].value)].append(
            (r["who"].value, _v(r, "whoName") or curie(r["who"].value))
        )
    reports: list[Row] = []
    canonical = next((_v(r, "canonical") for r in rows if "canonical" in r), None)
    if canonical:
        reports = store.select(
            f"""SELECT ?event ?status ?date ?article (SAMPLE(?t) AS ?title) ?published WHERE {{
              GRAPH ?article {{ ?event pa:reportOf {sparql_iri(canonical)} ; pa:status ?status .
                OPTIONAL {{ ?event pa:date ?date }} OPTIONAL {{ ?article pa:title ?t }}
                OPTIONAL {{ ?article pa:published ?published }} }}
            }} GROUP BY ?event ?status ?date ?article ?published ORDER BY ?published ?article"""
        )
    first = rows[0] if rows else {}
    return {
        "kind": humanize(_v(first, "type") or ""),
        "status": humanize(_v(first, "status") or ""),
        "date": _v(first, "date"),
        "place": _links(rows, "place"),
        "roles": dict(by_role),
        "articles": _links(rows, "article"),
        "reports": reports,
    }


def statement_head(subject: str) -> dict[str, object]:
    rows = kb().select(
        f"""SELECT ?content ?cue ?date ?speaker (SAMPLE(?sn) AS ?speakerName) ?via
                   (SAMPLE(?vn) AS ?viaName) ?about ?article (SAMPLE(?t) AS ?articleName)
                   ?direct WHERE {{
          GRAPH ?article {{ {subject} pa:content ?content .
            OPTIONAL {{ {subject} pa:cue ?cue }} OPTIONAL {{ {subject} pa:date ?date }}
            OPTIONAL {{ {subject} pa:speaker ?speaker OPTIONAL {{ ?speaker pa:name ?sn }} }}
            OPTIONAL {{ {subject} pa:reportedVia ?via OPTIONAL {{ ?via pa:name ?vn }} }}
            OPTIONAL {{ {subject} pa:about ?about }}
            OPTIONAL {{ {subject} a ?direct FILTER (?direct = pa:DirectStatement) }}
            OPTIONAL {{ ?article pa:title ?t }} }}
        }} GROUP BY ?content ?cue ?date ?speaker ?via ?about ?article ?direct LIMIT 20"""
    )
    first = rows[0] if rows else {}
    return {
        "content": _v(first, "content"),
        "cue": _v(first, "cue"),
        "date": _v(first, "date"),
        "kind": "direct" if "direct" in first else "reported",
        "speaker": _links(rows, "speaker"),
        "via": _links(rows, "via"),
        "about": [iri for iri, _ in _links(rows, "about")],
        "articles": _links(rows, "article"),
    }
