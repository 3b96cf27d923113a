"""Real SPARQL clients against the live server (waitress on a loopback port)."""

from __future__ import annotations

from typing import Any

from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

PREFIX = "PREFIX pa: <https://w3id.org/parley/ontology#>\n"


def test_sparqlwrapper_select_json_xml_csv(live_server: object) -> None:
    url = live_server.url + "/sparql"  # type: ignore[attr-defined]
    sw = SPARQLWrapper(url)
    sw.setQuery(
        PREFIX + "SELECT DISTINCT ?name WHERE { ?p a pa:Person ; pa:name ?name } ORDER BY ?name"
    )
    sw.setReturnFormat(JSON)
    result: Any = sw.queryAndConvert()
    names = [b["name"]["value"] for b in result["results"]["bindings"]]
    assert names == ["Hakan Fidan", "Marco Rubio", "Sergei Lavrov"]
    sw.setReturnFormat(XML)
    assert sw.queryAndConvert().getElementsByTagName("literal")  # type: ignore[union-attr]
    sw.setReturnFormat(CSV)
    assert b"Marco Rubio" in sw.queryAndConvert()  # type: ignore[operator]
    sw.setMethod("POST")
    sw.setReturnFormat(JSON)
    sw.setQuery("ASK { ?s ?p ?o }")
    answer: Any = sw.queryAndConvert()
    assert answer["boolean"] is True


def test_sparqlwrapper_construct_turtle(live_server: object) -> None:
    sw = SPARQLWrapper(live_server.url + "/sparql")  # type: ignore[attr-defined]
    sw.setQuery(PREFIX + "CONSTRUCT { ?p pa:name ?n } WHERE { ?p a pa:Person ; pa:name ?n }")
    sw.setReturnFormat(TURTLE)
    g = Graph().parse(data=sw.queryAndConvert(), format="turtle")  # type: ignore[arg-type]
    assert len(g) == 3


def test_sparqlwrapper_error_is_reported(live_server: object) -> None:
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    sw = SPARQLWrapper(live_server.url + "/sparql")  # type: ignore[attr-defined]
    sw.setQuery("SELECT * WHERE {")
    sw.setReturnFormat(JSON)
    try:
        sw.queryAndConvert()
    except QueryBadFormed as err:
        assert "malformed_query" in str(err)
    else:
        raise AssertionError("expected QueryBadFormed")


def test_rdflib_sparqlstore(live_server: object) -> None:
    store = SPARQLStore(live_server.url + "/sparql", returnFormat="json")  # type: ignore[attr-defined]
    g = Graph(store=store)
    rows: list[Any] = list(g.query(PREFIX + "SELECT DISTINCT ?p WHERE { ?p a pa:Country }"))
    assert {str(r[0]).rsplit("/", 1)[-1] for r in rows} == {
        "united-states",
        "russia",
        "turkey",
        "ukraine",
    }
    rubio = URIRef("https://w3id.org/parley/id/actor/marco-rubio")
    names = {str(o) for o in g.objects(rubio, URIRef("https://w3id.org/parley/ontology#name"))}
    assert names == {"Marco Rubio"}
