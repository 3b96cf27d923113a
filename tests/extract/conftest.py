from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from kg.extract.pipeline import Pipeline
from kg.nlp import load


@pytest.fixture(autouse=True)
def rules_events_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The rules' events, which these tests state: the learned check (on by default) drops
    events by weights refitted each session and has tests of its own (test_event_check), which
    switch it back on. The switch is the pipeline's own setting, read at each extraction."""
    monkeypatch.setenv("KG_EVENT_CHECK", "off")
    yield


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_EVENT_CHECK", "off")  # so that its version names the setting it runs with
        return Pipeline()


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load()
