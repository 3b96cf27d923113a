"""The extraction pipeline: article in, `Extraction` out.

    from kg.extract.pipeline import Pipeline
    pipe = Pipeline()                      # loads the spaCy model once per process
    extraction = pipe.extract(article)
    for extraction in pipe.extract_many(articles, batch_size=32): ...

Stages run in the order of `STAGES` (names to stage classes, fixed at import): the timeline
first (which day each clause speaks of; events ask it for their dates), then actors and the
discourse model that resolves pronouns and descriptions to them, because statements and events
resolve speakers and participants through the actor index.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc

from kg import gazetteer, nlp
from kg.config import env
from kg.event_types import plover_type
from kg.extract import (
    act_typer,
    actor_model,
    cue_class,
    cue_model,
    event_check,
    source_ranker,
    statement_extent,
    statement_filter,
)
from kg.extract.actions import find_actions
from kg.extract.actor_offices import add_pronoun_offices, relay_offices
from kg.extract.actor_passing import (
    drop_adjective_states,
    drop_forces_in_passing,
    drop_party_states_in_passing,
    drop_states_in_passing,
)
from kg.extract.actors import ActorFinder, ActorIndex
from kg.extract.contents import quoted_own_words, statement_says_nothing
from kg.extract.delegation_heads import add_pronoun_delegations
from kg.extract.discourse import Discourse
from kg.extract.discourse_groups import members_speak
from kg.extract.event_acts import with_parties
from kg.extract.event_attacks import settle_attacks
from kg.extract.event_swaps import fold_releases
from kg.extract.events import EventFinder, EventResult
from kg.extract.modifier_bodies import drop_modifier_bodies
from kg.extract.source_ranker import rank_speakers
from kg.extract.speech_acts import type_statements
from kg.extract.statement_channels import drop_relaying, drop_restated
from kg.extract.statement_dates import date_statements
from kg.extract.statement_words import FIRST_PERSON
from kg.extract.statements import (
    StatementFinder,
    headline_kept,
    report_sources,
    told_inside,
)
from kg.extract.timeline import Timeline, TimelineFinder
from kg.gazetteer import Gazetteer
from kg.model import Article, Extraction, Statement

log = logging.getLogger(__name__)

# The actor check's place (`Pipeline.actor_check`): drops from the index the unlikely actors
# not in the kept set.
ActorCheck = Callable[[Doc, ActorIndex, gazetteer.Gazetteer, set[str], actor_model.Context], None]

STAGES: dict[str, type] = {
    "timeline": TimelineFinder,
    "actors": ActorFinder,
    "discourse": Discourse,
    "statements": StatementFinder,
    "events": EventFinder,
    "event_check": event_check.EventCheck,  # learned, on by default: which events to keep
}
# Raised when the rules change what an article yields, so that each graph's provenance tells
# which rules made it (2: a quotation that goes on past its attribution is one statement per
# quoted stretch; 3: dates from the timeline stage, events per occurrence with parties at every
# level, stances taken in words as statements; 4: speakers resolved by the discourse stage;
# 5: quoted paragraphs, contents that report no words, delegations of bodies, event parties
# through the discourse model).
# `kg ingest --force` re-extracts articles stored by older rules.
_RULES_VERSION = "37"


def extractor_version(model: str | None = None) -> str:
    """The provenance name of the rules and the spaCy model `model` (flag, then
    `$KG_SPACY_MODEL`, then the default) as a `Pipeline(model)` records it, read from the
    model's metadata without loading it (the writer process of `kg ingest` loads no model)."""
    name = nlp.model_name(model)
    path = Path(name)
    if path.is_dir():
        meta = spacy.util.load_meta(path / "meta.json")
    else:
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(name))
    return _version(name, str(meta.get("version", "?")))


# The settings that change what extraction yields (KG_* variable, default). One not at its
# default is part of the extractor's name, so each graph's provenance says how it was made
# ("parley-extract/12+en_core_web_sm-3.8.0;statement_scope=attribution").
SETTINGS = (
    act_typer.SETTING,
    actor_model.SETTING,
    cue_class.SETTING,
    cue_model.SETTING,
    event_check.SETTING,
    source_ranker.SETTING,
    statement_extent.SETTING,
    statement_filter.SETTING,
)


def _version(model_name: str, model_version: str) -> str:
    changed = [
        f"{name.lower()}={value}"
        for name, default in SETTINGS
        if (value := env(name, default)) != default
    ]
    return ";".join([f"parley-extract/{_RULES_VERSION}+{model_name}-{model_version}", *changed])


class Pipeline:
    def __init__(self, model: str | None = None) -> None:
        self.nlp = nlp.load(model)
        # The loaded model's own metadata: the version names the model that really ran.
        self.version = _version(nlp.model_name(model), str(self.nlp.meta.get("version", "?")))
        gz = gazetteer.default()
        self.timeline = TimelineFinder()
        self.actors = ActorFinder(gz)
        self.discourse = Discourse(gz)
        self.statements = StatementFinder(dated=False)  # dated from the timeline
        self.events = EventFinder(gz)
        self.event_check = event_check.EventCheck()
        # The learned actor check, a stage like the event check: a trainer records its inputs
        # by putting a recorder in its place.
        self.actor_check: ActorCheck = actor_model.drop_unlikely

    def extract(self, article: Article) -> Extraction:
        return self.from_doc(self.nlp(article.text), article)

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 16
    ) -> Iterator[Extraction]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self.from_doc(doc, article)

    def from_doc(self, doc: Doc, article: Article) -> Extraction:
        nlp.remember_text(doc, article.text)  # `doc.text`, without joining the tokens again
        nlp.keep_sentences(doc)  # `.sent` of a token or span, without walking the doc again
        try:
            return self._read(doc, article)
        finally:
            # The hooks hold the doc's spans: a caller that keeps the doc (pickles it,
            # serialises it, copies it) must not find them.
            nlp.forget_sentences(doc)

    def _read(self, doc: Doc, article: Article) -> Extraction:
        """The stages, in order, on a doc whose sentences are kept."""
        timeline = self.timeline(doc, article)  # cached on the doc: later stages find it
        index: ActorIndex = self.discourse(doc, article, self.actors(doc, article))
        offices = add_pronoun_offices(article.text, index)  # ("his office": the discourse's)
        add_pronoun_delegations(article.text, index, self.actors.gz)  # ("its delegation")
        statements = self.statements(doc, article, index)
        rank_speakers(doc, statements, index)  # the learned ranker may overrule the rules
        members_speak(statements, index)  # ("the Co-Chairs, A, B and C, said": A)
        relay_offices(doc, statements, index, offices)  # ("X told Y ..., his office said")
        events: EventResult = self.events(doc, article, index)
        type_statements(doc, statements, index)
        # Acts are read after statements and events so that a speech act or an event word
        # already coded is not coded twice. An untyped cue may still name an act done: the
        # statement finder reads "Canada imposed sanctions" as a statement too.
        taken = [(st.cue.start, st.cue.end) for st in statements if st.plover]
        words = [t for trig in events.triggers for t in trig]
        acts = find_actions(doc, article, index, taken + words, words)
        _refine_attacks(events, acts)
        # A release in a story of an exchange is its side's part (one from an earlier year is not).
        fold_releases(events, acts, article.published_date)
        said = [a for a in acts.statements if not statement_says_nothing(doc, a)]
        said = [a for a in said if not quoted_own_words(article.text, a)]
        said = [a for a in said if headline_kept(a, statements, article.text)]
        said = [a for a in said if not _told_inside(doc, a, statements)]
        statements += _new_statements(statements, said)
        statements = report_sources(article.text, statements)
        people = {a.id for a in index.actors if a.type == "Person"}
        statements = drop_relaying(article.text, statements, people)
        statements = drop_restated(statements, index, self.actors.gz)
        events.events += acts.events
        events.triggers += acts.triggers
        settle_attacks(doc, events, index)  # claims credited; one killing told twice is one
        link_statements(statements, events, timeline, index, self.actors.gz)
        quoted_parties(doc, statements, events)
        for event in events.events:
            event.plover = event.plover or plover_type(event)
        drop_modifier_bodies(doc, index, statements, events.events)  # ("the UN envoy")
        _follow(statements, with_parties(events, acts.events))  # an act by no one named is none
        drop_party_states_in_passing(doc, index, statements, events.events)  # ("Syria talks")
        # The actor check asks about the same actors with or without the event check: an
        # event dropped as uncounted still tells that its parties act in the story.
        keep = actor_model.referenced(index.actors, statements, events.events)
        keep |= index.acting  # (bodies a rule found acting: `actor_described`)
        context = actor_model.Context.of(statements, events.events)
        kept = self.event_check(doc, article, index, statements, events)  # learned check
        _follow(statements, kept)
        drop_states_in_passing(doc, index, keep)  # ("the US envoy", "the Syria crisis")
        drop_forces_in_passing(doc, index, keep, self.actors.gz)  # ("withdrawal of US forces")
        self.actor_check(doc, index, self.actors.gz, keep, context)  # learned check
        # ("the Lebanese delegation"): after the check, which keeps states it is not asked of
        drop_adjective_states(article.text, index, statements, events.events, self.actors.gz)
        return Extraction(
            article=article, actors=index.actors, statements=statements, events=events.events
        )


def _follow(statements: list[Statement], kept: list[int]) -> None:
    """The statements' links to events (`about`, indices) after the event check kept the
    events `kept` (old indices, in order)."""
    new = {old: i for i, old in enumerate(kept)}
    for st in statements:
        st.about = [new[i] for i in st.about if i in new]


def _refine_attacks(events: EventResult, acts: EventResult) -> None:
    """A violent act in the sentence of an attack already found is that attack ("a roadside
    bomb killed ..."): it gives the attack its PLOVER type and is not a second event."""
    keep = EventResult()
    for act, trig in zip(acts.events, acts.triggers, strict=True):
        same = [
            ev
            for ev in events.events
            if ev.kind == "attack" and act.kind == "attack" and ev.evidence == act.evidence
        ]
        if not same:
            keep.events.append(act)
            keep.triggers.append(trig)
        for ev in same:
            ev.plover = ev.plover or act.plover
            for p in act.participants:
                if p not in ev.participants:
                    ev.participants.append(p)
    acts.events, acts.triggers = keep.events, keep.triggers


def _told_inside(doc: Doc, act: Statement, statements: list[Statement]) -> bool:
    """Whether a stance is told inside another statement's words (`statements.told_inside`);
    that statement then tells its PLOVER type if it has none ("said they agreed that ...")."""
    teller = told_inside(doc, act, statements)
    if teller is not None and teller.plover is None:
        teller.plover, teller.target = act.plover, act.target
    return teller is not None


def _new_statements(known: list[Statement], acts: list[Statement]) -> list[Statement]:
    """Stances taken in words ("welcomed the truce") that the statement finder has not read
    already; one it has read by the same cue takes the act's PLOVER type if it has none."""
    new = []
    for a in acts:
        same = [st for st in known if st.cue.start < a.cue.end and a.cue.start < st.cue.end]
        for st in same:
            if st.plover is None:
                st.plover, st.target = a.plover, a.target
        if not same:
            new.append(a)
    return new


# Verbs by which a speaker asks others to act: "we urge the sides to resume talks".
APPEAL_VERBS = {"call", "urge", "appeal", "encourage", "ask", "invite", "exhort"}


def quoted_parties(doc: Doc, statements: list[Statement], events: EventResult) -> None:
    """ "I have arrived for the talks", "we met": the speaker of the words is the party their
    first person names."""
    for event, trig in zip(events.events, events.triggers, strict=True):
        for start, end in trig:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            # The clause of the event word only: "we agreed that they must meet" is not ours.
            clause = span.root
            for _ in range(3):  # up from "talks" through "for" to "arrived"
                if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
                    break
                clause = clause.head
            if not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in clause.children):
                continue
            if clause.lemma_.lower() in APPEAL_VERBS:
                continue  # "we call on the parties to negotiate": the parties would, not we
            for st in statements:
                inside = st.content.start <= start < st.content.end
                if inside and st.speaker and st.speaker not in event.participants:
                    event.participants.append(st.speaker)
                    break


def link_statements(
    statements: list,  # type: ignore[type-arg]
    events: EventResult,
    timeline: Timeline | None = None,
    actors: ActorIndex | None = None,
    gz: Gazetteer | None = None,
) -> None:
    """A statement is about the events whose trigger words lie in its content or sentence.
    With the article's timeline, each statement's date is read from it (`date_statements`)."""
    for st in statements:
        lo = min(st.content.start, st.evidence.start)
        hi = max(st.content.end, st.evidence.end)
        st.about = [
            i for i, trig in enumerate(events.triggers) if any(lo <= s < hi for s, _e in trig)
        ]
    if timeline is not None:
        date_statements(timeline, statements, events.events, events.triggers, actors, gz)
        return
    for st in statements:
        if st.date is None:
            # Undated report of a past event: it was said once the event had happened.
            held = [
                events.events[i]
                for i in st.about
                if events.events[i].status == "held" and events.events[i].date
            ]
            if held:
                st.date = held[0].date
