"""The query time limit is enforced for real: the worker running an overlong query is killed."""

from __future__ import annotations

import concurrent.futures
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from tests_server_helpers import alive, assert_error, big_store

from server import create_app, shutdown

CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"


@pytest.fixture(scope="module")
def slow_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    path = big_store(tmp_path_factory.mktemp("big") / "store")
    app = create_app({"store": path, "workers": 2, "timeout": 1.0, "max_rows": 100})
    yield app
    shutdown(app)


def test_timeout_kills_worker(slow_app: object) -> None:
    kb = slow_app.extensions["parley"]  # type: ignore[attr-defined]
    c = slow_app.test_client()  # type: ignore[attr-defined]
    assert c.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200
    before = set(kb.pool.pids())
    started = time.monotonic()
    r = c.get("/sparql", query_string={"query": CROSS_JOIN})
    elapsed = time.monotonic() - started
    err = assert_error(r, 503, "query_timeout")
    assert "1 s" in err["message"]
    assert elapsed < 2.0, elapsed
    killed = kb.pool.killed[-1]
    assert killed in before and not alive(killed)
    # The pool recovers: a replacement worker answers.
    deadline = time.monotonic() + 10
    while len(kb.pool.pids()) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert killed not in kb.pool.pids()
    assert c.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200


def test_slow_query_does_not_block_others(slow_app: object) -> None:
    import threading

    from waitress.server import create_server

    server = create_server(slow_app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.effective_port}/sparql"  # type: ignore[union-attr]
    try:
        with concurrent.futures.ThreadPoolExecutor(2) as ex:
            slow = ex.submit(requests.get, url, params={"query": CROSS_JOIN}, timeout=10)
            time.sleep(0.2)
            started = time.monotonic()
            fast = requests.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
            fast_elapsed = time.monotonic() - started
            assert fast.status_code == 200 and fast_elapsed < 0.9
            assert slow.result().status_code == 503
    finally:
        server.close()
        thread.join(timeout=5)


def test_runaway_update_is_stopped_and_changes_nothing(tmp_path: Path) -> None:
    path = big_store(tmp_path / "store", n=50_000)
    app = create_app({"store": path, "workers": 1, "timeout": 1.0, "update_token": "t"})
    try:
        c = app.test_client()
        auth = {"Authorization": "Bearer t"}
        out = "http://example.org/out"
        runaway = (
            f"INSERT {{ GRAPH <{out}> {{ ?a <http://example.org/q> ?d }} }} "
            "WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } }"
        )
        started = time.monotonic()
        r = c.post("/sparql", data={"update": runaway}, headers=auth)
        elapsed = time.monotonic() - started
        assert_error(r, 503, "update_timeout")
        assert elapsed < 4.0, elapsed
        # Killed inside its transaction: nothing of it was written, and the store still works.
        ask = {"query": f"ASK {{ GRAPH <{out}> {{ ?s ?p ?o }} }}"}
        assert c.get("/sparql", query_string=ask).get_json()["boolean"] is False
        count = c.get(
            "/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"}
        )
        assert int(count.get_json()["results"]["bindings"][0]["n"]["value"]) >= 50_000
        small = (
            f"INSERT DATA {{ GRAPH <{out}> {{ <http://example.org/x> <http://example.org/q> 1 }} }}"
        )
        assert c.post("/sparql", data={"update": small}, headers=auth).status_code == 204
        assert c.get("/sparql", query_string=ask).get_json()["boolean"] is True
    finally:
        shutdown(app)
