"""Event, statement and actor pages open with a summary by name (hand-counted from
tests/server/fixtures/kb.trig)."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

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
