"""The learned statement check: its features, and that it drops only what the model doubts."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract.statement_filter import Model, features, kept, load_model

# Invented text: a deed read as a statement, and a statement proper.
TEXT = "The union filed suit in federal court. Its leader said the law was unfair."


def _span(word: str) -> tuple[int, int]:
    i = TEXT.index(word)
    return i, i + len(word)


def test_features_describe_the_cue_the_content_and_the_speaker() -> None:
    doc = nlp.load()(TEXT)
    fs = features(doc, _span("said"), _span("the law was unfair"), ("Person", True), False)
    assert "lemma=say" in fs and "speech=True" in fs and "who=Person" in fs
    assert "content=ccomp|child" in fs and "headline=False" in fs
    deed = features(doc, _span("filed"), _span("suit"), (None, True), False)
    assert "obj=suit" in deed and "who=words" in deed


def test_only_doubted_reported_statements_are_dropped() -> None:
    doc = nlp.load()(TEXT)
    found = [
        (_span("filed"), _span("suit"), "indirect", (None, True)),
        (_span("said"), _span("the law was unfair"), "indirect", ("Person", True)),
        (_span("said"), _span("the law was unfair"), "direct", ("Person", True)),
    ]
    doubting = Model({"bias": 2.0, "lemma=file": -5.0}, threshold=0.5)
    assert kept(doc, found, 0, doubting) == [False, True, True]
    # Quotations are never asked about, whatever the model says.
    assert kept(doc, found, 0, Model({"bias": -9.0}, threshold=0.5)) == [False, False, True]


def test_the_shipped_weights_load(monkeypatch: pytest.MonkeyPatch) -> None:
    load_model.cache_clear()
    monkeypatch.setenv("KG_STATEMENT_FILTER", "on")
    model = load_model()
    load_model.cache_clear()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert "bias" in model.weights
