"""The `kg` command line. Exit codes: 0 ok, 1 invalid input, 2 usage or runtime error."""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO

import click
import pyoxigraph as ox

from kg import config
from kg.rdfio import RDF_FORMATS, SUFFIXES, UnsafeRdf, check_safe_rdf, rdf_format, triples_to_graph
from kg.store import ONTOLOGY_GRAPH, KnowledgeStore, QueryResult, StoreError
from kg.stores import is_remote
from kg.stores import open_store as kb_open_store

log = logging.getLogger(__name__)

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2

store_option = click.option(
    "--store",
    "store",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Knowledge base folder (default: $KG_STORE or ./kb).",
)


def fail(message: str, code: int = EXIT_ERROR) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(code)


# Commands that can work on a SPARQL server too take --store as text: a folder or a URL.
kb_option = click.option(
    "--store",
    "store",
    default=None,
    help="Knowledge base folder, or http(s) URL of a SPARQL 1.1 server "
    "(default: $KG_STORE or ./kb).",
)


def kb_target(flag: str | None) -> str | Path:
    target = flag if flag is not None else config.env("STORE", str(config.DEFAULT_STORE))
    return target if is_remote(target) else Path(target)


def open_kb(
    flag: str | None, read_only: bool = False, ensure_ontology: bool = True
) -> KnowledgeStore:
    target = kb_target(flag)
    try:
        if not is_remote(target) and read_only and not Path(target).exists():
            raise StoreError(f"no knowledge base at {target} (run `kg ingest` first)")
        return kb_open_store(target, read_only=read_only, ensure_ontology=ensure_ontology)
    except StoreError as err:
        fail(str(err))
        raise AssertionError("unreachable") from err


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(package_name="parley")
def main(verbose: int) -> None:
    """Parley: a knowledge graph of actors, statements and negotiations from news articles."""
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@kb_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="spaCy extraction processes, besides this one, which validates and writes "
    "(default: $KG_WORKERS or the number of cores).",
)
@click.option("--model", default=None, help="spaCy model (default: $KG_SPACY_MODEL).")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True)
@click.option("--force", is_flag=True, help="Re-extract articles whose text is unchanged.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a tty).")
@click.option(
    "--published",
    metavar="DATE",
    default=None,
    help="Publication date (YYYY-MM-DD) of articles that do not give their own; relative "
    "dates in the text ('on Friday') are resolved against it.",
)
@click.option(
    "--language",
    default="en",
    show_default=True,
    help="Refuse articles in any other language (ISO 639-1 code); `any` extracts them all.",
)
@click.option(
    "--dask",
    "dask",
    metavar="ADDRESS",
    default=None,
    help="Extract on a Dask cluster instead of --workers: a scheduler (tcp://host:port), or "
    "local[:N] to start N worker processes on loopback.",
)
@click.option(
    "--to-nquads",
    "to_nquads",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Also write what is stored as N-Quads shards in this folder, for a store's bulk loader.",
)
def ingest(
    paths: tuple[Path, ...],
    store: str | None,
    workers: int | None,
    model: str | None,
    batch_size: int,
    force: bool,
    progress: bool | None,
    published: str | None,
    language: str,
    dask: str | None,
    to_nquads: Path | None,
) -> None:
    """Read articles (text, HTML, JSON, JSON Lines, folders), extract and store them.

    Each article's graph is validated with SHACL before it is written; an article that does
    not conform is rejected with the shape and the reason, and so is an unreadable file (one
    line each on stderr), and so is an article in another language than `--language`, whole.
    The good articles of the run are stored all the same. Exit code 1 if
    anything was rejected. Running it again on the same input changes nothing.
    """
    from tqdm import tqdm

    from kg.ingest import ingest as run_ingest
    from kg.reading import parse_published, read_path, with_default_published

    default_date = parse_published(published) if published is not None else None
    if published is not None and default_date is None:
        fail(f"--published {published!r}: not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
    for p in paths:
        if not p.exists():
            fail(f"{p}: no such file or folder")
    kb = open_kb(store)
    n_workers = workers or config.default_workers()

    def items() -> Iterator[object]:
        for p in paths:
            yield from read_path(p)

    show = progress if progress is not None else sys.stderr.isatty()
    bar = tqdm(
        unit=" articles",
        file=sys.stderr,
        disable=not show,
        smoothing=0.1,
        dynamic_ncols=True,
        bar_format="{desc}{n_fmt} articles [{elapsed}, {rate_fmt}]",
    )
    with ExitStack() as stack:
        cluster = None
        if dask is not None:
            from kg.cluster import DaskAddressError, dask_cluster

            try:
                cluster = stack.enter_context(dask_cluster(dask, model))
            except DaskAddressError as err:
                fail(str(err))
                raise AssertionError("unreachable") from err
            bar.set_description(f"Dask, {cluster.workers} workers")
        shards = None
        if to_nquads is not None:
            from kg.shards import ShardSink

            shards = ShardSink(to_nquads)
        summary = run_ingest(
            kb,
            with_default_published(items(), default_date),  # type: ignore[arg-type]
            workers=n_workers,
            model=model,
            batch_size=batch_size,
            force=force,
            on_progress=bar.update,
            cluster=cluster,
            shards=shards,
            language=language,
        )
    bar.close()
    for message in summary.errors:
        click.echo(f"kg: rejected: {message}", err=True)
    click.echo(summary.line())
    if summary.rejected:
        sys.exit(EXIT_INVALID)


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


@main.command()
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
    _refuse_outbound(text, kb)
    try:
        result = kb.query(text)
        _write_result(result, fmt)
    except SyntaxError as err:
        from kg.diagnostics import store_diagnosis

        fail(store_diagnosis(err, text, kb).render(text), EXIT_INVALID)
    except OSError as err:
        fail(f"query failed: {err}")


def _refuse_outbound(text: str, kb: KnowledgeStore) -> None:
    """SERVICE, LOAD and FROM outside the store would make the engine fetch from the network."""
    from kg.namespaces import PREFIXES
    from kg.sparql_text import analyze

    found = analyze(text, None, PREFIXES)
    if found.service or found.load:
        what = "SERVICE" if found.service else "LOAD"
        fail(f"{what} is refused: Parley makes no outbound requests", EXIT_INVALID)
    known = set(kb.article_graphs()) | {ONTOLOGY_GRAPH}
    for iri in found.from_default + found.from_named:
        if iri not in known:
            fail(f"FROM <{iri}> names no graph of the knowledge base", EXIT_INVALID)


def _write_result(result: QueryResult, fmt: str) -> None:
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


@main.command()
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


@main.command(name="import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@kb_option
@click.option("--format", "fmt", default=None, help="Input format (default: from the suffix).")
@click.option("--graph", default=None, help="Named graph for a triple format (default: none).")
def import_(file: Path, store: str | None, fmt: str | None, graph: str | None) -> None:
    """Load an RDF file (e.g. a `kg export`) into the knowledge base in one transaction."""
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
    try:
        check_safe_rdf(file.read_bytes(), rfmt)
    except UnsafeRdf as err:
        raise ValueError(str(err)) from err


@main.command()
@click.argument("file", required=False, type=click.Path(path_type=Path, dir_okay=False))
@kb_option
@click.option("--format", "fmt", default=None, help="Format of FILE (default: from the suffix).")
def validate(file: Path | None, store: str | None, fmt: str | None) -> None:
    """Validate FILE, or every article graph in the store, against ontology/shapes.ttl.

    Exit code 0 when everything conforms, 1 when something does not, 2 on error.
    """
    from rdflib import Dataset, Graph

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


@main.command()
@kb_option
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
def stats(store: str | None, as_json: bool) -> None:
    """Count triples, articles, actors, statements and events, and the size on disk."""
    kb = open_kb(store, read_only=True)
    s = kb.stats()
    numbers = {**s.__dict__, "bytes_on_disk": kb.size_on_disk()}
    if as_json:
        click.echo(json.dumps(numbers, indent=2))
    else:
        for key, value in numbers.items():
            click.echo(f"{key:>14}: {'n/a' if value is None else value}")


@main.command()
@click.argument("articles", nargs=-1, required=True)
@kb_option
def delete(articles: tuple[str, ...], store: str | None) -> None:
    """Remove articles (by IRI or key) and everything only they supported.

    Each article graph holds only what that article says (about shared actors too), so
    dropping it removes exactly its support: an actor no other article mentions disappears,
    one that others mention keeps what they say.
    """
    from kg.mapping import article_iri

    kb = open_kb(store)
    missing = 0
    for a in articles:
        iri = a if a.startswith("http") else str(article_iri(a))
        if kb.delete_graph(iri):
            click.echo(f"deleted {iri}")
        else:
            missing += 1
            click.echo(f"kg: error: no article {iri}", err=True)
    kb.flush()
    if missing:
        sys.exit(EXIT_INVALID)


@main.command()
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder for the Markdown pages (default: ontology/docs).",
)
def docs(out: Path | None) -> None:
    """Regenerate the ontology documentation and the JSON-LD context from the Turtle."""
    from kg.docs import DOCS_DIR, generate_docs
    from kg.jsonld import write_context

    pages = generate_docs(out or DOCS_DIR)
    context = write_context()
    click.echo(f"wrote {len(pages)} pages to {out or DOCS_DIR} and {context}")


@main.command()
@kb_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Check at most N articles.")
def reason(store: str | None, limit: int | None) -> None:
    """Check the ontology plus the knowledge base for consistency with HermiT (needs Java).

    Exit code 0 when consistent, 1 when inconsistent or a class is unsatisfiable, 2 on error.
    """
    from kg.reasoning import ReasoningError, check_consistency

    kb = open_kb(store, read_only=True)
    names = kb.article_graphs()[:limit] if limit else kb.article_graphs()
    graphs = (
        triples_to_graph(
            kb.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{n}> {{ ?s ?p ?o }} }}")  # type: ignore[arg-type]
        )
        for n in names
    )
    try:
        result = check_consistency(graphs)
    except ReasoningError as err:
        fail(str(err))
    click.echo(f"{len(names)} articles: {result.message}")
    if not result.consistent:
        sys.exit(EXIT_INVALID)


@main.command()
@kb_option
@click.option("--host", default=None, help="Interface to listen on ($KG_HOST, 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="Port ($KG_PORT, 5000).")
@click.option(
    "--timeout", type=float, default=None, help="Query timeout in seconds ($KG_QUERY_TIMEOUT, 30)."
)
@click.option(
    "--query-workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes running queries ($KG_QUERY_WORKERS, 2).",
)
@click.option(
    "--query-memory",
    type=click.IntRange(min=256),
    default=None,
    help="Address space of each query process in MiB ($KG_QUERY_MEMORY, 2048).",
)
@click.option("--threads", type=click.IntRange(min=1), default=None, help="HTTP threads (16).")
@click.option("--max-rows", type=click.IntRange(min=1), default=None, help="Row cap (10000).")
def serve(
    store: str | None,
    host: str | None,
    port: int | None,
    timeout: float | None,
    query_workers: int | None,
    query_memory: int | None,
    threads: int | None,
    max_rows: int | None,
) -> None:
    """Serve the knowledge base: SPARQL endpoint, linked-data pages and query page."""
    from server import ServerConfig, create_app
    from server import serve as run_server
    from server.config import ConfigError
    from server.serving import ServeError

    target = kb_target(store)
    remote = str(target) if is_remote(target) else None
    # Resolved once: the query processes must open the same folder whatever their directory.
    # A missing folder becomes an empty knowledge base, to be filled over the Graph Store.
    path = (Path(target) if remote is None else config.DEFAULT_STORE).resolve()
    try:
        cfg = ServerConfig.resolve(
            {
                "store": path,
                "remote": remote,
                "host": host,
                "port": port,
                "timeout": timeout,
                "workers": query_workers,
                "query_memory": query_memory,
                "threads": threads,
                "max_rows": max_rows,
            }
        )
    except ConfigError as err:
        fail(str(err))
    try:
        app = create_app(cfg)
    except StoreError as err:
        fail(str(err))

    def ready(port: int) -> None:
        click.echo(
            f"serving {remote or path} on http://{cfg.host}:{port}/ (Ctrl-C to stop)", err=True
        )

    try:
        run_server(app, cfg.host, cfg.port, cfg.threads, ready)
    except ServeError as err:
        fail(str(err))


@main.command(name="eval")
@click.argument("gold", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option(
    "--polnear",
    "polnear_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="PolNeAR split folder (text/, attributions/).",
)
@click.option(
    "--plover",
    "plover_file",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="PLOVER gold-standard records (JSON list).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Score only the first N PolNeAR articles or PLOVER records.",
)
@click.option("--json", "as_json", is_flag=True, help="Print every score as JSON.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extraction processes.",
)
@click.option(
    "--examples",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Error examples per class in the text report.",
)
@click.option(
    "--cross",
    "cross_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Folder of gold articles about the same events: B-cubed actor and event "
    "clusters across articles.",
)
def eval_(
    gold: tuple[Path, ...],
    polnear_dir: Path | None,
    plover_file: Path | None,
    limit: int | None,
    as_json: bool,
    workers: int,
    examples: int,
    cross_dir: Path | None,
) -> None:
    """Score extraction against gold JSON files or folders, PolNeAR or PLOVER.

    Each article is ingested into a fresh in-memory knowledge base and scored from the rows of
    the contract queries. Scores are reported, not asserted: exit code 0 whenever it ran.
    """
    from kg.evaluation.event_typing import PloverError
    from kg.evaluation.gold import GoldError
    from kg.evaluation.report import render, run_gold, run_plover, run_polnear

    if not gold and polnear_dir is None and plover_file is None and cross_dir is None:
        fail(
            "nothing to evaluate: give gold files or folders, --polnear DIR, --plover FILE "
            "or --cross DIR"
        )
    results = []
    try:
        if gold:
            results.append(run_gold(gold, workers=workers))
        if polnear_dir is not None:
            results.append(run_polnear(polnear_dir, workers=workers, limit=limit))
        if plover_file is not None:
            results.append(run_plover(plover_file, workers=workers, limit=limit))
    except (GoldError, PloverError) as err:
        fail(str(err), EXIT_INVALID)
    cross = None
    if cross_dir is not None:
        from kg.evaluation.crossdoc import evaluate_crossdoc

        cross = evaluate_crossdoc(cross_dir, workers=workers).as_dict()
        results.append({"kind": "crossdoc", **cross})
    if as_json:
        click.echo(json.dumps({str(r["kind"]): r for r in results}, indent=2, ensure_ascii=False))
    else:
        click.echo(
            "\n".join(render(r, examples) for r in results if r["kind"] != "crossdoc"), nl=False
        )
        if cross is not None:
            click.echo("\ncross-article clusters (B-cubed)")
            for name, score in cross.items():
                click.echo(
                    f"  {name:<8} P {score['precision']:.3f}  R {score['recall']:.3f}  "
                    f"F1 {score['f1']:.3f}   ({score['items']:.0f} mentions)"
                )


if __name__ == "__main__":
    main()
