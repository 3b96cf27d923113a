"""`kg ingest`: read articles, extract, validate and store them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import click

from kg import config
from kg.cli_common import EXIT_INVALID, fail, kb_option, open_kb


@click.command()
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
    # Released before the command ends: RocksDB closes with the store's last reference, and the
    # exit's traceback would keep this frame's, leaving a writer open in the process, whose
    # background compactions a reader opened next in the same process (the Python API, tests)
    # then races ("Corruption: ... .sst: No such file").
    del kb
    for message in summary.errors:
        click.echo(f"kg: rejected: {message}", err=True)
    click.echo(summary.line())
    if summary.rejected:
        sys.exit(EXIT_INVALID)
