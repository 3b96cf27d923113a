"""Through the endpoint too, the default graph is a set: each fact once, however many graphs
hold it, after Graph Store Protocol writes and SPARQL Updates alike."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

AUTH = {"Authorization": "Bearer test-token"}
JSON = "application/sparql-results+json"
SHARED = '<http://example.org/rubio> <http://example.org/name> "Marco Rubio" .'
REPEATED = (
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT ?s ?p ?o WHERE { ?s ?p ?o } "
    "GROUP BY ?s ?p ?o HAVING (COUNT(*) > 1) }"
)
NAMES = 'SELECT ?n WHERE { ?a <http://example.org/name> ?n FILTER (?n = "Marco Rubio") }'
STATING = 'SELECT ?g WHERE { GRAPH ?g { ?a <http://example.org/name> "Marco Rubio" } }'


def rows(c: FlaskClient, query: str) -> list[dict[str, dict[str, str]]]:
    r = c.get("/sparql", query_string={"query": query}, headers={"Accept": JSON})
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()["results"]["bindings"]  # type: ignore[no-any-return]


def repeated(c: FlaskClient) -> int:
    return int(rows(c, REPEATED)[0]["n"]["value"])


def put(c: FlaskClient, graph: str, turtle: str) -> None:
    r = c.put(
        "/gsp", query_string={"graph": graph}, data=turtle, content_type="text/turtle",
        headers=AUTH,
    )  # fmt: skip
    assert r.status_code in (201, 204), r.get_data(as_text=True)


def update(c: FlaskClient, text: str) -> None:
    r = c.post("/sparql", data=text, content_type="application/sparql-update", headers=AUTH)
    assert r.status_code == 204, r.get_data(as_text=True)


def test_fixture_store_has_no_repeated_triple(client: FlaskClient) -> None:
    assert repeated(client) == 0


def test_writes_keep_one_copy_of_a_shared_fact(writable: Flask) -> None:
    c = writable.test_client()
    for g in ("http://example.org/g1", "http://example.org/g2"):
        put(c, g, SHARED + "\n<http://example.org/x> <http://example.org/in> <" + g + "> .")
    update(c, "INSERT DATA { GRAPH <http://example.org/g3> { " + SHARED + " } }")
    assert len(rows(c, NAMES)) == 1 and len(rows(c, STATING)) == 3
    assert repeated(c) == 0
    # Replacing g1 without the fact, then dropping g2 (GSP) and g3 (Update): gone at the last.
    put(c, "http://example.org/g1", "<http://example.org/x> <http://example.org/p> 1 .")
    assert len(rows(c, NAMES)) == 1 and len(rows(c, STATING)) == 2
    assert (
        c.delete("/gsp", query_string={"graph": "http://example.org/g2"}, headers=AUTH).status_code
        == 204
    )
    assert len(rows(c, NAMES)) == 1
    update(c, "DROP GRAPH <http://example.org/g3>")
    assert rows(c, NAMES) == [] and rows(c, STATING) == []
    # What only a replaced or dropped graph said is gone from the default graph too.
    assert rows(c, "SELECT ?g WHERE { ?x <http://example.org/in> ?g }") == []
