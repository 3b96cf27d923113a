"""Through the endpoint too, the default graph is a set: each fact once, however many graphs
hold it, after Graph Store Protocol writes and SPARQL Updates alike."""

from __future__ import annotations

import csv
import gc
import io
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
from flask import Flask
from flask.testing import FlaskClient
from server_live import FIXTURES, make_config

from kg.resources import ONTOLOGY_DIR
from kg.store import ONTOLOGY_GRAPH
from server import create_app, shutdown

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


def _kg_query(store: Path, query: str) -> list[dict[str, str]]:
    done = subprocess.run(
        [sys.executable, "-m", "kg", "query", "--store", str(store), "--format", "csv", query],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


# The actor whose name the most article graphs state, with how many state it.
MOST_NAMED = (
    "SELECT ?a (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?a pa:name ?n } } "
    "GROUP BY ?a ORDER BY DESC(?graphs) ?a LIMIT 1"
)


def test_kg_query_and_the_endpoint_find_no_repeated_triple(
    kb_path: Path, client: FlaskClient
) -> None:
    """Issue 17's check, through `kg query` and through the endpoint on the same store: no
    triple of the default graph matches more than once, and an actor named in several
    articles has one row per name it has, not one per article."""
    assert _kg_query(kb_path, REPEATED) == [{"n": "0"}]
    assert repeated(client) == 0
    shared = _kg_query(kb_path, MOST_NAMED)[0]
    assert int(shared["graphs"]) > 1
    names = f"SELECT ?n WHERE {{ <{shared['a']}> pa:name ?n }}"
    distinct = f"SELECT DISTINCT ?n WHERE {{ GRAPH ?g {{ <{shared['a']}> pa:name ?n }} }}"
    served = [r["n"]["value"] for r in rows(client, names)]
    assert sorted(r["n"] for r in _kg_query(kb_path, names)) == sorted(served)
    assert sorted(served) == sorted(r["n"]["value"] for r in rows(client, distinct))


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


def default_has(c: FlaskClient, triple: str) -> bool:
    r = c.get("/sparql", query_string={"query": f"ASK {{ {triple} }}"}, headers={"Accept": JSON})
    assert r.status_code == 200, r.get_data(as_text=True)
    return bool(r.get_json()["boolean"])


def first_article(c: FlaskClient) -> str:
    q = "SELECT ?a WHERE { ?a a pa:Article } ORDER BY ?a LIMIT 1"
    return rows(c, q)[0]["a"]["value"]


def test_an_undone_update_leaves_the_union_as_it_was(writable: Flask) -> None:
    """The update runs in a pool process and is undone by the server (SHACL): neither what it
    added nor what it removed shows in the default graph afterwards."""
    c = writable.test_client()
    article = first_article(c)
    title = f"<{article}> pa:title ?t"
    added = "<http://example.org/only> <http://example.org/in> <http://example.org/undone>"
    assert len(rows(c, f"SELECT ?t WHERE {{ {title} }}")) == 1
    r = c.post(
        "/sparql",
        data=f"DELETE WHERE {{ GRAPH <{article}> {{ {title} }} }} ; "
        f"INSERT DATA {{ GRAPH <{article}> {{ {added} }} }}",
        content_type="application/sparql-update",
        headers=AUTH,
    )
    assert r.status_code == 422, r.get_data(as_text=True)
    assert len(rows(c, f"SELECT ?t WHERE {{ {title} }}")) == 1
    assert not default_has(c, added)
    assert repeated(c) == 0


def test_dropping_all_named_graphs_keeps_only_the_default_graphs_own_triples(
    writable: Flask,
) -> None:
    c = writable.test_client()
    own = "<http://example.org/a> <http://example.org/b> <http://example.org/c>"
    update(c, f"INSERT DATA {{ {own} }}")
    assert default_has(c, "?x a pa:Article")
    update(c, "DROP NAMED")  # names no graph: the union is rebuilt whole
    assert not default_has(c, "?x a pa:Article")
    assert default_has(c, own)
    # Beside the union (the ontology's graph is back, as on every write), only that triple.
    outside = "SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
    assert [r["s"]["value"] for r in rows(c, outside)] == ["http://example.org/a"]


def test_the_default_graph_of_the_graph_store_is_its_own_triples(writable: Flask) -> None:
    """PUT and DELETE of the default graph replace what it holds of its own; the union of the
    named graphs stays in it for queries, and GET gives back exactly what was PUT."""
    c = writable.test_client()
    own = "<http://example.org/a> <http://example.org/b> <http://example.org/c> ."
    r = c.put("/gsp?default", data=own, content_type="application/n-triples", headers=AUTH)
    assert r.status_code == 204, r.get_data(as_text=True)
    assert default_has(c, own.rstrip(" .")) and default_has(c, "?x a pa:Article")
    r = c.get("/gsp?default", headers={"Accept": "application/n-triples"})
    assert r.get_data(as_text=True).strip() == own
    assert c.delete("/gsp?default", headers=AUTH).status_code == 204
    assert not default_has(c, own.rstrip(" .")) and default_has(c, "?x a pa:Article")
    assert c.get("/gsp?default", headers={"Accept": "application/n-triples"}).data.strip() == b""
    assert repeated(c) == 0


def test_a_store_written_before_the_stored_union_is_filled_when_served(tmp_path: Path) -> None:
    """Query processes read the stored default graph, so the server fills an older store's."""
    path = tmp_path / "old"
    old = ox.Store(str(path))
    with (FIXTURES / "kb.trig").open("rb") as data:
        old.load(data, format=ox.RdfFormat.TRIG)  # named graphs only, as older versions wrote
    old.load(
        (ONTOLOGY_DIR / "parley.ttl").read_bytes(),
        format=ox.RdfFormat.TURTLE,
        to_graph=ox.NamedNode(ONTOLOGY_GRAPH),
    )
    old.flush()
    del old
    gc.collect()
    app = create_app(make_config(path))
    try:
        c = app.test_client()
        assert default_has(c, "?x a pa:Article")
        assert repeated(c) == 0
    finally:
        shutdown(app)
