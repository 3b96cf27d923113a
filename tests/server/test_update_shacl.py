"""SPARQL Update on article graphs is validated with the Parley shapes, like an ingest."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from tests_server_helpers import assert_error

AUTH = {"Authorization": "Bearer test-token"}


def first_article(c: FlaskClient) -> str:
    r = c.get(
        "/sparql", query_string={"query": "SELECT ?a WHERE { ?a a pa:Article } ORDER BY ?a LIMIT 1"}
    )
    return r.get_json()["results"]["bindings"][0]["a"]["value"]


def titles(c: FlaskClient, article: str) -> list[str]:
    q = f"SELECT ?t WHERE {{ GRAPH <{article}> {{ <{article}> pa:title ?t }} }}"
    rows = c.get("/sparql", query_string={"query": q}).get_json()["results"]["bindings"]
    return [r["t"]["value"] for r in rows]


def update(c: FlaskClient, text: str):  # type: ignore[no-untyped-def]
    return c.post("/sparql", data=text, content_type="application/sparql-update", headers=AUTH)


def test_update_breaking_an_article_is_undone(writable: Flask) -> None:
    c = writable.test_client()
    article = first_article(c)
    before = titles(c, article)
    r = update(c, f"DELETE WHERE {{ GRAPH <{article}> {{ <{article}> pa:title ?t }} }}")
    err = assert_error(r, 422, "shacl_violation")
    assert "ArticleShape" in err["message"] and "pa:title" in err["message"]
    assert titles(c, article) == before


def test_conforming_update_of_an_article_is_applied(writable: Flask) -> None:
    c = writable.test_client()
    article = first_article(c)
    r = update(
        c,
        f"DELETE {{ GRAPH <{article}> {{ <{article}> pa:title ?t }} }} "
        f'INSERT {{ GRAPH <{article}> {{ <{article}> pa:title "A new headline" }} }} '
        f"WHERE {{ GRAPH <{article}> {{ <{article}> pa:title ?t }} }}",
    )
    assert r.status_code == 204, r.get_data(as_text=True)
    assert titles(c, article) == ["A new headline"]


def test_update_writing_an_unnamed_graph_is_refused(writable: Flask) -> None:
    c = writable.test_client()
    r = update(c, "DELETE { GRAPH ?g { ?s pa:title ?t } } WHERE { GRAPH ?g { ?s pa:title ?t } }")
    err = assert_error(r, 400, "unverifiable_update")
    assert "GRAPH ?g" in err["message"]


def test_graphs_an_update_writes_are_found_in_every_form() -> None:
    """Prefixed names, relative IRIs against BASE, WITH, ADD ... TO, LOAD ... INTO, DELETE
    WHERE; graphs only read (WHERE, USING) or outside the article space are not targets."""
    from server.kb import PREFIXES
    from server.update_guard import article_targets

    update = (
        "PREFIX a: <https://w3id.org/parley/id/article/> BASE <https://w3id.org/parley/id/> "
        "INSERT DATA { GRAPH a:g { <s> <p> 1 } GRAPH <article/rel> { <s> <p> 2 } <s> <p> 3 } ; "
        "WITH a:w DELETE { GRAPH <http://example.org/x> { ?s ?p ?o } } INSERT { ?s ?p 4 } "
        "WHERE { GRAPH a:read { ?s ?p ?o } } ; ADD <http://example.org/a> TO a:b ; "
        "LOAD <http://example.org/l> INTO GRAPH a:c ; DELETE WHERE { GRAPH a:d { ?s ?p ?o } }"
    )
    found = article_targets(update, "http://localhost/sparql", PREFIXES).graphs
    base = "https://w3id.org/parley/id/article/"
    assert found == {base + name for name in ("g", "rel", "w", "b", "c", "d")}


def test_escaped_article_iri_is_validated(writable: Flask) -> None:
    """A local-name escape (`i:article\\/x`) names the same article graph for Oxigraph; the
    graph written must still be validated."""
    c = writable.test_client()
    article = first_article(c)
    local = article.removeprefix("https://w3id.org/parley/id/article/")
    r = update(
        c,
        "PREFIX i: <https://w3id.org/parley/id/> "
        f"DELETE WHERE {{ GRAPH i:article\\/{local} {{ <{article}> pa:title ?t }} }}",
    )
    assert_error(r, 422, "shacl_violation")
    assert titles(c, article) != []


def test_bare_cr_cannot_hide_an_update_from_validation(writable: Flask) -> None:
    c = writable.test_client()
    article = first_article(c)
    r = update(c, f"# note\rDELETE WHERE {{ GRAPH <{article}> {{ <{article}> pa:title ?t }} }}")
    assert_error(r, 422, "shacl_violation")
    assert titles(c, article) != []
