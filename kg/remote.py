"""A knowledge base on a SPARQL 1.1 server: Query, Update and Graph Store Protocol over HTTP.

    store = RemoteStore("http://127.0.0.1:7878")          # Oxigraph server
    store = RemoteStore("http://host:3030/parley", gsp_path="data")   # Apache Jena Fuseki

Endpoints are `<base>/query`, `<base>/update` and `<base>/<gsp_path>` (Oxigraph: `store`,
Fuseki: `data`). Queries read the default graph, which every write keeps the union of the named
graphs as a set (kg.store), so a fact stated by several articles counts once on any server; on
Fuseki with `unionDefaultGraph` and on Virtuoso the default graph is a set union anyway.

Every write is one SPARQL Update request, which Oxigraph, Fuseki (TDB2) and Virtuoso each run as
one transaction, so a batch of articles (and the drop of the graphs it replaces) is all-or-nothing
on the server too. Only the standard library is used (urllib): no extra dependency.
"""

from __future__ import annotations

import io
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from typing import IO

import pyoxigraph as ox

from kg.namespaces import sparql_prefixes
from kg.resources import ONTOLOGY_DIR
from kg.store import (
    ONTOLOGY_GRAPH,
    STATS_QUERIES,
    QueryResult,
    Stats,
    StoreError,
    replace_update,
)
from kg.union import delete_update, union_update, with_union, without_union

log = logging.getLogger(__name__)

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
MEDIA_TYPES = {
    ox.RdfFormat.N_QUADS: "application/n-quads",
    ox.RdfFormat.N_TRIPLES: N_TRIPLES,
    ox.RdfFormat.TURTLE: "text/turtle",
    ox.RdfFormat.TRIG: "application/trig",
    ox.RdfFormat.JSON_LD: "application/ld+json",
    ox.RdfFormat.RDF_XML: "application/rdf+xml",
}


class RemoteStore:
    """A `KnowledgeStore` on a SPARQL 1.1 server."""

    def __init__(
        self,
        base_url: str,
        query_path: str = "query",
        update_path: str = "update",
        gsp_path: str = "store",
        timeout: float = 300.0,
    ) -> None:
        base = base_url.rstrip("/")
        self.base_url = base
        self.query_url = f"{base}/{query_path}"
        self.update_url = f"{base}/{update_path}"
        self.gsp_url = f"{base}/{gsp_path}"
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"RemoteStore({self.base_url!r})"

    # --- HTTP ------------------------------------------------------------------------------

    def _request(
        self,
        url: str,
        data: bytes | None,
        content_type: str | None,
        accept: str | None,
        method: str = "POST",
    ) -> tuple[str, bytes]:
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace")[:500]
            if err.code == 400:
                # The server refused the request text: the same error as a local syntax error.
                raise SyntaxError(f"{url}: {detail}") from err
            raise StoreError(f"{url}: HTTP {err.code}: {detail}") from err
        except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {err}") from err

    # --- reading ---------------------------------------------------------------------------

    def query(self, sparql: str, union: bool = True) -> QueryResult:
        text = sparql_prefixes() + sparql
        # Writes keep the union of the named graphs in the default graph (kg.store), a set on
        # every server; Oxigraph's `union-default-graph` would be a bag.
        ctype, body = self._request(
            self.query_url,
            text.encode("utf-8"),
            "application/sparql-query",
            f"{RESULTS_JSON}, {N_TRIPLES};q=0.9",
        )
        if ctype.split(";")[0].strip() == N_TRIPLES:
            triples = [
                ox.Triple(q.subject, q.predicate, q.object)
                for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
            ]
            return triples  # type: ignore[return-value]
        return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)  # type: ignore[return-value]

    def _select(self, sparql: str) -> list[ox.QuerySolution]:
        return list(self.query(sparql))  # type: ignore[arg-type]

    def article_hash(self, graph_name: str) -> str | None:
        rows = self._select(
            f"SELECT ?h WHERE {{ GRAPH <{graph_name}> {{ <{graph_name}> pa:contentHash ?h }} }}"
        )
        return str(rows[0]["h"].value) if rows else None

    def article_graphs(self) -> list[str]:
        rows = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a pa:Article } }")
        return sorted(str(r["g"].value) for r in rows)

    def _count(self, where: str) -> int:
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(rows[0]["n"].value)

    def stats(self) -> Stats:
        counts = {name: self._count(where) for name, where in STATS_QUERIES.items()}
        return Stats(
            triples=self._count("?s ?p ?o"),  # the default graph: the set union (kg.union)
            graphs=self._count("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"),
            **counts,
        )

    def dump(self, out: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None) -> None:
        if graph is None:
            # The whole dataset: Graph Store Protocol GET without ?graph (Oxigraph, Fuseki).
            _ctype, body = self._request(
                self.gsp_url, None, None, MEDIA_TYPES[ox.RdfFormat.N_QUADS], method="GET"
            )
            quads = without_union(ox.parse(body, format=ox.RdfFormat.N_QUADS))
            ox.serialize(quads, out, format=fmt)
            return
        url = f"{self.gsp_url}?graph={urllib.parse.quote(graph, safe='')}"
        _ctype, body = self._request(url, None, None, N_TRIPLES, method="GET")
        ox.serialize(ox.parse(body, format=ox.RdfFormat.N_TRIPLES), out, format=fmt)

    def size_on_disk(self) -> int | None:
        return None

    # --- writing ---------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        self._request(
            self.update_url,
            (sparql_prefixes() + sparql).encode("utf-8"),
            "application/sparql-update",
            None,
        )

    def write_nquads(self, nquads: str, replace: Sequence[str] = ()) -> None:
        if not nquads and not replace:
            return
        if replace:
            self.update(replace_update(nquads, replace))
            return
        self.update(replace_update(nquads, ()))

    def delete_graph(self, graph_name: str) -> bool:
        if not self._select(f"SELECT ?s WHERE {{ GRAPH <{graph_name}> {{ ?s ?p ?o }} }} LIMIT 1"):
            return False
        self.update(delete_update(graph_name))
        return True

    def load(self, data: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None) -> None:
        raw = data.read()
        try:
            # Parse locally first: a bad file fails here with a clear message, not half-loaded.
            if fmt.supports_datasets:
                quads = list(ox.parse(raw, format=fmt))
            else:
                target = ox.NamedNode(graph) if graph else ox.DefaultGraph()
                quads = [
                    ox.Quad(q.subject, q.predicate, q.object, target)
                    for q in ox.parse(raw, format=fmt)
                ]
        except SyntaxError as err:
            raise ValueError(f"invalid {fmt.name} input: {err}") from err
        buf = io.BytesIO()
        ox.serialize(with_union(quads), buf, format=ox.RdfFormat.N_QUADS)
        # POST to the dataset endpoint adds the quads (Graph Store Protocol, dataset variant).
        self._request(self.gsp_url, buf.getvalue(), MEDIA_TYPES[ox.RdfFormat.N_QUADS], None)

    def ensure_ontology(self) -> None:
        if self._select(f"SELECT ?s WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }} LIMIT 1"):
            return
        turtle = (ONTOLOGY_DIR / "parley.ttl").read_bytes()
        url = f"{self.gsp_url}?graph={urllib.parse.quote(ONTOLOGY_GRAPH, safe='')}"
        self._request(url, turtle, "text/turtle", None, method="PUT")
        self.update(union_update(ONTOLOGY_GRAPH))

    def flush(self) -> None:
        """Nothing to do: the server made each request durable when it answered."""
