"""The `kg` command line. Exit codes: 0 ok, 1 invalid input, 2 usage or runtime error.

This module holds the group and the small commands; the larger ones live in kg/cli_*.py and
are added to the group below.
"""

from __future__ import annotations

import atexit
import gc
import json
import logging
import sys
from pathlib import Path

import click

from kg.cli_common import EXIT_INVALID, fail, kb_option, open_kb
from kg.cli_data import export, import_, index, validate
from kg.cli_eval import eval_
from kg.cli_ingest import ingest
from kg.cli_query import query
from kg.cli_serve import serve

log = logging.getLogger(__name__)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(package_name="parley")
def main(verbose: int) -> None:
    """Parley: a knowledge graph of actors, statements and negotiations from news articles."""
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    skip_collection_at_exit()


def skip_collection_at_exit() -> None:
    """Freeze every object when the process ends, after its exit handlers: the interpreter's
    last garbage collection then has nothing to walk. A command's objects die with its process
    anyway, and that collection walked them all (the writer of `kg ingest`: rdflib, pyshacl and
    its graphs, 0.15-0.4 s of wall time between its last line and its exit, on the critical
    path of every run). Registered at most once; nothing changes before the exit, so a process
    that calls the CLI in-process (the tests) keeps its collector."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


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
    from kg.rdfio import triples_to_graph
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


for _command in (ingest, query, export, import_, validate, serve, eval_, index):
    main.add_command(_command)


if __name__ == "__main__":
    main()
