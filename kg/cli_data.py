"""`kg export`, `kg import` and `kg validate`: RDF files in and out of the knowledge base; and
`kg index`, its word index for search (kg.wordindex)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click
import pyoxigraph as ox

from kg.cli_common import EXIT_INVALID, fail, kb_option, open_kb


@click.command()
@kb_option
@click.option(
    "--format",
    "fmt",
    default=None,
    help="RDF: nquads (default), trig, json-ld|jsonld, turtle|ttl, nt, xml; the triple formats "
    "(turtle, nt, xml) hold the union of all graphs, without graph names. "
    "Tables (--table): csv (default) or parquet.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None)
@click.option("--graph", default=None, help="Export one named graph (an article IRI).")
@click.option(
    "--table",
    type=click.Choice(["statements", "events", "actors"]),
    default=None,
    help="Export a contract query as a table (columns: its contract variables).",
)
@click.option(
    "--filter",
    "filters",
    multiple=True,
    metavar="NAME=VALUE",
    help="With --table: only the rows of one actor, kind, status, place or date range "
    "(actor=actor/Q7747, kind=meeting, status=held, place=place/Q406, from=2025-03-01, "
    "to=2025-03-31); repeatable.",
)
def export(
    store: str | None,
    fmt: str | None,
    output: Path | None,
    graph: str | None,
    table: str | None,
    filters: tuple[str, ...],
) -> None:
    """Export the knowledge base, one article graph, or a table, to a file or stdout.

    `kg export -o kb.nq` then `kg import kb.nq --store new` rebuilds the same dataset.
    """
    from kg.rdfio import rdf_format

    if table is not None:
        _export_table(store, table, fmt or "csv", output, filters)
        return
    if filters:
        fail("--filter narrows a --table export")
    try:
        rfmt = rdf_format(fmt or "nquads")
    except ValueError as err:
        fail(str(err))
    kb = open_kb(store, read_only=True)
    buf = io.BytesIO()
    if graph is None and not rfmt.supports_datasets:
        # A triple format cannot hold named graphs: export their union.
        merged = kb.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        ox.serialize(merged, buf, rfmt, prefixes=_export_prefixes())  # type: ignore[arg-type]
    else:
        kb.dump(buf, rfmt, graph=graph)
    data = buf.getvalue()
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        click.echo(f"wrote {len(data)} bytes to {output}", err=True)


def _export_table(
    store: str | None, table: str, fmt: str, output: Path | None, filters: tuple[str, ...]
) -> None:
    from kg.tables import TABLE_FORMATS, write_table

    narrow = dict(f.split("=", 1) for f in filters if "=" in f)
    if len(narrow) != len(filters):
        fail("--filter takes NAME=VALUE, once per name")
    if fmt not in TABLE_FORMATS:
        fail(f"--table exports as {' or '.join(TABLE_FORMATS)}, not {fmt!r}")
    if fmt == "parquet" and output is None:
        fail("--format parquet needs -o FILE")
    kb = open_kb(store, read_only=True)
    try:
        n = write_table(kb, table, fmt, output if output is not None else sys.stdout.buffer, narrow)
    except ValueError as err:  # a filter the table does not take, or a bad value
        fail(str(err))
    except ImportError as err:
        fail(f"--format parquet needs pandas and pyarrow: {err}")
    if output is not None:
        click.echo(f"wrote {n} rows to {output}", err=True)


def _export_prefixes() -> dict[str, str]:
    from kg.namespaces import PREFIXES

    return dict(PREFIXES)


@click.command(name="import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@kb_option
@click.option("--format", "fmt", default=None, help="Input format (default: from the suffix).")
@click.option("--graph", default=None, help="Named graph for a triple format (default: none).")
def import_(file: Path, store: str | None, fmt: str | None, graph: str | None) -> None:
    """Load an RDF file (e.g. a `kg export`) into the knowledge base in one transaction."""
    from kg.rdfio import SUFFIXES, rdf_format

    name = fmt or SUFFIXES.get(file.suffix.lower())
    if name is None:
        fail(f"{file}: cannot tell the RDF format from the suffix; give --format")
    try:
        rfmt = rdf_format(name)  # type: ignore[arg-type]
        _check_safe_file(file, rfmt)
        # The ontology graph goes in after the file, and only if the file lacked it: loading it
        # twice would duplicate its blank nodes (an export already holds it).
        kb = open_kb(store, ensure_ontology=False)
        with open(file, "rb") as f:
            kb.load(f, rfmt, graph=graph)
    except ValueError as err:
        fail(f"{file}: {err}", EXIT_INVALID)
    kb.ensure_ontology()
    kb.flush()
    click.echo(f"imported {file}")


def _check_safe_file(file: Path, rfmt: ox.RdfFormat) -> None:
    from kg.rdfio import UnsafeRdf, check_safe_rdf

    try:
        check_safe_rdf(file.read_bytes(), rfmt)
    except UnsafeRdf as err:
        raise ValueError(str(err)) from err


@click.command()
@click.argument("file", required=False, type=click.Path(path_type=Path, dir_okay=False))
@kb_option
@click.option("--format", "fmt", default=None, help="Format of FILE (default: from the suffix).")
def validate(file: Path | None, store: str | None, fmt: str | None) -> None:
    """Validate FILE, or every article graph in the store, against ontology/shapes.ttl.

    Exit code 0 when everything conforms, 1 when something does not, 2 on error.
    """
    from rdflib import Dataset, Graph

    from kg.rdfio import SUFFIXES, rdf_format, triples_to_graph
    from kg.validation import validate_graph

    graphs: list[tuple[str, Graph]] = []
    if file is not None:
        if not file.is_file():
            fail(f"{file}: no such file")
        name = fmt or SUFFIXES.get(file.suffix.lower(), "turtle")
        rdflib_fmt = {"ttl": "turtle", "jsonld": "json-ld", "nq": "nquads"}.get(name, name)
        try:
            _check_safe_file(file, rdf_format(name))
            if rdflib_fmt in ("nquads", "trig"):
                ds = Dataset()
                ds.parse(file, format=rdflib_fmt)
                graphs = [(str(g.identifier), g) for g in ds.graphs() if len(g)]
            else:
                graphs = [(str(file), Graph().parse(file, format=rdflib_fmt))]
        except (SyntaxError, ValueError) as err:
            fail(f"{file}: cannot parse as {rdflib_fmt}: {err}", EXIT_INVALID)
    else:
        kb = open_kb(store, read_only=True)
        for name in kb.article_graphs():
            triples = kb.query(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
            )
            graphs.append((name, triples_to_graph(triples)))  # type: ignore[arg-type]
    bad = 0
    for name, g in graphs:
        report = validate_graph(g)
        if not report.conforms:
            bad += 1
            for v in report.violations:
                click.echo(f"{name}: {v}")
    click.echo(f"{len(graphs) - bad} of {len(graphs)} graphs conform")
    if bad:
        sys.exit(EXIT_INVALID)


@click.command(name="index")
@kb_option
@click.option("--rebuild", is_flag=True, help="Build it whole, not only the articles that changed.")
def index(store: str | None, rebuild: bool) -> None:
    """Bring the word index that search reads (a file beside the store) in step with it.

    Every write by kg keeps the index in step, and `kg serve` brings it in step when it starts,
    so this is needed only after the store was written by other means (a SPARQL client, an
    older kg: with --rebuild when those writes did not change any article's content hash).
    A remote store has no index: search reads it in SPARQL.
    """
    import gc

    from kg.cli_common import kb_target
    from kg.stores import is_remote
    from kg.wordindex import WordIndex, index_path, open_reader

    target = kb_target(store)
    if is_remote(target):
        fail(f"{target} is a remote store: search reads it in SPARQL, with no word index")
    path = Path(target)
    if not (path / "CURRENT").exists():
        fail(f"no knowledge base at {path} (run `kg ingest` first)")
    # Read-only: the index can be brought in step while `kg serve` or an ingest has the store.
    kb = ox.Store.read_only(str(path))
    words = WordIndex(index_path(path))
    words.sync(kb, everything=rebuild)
    words.close()
    del kb
    gc.collect()
    reader = open_reader(index_path(path))
    if reader is None:
        fail(f"{index_path(path)}: a write is under way; run `kg index` again once it ends")
    else:
        reader.close()
    click.echo(f"word index {index_path(path)} in step with {path}")
