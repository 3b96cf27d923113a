"""The knowledge base: one named graph per article, behind a small store interface.

Two implementations share the `KnowledgeStore` protocol: `Store`, an embedded Oxigraph store on
disk (or in memory), and `RemoteStore` (kg.remote), any SPARQL 1.1 server spoken to over HTTP.
`kg.stores.open_store` picks one from a path or an http(s) URL.

The default graph of queries is the union of all graphs as a set, so users need no GRAPH
clauses and count each fact once, however many articles state it; `GRAPH ?g` still tells which
articles a triple comes from. Oxigraph's own union default graph is a bag (a triple in nine
article graphs matches nine times), and so is a dataset whose default graph lists them all, so
the set is kept on write: the stored default graph holds one copy of every triple of the named
graphs. Writing a graph adds its triples there; dropping one removes those no other graph
holds, in the same transaction (`forget_update`). Queries then read the stored default graph
with Oxigraph's default-graph indexes. Measured on the 9 sample articles: 79 triples matched
more than once before, none after. (Virtuoso's default graph is all graphs, a bag: there the
set is kept in a named graph that queries read as their default graph; see
kg.remote.Dialect.union_graph.) The ontology lives in a graph of its own (copied to the
default graph like the others) so that queries can read labels and event-type notations.

Every write of article graphs is one transaction (one Oxigraph transaction, or one SPARQL Update
request remotely): a crash leaves either the whole batch or none of it, and a changed article
replaces its old graph in the same transaction that inserts the new one.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.namespaces import PA, PREFIXES
from kg.resources import ONTOLOGY_DIR
from kg.union import (
    UNION_FILL,
    dataset_quads,
    delete_update,
    dump_nquads,
    is_legacy,
    union_nquads,
    with_union,
)
from kg.wordindex import WordIndex, index_path

log = logging.getLogger(__name__)

ONTOLOGY_GRAPH = "https://w3id.org/parley/ontology"

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


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


# The counts behind `stats`, shared by both implementations.
STATS_QUERIES = {
    "articles": "SELECT DISTINCT ?a WHERE { ?a a pa:Article }",
    "actors": "SELECT DISTINCT ?a WHERE { VALUES ?c { pa:Person pa:Organization pa:Country "
    "pa:Delegation } ?a a ?c }",
    "statements": "SELECT DISTINCT ?s WHERE { ?s a pa:Statement }",
    "events": "SELECT DISTINCT ?e WHERE { ?e a pa:Event }",
}


@runtime_checkable
class KnowledgeStore(Protocol):
    """What ingest, the CLI and the Python API need from a store, embedded or remote."""

    def query(self, sparql: str, union: bool = True) -> QueryResult: ...

    def article_hash(self, graph_name: str) -> str | None: ...

    def article_graphs(self) -> list[str]: ...

    def stats(self) -> Stats: ...

    def dump(self, out: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None) -> None: ...

    def write_nquads(self, nquads: str, replace: Sequence[str] = ()) -> None: ...

    def delete_graph(self, graph_name: str) -> bool: ...

    def load(self, data: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None) -> None: ...

    def update(self, sparql: str) -> None: ...

    def ensure_ontology(self) -> None: ...

    def flush(self) -> None: ...

    def size_on_disk(self) -> int | None: ...


class Store:
    """An Oxigraph store on disk (or in memory when `path` is None)."""

    def __init__(
        self,
        path: Path | None,
        read_only: bool = False,
        ensure_ontology: bool = True,
        words: bool = True,
    ) -> None:
        """`words`: keep the word index beside the store in step with every write (see
        kg.wordindex; the server keeps it itself around its writes of the raw store)."""
        self.path = path
        self._words: WordIndex | None = None
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
        # A store written before the default graph held the union: read it as Oxigraph's union
        # (a bag) until it is opened for writing, which fills the default graph once.
        self._legacy = is_legacy(self._store, ONTOLOGY_GRAPH)
        if self._legacy and not read_only:
            log.info("filling the default graph of %s with the union of its graphs", path)
            self._store.update(UNION_FILL)
            self._legacy = False
        elif self._legacy:
            log.warning(
                "%s predates the de-duplicated default graph: counts may repeat facts stated by "
                "several articles until it is opened for writing once (e.g. `kg ingest`)",
                path,
            )
        if path is not None and words and not read_only:
            self._words = _open_words(path, self._store)
        if ensure_ontology and not read_only:
            self.ensure_ontology()

    @contextmanager
    def _writing(self, graphs: Iterable[str] | None) -> Iterator[None]:
        """Around a write of `graphs` (None: not known beforehand): the word index follows."""
        if self._words is None:
            yield
            return
        try:
            with self._words.writing(self._store, graphs):
                yield
        except sqlite3.Error as err:
            raise StoreError(f"the word index {self._words.path} cannot be written: {err}") from err

    @property
    def raw(self) -> ox.Store:
        """Oxigraph's store: writes through it bypass the word index (kg.wordindex), which
        must then be synced (`WordIndex.sync`, `kg index --rebuild`)."""
        return self._store

    def ensure_ontology(self) -> None:
        """Load ontology/parley.ttl into its graph unless the graph is there already."""
        g = ox.NamedNode(ONTOLOGY_GRAPH)
        if self._store.contains_named_graph(g):
            return
        with open(ONTOLOGY_DIR / "parley.ttl", "rb") as f:
            triples = list(ox.parse(f, format=ox.RdfFormat.TURTLE))
        with self._writing([ONTOLOGY_GRAPH]):
            self._store.extend(
                with_union(ox.Quad(t.subject, t.predicate, t.object, g) for t in triples)
            )

    # Kept for callers of the first version.
    _ensure_ontology = ensure_ontology

    # --- reading ---------------------------------------------------------------------------

    def query(self, sparql: str, union: bool = True) -> QueryResult:
        """SPARQL query; the default graph is the union of all graphs, each triple once.

        `union` is kept for the protocol's sake: the stored default graph is the union already.
        """
        return self._store.query(
            sparql, use_default_graph_as_union=self._legacy and union, prefixes=_PREFIXES
        )

    def article_hash(self, graph_name: str) -> str | None:
        """The content hash stored for an article, or None when it is not in the store."""
        g = ox.NamedNode(graph_name)
        for q in self._store.quads_for_pattern(g, ox.NamedNode(str(PA.contentHash)), None, g):
            return str(q.object.value)  # type: ignore[union-attr]
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
            return int(rows[0]["n"].value)  # type: ignore[union-attr]

        counts = {name: count(where) for name, where in STATS_QUERIES.items()}
        return Stats(
            # The default graph: each triple once, however many graphs hold it.
            triples=count("?s ?p ?o") if not self._legacy else len(self._store),
            graphs=sum(1 for _ in self._store.named_graphs()),
            **counts,
        )

    def dump(self, out: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None) -> None:
        if graph is not None:
            self._store.dump(out, format=fmt, from_graph=ox.NamedNode(graph))
        elif fmt == ox.RdfFormat.N_QUADS:
            dump_nquads(self._store, out)
        elif fmt.supports_datasets:
            # The named graphs, and what the default graph holds beyond their union: an import
            # rebuilds the union itself.
            ox.serialize(dataset_quads(self._store), out, format=fmt)
        else:
            self._store.dump(out, format=fmt, from_graph=ox.DefaultGraph())

    def size_on_disk(self) -> int | None:
        if self.path is None:
            return None
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    # --- writing ---------------------------------------------------------------------------

    def write_nquads(self, nquads: str, replace: Sequence[str] = ()) -> None:
        """Write whole article graphs (N-Quads) in one transaction, dropping `replace` first.

        Either every article of the batch is in the store afterwards or none is, so a crash
        mid-batch leaves only whole articles behind.
        """
        if not nquads and not replace:
            return
        # (Parsed for their names only when a word index follows the write.)
        graphs = {*replace, *_graphs_of(nquads)} if self._words is not None else None
        try:
            with self._writing(graphs):
                self._write_nquads(nquads, replace)
        except OSError as err:
            raise StoreError(f"writing to the knowledge base failed: {err}") from err

    def _write_nquads(self, nquads: str, replace: Sequence[str]) -> None:
        if replace:
            # One update request is one transaction: the drops and the insert go together.
            self._store.update(replace_update(nquads, replace))
        else:
            # One load or one `extend` is one transaction: the graphs and their union go in
            # together.
            text = union_nquads(nquads)
            if text is not None:
                self._store.load(text, format=ox.RdfFormat.N_QUADS)
            else:
                self._store.extend(with_union(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)))

    def delete_graph(self, graph_name: str) -> bool:
        """Drop an article graph: everything the article said, and nothing any other one did."""
        g = ox.NamedNode(graph_name)
        if not self._store.contains_named_graph(g):
            return False
        with self._writing([graph_name]):
            self._store.update(delete_update(graph_name))
        return True

    def load(self, data: IO[bytes], fmt: ox.RdfFormat, graph: str | None = None) -> None:
        """Load an RDF document in one transaction (into `graph` for triple formats)."""
        try:
            quads: Iterable[ox.Quad] = ox.parse(data, format=fmt, rename_blank_nodes=True)
            if graph:
                to_graph = ox.NamedNode(graph)
                quads = (
                    ox.Quad(q.subject, q.predicate, q.object, to_graph)
                    if isinstance(q.graph_name, ox.DefaultGraph)
                    else q
                    for q in quads
                )
            # Its graphs are known only once read: the index is brought in step after it.
            with self._writing(None):
                self._store.extend(with_union(quads))
        except SyntaxError as err:
            raise ValueError(f"invalid {fmt.name} input: {err}") from err

    def update(self, sparql: str) -> None:
        """A SPARQL Update, as written: a caller writing named graphs keeps the union with
        `forget_update`/`union_update` in the same request (`replace_update` does)."""
        with self._writing(None):
            self._store.update(sparql, prefixes=_PREFIXES)

    def flush(self) -> None:
        self._store.flush()


def _graphs_of(nquads: str) -> set[str]:
    return {
        q.graph_name.value
        for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
        if isinstance(q.graph_name, ox.NamedNode)
    }


def _open_words(path: Path, store: ox.Store) -> WordIndex:
    """The word index beside the store at `path`, built first if it never was (a store written
    before the index, a writer that died between the store and the index)."""
    try:
        words = WordIndex(index_path(path))
        if words.needs_repair():
            words.sync(store)
    except sqlite3.Error as err:
        raise StoreError(f"the word index {index_path(path)} cannot be written: {err}") from err
    return words


def replace_update(nquads: str, replace: Sequence[str], union: bool = True) -> str:
    """A SPARQL Update that drops the `replace` graphs and inserts `nquads`, as one request,
    keeping the default graph the union of the named graphs (unless `union` is off: a server
    without a default graph of its own, kg.remote.Dialect.stored_union)."""
    drops = " ".join(
        f"{delete_update(name) if union else f'DROP SILENT GRAPH <{name}>'} ;"
        for name in sorted(set(replace))
    )
    if not nquads:
        return drops.rstrip(" ;")
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    copies = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads) if union else ""
    return f"{drops} INSERT DATA {{ {_as_graph_blocks(quads)} {copies} }}"


def _as_graph_blocks(quads: Sequence[ox.Quad]) -> str:
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        triple = f"{q.subject} {q.predicate} {q.object} ."
        by_graph.setdefault(str(q.graph_name), []).append(triple)
    return " ".join(f"GRAPH {g} {{ {' '.join(ts)} }}" for g, ts in by_graph.items())


_PREFIXES = dict(PREFIXES)
