"""The JSON-LD context: current with the ontology, complete, and round-trips an article graph."""

from __future__ import annotations

import json

from fixtures_rdf import article_graph
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.jsonld import CONTEXT_PATH, ONTOLOGY_PATH, load_context, render_context
from kg.namespaces import PA


def _expand(context: dict[str, object], value: str) -> str:
    prefix, _, local = value.partition(":")
    base = context.get(prefix)
    return f"{base}{local}" if isinstance(base, str) and local else value


def test_context_is_current() -> None:
    assert CONTEXT_PATH.read_text(encoding="utf-8") == render_context(), (
        "ontology/context.jsonld is stale: run python -m kg.jsonld"
    )


def test_context_is_json_ld_1_1() -> None:
    data = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))
    assert data["@context"]["@version"] == 1.1


def test_every_term_of_the_ontology_has_a_term() -> None:
    ontology = Graph().parse(ONTOLOGY_PATH)
    context = load_context()
    by_iri = {
        _expand(context, entry["@id"] if isinstance(entry, dict) else entry): entry
        for name, entry in context.items()
        if not name.startswith("@") and (isinstance(entry, dict) or ":" in str(entry))
    }
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in ontology.subjects(RDF.type, kind):
            if isinstance(term, URIRef) and str(term).startswith(str(PA)):
                assert str(term) in by_iri, f"no context term for {term}"
                entry = by_iri[str(term)]
                if kind == OWL.ObjectProperty:
                    assert entry["@type"] == "@id", term
                if kind == OWL.DatatypeProperty:
                    ranges = list(ontology.objects(term, RDFS.range))
                    if len(ranges) == 1 and ranges[0] != XSD.string:
                        assert _expand(context, entry["@type"]) == str(ranges[0]), term


def test_article_graph_round_trips_through_json_ld() -> None:
    graph = article_graph()
    context = load_context()  # a local dict: rdflib fetches nothing
    text = graph.serialize(format="json-ld", context=context)
    document = json.loads(text)
    # The compact form uses the context's terms, not full IRIs.
    nodes = document["@graph"]
    article = next(n for n in nodes if n.get("@type") == "Article")
    assert "title" in article and "contentHash" in article
    event = next(n for n in nodes if "status" in n)
    assert isinstance(event["status"], str)
    back = Graph().parse(data=text, format="json-ld")
    assert len(back) == len(graph)
    assert isomorphic(graph, back), set(to_isomorphic(graph)) ^ set(to_isomorphic(back))
