"""The learned PLOVER typer, on sentences written for these tests (no eval text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.act_typer import NONE, WEIGHTS_PATH, Model, features, head_of, load_model
from kg.reading import parse_txt


def sentence(pipeline, text: str):  # type: ignore[no-untyped-def]
    return next(iter(pipeline.nlp(text).sents))


def test_head_is_the_reported_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    sent = sentence(pipeline, "Chile trained two hundred officers, officials said on Monday.")
    assert head_of(sent).lemma_ == "train"
    assert "h=train" in features(sent)


def test_features_carry_what_the_lexicon_reads(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "may halt aid": the rules drop the modal act, the model still sees what it would be.
    fs = features(sentence(pipeline, "Peru may halt aid to the region."))
    assert "lexhead=SANCTION" in fs and "modal" in fs


def test_model_types_by_weights_and_threshold() -> None:
    model = Model(
        classes=[NONE, "MOBILIZE"],
        weights={NONE: {"bias": 1.0}, "MOBILIZE": {"h=train": 3.0}},
        threshold=0.5,
    )
    assert model.predict(["bias", "h=train"])[0] == "MOBILIZE"
    assert model.predict(["bias", "h=say"])[0] == NONE
    strict = Model(model.classes, model.weights, threshold=0.99)
    assert strict.predict(["bias", "h=train"])[1] < 0.99


def test_shipped_weights_load() -> None:
    body = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert NONE in body["classes"] and "AGREE" in body["classes"]
    assert 0.0 < body["threshold"] < 1.0


@pytest.fixture
def training_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A model that reads `train` (and, wrongly, `agree`) as MOBILIZE, loaded the way the
    pipeline loads weights."""
    path = tmp_path / "w.json"
    weights = {NONE: {"bias": 1.0}, "MOBILIZE": {"h=train": 4.0, "h=agree": 4.0}}
    body = {"classes": [NONE, "MOBILIZE"], "weights": weights, "threshold": 0.5}
    path.write_text(json.dumps(body), encoding="utf-8")
    monkeypatch.setenv("KG_ACT_TYPER", str(path))
    load_model.cache_clear()
    yield
    load_model.cache_clear()


@pytest.mark.usefixtures("training_model")
def test_backoff_types_an_untyped_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        parse_txt("Headline\n\nLima • X\n\nChile trained two hundred officers.\n", "<test>")
    )
    [ev] = [e for e in x.events if e.plover == "MOBILIZE"]
    assert ev.trigger is not None and ev.trigger.text == "trained"
    assert [x.actor(p).name for p in ev.participants] == ["Chile"]
    # Negated, it is no act.
    x = pipeline.extract(
        parse_txt("Headline\n\nLima • X\n\nChile did not train the officers.\n", "<test>")
    )
    assert not [e for e in x.events if e.plover == "MOBILIZE"]
    # Only possible, it is none either.
    x = pipeline.extract(
        parse_txt("Headline\n\nLima • X\n\nIf asked, Chile would train the officers.\n", "<test>")
    )
    assert not [e for e in x.events if e.plover == "MOBILIZE"]


@pytest.mark.usefixtures("training_model")
def test_backoff_leaves_verbs_the_rules_declined(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "agreed to remain in contact": the lexicon reads `agree` and the rules decline a decision
    # that names no act (no event, the guidelines); the model does not overrule them.
    body = "Headline\n\nLima • X\n\nChile and Peru agreed to remain in close contact.\n"
    x = pipeline.extract(parse_txt(body, "<test>"))
    assert not [e for e in x.events if e.plover]
