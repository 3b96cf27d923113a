"""The server's access to the knowledge base: reads through the worker pool, writes alone.

Reads never touch the store from the server process: they go to worker processes (killable on
timeout). Writes take every worker with its read-only handle closed, open the store read-write
in this process, and let workers re-open it afterwards, so no reader is open during a write.
"""

from __future__ import annotations

import gc
import json
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.sparql_text import sparql_iri
from kg.store import Store, StoreError
from server.config import ServerConfig
from server.errors import ApiError
from server.pool import PROJECT_ROOT, WorkerPool, worker_env
from server.worker import DEFAULT_GRAPH, QueryJob, QueryOutcome

log = logging.getLogger(__name__)

PREFIX_ITEMS = tuple(PREFIXES.items())
JSON_RESULTS = "application/sparql-results+json"
NTRIPLES = "application/n-triples"


@dataclass(frozen=True)
class Term:
    """One bound value of a SPARQL JSON result row."""

    type: str  # uri, literal, bnode, triple
    value: str
    lang: str | None = None
    datatype: str | None = None

    def __str__(self) -> str:
        return self.value


Row = dict[str, Term]
T = TypeVar("T")


class Readers(Protocol):
    """Other processes holding read-only store handles (the HTTP workers of `server.front`)."""

    def exclusive(self, wait: float) -> AbstractContextManager[None]: ...

    def pids(self) -> list[int]: ...


class KnowledgeBase:
    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.path = config.store
        if config.remote is None:
            _ensure_store(self.path)
            self.pool = WorkerPool(self.path, config.workers)
        else:
            self.pool = WorkerPool(config.remote, config.workers)
        self.readers: list[Readers] = []
        self._write_lock = threading.Lock()
        self._cache: dict[str, tuple[float, object]] = {}
        self._cache_lock = threading.Lock()
        self.generation = 0  # bumped on every write; cache keys depend on it

    def close(self) -> None:
        self.pool.close()

    def attach(self, readers: Readers) -> None:
        """Have `readers` close their store handles during writes, like the query workers."""
        self.readers.append(readers)

    # --- reading ---------------------------------------------------------------------------

    def run(self, job: QueryJob) -> QueryOutcome:
        return self.pool.run(job, self.config.timeout)

    def job(
        self,
        query: str,
        *,
        results: str = JSON_RESULTS,
        graph: str = NTRIPLES,
        max_rows: int | None = None,
        default_graphs: tuple[str, ...] | None = None,
        named_graphs: tuple[str, ...] | None = None,
        original: str | None = None,
        base_iri: str | None = None,
        parse_prefixes: bool = True,
    ) -> QueryJob:
        return QueryJob(
            query=query,
            original=original,
            base_iri=base_iri,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            results_media_type=results,
            graph_media_type=graph,
            max_rows=max_rows if max_rows is not None else self.config.max_rows,
            prefixes=PREFIX_ITEMS,
            parse_prefixes=parse_prefixes,
        )

    def select(self, query: str, max_rows: int | None = None) -> list[Row]:
        """Rows of a SELECT query the server itself runs (pages, search, stats)."""
        outcome = self.run(self.job(query, max_rows=max_rows))
        data = json.loads(outcome.body)
        rows: list[Row] = []
        for binding in data["results"]["bindings"]:
            rows.append(
                {
                    k: Term(
                        v["type"], str(v.get("value", "")), v.get("xml:lang"), v.get("datatype")
                    )
                    for k, v in binding.items()
                }
            )
        return rows

    def ask(self, query: str, default_graphs: tuple[str, ...] | None = None) -> bool:
        named = None if default_graphs is None else ()
        outcome = self.run(self.job(query, default_graphs=default_graphs, named_graphs=named))
        return bool(json.loads(outcome.body)["boolean"])

    def graph_exists(self, graph: str) -> bool:
        return self.ask(f"ASK {{ GRAPH {sparql_iri(graph)} {{ }} }}")

    def cached(self, key: str, ttl: float, compute: Callable[[], T]) -> T:
        """A value computed by `compute`, reused for `ttl` seconds unless the store was written."""
        full = f"{self.generation}:{key}"
        now = time.monotonic()
        with self._cache_lock:
            hit = self._cache.get(full)
            if hit is not None and now - hit[0] < ttl:
                return hit[1]  # type: ignore[return-value]
        value = compute()
        with self._cache_lock:
            self._cache[full] = (now, value)
        return value

    # --- writing ---------------------------------------------------------------------------

    @contextmanager
    def _alone(self) -> Iterator[None]:
        """No other write, and every reader's store handle closed, until the block ends."""
        if self.config.remote is not None:
            raise ApiError(
                403,
                "remote_read_only",
                f"this server fronts the SPARQL server at {self.config.remote} and does not "
                "write to it: send updates there, or ingest with `kg ingest --store URL`",
            )
        wait = self.config.timeout + 5
        if not self._write_lock.acquire(timeout=wait):
            raise ApiError(503, "busy", "another write is in progress; retry shortly")
        try:
            with ExitStack() as stack:
                stack.enter_context(self.pool.exclusive(wait))
                for readers in self.readers:
                    stack.enter_context(readers.exclusive(wait))
                try:
                    yield
                finally:
                    self.generation += 1
                    with self._cache_lock:
                        self._cache.clear()
        finally:
            self._write_lock.release()

    @contextmanager
    def _opened(self) -> Iterator[ox.Store]:
        try:
            store = Store(self.path)
        except StoreError as err:
            raise ApiError(
                503, "store_locked", f"the knowledge base cannot be written now: {err}"
            ) from err
        try:
            yield store.raw
            store.flush()
        finally:
            # Drop the read-write handle (and its RocksDB lock) before anyone re-opens.
            del store
            gc.collect()

    @contextmanager
    def writing(self) -> Iterator[ox.Store]:
        """The store opened read-write, with every reader's handle closed meanwhile."""
        with self._alone(), self._opened() as store:
            yield store

    def update(self, text: str, base_iri: str, article_graphs: frozenset[str]) -> list[str]:
        """Run a SPARQL Update within the time limit, then validate the article graphs it may
        have written (restoring them all if one fails): the problems found, if any."""
        from server.update_guard import check_and_restore, snapshot

        def take_snapshot() -> dict[str, list[ox.Quad]]:
            # In a function of its own: the handle must be gone before the runner opens the store.
            with self._opened() as store:
                return snapshot(store, article_graphs)

        with self._alone():
            before = take_snapshot()
            job = {"store": str(self.path), "text": text, "base": base_iri, "prefixes": PREFIXES}
            try:
                done = subprocess.run(
                    [sys.executable, "-m", "server.update_runner"],
                    input=json.dumps(job),
                    capture_output=True,
                    text=True,
                    timeout=self.config.timeout,
                    cwd=PROJECT_ROOT,
                    env=worker_env(),
                    check=False,
                )
            except subprocess.TimeoutExpired:
                raise ApiError(
                    503,
                    "update_timeout",
                    f"the update did not finish within the {self.config.timeout:g} s time "
                    "limit and was stopped; nothing was changed",
                    {"Retry-After": "1"},
                ) from None
            outcome = _update_outcome(done)
            if outcome["code"] == "malformed_update":
                raise ApiError(400, "malformed_update", outcome["message"])
            if outcome["code"] != "ok":
                raise ApiError(500, outcome["code"], outcome["message"])
            with self._opened() as store:
                return check_and_restore(store, before)


def _update_outcome(done: subprocess.CompletedProcess[str]) -> dict[str, str]:
    try:
        outcome = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        log.error("update runner exited with %s: %s", done.returncode, done.stderr[-2000:])
        return {"code": "update_failed", "message": "the update process stopped unexpectedly"}
    return {"code": str(outcome["code"]), "message": str(outcome["message"])}


def _ensure_store(path: Path) -> None:
    """Create an empty knowledge base (with the ontology) so workers can open it read-only."""
    if (path / "CURRENT").exists():
        return
    try:
        store = Store(path)
    except StoreError as err:
        raise StoreError(f"cannot create the knowledge base at {path}: {err}") from err
    store.flush()
    del store
    gc.collect()


__all__ = ["DEFAULT_GRAPH", "KnowledgeBase", "Row", "Term"]
