"""N-Quads shards of what ingest writes, for a store's own bulk loader (`kg ingest --to-nquads`).

Each shard `part-NNNNNN.nq` holds whole, SHACL-validated article graphs, written batch by batch
as the store commits them; `ontology.nq` holds the ontology graph. Virtuoso's `ld_dir` and
`rdf_loader_run`, Jena's `tdb2.tdbloader` and `oxigraph load` read the folder as it is.

The shard being filled is `part-NNNNNN.nq.open`; it is renamed when it is full or the run ends.
A batch is appended before the store's transaction and counted after it, so a crash leaves an
open shard that may hold a batch the store never committed: the next run keeps, of that shard,
exactly the article graphs the store holds with the same content hash (`recover`).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import PA
from kg.resources import ONTOLOGY_DIR
from kg.store import ONTOLOGY_GRAPH, KnowledgeStore

log = logging.getLogger(__name__)

# Quads per shard: a few thousand articles, a size every loader reads in one go.
SHARD_QUADS = 1_000_000
_PART = re.compile(r"part-(\d{6})\.nq(\.open)?$")


class ShardSink:
    """Writes the batches of one ingest run as N-Quads shards in `folder`."""

    def __init__(self, folder: Path, shard_quads: int = SHARD_QUADS) -> None:
        self.folder = folder
        self.shard_quads = shard_quads
        folder.mkdir(parents=True, exist_ok=True)
        numbers = [int(m[1]) for p in folder.iterdir() if (m := _PART.match(p.name))]
        self.next = max(numbers, default=0) + 1
        self.open: Path | None = None
        self.quads = 0

    def recover(self, store: KnowledgeStore) -> None:
        """Write the ontology shard if missing; finish open shards a crash left behind."""
        ontology = self.folder / "ontology.nq"
        if not ontology.exists():
            graph = ox.NamedNode(ONTOLOGY_GRAPH)
            triples = ox.parse(path=str(ONTOLOGY_DIR / "parley.ttl"), format=ox.RdfFormat.TURTLE)
            quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
            tmp = ontology.with_suffix(".tmp")
            ox.serialize(quads, str(tmp), format=ox.RdfFormat.N_QUADS)
            tmp.rename(ontology)
        for left in sorted(self.folder.glob("part-*.nq.open")):
            kept = _committed(left, store)
            if kept:
                done = left.with_name(left.name.removesuffix(".open"))
                ox.serialize(kept, str(done), format=ox.RdfFormat.N_QUADS)
                log.info("%s: kept %d quads the store committed", done, len(kept))
            left.unlink()

    def stage(self, nquads: str, graphs: list[str]) -> int:
        """Append a batch's N-Quads (before the store's transaction); returns their count."""
        if self.open is None:
            self.open = self.folder / f"part-{self.next:06d}.nq.open"
            self.next += 1
            self.quads = 0
        with open(self.open, "a", encoding="utf-8") as f:
            f.write(nquads)
        n = nquads.count("\n")
        log.debug("staged %d quads of %d graphs in %s", n, len(graphs), self.open)
        return n

    def publish(self, quads: int) -> None:
        """The store committed the staged batch: close the shard once it is full."""
        self.quads += quads
        if self.quads >= self.shard_quads:
            self.close()

    def close(self) -> None:
        if self.open is not None:
            self.open.rename(self.open.with_name(self.open.name.removesuffix(".open")))
            self.open = None


def _committed(path: Path, store: KnowledgeStore) -> list[ox.Quad]:
    """The quads of `path` whose article graph the store holds with the same content hash."""
    by_graph: dict[str, list[ox.Quad]] = {}
    hashes: dict[str, str] = {}
    has_hash = ox.NamedNode(str(PA.contentHash))
    try:
        for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            g = str(q.graph_name.value)  # type: ignore[union-attr]
            by_graph.setdefault(g, []).append(q)
            if q.predicate == has_hash and str(q.subject.value) == g:
                hashes[g] = str(q.object.value)
    except SyntaxError:
        pass  # a line cut by the crash ends the shard: what came before it stays
    return [
        q
        for g, quads in by_graph.items()
        if g in hashes and store.article_hash(g) == hashes[g]
        for q in quads
    ]
