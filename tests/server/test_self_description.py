"""Service description, VoID, health, OpenAPI, config precedence."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Flask
from flask.testing import FlaskClient

from server.config import ServerConfig

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"


def triples(body: bytes, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(body, format=fmt)]


def test_service_description(client: FlaskClient) -> None:
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    ts = triples(r.get_data())
    endpoint = [t.object for t in ts if t.predicate == ox.NamedNode(SD + "endpoint")]
    assert endpoint == [ox.NamedNode("http://localhost/sparql")]
    langs = {str(t.object) for t in ts if t.predicate == ox.NamedNode(SD + "supportedLanguage")}
    assert f"<{SD}SPARQL11Query>" in langs
    r = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert r.mimetype == "application/ld+json"


def test_browser_at_endpoint_goes_to_query_page(client: FlaskClient) -> None:
    r = client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert r.status_code == 303 and r.headers["Location"].endswith("/query")


def test_void(client: FlaskClient) -> None:
    r = client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
    ts = triples(r.get_data(), ox.RdfFormat.N_TRIPLES)
    count = [t.object for t in ts if t.predicate == ox.NamedNode(VOID + "triples")]
    assert len(count) == 1 and int(str(count[0]).strip('"').split('"')[0]) > 300
    vocabularies = {
        str(t.object)[1:-1] for t in ts if t.predicate == ox.NamedNode(VOID + "vocabulary")
    }
    assert "https://w3id.org/parley/ontology#" in vocabularies
    assert "http://www.w3.org/ns/oa#" in vocabularies


def test_health(client: FlaskClient) -> None:
    data = client.get("/health").get_json()
    assert data["status"] == "ok" and len(data["workers"]) == 3 and data["readOnly"] is False


def test_openapi_lists_every_route(app: Flask, client: FlaskClient) -> None:
    spec = client.get("/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    documented = {(path, method) for path, ops in spec["paths"].items() for method in ops}
    for rule in app.url_map.iter_rules():
        path = rule.rule.replace("<path:", "{").replace("<", "{").replace(">", "}")
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}:
            assert (path, method.lower()) in documented, (rule.rule, method)
    for ops in spec["paths"].values():
        for op in ops.values():
            assert op["summary"] and "." not in op["summary"][:1]


def test_config_precedence() -> None:
    env = {"KG_QUERY_TIMEOUT": "7", "KG_UPDATE_TOKEN": "env-token", "KG_MAX_ROWS": "50"}
    cfg = ServerConfig.resolve({"timeout": 3, "max_rows": None}, env=env)
    assert cfg.timeout == 3.0  # explicit wins
    assert cfg.max_rows == 50 and cfg.update_token == "env-token"  # env over default
    assert cfg.threads == ServerConfig().threads  # default
    assert ServerConfig.resolve({}, env={}).read_only
