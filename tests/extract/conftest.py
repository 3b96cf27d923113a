from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.event_check import EventCheck
from kg.extract.linear_weights import LinearModel
from kg.extract.pipeline import Pipeline
from kg.nlp import load


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    pipe = Pipeline()
    # The rules' events, which these tests state: the learned check (on by default) drops
    # events by weights refitted each session and has tests of its own (test_event_check).
    pipe.event_check = EventCheck(LinearModel({}, 0.0))
    return pipe


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load()
