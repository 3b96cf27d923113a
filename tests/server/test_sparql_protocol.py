"""SPARQL 1.1 Protocol at /sparql: operations, content negotiation, dataset, limits, errors."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from tests_server_helpers import assert_error, row_cap

PERSONS = "SELECT DISTINCT ?p ?name WHERE { ?p a pa:Person ; pa:name ?name } ORDER BY ?name"
CONSTRUCT = "CONSTRUCT { ?p pa:name ?name } WHERE { ?p a pa:Person ; pa:name ?name }"


def test_get_select_json(client: FlaskClient) -> None:
    r = client.get(
        "/sparql", query_string={"query": PERSONS}, headers={"Origin": "http://a.example"}
    )
    assert r.status_code == 200
    assert r.mimetype == "application/sparql-results+json"
    data = r.get_json()
    names = [b["name"]["value"] for b in data["results"]["bindings"]]
    assert names == ["Hakan Fidan", "Marco Rubio", "Sergei Lavrov"]
    assert data["parley"] == {"maxRows": 1000, "rowCount": 3, "truncated": False}
    assert r.headers["Parley-Rows"] == "count=3, max=1000, truncated=?0"
    assert r.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    ("accept", "mimetype"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/json", "application/sparql-results+json"),
        ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("*/*", "application/sparql-results+json"),
    ],
)
def test_results_negotiation(client: FlaskClient, accept: str, mimetype: str) -> None:
    r = client.get("/sparql", query_string={"query": PERSONS}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.mimetype == mimetype
    assert "Accept" in r.headers["Vary"]


def test_csv_and_tsv_content(client: FlaskClient) -> None:
    r = client.get("/sparql", query_string={"query": PERSONS, "format": "csv"})
    rows = list(csv.reader(io.StringIO(r.get_data(as_text=True))))
    assert rows[0] == ["p", "name"] and len(rows) == 4
    r = client.get("/sparql", query_string={"query": PERSONS, "format": "tsv"})
    lines = r.get_data(as_text=True).splitlines()
    assert lines[0] == "?p\t?name" and '"Marco Rubio"' in lines[2]


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/trig", ox.RdfFormat.TRIG),
        ("application/n-quads", ox.RdfFormat.N_QUADS),
        ("application/rdf+xml;q=0.2, application/n-triples;q=0.8", ox.RdfFormat.N_TRIPLES),
    ],
)
def test_graph_negotiation(client: FlaskClient, accept: str, fmt: ox.RdfFormat) -> None:
    r = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.mimetype == fmt.media_type
    triples = {q.triple for q in ox.parse(r.get_data(), format=fmt)}
    assert len(triples) == 3


def test_format_parameter_overrides_accept(client: FlaskClient) -> None:
    r = client.get(
        "/sparql",
        query_string={"query": CONSTRUCT, "format": "turtle"},
        headers={"Accept": "application/rdf+xml"},
    )
    assert r.mimetype == "text/turtle"
    r = client.get("/sparql", query_string={"query": "ASK {}", "format": "xml"})
    assert r.mimetype == "application/sparql-results+xml"


def test_not_acceptable(client: FlaskClient) -> None:
    r = client.get("/sparql", query_string={"query": PERSONS}, headers={"Accept": "image/png"})
    assert_error(r, 406, "not_acceptable")
    r = client.get("/sparql", query_string={"query": CONSTRUCT, "format": "csv"})
    assert_error(r, 406, "not_acceptable")


def test_post_form_and_direct(client: FlaskClient) -> None:
    r = client.post("/sparql", data={"query": "ASK { ?s a pa:Article }"})
    assert r.status_code == 200 and r.get_json()["boolean"] is True
    r = client.post(
        "/sparql", data="ASK { ?s a pa:Event }", content_type="application/sparql-query"
    )
    assert r.status_code == 200 and r.get_json()["boolean"] is True


def test_malformed_query_is_json_400(client: FlaskClient) -> None:
    err = assert_error(client.get("/sparql", query_string={"query": "SELECT * {"}), 400)
    assert err["code"] == "malformed_query"


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"data": "ASK {}", "content_type": "text/plain"}, 415),
        ({"data": "ASK {}"}, 415),
        (
            {
                "data": "ASK {}".encode("utf-16"),
                "content_type": "application/sparql-query; charset=UTF-16",
            },
            415,
        ),
        ({"data": b"ASK { \xff }", "content_type": "application/sparql-query"}, 400),
    ],
)
def test_bad_posts(client: FlaskClient, kwargs: dict[str, object], status: int) -> None:
    assert_error(client.post("/sparql", **kwargs), status)  # type: ignore[arg-type]


def test_two_queries_and_wrong_method(client: FlaskClient) -> None:
    assert_error(client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D"), 400)
    r = client.put("/sparql?query=ASK%7B%7D")
    assert_error(r, 405, "method_not_allowed")


def test_service_and_load_refused(client: FlaskClient) -> None:
    q = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    err = assert_error(client.get("/sparql", query_string={"query": q}), 400, "outbound_refused")
    assert "outbound" in err["message"]
    # Lower case, with a comment and a string mentioning SERVICE elsewhere.
    q = '# SERVICE\nselect * { service silent <http://x/> { ?s ?p "SERVICE" } }'
    assert_error(client.get("/sparql", query_string={"query": q}), 400, "outbound_refused")


def test_keywords_in_strings_are_not_refused(client: FlaskClient) -> None:
    q = 'SELECT ?x WHERE { BIND("SERVICE LOAD <http://x>" AS ?x) } # SERVICE'
    r = client.get("/sparql", query_string={"query": q})
    assert r.status_code == 200


def test_from_outside_store_refused(client: FlaskClient) -> None:
    q = "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }"
    err = assert_error(client.get("/sparql", query_string={"query": q}), 400, "outside_store")
    assert "remote.ttl" in err["message"]


def test_from_stored_graph(client: FlaskClient) -> None:
    art = "https://w3id.org/parley/id/article/2025-03-10-rubio-lavrov-call"
    q = f"SELECT DISTINCT ?name FROM <{art}> WHERE {{ ?a a pa:Person ; pa:name ?name }}"
    r = client.get("/sparql", query_string={"query": q})
    names = {b["name"]["value"] for b in r.get_json()["results"]["bindings"]}
    assert names == {"Marco Rubio", "Sergei Lavrov"}


def test_protocol_dataset(client: FlaskClient) -> None:
    art = "https://w3id.org/parley/id/article/2025-05-16-istanbul-talks"
    q = "SELECT DISTINCT ?name WHERE { ?a a pa:Person ; pa:name ?name }"
    r = client.get(f"/sparql?query={quote(q)}&default-graph-uri={quote(art)}")
    names = {b["name"]["value"] for b in r.get_json()["results"]["bindings"]}
    assert names == {"Hakan Fidan", "Sergei Lavrov"}
    # A graph the store does not have is empty, not fetched.
    r = client.get(f"/sparql?query={quote(q)}&default-graph-uri=http%3A%2F%2Fexample.org%2Fx")
    assert r.status_code == 200 and r.get_json()["results"]["bindings"] == []
    q = "SELECT ?g WHERE { GRAPH ?g { ?g a pa:Article } }"
    r = client.get(f"/sparql?query={quote(q)}&named-graph-uri={quote(art)}")
    assert [b["g"]["value"] for b in r.get_json()["results"]["bindings"]] == [art]


def test_row_cap(app_factory: Callable[..., Flask]) -> None:
    c = app_factory(max_rows=5).test_client()
    r = c.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    data = r.get_json()
    assert len(data["results"]["bindings"]) == 5
    assert data["parley"]["truncated"] is True
    assert row_cap(r) == {"count": 5, "max": 5, "truncated": True}
    r = c.get(
        "/sparql",
        query_string={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
    )
    assert len(r.get_data().splitlines()) == 5 and row_cap(r)["truncated"] is True
    r = c.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
    assert row_cap(r) == {"count": 3, "max": 5, "truncated": False}


def test_body_size_cap(client: FlaskClient) -> None:
    big = "ASK {} #" + "x" * (17 * 1024 * 1024)
    r = client.post("/sparql", data=big, content_type="application/sparql-query")
    assert_error(r, 413, "payload_too_large")


def test_cors_preflight(client: FlaskClient) -> None:
    r = client.options(
        "/sparql", headers={"Origin": "http://a.example", "Access-Control-Request-Method": "POST"}
    )
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in r.headers["Access-Control-Allow-Methods"]


def test_unknown_route_json(client: FlaskClient) -> None:
    assert_error(client.get("/no/such/page"), 404, "not_found")


def test_json_results_parse_as_json(client: FlaskClient) -> None:
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 2"})
    assert json.loads(r.get_data())["head"]["vars"] == ["o", "p", "s"]


def _texts(body: bytes, media_type: str) -> list[str]:
    if media_type == "text/csv":  # Oxigraph does not read CSV results (lossy)
        return [row["t"] for row in csv.DictReader(io.StringIO(body.decode(), newline=""))]
    fmt = ox.QueryResultsFormat.from_media_type(media_type)
    rows = ox.parse_query_results(body, format=fmt)
    assert isinstance(rows, ox.QuerySolutions)
    return [str(row["t"].value) if row["t"] is not None else "" for row in rows]


@pytest.mark.parametrize(
    "accept",
    [
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ],
)
def test_row_count_in_every_results_format(app_factory: Callable[..., Flask], accept: str) -> None:
    # Article texts hold line breaks, quotes and commas: rows are counted, not lines. Oxigraph's
    # parser reading the JSON also checks that the cap report does not break strict readers.
    c = app_factory(max_rows=2).test_client()
    texts = "SELECT ?t WHERE { ?a pa:text ?t } ORDER BY ?a"
    r = c.get("/sparql", query_string={"query": texts}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == accept
    assert row_cap(r) == {"count": 2, "max": 2, "truncated": False}
    found = _texts(r.get_data(), accept)
    assert len(found) == 2 and all("\n" in text for text in found)
    everything = "SELECT (?o AS ?t) WHERE { ?s ?p ?o }"
    r = c.get("/sparql", query_string={"query": everything}, headers={"Accept": accept})
    assert row_cap(r) == {"count": 2, "max": 2, "truncated": True}
    assert len(_texts(r.get_data(), accept)) == 2
