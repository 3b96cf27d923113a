"""Writes: bearer-token auth, SPARQL Update, Graph Store Protocol, SHACL, unsafe uploads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from tests_server_helpers import assert_error

from server.update_guard import add_using, article_targets

AUTH = {"Authorization": "Bearer test-token"}
INSERT = (
    "INSERT DATA { GRAPH <http://example.org/g> "
    '{ <http://example.org/s> <http://example.org/p> "new" } }'
)
ASK_NEW = 'ASK { <http://example.org/s> <http://example.org/p> "new" }'
FIXTURES = Path(__file__).parent / "fixtures"


def ask(c: FlaskClient, q: str) -> bool:
    return bool(c.get("/sparql", query_string={"query": q}).get_json()["boolean"])


def test_update_needs_token(client: FlaskClient) -> None:
    r = client.post("/sparql", data={"update": INSERT})
    err = assert_error(r, 401, "unauthorized")
    assert "Bearer" in err["message"] and r.headers["WWW-Authenticate"].startswith("Bearer")
    r = client.post(
        "/sparql",
        data=INSERT,
        content_type="application/sparql-update",
        headers={"Authorization": "Bearer wrong"},
    )
    assert_error(r, 401, "unauthorized")
    assert not ask(client, ASK_NEW)


def test_read_only_server_says_so(app_factory: Callable[..., Flask]) -> None:
    c = app_factory(update_token="").test_client()
    err = assert_error(c.post("/sparql", data={"update": INSERT}, headers=AUTH), 401, "read_only")
    assert "read-only" in err["message"] and "KG_UPDATE_TOKEN" in err["message"]
    assert_error(
        c.put("/gsp?default", data="<a:b> <a:c> <a:d> .", content_type="text/turtle"),
        401,
        "read_only",
    )


def test_update_with_token_is_visible_to_queries(writable: Flask) -> None:
    c = writable.test_client()
    assert not ask(c, ASK_NEW)
    r = c.post("/sparql", data=INSERT, content_type="application/sparql-update", headers=AUTH)
    assert r.status_code == 204
    assert ask(c, ASK_NEW)
    r = c.post("/sparql", data={"update": "DROP GRAPH <http://example.org/g>"}, headers=AUTH)
    assert r.status_code == 204 and not ask(c, ASK_NEW)


def test_update_errors(writable: Flask) -> None:
    c = writable.test_client()
    assert_error(
        c.post("/sparql", data={"update": "CLEAR XYZ"}, headers=AUTH), 400, "malformed_update"
    )
    err = assert_error(
        c.post("/sparql", data={"update": "LOAD <http://example.org/data.ttl>"}, headers=AUTH),
        400,
        "outbound_refused",
    )
    assert "LOAD" in err["message"]
    assert_error(c.get("/sparql?update=CLEAR%20ALL"), 405)
    q = "WITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert_error(
        c.post(
            "/sparql?using-graph-uri=http%3A%2F%2Fe%2Fh",
            data=q,
            content_type="application/sparql-update",
            headers=AUTH,
        ),
        400,
        "dataset_conflict",
    )


def test_using_graph_uri(writable: Flask) -> None:
    c = writable.test_client()
    art = "https://w3id.org/parley/id/article/2025-03-10-rubio-lavrov-call"
    update = (
        "INSERT { GRAPH <http://example.org/out> { ?p a <http://example.org/Seen> } } "
        "WHERE { ?p a pa:Person }"
    )
    r = c.post(
        f"/sparql?using-graph-uri={art}",
        data=update,
        content_type="application/sparql-update",
        headers=AUTH,
    )
    assert r.status_code == 204
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/out> { ?p ?x ?y } }"
    n = c.get("/sparql", query_string={"query": q}).get_json()["results"]["bindings"][0]["n"]
    assert n["value"] == "2"  # Rubio and Lavrov: only the call article was used


def test_add_using_places_clauses_by_the_grammar() -> None:
    # WHERE inside a string, an IRI and a comment is no keyword; DELETE WHERE takes no USING;
    # keywords are case-insensitive; each DELETE/INSERT operation gets the clauses.
    update = (
        "PREFIX : <http://e/>  # WHERE in a comment\n"
        "INSERT { :a :b 'WHERE' } WHERE { ?x <http://e/WHERE> \"}WHERE\" } ;\n"
        "DELETE WHERE { ?a :b ?c } ;\n"
        "delete { ?a :b ?c } insert { ?a :d ?c } where { ?a :b ?c }"
    )
    out = add_using(update, ["http://e/g"], ["http://e/n"])
    clauses = "USING <http://e/g> USING NAMED <http://e/n> "
    assert out == update.replace("} WHERE { ?x", "} " + clauses + "WHERE { ?x").replace(
        "} where {", "} " + clauses + "where {"
    )
    assert out.count("USING <") == 2
    # The result is an update rdflib (and so the guard) still reads.
    assert not article_targets(out, "http://e/", {}).graphs


def test_add_using_refuses_what_does_not_parse() -> None:
    with pytest.raises(SyntaxError):
        add_using("INSERT { <a:a> <a:b> <a:c> } WHERE {", ["http://e/g"], [])


def test_gsp_cycle(writable: Flask) -> None:
    c = writable.test_client()
    g = "/gsp?graph=http%3A%2F%2Fexample.org%2Fdata"
    ttl = "<http://example.org/x> <http://example.org/p> 1 ."
    assert_error(c.get(g), 404, "not_found")
    assert_error(c.put(g, data=ttl, content_type="text/turtle"), 401)
    assert c.put(g, data=ttl, content_type="text/turtle", headers=AUTH).status_code == 201
    assert c.put(g, data=ttl, content_type="text/turtle", headers=AUTH).status_code == 204
    more = '{"@id": "http://example.org/x", "http://example.org/q": "two"}'
    assert c.post(g, data=more, content_type="application/ld+json", headers=AUTH).status_code == 204
    r = c.get(g, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and len(r.get_data().splitlines()) == 2
    assert c.head(g).status_code == 200
    assert c.delete(g, headers=AUTH).status_code == 204
    assert_error(c.get(g), 404)
    r = c.post("/gsp", data=ttl, content_type="text/turtle", headers=AUTH)
    assert r.status_code == 201 and "/gsp/graphs/" in r.headers["Location"]


def test_gsp_direct(writable: Flask) -> None:
    c = writable.test_client()
    ttl = "<http://example.org/x> <http://example.org/p> 1 ."
    assert (
        c.put("/gsp/people/1", data=ttl, content_type="text/turtle", headers=AUTH).status_code
        == 201
    )
    q = "ASK { GRAPH <http://localhost/gsp/people/1> { ?s ?p ?o } }"
    assert ask(c, q)


def test_gsp_article_is_validated(writable: Flask) -> None:
    c = writable.test_client()
    art = "https://w3id.org/parley/id/article/bad"
    ttl = f"<{art}> a <https://w3id.org/parley/ontology#Article> ."
    err = assert_error(
        c.put(f"/gsp?graph={art}", data=ttl, content_type="text/turtle", headers=AUTH),
        422,
        "shacl_violation",
    )
    assert "Article" in err["message"]
    assert not ask(c, f"ASK {{ GRAPH <{art}> {{ ?s ?p ?o }} }}")


def test_gsp_valid_article_accepted(writable: Flask) -> None:
    c = writable.test_client()
    art = "https://w3id.org/parley/id/article/2025-03-10-rubio-lavrov-call"
    body = c.get(f"/gsp?graph={art}", headers={"Accept": "text/turtle"}).get_data()
    r = c.put(f"/gsp?graph={art}", data=body, content_type="text/turtle", headers=AUTH)
    assert r.status_code == 204


def test_unsafe_uploads_refused(writable: Flask) -> None:
    c = writable.test_client()
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'
    )
    assert_error(
        c.put("/gsp?default", data=xml, content_type="application/rdf+xml", headers=AUTH),
        400,
        "unsafe_xml",
    )
    remote = '{"@context": "https://schema.org/", "@id": "http://e/x", "name": "x"}'
    err = assert_error(
        c.put("/gsp?default", data=remote, content_type="application/ld+json", headers=AUTH),
        400,
        "outbound_refused",
    )
    assert "context" in err["message"]
    assert_error(c.put("/gsp?default", data="x", content_type="image/png", headers=AUTH), 415)
    assert_error(
        c.put("/gsp?default", data="<a> <b> .", content_type="text/turtle", headers=AUTH),
        400,
        "invalid_rdf",
    )
