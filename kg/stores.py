"""Open a knowledge base from what a user gives: a folder, an http(s) URL, or nothing (memory).

Here rather than in kg.store so that kg.store knows nothing of kg.remote (which builds on it).
"""

from __future__ import annotations

from pathlib import Path

from kg.remote import RemoteStore
from kg.store import KnowledgeStore, Store


def is_remote(target: str | Path | None) -> bool:
    return isinstance(target, str) and target.startswith(("http://", "https://"))


def open_store(
    target: str | Path | None, read_only: bool = False, ensure_ontology: bool = True
) -> KnowledgeStore:
    """A store for a folder (embedded Oxigraph), an http(s) URL (SPARQL server) or None (memory)."""
    if is_remote(target):
        remote = RemoteStore(str(target))
        if ensure_ontology and not read_only:
            remote.ensure_ontology()
        return remote
    path = None if target is None else Path(target)
    return Store(path, read_only=read_only, ensure_ontology=ensure_ontology)
