"""`kg serve --store URL`: the server fronts a SPARQL server (a real `oxigraph serve` on
loopback holding the fixture knowledge base) and answers as it does over its own store."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from server_live import TOKEN
from tests_server_helpers import assert_error

from server import create_app, shutdown
from tests.oxigraph_server import oxigraph_server

JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def remote_app(kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    location = tmp_path_factory.mktemp("remote") / "store"
    shutil.copytree(kb_path, location)
    with oxigraph_server(location) as url:
        app = create_app({"store": location, "remote": url, "workers": 1, "update_token": TOKEN})
        yield app
        shutdown(app)


QUERIES = [
    "SELECT ?a ?n WHERE { ?a a pa:Person ; pa:name ?n } ORDER BY ?a ?n",
    "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a pa:Statement } }",
    'ASK { ?a pa:name "Sergei Lavrov" }',
]


@pytest.mark.parametrize("query", QUERIES)
def test_same_answers_as_over_the_store(remote_app: Flask, client: FlaskClient, query: str) -> None:
    there = remote_app.test_client().get("/sparql", query_string={"query": query})
    here = client.get("/sparql", query_string={"query": query})
    assert there.status_code == here.status_code == 200
    assert (
        there.get_json()["results" if "SELECT" in query else "boolean"]
        == here.get_json()["results" if "SELECT" in query else "boolean"]
    )


SEARCHES = ["lavrov", "talks", "ceasefire lavrov", "kraine", "istanbul talks", '"near" (x*']


@pytest.mark.parametrize("q", SEARCHES)
def test_search_gives_the_same_hits(remote_app: Flask, client: FlaskClient, q: str) -> None:
    """Fronting a remote server, search runs in SPARQL (no word index can follow its writes);
    over the store, in the word index: the same answers."""
    there = remote_app.test_client().get("/search.json", query_string={"q": q})
    here = client.get("/search.json", query_string={"q": q})
    assert there.status_code == here.status_code == 200
    assert there.get_json() == here.get_json()
    assert here.get_json()["results"] or q.startswith('"')


def test_graphs_and_pages(remote_app: Flask, client: FlaskClient) -> None:
    c = remote_app.test_client()
    construct = "CONSTRUCT { ?a pa:name ?n } WHERE { ?a a pa:Country ; pa:name ?n }"
    there = c.get(
        "/sparql", query_string={"query": construct}, headers={"Accept": "application/n-triples"}
    )
    here = client.get(
        "/sparql", query_string={"query": construct}, headers={"Accept": "application/n-triples"}
    )
    assert there.status_code == 200
    assert sorted(there.get_data().splitlines()) == sorted(here.get_data().splitlines())
    page = c.get("/id/actor/sergei-lavrov", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "Sergei Lavrov" in page.get_data(as_text=True)
    bad = c.get("/sparql", query_string={"query": "SELECT * WHERE {"})
    assert_error(bad, 400, "malformed_query")


def test_fronting_is_read_only(remote_app: Flask) -> None:
    c = remote_app.test_client()
    r = c.post(
        "/sparql",
        data={"update": "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    err = assert_error(r, 403, "remote_read_only")
    assert "kg ingest --store" in err["message"]
    assert c.get("/health").get_json()["readOnly"] is True


def test_unreachable_server_is_a_502(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])  # nothing listens there once closed
    app = create_app({"store": tmp_path / "unused", "remote": f"http://127.0.0.1:{port}"})
    try:
        r = app.test_client().get("/sparql", query_string={"query": "ASK {}"})
        assert "cannot reach" in assert_error(r, 502, "upstream_error")["message"]
        assert not (tmp_path / "unused").exists()  # no store folder is made when fronting
    finally:
        shutdown(app)
