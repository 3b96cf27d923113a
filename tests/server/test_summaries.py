"""Event, statement and actor pages open with a summary by name (hand-counted from
tests/server/fixtures/kb.trig)."""

from __future__ import annotations

import re
from pathlib import Path

from flask.testing import FlaskClient
from server_live import load_store, make_config

from server import create_app, shutdown

HTML = {"Accept": "text/html"}


def _text(html: str, element_id: str) -> str:
    found = re.search(rf'id="{element_id}".*?</(dl|ul|table)>', html, re.S)
    assert found, element_id
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(0)))


def test_event_head(client: FlaskClient) -> None:
    html = client.get("/id/event/2025-05-16-istanbul-talks-1", headers=HTML).get_data(as_text=True)
    head = _text(html, "summary")
    for said in ("negotiation round", "held", "16 May 2025", "Russia", "Ukraine", "Hakan Fidan",
                 "Istanbul", "Turkey hosts Russia-Ukraine talks in Istanbul"):  # fmt: skip
        assert said in head, said
    assert "https://w3id.org" not in head  # labels, not IRIs
    assert "<details" in html and "All properties" in html


def test_statement_head(client: FlaskClient) -> None:
    html = client.get("/id/statement/2025-03-10-rubio-lavrov-call-1", headers=HTML)
    head = _text(html.get_data(as_text=True), "summary")
    assert "Marco Rubio" in head and "10 March 2025" in head and "Words" in head
    assert "https://w3id.org" not in head


def test_actor_lists_its_articles_and_each_role_once(client: FlaskClient) -> None:
    html = client.get("/id/actor/sergei-lavrov", headers=HTML).get_data(as_text=True)
    articles = _text(html, "articles")
    assert "Rubio and Lavrov discuss ceasefire by phone" in articles
    assert "Turkey hosts Russia-Ukraine talks in Istanbul" in articles
    assert html.count('<li><a href="/id/article/') == 2
    roles = re.search(r'id="roles">(.*?)</ul>', html, re.S)
    assert roles and roles.group(1).count("<li>") == 1 and "Foreign Minister" in roles.group(1)


# One canonical event reported by two articles: planned in the first, held in the second.
REPORTS = """
@prefix pa: <https://w3id.org/parley/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/parley/id/> .
@prefix et: <https://w3id.org/parley/event-type/> .
@prefix st: <https://w3id.org/parley/status/> .
id:article\\/2025-06-01-talks-ahead {
  id:article\\/2025-06-01-talks-ahead a pa:Article ; pa:title "Talks to open on Thursday" ;
      pa:published "2025-06-01"^^xsd:date .
  id:event\\/2025-06-01-talks-ahead-1 a pa:Event ; pa:eventType et:negotiation_round ;
      pa:status st:planned ; pa:date "2025-06-05"^^xsd:date ; pa:reportOf id:cevent\\/x1 .
}
id:article\\/2025-06-06-talks-held {
  id:article\\/2025-06-06-talks-held a pa:Article ; pa:title "Talks opened on Thursday" ;
      pa:published "2025-06-06"^^xsd:date .
  id:event\\/2025-06-06-talks-held-1 a pa:Event ; pa:eventType et:negotiation_round ;
      pa:status st:held ; pa:date "2025-06-05"^^xsd:date ; pa:reportOf id:cevent\\/x1 .
}
"""


def test_event_lists_every_report_with_its_status_over_time(tmp_path: Path) -> None:
    trig = tmp_path / "reports.trig"
    trig.write_text(REPORTS, encoding="utf-8")
    app = create_app(make_config(load_store(tmp_path / "store", trig)))
    try:
        page = app.test_client().get("/id/event/2025-06-06-talks-held-1", headers=HTML)
        reports = _text(page.get_data(as_text=True), "reports")
    finally:
        shutdown(app)
    ahead, held = reports.index("Talks to open"), reports.index("Talks opened")
    assert ahead < held  # oldest report first
    assert reports.index("planned") < held < reports.index("held")
