"""Which actors an event's parties are: a learned selector over what the rules proposed.

The event rules give each event its parties (the trigger's subject and objects, "with" and
"between" phrases, hosts, delegations, the speaker's side, the states of leaders); on news they
were not tuned on, the parties are what most often keeps an event of the right kind from
matching the gold: a party named only in the next sentence or through its delegation left
out, the host's, the mediator's or the speaker's side added. The selector asks, for every
event once the rules are done, about each candidate: every actor the rules made a party and
every actor mentioned (by name, pronoun or description, as the discourse model resolved it)
in the trigger's sentence and the next sentences. A linear model (logistic regression) gives
each candidate the probability that the gold names it a party, from general traits: how the
mention stands to the trigger (subject, object, a "with"/"between"/"by"/"at" phrase, a
possessor, a conjunct, an apposition), how many sentences away it is, the mention's form
(name, adjective, pronoun, title), the actor's type and level, whether the rules chose it and
at which stage, whether it speaks in the sentence, whether it is the event's mediator,
initiator or target. A candidate the rules left out is added above `add_threshold`; a rules'
party below `drop_threshold` is dropped unless it is the last.

Weights: `event_participant_model.json`, trained by `bench/train_participants.py` on the TUNE
stories (README "Learned event participants"); `KG_EVENT_PARTICIPANTS=off` keeps the rules'
parties, a path names other weights.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from kg.extract.event_coref import EventResult
from kg.extract.event_participant_features import Candidate, Found, candidates
from kg.extract.index import ActorIndex
from kg.extract.linear_weights import LinearModel, weights_file
from kg.model import Event, Statement

log = logging.getLogger(__name__)

# Its KG_* variable and default (README "Learned event participants" says why this one).
SETTING = ("EVENT_PARTICIPANTS", "off")
WEIGHTS_PATH = Path(__file__).with_name("event_participant_model.json")


@dataclass
class Model:
    weights: LinearModel
    add_threshold: float  # least probability for an actor the rules left out to be added
    drop_threshold: float  # a rules' party below it is dropped (0: none is)

    @classmethod
    def read(cls, path: Path) -> Model:
        data = json.loads(path.read_text(encoding="utf-8"))
        linear = LinearModel(dict(data["weights"]), float(data["threshold"]))
        return cls(linear, float(data["threshold"]), float(data.get("drop_threshold", 0.0)))


@cache
def load_model() -> Model | None:
    """`KG_EVENT_PARTICIPANTS=PATH` loads the weights there, `off` none, `on` the shipped."""
    path = weights_file(SETTING, WEIGHTS_PATH, "event participant", "the rules' parties kept")
    return None if path is None else Model.read(path)


@dataclass
class ParticipantSelector:
    """The selector as a stage: `__call__` sets each event's parties."""

    model: Model | None = None

    def __call__(
        self,
        doc: Doc,
        index: ActorIndex,
        statements: list[Statement],
        events: EventResult,
        found: Found,
    ) -> None:
        model = self.model or load_model()
        if model is None:
            return
        table = candidates(doc, index, statements, events, found)
        for event, cands in zip(events.events, table, strict=True):
            select(event, cands, model)


def select(event: Event, cands: Sequence[Candidate], model: Model) -> None:
    """The event's parties: the rules' kept unless below the drop threshold (never the last),
    others added above the add threshold, in the order of the candidates."""
    probs = [model.weights.probability(c.features) for c in cands]
    keep = [
        c.actor
        for c, p in zip(cands, probs, strict=True)
        if (c.chosen and p >= model.drop_threshold) or (not c.chosen and p >= model.add_threshold)
    ]
    if not any(c.chosen and c.actor in keep for c in cands) and event.participants:
        keep = [*_best_chosen(cands, probs), *keep]
    if keep != event.participants:
        log.debug("event %s parties %s -> %s", event.kind, event.participants, keep)
    event.participants = list(dict.fromkeys(keep))


def _best_chosen(cands: Sequence[Candidate], probs: Sequence[float]) -> list[str]:
    """The likeliest of the rules' parties (one is always kept: the rules found the event
    through it)."""
    chosen = [(p, c.actor) for c, p in zip(cands, probs, strict=True) if c.chosen]
    return [max(chosen)[1]] if chosen else []
