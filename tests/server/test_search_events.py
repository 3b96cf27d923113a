"""Search over events, through the live server (waitress), on tests/server/fixtures/kb.trig.

The fixture's events: a phone call (held, 2025-03-10) of Marco Rubio and Sergei Lavrov; a
negotiation round (held, 2025-05-16) of Russia and Ukraine mediated by Hakan Fidan in Istanbul;
a prisoner exchange (planned, undated) of Russia and Ukraine. Events have no text of their own:
each word of a search must name their kind, their status, a topic, or an actor or place of
theirs ("event"), or their reporting sentence holds every word ("sentence"). The call's topic
is "ceasefire".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from tests.server.conftest import LiveServer, start_live

ID = "https://w3id.org/parley/id/"
CALL = ID + "event/2025-03-10-rubio-lavrov-call-1"
ROUND = ID + "event/2025-05-16-istanbul-talks-1"
EXCHANGE = ID + "event/2025-05-16-istanbul-talks-2"
AUTH = {"Authorization": "Bearer test-token"}


def search(live: LiveServer, q: str) -> list[dict[str, object]]:
    r = live.get("/search.json", params={"q": q})
    assert r.status_code == 200, r.text
    found: list[dict[str, object]] = r.json()["results"]
    iris = [h["iri"] for h in found]
    assert len(iris) == len(set(iris)), f"a resource found twice for {q!r}"
    return found


def events(live: LiveServer, q: str) -> list[str]:
    return [str(h["iri"]) for h in search(live, q) if h["type"] == "Event"]


def matched(live: LiveServer, q: str) -> dict[str, object]:
    """Each event found: how."""
    return {str(h["iri"]): h["matched"] for h in search(live, q) if h["type"] == "Event"}


def test_events_found_by_their_kind_words(live_server: LiveServer) -> None:
    assert events(live_server, "talks") == [ROUND]  # "talks": a label of negotiation rounds
    assert events(live_server, "negotiations") == [ROUND]
    assert events(live_server, "call") == [CALL]
    assert events(live_server, "phone call") == [CALL]
    assert events(live_server, "swap") == [EXCHANGE]  # "prisoner swap"
    assert events(live_server, "truce") == []  # no ceasefire in the fixture
    assert events(live_server, "ceasefire") == [CALL]  # by its topic, "ceasefire"
    assert events(live_server, "ceasefire lavrov") == [CALL]
    assert events(live_server, "ceasefire fidan") == []
    # Each word must name something of the event: its status too.
    assert events(live_server, "planned exchange") == [EXCHANGE]
    assert events(live_server, "held exchange") == []


def test_events_found_by_participants_mediator_and_place(live_server: LiveServer) -> None:
    assert events(live_server, "lavrov") == [CALL]
    assert events(live_server, "rubio call") == [CALL]
    assert events(live_server, "rubio talks") == []
    # Newest first, the undated last.
    assert events(live_server, "ukraine") == [ROUND, EXCHANGE]
    assert events(live_server, "fidan") == [ROUND]  # the mediator
    assert events(live_server, "istanbul") == [ROUND]  # the place
    assert events(live_server, "russia istanbul talks") == [ROUND]
    assert events(live_server, "lavrov istanbul") == []
    # Words such as "in" or "with" name nothing: "in" is not India, nor "Istanbul".
    assert events(live_server, "talks in istanbul") == [ROUND]
    assert events(live_server, "call with lavrov") == [CALL]
    assert all(how == ["sentence"] for how in matched(live_server, "in").values())
    # A name's words from their start: "kraine" is in "Ukraine" but starts no word of it; it
    # is in the round's sentence (words in sentences match anywhere, as in every text).
    assert matched(live_server, "kraine") == {ROUND: ["sentence"]}


def test_events_found_by_words_of_their_reporting_sentence(live_server: LiveServer) -> None:
    # "Turkish Foreign Minister Hakan Fidan hosted delegations from Russia and Ukraine in ..."
    assert matched(live_server, "delegations") == {ROUND: ["sentence"]}
    assert matched(live_server, "hosted fidan") == {ROUND: ["sentence"]}  # "hosted": no name
    assert matched(live_server, "istanbul fidan") == {ROUND: ["event", "sentence"]}
    # The exchange's sentence: "... the two sides agreed to exchange prisoners."
    assert matched(live_server, "agreed") == {EXCHANGE: ["sentence"]}
    assert matched(live_server, "agreed delegations") == {}
    hit = next(h for h in search(live_server, "delegations") if h["iri"] == ROUND)
    assert "hosted <mark>delegations</mark> from" in str(hit["snippet"])


def test_event_hit_links_to_its_page_with_the_reporting_sentence(live_server: LiveServer) -> None:
    hit = next(h for h in search(live_server, "istanbul") if h["iri"] == ROUND)
    assert hit["href"] == "/id/event/2025-05-16-istanbul-talks-1"
    assert hit["label"] == "Negotiation round: Russia, Ukraine, in Istanbul"
    assert hit["matched"] == ["event", "sentence"]  # Istanbul its place, and in its sentence
    # The sentence that reports the event, with the word marked.
    assert hit["snippet"] == (
        "Turkish Foreign Minister Hakan Fidan hosted delegations from Russia and Ukraine in "
        "<mark>Istanbul</mark> on Friday."
    )
    assert live_server.get(str(hit["href"])).status_code == 200
    html = live_server.get("/search", params={"q": "istanbul"}).text
    assert 'href="/id/event/2025-05-16-istanbul-talks-1"' in html
    assert "<mark>Istanbul</mark> on Friday." in html
    # Found by its kind, the sentence is shown from its start, unmarked.
    hit = next(h for h in search(live_server, "talks") if h["iri"] == ROUND)
    assert str(hit["snippet"]).startswith("Turkish Foreign Minister Hakan Fidan hosted")


def test_names_come_first_then_events_then_texts(live_server: LiveServer) -> None:
    found = search(live_server, "lavrov")
    kinds = [h["matched"][0] for h in found]  # type: ignore[index]
    assert kinds[0] == "name" and found[0]["label"] == "Sergei Lavrov"
    assert "event" in kinds and "text" in kinds
    assert kinds == sorted(
        kinds, key=["name", "alias", "event", "title", "statement", "text"].index
    )


@pytest.fixture
def live_writable(writable: Flask) -> Iterator[LiveServer]:
    live, stop = start_live(writable)
    yield live
    stop()


def test_events_found_by_an_alias_added_later(live_writable: LiveServer) -> None:
    """An alias that is no part of the name finds the actor and the actor's events, once the
    store has it (the word index follows the update: tests/server/test_search_index.py)."""
    assert events(live_writable, "secretary call") == []
    article = ID + "article/2025-03-10-rubio-lavrov-call"
    update = (
        f"INSERT DATA {{ GRAPH <{article}> {{ <{ID}actor/marco-rubio> "
        '<https://w3id.org/parley/ontology#alias> "Secretary of State" } }'
    )
    r = live_writable.app.test_client().post(
        "/sparql", data=update, content_type="application/sparql-update", headers=AUTH
    )
    assert r.status_code == 204, r.get_data(as_text=True)
    assert events(live_writable, "secretary call") == [CALL]
    rubio = next(h for h in search(live_writable, "secretary") if h["type"] == "Person")
    assert rubio["label"] == "Marco Rubio" and rubio["matched"] == ["alias"]
    # Deleting the article takes its events out of the search.
    r = live_writable.app.test_client().delete(
        "/gsp", query_string={"graph": article}, headers=AUTH
    )
    assert r.status_code == 204
    assert events(live_writable, "call") == []
