"""The server's access to the knowledge base: reads through the query pool, writes alone.

Reads never touch the store from the server process: they go to pool processes (killable on
timeout, without network). Graph Store writes open the store read-write in this process; SPARQL
updates run in a pool process, because an update's WHERE can run as long as any query.
"""

from __future__ import annotations

import gc
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.sparql_text import sparql_iri
from kg.store import ONTOLOGY_GRAPH, Store, StoreError
from kg.union import is_legacy, update_graphs
from kg.wordindex import DEFAULT, WordIndex, index_path, open_reader
from server.config import ServerConfig
from server.errors import ApiError
from server.pool import QueryPool
from server.worker import (
    DEFAULT_GRAPH,
    NO_NETWORK_TEXT,
    QueryFailure,
    QueryJob,
    QueryOutcome,
    run_query,
    run_update,
)

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


class KnowledgeBase:
    """Reads go to the query pool; writes open the store read-write in this process, one at a
    time, and bump `generation` so that pool processes reopen their read-only handles."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.path = config.store.resolve()
        if config.remote is None:
            _ensure_store(self.path)
            _sync_words(self.path)
            self.location = str(self.path)
        else:
            # The server's URL: its `kg.remote.Dialect` gives the query endpoint.
            self.location = config.remote
        # Fronting a SPARQL server, the pool processes forward queries over HTTP: they run no
        # engine, so they keep their network.
        self.pool = QueryPool(
            config.workers, config.query_memory * 2**20, network=config.remote is not None
        )
        self._write_lock = threading.Lock()
        self._cache: dict[str, tuple[float, object]] = {}
        self._cache_lock = threading.Lock()
        self.generation = 0  # bumped on every write; cache keys and store handles depend on it

    def close(self) -> None:
        self.pool.close()

    # --- reading ---------------------------------------------------------------------------

    def deadline(self) -> float:
        """When a query starting now must have answered."""
        self.pool.ready()
        return time.monotonic() + self.config.timeout

    def run(
        self, job: QueryJob, client: bool = False, deadline: float | None = None
    ) -> QueryOutcome:
        """Run `job` in the pool; `client` for queries sent by clients (see `server.pool`)."""
        result = self.pool.run(
            run_query,
            (job,),
            deadline if deadline is not None else self.deadline(),
            self.config.timeout,
            client=client,
        )
        if isinstance(result, QueryFailure):
            raise failure_error(result)
        return result

    def job(
        self,
        query: str,
        *,
        results: str | None = JSON_RESULTS,
        graph: str | None = NTRIPLES,
        max_rows: int | None = None,
        default_graphs: tuple[str, ...] | None = None,
        named_graphs: tuple[str, ...] | None = None,
        base_iri: str | None = None,
    ) -> QueryJob:
        return QueryJob(
            query=query,
            store=self.location,
            generation=self.generation,
            base_iri=base_iri,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            results_media_type=results,
            graph_media_type=graph,
            max_rows=max_rows if max_rows is not None else self.config.max_rows,
            prefixes=PREFIX_ITEMS,
        )

    def select(self, query: str, max_rows: int | None = None) -> list[Row]:
        """Rows of a SELECT query the server itself runs (pages, search, stats)."""
        return self.table(query, max_rows)[1]

    def table(self, query: str, max_rows: int | None = None) -> tuple[list[str], list[Row]]:
        """The variables (the results' head, in order) and the rows of a SELECT query."""
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
        return list(data["head"]["vars"]), rows

    def ask(self, query: str, default_graphs: tuple[str, ...] | None = None) -> bool:
        named = None if default_graphs is None else ()
        outcome = self.run(self.job(query, default_graphs=default_graphs, named_graphs=named))
        return bool(json.loads(outcome.body)["boolean"])

    def graph_exists(self, graph: str) -> bool:
        return self.ask(f"ASK {{ GRAPH {sparql_iri(graph)} {{ }} }}")

    @contextmanager
    def words(self) -> Iterator[WordIndex | None]:
        """The word index for search (kg.wordindex), read in one transaction; None fronting a
        remote server (its writes cannot be followed: search runs in SPARQL there), or while
        the index is being written or cannot be used."""
        index = open_reader(index_path(self.path)) if self.config.remote is None else None
        try:
            yield index
        finally:
            if index is not None:
                index.close()

    @contextmanager
    def _indexing(
        self, graphs: frozenset[str] | None, store: ox.Store | None = None
    ) -> Iterator[None]:
        """Keep the word index in step around a write of `graphs` (None: not known), by this
        process's `store` handle or by another process: the graphs are read back from the
        store after the write (through `store`, or the store opened again)."""
        try:
            words = WordIndex(index_path(self.path))
            words.begin(graphs)
        except sqlite3.Error as err:
            raise ApiError(503, "store_locked", f"the word index cannot be written: {err}") from err
        try:
            yield
        finally:
            try:
                self._finish(words, graphs, store)
            finally:
                words.close()

    def _finish(
        self, words: WordIndex, graphs: frozenset[str] | None, store: ox.Store | None
    ) -> None:
        try:
            if store is not None:
                words.finish(store, graphs)
            else:
                self._finish_words(words, graphs)
        except (ApiError, sqlite3.Error) as err:
            # The store cannot be opened again now (a stopped task still holds its lock): the
            # write's own answer stands, and the index, given up, is searched around (SPARQL)
            # until the next write or `kg serve`/`kg index` rebuilds it whole.
            log.warning("word index given up after a write (%s)", err)
            words.abandon()

    def _finish_words(self, words: WordIndex, graphs: frozenset[str] | None) -> None:
        # In a function of its own: the handle must be gone when the block ends.
        with self._opened() as store:
            words.finish(store, graphs)

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
        """No other write until the block ends; afterwards readers see a new generation."""
        if self.config.remote is not None:
            raise ApiError(
                403,
                "remote_read_only",
                f"this server fronts the SPARQL server at {self.config.remote} and does not "
                "write to it: send updates there, or ingest with `kg ingest --store URL`",
            )
        if not self._write_lock.acquire(timeout=self.config.timeout + 5):
            raise ApiError(503, "busy", "another write is in progress; retry shortly")
        try:
            yield
        finally:
            self.generation += 1
            with self._cache_lock:
                self._cache.clear()
            self._write_lock.release()

    @contextmanager
    def _opened(self) -> Iterator[ox.Store]:
        try:
            store = Store(self.path, words=False)  # kept by `_indexing`
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
    def writing(self, graph: str) -> Iterator[ox.Store]:
        """The store opened read-write, alone, to write `graph` (DEFAULT_GRAPH: the default)."""
        with self._alone(), self._opened() as store, self._indexing(frozenset({graph}), store):
            yield store

    def update(self, text: str, base_iri: str, article_graphs: frozenset[str]) -> list[str]:
        """Run a SPARQL Update in a (sandboxed) pool process within the time limit, then
        validate the article graphs it may have written, restoring them all if one fails: the
        problems found, if any. The pool process keeps the default graph the union of the
        graphs the update writes (`server.worker.run_update`), and a restore keeps it too."""
        from server.update_guard import check_and_restore, snapshot

        try:
            # The graphs whose union in the default graph the update may change (kg.union).
            named = update_graphs(text, base_iri, PREFIXES)
        except SyntaxError:
            named = None  # Oxigraph has the last word on syntax; rebuild the union after it

        def take_snapshot() -> dict[str, list[ox.Quad]]:
            # In a function of its own: the handle must be gone before the pool opens the store.
            with self._opened() as store:
                return snapshot(store, article_graphs)

        def check(before: dict[str, list[ox.Quad]]) -> list[str]:
            with self._opened() as store:
                return check_and_restore(store, before)

        # The default graph too: an update may write it directly (INSERT DATA without GRAPH).
        indexed = None if named is None else named | {DEFAULT}
        with self._alone(), self._indexing(indexed):
            before = take_snapshot()
            try:
                self.pool.run(
                    run_update,
                    (self.location, text, base_iri, PREFIXES, named),
                    self.deadline(),
                    self.config.timeout,
                    client=False,
                    retry=False,
                )
            except ApiError as err:
                if err.code == "query_timeout":
                    raise ApiError(
                        503,
                        "update_timeout",
                        f"the update did not finish within the {self.config.timeout:g} s time "
                        "limit and was stopped; nothing was changed",
                        {"Retry-After": "1"},
                    ) from None
                raise
            except SyntaxError as err:
                raise ApiError(400, "malformed_update", str(err)) from err
            except OSError as err:
                if NO_NETWORK_TEXT in str(err):
                    raise ApiError(400, "outbound_refused", outbound_message("LOAD")) from err
                raise ApiError(500, "store_error", f"the update failed: {err}") from err
            return check(before)


def outbound_message(what: str) -> str:
    return (
        f"this server makes no outbound requests, so {what} is not available; query the data "
        "stored here, or load remote data with `kg ingest`"
    )


def failure_error(failure: QueryFailure) -> ApiError:
    if failure.code == "bad_query":
        return ApiError(400, "malformed_query", failure.message)
    if failure.code == "outbound":
        return ApiError(400, "outbound_refused", outbound_message("SERVICE (federated query)"))
    if failure.code == "not_acceptable":
        return ApiError(406, "not_acceptable", failure.message)
    if failure.code == "upstream_error":
        return ApiError(502, "upstream_error", failure.message)
    return ApiError(500, failure.code, failure.message)


def _sync_words(path: Path) -> None:
    """Bring the word index beside the store in step (built if missing: a store of an older
    version; see kg.wordindex); search runs in SPARQL when it cannot be."""
    existing = ox.Store.read_only(str(path))
    try:
        words = WordIndex(index_path(path))
        words.sync(existing)
        words.close()
    except sqlite3.Error as err:
        log.warning("%s: no word index (%s); search reads the store instead", path, err)
    finally:
        del existing
        gc.collect()


def _ensure_store(path: Path) -> None:
    """Create an empty knowledge base (with the ontology) so workers can open it read-only; a
    store written before the default graph held the union of the graphs is filled once, since
    query processes read the stored default graph (kg.union)."""
    if (path / "CURRENT").exists():
        existing = ox.Store.read_only(str(path))
        legacy = is_legacy(existing, ONTOLOGY_GRAPH)
        del existing
        gc.collect()
        if not legacy:
            return
    try:
        store = Store(path)  # fills a legacy store's default graph
    except StoreError as err:
        if (path / "CURRENT").exists():
            log.warning("%s: its default graph cannot be filled now (%s)", path, err)
            return
        raise StoreError(f"cannot create the knowledge base at {path}: {err}") from err
    store.flush()
    del store
    gc.collect()


__all__ = ["DEFAULT_GRAPH", "KnowledgeBase", "Row", "Term"]
