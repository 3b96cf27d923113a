"""The contract queries as flat tables (CSV or Parquet): `kg export --table NAME`.

Columns are exactly the contract variables of `kg.queries.CONTRACT`, in that order; rows are the
query's rows (one per actor, alias and article; per statement; per event, participant and topic).
Every cell is text (IRIs, names, ISO dates) or empty when the variable is unbound.
"""

from __future__ import annotations

import csv
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


def table_rows(store: KnowledgeStore, name: str) -> tuple[list[str], list[list[str | None]]]:
    """The columns and rows of contract table `name`."""
    if name not in queries.CONTRACT:
        raise KeyError(f"no table {name!r} (known: {', '.join(TABLES)})")
    columns = queries.CONTRACT[name]
    result = store.query(queries.load(name).text)
    assert isinstance(result, ox.QuerySolutions)
    rows = []
    for sol in result:
        rows.append([None if sol[c] is None else str(sol[c].value) for c in columns])
    return columns, rows


def table_frame(store: KnowledgeStore, name: str) -> pandas.DataFrame:
    import pandas as pd

    columns, rows = table_rows(store, name)
    return pd.DataFrame(rows, columns=columns, dtype="string")


def write_table(store: KnowledgeStore, name: str, fmt: str, out: IO[bytes] | Path) -> int:
    """Write table `name` as CSV or Parquet; returns the number of rows."""
    if fmt == "csv":
        columns, rows = table_rows(store, name)
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
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
