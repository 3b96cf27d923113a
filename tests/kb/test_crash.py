"""Crash safety: SIGKILL `kg ingest` at random points; only whole, valid articles remain."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kb_dumps import dataset_of

from kg.ingest import ingest
from kg.rdfio import triples_to_graph
from kg.reading import read_path
from kg.store import Store
from kg.validation import validate_graph

KG = [sys.executable, "-m", "kg"]


def _start(corpus: Path, store: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            *KG,
            "ingest",
            str(corpus),
            "--store",
            str(store),
            "--workers",
            "1",
            "--batch-size",
            "2",
            "--no-progress",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill reaches any helper it spawned
    )


def _check_whole_articles(path: Path, hashes: dict[str, str]) -> int:
    # Read-only: takes no lock, like a reader beside a running ingest.
    store = Store(path, read_only=True)
    graphs = store.article_graphs()
    for name in graphs:
        assert store.article_hash(name) == hashes[name], name
        triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
        report = validate_graph(triples_to_graph(triples))  # type: ignore[arg-type]
        assert report.conforms, (name, report.summary())
    return len(graphs)


@pytest.mark.slow
def test_sigkill_leaves_whole_articles_and_rerun_completes(tmp_path: Path, corpus30: Path) -> None:
    from kg.mapping import article_iri

    articles = [a for a in read_path(corpus30) if not isinstance(a, Exception)]
    hashes = {str(article_iri(a.key)): a.content_hash for a in articles}
    path = tmp_path / "kb"
    rng = random.Random(20250601)
    counts = []
    for delay in sorted(rng.uniform(3.0, 14.0) for _ in range(3)):
        proc = _start(corpus30, path)
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        counts.append(_check_whole_articles(path, hashes))
    assert counts == sorted(counts)  # a kill never loses what an earlier run wrote

    proc = _start(corpus30, path)
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert _check_whole_articles(path, hashes) == 30

    # No duplicates and nothing missing: the same content as one clean run.
    clean = Store(tmp_path / "clean")
    ingest(clean, read_path(corpus30), workers=1)
    assert dataset_of(Store(path, read_only=True), drop_times=True) == dataset_of(
        clean, drop_times=True
    )
