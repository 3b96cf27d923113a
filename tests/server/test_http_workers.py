"""The HTTP worker processes on the public port (`server.front`, `server.front_worker`).

Every test runs the server as `kg serve` does, on loopback, over a store large enough that a
cross join runs far past the time limit.
"""

from __future__ import annotations

import concurrent.futures
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from conftest import FIXTURES, TOKEN, load_store, make_config
from tests_server_helpers import alive, big_store

from server import create_app, shutdown
from server.front_worker import EXIT_TIMEOUT, Head, parse_head, plain_get
from server.front_worker import SERVER as WORKER
from server.serving import Serving, start

CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
ASK = "ASK { ?s ?p ?o }"
JSON = "application/sparql-results+json"
TIMEOUT = 1.5


def _run(serving: Serving) -> Iterator[str]:
    thread = threading.Thread(target=serving.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{serving.port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/sparql", params={"query": "ASK {}"}, timeout=5).ok:
                break
        except requests.ConnectionError:
            time.sleep(0.05)
    try:
        yield url
    finally:
        serving.close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Serving]]:
    """One HTTP worker, so tests know which process holds which connection."""
    path = big_store(tmp_path_factory.mktemp("big") / "store")
    app = create_app({"store": path, "workers": 2, "timeout": TIMEOUT, "max_rows": 100})
    serving = start(app, "127.0.0.1", 0, 4, http_workers=1)
    for url in _run(serving):
        yield url, serving
    shutdown(app)


def _error(resp: requests.Response, status: int, code: str) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    assert resp.headers["Content-Type"].startswith("application/json")
    err = resp.json()["error"]
    assert set(err) - {"line", "column", "expected", "prefix"} == {"status", "code", "message"}
    assert err["code"] == code
    return err  # type: ignore[no-any-return]


def _wait_for(predicate: Any, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_answers_plain_gets_itself(big: tuple[str, Serving]) -> None:
    url, serving = big
    r = requests.get(url + "/sparql", params={"query": ASK}, headers={"Accept": JSON}, timeout=10)
    assert r.status_code == 200 and r.json()["boolean"] is True
    # Served by the worker process, not by waitress.
    assert r.headers["Server"] == WORKER and "Date" in r.headers
    assert "Access-Control-Allow-Origin" not in r.headers
    cors = requests.get(
        url + "/sparql", params={"query": ASK}, headers={"Origin": "http://a.example"}, timeout=10
    )
    assert cors.headers["Server"] == WORKER
    assert cors.headers["Access-Control-Allow-Origin"] == "*"
    bad = requests.get(url + "/sparql", params={"query": "SELECT * {"}, timeout=10)
    _error(bad, 400, "malformed_query")
    assert bad.headers["Server"] == WORKER


def test_everything_else_is_handed_to_the_app(big: tuple[str, Serving]) -> None:
    url, _ = big
    with requests.Session() as s:
        plain = s.get(url + "/sparql", params={"query": ASK}, timeout=10)
        # On the same connection: a page, a POST, a format parameter, an unknown path.
        health = s.get(url + "/health", timeout=10)
        posted = s.post(url + "/sparql", data={"query": ASK}, headers={"Accept": JSON}, timeout=10)
        formatted = s.get(url + "/sparql", params={"query": ASK, "format": "json"}, timeout=10)
        missing = s.get(url + "/no-such-page", timeout=10)
    assert plain.headers["Server"] == WORKER
    assert health.status_code == 200 and health.json()["httpWorkers"]
    assert posted.status_code == 200 and posted.json()["boolean"] is True
    assert formatted.status_code == 200 and formatted.json()["boolean"] is True
    assert missing.status_code == 404 and missing.json()["error"]["status"] == 404
    assert posted.headers["Server"] == health.headers["Server"] == "parley"  # waitress's


def _read_responses(sock: socket.socket, count: int) -> list[bytes]:
    """`count` whole responses (each with a Content-Length) from `sock`."""
    data = b""
    out: list[bytes] = []
    sock.settimeout(10)
    while len(out) < count:
        head_end = data.find(b"\r\n\r\n")
        if head_end >= 0:
            head = data[:head_end].decode("latin-1")
            length = next(
                int(line.split(":", 1)[1])
                for line in head.split("\r\n")
                if line.lower().startswith("content-length:")
            )
            end = head_end + 4 + length
            if len(data) >= end:
                out.append(data[:end])
                data = data[end:]
                continue
        chunk = sock.recv(65536)
        assert chunk, "connection closed early"
        data += chunk
    return out


def test_pipelined_and_mixed_requests_keep_their_order(big: tuple[str, Serving]) -> None:
    url, serving = big
    get = (
        b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nAccept: " + JSON.encode() + b"\r\n\r\n"
    )
    page = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
    with socket.create_connection(("127.0.0.1", serving.port)) as sock:
        sock.sendall(get + get + page + get)
        answers = _read_responses(sock, 4)
    assert [a.split(b"\r\n", 1)[0] for a in answers] == [b"HTTP/1.1 200 OK"] * 4
    assert b'"boolean":true' in answers[0] and b'"boolean":true' in answers[1]
    assert b'"status"' in answers[2] and b'"boolean":true' in answers[3]


def test_malformed_requests_get_a_4xx(big: tuple[str, Serving]) -> None:
    _, serving = big
    with socket.create_connection(("127.0.0.1", serving.port)) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        sock.settimeout(10)
        reply = sock.recv(65536)
    assert reply.startswith(b"HTTP/1.") and b" 400 " in reply.split(b"\r\n", 1)[0]


def test_runaway_query_stops_its_worker(big: tuple[str, Serving]) -> None:
    url, serving = big
    assert serving.front is not None
    before = serving.front.pids()
    started = time.monotonic()
    r = requests.get(url + "/sparql", params={"query": CROSS_JOIN}, timeout=30)
    elapsed = time.monotonic() - started
    err = _error(r, 503, "query_timeout")
    assert f"{TIMEOUT:g} s" in err["message"]
    assert elapsed < TIMEOUT + 1, elapsed
    # The process that ran it ended (no CPU keeps burning on the query) and was replaced.
    assert _wait_for(lambda: (before[0], EXIT_TIMEOUT) in serving.front.exits)  # type: ignore[union-attr]
    assert not alive(before[0])
    assert _wait_for(lambda: len(serving.front.pids()) == 1)  # type: ignore[union-attr]
    assert requests.get(url + "/sparql", params={"query": ASK}, timeout=30).ok


def test_idle_connections_of_a_busy_worker_are_served(big: tuple[str, Serving]) -> None:
    """A keep-alive client whose connection sits with the worker running a slow query is
    answered (by the app) before that query ends."""
    url, serving = big
    assert serving.front is not None
    finished: list[str] = []
    with requests.Session() as waiting:
        assert waiting.get(url + "/sparql", params={"query": ASK}, timeout=10).ok
        with concurrent.futures.ThreadPoolExecutor(1) as ex:

            def slow() -> requests.Response:
                r = requests.get(url + "/sparql", params={"query": CROSS_JOIN}, timeout=30)
                finished.append("slow")
                return r

            future = ex.submit(slow)
            time.sleep(0.3)  # the slow query is running: the one worker is busy
            quick = waiting.get(url + "/sparql", params={"query": ASK}, timeout=30)
            finished.append("quick")
            assert quick.status_code == 200 and quick.json()["boolean"] is True
            _error(future.result(), 503, "query_timeout")
    assert finished == ["quick", "slow"]
    assert _wait_for(lambda: len(serving.front.pids()) == 1)  # type: ignore[union-attr]


def test_writes_reach_the_workers(tmp_path: Path) -> None:
    """An update closes every worker's read-only handle; afterwards the workers see it."""
    app = create_app(make_config(load_store(tmp_path / "store", FIXTURES / "kb.trig")))
    serving = start(app, "127.0.0.1", 0, 4, http_workers=2)
    try:
        for url in _run(serving):
            query = {"query": "ASK { <http://example.org/new> ?p ?o }"}
            with requests.Session() as s:
                assert s.get(url + "/sparql", params=query, timeout=10).json()["boolean"] is False
                r = s.post(
                    url + "/sparql",
                    data={
                        "update": "INSERT DATA { GRAPH <http://example.org/g> { "
                        "<http://example.org/new> <http://example.org/p> 1 } }"
                    },
                    headers={"Authorization": f"Bearer {TOKEN}"},
                    timeout=30,
                )
                assert r.status_code == 204, r.text
                # Fresh connections land on either worker: both must see the write.
                for _ in range(6):
                    fresh = requests.get(url + "/sparql", params=query, timeout=10)
                    assert fresh.headers["Server"] == WORKER
                    assert fresh.json()["boolean"] is True
    finally:
        shutdown(app)


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        (b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: h\r\n\r\n", True),
        (b"GET /sparql?query=ASK%7B%7D HTTP/1.0\r\nHost: h\r\n\r\n", False),
        (b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n\r\n", False),  # no Host
        (b"POST /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: h\r\n\r\n", False),
        (b"GET /sparql?query=ASK HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\n", False),
        (b"GET /sparql?query=ASK HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n", False),
        (b"GET /sparql?query=ASK HTTP/1.1\r\nHost: h\r\nHost: i\r\n\r\n", False),  # repeated
        (b"GET /sparql?query=ASK HTTP/1.1\r\nHost : h\r\n\r\n", False),  # odd spacing
        (b"GET /query HTTP/1.1\r\nHost: h\r\n\r\n", False),
    ],
)
def test_which_requests_take_the_short_way(raw: bytes, plain: bool) -> None:
    head = parse_head(raw)
    assert isinstance(head, Head) and head.size == len(raw)
    assert plain_get(head) is plain


def test_incomplete_heads_wait_for_more() -> None:
    assert parse_head(b"GET /sparql?query=ASK HTTP/1.1\r\nHost: h\r\n") is None


def test_without_http_workers_waitress_listens(tmp_path: Path) -> None:
    app = create_app(make_config(load_store(tmp_path / "store", FIXTURES / "kb.trig")))
    serving = start(app, "127.0.0.1", 0, 4, http_workers=0)
    assert serving.front is None
    try:
        for url in _run(serving):
            r = requests.get(url + "/sparql", params={"query": ASK}, timeout=10)
            assert r.ok and r.json()["boolean"] is True
            assert requests.get(url + "/health", timeout=10).json()["httpWorkers"] == []
    finally:
        shutdown(app)


def test_http_workers_setting() -> None:
    from server.config import ConfigError, ServerConfig

    assert ServerConfig.resolve({}, {"KG_HTTP_WORKERS": "3"}).http_workers == 3
    assert ServerConfig.resolve({"http_workers": 0}, {"KG_HTTP_WORKERS": "3"}).http_workers == 0
    with pytest.raises(ConfigError):
        ServerConfig.resolve({}, {"KG_HTTP_WORKERS": "-1"})


def test_kg_serve_runs_and_stops_on_sigterm(kb_path: Path) -> None:
    """The command as users run it: serves on the port, and SIGTERM stops it with its workers."""
    import signal
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(kb_path), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        assert _wait_for(lambda: _answers(url), 60), proc.stderr.read() if proc.poll() else ""
        health = requests.get(url + "/health", timeout=10).json()
        children = health["workers"] + health["httpWorkers"]
        assert len(health["httpWorkers"]) == 2
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
        assert _wait_for(lambda: not any(alive(pid) for pid in children), 10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _answers(url: str) -> bool:
    try:
        return requests.get(url + "/sparql", params={"query": "ASK {}"}, timeout=5).ok
    except requests.ConnectionError:
        return False


def test_slow_reader_does_not_hold_the_worker(tmp_path: Path) -> None:
    """A client that does not read its large answer is passed on to waitress with the unsent
    rest: the one worker answers others meanwhile, and the slow client still gets it all."""
    # More than the kernel's socket buffers take (4 MB send buffer at most here).
    path = big_store(tmp_path / "store", n=80_000)
    app = create_app({"store": path, "workers": 1, "timeout": 20.0, "max_rows": 80_000})
    serving = start(app, "127.0.0.1", 0, 4, http_workers=1)
    try:
        for url in _run(serving):
            query = "SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
            slow = socket.socket()
            slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            slow.connect(("127.0.0.1", serving.port))
            target = "/sparql?" + requests.compat.urlencode({"query": query})
            request = f"GET {target} HTTP/1.1\r\nHost: x\r\nAccept: {JSON}\r\n\r\n".encode()
            slow.sendall(request)
            time.sleep(0.3)  # the worker has sent what the buffers take
            quick = requests.get(url + "/sparql", params={"query": ASK}, timeout=5)
            assert quick.ok and quick.headers["Server"] == WORKER
            (first,) = _read_responses(slow, 1)
            body = first.split(b"\r\n\r\n", 1)[1]
            import json

            assert len(json.loads(body)["results"]["bindings"]) == 80_000
            slow.sendall(request)  # the connection lives on, now with waitress
            (again,) = _read_responses(slow, 1)
            assert again.startswith(b"HTTP/1.1 200")
            slow.close()
    finally:
        shutdown(app)


def test_new_connections_are_shared_out(tmp_path: Path) -> None:
    """Clients connecting one after another land on both workers, not all on the first."""
    app = create_app(make_config(load_store(tmp_path / "store", FIXTURES / "kb.trig")))
    serving = start(app, "127.0.0.1", 0, 4, http_workers=2)
    sessions: list[requests.Session] = []
    try:
        for url in _run(serving):
            assert serving.front is not None
            assert _wait_for(lambda: sorted(serving.front.board) == [0, 0])  # type: ignore[union-attr]
            for _ in range(8):
                s = requests.Session()
                assert s.get(url + "/sparql", params={"query": ASK}, timeout=10).ok
                sessions.append(s)
            counts = list(serving.front.board)
            assert sum(counts) == 8 and max(counts) - min(counts) <= 2, counts
    finally:
        for s in sessions:
            s.close()
        shutdown(app)


# --- query threads: heavy requests side by side ---------------------------------------------

THREAD_TIMEOUT = 3.0
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _cross(graph: str) -> str:
    return f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?a ?b ?c . ?d ?e ?f }} }}"


def _insert(url: str, graph: str, start: int, end: int) -> None:
    """Add triples through the Graph Store Protocol (parsed by Oxigraph, fast in bulk)."""
    triples = "".join(
        f'<http://example.org/x{i}> <http://example.org/p> "{i}" .\n' for i in range(start, end)
    )
    r = requests.post(
        url + "/gsp",
        params={"graph": graph},
        data=triples.encode(),
        headers={**AUTH, "Content-Type": "application/n-triples"},
        timeout=60,
    )
    assert r.status_code in (200, 201, 204), r.text


def _count(resp: requests.Response) -> int:
    assert resp.status_code == 200, resp.text
    return int(resp.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture()
def writable(tmp_path: Path) -> Iterator[tuple[str, Serving]]:
    """One HTTP worker (so tests know which process holds which connection), writes allowed."""
    store = load_store(tmp_path / "store", FIXTURES / "kb.trig")
    app = create_app(make_config(store, timeout=THREAD_TIMEOUT))
    serving = start(app, "127.0.0.1", 0, 4, http_workers=1)
    try:
        for url in _run(serving):
            yield url, serving
    finally:
        shutdown(app)


def test_heavy_requests_run_beside_the_worker_loop(writable: tuple[str, Serving]) -> None:
    """A request known to be heavy runs on a query thread: the worker itself goes on answering
    its other connections meanwhile (before, it handed them to the app after a while)."""
    url, _ = writable
    graph = "http://example.org/heavy"
    _insert(url, graph, 0, 2500)
    heavy = {"query": _cross(graph)}
    finished: list[str] = []
    with requests.Session() as a, requests.Session() as b:
        assert _count(a.get(url + "/sparql", params=heavy, timeout=30)) == 2500 * 2500
        assert b.get(url + "/sparql", params={"query": ASK}, timeout=10).ok
        with concurrent.futures.ThreadPoolExecutor(1) as ex:

            def again() -> requests.Response:
                r = a.get(url + "/sparql", params=heavy, timeout=30)
                finished.append("heavy")
                return r

            future = ex.submit(again)
            time.sleep(0.2)  # the heavy request is on its thread
            quick = b.get(url + "/sparql", params={"query": ASK}, timeout=30)
            finished.append("quick")
            assert quick.status_code == 200 and quick.json()["boolean"] is True
            assert quick.headers["Server"] == WORKER  # the worker, not the app
            resp = future.result()
        assert _count(resp) == 2500 * 2500 and resp.headers["Server"] == WORKER
    assert finished == ["quick", "heavy"]


def test_runaway_on_a_query_thread_stops_its_worker(writable: tuple[str, Serving]) -> None:
    """A query that got expensive as the data grew runs away on a query thread: its client gets
    the 503 in time, the worker is replaced, and its idle connections are served elsewhere."""
    url, serving = writable
    assert serving.front is not None
    graph = "http://example.org/growing"
    _insert(url, graph, 0, 300)
    query = {"query": _cross(graph)}
    with requests.Session() as runner, requests.Session() as idle:
        assert _count(runner.get(url + "/sparql", params=query, timeout=30)) == 300 * 300
        assert idle.get(url + "/sparql", params={"query": ASK}, timeout=10).ok
        before = serving.front.pids()
        _insert(url, graph, 300, 8000)  # now a cross join of 64 M rows
        started = time.monotonic()
        r = runner.get(url + "/sparql", params=query, timeout=60)
        elapsed = time.monotonic() - started
        _error(r, 503, "query_timeout")
        assert elapsed < THREAD_TIMEOUT + 1, elapsed
        assert _wait_for(lambda: (before[0], EXIT_TIMEOUT) in serving.front.exits)  # type: ignore[union-attr]
        later = idle.get(url + "/sparql", params={"query": ASK}, timeout=30)
        assert later.status_code == 200 and later.json()["boolean"] is True
    assert _wait_for(lambda: len(serving.front.pids()) == 1)  # type: ignore[union-attr]
    assert serving.front.pids() != before


def test_requests_in_progress_are_handed_over_when_a_worker_ends(tmp_path: Path) -> None:
    """`rescue` (the watchdog, before the process ends): an unanswered request goes to the
    server process with its connection and bytes; one whose answer is going out is let finish."""
    from server.config import ServerConfig
    from server.front_worker import Connection, FrontWorker

    store = load_store(tmp_path / "store", FIXTURES / "kb.trig")
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    listener = socket.create_server(("127.0.0.1", 0))
    board = memoryview(bytearray(8)).cast("i")
    worker = FrontWorker(listener, ours, store, ServerConfig(store=store), 0, False, board, 0)
    clients, conns = [], []
    for _ in range(2):
        client = socket.create_connection(listener.getsockname())
        sock, addr = listener.accept()
        clients.append(client)
        conns.append(Connection(sock, addr))
    request = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: h\r\n\r\n"
    unanswered, answering = conns
    unanswered.buf += request
    answering.buf += request
    answering.sending = True
    threading.Timer(0.2, lambda: setattr(answering, "sending", False)).start()
    started = time.monotonic()
    with worker.lock:
        worker.rescue([unanswered, answering])
    assert time.monotonic() - started >= 0.15  # it waited for the answer going out
    assert unanswered.claimed and answering.claimed
    theirs.settimeout(5)
    msg, fds, _, _ = socket.recv_fds(theirs, 4096, 1)
    assert msg.startswith(b"H") and len(fds) == 1
    assert theirs.recv(65536) == request  # the bytes follow the head
    # The request still in its buffer after the answer went out is the next one: handed too.
    msg2, fds2, _, _ = socket.recv_fds(theirs, 4096, 1)
    assert msg2.startswith(b"H") and len(fds2) == 1
    for fd in fds + fds2:
        os.close(fd)
    for s in [*clients, listener, ours, theirs, *(c.sock for c in conns)]:
        s.close()
