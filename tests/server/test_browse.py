"""Browsing lists: filters, facets, sort, paging, and `.json`/`.csv` of exactly what is shown.

Hand-counted from tests/server/fixtures/kb.trig: 2 articles; 3 events (phone_call held
2025-03-10 Rubio and Lavrov; negotiation_round held 2025-05-16 Russia and Ukraine, mediated by
Hakan Fidan, in Istanbul (Q406); prisoner_exchange planned, undated, Russia and Ukraine);
4 statements (2 by Sergei Lavrov); 7 actors (3 people, 4 countries).
"""

from __future__ import annotations

import csv
import io

import pytest
from flask.testing import FlaskClient

from server.browse import human_date


def listing(client: FlaskClient, url: str) -> dict[str, object]:
    r = client.get(url)
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()  # type: ignore[no-any-return]


def facet(data: dict[str, object], name: str) -> dict[str, int]:
    facets = data["facets"]
    assert isinstance(facets, dict)
    return {f["value"]: f["count"] for f in facets[name]}


def test_events_filters_and_facets(client: FlaskClient) -> None:
    every = listing(client, "/events.json")
    assert len(every["rows"]) == 3  # type: ignore[arg-type]
    assert facet(every, "status") == {"held": 2, "planned": 1}
    assert facet(every, "kind") == {"phone_call": 1, "negotiation_round": 1, "prisoner_exchange": 1}
    russia = listing(client, "/events.json?actor=actor/russia")
    assert len(russia["rows"]) == 2  # type: ignore[arg-type]
    assert len(listing(client, "/events.json?actor=actor/hakan-fidan")["rows"]) == 1  # type: ignore[arg-type]
    istanbul = listing(client, "/events.json?place=place/Q406")["rows"]
    assert [r["kind"] for r in istanbul] == ["negotiation_round"]  # type: ignore[index,union-attr]
    may = listing(client, "/events.json?from=2025-05-01&to=2025-05-31")["rows"]
    assert [r["date"] for r in may] == ["2025-05-16"]  # type: ignore[index,union-attr]
    held = listing(client, "/events.json?status=held&sort=date")["rows"]
    assert [r["date"] for r in held] == ["2025-03-10", "2025-05-16"]  # type: ignore[index,union-attr]
    one = listing(client, "/events.json?status=held&sort=date&size=1")
    assert (
        len(one["rows"]) == 1 and one["next"] == "/events.json?status=held&sort=date&size=1&page=2"
    )  # type: ignore[arg-type]
    last = listing(client, "/events.json?status=held&sort=date&size=1&page=2")
    assert last["rows"][0]["date"] == "2025-05-16" and last["next"] is None  # type: ignore[index]


def test_statements_actors_articles(client: FlaskClient) -> None:
    assert len(listing(client, "/statements.json")["rows"]) == 4  # type: ignore[arg-type]
    lavrov = listing(client, "/statements.json?speaker=actor/sergei-lavrov")["rows"]
    assert {r["speakerName"] for r in lavrov} == {"Sergei Lavrov"} and len(lavrov) == 2  # type: ignore[union-attr,index]
    actors = listing(client, "/actors.json")
    assert len(actors["rows"]) == 7 and facet(actors, "type") == {"Person": 3, "Country": 4}  # type: ignore[arg-type]
    assert len(listing(client, "/actors.json?type=Person")["rows"]) == 3  # type: ignore[arg-type]
    assert len(listing(client, "/articles.json")["rows"]) == 2  # type: ignore[arg-type]


def test_csv_is_the_page_shown(client: FlaskClient) -> None:
    data = listing(client, "/events.json?sort=date")
    r = client.get("/events.csv?sort=date")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True))))
    assert [row["kind"] for row in rows] == [x["kind"] for x in data["rows"]]  # type: ignore[index,union-attr]
    assert list(rows[0]) == data["columns"]


def test_html_links_and_shareable_urls(client: FlaskClient) -> None:
    html = client.get("/events?status=held").get_data(as_text=True)
    assert 'href="/events.json?status=held"' in html and 'href="/events.csv?status=held"' in html
    assert "10 March 2025" in html  # a human-readable date
    assert 'href="/id/event/2025-03-10-rubio-lavrov-call-1"' in html


@pytest.mark.parametrize(
    "url",
    ["/events?sort=nope", "/events?from=yesterday", "/events?kind=party", "/events?page=0",
     "/statements?speaker=%3Cbad%3E", "/actors?size=100000"],
)  # fmt: skip
def test_bad_parameters_are_400_with_the_json_error(client: FlaskClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 400 and r.get_json()["error"]["code"] == "bad_parameter"


def test_human_dates() -> None:
    assert human_date("2025-05-16") == "16 May 2025"
    assert human_date("--05-16") == "16 May"
    assert human_date("2025-05") == "May 2025"
    assert human_date("2025-05-19T22:05:00") == "19 May 2025"
    assert human_date("soon") == "soon"


def test_home_timeline_and_json(client: FlaskClient) -> None:
    home = listing(client, "/index.json")
    months = [(m["month"], m["events"]) for m in home["timeline"]]  # type: ignore[index,union-attr,attr-defined]
    assert months == [("2025-03", 1), ("2025-04", 0), ("2025-05", 1)]
    assert home["timeline"][2]["url"] == "/events?from=2025-05-01&to=2025-05-31"  # type: ignore[index]
    html = client.get("/").get_data(as_text=True)
    assert 'id="timeline"' in html and 'href="/events?from=2025-03-01&amp;to=2025-03-31"' in html


def test_search_one_hit_per_resource_with_snippets(client: FlaskClient) -> None:
    found = listing(client, "/search.json?q=lavrov")["results"]
    iris = [r["iri"] for r in found]  # type: ignore[index,union-attr]
    assert len(iris) == len(set(iris))
    assert found[0]["label"] == "Sergei Lavrov" and found[0]["type"] == "Person"  # type: ignore[index]
    texts = [r for r in found if "text" in r["matched"]]  # type: ignore[index,union-attr]
    assert texts and all("<mark>" in r["snippet"].lower() for r in texts)  # type: ignore[index]
    assert "alias" in found[0]["matched"]  # type: ignore[index]  # "Lavrov", an alias too
    html = client.get("/search?q=lavrov").get_data(as_text=True)
    assert "<mark>" in html and 'href="/search.json?q=lavrov"' in html


def _pages(client: FlaskClient, url: str) -> list[dict[str, str]]:
    """Every row of a listing, read one page of one row at a time by following `next`."""
    rows: list[dict[str, str]] = []
    next_url: str | None = url
    while next_url:
        data = listing(client, next_url)
        rows += data["rows"]  # type: ignore[arg-type]
        next_url = data["next"]  # type: ignore[assignment]
        assert len(rows) < 20
    return rows


def test_newest_first_pages_by_date_window(client: FlaskClient) -> None:
    """The default views (unfiltered, newest first) page through a window of the latest dates
    (server.browse.page_items): the same rows in the same order as one whole page, the undated
    event last."""
    events = _pages(client, "/events.json?size=1")
    assert [r["date"] for r in events] == ["2025-05-16", "2025-03-10", ""]
    assert events == listing(client, "/events.json?size=50")["rows"]
    statements = _pages(client, "/statements.json?size=1")
    assert len(statements) == 4
    assert statements == listing(client, "/statements.json?size=50")["rows"]
    dates = [r["date"] for r in statements if r["date"]]
    assert dates == sorted(dates, reverse=True)
