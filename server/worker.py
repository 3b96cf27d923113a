"""Query worker processes: each opens the store read-only and answers one query at a time.

pyoxigraph cannot interrupt a running query, so queries run in separate processes that the
server kills when they overrun the time limit. This module is imported by freshly spawned
processes: it keeps its imports to pyoxigraph and the standard library so a worker starts fast.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import pickle
import re
import signal
import struct
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from kg.remote import RemoteStore
from kg.store import StoreError

log = logging.getLogger(__name__)


# Stands for the store's own default graph in `QueryJob.default_graphs`.
DEFAULT_GRAPH = ""


@dataclass(frozen=True)
class QueryJob:
    query: str
    # The text as the client sent it, when `query` is a rewrite (row cap); tried if the rewrite
    # does not parse so the client sees Oxigraph's message about its own text.
    original: str | None
    base_iri: str | None
    default_graphs: tuple[str, ...] | None  # None: the union of all graphs
    named_graphs: tuple[str, ...] | None  # None: every named graph of the store
    results_media_type: str
    graph_media_type: str
    max_rows: int
    prefixes: tuple[tuple[str, str], ...] = ()
    # Whether the query needs `prefixes` to parse: registering them costs Oxigraph's parser
    # tens of microseconds, a large share of a point lookup.
    parse_prefixes: bool = True


@dataclass(frozen=True)
class QueryOutcome:
    kind: str  # "solutions", "boolean" or "graph"
    body: bytes
    media_type: str
    rows: int
    truncated: bool


# What travels back for an outcome, before its body: pickling the body would copy it twice
# more, so it follows as a raw message of its own.
OutcomeHead = tuple[str, str, int, bool]


@dataclass(frozen=True)
class QueryFailure:
    code: str  # "bad_query", "store_error" or (fronting a SPARQL server) "upstream_error"
    message: str


@dataclass(frozen=True)
class CloseStore:
    """Drop the read-only handle (before a write); the next query opens the store again."""


@dataclass(frozen=True)
class Ack:
    pid: int


# How stale a worker's view may get of writes made by other processes. Stat-ing every store
# file costs ~0.2 ms, as much as a whole point lookup, so it is done at most this often.
RECHECK_SECONDS = 1.0


class StoreReader:
    """The worker's read-only store, re-opened when the files on disk change.

    A read-only RocksDB handle sees the store as it was when opened; comparing the newest
    modification time of the data files catches writes by other processes (`kg ingest`) within
    `RECHECK_SECONDS`. The server's own writes close every handle first (`CloseStore`).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._store: ox.Store | None = None
        self._stamp: tuple[int, int] | None = None
        self._checked = 0.0

    def _current_stamp(self) -> tuple[int, int]:
        newest, count = 0, 0
        with os.scandir(self.path) as entries:
            for entry in entries:
                if entry.name.startswith(("LOG", "LOCK")):
                    continue
                count += 1
                newest = max(newest, entry.stat().st_mtime_ns)
        return newest, count

    def store(self) -> ox.Store:
        now = time.monotonic()
        if self._store is not None and now - self._checked < RECHECK_SECONDS:
            return self._store
        stamp = self._current_stamp()
        if self._store is None or stamp != self._stamp:
            self.close()
            self._store = ox.Store.read_only(str(self.path))
            self._stamp = stamp
        self._checked = now
        return self._store

    def close(self) -> None:
        self._store = None
        gc.collect()


def worker_main(conn: Connection, store_path: str) -> None:
    # Ctrl-C reaches the whole process group; the parent decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if store_path.startswith(("http://", "https://")):
        remote = RemoteStore(store_path)
        serve_jobs(conn, lambda job: run_remote(remote, job), lambda: None)
        return
    reader = StoreReader(Path(store_path))

    def run(job: QueryJob) -> QueryOutcome | QueryFailure:
        try:
            store = reader.store()
        except OSError as err:
            return QueryFailure("store_error", f"cannot open the knowledge base: {err}")
        return run_query(store, job)

    gc.freeze()  # as in `server.front_worker`: full collections need not walk the imports
    serve_jobs(conn, run, reader.close)


def serve_jobs(
    conn: Connection,
    run: Callable[[QueryJob], QueryOutcome | QueryFailure],
    close: Callable[[], None],
) -> None:
    """Answer jobs until the connection ends: `run` for queries, `close` before writes."""
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if isinstance(msg, CloseStore):
            close()
            conn.send(Ack(os.getpid()))
        elif isinstance(msg, QueryJob):
            reply(conn, run(msg))
        else:
            return


# First byte of an outcome message; pickles (failures, acks) start with b"\x80".
_OUTCOME = b"O"
_HEAD_SIZE = struct.Struct("!I")


def reply(conn: Connection, result: QueryOutcome | QueryFailure) -> None:
    """Send `result` as one message: one write, so the parent wakes once and reads it whole."""
    if isinstance(result, QueryFailure):
        conn.send(result)
        return
    head: OutcomeHead = (result.kind, result.media_type, result.rows, result.truncated)
    packed = pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL)
    conn.send_bytes(b"".join((_OUTCOME, _HEAD_SIZE.pack(len(packed)), packed, result.body)))


def read_reply(conn: Connection) -> QueryOutcome | QueryFailure | Ack:
    """The parent's side of `reply` (and of `Ack`), once the connection is readable."""
    data = conn.recv_bytes()
    if data[:1] == _OUTCOME:
        start = 1 + _HEAD_SIZE.size
        (size,) = _HEAD_SIZE.unpack_from(data, 1)
        kind, media_type, rows, truncated = pickle.loads(data[start : start + size])
        return QueryOutcome(kind, data[start + size :], media_type, rows, truncated)
    msg = pickle.loads(data)
    if isinstance(msg, (QueryFailure, Ack)):
        return msg
    raise EOFError(f"unexpected message from a query worker: {type(msg).__name__}")


def main(argv: list[str]) -> None:
    """`python -m server.worker FD STORE`: serve jobs on the inherited socket FD."""
    logging.basicConfig(level=logging.WARNING, format="worker %(process)d: %(message)s")
    conn = Connection(int(argv[0]))
    try:
        worker_main(conn, argv[1])
    finally:
        conn.close()


def run_query(store: ox.Store, job: QueryJob) -> QueryOutcome | QueryFailure:
    try:
        try:
            result = _execute(store, job.query, job, job.parse_prefixes)
        except SyntaxError:
            if job.parse_prefixes and job.original is None:
                raise
            # The server's guesses (no built-in prefixes needed, the row-cap rewrite) are only
            # shortcuts: the text as sent, with the built-in prefixes, has the last word.
            result = _execute(store, job.original or job.query, job, True)
        return _serialize(result, job)
    except SyntaxError as err:
        return QueryFailure("bad_query", str(err))
    except (OSError, ValueError, TypeError, RuntimeError) as err:
        # Evaluation errors (type errors in the store, unsupported features) surface here.
        return QueryFailure("store_error", str(err))


def _execute(
    store: ox.Store, text: str, job: QueryJob, with_prefixes: bool
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    prefixes = dict(job.prefixes) if with_prefixes else None
    if job.default_graphs is None and job.named_graphs is None:
        return store.query(
            text, base_iri=job.base_iri, prefixes=prefixes, use_default_graph_as_union=True
        )
    return store.query(
        text,
        base_iri=job.base_iri,
        prefixes=prefixes,
        default_graph=[
            ox.DefaultGraph() if g == DEFAULT_GRAPH else ox.NamedNode(g)
            for g in job.default_graphs or ()
        ],
        named_graphs=[ox.NamedNode(g) for g in job.named_graphs or ()],
    )


_QUAD_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)
_PREFIXED_FORMATS = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N3, ox.RdfFormat.RDF_XML)


def _serialize(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, job: QueryJob
) -> QueryOutcome:
    if isinstance(result, ox.QueryBoolean):
        fmt = ox.QueryResultsFormat.from_media_type(job.results_media_type)
        assert fmt is not None
        return QueryOutcome("boolean", _out(result.serialize(format=fmt)), fmt.media_type, 1, False)
    if isinstance(result, ox.QuerySolutions):
        return _solutions(result, job)
    return _triples(result, job)


def _cut(lines: list[bytes], max_rows: int) -> tuple[list[bytes], bool]:
    return lines[:max_rows], len(lines) > max_rows


def _solutions(result: ox.QuerySolutions, job: QueryJob) -> QueryOutcome:
    fmt = ox.QueryResultsFormat.from_media_type(job.results_media_type)
    assert fmt is not None
    if fmt == ox.QueryResultsFormat.JSON:
        return _json_solutions(result, fmt, job.max_rows)
    return _tsv_solutions(result, fmt, job.max_rows)


def _json_solutions(
    result: ox.QuerySolutions, fmt: ox.QueryResultsFormat, max_rows: int
) -> QueryOutcome:
    # The most asked-for format is written once and its rows counted in its bytes: the round
    # trip through TSV re-validates every IRI (26 against 10 us for a 14-row answer). Only an
    # answer over the cap is read and written again.
    body = _out(result.serialize(format=fmt))
    rows = json_rows(body)
    if rows <= max_rows:
        return QueryOutcome("solutions", body, fmt.media_type, rows, False)
    doc = json.loads(body)
    doc["results"]["bindings"] = doc["results"]["bindings"][:max_rows]
    body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
    return QueryOutcome("solutions", body, fmt.media_type, max_rows, True)


def json_rows(body: bytes) -> int:
    """The rows of a SPARQL JSON results document, counted without building its objects.

    With the escaped backslashes and quotation marks taken out, every quotation mark left
    opens or closes a string, so the text between strings is the document's structure. There,
    only the bindings array separates objects with `},{`: members of a row or of an RDF-star
    triple are separated by `,"name":` (`},:{` once the strings are gone)."""
    if b"\\" in body:
        body = body.replace(b"\\\\", b"").replace(b'\\"', b"")
    structure = b"".join(body.split(b'"')[::2]).translate(None, b" \t\r\n")
    if structure.endswith(b"[]}}"):
        return 0
    return structure.count(b"},{") + 1


def _tsv_solutions(
    result: ox.QuerySolutions, fmt: ox.QueryResultsFormat, max_rows: int
) -> QueryOutcome:
    # Serialize natively to TSV (one solution per line, lossless), cut at the row cap, then let
    # Oxigraph re-serialize the kept rows into the requested format.
    tsv = _out(result.serialize(format=ox.QueryResultsFormat.TSV))
    header, _, rest = tsv.partition(b"\n")
    lines = rest.split(b"\n")[:-1] if rest else []
    rows, truncated = _cut(lines, max_rows)
    if truncated:
        tsv = header + b"\n" + b"".join(line + b"\n" for line in rows)
    if fmt == ox.QueryResultsFormat.TSV:
        body = tsv
    else:
        parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
        assert isinstance(parsed, ox.QuerySolutions)
        body = _out(parsed.serialize(format=fmt))
    return QueryOutcome("solutions", body, fmt.media_type, len(rows), truncated)


def _triples(result: ox.QueryTriples, job: QueryJob) -> QueryOutcome:
    return _graph_outcome(_out(result.serialize(format=ox.RdfFormat.N_TRIPLES)), job)


def _graph_outcome(nt: bytes, job: QueryJob) -> QueryOutcome:
    fmt = ox.RdfFormat.from_media_type(job.graph_media_type)
    assert fmt is not None
    lines = nt.split(b"\n")[:-1] if nt else []
    rows, truncated = _cut(lines, job.max_rows)
    if truncated:
        nt = b"".join(line + b"\n" for line in rows)
    if fmt == ox.RdfFormat.N_TRIPLES:
        return QueryOutcome("graph", nt, fmt.media_type, len(rows), truncated)
    triples = [t.triple for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]
    return QueryOutcome(
        "graph",
        serialize_triples(triples, fmt, dict(job.prefixes)),
        fmt.media_type,
        len(rows),
        truncated,
    )


def serialize_triples(
    triples: list[ox.Triple], fmt: ox.RdfFormat, prefixes: dict[str, str]
) -> bytes:
    items: list[ox.Triple] | list[ox.Quad] = triples
    if fmt in _QUAD_FORMATS:
        items = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
    if fmt in _PREFIXED_FORMATS:
        return _out(ox.serialize(items, format=fmt, prefixes=prefixes))
    return _out(ox.serialize(items, format=fmt))


# --- fronting a remote SPARQL server -------------------------------------------------------

_REMOTE_ACCEPT = (
    "text/tab-separated-values, application/sparql-results+json;q=0.9, application/n-triples;q=0.8"
)
_REMOTE_ACCEPT_JSON = "application/sparql-results+json, application/n-triples;q=0.8"


def remote_text(job: QueryJob) -> str:
    """The job's query with its base IRI and any built-in prefixes it leaves undeclared."""
    head = f"BASE <{job.base_iri}>\n" if job.base_iri else ""
    if job.parse_prefixes:
        for name, iri in job.prefixes:
            if not re.search(rf"(?i)\bPREFIX\s+{re.escape(name)}:", job.query):
                head += f"PREFIX {name}: <{iri}>\n"
    return head + job.query


def run_remote(
    remote: RemoteStore, job: QueryJob, timeout: float = 300.0
) -> QueryOutcome | QueryFailure:
    # The server's paths, parameters and result quirks: its `kg.remote.Dialect`.
    try:
        endpoint, dialect = remote.query_url, remote.dialect
    except StoreError as err:
        return QueryFailure("upstream_error", str(err))
    params: list[tuple[str, str]] = [("query", remote_text(job))]
    if job.default_graphs is None and job.named_graphs is None:
        if dialect.union_parameter:
            params.append((dialect.union_parameter, ""))
    else:
        params += [("default-graph-uri", g) for g in job.default_graphs or () if g]
        params += [("named-graph-uri", g) for g in job.named_graphs or ()]
    request = urllib.request.Request(
        endpoint,
        data=urllib.parse.urlencode(params).encode(),
        headers={
            "Accept": _REMOTE_ACCEPT if dialect.tsv_results else _REMOTE_ACCEPT_JSON,
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            media = resp.headers.get_content_type()
            body = resp.read()
    except urllib.error.HTTPError as err:
        detail = err.read()[:2000].decode("utf-8", "replace").strip()
        if err.code == 400:
            return QueryFailure("bad_query", detail or "the SPARQL server refused the query")
        return QueryFailure("upstream_error", f"the SPARQL server answered {err.code}: {detail}")
    except (urllib.error.URLError, OSError) as err:
        return QueryFailure("upstream_error", f"cannot reach the SPARQL server {endpoint}: {err}")
    try:
        if media == "application/n-triples":
            return _graph_outcome(body, job)
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


if __name__ == "__main__":
    import sys

    # Run from the importable module, not from __main__: jobs are pickled as
    # `server.worker.QueryJob` and isinstance checks must see those same classes.
    from server.worker import main as _main

    _main(sys.argv[1:])
