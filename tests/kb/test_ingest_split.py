"""The post-spaCy work gives the same outcomes wherever it runs: in the writer or in a worker."""

from __future__ import annotations

import re
from pathlib import Path

from kg.finish import Outcome, finish_batch
from kg.ingest import _Worker
from kg.model import Article
from kg.reading import read_path

_ENDED = re.compile(r'<http://www\.w3\.org/ns/prov#endedAtTime> "[^"]*"')


def _comparable(outcomes: list[Outcome]) -> list[tuple[object, ...]]:
    # Line order is not part of the outcome: rdflib's graph iteration order varies by run.
    return [
        (o.key, o.graph, o.kind, o.triples, o.words, o.message, sorted(_lines(o.nquads)))
        for o in outcomes
    ]


def _lines(nquads: str) -> list[str]:
    return _ENDED.sub("", nquads).splitlines()


def test_worker_finished_and_writer_finished_batches_are_the_same(corpus6: Path) -> None:
    from kg.extract.pipeline import Pipeline

    articles = [a for a in read_path(corpus6) if isinstance(a, Article)]
    _Worker.pipeline = Pipeline(None)
    try:
        version, in_worker = _Worker.run(articles, True)
        version_bare, bare = _Worker.run(articles, False)
    finally:
        _Worker.pipeline = None
    assert version == version_bare
    in_writer = finish_batch(articles, bare, version)  # type: ignore[arg-type]
    assert all(isinstance(o, Outcome) for o in in_worker)
    assert _comparable(in_worker) == _comparable(in_writer)  # type: ignore[arg-type]
    assert [o.kind for o in in_writer] == ["ok"] * len(articles)
