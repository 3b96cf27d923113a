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
