"""Fixtures shared by the whole suite: paths, and a knowledge base built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seed_dir(shared_dir: Path) -> Path:
    seeds = shared_dir / "seeds"
    if not any(seeds.glob("*.txt")):
        pytest.skip("no seed article in ../shared/seeds")
    return seeds


@pytest.fixture(scope="session")
def sample_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base on disk built from the project's own sample articles in data/."""
    from kg.ingest import ingest
    from kg.reading import read_path
    from kg.store import Store

    path = tmp_path_factory.mktemp("sample") / "kb"
    store = Store(path)
    summary = ingest(store, read_path(ROOT / "data" / "articles"), workers=1)
    assert summary.written > 0 and not summary.errors, summary.errors
    del store  # release the RocksDB lock so tests can reopen it
    return path
