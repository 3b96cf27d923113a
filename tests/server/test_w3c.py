"""W3C SPARQL 1.1 test suites run over HTTP against the live server.

Reads the manifests in `../shared/w3c` (protocol, graph store protocol, service description);
skips cleanly where they are absent. Each test starts from an empty store; `ut:graphData` is
loaded through the Graph Store Protocol. The runner is an authorised client (it sends the
update token), so update tests exercise the protocol rather than the auth check.
Pass counts are written to tests/artifacts/w3c-report.txt.
"""

from __future__ import annotations

import http.client
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree

import pytest
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.term import Node
from server_live import TOKEN, start_live

from server import create_app, shutdown

ROOT = Path(__file__).resolve().parents[2]
W3C = next(
    (p for p in (ROOT.parent / "shared" / "w3c", ROOT / "shared" / "w3c") if p.is_dir()), None
)
ARTIFACTS = ROOT / "tests" / "artifacts"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")

STATUS_NAMES = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404}
SUITES = {
    "protocol": ["protocol/manifest.ttl"],
    "graph-store": [
        "graph-store-protocol/manifest-direct.ttl",
        "graph-store-protocol/manifest-indirect.ttl",
    ],
    "service-description": ["service-description/manifest.ttl"],
}
RESULTS: dict[str, list[bool]] = {}


@dataclass
class W3CTest:
    suite: str
    name: str
    manifest: Path
    node: Node
    graph: Graph = field(repr=False)


def _load_tests() -> list[W3CTest]:
    if W3C is None:
        return []
    tests = []
    for suite, files in SUITES.items():
        for rel in files:
            path = W3C / rel
            if not path.exists():
                continue
            g = Graph().parse(path, format="turtle", publicID=path.as_uri())
            manifest = next(g.subjects(RDF.type, MF.Manifest))
            entries = g.value(manifest, MF.entries)
            assert entries is not None
            for node in Collection(g, entries):
                local = str(node).rsplit("#", 1)[-1]
                tests.append(W3CTest(suite, local, path, node, g))
    return tests


TESTS = _load_tests()


@pytest.fixture(scope="module")
def w3c_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    app = create_app(
        {
            "store": tmp_path_factory.mktemp("w3c") / "store",
            "workers": 2,
            "timeout": 10,
            "update_token": TOKEN,
        }
    )
    live, stop = start_live(app)
    yield live.url
    stop()
    shutdown(app)
    _report()


def _report() -> None:
    if not RESULTS:
        return
    lines = []
    for suite, outcomes in RESULTS.items():
        lines.append(f"{suite}: {sum(outcomes)}/{len(outcomes)} passed")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "w3c-report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\nW3C " + "; ".join(lines))


Route = Callable[[str, str, dict[str, str], "bytes | None"], str]


def same_path(method: str, path: str, headers: dict[str, str], body: bytes | None) -> str:
    return path


@dataclass(frozen=True)
class Endpoint:
    """A server under test: its base URL, and how the manifests' paths map onto its routes
    (the identity for `kg serve`; oxigraph serve has /query, /update and /store instead)."""

    url: str
    route: Route = same_path


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def send(
    ep: Endpoint, method: str, path: str, headers: dict[str, str], body: bytes | None
) -> Reply:
    path = ep.route(method, path, headers, body)
    parts = urlsplit(ep.url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)
    try:
        # The path goes out byte for byte: percent-encoding tests depend on it.
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
    finally:
        conn.close()


def _reset(base: Endpoint) -> None:
    r = send(
        base,
        "POST",
        "/sparql",
        _auth({"Content-Type": "application/sparql-update"}),
        b"DROP SILENT ALL",
    )
    assert r.status < 300, r.body


def _auth(headers: dict[str, str]) -> dict[str, str]:
    return {**headers, "Authorization": f"Bearer {TOKEN}"}


def _load_graph_data(base: Endpoint, t: W3CTest) -> None:
    g = t.graph
    for data in g.objects(t.node, UT.graphData):
        source = g.value(data, UT.graph)
        label = g.value(data, RDFS.label)
        assert source is not None and label is not None
        body = Path(str(source).removeprefix("file://")).read_bytes()
        r = send(
            base,
            "PUT",
            f"/gsp?graph={quote(str(label), safe='')}",
            _auth({"Content-Type": "application/n-triples"}),
            body,
        )
        assert r.status < 300, r.body


def _expected_statuses(g: Graph, resp: Node) -> list[str]:
    return [str(s).rsplit("#", 1)[-1] for s in g.objects(resp, MF.expectedStatus)]


def _status_ok(status: int, expected: list[str]) -> bool:
    for name in expected:
        m = re.fullmatch(r"StatusCode(\d)xx", name)
        if m and status // 100 == int(m.group(1)):
            return True
        if STATUS_NAMES.get(name) == status:
            return True
    return not expected


def _boolean(reply: Reply) -> bool | None:
    ctype = reply.headers.get("content-type", "")
    if "json" in ctype:
        value = json.loads(reply.body).get("boolean")
        return bool(value) if value is not None else None
    if "xml" in ctype:
        root = ElementTree.fromstring(reply.body)
        for el in root.iter():
            if el.tag.endswith("boolean"):
                return (el.text or "").strip() == "true"
    return None


_FORMAT_FAMILIES = {
    "boolean": ("application/sparql-results+json", "application/sparql-results+xml"),
    "tabular": (
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ),
    "RDF": (
        "application/rdf+xml",
        "text/turtle",
        "application/n-triples",
        "text/n3",
        "application/ld+json",
        "application/trig",
        "application/n-quads",
    ),
}

_RDFLIB_FORMATS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


def run_http_test(base: Endpoint, t: W3CTest) -> None:
    g = t.graph
    action = g.value(t.node, MF.action)
    requests_list = g.value(action, HT.requests)
    assert requests_list is not None
    variables: dict[str, str] = {}
    for req in Collection(g, requests_list):
        method = str(g.value(req, HT.methodName))
        path = str(g.value(req, HT.absolutePath))
        path = "/sparql" + path[len("/sparql/") :] if path.startswith("/sparql/") else path
        headers = {}
        hlist = g.value(req, HT.headers)
        if hlist is not None:
            for h in Collection(g, hlist):
                headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
        body_node = g.value(req, HT.body)
        body = None
        if body_node is not None:
            body = str(g.value(body_node, CNT.chars))
        for var, value in variables.items():
            path = path.replace(var, quote(value, safe="") if "?" in path else value)
            body = body.replace(var, value) if body is not None else None
        charset = "utf-16" if "UTF-16" in headers.get("content-type", "") else "utf-8"
        reply = send(
            base, method, path, _auth(headers), body.encode(charset) if body is not None else None
        )
        resp = g.value(req, HT.resp)
        assert resp is not None
        expected = _expected_statuses(g, resp)
        assert _status_ok(reply.status, expected), (
            method,
            path,
            reply.status,
            expected,
            reply.body[:300],
        )
        location = g.value(resp, MF.expectedLocation)
        if location is not None:
            assert "location" in reply.headers
            variables[str(location)] = reply.headers["location"]
        exp_bool = g.value(resp, MF.expectedBoolean)
        if exp_bool is not None:
            assert _boolean(reply) == (str(exp_bool) == "true"), reply.body[:300]
        exp_fmt = g.value(resp, MF.expectedFormat)
        if exp_fmt is not None:
            ctype = reply.headers.get("content-type", "").split(";")[0].strip()
            assert ctype in _FORMAT_FAMILIES[str(exp_fmt)], ctype
        exp_body = g.value(resp, HT.body)
        if exp_body is not None and method != "HEAD":
            ctype = reply.headers.get("content-type", "").split(";")[0].strip()
            got = Graph().parse(data=reply.body, format=_RDFLIB_FORMATS[ctype])
            want = Graph().parse(data=str(g.value(exp_body, CNT.chars)), format="turtle")
            assert isomorphic(got, want), reply.body.decode()


def run_service_description_test(base: Endpoint, t: W3CTest) -> None:
    reply = send(base, "GET", "/sparql", {"Accept": "text/turtle"}, None)
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=reply.body, format="turtle")
    endpoint = URIRef(base.url + base.route("GET", "/sparql", {}, None))
    if t.name == "has-endpoint-triple":
        assert (None, SD.endpoint, endpoint) in g
    elif t.name == "conforms-to-schema":
        services = list(g.subjects(RDF.type, SD.Service))
        assert services
        for s in services:
            assert g.value(s, SD.endpoint) is not None
            for lang in g.objects(s, SD.supportedLanguage):
                assert lang in (SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update)
            for ds in g.objects(s, SD.defaultDataset):
                assert (ds, RDF.type, SD.Dataset) in g
    else:
        assert len(g) > 0


@pytest.mark.skipif(W3C is None, reason="W3C manifests not found in ../shared/w3c")
@pytest.mark.parametrize("t", TESTS or [None], ids=lambda t: f"{t.suite}:{t.name}" if t else "none")
def test_w3c(w3c_server: str, t: W3CTest | None) -> None:
    assert t is not None
    outcome = False
    try:
        run_one(Endpoint(w3c_server), t)
        outcome = True
    finally:
        RESULTS.setdefault(t.suite, []).append(outcome)


def run_one(ep: Endpoint, t: W3CTest) -> None:
    """Run one manifest test against a server; raises AssertionError when it fails."""
    _reset(ep)
    if t.suite == "service-description":
        run_service_description_test(ep, t)
    else:
        _load_graph_data(ep, t)
        run_http_test(ep, t)
