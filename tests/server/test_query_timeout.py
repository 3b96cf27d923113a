"""The query time limit and memory ceiling are enforced for real: the process running an
overlong or overgrown query is killed, the client gets the JSON 503 in time, and neither other
routes nor later queries suffer."""

from __future__ import annotations

import concurrent.futures
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from flask import Flask
from server_live import LiveServer, start_live
from tests_server_helpers import alive, assert_error, big_store

from server import create_app, shutdown
from server.config import MIN_QUERY_MEMORY

CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
ASK = {"query": "ASK { ?s ?p ?o }"}


@pytest.fixture(scope="module")
def big_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return big_store(tmp_path_factory.mktemp("big") / "store")


@pytest.fixture(scope="module")
def slow_app(big_path: Path) -> Iterator[Flask]:
    app = create_app({"store": big_path, "workers": 2, "timeout": 1.0, "max_rows": 100})
    yield app
    shutdown(app)


@pytest.fixture(scope="module")
def slow_server(big_path: Path) -> Iterator[LiveServer]:
    app = create_app({"store": big_path, "workers": 2, "timeout": 3.0})
    live, stop = start_live(app)
    yield live
    stop()
    shutdown(app)


def wait_for_pids(app: Flask, count: int) -> list[int]:
    pool = app.extensions["parley"].pool
    deadline = time.monotonic() + 10
    while len(pool.pids()) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return pool.pids()  # type: ignore[no-any-return]


def test_timeout_kills_the_query_process(slow_app: Flask) -> None:
    c = slow_app.test_client()
    assert c.get("/sparql", query_string=ASK).status_code == 200
    before = set(wait_for_pids(slow_app, 3))
    started = time.monotonic()
    r = c.get("/sparql", query_string={"query": CROSS_JOIN})
    elapsed = time.monotonic() - started
    err = assert_error(r, 503, "query_timeout")
    assert "1 s" in err["message"]
    assert elapsed < 2.0, elapsed
    # The process that ran it is gone; a new one took its place and answers.
    deadline = time.monotonic() + 10
    while not before - set(wait_for_pids(slow_app, 3)) and time.monotonic() < deadline:
        time.sleep(0.05)
    gone = before - set(wait_for_pids(slow_app, 3))
    assert len(gone) == 1 and not alive(gone.pop())
    assert c.get("/sparql", query_string=ASK).status_code == 200


def test_ten_runaways_each_get_their_503_in_time_and_block_no_route(
    slow_server: LiveServer,
) -> None:
    """Queued runaways count their wait as query time; pages and /health go on meanwhile."""
    url = slow_server.url

    def runaway() -> tuple[int, float]:
        started = time.monotonic()
        r = requests.get(url + "/sparql", params={"query": CROSS_JOIN}, timeout=30)
        return r.status_code, time.monotonic() - started

    with concurrent.futures.ThreadPoolExecutor(10) as ex:
        futures = [ex.submit(runaway) for _ in range(10)]
        time.sleep(0.3)
        for path in ("/health", "/", "/query"):
            started = time.monotonic()
            assert requests.get(url + path, timeout=30).status_code == 200
            assert time.monotonic() - started < 2.0, path
        results = [f.result() for f in futures]
    assert all(status == 503 for status, _ in results), results
    assert max(elapsed for _, elapsed in results) < 4.0, results


def test_a_killed_idle_process_is_replaced(slow_app: Flask) -> None:
    c = slow_app.test_client()
    for pid in wait_for_pids(slow_app, 3):
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    for _ in range(5):
        assert c.get("/sparql", query_string=ASK).status_code == 200


def test_memory_ceiling_stops_a_growing_query(big_path: Path) -> None:
    app = create_app(
        {"store": big_path, "workers": 1, "timeout": 20.0, "query_memory": MIN_QUERY_MEMORY}
    )
    try:
        c = app.test_client()
        sort_all = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"
        started = time.monotonic()
        r = c.get("/sparql", query_string={"query": sort_all})
        assert_error(r, 503, "query_memory")
        assert time.monotonic() - started < 20
        assert c.get("/sparql", query_string=ASK).status_code == 200
    finally:
        shutdown(app)


def test_deep_nesting_is_a_400_and_kills_nothing(slow_app: Flask) -> None:
    c = slow_app.test_client()
    assert c.get("/sparql", query_string=ASK).status_code == 200
    before = wait_for_pids(slow_app, 3)
    deep = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    assert_error(c.get("/sparql", query_string={"query": deep}), 400, "too_deeply_nested")
    r = c.post("/sparql", data=deep, content_type="application/sparql-query")
    assert_error(r, 400, "too_deeply_nested")
    assert wait_for_pids(slow_app, 3) == before


def test_runaway_update_is_stopped_and_changes_nothing(tmp_path: Path) -> None:
    path = big_store(tmp_path / "store", n=50_000)
    app = create_app({"store": path, "workers": 1, "timeout": 2.0, "update_token": "t"})
    try:
        c = app.test_client()
        auth = {"Authorization": "Bearer t"}
        out = "http://example.org/out"
        runaway = (
            f"INSERT {{ GRAPH <{out}> {{ ?a <http://example.org/q> ?d }} }} "
            "WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } }"
        )
        assert c.get("/sparql", query_string=ASK).status_code == 200  # the pool is up
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
