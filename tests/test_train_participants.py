"""The event participant selector's trainer (bench/train_participants.py, tried and not shipped):
the candidates and their traits as the trainer records them from the pipeline, and its one
decision rule (`decide`): it adds and drops parties only as the probabilities say and never
empties an event. The pipeline's own output is not changed by recording."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract.pipeline import Pipeline
from kg.model import Extraction
from kg.reading import parse_txt

BENCH = Path(__file__).resolve().parents[1] / "bench"

# Invented story: a meeting of two ministers, with a third state named only in the next sentence.
TEXT = (
    "Norway and Chile hold talks\n\n"
    "Norwegian Foreign Minister Ingrid Halvorsen held talks with Chilean Foreign Minister "
    "Tomas Errazuriz in Oslo on Monday. Peru sent an observer to the session."
)
TALKS = ("negotiation_round", "meeting")


@pytest.fixture(scope="module")
def tp() -> Iterator[ModuleType]:
    """bench/train_participants.py as its siblings import it."""
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(BENCH))
        yield importlib.import_module("train_participants")


@pytest.fixture(scope="module")
def recorded(tp: ModuleType) -> tuple[Extraction, list[object], dict[str, str]]:
    """The pipeline's output with the trainer's recorder in place, the candidates per event
    and actor names by id."""
    pipe = Pipeline()
    rec = tp.Recorder(pipe.events, pipe.event_check)
    pipe.events, pipe.event_check = rec.events, rec.check
    x = pipe.extract(parse_txt(TEXT, "<test>"))
    (cap,) = rec.captured
    names = {a.id: a.name for a in cap.index.actors}
    return x, cap.table(), names


def _talks(x: Extraction) -> int:
    return next(i for i, e in enumerate(x.events) if e.kind in TALKS)


def test_recording_changes_no_output(
    recorded: tuple[Extraction, list[object], dict[str, str]],
) -> None:
    x, _, _ = recorded
    plain = Pipeline().extract(parse_txt(TEXT, "<test>"))
    assert [(e.kind, e.participants) for e in x.events] == [
        (e.kind, e.participants) for e in plain.events
    ]


def test_candidates_are_the_rules_parties_and_the_actors_near_the_trigger(
    recorded: tuple[Extraction, list[object], dict[str, str]],
) -> None:
    x, table, names = recorded
    by_name = {names[c.actor]: c for c in table[_talks(x)]}
    assert "Peru" in by_name and not by_name["Peru"].chosen
    assert "dist=1" in by_name["Peru"].features
    guest = by_name["Tomas Errazuriz"]
    assert guest.chosen and "p1=pobj:with" in guest.features and "dist=0" in guest.features
    assert "R:p1=pobj:with" in guest.features  # the same trait, for a rules' party
    assert "stage=finder" in guest.features  # a party the event stage itself gave


def _cands(tp: ModuleType) -> list[object]:
    # Two rules' parties and one onlooker, in the order the candidates come.
    return [
        tp.Candidate("a1", [], True),
        tp.Candidate("a2", [], True),
        tp.Candidate("a3", [], False),
    ]


def test_a_confident_onlooker_is_added_and_a_doubted_party_dropped(tp: ModuleType) -> None:
    table = [_cands(tp)]
    assert tp.decide(table, [[0.9, 0.2, 0.7]], 0.6, 0.4) == [["a1", "a3"]]
    assert tp.decide(table, [[0.9, 0.2, 0.5]], 0.6, 0.4) == [["a1"]]
    # Thresholds that change nothing give the rules' parties back.
    assert tp.decide(table, [[0.9, 0.2, 0.7]], 1.01, 0.0) == [["a1", "a2"]]


def test_the_likeliest_rules_party_stays_when_all_are_doubted(tp: ModuleType) -> None:
    table = [_cands(tp)]
    assert tp.decide(table, [[0.1, 0.3, 0.2]], 0.6, 0.4) == [["a2"]]
    assert tp.decide(table, [[0.1, 0.3, 0.8]], 0.6, 0.4) == [["a2", "a3"]]
    # An event the rules gave no party stays as the candidates say.
    onlooker = [[tp.Candidate("a3", [], False)]]
    assert tp.decide(onlooker, [[0.2]], 0.6, 0.4) == [[]]
