"""The contract queries as flat tables (CSV or Parquet): `kg export --table NAME`.

Columns are exactly the contract variables of `kg.queries.CONTRACT`, in that order; rows are the
query's rows (one per actor, alias and article; per statement; per event, participant and topic).
Every cell is text (IRIs, names) or empty when the variable is unbound, except the date
columns: a full date (`xsd:date`) is a date (ISO 8601 in CSV, a timestamp column in Parquet and
in the DataFrame), so pandas reads them as dates (`pd.read_csv(f, parse_dates=["date"])`). A date
known only to the month or year, or without its year (`xsd:gYearMonth`, `xsd:gYear`,
`xsd:gMonthDay`) is left empty there rather than given a day it does not have; SPARQL still reads
it from `pa:date`.

A whole table is read with its own query (`ontology/queries/tables/NAME.rq`): the contract
query's rows, written so that Oxigraph joins whole-property scans by hashing (issue 17: 50k rows
a second at 1.2 M quads), and its CSV is written by Oxigraph's own result serializer. Its rows
come in the store's order, the same for the same store; a table narrowed by a filter is the
contract query's one-filter form, in the query's order.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import tempfile
from collections.abc import Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast

import pyoxigraph as ox

from kg import queries
from kg.resources import QUERIES_DIR
from kg.store import KnowledgeStore

if TYPE_CHECKING:
    import pandas
    import pyarrow

TABLES = tuple(queries.CONTRACT)
TABLE_FORMATS = ("csv", "parquet")
TABLE_QUERIES_DIR = QUERIES_DIR / "tables"
DATE_COLUMNS = frozenset({"date"})
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

Cell = str | dt.date | None
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def cell(column: str, term: Term | None) -> Cell:
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


def table_query(name: str, filters: Mapping[str, str] | None = None) -> str:
    """The query text of table `name`: the whole table's own query, or narrowed by `filters`
    (as `kg.queries.filtered` does: an actor, a kind, a place, a date range) the contract
    query's one-filter form, which starts from the filtered term's index entries."""
    if name not in queries.CONTRACT:
        raise KeyError(f"no table {name!r} (known: {', '.join(TABLES)})")
    if filters:
        return queries.filtered(queries.load(name), filters)
    return (TABLE_QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")


def iter_table(
    store: KnowledgeStore, name: str, filters: Mapping[str, str] | None = None
) -> tuple[list[str], Iterator[list[Cell]]]:
    """The columns of contract table `name` and its rows, read from the query's solutions as
    they come (a whole-KB table is never a list in memory); `filters` narrow it as
    `kg.queries.filtered` does (an actor, a kind, a place, a date range)."""
    columns = queries.CONTRACT[name] if name in queries.CONTRACT else []
    result = store.query(table_query(name, filters))
    assert isinstance(result, ox.QuerySolutions)
    return columns, _rows(result, columns)


def _rows(result: ox.QuerySolutions, columns: list[str]) -> Iterator[list[Cell]]:
    # By position, not by name: a name lookup per cell was a third of the time of a table.
    variables = [v.value for v in result.variables]
    at = [variables.index(c) for c in columns]
    dates = [(i, c) for i, c in enumerate(columns) if c in DATE_COLUMNS]
    for solution in result:
        row: list[Cell] = [_text(solution[i]) for i in at]
        for i, c in dates:
            row[i] = cell(c, solution[at[i]])
        yield row


def _text(term: Term | None) -> str | None:
    if term is None:
        return None
    return term.value if not isinstance(term, ox.Triple) else str(term)


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
    with contextlib.ExitStack() as stack:
        binary = stack.enter_context(out.open("wb")) if isinstance(out, Path) else out
        if not filters:
            # The table's own query selects exactly the cells: Oxigraph writes its CSV itself,
            # five times faster than making each row in Python.
            result = store.query(table_query(name))
            assert isinstance(result, ox.QuerySolutions)
            if [v.value for v in result.variables] == queries.CONTRACT[name]:
                if fmt == "parquet":
                    return _parquet_from_csv(result, queries.CONTRACT[name], binary)
                counter = CsvRecords(binary)
                # pyoxigraph only calls write() and flush() of the output it is given.
                result.serialize(cast(IO[bytes], counter), ox.QueryResultsFormat.CSV)
                return counter.records - 1  # the header
        columns, rows = iter_table(store, name, filters)
        if fmt == "csv":
            return write_csv(columns, rows, binary)
        return _write_parquet(columns, rows, binary)


class CsvRecords:
    """A binary output that passes CSV through and counts its records: the CRLF line ends
    outside quoted fields (SPARQL's CSV results end each record so; a quoted cell may hold
    line breaks of its own)."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.records = 0
        self._quoted = False
        self._cr = False  # the last chunk ended in a CR outside quotes

    def write(self, data: bytes) -> int:
        self.out.write(data)
        data = bytes(data)
        for n, part in enumerate(data.split(b'"')):
            if n:
                self._quoted = not self._quoted  # a doubled quote toggles twice
            if self._quoted or not part:
                continue
            self.records += part.count(b"\r\n")
            if n == 0 and self._cr and part.startswith(b"\n"):
                self.records += 1
        self._cr = not self._quoted and data.endswith(b"\r")
        return len(data)

    def flush(self) -> None:
        self.out.flush()


def write_csv(columns: list[str], rows: Iterator[list[Cell]], out: IO[bytes]) -> int:
    """CSV of `rows` onto `out` as they come, records ended by CRLF as in SPARQL's CSV results
    (RFC 4180); returns the number of rows."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    writer = csv.writer(text, lineterminator="\r\n")
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


def _parquet_from_csv(result: ox.QuerySolutions, columns: list[str], out: IO[bytes]) -> int:
    """Parquet of a whole table: Oxigraph writes the solutions as CSV to a temporary file and
    pyarrow reads it back in blocks, column by column, in C++ (1.3-2x the rows a second of
    making each row in Python, issue 17). The file holds the table once, on disk, not in
    memory. Cells are the same as `_write_parquet`'s, except a text of no characters (an alias
    or a topic; names, cues and contents are never empty, ontology/shapes.ttl), which CSV
    cannot tell from a missing value: it reads back missing, as from the CSV table."""
    import pyarrow as pa
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    fields = [
        pa.field(c, pa.timestamp("ns") if c in DATE_COLUMNS else pa.string()) for c in columns
    ]
    schema = pa.schema(fields)
    # Only an empty cell is missing: pyarrow's default would also read "NA", "null" or "nan"
    # (a name, a topic) as missing. Dates are read as dates, then made timestamps as pandas
    # makes them (`table_frame`); the table queries give only full `xsd:date`s.
    read = pcsv.ConvertOptions(
        column_types={c: pa.date32() if c in DATE_COLUMNS else pa.string() for c in columns},
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=False,
    )
    n = 0
    with tempfile.TemporaryFile() as csv_file, pq.ParquetWriter(out, schema) as writer:
        result.serialize(csv_file, ox.QueryResultsFormat.CSV)
        csv_file.seek(0)
        reader = pcsv.open_csv(
            csv_file,
            # One thread: the CPU of a busy server is shared (and counted) all the same.
            read_options=pcsv.ReadOptions(use_threads=False),
            parse_options=pcsv.ParseOptions(newlines_in_values=True),
            convert_options=read,
        )
        batches: list[pyarrow.RecordBatch] = []
        held = 0
        for batch in reader:
            batches.append(batch)
            held += batch.num_rows
            if held >= BATCH_ROWS:
                writer.write_table(_as_schema(batches, schema))
                n, batches, held = n + held, [], 0
        if batches or n == 0:
            writer.write_table(_as_schema(batches, schema))
            n += held
    return n


def _as_schema(batches: list[pyarrow.RecordBatch], schema: pyarrow.Schema) -> pyarrow.Table:
    """The CSV's batches as one table of `schema` (its dates cast to timestamps)."""
    import pyarrow as pa

    if not batches:
        return schema.empty_table()
    table = pa.Table.from_batches(batches)
    return pa.Table.from_arrays([table.column(f.name).cast(f.type) for f in schema], schema=schema)


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
