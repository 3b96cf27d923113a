"""Fixtures for the knowledge-base tests: synthetic corpora (store comparisons: kb_dumps)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kb_corpus import write_corpus


@pytest.fixture(scope="session")
def corpus30(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus30")
    write_corpus(folder, 30)
    return folder


@pytest.fixture(scope="session")
def corpus6(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus6")
    write_corpus(folder, 6)
    return folder
