"""Set semantics on Virtuoso: the default graph counts a fact once, as on the embedded store.

Virtuoso's own default graph is every graph, a bag. Parley keeps the set union in the graph
`urn:parley:union`, points each query's default graph at it and keeps it out of `GRAPH ?g`
(kg.remote.Dialect.union_graph). Hand-counted fixture (tests/kb/kb_corpus.py): "Marco Rubio"
is named in articles 0, 5 and 6, not in article 1.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from kb_corpus import article_text
from test_set_semantics import NAMES, STATING, check_set_semantics
from virtuoso_server import Virtuoso, VirtuosoMissing, virtuoso

from kg.ingest import ingest
from kg.mapping import article_iri
from kg.reading import parse_txt
from kg.remote import VIRTUOSO, RemoteStore
from kg.stores import open_store
from kg.union import UNION_GRAPH, scoped_query

JSON = "application/sparql-results+json"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[Virtuoso]:
    try:
        with virtuoso(tmp_path / "virtuoso") as v:
            yield v
    except VirtuosoMissing as err:
        pytest.skip(str(err))


def _kg_query(url: str, sparql: str) -> list[dict[str, str]]:
    done = subprocess.run(
        [sys.executable, "-m", "kg", "query", "--store", url, "--format", "csv", sparql],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def _served(client: object, sparql: str) -> list[dict[str, str]]:
    answer = client.get("/sparql", query_string={"query": sparql}, headers={"Accept": JSON})  # type: ignore[attr-defined]
    assert answer.status_code == 200, answer.get_data(as_text=True)
    rows = answer.get_json()["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


def _ingest(store: RemoteStore, numbers: tuple[int, ...]) -> list[str]:
    """Ingest kb_corpus articles `numbers`; their graphs in that order."""
    articles = [parse_txt(article_text(i), f"a{i}") for i in numbers]
    ingest(store, articles, workers=1)  # type: ignore[arg-type]
    return [str(article_iri(a.key)) for a in articles]


def test_virtuoso_default_graph_is_a_set(server: Virtuoso) -> None:
    """The same checks as the embedded store's and `oxigraph serve`'s (test_set_semantics)."""
    store = open_store(server.url)
    assert isinstance(store, RemoteStore) and store.dialect is VIRTUOSO
    check_set_semantics(store)
    # The union graph is Parley's own: not an article graph, not in GRAPH ?g, not exported.
    assert UNION_GRAPH not in {r["g"].value for r in store.query(GRAPHS)}  # type: ignore[index, union-attr]
    buf = io.BytesIO()
    store.dump(buf, ox.RdfFormat.N_QUADS)
    assert UNION_GRAPH.encode() not in buf.getvalue()


@pytest.mark.slow
def test_kg_query_and_kg_serve_count_a_fact_of_two_articles_once(
    server: Virtuoso, tmp_path: Path
) -> None:
    from server import create_app, shutdown

    store = open_store(server.url)
    assert isinstance(store, RemoteStore)
    rubio = sorted(_ingest(store, (0, 5, 1))[:2])  # Rubio in a0 and a5, not a1
    app = create_app({"store": tmp_path / "kb", "remote": server.url, "workers": 1})
    try:
        client = app.test_client()
        for rows_of in (lambda q: _kg_query(server.url, q), lambda q: _served(client, q)):
            assert rows_of(NAMES) == [{"n": "Marco Rubio"}]
            stating = sorted(r["g"] for r in rows_of(STATING))
            assert stating == rubio
            assert UNION_GRAPH not in {r["g"] for r in rows_of(GRAPHS)}
        # A dataset the client names is the server's, as the protocol says: all of a0.
        named = client.get(
            "/sparql",
            query_string={"query": NAMES, "default-graph-uri": stating[0]},
            headers={"Accept": JSON},
        ).get_json()["results"]["bindings"]
        assert [r["n"]["value"] for r in named] == ["Marco Rubio"]

        store.delete_graph(stating[0])
        assert _kg_query(server.url, NAMES) == [{"n": "Marco Rubio"}]
        assert _served(client, NAMES) == [{"n": "Marco Rubio"}]
        assert [r["g"] for r in _kg_query(server.url, STATING)] == [stating[1]]
        store.delete_graph(stating[1])
        assert _kg_query(server.url, NAMES) == [] == _served(client, NAMES)
        assert _kg_query(server.url, STATING) == []
    finally:
        shutdown(app)


def test_a_store_without_the_union_graph_is_read_then_filled(server: Virtuoso) -> None:
    """Bulk-loaded shards or a store written before: read as all graphs (a bag), and the union
    graph is filled from every graph at the first write."""
    store = open_store(server.url)
    assert isinstance(store, RemoteStore)
    _ingest(store, (0, 6))
    store.update(f"DROP SILENT GRAPH <{UNION_GRAPH}>")
    old = RemoteStore(server.url)
    assert len(list(old.query(NAMES))) == 4  # 2 articles x 2 name patterns: Virtuoso's bag
    filled = open_store(server.url)  # opening for writing fills it
    assert len(list(filled.query(NAMES))) == 1
    assert len(list(filled.query(STATING))) == 2


def test_scoped_query_keeps_strings_comments_and_named_datasets() -> None:
    """The rewrite touches GRAPH blocks only, never text inside strings, IRIs or comments, and
    leaves the default graph alone when the query names its own dataset."""
    text = (
        'SELECT ?g ?h WHERE { GRAPH ?g { ?s ?p "} GRAPH ?x {" } '
        "OPTIONAL { GRAPH <urn:a> { ?s ?p <urn:b> } } } # GRAPH ?z {"
    )
    assert scoped_query(text, "urn:u", True) == (
        "define input:default-graph-uri <urn:u>\n"
        "SELECT ?g ?h WHERE { { SELECT * WHERE { { SELECT * WHERE { "
        'GRAPH ?g { ?s ?p "} GRAPH ?x {" } } } FILTER (?g != <urn:u>) } } '
        "OPTIONAL { { SELECT * WHERE { { SELECT * WHERE { GRAPH ?parley_g0 { ?s ?p <urn:b> } "
        "} } FILTER (?parley_g0 = <urn:a>) } } } } # GRAPH ?z {"
    )
    named = "SELECT ?o FROM <urn:a> WHERE { ?s ?p ?o GRAPH <urn:b> { ?s ?p ?o } }"
    assert scoped_query(named, "urn:u", True) == named
    assert scoped_query("SELECT ?graph ?g { ?s ?p ?o }", "urn:u", False) == (
        "SELECT ?graph ?g { ?s ?p ?o }"
    )
