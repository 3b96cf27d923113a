"""`kg query` on a store folder, run the way the server runs queries: in a sandboxed process.

The query runs in a one-process `server.pool.QueryPool` (the same pebble pool, seccomp filter
and memory ceiling as `kg serve`), so SERVICE cannot reach the network whatever the query text
says, and a query that overflows the parser stack kills that process, not the command. The
answer comes back as TSV results or N-Triples and is parsed into pyoxigraph objects again.
A SPARQL server given as the store runs the query itself (`kg.remote`).
"""

from __future__ import annotations

import time

import pyoxigraph as ox

from kg import config
from kg.namespaces import PREFIXES
from kg.store import ONTOLOGY_GRAPH, KnowledgeStore, QueryResult, Store
from kg.union import is_legacy
from server.analysis import check_nesting, inspect_query
from server.config import ServerConfig
from server.errors import ApiError
from server.pool import QueryPool
from server.worker import QueryFailure, QueryJob, run_query

TSV = "text/tab-separated-values"
NTRIPLES = "application/n-triples"
# The command waits as long as the user does: Ctrl-C, not a time limit, stops it.
NO_LIMIT = 7 * 24 * 3600.0
OUTBOUND = "Parley makes no outbound requests"


class QueryRefused(ValueError):
    """A query the command does not run (SERVICE, or FROM a graph outside the store)."""


def refusal(text: str, kb: KnowledgeStore) -> str | None:
    """Why a query is refused, from rdflib's parse; None to run it. Only a clear message: the
    sandbox refuses outbound connections whatever the parse says."""
    try:
        check_nesting(text)  # deeper nesting overflows the engine's parser stack
    except ApiError as err:
        return err.message
    shape = inspect_query(text, "", PREFIXES)
    if shape.service:
        return f"SERVICE is refused: {OUTBOUND}"
    if shape.has_dataset:
        known = set(kb.article_graphs()) | {ONTOLOGY_GRAPH}
        for iri in shape.from_default + shape.from_named:
            if iri not in known:
                return f"FROM <{iri}> names no graph of the knowledge base"
    return None


def query(kb: KnowledgeStore, text: str, memory_mib: int | None = None) -> QueryResult:
    """Answer `text` on `kb`; raises QueryRefused, SyntaxError (the engine's parse) or OSError."""
    why = refusal(text, kb)
    if why is not None:
        raise QueryRefused(why)
    if not isinstance(kb, Store) or kb.path is None:
        return kb.query(text)
    default: tuple[str, ...] | None = None
    if is_legacy(kb.raw, ONTOLOGY_GRAPH):
        # Written before the default graph held the union: read the union of the graphs.
        default = tuple(g.value for g in kb.raw.named_graphs() if isinstance(g, ox.NamedNode))
    job = QueryJob(
        query=text,
        store=str(kb.path.resolve()),
        generation=0,
        base_iri=None,
        default_graphs=default,
        named_graphs=None if default is None else (),
        results_media_type=TSV,
        graph_media_type=NTRIPLES,
        max_rows=2**62,
        prefixes=tuple(PREFIXES.items()),
    )
    if memory_mib is None:  # the server's setting and default: KG_QUERY_MEMORY, in MiB
        memory_mib = int(config.env("QUERY_MEMORY", str(ServerConfig.query_memory)))
    pool = QueryPool(1, memory_mib * 2**20)
    try:
        outcome = pool.run(run_query, (job,), time.monotonic() + NO_LIMIT, NO_LIMIT, client=False)
    except ApiError as err:  # the process died: past its memory ceiling, or crashed
        raise OSError(err.message) from err
    finally:
        pool.close()
    if isinstance(outcome, QueryFailure):
        if outcome.code == "bad_query":
            raise SyntaxError(outcome.message)
        if outcome.code == "outbound":
            raise QueryRefused(f"the query tried to reach the network: {OUTBOUND}")
        raise OSError(outcome.message)
    if outcome.kind == "graph":
        triples = [q.triple for q in ox.parse(outcome.body, format=ox.RdfFormat.N_TRIPLES)]
        return triples  # type: ignore[return-value]
    fmt = ox.QueryResultsFormat.from_media_type(outcome.media_type)
    assert fmt is not None
    return ox.parse_query_results(outcome.body, format=fmt)  # type: ignore[return-value]
