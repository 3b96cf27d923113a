"""`kg query`: run SPARQL over the knowledge base and print the result."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click
import pyoxigraph as ox

from kg.cli_common import EXIT_INVALID, fail, kb_option, open_kb

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


def _table(solutions: ox.QuerySolutions, out: IO[str], limit_width: int = 60) -> None:
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
def query(query: str | None, file: Path | None, store: str | None, fmt: str) -> None:
    """Run a SPARQL query (argument, -f FILE or stdin) over the whole knowledge base.

    A `pa:` term the ontology does not define gets a warning on stderr with the nearest term.
    """
    from kg.diagnostics import undefined_terms

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
