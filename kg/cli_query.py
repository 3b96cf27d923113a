"""`kg query`: run SPARQL over the knowledge base and print the result."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click
import pyoxigraph as ox

from kg.cli_common import EXIT_INVALID, fail, kb_option, open_kb
from kg.config import DEFAULT_PAGE_LIMIT as DEFAULT_LIMIT

if TYPE_CHECKING:
    from kg.store import QueryResult

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}


def _read_query(query: str | None, file: Path | None) -> str:
    if query and file:
        fail("give a query or -f FILE, not both")
    if file is not None:
        try:
            return file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            fail(f"cannot read {file}: {err}")
    if query:
        return query
    if sys.stdin.isatty():
        fail("no query: give one as argument, with -f FILE, or on stdin")
    return sys.stdin.read()


def _table(solutions: ox.QuerySolutions, out: IO[str], limit_width: int = 60) -> int:
    names = [v.value for v in solutions.variables]
    rows = []
    for sol in solutions:
        row = []
        for name in names:
            term = sol[name]
            text = "" if term is None else term.value
            row.append(text if len(text) <= limit_width else text[: limit_width - 1] + "…")
        rows.append(row)
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    out.write("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(rows)} rows)\n")
    return len(rows)


@click.command()
@click.argument("query", required=False)
@click.option("-f", "--file", type=click.Path(path_type=Path, dir_okay=False), default=None)
@kb_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv", "tsv", "xml", "turtle", "nt", "json-ld"]),
    default="table",
    show_default=True,
    help="Result format (turtle, nt and json-ld for CONSTRUCT and DESCRIBE).",
)
@click.option(
    "--name",
    default=None,
    help="A shipped query (ontology/queries/NAME.rq, e.g. statements, events, actors), read "
    "a page at a time: see --limit, --cursor, --all.",
)
@click.option(
    "--filter",
    "filters",
    multiple=True,
    metavar="NAME=VALUE",
    help="With --name: only the rows of one actor, kind, status, place or date range "
    "(actor=actor/Q7747, kind=meeting, status=held, place=place/Q406, from=2025-03-01, "
    "to=2025-03-31); repeatable.",
)
@click.option(
    "--limit",
    type=int,
    default=None,
    help=f"With --name: items per page (default {DEFAULT_LIMIT}; a page holds whole groups "
    "of the first sort key, e.g. every statement of its articles).",
)
@click.option("--cursor", default=None, help="With --name: the page the previous one names.")
@click.option("--all", "whole", is_flag=True, help="With --name: every row, not a page.")
@click.option(
    "--total", is_flag=True, help="With --name: also count the items matching the filters."
)
def query(
    query: str | None,
    file: Path | None,
    store: str | None,
    fmt: str,
    name: str | None,
    filters: tuple[str, ...],
    limit: int | None,
    cursor: str | None,
    whole: bool,
    total: bool,
) -> None:
    """Run a SPARQL query (argument, -f FILE or stdin) over the whole knowledge base, or a
    shipped query by --name, a page at a time.

    A `pa:` term the ontology does not define gets a warning on stderr with the nearest term.
    """
    from kg.diagnostics import undefined_terms

    if name is not None:
        if query or file:
            fail("give a query, -f FILE or --name, not two of them")
        _named(store, fmt, name, filters, limit, cursor, whole, total)
        return
    if filters or limit is not None or cursor or whole or total:
        fail("--filter, --limit, --cursor, --all and --total go with --name")
    text = _read_query(query, file)
    for warning in undefined_terms(text):
        click.echo(f"kg: warning: {warning.message}", err=True)
    kb = open_kb(store, read_only=True)
    # Run like the server runs queries: in a sandboxed process without network (server/).
    from server.local_query import QueryRefused
    from server.local_query import query as run_query

    try:
        result = run_query(kb, text)
        _write_result(result, fmt)
    except QueryRefused as err:
        fail(str(err), EXIT_INVALID)
    except SyntaxError as err:
        from kg.diagnostics import store_diagnosis

        fail(store_diagnosis(err, text, kb).render(text), EXIT_INVALID)
    except OSError as err:
        fail(f"query failed: {err}")


def _named(
    store: str | None,
    fmt: str,
    name: str,
    filters: tuple[str, ...],
    limit: int | None,
    cursor: str | None,
    whole: bool,
    total: bool,
) -> None:
    """A shipped query's page (kg.paging), or every row with `whole`. The texts are the
    project's own, so they run on the store directly, without the sandbox of a user's query.
    The next page's cursor and the total go to stderr, the rows to stdout."""
    from kg import paging, queries

    narrow = dict(f.split("=", 1) for f in filters if "=" in f)
    if len(narrow) != len(filters):
        fail("--filter takes NAME=VALUE, once per name")
    if whole and (limit is not None or cursor):
        fail("--all reads every row: no --limit or --cursor")
    kb = open_kb(store, read_only=True)
    select = paging.store_select(kb)
    try:
        if whole:
            plan = None
            text = queries.filtered(queries.load(name), narrow)
        else:
            plan = paging.plan(
                select, name, narrow, DEFAULT_LIMIT if limit is None else limit, cursor
            )
            text = plan.text
        counted = select(paging.total_query(name, narrow)) if total and name in paging.SPECS else []
    except KeyError as err:
        fail(str(err.args[0]), EXIT_INVALID)
    except ValueError as err:
        fail(str(err), EXIT_INVALID)
    result = kb.query(text)
    assert isinstance(result, ox.QuerySolutions)
    if fmt == "table":
        rows = _table(result, sys.stdout)
    elif fmt in RESULT_FORMATS:
        from kg.tables import CsvRecords

        buf = io.BytesIO()
        if fmt == "csv":  # CSV results cannot be read back: count their records
            counter = CsvRecords(buf)
            result.serialize(counter, RESULT_FORMATS[fmt])  # type: ignore[arg-type]
            rows = counter.records - 1  # the header
        else:
            result.serialize(buf, RESULT_FORMATS[fmt])
            parsed = ox.parse_query_results(buf.getvalue(), RESULT_FORMATS[fmt])
            assert isinstance(parsed, ox.QuerySolutions)
            rows = len(list(parsed))
        sys.stdout.write(buf.getvalue().decode("utf-8"))
    else:
        fail(f"--format {fmt} is for CONSTRUCT/DESCRIBE; a shipped query gives table, json, csv")
    if counted:
        noun = paging.SPECS[name].noun
        click.echo(f"kg: {paging.number(counted[0]['n'])} {noun} match", err=True)
    elif total:
        click.echo(f"kg: {name} has no item count; --all gives every row", err=True)
    if plan is not None:
        following = plan.next_cursor(rows)
        if following is not None:
            click.echo(f"kg: more rows: --cursor {following}", err=True)


def _write_result(result: QueryResult, fmt: str) -> None:
    from kg.rdfio import RDF_FORMATS, triples_to_graph

    out = sys.stdout
    if isinstance(result, ox.QueryBoolean):
        out.write(("true" if bool(result) else "false") + "\n")
    elif isinstance(result, ox.QuerySolutions):
        if fmt == "table":
            _table(result, out)
        elif fmt in RESULT_FORMATS:
            buf = io.BytesIO()
            result.serialize(buf, RESULT_FORMATS[fmt])
            out.write(buf.getvalue().decode("utf-8"))
        else:
            fail(f"--format {fmt} is for CONSTRUCT/DESCRIBE; use table, json, csv, tsv or xml")
    else:
        graph_fmt = "turtle" if fmt == "table" else fmt
        if graph_fmt not in RDF_FORMATS:
            fail(f"--format {fmt} is for SELECT/ASK; use turtle, nt or json-ld")
        graph = triples_to_graph(result)
        from kg.namespaces import PREFIXES

        for prefix, iri in PREFIXES.items():
            graph.bind(prefix, iri)
        out.write(graph.serialize(format=graph_fmt, auto_compact=True))
