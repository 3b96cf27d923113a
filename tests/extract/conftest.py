from __future__ import annotations

import pytest

from kg.extract.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()
