"""The default graph is a set: a fact stated by several articles matches once, on every store.

Hand-counted fixture (tests/kb/kb_corpus.py): "Marco Rubio" appears in articles 0, 5 and 6
(first person of 0 and 6, second of 5) and not in article 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from kb_corpus import article_text

from kg.ingest import ingest
from kg.reading import parse_txt
from kg.store import ONTOLOGY_GRAPH, KnowledgeStore, Store
from kg.stores import open_store
from tests.oxigraph_server import oxigraph_server

RUBIO_ARTICLES = (0, 5, 6)
OTHER = 1
REPEATED = (
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT ?s ?p ?o WHERE { ?s ?p ?o } "
    "GROUP BY ?s ?p ?o HAVING (COUNT(*) > 1) }"
)
NAMES = 'SELECT ?n WHERE { ?a pa:name "Marco Rubio" ; pa:name ?n }'
STATING = 'SELECT ?g WHERE { ?a pa:name "Marco Rubio" . GRAPH ?g { ?a pa:name "Marco Rubio" } }'


def _count(store: KnowledgeStore, sparql: str) -> int:
    return len(list(store.query(sparql)))  # type: ignore[arg-type]


def _repeated(store: KnowledgeStore) -> int:
    rows = list(store.query(REPEATED))  # type: ignore[arg-type]
    return int(rows[0]["n"].value)  # type: ignore[union-attr]


def _default_size(store: KnowledgeStore) -> int:
    rows = list(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))  # type: ignore[arg-type]
    return int(rows[0]["n"].value)  # type: ignore[union-attr]


def _ontology_size(store: KnowledgeStore) -> int:
    where = f"GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }}"
    rows = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"))  # type: ignore[arg-type]
    return int(rows[0]["n"].value)  # type: ignore[union-attr]


def _articles() -> list[object]:
    return [parse_txt(article_text(i), f"a{i}") for i in (*RUBIO_ARTICLES, OTHER)]


def check_set_semantics(store: KnowledgeStore) -> None:
    ingest(store, _articles(), workers=1)  # type: ignore[arg-type]
    graphs = {g for g in store.article_graphs()}
    assert len(graphs) == 4
    assert _repeated(store) == 0
    assert _count(store, NAMES) == 1  # one name row, however many articles state it
    assert _count(store, STATING) == len(RUBIO_ARTICLES)  # GRAPH ?g still tells which
    assert _count(store, "SELECT ?x WHERE { ?x a pa:Article }") == 4

    # Replacing an article keeps the set; deleting one removes only what it alone stated.
    changed = parse_txt(article_text(5).replace("Note number 5.", "Corrected."), "a5")
    assert ingest(store, [changed], workers=1).replaced == 1
    assert _repeated(store) == 0
    assert _count(store, 'SELECT ?t WHERE { ?t pa:text ?x FILTER CONTAINS(?x, "number 5.") }') == 0
    rubio_graphs = sorted(
        str(r["g"].value)  # type: ignore[index]
        for r in store.query(STATING)  # type: ignore[union-attr]
    )
    store.delete_graph(rubio_graphs[0])
    assert _count(store, NAMES) == 1 and _count(store, STATING) == 2
    for g in store.article_graphs():
        store.delete_graph(g)
    assert _count(store, NAMES) == 0
    # With every article gone, the default graph is the ontology's triples and nothing else.
    assert _default_size(store) == _ontology_size(store) > 0


def test_embedded_store_default_graph_is_a_set(tmp_path: Path) -> None:
    check_set_semantics(Store(tmp_path / "kb"))


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path / "server") as url:
        yield url


@pytest.mark.slow
def test_remote_store_gives_the_same_counts(server: str) -> None:
    check_set_semantics(open_store(server))


def test_a_store_from_before_the_set_union_is_read_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old"
    store = Store(path)
    ingest(store, _articles()[:2], workers=1)  # type: ignore[arg-type]
    before = _count(store, NAMES)
    # Take the store back to the old layout: named graphs only.
    store.raw.clear_graph(ox.DefaultGraph())
    del store
    old = Store(path, read_only=True)
    # Oxigraph's union is a bag: both patterns match once per article, 2 x 2 rows.
    assert _count(old, NAMES) == 4
    del old
    upgraded = Store(path)
    assert _count(upgraded, NAMES) == before == 1
    assert _repeated(upgraded) == 0


def test_export_import_keeps_one_copy(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb")
    ingest(store, _articles(), workers=1)  # type: ignore[arg-type]
    import io

    buf = io.BytesIO()
    store.dump(buf, ox.RdfFormat.N_QUADS)
    dumped = list(ox.parse(buf.getvalue(), format=ox.RdfFormat.N_QUADS))
    # The export holds the article graphs; the union is rebuilt on import, not written twice.
    assert all(not isinstance(q.graph_name, ox.DefaultGraph) for q in dumped)
    copy = Store(tmp_path / "copy", ensure_ontology=False)
    copy.load(io.BytesIO(buf.getvalue()), ox.RdfFormat.N_QUADS)
    assert _default_size(copy) == _default_size(store)
    assert _count(copy, NAMES) == 1 and _repeated(copy) == 0
