"""The learned content extent: which statements it is asked about, and what running on does."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract.statement_extent import Model, extend, features, load_model, rest_of_sentence

# Invented text: the parse gives "to widen the port" as what she wants; the rest of the
# sentence goes on with more of her plan.
TEXT = "Mayor Ana Ruiz wants to widen the port, and the council should pay for the new docks."


def _spans(text: str, cue: str, content: str) -> tuple[tuple[int, int], tuple[int, int]]:
    c, k = text.index(cue), text.index(content)
    return (c, c + len(cue)), (k, k + len(content))


def test_the_rest_of_the_sentence_is_asked_about_only_when_free() -> None:
    doc = nlp.load()(TEXT)
    cue, content = _spans(TEXT, "wants", "to widen the port")
    hit = rest_of_sentence(doc, cue, content, [])
    assert hit is not None
    rest, (start, end) = hit
    assert TEXT[start:end] == "and the council should pay for the new docks"
    fs = features(doc, cue, content, rest, "indirect")
    assert "gap=," in fs and "lead=and" in fs and "verb=True" in fs
    # Another statement's words in the rest: not asked.
    other = TEXT.index("council")
    assert rest_of_sentence(doc, cue, content, [(other, other + 7)]) is None
    # A content before its cue (`..., she said`) is not asked about either.
    assert rest_of_sentence(doc, content, cue, []) is None


def test_a_confident_model_runs_the_content_on_and_a_doubtful_one_does_not() -> None:
    doc = nlp.load()(TEXT)
    cue, content = _spans(TEXT, "wants", "to widen the port")
    found = [(cue, content, "indirect")]
    sure = Model({"bias": 5.0}, threshold=0.5)
    (longer,) = extend(doc, found, sure)
    assert (
        TEXT[longer[0] : longer[1]]
        == "to widen the port, and the council should pay for the new docks"
    )
    assert extend(doc, found, Model({"bias": -5.0}, threshold=0.5)) == [content]
    # Quotations keep their marks' bounds whatever the model says.
    assert extend(doc, [(cue, content, "direct")], sure) == [content]


def test_the_shipped_weights_load(monkeypatch: pytest.MonkeyPatch) -> None:
    load_model.cache_clear()
    monkeypatch.setenv("KG_CONTENT_EXTENT", "on")
    model = load_model()
    load_model.cache_clear()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert "bias" in model.weights
