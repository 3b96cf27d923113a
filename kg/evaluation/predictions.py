"""Predictions read back through the knowledge base: ingest, then the contract queries.

The evaluation scores the graph, not the in-memory extraction: whatever the mapping, SHACL
validation or the queries lose is lost in the score too.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import queries
from kg.ingest import Summary, ingest
from kg.mapping import article_iri
from kg.model import Article
from kg.store import Store

log = logging.getLogger(__name__)


@dataclass
class PredActor:
    iri: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)


@dataclass
class PredStatement:
    iri: str
    speaker: str | None  # actor IRI
    speaker_name: str | None
    cue: str
    kind: str
    content: str
    date: str | None
    via: str | None
    start: int
    end: int
    cue_span: tuple[int, int] | None
    speaker_span: tuple[int, int] | None


@dataclass
class PredEvent:
    iri: str
    kind: str
    status: str
    participants: list[str] = field(default_factory=list)
    mediator: str | None = None
    initiator: str | None = None
    date: str | None = None
    location: str | None = None
    venue: str | None = None
    plover: str | None = None
    topics: set[str] = field(default_factory=set)


@dataclass
class PredAct:
    """A PLOVER-typed event or statement, from `acts.rq`."""

    iri: str
    form: str  # "event" or "statement"
    plover: str
    start: int  # offset of the trigger or cue
    sources: list[str] = field(default_factory=list)  # names
    targets: list[str] = field(default_factory=list)


@dataclass
class Predictions:
    """What the knowledge base says about one article."""

    actors: list[PredActor] = field(default_factory=list)
    statements: list[PredStatement] = field(default_factory=list)
    events: list[PredEvent] = field(default_factory=list)
    acts: list[PredAct] = field(default_factory=list)

    def actor_type(self, iri: str | None) -> str | None:
        return next((a.type for a in self.actors if a.iri == iri), None)

    def names(self, iri: str | None, name: str | None) -> list[str]:
        """Every name the system recorded for the actor `iri` (or the one named `name`): its
        name first, then its aliases. The README's rule matches a gold name through any."""
        actor = next((a for a in self.actors if a.iri == iri), None)
        if actor is None and name is not None:
            actor = next((a for a in self.actors if a.name == name), None)
        if actor is None:
            return [name] if name is not None else []
        return [actor.name, *sorted(actor.aliases - {actor.name})]


@dataclass
class KBRun:
    """Predictions per article key and the ingest summary (rejected articles predict nothing)."""

    by_key: dict[str, Predictions]
    summary: Summary


def _value(sol: ox.QuerySolution, name: str) -> str | None:
    term = sol[name]
    return None if term is None else str(term.value)


def _int(sol: ox.QuerySolution, name: str) -> int | None:
    value = _value(sol, name)
    return None if value is None else int(value)


def predict(articles: Sequence[Article], workers: int = 1, model: str | None = None) -> KBRun:
    """Ingest `articles` into a fresh in-memory store and read every article's predictions."""
    store = Store(None)
    summary = ingest(store, list(articles), workers=workers, model=model)
    for message in summary.errors:
        log.warning("rejected: %s", message)
    keys = {str(article_iri(a.key)): a.key for a in articles}
    by_key = {a.key: Predictions() for a in articles}
    read_predictions(store, keys, by_key)
    return KBRun(by_key=by_key, summary=summary)


def read_predictions(store: Store, keys: dict[str, str], by_key: dict[str, Predictions]) -> None:
    """Fill `by_key` (article key to predictions) from the contract queries' rows."""
    actors: dict[tuple[str, str], PredActor] = {}
    for sol in _select(store, "actors"):
        key = keys.get(_value(sol, "article") or "")
        if key is None:
            continue
        iri = _value(sol, "actor") or ""
        actor = actors.get((key, iri))
        if actor is None:
            actor = PredActor(
                iri=iri, name=_value(sol, "name") or "", type=_value(sol, "type") or ""
            )
            actors[(key, iri)] = actor
            by_key[key].actors.append(actor)
        alias = _value(sol, "alias")
        if alias:
            actor.aliases.add(alias)

    # A statement told under two cues has a row for each; the store returns them in an order
    # that may change between runs, so the earliest cue is taken (scores must repeat exactly).
    rows: dict[str, ox.QuerySolution] = {}
    for sol in _select(store, "statements"):
        iri = _value(sol, "statement") or ""
        if keys.get(_value(sol, "article") or "") is None:
            continue
        if iri not in rows or _cue_order(sol) < _cue_order(rows[iri]):
            rows[iri] = sol
    for iri, sol in sorted(rows.items(), key=lambda kv: (_int(kv[1], "start") or 0, kv[0])):
        key = keys[_value(sol, "article") or ""]
        cs, ce = _int(sol, "cueStart"), _int(sol, "cueEnd")
        ss, se = _int(sol, "speakerStart"), _int(sol, "speakerEnd")
        by_key[key].statements.append(
            PredStatement(
                iri=iri,
                speaker=_value(sol, "speaker"),
                speaker_name=_value(sol, "speakerName"),
                cue=_value(sol, "cue") or "",
                kind=_value(sol, "kind") or "",
                content=_value(sol, "content") or "",
                date=_value(sol, "date"),
                via=_value(sol, "via"),
                start=_int(sol, "start") or 0,
                end=_int(sol, "end") or 0,
                cue_span=(cs, ce) if cs is not None and ce is not None else None,
                speaker_span=(ss, se) if ss is not None and se is not None else None,
            )
        )

    events: dict[str, PredEvent] = {}
    for sol in _select(store, "events"):
        key = keys.get(_value(sol, "article") or "")
        if key is None:
            continue
        iri = _value(sol, "event") or ""
        event = events.get(iri)
        if event is None:
            event = PredEvent(
                iri=iri,
                kind=_value(sol, "kind") or "",
                status=_value(sol, "status") or "",
                mediator=_value(sol, "mediatorName"),
                initiator=_value(sol, "initiatorName"),
                date=_value(sol, "date"),
                location=_value(sol, "location"),
                venue=_value(sol, "venue"),
                plover=_value(sol, "plover"),
            )
            events[iri] = event
            by_key[key].events.append(event)
        participant = _value(sol, "participantName")
        if participant and participant not in event.participants:
            event.participants.append(participant)
        topic = _value(sol, "topic")
        if topic:
            event.topics.add(topic)

    acts: dict[str, PredAct] = {}
    for sol in _select(store, "acts"):
        key = keys.get(_value(sol, "article") or "")
        if key is None:
            continue
        iri = _value(sol, "item") or ""
        act = acts.get(iri)
        if act is None:
            act = PredAct(
                iri=iri,
                form=_value(sol, "form") or "",
                plover=_value(sol, "plover") or "",
                start=_int(sol, "start") or 0,
            )
            acts[iri] = act
            by_key[key].acts.append(act)
        for name, names in (("sourceName", act.sources), ("targetName", act.targets)):
            value = _value(sol, name)
            if value and value not in names:
                names.append(value)
    for pred in by_key.values():
        # Matching breaks ties in list order: one order for every run, whatever order the
        # store returned its rows in.
        pred.actors.sort(key=lambda a: a.iri)
        pred.events.sort(key=lambda e: e.iri)
        for e in pred.events:
            e.participants.sort()
        pred.acts.sort(key=lambda a: (a.start, a.iri))


def _cue_order(sol: ox.QuerySolution) -> tuple[int, str]:
    return (_int(sol, "cueStart") or 0, _value(sol, "cue") or "")


def _select(store: Store, name: str) -> ox.QuerySolutions:
    result = store.query(queries.load(name).text)
    assert isinstance(result, ox.QuerySolutions)
    return result
