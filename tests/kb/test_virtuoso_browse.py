"""The browse pages, search and the home page's timeline give the same `.json` fronting
Virtuoso (`kg serve --store http://…/sparql`) as on the embedded store, for the same articles.

The pages query in two plain steps (the page's items, then their details for exactly those
items through `VALUES`), which Virtuoso runs as Oxigraph does; a query Virtuoso rejects would
show here as a 4xx/5xx, a different engine semantics as different rows."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from virtuoso_server import Virtuoso, server

__all__ = ["server"]  # the module-scoped Virtuoso fixture from virtuoso_server

KG = [sys.executable, "-m", "kg"]


def _ingest(corpus: Path, store: str) -> None:
    args = [*KG, "ingest", str(corpus), "--store", store, "--workers", "1"]
    done = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def apps(
    server: Virtuoso, corpus6: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[FlaskClient, FlaskClient]]:
    from server import create_app, shutdown

    embedded_path = tmp_path_factory.mktemp("embedded") / "kb"
    _ingest(corpus6, str(embedded_path))
    _ingest(corpus6, server.url)
    made: list[Flask] = []
    try:
        made.append(create_app({"store": embedded_path, "workers": 1}))
        front = tmp_path_factory.mktemp("front")
        made.append(create_app({"store": front, "remote": server.url, "workers": 1}))
        yield made[0].test_client(), made[1].test_client()
    finally:
        for app in made:
            shutdown(app)


def _json(client: FlaskClient, url: str) -> dict[str, object]:
    answer = client.get(url)
    assert answer.status_code == 200, f"{url}: {answer.get_data(as_text=True)}"
    return answer.get_json()  # type: ignore[no-any-return]


def _first(data: dict[str, object], column: str) -> str:
    rows = data["rows"]
    assert isinstance(rows, list)
    values = [r[column] for r in rows if r.get(column)]
    assert values, f"no {column} in {rows}"
    return str(values[0]).replace("https://w3id.org/parley/", "")


def _difference(url: str, a: dict[str, Any], b: dict[str, Any]) -> str:
    """The first row (or key) the two answers differ in, for a readable failure."""
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            if isinstance(a.get(key), list) and isinstance(b.get(key), list):
                pairs = zip(a[key], b[key], strict=False)
                for i, (x, y) in enumerate(pairs):
                    if x != y:
                        return f"{url} {key}[{i}]: embedded {x} != virtuoso {y}"
                return f"{url} {key}: {len(a[key])} rows embedded, {len(b[key])} on virtuoso"
            return f"{url} {key}: embedded {a.get(key)} != virtuoso {b.get(key)}"
    return url


@pytest.mark.slow
def test_browse_pages_on_virtuoso_are_the_embedded_ones(
    apps: tuple[FlaskClient, FlaskClient],
) -> None:
    embedded, remote = apps
    events = _json(embedded, "/events.json")
    statements = _json(embedded, "/statements.json")
    actor = _first(_json(embedded, "/actors.json"), "name_iri")
    place = _first(events, "placeName_iri")
    speaker = _first(statements, "speakerName_iri")
    date = _first(events, "date")[:10]
    urls = [
        "/events.json",
        "/events.json?sort=date",
        "/events.json?sort=kind&size=2&page=2",
        "/events.json?status=held",
        "/events.json?kind=meeting",
        f"/events.json?actor={actor}",
        f"/events.json?place={place}",
        f"/events.json?from={date}&to={date}",
        "/events.csv",
        "/statements.json",
        "/statements.json?kind=direct&sort=speakerName",
        f"/statements.json?speaker={speaker}",
        "/statements.json?size=3&page=2",
        # Sorts read through a window of key values (server.browse.page_items), of the articles
        # of the items without the key (statements by date ascending, by kind), of both (pages
        # across direct and indirect statements), or of key values and articles (a key of many
        # items: statements by cue, one a page).
        "/statements.json?sort=content&size=2&page=2",
        "/statements.json?sort=-cue&size=1&page=11",
        "/statements.json?sort=kind&size=5&page=2",
        "/statements.json?sort=-kind&size=4&page=2",
        "/statements.json?sort=-cue",
        "/statements.json?sort=kind&size=2&page=2",
        "/statements.json?sort=date&size=3&page=2",
        "/events.json?sort=-placeName&size=3&page=2",
        "/events.json?sort=title",
        "/articles.json?sort=source&size=2&page=2",
        "/actors.json",
        "/actors.json?type=Person&sort=name",
        "/actors.json?size=2&page=3",
        "/actors.json?sort=type&size=3&page=2",
        "/articles.json",
        f"/articles.json?actor={actor}",
        "/articles.json?sort=title",
        "/index.json",
        "/search.json?q=talks",
        # Events by a kind's word and an actor (FILTER EXISTS on the other words), by a topic.
        "/search.json?q=russia+talks",
        "/search.json?q=ceasefire",
    ]
    checked = 0
    for url in urls:
        mine = embedded.get(url)
        theirs = remote.get(url)
        assert mine.status_code == 200, f"{url}: {mine.get_data(as_text=True)}"
        assert theirs.status_code == 200, f"{url}: {theirs.get_data(as_text=True)}"
        if url.endswith(".csv") or ".csv?" in url:
            assert theirs.get_data(as_text=True) == mine.get_data(as_text=True), url
        else:
            a, b = mine.get_json(), theirs.get_json()
            assert a == b, _difference(url, a, b)
        checked += 1
    assert checked == len(urls)
    # The comparison is not between two empty answers.
    assert len(events["rows"]) >= 3 and len(statements["rows"]) >= 3  # type: ignore[arg-type]
    talks = _json(embedded, "/search.json?q=talks")["results"]
    assert any(r["type"] == "Event" for r in talks)  # type: ignore[union-attr,index]
