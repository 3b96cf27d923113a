"""The contract queries as flat tables (CSV or Parquet): `kg export --table NAME`.

Columns are exactly the contract variables of `kg.queries.CONTRACT`, in that order; rows are the
query's rows (one per actor, alias and article; per statement; per event, participant and topic).
Every cell is text (IRIs, names) or empty when the variable is unbound, except the date
columns: a full date (`xsd:date`) is a date (ISO 8601 in CSV, a timestamp column in Parquet and
in the DataFrame), so pandas reads them as dates (`pd.read_csv(f, parse_dates=["date"])`). A date
known only to the month or without its year (`xsd:gYearMonth`, `xsd:gMonthDay`) is left empty
there rather than given a day it does not have; SPARQL still reads it from `pa:date`.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
from collections.abc import Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from kg import queries
from kg.store import KnowledgeStore

if TYPE_CHECKING:
    import pandas
    import pyarrow

TABLES = tuple(queries.CONTRACT)
TABLE_FORMATS = ("csv", "parquet")
DATE_COLUMNS = frozenset({"date"})
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

Cell = str | dt.date | None


def cell(column: str, term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Cell:
    """A table cell: text, or for a date column a date (None unless the literal is a full date)."""
    if term is None:
        return None
    if column in DATE_COLUMNS:
        if isinstance(term, ox.Literal) and term.datatype.value == XSD_DATE:
            try:
                return dt.date.fromisoformat(term.value[:10])
            except ValueError:
                return None  # an ill-typed literal: no date rather than a wrong one
        return None
    return str(term.value) if not isinstance(term, ox.Triple) else str(term)


# Rows per Parquet row group: a whole-KB table is written in groups, never held whole.
BATCH_ROWS = 50_000


def iter_table(
    store: KnowledgeStore, name: str, filters: Mapping[str, str] | None = None
) -> tuple[list[str], Iterator[list[Cell]]]:
    """The columns of contract table `name` and its rows, read from the query's solutions as
    they come (a whole-KB table is never a list in memory); `filters` narrow it as
    `kg.queries.filtered` does (an actor, a kind, a place, a date range)."""
    if name not in queries.CONTRACT:
        raise KeyError(f"no table {name!r} (known: {', '.join(TABLES)})")
    columns = queries.CONTRACT[name]
    result = store.query(queries.filtered(queries.load(name), filters or {}))
    assert isinstance(result, ox.QuerySolutions)
    return columns, ([cell(c, sol[c]) for c in columns] for sol in result)


def table_rows(
    store: KnowledgeStore, name: str, filters: Mapping[str, str] | None = None
) -> tuple[list[str], list[list[Cell]]]:
    """The columns and rows of contract table `name`, as a list."""
    columns, rows = iter_table(store, name, filters)
    return columns, list(rows)


def table_frame(store: KnowledgeStore, name: str) -> pandas.DataFrame:
    """Table `name` as a DataFrame: text columns of dtype string, date columns of datetime64."""
    import pandas as pd

    columns, rows = table_rows(store, name)
    frame = pd.DataFrame(rows, columns=columns, dtype="object")
    for c in columns:
        if c in DATE_COLUMNS:
            frame[c] = pd.to_datetime(frame[c])
        else:
            frame[c] = frame[c].astype("string")
    return frame


def write_table(
    store: KnowledgeStore,
    name: str,
    fmt: str,
    out: IO[bytes] | Path,
    filters: Mapping[str, str] | None = None,
) -> int:
    """Write table `name` (narrowed by `filters`) as CSV or Parquet, streaming rows as the
    query gives them; returns the number of rows."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r} (known: {', '.join(TABLE_FORMATS)})")
    columns, rows = iter_table(store, name, filters)
    with contextlib.ExitStack() as stack:
        binary = stack.enter_context(out.open("wb")) if isinstance(out, Path) else out
        if fmt == "csv":
            return write_csv(columns, rows, binary)
        return _write_parquet(columns, rows, binary)


def write_csv(columns: list[str], rows: Iterator[list[Cell]], out: IO[bytes]) -> int:
    """CSV of `rows` onto `out` as they come; returns the number of rows."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([_csv_text(v) for v in row])
        n += 1
    text.flush()
    text.detach()  # leave `out` open: it may be stdout
    return n


def _write_parquet(columns: list[str], rows: Iterator[list[Cell]], out: IO[bytes]) -> int:
    """Parquet of `rows`, one row group per BATCH_ROWS rows: dates as timestamps (as pandas
    reads them from `table_frame`), every other column as text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = [
        pa.field(c, pa.timestamp("ns") if c in DATE_COLUMNS else pa.string()) for c in columns
    ]
    schema = pa.schema(fields)
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        while batch := list(islice(rows, BATCH_ROWS)):
            arrays = [_arrow_column([r[i] for r in batch], f.type) for i, f in enumerate(fields)]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def _arrow_column(values: list[Cell], kind: pyarrow.DataType) -> pyarrow.Array:
    import pyarrow as pa

    if pa.types.is_timestamp(kind):
        # Dates in, timestamps out: what pandas makes of the DataFrame's date column.
        return pa.array(values, type=pa.date32()).cast(kind)
    return pa.array(values, type=kind)


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else value
