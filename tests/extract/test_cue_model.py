"""The learned cue detector: which verbs it is asked about, and the statements it proposes."""

from __future__ import annotations

import pytest
from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.cue_model import Model, candidates, features, load_model, proposed
from kg.extract.discourse import Discourse
from kg.extract.statement_spans import coverage

# Invented text: the rules read the main verb; "voiced disdain for" below it they do not.
TEXT = (
    "Budget talks stall\n"
    "\n"
    "Senator Maria Olsen returned to the capital on Monday and voiced her disdain for the "
    "spending plan of the governor.\n"
)


def _parse(text: str):  # type: ignore[no-untyped-def]
    art = article(text)
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    index = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    return art, doc, index


def test_only_untaken_verbs_and_nouns_with_a_complement_are_candidates() -> None:
    art, doc, index = _parse(TEXT)
    free = coverage(len(art.text), [])
    words = {t.text for t, _, _ in candidates(doc, art, free)}
    assert "voiced" in words and "returned" in words
    assert "plan" not in words  # a noun, however much it is about
    start = art.text.index("voiced")
    taken = coverage(len(art.text), [(start, start + len("voiced"))])
    assert "voiced" not in {t.text for t, _, _ in candidates(doc, art, taken)}
    voiced = next(t for t, _, _ in candidates(doc, art, free) if t.text == "voiced")
    fs = features(voiced, index, quoted=False, headline=False)
    assert "lemma=voice" in fs and "has=dobj" in fs


def test_a_confident_model_proposes_the_verb_with_its_object_and_subject() -> None:
    art, doc, index = _parse(TEXT)
    trusting = Model({"bias": -5.0, "lemma=voice": 10.0}, threshold=0.5)
    out = proposed(doc, art, index, [], trusting)
    assert len(out) == 1
    f = out[0]
    assert art.text[f.cue[0] : f.cue[1]] == "voiced"
    assert art.text[f.content[0] : f.content[1]].startswith("her disdain for the spending plan")
    names = {a.id: a.name for a in index.actors}
    assert f.speaker is not None and names[f.speaker] == "Maria Olsen"
    # A model that proposes nothing leaves the rules alone.
    assert proposed(doc, art, index, [], Model({"bias": -5.0}, threshold=0.5)) == []


def test_the_shipped_weights_load(monkeypatch: pytest.MonkeyPatch) -> None:
    load_model.cache_clear()
    monkeypatch.setenv("KG_CUE_MODEL", "on")
    model = load_model()
    load_model.cache_clear()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert "bias" in model.weights
