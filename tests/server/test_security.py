"""Attacks tried as an attacker would on loopback: the server makes no outbound connection
whatever the query text hides, pages carry security headers and no script links, hostile HTTP
is refused by the server, and many or slow connections stop nothing."""

from __future__ import annotations

import http.server
import json
import resource
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from flask import Flask
from server_live import TOKEN, LiveServer, start_live
from tests_server_helpers import assert_error

from server import create_app, shutdown
from server.app import YASGUI_ATTRIBUTE_HASH

AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Listener:
    """A loopback HTTP server that counts the requests it gets (it should get none)."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                listener.hits.append(self.path)
                body = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.close()


def hidden_service_queries(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        # A comment ended by a bare CR: the old lexer read SERVICE as part of the comment.
        f"SELECT * WHERE {{ # c\rSERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ # c\rSERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        # A local-name escape the old lexer took for the start of a string.
        f"PREFIX : <http://example.org/> SELECT * WHERE {{ :a\\'b ?p ?o . #'\n"
        f" SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ]


def test_no_query_reaches_the_network(client: object, listener: Listener) -> None:
    for query in hidden_service_queries(listener.url):
        r = client.post("/sparql", data={"query": query})  # type: ignore[attr-defined]
        if r.status_code != 200:
            assert_error(r, 400, "outbound_refused")
        else:  # SERVICE SILENT that failed: one empty solution, as SPARQL says
            assert r.get_json()["results"]["bindings"] in ([], [{}])
    assert listener.hits == []


def test_the_query_process_cannot_open_a_socket(client: object, listener: Listener) -> None:
    """Past every check (rdflib cannot parse the bare CR, so only the engine sees SERVICE), the
    engine's own attempt fails in the sandbox and the client is told why."""
    query = f"SELECT * WHERE {{ # c\rSERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    r = client.get("/sparql", query_string={"query": query})  # type: ignore[attr-defined]
    err = assert_error(r, 400, "outbound_refused")
    assert "outbound" in err["message"]
    assert listener.hits == []


def test_no_update_reaches_the_network(writable: Flask, listener: Listener) -> None:
    c = writable.test_client()
    for update in (
        f"LOAD <{listener.url}>",
        f"# c\rLOAD <{listener.url}>",
        f"LOAD SILENT <{listener.url}> INTO GRAPH <http://example.org/g>",
        f"INSERT {{ <http://e/a> <http://e/p> ?o }} WHERE {{ # c\rSERVICE <{listener.url}> "
        "{ ?s ?p ?o } }",
    ):
        r = c.post("/sparql", data={"update": update}, headers=AUTH)
        assert r.status_code in (204, 400), r.get_data(as_text=True)
    assert listener.hits == []


def test_security_headers_on_every_page(client: object) -> None:
    article = "/id/article/2025-03-10-rubio-lavrov-call"
    for path in ("/", "/query", "/search?q=rubio", article, "/id/person/marco-rubio"):
        r = client.get(path, headers={"Accept": "text/html"})  # type: ignore[attr-defined]
        if r.status_code == 404:
            continue
        assert r.mimetype == "text/html", path
        csp = r.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp
        # <style> elements: this server's files and YASGUI's hashed ones, never any inline one.
        elements = csp.split("style-src-elem ")[1].split(";")[0]
        assert "'self'" in elements and "unsafe" not in elements
        # No inline style anywhere: no 'unsafe-inline' in any directive, attributes by hash only.
        assert "unsafe-inline" not in csp
        attributes = csp.split("style-src-attr ")[1].split(";")[0]
        assert attributes.split() == ["'unsafe-hashes'", YASGUI_ATTRIBUTE_HASH]
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["X-Frame-Options"] == "DENY"
    r = client.get("/sparql", query_string={"query": "ASK {}"})  # type: ignore[attr-defined]
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_article_urls_are_only_web_links(writable: Flask) -> None:
    """An article's url (valid xsd:anyURI, so it passes the shapes) is a link only if http(s)."""
    c = writable.test_client()
    article = "https://w3id.org/parley/id/article/2025-03-10-rubio-lavrov-call"
    evil = (
        f"DELETE {{ GRAPH <{article}> {{ <{article}> pa:url ?u }} }} "
        f"INSERT {{ GRAPH <{article}> {{ <{article}> pa:url "
        '"javascript:alert(document.cookie)"^^xsd:anyURI } } '
        f"WHERE {{ GRAPH <{article}> {{ OPTIONAL {{ <{article}> pa:url ?u }} }} }} ; "
        "INSERT DATA { GRAPH <http://example.org/notes> { "
        "<https://w3id.org/parley/id/person/marco-rubio> pa:sameAs <javascript:alert(1)> } }"
    )
    r = c.post("/sparql", data={"update": evil}, headers=AUTH)
    assert r.status_code == 204, r.get_data(as_text=True)
    for path in ("/id/article/2025-03-10-rubio-lavrov-call", "/id/person/marco-rubio"):
        r = c.get(path, headers={"Accept": "text/html"})
        if r.status_code == 404:
            continue
        page = r.get_data(as_text=True).lower()
        assert 'href="javascript:' not in page, path
    page = c.get("/id/article/2025-03-10-rubio-lavrov-call", headers={"Accept": "text/html"})
    assert "original" in page.get_data(as_text=True)  # the link is there, made harmless


@pytest.fixture(scope="module")
def live(kb_path: Path) -> Iterator[LiveServer]:
    app = create_app({"store": kb_path, "workers": 2, "timeout": 3.0, "max_rows": 200_000})
    server, stop = start_live(app)
    yield server
    stop()
    shutdown(app)


def raw(live: LiveServer, request: bytes, read: bool = True) -> bytes:
    host, port = live.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        if not read:
            return b""
        chunks = []
        while True:
            data = sock.recv(65536)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)


# The request the old HTTP workers parsed themselves (anything else went to waitress).
PLAIN_GET = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n"


@pytest.mark.parametrize("value", [b"a\rb", b"a\x00b", b"a\r\x00b"])
def test_control_characters_in_header_values_are_refused(live: LiveServer, value: bytes) -> None:
    request = PLAIN_GET + b"X-Test: " + value + b"\r\nConnection: close\r\n\r\n"
    answer = raw(live, request)
    assert answer.split(b"\r\n")[0].endswith(b" 400 Bad Request"), answer[:200]


def test_bare_lf_is_not_a_line_end(live: LiveServer) -> None:
    request = (
        PLAIN_GET.replace(b"x\r\n", b"x\n")
        + b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    answer = raw(live, request)
    assert answer.split(b"\r\n")[0].endswith(b" 400 Bad Request"), answer[:200]


def test_a_thousand_idle_connections_stop_nothing(live: LiveServer) -> None:
    """Connections past descriptor 1,023 once made the server's select() raise and exit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard < 2400:
        pytest.skip("needs 2,400 open files")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 2400), hard))
    host, port = live.url.removeprefix("http://").split(":")
    socks = []
    try:
        for _ in range(1100):
            socks.append(socket.create_connection((host, int(port)), timeout=10))
        time.sleep(0.5)
    finally:
        for sock in socks:
            sock.close()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(live.url + "/health", timeout=5).status_code == 200:
                break
        except requests.RequestException:
            time.sleep(0.2)
    assert requests.get(live.url + "/health", timeout=5).status_code == 200
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_clients_that_do_not_read_stop_nothing(live: LiveServer) -> None:
    """Two clients ask for a large answer and never read it; the server answers others, and a
    slow reader still gets the whole answer although reading takes longer than the timeout."""
    query = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 50000"
    target = "/sparql?" + requests.models.RequestEncodingMixin._encode_params({"query": query})  # type: ignore[attr-defined]
    request = f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()
    host, port = live.url.removeprefix("http://").split(":")
    stalled = []
    for _ in range(2):
        sock = socket.create_connection((host, int(port)), timeout=30)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        sock.sendall(request)
        stalled.append(sock)
    try:
        time.sleep(1.5)
        started = time.monotonic()
        assert requests.get(live.url + "/health", timeout=10).status_code == 200
        assert requests.get(live.url + "/", timeout=10).status_code == 200
        assert time.monotonic() - started < 3
        time.sleep(2.0)  # past the 3 s query time limit
        chunks = []
        while data := stalled[0].recv(65536):
            chunks.append(data)
        head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200"), head[:200]
        length = next(
            int(line.split(b":")[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )
        assert len(body) == length
        assert len(json.loads(body)["results"]["bindings"]) == 50_000
    finally:
        for sock in stalled:
            sock.close()
