"""What every `kg` command shares: exit codes, failing with a message, opening the store.

The `kg` modules import the store, rdflib and the rest where a command runs, not at the top:
`import kg.cli` is what every command pays before doing anything, and what each spawned worker
of `kg ingest` pays again when it re-imports the `kg` script as its main module.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg import config

if TYPE_CHECKING:
    from kg.store import KnowledgeStore

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
    from kg.stores import is_remote

    target = flag if flag is not None else config.env("STORE", str(config.DEFAULT_STORE))
    return target if is_remote(target) else Path(target)


def open_kb(
    flag: str | None, read_only: bool = False, ensure_ontology: bool = True
) -> KnowledgeStore:
    from kg.store import StoreError
    from kg.stores import is_remote, open_store

    target = kb_target(flag)
    try:
        if not is_remote(target) and read_only and not Path(target).exists():
            raise StoreError(f"no knowledge base at {target} (run `kg ingest` first)")
        return open_store(target, read_only=read_only, ensure_ontology=ensure_ontology)
    except StoreError as err:
        fail(str(err))
        raise AssertionError("unreachable") from err
