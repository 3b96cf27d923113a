"""The learned event participant selector: the candidates and their traits, that it adds and
drops parties only as its model says, never empties an event, and that off it changes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract_helpers import article
from spacy.tokens import Doc

from kg.extract.event_coref import EventResult
from kg.extract.event_participant_features import Candidate, Found, candidates
from kg.extract.event_participant_model import Model, ParticipantSelector
from kg.extract.index import ActorIndex
from kg.extract.linear_weights import LinearModel
from kg.extract.pipeline import Pipeline
from kg.model import Extraction, Statement

# Invented story: a meeting of two ministers, with a third state named only in the next sentence.
TEXT = (
    "Norway and Chile hold talks\n\n"
    "Norwegian Foreign Minister Ingrid Halvorsen held talks with Chilean Foreign Minister "
    "Tomas Errazuriz in Oslo on Monday. Peru sent an observer to the session."
)


@dataclass
class Recorder:
    """The selector's place in the pipeline: keeps the candidates, changes nothing."""

    table: list[list[Candidate]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)

    def __call__(
        self,
        doc: Doc,
        index: ActorIndex,
        statements: list[Statement],
        events: EventResult,
        found: Found,
    ) -> None:
        self.table = candidates(doc, index, statements, events, found)
        self.names = {a.id: a.name for a in index.actors}


def _run(stage: object) -> Extraction:
    pipe = Pipeline()  # its own, so that the shared fixture keeps the default stage
    pipe.event_participants = stage  # type: ignore[assignment]
    return pipe.extract(article(TEXT))


def _parties(x: Extraction) -> set[str]:
    talks = next(e for e in x.events if e.kind in ("negotiation_round", "meeting"))
    return {x.actor(p).name for p in talks.participants}


def _model(weights: dict[str, float], add: float, drop: float) -> Model:
    return Model(LinearModel(weights, add), add, drop)


def test_candidates_are_the_rules_parties_and_the_actors_near_the_trigger() -> None:
    rec = Recorder()
    x = _run(rec)
    talks = next(i for i, e in enumerate(x.events) if e.kind in ("negotiation_round", "meeting"))
    by_name = {rec.names[c.actor]: c for c in rec.table[talks]}
    assert "Peru" in by_name and not by_name["Peru"].chosen
    assert "dist=1" in by_name["Peru"].features
    guest = by_name["Tomas Errazuriz"]
    assert guest.chosen and "p1=pobj:with" in guest.features and "dist=0" in guest.features
    assert "R:p1=pobj:with" in guest.features  # the same trait, for a rules' party
    assert "stage=finder" in guest.features


def test_off_keeps_the_rules_parties() -> None:
    rules = _parties(_run(Recorder()))
    assert _parties(_run(ParticipantSelector())) == rules
    assert "Peru" not in rules


def test_a_confident_candidate_is_added() -> None:
    model = _model({"b": -5.0, "N:dist=1": 10.0}, 0.5, 0.0)
    assert "Peru" in _parties(_run(ParticipantSelector(model)))


def test_doubted_parties_go_but_never_the_last() -> None:
    rules = _parties(_run(Recorder()))
    people = _model({"b": 5.0, "R:type=Person": -10.0, "stage=none": -10.0}, 0.5, 0.5)
    assert _parties(_run(ParticipantSelector(people))) == {
        n for n in rules if n not in ("Ingrid Halvorsen", "Tomas Errazuriz")
    }
    everyone = _model({"b": -10.0}, 0.99, 0.5)
    assert len(_parties(_run(ParticipantSelector(everyone)))) == 1
