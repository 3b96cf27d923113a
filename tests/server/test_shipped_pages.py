"""The shipped queries over HTTP a page at a time (`/queries/NAME`, `.json`, `.csv`).

Hand-counted from tests/server/fixtures/kb.trig: 2 articles; 4 statements (2 by Sergei
Lavrov); 3 events (2 held).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient

from kg import queries
from kg.store import Store


def _json(client: FlaskClient, url: str) -> dict[str, object]:
    r = client.get(url)
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()  # type: ignore[no-any-return]


def _all_pages(client: FlaskClient, url: str) -> tuple[list[dict[str, str]], int]:
    rows: list[dict[str, str]] = []
    pages = 0
    next_url: object = url
    while next_url:
        assert isinstance(next_url, str)
        data = _json(client, next_url)
        rows += data["rows"]  # type: ignore[arg-type]
        next_url = data["next"]
        pages += 1
        assert pages < 100
    return rows, pages


def _whole(kb_path: Path, name: str, filters: dict[str, str]) -> list[dict[str, str]]:
    store = Store(kb_path, read_only=True)
    result = store.query(queries.filtered(queries.load(name), filters))
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: (sol[n].value if sol[n] is not None else "") for n in names} for sol in result]


@pytest.mark.parametrize(
    ("name", "filters"),
    [
        ("statements", {}),
        ("statements", {"actor": "actor/sergei-lavrov"}),
        ("events", {}),
        ("events", {"status": "held"}),
        ("actors", {}),
        ("actor_timeline", {}),
        ("contacts", {}),  # paged by date
    ],
)
def test_pages_through_next_give_the_whole_query(
    client: FlaskClient, kb_path: Path, name: str, filters: dict[str, str]
) -> None:
    query = "&".join(f"{k}={v}" for k, v in filters.items())
    rows, pages = _all_pages(client, f"/queries/{name}.json?limit=1&{query}")
    whole = _whole(kb_path, name, filters)
    assert whole
    assert sorted(map(sorted, (r.items() for r in rows))) == sorted(
        map(sorted, (r.items() for r in whole))
    )
    assert pages >= 2


def test_hand_counted_pages_and_totals(client: FlaskClient) -> None:
    first = _json(client, "/queries/statements.json?limit=1&total=1")
    assert first["total"] == {"count": 4, "of": "statements"}
    assert first["next"] == "/queries/statements.json?limit=1&cursor=1"
    lavrov = _json(client, "/queries/statements.json?actor=actor/sergei-lavrov&total=1")
    assert lavrov["total"] == {"count": 2, "of": "statements"}
    assert len(lavrov["rows"]) == 2  # type: ignore[arg-type]
    assert lavrov["next"] is None
    held = _json(client, "/queries/events.json?status=held&total=1")
    assert held["total"] == {"count": 2, "of": "events"}


def test_csv_and_html_pages(client: FlaskClient) -> None:
    r = client.get("/queries/statements.csv?limit=1")
    assert r.status_code == 200
    table = list(csv.reader(io.StringIO(r.get_data(as_text=True))))
    assert table[0] == queries.CONTRACT["statements"] + [
        "start",
        "end",
        "cueStart",
        "cueEnd",
        "speakerStart",
        "speakerEnd",
    ]
    assert len(table) >= 2
    page = client.get("/queries/statements?limit=1").get_data(as_text=True)
    assert 'href="/queries/statements?limit=1&amp;cursor=1" rel="next"' in page
    assert "/id/statement/" in page  # IRIs link to local pages
    index = client.get("/queries").get_data(as_text=True)
    assert all(f'href="/queries/{n}"' in index for n in queries.all_queries())
    listed = _json(client, "/queries.json")
    assert [q["url"] for q in listed] == [f"/queries/{n}" for n in queries.all_queries()]


def test_bad_parameters(client: FlaskClient) -> None:
    assert client.get("/queries/nope.json").status_code == 404
    assert client.get("/queries/events.json?kind=party").status_code == 400
    assert client.get("/queries/events.json?speaker=x").status_code == 400
    assert client.get("/queries/events.json?limit=0").status_code == 400
    assert client.get("/queries/events.json?cursor=x").status_code == 400
    assert client.get("/queries/events.xml").status_code == 404


def test_kg_query_by_name_pages_through_the_cursor(kb_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    def run(*args: str) -> tuple[list[dict[str, str]], str]:
        result = CliRunner().invoke(
            main,
            ["query", "--store", str(kb_path), "--name", "statements", "--format", "csv", *args],
        )
        assert result.exit_code == 0, result.output
        return list(csv.DictReader(io.StringIO(result.stdout))), result.stderr

    rows, err = run("--limit", "1", "--total")
    assert "kg: 4 statements match" in err
    seen = list(rows)
    while "--cursor" in err:
        cursor = err.split("--cursor ")[1].split()[0]
        rows, err = run("--limit", "1", "--cursor", cursor)
        seen += rows
    whole = _whole(kb_path, "statements", {})
    assert sorted(r["statement"] for r in seen) == sorted(r["statement"] for r in whole)
    every, err = run("--all", "--filter", "actor=actor/sergei-lavrov")
    assert len(every) == 2 and "--cursor" not in err
    result = CliRunner().invoke(main, ["query", "--store", str(kb_path), "--name", "nope"])
    assert result.exit_code != 0 and "no query named 'nope'" in result.output
    result = CliRunner().invoke(main, ["query", "--store", str(kb_path), "--limit", "3", "ASK {}"])
    assert result.exit_code != 0 and "go with --name" in result.output
