"""What runs in a query process: the sandbox, queries and updates on the store.

Oxigraph cannot interrupt a query, so queries and updates run in processes of a pool
(`server.pool`) that the server kills when they overrun their time. Each process first makes
itself unable to reach the network (seccomp refuses every socket but Unix ones, so SERVICE
and LOAD fail inside the engine whatever the query text looks like) and caps its address
space, so one query cannot take the machine's memory.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import gc
import logging
import os
import resource
import signal
import socket
import time
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, cast

import pyoxigraph as ox

if TYPE_CHECKING:
    from kg.remote import RemoteStore

log = logging.getLogger(__name__)

# Stands for the store's own default graph in `QueryJob.default_graphs`.
DEFAULT_GRAPH = ""
# The errno a sandboxed process gets for a network socket: no store operation yields it, so an
# engine error carrying it means the query or update tried to reach out (`server.pool`).
NO_NETWORK = errno.ENETUNREACH
NO_NETWORK_TEXT = os.strerror(NO_NETWORK)

# glibc's mallopt parameter for the number of malloc arenas (malloc.h).
M_ARENA_MAX = -8


@dataclass(frozen=True)
class QueryJob:
    query: str
    store: str  # a store folder, or the query URL of a SPARQL server being fronted
    # Bumped by the server on each of its writes: a process reopens its store when it changes.
    generation: int
    base_iri: str | None
    default_graphs: tuple[str, ...] | None  # None: the union of all graphs
    named_graphs: tuple[str, ...] | None  # None: every named graph of the store
    # The formats the client accepts for each kind of answer; None: that kind is not acceptable
    # (the query's form, known only once the engine parsed it, decides which is used).
    results_media_type: str | None
    graph_media_type: str | None
    max_rows: int
    prefixes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class QueryOutcome:
    kind: str  # "solutions", "boolean" or "graph"
    body: bytes
    media_type: str
    rows: int
    truncated: bool


@dataclass(frozen=True)
class QueryFailure:
    # "bad_query", "outbound", "not_acceptable", "store_error" or "upstream_error"
    code: str
    message: str


# --- the sandbox -------------------------------------------------------------------------------


def sandbox(memory_bytes: int, network: bool = False) -> None:
    """Pool initializer: at most `memory_bytes` mapped and, unless `network` (the process only
    forwards queries to the SPARQL server being fronted), no network sockets from now on."""
    import pyseccomp as sc

    # Ctrl-C reaches the whole process group; the server decides when its workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A stopped task's process ends at once: pebble's handler for SIGTERM is Python code, which
    # would only run once Oxigraph returns, and then the process is killed seconds later anyway.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if memory_bytes > 0:
        _few_malloc_arenas()
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    if network:
        return
    rules = sc.SyscallFilter(sc.ALLOW)
    # Unix sockets stay (the pool talks to its workers over them); every other family fails.
    rules.add_rule(sc.ERRNO(NO_NETWORK), "socket", sc.Arg(0, sc.NE, socket.AF_UNIX))
    rules.add_rule(sc.ERRNO(NO_NETWORK), "socketpair", sc.Arg(0, sc.NE, socket.AF_UNIX))
    # io_uring can open connections without the socket system calls.
    rules.add_rule(sc.ERRNO(errno.ENOSYS), "io_uring_setup")
    rules.load()


def _few_malloc_arenas() -> None:
    """Two malloc arenas at most. glibc gives each thread that contends for malloc an arena of
    its own and reserves 64 MiB of address space for it (up to 8 arenas per core). The store's
    threads (RocksDB's, Oxigraph's) could then spend the RLIMIT_AS ceiling on reservations
    rather than data, and a trivial query abort past its "memory ceiling" (seen as a flaky 503
    on `ASK` at the smallest allowed ceiling). Not glibc (no `mallopt`): nothing to do."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    if hasattr(libc, "mallopt"):
        libc.mallopt(M_ARENA_MAX, 2)


# --- the store, as this process sees it ----------------------------------------------------------

# How stale a process's view may get of writes made by other processes (`kg ingest`): stat-ing
# the store's files costs about as much as a point lookup, so it is done at most this often.
RECHECK_SECONDS = 1.0


class StoreReader:
    """The process's read-only store, reopened when the server wrote (a new generation) or the
    files on disk changed (another process wrote)."""

    def __init__(self) -> None:
        self.path: str | None = None
        self._store: ox.Store | None = None
        self._stamp: tuple[int, int] | None = None
        self._generation = -1
        self._checked = 0.0

    def _current_stamp(self) -> tuple[int, int]:
        assert self.path is not None
        newest, count = 0, 0
        with os.scandir(self.path) as entries:
            for entry in entries:
                if entry.name.startswith(("LOG", "LOCK")):
                    continue
                count += 1
                newest = max(newest, entry.stat().st_mtime_ns)
        return newest, count

    def store(self, path: str, generation: int) -> ox.Store:
        now = time.monotonic()
        fresh = path == self.path and generation == self._generation
        if self._store is not None and fresh and now - self._checked < RECHECK_SECONDS:
            return self._store
        self.path = path
        stamp = self._current_stamp()
        if self._store is None or not fresh or stamp != self._stamp:
            self.close()
            self._store = ox.Store.read_only(path)
            self._stamp, self._generation = stamp, generation
        self._checked = now
        return self._store

    def close(self) -> None:
        self._store = None
        gc.collect()


_reader = StoreReader()


def run_query(job: QueryJob) -> QueryOutcome | QueryFailure:
    """Run one query (in a pool process) and serialize its answer, at most `max_rows` rows."""
    if job.store.startswith(("http://", "https://")):
        return run_remote(job)
    try:
        store = _reader.store(job.store, job.generation)
    except OSError as err:
        return QueryFailure("store_error", f"cannot open the knowledge base: {err}")
    try:
        return _serialize(_execute(store, job), job)
    except SyntaxError as err:
        return QueryFailure("bad_query", str(err))
    except (OSError, ValueError, TypeError, RuntimeError) as err:
        # Evaluation errors (a refused socket, type errors in the store) surface here.
        return _engine_failure(err)


def _engine_failure(err: Exception) -> QueryFailure:
    if NO_NETWORK_TEXT in str(err):
        return QueryFailure("outbound", str(err))
    return QueryFailure("store_error", str(err))


def run_update(
    store_path: str,
    text: str,
    base_iri: str,
    prefixes: dict[str, str],
    graphs: frozenset[str] | None,
) -> None:
    """Apply one SPARQL Update (in a pool process): Oxigraph applies it in one transaction, so
    a process killed on timeout leaves the store as it was. Raises SyntaxError or OSError.

    The stored default graph is then made the union of `graphs` again (the named graphs the
    update may write; None when it cannot name them), here in the writing process and within
    the update's time limit, because a user's update does not keep it (kg.union)."""
    # Imported here: query processes never need rdflib, which kg.union brings.
    from kg.union import own_triples, rebuild_union, resync_union

    _reader.close()  # this process's read-only handle would outlive the write's view
    store = ox.Store(store_path)
    try:
        before = {
            g: list(store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
            for g in graphs or ()
        }
        own = own_triples(store) if graphs is None else []
        store.update(text, base_iri=base_iri, prefixes=prefixes)
        if graphs is None:
            rebuild_union(store, own)
        else:
            resync_union(store, before)
        store.flush()
    finally:
        del store
        gc.collect()


def _execute(
    store: ox.Store, job: QueryJob
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    prefixes = dict(job.prefixes)
    if job.default_graphs is None and job.named_graphs is None:
        # The stored default graph is the union of the named graphs, each triple once
        # (kg.union); FROM clauses in the query choose another dataset themselves.
        return store.query(job.query, base_iri=job.base_iri, prefixes=prefixes)
    return store.query(
        job.query,
        base_iri=job.base_iri,
        prefixes=prefixes,
        default_graph=[
            ox.DefaultGraph() if g == DEFAULT_GRAPH else ox.NamedNode(g)
            for g in job.default_graphs or ()
        ],
        named_graphs=[ox.NamedNode(g) for g in job.named_graphs or ()],
    )


class _Full(Exception):
    """Raised by `_RowCap` to stop a serializer once it has written more than the cap."""


class _RowCap:
    """A file for Oxigraph's line-based serializers (TSV, N-Triples) that stops them after
    `max_rows` lines past the header: rows beyond the cap are never computed."""

    def __init__(self, max_rows: int, header_lines: int) -> None:
        self.limit = max_rows + header_lines
        self.parts: list[bytes] = []
        self.lines = 0

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            raise _Full
        return len(data)

    def flush(self) -> None:
        pass

    def rows(self, header_lines: int) -> tuple[bytes, list[bytes], bool]:
        """The header, the rows kept and whether rows were cut."""
        lines = b"".join(self.parts).split(b"\n")[:-1]
        head, rest = lines[:header_lines], lines[header_lines:]
        kept = rest[: self.limit - header_lines]
        header = b"".join(line + b"\n" for line in head)
        return header, kept, len(rest) > len(kept)


def _serialize(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, job: QueryJob
) -> QueryOutcome | QueryFailure:
    if isinstance(result, ox.QueryTriples):
        if job.graph_media_type is None:
            return _not_acceptable("graphs")
        cap = _RowCap(job.max_rows, 0)
        try:
            result.serialize(cast(IO[bytes], cap), ox.RdfFormat.N_TRIPLES)
        except _Full:
            pass
        _, rows, truncated = cap.rows(0)
        return graph_outcome(rows, truncated, job.graph_media_type, dict(job.prefixes))
    if job.results_media_type is None:
        return _not_acceptable("query results")
    fmt = ox.QueryResultsFormat.from_media_type(job.results_media_type)
    assert fmt is not None
    if isinstance(result, ox.QueryBoolean):
        return QueryOutcome("boolean", _out(result.serialize(format=fmt)), fmt.media_type, 1, False)
    cap = _RowCap(job.max_rows, 1)
    try:
        result.serialize(cast(IO[bytes], cap), ox.QueryResultsFormat.TSV)
    except _Full:
        pass
    header, rows, truncated = cap.rows(1)
    tsv = header + b"".join(line + b"\n" for line in rows)
    if fmt == ox.QueryResultsFormat.TSV:
        body = tsv
    else:
        parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
        body = _out(parsed.serialize(format=fmt))
    return QueryOutcome("solutions", body, fmt.media_type, len(rows), truncated)


def _not_acceptable(kind: str) -> QueryFailure:
    return QueryFailure(
        "not_acceptable", f"the query answers with {kind}, in none of the requested formats"
    )


def graph_outcome(
    lines: list[bytes], truncated: bool, media_type: str, prefixes: dict[str, str]
) -> QueryOutcome:
    fmt = ox.RdfFormat.from_media_type(media_type)
    assert fmt is not None
    nt = b"".join(line + b"\n" for line in lines)
    if fmt == ox.RdfFormat.N_TRIPLES:
        return QueryOutcome("graph", nt, fmt.media_type, len(lines), truncated)
    triples = [q.triple for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]
    return QueryOutcome(
        "graph", serialize_triples(triples, fmt, prefixes), fmt.media_type, len(lines), truncated
    )


def serialize_triples(
    triples: list[ox.Triple], fmt: ox.RdfFormat, prefixes: dict[str, str]
) -> bytes:
    """Triples in `fmt` (into the default graph for dataset formats), with `prefixes` where the
    format has them: both read from Oxigraph's own format metadata."""
    items: list[ox.Triple] | list[ox.Quad] = triples
    if fmt.supports_datasets:
        items = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N3, ox.RdfFormat.RDF_XML):
        return _out(ox.serialize(items, format=fmt, prefixes=prefixes))
    return _out(ox.serialize(items, format=fmt))


# --- fronting a remote SPARQL server -------------------------------------------------------

_REMOTE_ACCEPT = (
    "text/tab-separated-values, application/sparql-results+json;q=0.9, application/n-triples;q=0.8"
)
_REMOTE_ACCEPT_JSON = "application/sparql-results+json, application/n-triples;q=0.8"


_remotes: dict[str, RemoteStore] = {}


def _remote(url: str) -> RemoteStore:
    """This process's client of the server at `url`, which knows its dialect once asked."""
    # Imported here: only the processes of a server fronting a SPARQL server need it.
    from kg.remote import RemoteStore

    if url not in _remotes:
        _remotes[url] = RemoteStore(url)
    return _remotes[url]


def _remote_text(job: QueryJob) -> str:
    """The job's query with its base IRI and the built-in prefixes (a redeclared prefix simply
    overrides ours: SPARQL lets a later PREFIX win)."""
    head = f"BASE <{job.base_iri}>\n" if job.base_iri else ""
    head += "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in job.prefixes)
    return head + job.query


def run_remote(job: QueryJob) -> QueryOutcome | QueryFailure:
    from kg.store import StoreError

    # Without graphs named, the server's default graph: kg's writes keep it the union of the
    # named graphs as a set (kg.union; on Virtuoso, the union graph: `Dialect.union_graph`).
    default = [g for g in job.default_graphs or () if g]
    named = list(job.named_graphs or ())
    try:
        # The server's paths, default graph and result quirks: its `kg.remote.Dialect`.
        remote = _remote(job.store)
        dialect = remote.dialect
        media, body = remote.query_as_given(
            _remote_text(job),
            _REMOTE_ACCEPT if dialect.tsv_results else _REMOTE_ACCEPT_JSON,
            default,
            named,
        )
    except SyntaxError as err:
        return QueryFailure("bad_query", str(err) or "the SPARQL server refused the query")
    except StoreError as err:
        return QueryFailure("upstream_error", str(err))
    try:
        if media == "application/n-triples":
            lines = body.split(b"\n")
            lines = [line for line in lines if line.strip()]
            kept = lines[: job.max_rows]
            if job.graph_media_type is None:
                return _not_acceptable("graphs")
            return graph_outcome(
                kept, len(lines) > len(kept), job.graph_media_type, dict(job.prefixes)
            )
        if media == "application/sparql-results+json":
            body = dialect.results(body)
        fmt = ox.QueryResultsFormat.from_media_type(media)
        if fmt is None:
            return QueryFailure("upstream_error", f"the SPARQL server answered with {media}")
        return _serialize(ox.parse_query_results(body, format=fmt), job)
    except (SyntaxError, ValueError) as err:
        return QueryFailure("upstream_error", f"unreadable answer from the SPARQL server: {err}")


def _out(data: bytes | None) -> bytes:
    """Serializers return bytes when given no output file, which is how they are called here."""
    assert data is not None
    return data


__all__ = [
    "DEFAULT_GRAPH",
    "QueryFailure",
    "QueryJob",
    "QueryOutcome",
    "run_query",
    "run_update",
    "sandbox",
    "serialize_triples",
]
