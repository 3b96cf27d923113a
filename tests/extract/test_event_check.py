"""The learned event check: its features, that it drops only the events the model doubts, and
that the statements' links to events follow what it keeps."""

from __future__ import annotations

import json

import pytest
from extract_helpers import article

from kg.extract.event_check import WEIGHTS_PATH, EventCheck, load_model
from kg.extract.linear_weights import LinearModel
from kg.extract.pipeline import Pipeline
from kg.model import Extraction

# Invented story: a signing told in the headline and the body, a meeting held, and talks
# announced inside a quotation.
TEXT = (
    "Austria and Hungary sign a trade deal\n\n"
    "Austrian Foreign Minister Jane Roe met Hungarian Foreign Minister John Doe in Vienna on "
    'Monday. "We will hold talks with Slovakia next month," Roe said.\n\n'
    "Austria and Hungary signed a trade agreement on Tuesday."
)


def _run(check: EventCheck) -> Extraction:
    pipe = Pipeline()  # its own, so that the shared fixture keeps the default check
    pipe.event_check = check
    return pipe.extract(article(TEXT))


def _by_kind(rows: list[list[str]], kind: str) -> list[str]:
    return next(r for r in rows if f"kind={kind}" in r)


def test_features_say_how_each_event_is_told() -> None:
    rows: list[list[str]] = []
    x = _run(EventCheck(examples=rows))
    assert len(rows) == len(x.events)
    signing = _by_kind(rows, "agreement_signing")
    assert "told_in=headline" in signing and "mentions=2" in signing
    assert "subj=party" in signing and "party_type=Country" in signing
    meeting = _by_kind(rows, "meeting")
    assert {"pos=VERB", "tense=Past", "has_location", "told_in=lead", "lemma=meet"} <= set(meeting)
    assert "quoted" not in meeting
    talks = _by_kind(rows, "negotiation_round")
    assert {"quoted", "in_content", "modal=will", "pos=NOUN", "gov=hold"} <= set(talks)
    assert "status=planned" in talks


def test_recording_examples_keeps_every_event() -> None:
    assert len(_run(EventCheck(examples=[])).events) == len(_run(EventCheck()).events)


def test_doubted_events_go_and_statements_follow_the_rest() -> None:
    everything = _run(EventCheck())
    kinds = [e.kind for e in everything.events]
    assert "negotiation_round" in kinds
    said = next(s for s in everything.statements if s.cue.text == "said")
    assert [everything.events[i].kind for i in said.about] == ["negotiation_round"]
    # A model that doubts what is told inside quotations only.
    x = _run(EventCheck(LinearModel({"bias": 2.0, "quoted": -5.0}, 0.5)))
    assert [e.kind for e in x.events] == [k for k in kinds if k != "negotiation_round"]
    assert next(s for s in x.statements if s.cue.text == "said").about == []
    # One that doubts what only the headline and a later paragraph tell: the statement's link
    # moves to the talks' new place in the list.
    x = _run(EventCheck(LinearModel({"bias": 2.0, "told_in=headline": -5.0}, 0.5)))
    assert "agreement_signing" not in [e.kind for e in x.events]
    said = next(s for s in x.statements if s.cue.text == "said")
    assert [x.events[i].kind for i in said.about] == ["negotiation_round"]


def test_on_by_default_and_off_or_a_missing_file_keeps_every_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KG_EVENT_CHECK", raising=False)
    shipped = load_model()  # the shipped weights, beside the module
    assert shipped is not None and 0.0 < shipped.threshold < 1.0
    about = json.loads(WEIGHTS_PATH.read_text())["about"]
    assert "tuning pool" in about  # the stories it was fitted on are named
    monkeypatch.setenv("KG_EVENT_CHECK", "off")
    assert load_model() is None
    monkeypatch.setenv("KG_EVENT_CHECK", "/nonexistent/event_check.json")
    assert load_model() is None


def test_a_plain_meeting_of_two_parties_survives_the_shipped_check(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KG_EVENT_CHECK", raising=False)
    x = pipeline.extract(
        article(
            "Talks in Lisbon\n\nPeruvian Foreign Minister Ana Quispe met Chilean Foreign "
            "Minister Tomas Reyes in Lisbon on Wednesday to discuss fishing rights."
        )
    )
    assert len(x.events) == 1 and len(x.events[0].participants) == 2


def test_the_act_an_event_carries_is_no_feature() -> None:
    # The PLOVER act is the typer's reading of the event: a check that learned from it dropped
    # acts the typer had right.
    rows: list[list[str]] = []
    x = _run(EventCheck(examples=rows))
    assert any(e.plover for e in x.events)
    assert not any(f.startswith("plover=") for r in rows for f in r)
