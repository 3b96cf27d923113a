"""`kg serve`: the SPARQL endpoint, linked-data pages and query page."""

from __future__ import annotations

from pathlib import Path

import click

from kg import config
from kg.cli_common import fail, kb_option, kb_target


@click.command()
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
    type=click.IntRange(min=1024),
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
    from kg.store import StoreError
    from kg.stores import is_remote
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
