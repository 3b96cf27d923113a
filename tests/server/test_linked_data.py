"""Dereferencing minted IRIs: HTML pages, RDF by Accept or suffix, search, home."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from tests_server_helpers import assert_error

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
ART = "/id/article/2025-03-10-rubio-lavrov-call"
RUBIO = "/id/actor/marco-rubio"


@pytest.mark.parametrize(
    ("path", "accept", "fmt"),
    [
        (RUBIO, "text/turtle", ox.RdfFormat.TURTLE),
        (RUBIO, "application/ld+json", ox.RdfFormat.JSON_LD),
        (RUBIO, "application/n-triples", ox.RdfFormat.N_TRIPLES),
        (RUBIO + ".ttl", "text/html", ox.RdfFormat.TURTLE),
        (RUBIO + ".jsonld", "", ox.RdfFormat.JSON_LD),
        (RUBIO + ".nt", "", ox.RdfFormat.N_TRIPLES),
        (ART + ".ttl", "", ox.RdfFormat.TURTLE),
    ],
)
def test_rdf_views(client: FlaskClient, path: str, accept: str, fmt: ox.RdfFormat) -> None:
    r = client.get(path, headers={"Accept": accept} if accept else {})
    assert r.status_code == 200 and r.mimetype == fmt.media_type
    assert "Accept" in r.headers["Vary"]
    subjects = {q.subject.value for q in ox.parse(r.get_data(), format=fmt)}
    iri = (
        "https://w3id.org/parley" + path.rsplit(".", 1)[0]
        if "." in path.rsplit("/", 1)[-1]
        else "https://w3id.org/parley" + path
    )
    assert iri in subjects


def test_actor_page(client: FlaskClient) -> None:
    r = client.get(RUBIO, headers=HTML)
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert "Vary" in r.headers
    html = r.get_data(as_text=True)
    assert "<h1>Marco Rubio" in html
    assert "Secretary of State" in html and "United States" in html
    assert 'href="http://www.wikidata.org/entity/Q324546"' in html
    assert 'id="timeline"' in html and "We discussed the next steps toward a ceasefire" in html
    assert "<svg" in html and "Sergei Lavrov" in html  # network picture
    assert "phone call" in html


def test_article_page_highlights_spans(client: FlaskClient) -> None:
    html = client.get(ART, headers=HTML).get_data(as_text=True)
    assert 'id="article-text"' in html
    links = re.findall(r'<a class="hl ([^"]+)" href="([^"]+)"[^>]*>([^<]*)</a>', html)
    texts = {text for _, _, text in links}
    assert "Marco Rubio" in texts and "Sergei Lavrov" in texts
    assert any(h == "/id/actor/marco-rubio" and t == "Marco Rubio" for _, h, t in links)
    assert any("hl-statement" in c for c, _, _ in links)
    assert "Example Wire" in html


def test_statement_page_evidence_and_provenance(client: FlaskClient) -> None:
    html = client.get("/id/statement/2025-03-10-rubio-lavrov-call-1", headers=HTML).get_data(
        as_text=True
    )
    assert "<mark>" in html and "Rubio said" in html
    assert "Provenance" in html and "fixture-1.0" in html


def test_event_page(client: FlaskClient) -> None:
    html = client.get("/id/event/2025-05-16-istanbul-talks-1", headers=HTML).get_data(as_text=True)
    assert "negotiation round" in html and "Statements about this event" in html


def test_unknown_iri_is_json_404(client: FlaskClient) -> None:
    assert_error(client.get("/id/actor/nobody", headers=HTML), 404, "not_found")
    assert_error(client.get("/id/actor/nobody.ttl"), 404, "not_found")


def test_search(client: FlaskClient) -> None:
    html = client.get("/search?q=lavrov").get_data(as_text=True)
    assert 'href="/id/actor/sergei-lavrov"' in html
    html = client.get("/search?q=prisoners+exchange").get_data(as_text=True)
    assert 'href="/id/article/2025-05-16-istanbul-talks"' in html
    html = client.get('/search?q="}) SELECT').get_data(as_text=True)
    assert "Nothing found" in html


def test_home(client: FlaskClient) -> None:
    html = client.get("/").get_data(as_text=True)
    assert "Rubio and Lavrov discuss ceasefire by phone" in html
    assert 'href="/id/actor/sergei-lavrov"' in html


def test_query_page(client: FlaskClient) -> None:
    html = client.get("/query?query=ASK%20%7B%7D").get_data(as_text=True)
    assert "vendor/yasgui/yasgui.min.js" in html and '"ASK {}"' in html
    assert "actor_timeline" in html  # competency queries offered as examples
    assert "cdn" not in html.lower()
    assert client.get("/static/vendor/yasgui/yasgui.min.js").status_code == 200
