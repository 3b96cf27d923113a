"""The remote store against a real `oxigraph serve` on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from kb_corpus import article_text
from kb_dumps import dataset_of

from kg.cli import main
from kg.ingest import ingest
from kg.reading import parse_txt
from kg.remote import RemoteStore
from kg.store import KnowledgeStore, Store
from kg.stores import open_store
from tests.oxigraph_server import oxigraph_server


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path / "server") as url:
        yield url


def test_remote_store_is_a_knowledge_store(server: str) -> None:
    assert isinstance(open_store(server), KnowledgeStore)
    assert isinstance(open_store(None), KnowledgeStore)


@pytest.mark.slow
def test_ingest_query_replace_delete_on_a_server(server: str, tmp_path: Path) -> None:
    remote = open_store(server)
    assert isinstance(remote, RemoteStore)
    articles = [parse_txt(article_text(i), f"a{i}") for i in range(4)]
    local = Store(tmp_path / "local")
    ingest(local, articles, workers=1)
    summary = ingest(remote, articles, workers=1)
    assert summary.written == 4
    assert ingest(remote, articles, workers=1).unchanged == 4
    assert remote.article_graphs() == local.article_graphs()
    assert remote.stats().articles == local.stats().articles == 4
    # Same content as the embedded store, bar extraction times.
    assert dataset_of(remote, drop_times=True) == dataset_of(local, drop_times=True)

    changed = parse_txt(article_text(1).replace("Note number 1.", "Corrected."), "a1")
    assert ingest(remote, [changed], workers=1).replaced == 1
    graph = remote.article_graphs()[0]
    assert remote.delete_graph(graph) and not remote.delete_graph(graph)
    assert len(remote.article_graphs()) == 3

    # The CLI takes the URL as --store.
    runner = CliRunner()
    result = runner.invoke(main, ["stats", "--store", server, "--json"])
    assert result.exit_code == 0 and '"articles": 3' in result.output
    out = tmp_path / "kb.nq"
    assert runner.invoke(main, ["export", "--store", server, "-o", str(out)]).exit_code == 0
    result = runner.invoke(main, ["import", str(out), "--store", str(tmp_path / "copy")])
    assert result.exit_code == 0, result.output
    assert dataset_of(Store(tmp_path / "copy", read_only=True)) == dataset_of(remote)


def test_bad_query_is_a_syntax_error(server: str) -> None:
    with pytest.raises(SyntaxError):
        RemoteStore(server).query("SELECT WHERE {")
