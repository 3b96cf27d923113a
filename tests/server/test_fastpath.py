"""The short way for plain query GETs answers exactly as the Flask route does."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from kg.sparql_text import analyze
from server import worker
from server.worker import QueryFailure, QueryJob, QueryOutcome, read_reply, reply

Q = "SELECT ?s WHERE { ?s a pa:Person } ORDER BY ?s"
JSON = "application/sparql-results+json"


CORS = ("Access-Control-Allow-Origin", "Access-Control-Expose-Headers")


@pytest.mark.parametrize("origin", [None, "http://a.example"])
def test_fast_and_flask_paths_agree(client: FlaskClient, origin: str | None) -> None:
    headers = {"Accept": JSON, **({"Origin": origin} if origin else {})}
    fast = client.get("/sparql", query_string={"query": Q}, headers=headers)
    # A second parameter, or a POST, sends the request through Flask.
    slow = client.get("/sparql", query_string={"query": Q, "format": "json"}, headers=headers)
    posted = client.post("/sparql", data={"query": Q}, headers=headers)
    assert fast.status_code == slow.status_code == posted.status_code == 200
    assert fast.get_json() == slow.get_json() == posted.get_json()
    for name in ("Content-Type", "Parley-Rows", *CORS):
        assert fast.headers.get(name) == slow.headers.get(name) == posted.headers.get(name)
    for r in (fast, slow, posted):
        assert {v.strip() for v in r.headers["Vary"].split(",")} == {"Accept", "Origin"}
    if origin:
        assert fast.headers["Access-Control-Allow-Origin"] == "*"
        assert "Parley-Rows" in fast.headers["Access-Control-Expose-Headers"]
    else:
        # Only a browser's cross-origin request (it always sends Origin) needs them.
        assert not any(name in fast.headers for name in CORS)


def test_fast_path_row_cap(app_factory: Callable[..., Flask]) -> None:
    c = app_factory(max_rows=2).test_client()
    r = c.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 200
    assert r.headers["Parley-Rows"] == "count=2, max=2, truncated=?1"
    assert r.get_json()["parley"] == {"maxRows": 2, "rowCount": 2, "truncated": True}


def test_fast_path_errors_have_the_error_shape(client: FlaskClient) -> None:
    r = client.get(
        "/sparql",
        query_string={"query": "SELECT * WHERE { ?s ?p "},
        headers={"Origin": "http://a.example"},
    )
    assert r.status_code == 400
    assert r.get_json()["error"]["code"] == "malformed_query"
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Origin" in r.headers["Vary"]


def test_refusals_still_apply(client: FlaskClient) -> None:
    r = client.get(
        "/sparql",
        query_string={"query": "SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }"},
    )
    assert r.status_code == 400 and r.get_json()["error"]["code"] == "outbound_refused"


def test_built_in_prefixes_only_when_needed() -> None:
    assert analyze("SELECT * { ?s a pa:Person }", None, {}).undeclared_prefix
    declared = "PREFIX pa: <https://w3id.org/parley/ontology#> SELECT * { ?s a pa:Person }"
    assert not analyze(declared, None, {}).undeclared_prefix
    # A prefix in a string or comment is not a use.
    assert not analyze('ASK { ?s ?p "pa:x" } # xsd:int', None, {}).undeclared_prefix


def test_wrong_prefix_guess_falls_back(app: Flask, client: FlaskClient) -> None:
    # Told the query needs no built-in prefixes when it does, the worker retries with them.
    from server.context import EXTENSION

    kb = app.extensions[EXTENSION]
    job = kb.job("SELECT ?s WHERE { ?s a pa:Person }", parse_prefixes=False)
    outcome = kb.run(job)
    assert outcome.rows > 0


def test_reply_framing_round_trips() -> None:
    a, b = socket.socketpair()
    left, right = Connection(a.detach()), Connection(b.detach())
    try:
        body = b"x" * 100_000
        reply(left, QueryOutcome("graph", body, "application/n-triples", 7, True))
        got = read_reply(right)
        assert got == QueryOutcome("graph", body, "application/n-triples", 7, True)
        reply(left, QueryFailure("bad_query", "nope"))
        assert read_reply(right) == QueryFailure("bad_query", "nope")
    finally:
        left.close()
        right.close()


def test_reader_rechecks_the_store_after_a_while(
    kb_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = worker.StoreReader(kb_path)
    first = reader.store()
    assert reader.store() is first  # within RECHECK_SECONDS: no stat, same handle
    calls: list[int] = []
    real = reader._current_stamp

    def counting() -> tuple[int, int]:
        calls.append(1)
        return real()

    monkeypatch.setattr(reader, "_current_stamp", counting)
    monkeypatch.setattr(worker, "RECHECK_SECONDS", 0.0)
    reader.store()
    assert calls, "the store files are looked at again once RECHECK_SECONDS have passed"
    reader.close()


# Literals that look like the JSON structure the row count reads: quotation marks, escaped
# backslashes before them, object separators, an empty bindings array.
TRICKY = ["a", 'x"}},{"y', "\\", '\\"', "tab\there\nline", "},{", '"},{"', '\\\\"}},{', "[]}}"]


def _tricky_store(store: ox.Store) -> ox.Store:
    """The TRICKY literals as objects of one subject, every other one with a language tag."""
    for i, text in enumerate(TRICKY):
        literal = ox.Literal(text, language="en") if i % 2 else ox.Literal(text)
        store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode(f"http://e/p{i}"), literal))
    return store


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { ?s ?p ?o }",
        "SELECT * { ?s ?p ?o FILTER(false) }",
        "SELECT ?x { VALUES ?x { UNDEF UNDEF 1 } }",
        "SELECT * { }",
        "SELECT ?o { ?s ?p ?o } ORDER BY ?o LIMIT 3",
        # RDF-star: a triple term's parts are members of one value, not rows.
        "SELECT ?t { VALUES ?x { 1 2 } BIND(TRIPLE(<http://e/a>, <http://e/b>, '},{') AS ?t) }",
    ],
)
def test_json_rows_counts_what_a_json_parser_reads(query: str) -> None:
    body = _tricky_store(ox.Store()).query(query).serialize(format=ox.QueryResultsFormat.JSON)
    assert body is not None
    assert worker.json_rows(body) == len(json.loads(body)["results"]["bindings"])


def test_json_answer_over_the_cap_is_cut(tmp_path: Path) -> None:
    store = _tricky_store(ox.Store(str(tmp_path / "kb")))
    job = QueryJob(
        query="SELECT ?o { ?s ?p ?o } ORDER BY ?o",
        original=None,
        base_iri=None,
        default_graphs=None,
        named_graphs=None,
        results_media_type=JSON,
        graph_media_type="text/turtle",
        max_rows=4,
        prefixes=(),
        parse_prefixes=False,
    )
    outcome = worker.run_query(store, job)
    assert isinstance(outcome, QueryOutcome)
    assert (outcome.rows, outcome.truncated) == (4, True)
    values = [b["o"]["value"] for b in json.loads(outcome.body)["results"]["bindings"]]
    assert values == sorted(TRICKY)[:4]
