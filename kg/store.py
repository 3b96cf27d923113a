"""The knowledge base on disk: an Oxigraph store with one named graph per article.

The default graph of queries is the union of all graphs, so users need no GRAPH clauses;
`GRAPH ?g` still tells which article a triple comes from. The ontology lives in a graph of its
own so that queries can read labels and event-type notations.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Union

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.namespaces import PA, PREFIXES
from kg.resources import ONTOLOGY_DIR

log = logging.getLogger(__name__)

ONTOLOGY_GRAPH = "https://w3id.org/parley/ontology"

OxTerm = Union[ox.NamedNode, ox.BlankNode, ox.Literal]
QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]


class StoreError(Exception):
    """The store cannot be opened or written (locked by another process, corrupt, missing)."""


def to_ox(term: Node) -> OxTerm:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store RDF term {term!r}")


def graph_quads(graph_name: str, graph: Graph) -> Iterator[ox.Quad]:
    g = ox.NamedNode(graph_name)
    for s, p, o in graph:
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), g)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Stats:
    triples: int
    articles: int
    actors: int
    statements: int
    events: int
    graphs: int


class Store:
    """An Oxigraph store on disk (or in memory when `path` is None)."""

    def __init__(self, path: Path | None, read_only: bool = False) -> None:
        self.path = path
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not path.exists():
                    raise StoreError(f"no knowledge base at {path} (run `kg ingest` first)")
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as err:
            raise StoreError(f"cannot open the knowledge base at {path}: {err}") from err

    @property
    def raw(self) -> ox.Store:
        return self._store

    def ensure_ontology(self) -> None:
        """Put the ontology in its graph once, so queries can read labels and notations."""
        g = ox.NamedNode(ONTOLOGY_GRAPH)
        if self._store.contains_named_graph(g):
            return
        with open(ONTOLOGY_DIR / "parley.ttl", "rb") as f:
            self._store.load(f, format=ox.RdfFormat.TURTLE, to_graph=g)

    # --- reading ---------------------------------------------------------------------------

    def query(self, sparql: str, union: bool = True) -> QueryResult:
        """Run a SPARQL query; the default graph is the union of all graphs unless `union` is off."""
        return self._store.query(
            sparql, use_default_graph_as_union=union, prefixes=_PREFIXES
        )

    def article_hash(self, graph_name: str) -> str | None:
        """The content hash stored for an article, or None when it is not in the store."""
        quads = self._store.quads_for_pattern(
            ox.NamedNode(graph_name), ox.NamedNode(str(PA.contentHash)), None, ox.NamedNode(graph_name)
        )
        for q in quads:
            return str(q.object.value)
        return None

    def article_graphs(self) -> list[str]:
        return sorted(
            g.value
            for g in self._store.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value != ONTOLOGY_GRAPH
        )

    def stats(self) -> Stats:
        def count(where: str) -> int:
            rows = list(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"))  # type: ignore[arg-type]
            return int(rows[0]["n"].value)

        return Stats(
            triples=len(self._store),
            articles=count("SELECT DISTINCT ?a WHERE { ?a a pa:Article }"),
            actors=count(
                "SELECT DISTINCT ?a WHERE { VALUES ?c { pa:Person pa:Organization pa:Country "
                "pa:Delegation } ?a a ?c }"
            ),
            statements=count("SELECT DISTINCT ?s WHERE { ?s a pa:Statement }"),
            events=count("SELECT DISTINCT ?e WHERE { ?e a pa:Event }"),
            graphs=sum(1 for _ in self._store.named_graphs()),
        )

    def dump(self, out: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None) -> None:
        if graph is not None:
            self._store.dump(out, format=fmt, from_graph=ox.NamedNode(graph))
        else:
            self._store.dump(out, format=fmt)

    # --- writing ---------------------------------------------------------------------------

    def write_nquads(self, nquads: str, replace: Sequence[str] = ()) -> None:
        """Write whole article graphs (N-Quads) in one transaction, dropping `replace` first.

        Either every article of the batch is in the store afterwards or none is, so a crash
        mid-batch leaves only whole articles behind.
        """
        if not nquads:
            return
        try:
            if replace:
                # One update request is one transaction: the drops and the insert go together.
                quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
                drops = " ".join(f"DROP SILENT GRAPH <{name}> ;" for name in sorted(set(replace)))
                self._store.update(f"{drops} INSERT DATA {{ {_as_graph_blocks(quads)} }}")
            else:
                self._store.load(nquads, format=ox.RdfFormat.N_QUADS)
        except OSError as err:
            raise StoreError(f"writing to the knowledge base failed: {err}") from err

    def delete_graph(self, graph_name: str) -> bool:
        g = ox.NamedNode(graph_name)
        if not self._store.contains_named_graph(g):
            return False
        self._store.remove_graph(g)
        return True

    def load(self, data: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None) -> None:
        """Load an RDF document in one transaction (into `graph` for triple formats).

        Named graphs of the document that are already stored are replaced, not merged, so that
        importing an export twice (or over the ontology graph) does not duplicate blank nodes.
        """
        to_graph = ox.NamedNode(graph) if graph else None
        try:
            if to_graph is not None:
                quads = [
                    ox.Quad(t.subject, t.predicate, t.object, to_graph)
                    for t in ox.parse(data, format=fmt)
                ]
            else:
                quads = list(ox.parse(data, format=fmt))
        except SyntaxError as err:
            raise ValueError(f"invalid {fmt.name} input: {err}") from err
        names = {q.graph_name for q in quads if isinstance(q.graph_name, ox.NamedNode)}
        existing = sorted(g.value for g in names if self._store.contains_named_graph(g))
        if existing:
            drops = " ".join(f"DROP SILENT GRAPH <{name}> ;" for name in existing)
            self._store.update(f"{drops} INSERT DATA {{ {_as_graph_blocks(quads)} }}")
        else:
            self._store.extend(quads)

    def update(self, sparql: str) -> None:
        self._store.update(sparql, prefixes=_PREFIXES)

    def flush(self) -> None:
        self._store.flush()


def _as_graph_blocks(quads: Sequence[ox.Quad]) -> str:
    """Quads as the body of an INSERT DATA request (default-graph triples outside GRAPH)."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        triple = f"{q.subject} {q.predicate} {q.object} ."
        key = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
        by_graph.setdefault(key, []).append(triple)
    return " ".join(
        f"GRAPH {g} {{ {' '.join(ts)} }}" if g else " ".join(ts) for g, ts in by_graph.items()
    )


_PREFIXES = dict(PREFIXES)
