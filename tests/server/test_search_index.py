"""Search's word index (kg.wordindex) kept in step with every write, through the live server.

Writes by kg's store (ingest, re-ingest of a changed article, delete), by the server (Graph
Store PUT and DELETE, SPARQL Update, into a named graph or the default graph): after each one
the index is complete (not marked, so /search reads it and not the store), finds what was
written and nothing that was removed, and answers as the SPARQL search does.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from flask import Flask
from server_live import FIXTURES, LiveServer, load_store, make_config, start_live

from kg.cli import main
from kg.ingest import ingest
from kg.namespaces import PREFIXES
from kg.reading import parse_txt
from kg.store import Store
from kg.wordindex import index_path, open_reader
from server.kb import Row, Term
from server.search import search_rows

ID = "https://w3id.org/parley/id/"
PA = PREFIXES["pa"]
AUTH = {"Authorization": "Bearer test-token"}

ARTICLE = """URL: https://example.org/news/envoys-meet-by-the-sea
Published: 2025-04-02

Envoys meet in {place} for quiet talks
{place} • Parley Test Wire

Foreign Minister Amina Quillfeather met Sergei Lavrov in {place} on April 2, 2025.

"The {place} talks were frank," Quillfeather told reporters.
"""


def _select(path: Path) -> tuple[ox.Store, object]:
    """The store read in this process, and a `server.browse.Select` over it."""
    store = ox.Store.read_only(str(path))

    def select(text: str, limit: int | None) -> list[Row]:
        rows: list[Row] = []
        result = store.query(text, prefixes=dict(PREFIXES))
        assert isinstance(result, ox.QuerySolutions)
        for sol in result:
            row: Row = {}
            for var in result.variables:
                term = sol[var]
                if isinstance(term, ox.Literal):
                    row[var.value] = Term("literal", term.value, term.language, term.datatype.value)
                elif term is not None:
                    row[var.value] = Term("uri", term.value)
            rows.append(row)
        return rows[:limit] if limit is not None else rows

    return store, select


def same_as_sparql(path: Path, q: str) -> dict[str, object]:
    """The answer for `q` from the word index, checked equal to the SPARQL search's."""
    index = open_reader(index_path(path))
    assert index is not None, "the word index is not in step (search fell back to SPARQL)"
    store, select = _select(path)
    try:
        indexed = search_rows(q, select, index)  # type: ignore[arg-type]
        assert indexed == search_rows(q, select), q  # type: ignore[arg-type]
    finally:
        index.close()
        del store
        gc.collect()
    return indexed


def iris(live: LiveServer, q: str) -> list[str]:
    r = live.get("/search.json", params={"q": q})
    assert r.status_code == 200, r.text
    found = [str(h["iri"]) for h in r.json()["results"]]
    assert len(found) == len(set(found)), f"a resource found twice for {q!r}"
    return found


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[LiveServer, Path]]:
    from server import create_app, shutdown

    path = load_store(tmp_path / "store", FIXTURES / "kb.trig")
    app: Flask = create_app(make_config(path))
    live, stop = start_live(app)
    yield live, path
    stop()
    shutdown(app)


def _ingest(path: Path, place: str) -> str:
    """Ingest (or re-ingest) the test article as `kg ingest` does; its IRI."""
    store = Store(path)
    article = parse_txt(ARTICLE.format(place=place), "envoys.txt")
    ingest(store, [article], workers=1)
    store.flush()
    del store
    gc.collect()
    return ID + "article/" + article.key


def test_ingest_replace_and_delete_are_followed(served: tuple[LiveServer, Path]) -> None:
    live, path = served
    assert iris(live, "zanzibar") == []
    article = _ingest(path, "Zanzibar")
    assert article in iris(live, "zanzibar")
    assert article in iris(live, "zanzibar talks")  # the title, the text
    assert any("/statement/" in i for i in iris(live, "zanzibar talks were frank"))
    assert any("/actor/" in i for i in iris(live, "quillfeather"))  # a new actor's name
    same_as_sparql(path, "zanzibar")
    same_as_sparql(path, "quillfeather")
    # The article changed: the new version replaces the old one in the index too.
    assert _ingest(path, "Mombasa") == article
    assert iris(live, "zanzibar") == []
    assert article in iris(live, "mombasa")
    same_as_sparql(path, "mombasa talks")
    # Deleted by kg (`kg delete`): nothing of it is found, the actors others name still are.
    store = Store(path)
    assert store.delete_graph(article)
    del store
    gc.collect()
    assert iris(live, "mombasa") == [] and iris(live, "quillfeather") == []
    assert any("/actor/" in i for i in iris(live, "lavrov"))
    same_as_sparql(path, "lavrov")


def test_server_writes_are_followed(served: tuple[LiveServer, Path]) -> None:
    live, path = served
    client = live.app.test_client()
    graph = "https://example.org/graphs/notes"
    # A name with what FTS5 would read as syntax, were it not quoted.
    turtle = f'<{ID}actor/odd> <{PA}name> "O\'Hara \\"Near\\" (NEAR) * -x OR y: ça" .'
    r = client.put(
        "/gsp", query_string={"graph": graph}, data=turtle, headers=AUTH, content_type="text/turtle"
    )
    assert r.status_code == 201, r.get_data(as_text=True)
    for q in ('"near"', "(near)", "*", "-x", "or y:", "ÇA", "o'hara", 'hara "near'):
        assert iris(live, q) == [ID + "actor/odd"], q
        same_as_sparql(path, q)
    r = client.delete("/gsp", query_string={"graph": graph}, headers=AUTH)
    assert r.status_code == 204
    assert iris(live, "(near)") == []
    # SPARQL Update into the default graph itself (no named graph holds the triple).
    update = f'INSERT DATA {{ <{ID}actor/marco-rubio> <{PA}alias> "Chief Diplomat" }}'
    r = client.post("/sparql", data=update, content_type="application/sparql-update", headers=AUTH)
    assert r.status_code == 204, r.get_data(as_text=True)
    # The actor by its alias, and its call through it.
    assert iris(live, "chief diplomat")[0] == ID + "actor/marco-rubio"
    assert ID + "event/2025-03-10-rubio-lavrov-call-1" in iris(live, "chief diplomat call")
    same_as_sparql(path, "chief diplomat")
    # A graph stating it too, then dropped: the default graph forgets it with the graph
    # (kg.union), and so does the index.
    alias = f'<{ID}actor/marco-rubio> <{PA}alias> "Chief Diplomat" .'
    r = client.put(
        "/gsp", query_string={"graph": graph}, data=alias, headers=AUTH, content_type="text/turtle"
    )
    assert r.status_code == 201, r.get_data(as_text=True)
    assert iris(live, "chief diplomat")[0] == ID + "actor/marco-rubio"
    r = client.delete("/gsp", query_string={"graph": graph}, headers=AUTH)
    assert r.status_code == 204
    assert iris(live, "chief diplomat") == []
    same_as_sparql(path, "chief diplomat")


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '""',
        "NEAR(lavrov rubio)",
        "lavrov*",
        "-lavrov",
        "(lavrov)",
        "lavrov OR rubio",
        "name:lavrov",
        "^lavrov",
        "l",
        "ü",
        "İstanbul",
        "x" * 5000,
        "lavrov " * 20,
        "'; DROP TABLE texts; --",
    ],
)
def test_hostile_words_are_only_words(served: tuple[LiveServer, Path], q: str) -> None:
    live, path = served
    r = live.get("/search.json", params={"q": q})
    assert r.status_code == 200, r.text
    same_as_sparql(path, q)
    assert iris(live, "lavrov")  # the index is still there and whole


def test_a_store_without_index_gets_one(tmp_path: Path) -> None:
    """A store from before the index (or whose index was lost): `kg serve` builds it when it
    starts, `kg index` when asked, and a writer opening the store builds it too."""
    from server import create_app, shutdown

    path = load_store(tmp_path / "store", FIXTURES / "kb.trig")
    found = same_as_sparql(path, "lavrov")["results"]
    assert found
    for f in path.parent.glob(index_path(path).name + "*"):
        f.unlink()
    app = create_app(make_config(path))
    shutdown(app)
    assert same_as_sparql(path, "lavrov")["results"] == found
    for f in path.parent.glob(index_path(path).name + "*"):
        f.unlink()
    result = CliRunner().invoke(main, ["index", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert same_as_sparql(path, "lavrov")["results"] == found
    result = CliRunner().invoke(main, ["index", "--store", str(path), "--rebuild"])
    assert result.exit_code == 0, result.output
    for f in path.parent.glob(index_path(path).name + "*"):
        f.unlink()
    Store(path).flush()
    gc.collect()
    assert same_as_sparql(path, "lavrov")["results"] == found


def test_an_index_left_half_written_is_not_read_and_is_repaired(tmp_path: Path) -> None:
    """A writer that died between the store and the index left it marked: search reads the
    store instead, and the next writer (or `kg serve`, `kg index`) rebuilds it."""
    import sqlite3
    import subprocess
    import sys

    path = load_store(tmp_path / "store", FIXTURES / "kb.trig")
    found = same_as_sparql(path, "lavrov")["results"]
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    db = sqlite3.connect(index_path(path))
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('dirty', ?)", (gone,))
    db.execute("DELETE FROM texts WHERE field = 'name'")  # the rows it had removed
    db.commit()
    db.close()
    assert open_reader(index_path(path)) is None
    Store(path).flush()
    gc.collect()
    assert same_as_sparql(path, "lavrov")["results"] == found


def test_an_index_of_another_store_is_never_read(tmp_path: Path) -> None:
    """The store folder deleted and made again (by Oxigraph alone, then by kg): the index left
    beside it belongs to the old store, so search does not read it, and kg rebuilds it."""
    import shutil

    path = load_store(tmp_path / "store", FIXTURES / "kb.trig")
    assert same_as_sparql(path, "lavrov")["results"]
    shutil.rmtree(path)
    made = ox.Store(str(path))
    made.flush()
    del made
    gc.collect()
    assert open_reader(index_path(path)) is None
    Store(path).flush()
    gc.collect()
    assert same_as_sparql(path, "lavrov")["results"] == []


def test_an_index_given_up_by_a_server_write_is_rebuilt_by_the_next(
    served: tuple[LiveServer, Path],
) -> None:
    """A server write whose graphs could not be read back (the store still locked by a stopped
    task) gives the index up: search reads the store meanwhile, and the next server write
    rebuilds it whole, not only that write's graph."""
    import sqlite3

    from kg.wordindex import WordIndex

    live, path = served
    found = same_as_sparql(path, "lavrov")["results"]
    words = WordIndex(index_path(path))
    words.begin(None)
    db = sqlite3.connect(index_path(path))
    db.execute("DELETE FROM texts WHERE field = 'name'")  # rows an unfinished write had removed
    db.commit()
    db.close()
    words.abandon()
    words.close()
    assert open_reader(index_path(path)) is None
    assert iris(live, "lavrov")  # from the store
    r = live.app.test_client().put(
        "/gsp",
        query_string={"graph": "https://example.org/graphs/notes"},
        data=f'<{ID}actor/odd> <{PA}name> "Odd Name" .',
        headers=AUTH,
        content_type="text/turtle",
    )
    assert r.status_code == 201, r.get_data(as_text=True)
    assert same_as_sparql(path, "lavrov")["results"] == found
    assert iris(live, "odd name") == [ID + "actor/odd"]
