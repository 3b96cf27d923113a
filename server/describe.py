"""What the server says about itself: service description, VoID, health, OpenAPI."""

from __future__ import annotations

import logging
import time

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify

from kg.namespaces import BASE, PREFIXES
from kg.store import ONTOLOGY_GRAPH
from server.context import config, endpoint_url, kb, public_base
from server.errors import ApiError
from server.formats import GRAPH_FORMATS, RESULTS_FORMATS
from server.rdfout import DCT, FORMATS, RDF_TYPE, SD, VOID, TripleBuilder, rdf_response

log = logging.getLogger(__name__)

bp = Blueprint("describe", __name__)

_FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle",
    "ntriples": "N-Triples",
    "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML",
    "trig": "TriG",
    "nquads": "N-Quads",
    "n3": "N3",
}
VOCABULARIES = ("pa", "schema", "sem", "oa", "prov", "skos", "rdfs", "owl", "plover")
CLASSES = ("Article", "Person", "Organization", "Country", "Delegation", "Statement", "Event")


def service_description() -> Response:
    """SPARQL 1.1 Service Description of `/sparql` (what GET without a query returns)."""
    cfg = config()
    b = TripleBuilder()
    svc = ox.NamedNode(endpoint_url())
    b.iri(svc, RDF_TYPE, SD + "Service")
    b.iri(svc, SD + "endpoint", endpoint_url())
    b.iri(svc, SD + "supportedLanguage", SD + "SPARQL11Query")
    if not cfg.read_only:
        b.iri(svc, SD + "supportedLanguage", SD + "SPARQL11Update")
    b.iri(svc, SD + "feature", SD + "UnionDefaultGraph")
    for fmt in RESULTS_FORMATS + GRAPH_FORMATS:  # type: ignore[operator]
        b.iri(svc, SD + "resultFormat", FORMATS + _FORMAT_IRIS[fmt.key])
    for fmt in GRAPH_FORMATS:
        b.iri(svc, SD + "inputFormat", FORMATS + _FORMAT_IRIS[fmt.key])
    b.lit(
        svc,
        DCT + "description",
        "Parley knowledge base of diplomatic actors, statements and events. The default graph "
        f"is the union of all graphs; queries stop after {cfg.timeout:g} s and return at most "
        f"{cfg.max_rows} rows; SERVICE, LOAD and remote FROM are refused.",
    )
    dataset = ox.BlankNode()
    b.add(svc, SD + "defaultDataset", dataset)
    b.iri(dataset, RDF_TYPE, SD + "Dataset")
    b.iri(dataset, VOID + "sparqlEndpoint", endpoint_url())
    default = ox.BlankNode()
    b.add(dataset, SD + "defaultGraph", default)
    b.iri(default, RDF_TYPE, SD + "Graph")
    b.iri(dataset, DCT + "conformsTo", public_base() + ".well-known/void")
    return rdf_response(b.triples)


def dataset_counts() -> dict[str, int]:
    store = kb()

    def compute() -> dict[str, int]:
        out: dict[str, int] = {}
        # The default graph: the set union of the graphs, each triple once (kg.union).
        rows = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", max_rows=1)
        out["triples"] = int(rows[0]["n"].value) if rows else 0
        rows = store.select(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a pa:Article } }", max_rows=1
        )
        out["articles"] = int(rows[0]["n"].value) if rows else 0
        for cls in CLASSES:
            rows = store.select(
                f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a pa:{cls} }}", max_rows=1
            )
            out[cls] = int(rows[0]["n"].value) if rows else 0
        return out

    return store.cached("counts", 60.0, compute)


@bp.get("/.well-known/void")
def void() -> Response:
    counts = dataset_counts()
    b = TripleBuilder()
    ds = ox.NamedNode(public_base() + ".well-known/void#parley")
    b.iri(ds, RDF_TYPE, VOID + "Dataset")
    b.lit(ds, DCT + "title", "Parley knowledge base")
    b.lit(
        ds,
        DCT + "description",
        "Actors, statements and diplomatic events extracted from news articles, each with "
        "character-offset evidence; one named graph per article.",
    )
    b.iri(ds, VOID + "sparqlEndpoint", endpoint_url())
    b.iri(ds, VOID + "uriSpace", BASE)
    b.lit(ds, VOID + "uriSpace", BASE)
    b.iri(ds, VOID + "rootResource", public_base())
    b.lit(ds, VOID + "triples", counts["triples"])
    b.lit(ds, VOID + "documents", counts["articles"])
    for prefix in VOCABULARIES:
        b.iri(ds, VOID + "vocabulary", PREFIXES[prefix])
    for fmt in GRAPH_FORMATS:
        b.iri(ds, VOID + "feature", FORMATS + _FORMAT_IRIS[fmt.key])
    for cls in CLASSES:
        part = ox.BlankNode()
        b.add(ds, VOID + "classPartition", part)
        b.iri(part, VOID + "class", PREFIXES["pa"] + cls)
        b.lit(part, VOID + "entities", counts[cls])
    ontology = ox.NamedNode(ONTOLOGY_GRAPH)
    b.add(ds, VOID + "vocabulary", ontology)
    return rdf_response(b.triples)


@bp.get("/health")
def health() -> Response:
    started = time.monotonic()
    try:
        ok = kb().ask("ASK {}")
    except ApiError as err:
        raise ApiError(503, "unhealthy", f"query workers are not answering: {err.message}") from err
    cfg = config()
    return jsonify(
        {
            "status": "ok" if ok else "degraded",
            "readOnly": cfg.read_only,
            "workers": kb().pool.pids(),
            "timeout": cfg.timeout,
            "maxRows": cfg.max_rows,
            "latencyMs": round((time.monotonic() - started) * 1000, 1),
        }
    )


@bp.get("/openapi.json")
def openapi() -> Response:
    from server.openapi import build_spec

    return jsonify(build_spec(current_app, public_base()))
