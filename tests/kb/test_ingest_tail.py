"""The end of an ingest: the last unit goes one article at a time, and the writer flushes what
it wrote while it waits near the end, so that little is left for the flush that ends the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.finish import Outcome
from kg.ingest import TAIL_FLUSH_TRIPLES, Summary, _chunks, _last_one_by_one, _Writer
from kg.model import Article
from kg.store import Store


def _articles(n: int) -> list[Article]:
    return [Article(key=f"a{i}", title=f"Title {i}", text=f"Text {i}.") for i in range(n)]


@pytest.mark.parametrize("n", [0, 1, 3, 4, 5, 8, 9, 14])
def test_the_last_unit_goes_one_article_at_a_time(n: int) -> None:
    articles = _articles(n)
    units = list(_last_one_by_one(_chunks(articles, 4)))
    assert [a for unit in units for a in unit] == articles  # all of them, in order
    whole = n - (n % 4 or min(n, 4))  # the articles before the last unit
    assert [len(u) for u in units] == [4] * (whole // 4) + [1] * (n - whole)


def _outcome(i: int, triples: int) -> Outcome:
    graph = f"https://w3id.org/parley/id/article/t{i}"
    lines = [f"<urn:s{i}:{j}> <urn:p> <urn:o{j}> <{graph}> .\n" for j in range(triples)]
    return Outcome(f"t{i}", graph, f"t{i}", f"h{i}", "ok", "".join(lines), triples)


def test_the_writer_flushes_when_idle_only_past_the_threshold(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb")
    writer = _Writer(store, Summary(), None, None)
    writer.batch([_outcome(0, TAIL_FLUSH_TRIPLES - 1)])
    writer.idle()
    assert writer.unflushed == TAIL_FLUSH_TRIPLES - 1  # too little to be worth a flush
    writer.batch([_outcome(1, 1)])
    writer.idle()
    assert writer.unflushed == 0
    writer.batch([_outcome(2, 10)])
    assert writer.unflushed == 10
    assert len(store.raw) >= 2 * TAIL_FLUSH_TRIPLES + 10  # named graphs and their union
