"""What every `kg` command shares: exit codes, failing with a message, opening the store."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg import config
from kg.store import KnowledgeStore, StoreError
from kg.stores import is_remote
from kg.stores import open_store as kb_open_store

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2


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
