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

import csv
import datetime as dt
import io
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from kg import queries
from kg.store import KnowledgeStore

if TYPE_CHECKING:
    import pandas

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


def table_rows(store: KnowledgeStore, name: str) -> tuple[list[str], list[list[Cell]]]:
    """The columns and rows of contract table `name`."""
    if name not in queries.CONTRACT:
        raise KeyError(f"no table {name!r} (known: {', '.join(TABLES)})")
    columns = queries.CONTRACT[name]
    result = store.query(queries.load(name).text)
    assert isinstance(result, ox.QuerySolutions)
    rows = []
    for sol in result:
        rows.append([cell(c, sol[c]) for c in columns])
    return columns, rows


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


def write_table(store: KnowledgeStore, name: str, fmt: str, out: IO[bytes] | Path) -> int:
    """Write table `name` as CSV or Parquet; returns the number of rows."""
    if fmt == "csv":
        columns, rows = table_rows(store, name)
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_csv_text(v) for v in row] for row in rows)
        data = text.getvalue().encode("utf-8")
        if isinstance(out, Path):
            out.write_bytes(data)
        else:
            out.write(data)
        return len(rows)
    if fmt == "parquet":
        frame = table_frame(store, name)
        frame.to_parquet(out, index=False)
        return len(frame)
    raise ValueError(f"unknown table format {fmt!r} (known: {', '.join(TABLE_FORMATS)})")


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else value
