from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.pipeline import Pipeline
from kg.nlp import load


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load()
