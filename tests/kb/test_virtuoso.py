"""`kg` against Virtuoso open source on loopback: the same knowledge base as the embedded store,
through SPARQL Update (`--store http://…/sparql`) and through Virtuoso's bulk loader."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from kb_dumps import dataset_of
from virtuoso_server import Virtuoso, VirtuosoMissing, server, virtuoso

from kg import queries
from kg.remote import VIRTUOSO, RemoteStore
from kg.store import KnowledgeStore, Store, StoreError
from kg.tables import TABLES, table_rows

__all__ = ["server"]  # the module-scoped Virtuoso fixture from virtuoso_server

KG = [sys.executable, "-m", "kg"]
JSON = "application/sparql-results+json"


def _kg(*args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*KG, *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == code, done.stderr
    return done


def _tables(store: KnowledgeStore) -> dict[str, list[list[str | None]]]:
    return {name: sorted(table_rows(store, name)[1], key=repr) for name in TABLES}


def _solutions(store: KnowledgeStore, text: str) -> Counter[tuple[str | None, ...]]:
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return Counter(tuple(None if s[n] is None else s[n].value for n in names) for s in result)


@pytest.fixture(scope="module")
def embedded(corpus6: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("embedded") / "kb"
    _kg("ingest", str(corpus6), "--store", str(path), "--workers", "1", "--batch-size", "2")
    return Store(path, read_only=True)


@pytest.mark.slow
def test_kg_on_virtuoso_is_the_embedded_knowledge_base(
    server: Virtuoso, corpus6: Path, embedded: Store, tmp_path: Path
) -> None:
    url = server.url
    done = _kg("ingest", str(corpus6), "--store", url, "--workers", "1", "--batch-size", "2")
    assert "6 written" in done.stdout
    remote = RemoteStore(url)
    assert remote.dialect is VIRTUOSO
    # Same graphs, same triples (dates, booleans and language tags come back as written), same
    # contract tables; the server's own graphs are not part of the knowledge base.
    assert dataset_of(remote, drop_times=True) == dataset_of(embedded, drop_times=True)
    assert _tables(remote) == _tables(embedded)
    # The shipped queries with prefix sort keys (string functions in BIND, strings compared in
    # IF) run there too, with the same rows.
    for name in ("statements", "events", "actors", "acts"):
        text = queries.load(name).text
        assert _solutions(remote, text) == _solutions(embedded, text), name
    assert remote.stats() == embedded.stats()
    assert "6 unchanged" in _kg("ingest", str(corpus6), "--store", url).stdout

    assert _kg("query", "--store", url, "ASK { ?a a pa:Article }").stdout.strip() == "true"
    assert _kg("query", "--store", url, "ASK { ?a a pa:Nothing }").stdout.strip() == "false"
    bad = _kg("query", "--store", url, "SELECT WHERE {", code=1)
    assert "kg: error" in bad.stderr

    out = tmp_path / "kb.nq"
    _kg("export", "--store", url, "-o", str(out))
    _kg("import", str(out), "--store", str(tmp_path / "copy"))
    assert dataset_of(Store(tmp_path / "copy", read_only=True)) == dataset_of(remote)

    graph = remote.article_graphs()[0]
    _kg("delete", graph, "--store", url)
    assert graph not in remote.article_graphs() and len(remote.article_graphs()) == 5


def test_digest_authentication(server: Virtuoso) -> None:
    """The authenticated endpoint: dba's credentials in the URL, digest auth by urllib."""
    store = RemoteStore(server.url.replace("http://", "http://dba:dba@") + "-auth")
    assert store.update_url.endswith("/sparql-auth")
    store.update("INSERT DATA { GRAPH <urn:x:auth> { <urn:x:s> <urn:x:p> true } }")
    rows = list(store.query("SELECT ?o WHERE { GRAPH <urn:x:auth> { <urn:x:s> <urn:x:p> ?o } }"))
    assert rows[0]["o"].value == "true"  # type: ignore[index]
    store.update("DROP SILENT GRAPH <urn:x:auth>")  # Virtuoso: plain DROP needs CREATE
    wrong = RemoteStore(server.url.replace("http://", "http://dba:nope@") + "-auth")
    with pytest.raises(StoreError, match="401"):
        wrong.update("INSERT DATA { GRAPH <urn:x:auth> { <urn:x:s> <urn:x:p> 1 } }")


@pytest.mark.slow
def test_shards_bulk_loaded_into_virtuoso(corpus6: Path, embedded: Store, tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    kb = tmp_path / "kb"
    _kg("ingest", str(corpus6), "--store", str(kb), "--workers", "1", "--to-nquads", str(shards))
    try:
        with virtuoso(tmp_path / "virtuoso", load_dir=shards) as v:
            v.bulk_load(shards)
            # kg reads the loaded store unchanged.
            remote = RemoteStore(v.url)
            assert dataset_of(remote, drop_times=True) == dataset_of(embedded, drop_times=True)
            assert _tables(remote) == _tables(embedded)
    except VirtuosoMissing as err:
        pytest.skip(str(err))


@pytest.mark.slow
def test_kg_serve_fronts_virtuoso(server: Virtuoso, corpus6: Path, tmp_path: Path) -> None:
    from server import create_app, shutdown

    _kg("ingest", str(corpus6), "--store", server.url, "--workers", "1")
    app = create_app({"store": tmp_path, "remote": server.url, "workers": 1})
    try:
        client = app.test_client()
        query = "SELECT ?a ?n WHERE { ?a a pa:Person ; pa:name ?n } ORDER BY ?a ?n"
        answer = client.get("/sparql", query_string={"query": query}, headers={"Accept": JSON})
        assert answer.status_code == 200, answer.get_data(as_text=True)
        served = [
            (b["a"]["value"], b["n"]["value"]) for b in answer.get_json()["results"]["bindings"]
        ]
        direct = [
            (str(r["a"].value), str(r["n"].value)) for r in RemoteStore(server.url).query(query)
        ]  # type: ignore[index, union-attr]
        assert served == direct and served
        ask = client.get("/sparql", query_string={"query": "ASK { ?s a pa:Article }"})
        assert ask.get_json()["boolean"] is True
        bad = client.get("/sparql", query_string={"query": "SELECT WHERE {"})
        assert bad.status_code == 400
    finally:
        shutdown(app)


def test_a_large_batch_is_one_request(server: Virtuoso) -> None:
    """Virtuoso's SPARQL compiler stops at about 5,000 triples in one INSERT DATA: a batch
    larger than that goes as several operations of the one request (one transaction)."""
    store = RemoteStore(server.url)
    lines = [f'<urn:x:s{i}> <urn:x:p> "{i}" <urn:x:big{i % 2}> .\n' for i in range(12000)]
    store.write_nquads("".join(lines))
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <urn:x:p> ?o } }"
    assert store.query(count).__next__()["n"].value == "12000"  # type: ignore[union-attr]
    store.write_nquads("".join(lines[:5000]), replace=["urn:x:big0", "urn:x:big1"])
    assert store.query(count).__next__()["n"].value == "5000"  # type: ignore[union-attr]
    # One bad triple anywhere in the batch, and none of it is written (refused before sending).
    bad = "".join(lines[5000:]) + '<urn:x:s> <urn:x:p> "x"^^<urn:x:no type> <urn:x:big0> .\n'
    with pytest.raises((SyntaxError, StoreError)):
        store.write_nquads(bad.replace("<urn:x:no type>", "<urn:x:no\\u0020type>"))
    assert store.query(count).__next__()["n"].value == "5000"  # type: ignore[union-attr]
    store.update("DROP SILENT GRAPH <urn:x:big0> ; DROP SILENT GRAPH <urn:x:big1>")
