"""`kg export --table` streams: the CSV and Parquet written row by row hold exactly the rows of
the contract query, and the output stream (stdout for `kg export`) is left open."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from kb_corpus import article_text

from kg.ingest import ingest
from kg.reading import parse_txt
from kg.store import KnowledgeStore, Store
from kg.tables import TABLES, _write_parquet, iter_table, table_rows, write_csv, write_table


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeStore:
    kb = Store(tmp_path_factory.mktemp("stream") / "kb")
    ingest(kb, [parse_txt(article_text(i), f"a{i}") for i in range(4)], workers=1)
    return kb


def _text(value: object) -> str:
    return "" if value is None else str(value)


@pytest.mark.parametrize("name", TABLES)
def test_csv_rows_are_the_query_rows(store: KnowledgeStore, name: str) -> None:
    out = io.BytesIO()
    n = write_table(store, name, "csv", out)
    assert not out.closed
    lines = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8"))))
    columns, rows = table_rows(store, name)
    assert lines[0] == columns
    assert n == len(rows) == len(lines) - 1 > 0
    assert lines[1:] == [[_text(v) for v in row] for row in rows]


def test_parquet_rows_are_the_query_rows(store: KnowledgeStore, tmp_path: Path) -> None:
    path = tmp_path / "statements.parquet"
    n = write_table(store, "statements", "parquet", path)
    frame = pd.read_parquet(path)
    columns, rows = table_rows(store, "statements")
    assert list(frame.columns) == columns and len(frame) == n == len(rows)
    assert frame["content"].tolist() == [r[columns.index("content")] for r in rows]


@pytest.mark.parametrize("name", TABLES)
def test_parquet_from_csv_is_parquet_made_row_by_row(
    store: KnowledgeStore, tmp_path: Path, name: str
) -> None:
    """A whole table's Parquet, read back by pyarrow from Oxigraph's CSV, holds the cells (and
    column types) the row-by-row writer gives the same rows."""
    fast = tmp_path / f"{name}.parquet"
    n = write_table(store, name, "parquet", fast)
    columns, rows = iter_table(store, name)
    out = io.BytesIO()
    assert _write_parquet(columns, rows, out) == n > 0
    got, want = pd.read_parquet(fast), pd.read_parquet(io.BytesIO(out.getvalue()))
    assert list(got.dtypes) == list(want.dtypes)
    assert sorted(map(repr, got.itertuples(index=False))) == sorted(
        map(repr, want.itertuples(index=False))
    )


def test_parquet_keeps_texts_pyarrow_would_read_as_missing(tmp_path: Path) -> None:
    """Only an empty cell is missing: an alias "NA" or "null" stays text, and a quoted comma or
    line break stays inside its cell."""
    kb = Store(tmp_path / "kb")
    ingest(kb, [parse_txt(article_text(0), "a0")], workers=1)
    (actor,) = list(kb.query("SELECT ?a WHERE { GRAPH ?g { ?a a pa:Person } } LIMIT 1"))  # type: ignore[arg-type]
    (graph,) = list(kb.query("SELECT ?g WHERE { GRAPH ?g { ?a pa:mentionedIn ?g } } LIMIT 1"))  # type: ignore[arg-type]
    kb.update(
        f"INSERT DATA {{ GRAPH <{graph[0].value}> {{ <{actor[0].value}> pa:alias "
        '"NA", "null", "a, b", "two\\nlines" } }'
    )
    path = tmp_path / "actors.parquet"
    write_table(kb, "actors", "parquet", path)
    aliases = set(pd.read_parquet(path)["alias"].dropna())
    assert {"NA", "null", "a, b", "two\nlines"} <= aliases


def test_rows_are_read_as_they_come(store: KnowledgeStore) -> None:
    """`iter_table` hands out a generator: rows are made from the solutions one at a time."""
    columns, rows = iter_table(store, "events")
    first = next(rows)
    assert len(first) == len(columns)
    out = io.BytesIO()
    assert write_csv(columns, rows, out) >= 0
    assert out.getvalue().startswith(",".join(columns).encode())


def test_empty_table(tmp_path: Path) -> None:
    empty = Store(tmp_path / "empty")
    path = tmp_path / "events.parquet"
    assert write_table(empty, "events", "parquet", path) == 0
    assert pd.read_parquet(path).empty


def test_filtered_table(store: KnowledgeStore) -> None:
    """A table narrowed to one kind: exactly the whole table's rows of that kind (articles 0-3
    report two meetings and two phone calls, tests/kb/kb_corpus.py)."""
    columns, whole = table_rows(store, "events")
    _, calls = table_rows(store, "events", {"kind": "phone_call"})
    kind = columns.index("kind")
    assert calls and sorted(calls, key=repr) == sorted(
        (r for r in whole if r[kind] == "phone_call"), key=repr
    )
    out = io.BytesIO()
    assert write_table(store, "events", "csv", out, {"kind": "phone_call"}) == len(calls)
