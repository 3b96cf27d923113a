"""The extraction pipeline: article in, `Extraction` out.

    from kg.extract.pipeline import Pipeline
    pipe = Pipeline()                      # loads the spaCy model once per process
    extraction = pipe.extract(article)
    for extraction in pipe.extract_many(articles, batch_size=32): ...

Stages run in the order of `STAGES` (names to stage classes, fixed at import): actors first,
then the discourse model that resolves pronouns and descriptions to them, because statements
and events resolve speakers and participants through the actor index.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg import gazetteer, nlp
from kg.event_types import plover_type
from kg.extract.actions import find_actions
from kg.extract.actors import ActorFinder, ActorIndex
from kg.extract.discourse import Discourse
from kg.extract.events import EventFinder, EventResult
from kg.extract.speech_acts import type_statements
from kg.extract.statements import StatementFinder
from kg.model import Article, Extraction

log = logging.getLogger(__name__)

STAGES: dict[str, type] = {
    "actors": ActorFinder,
    "discourse": Discourse,
    "statements": StatementFinder,
    "events": EventFinder,
}
# Raised when the rules change what an article yields, so that each graph's provenance tells
# which rules made it (2: a quotation that goes on past its attribution is one statement per
# quoted stretch). `kg ingest --force` re-extracts articles stored by older rules.
_RULES_VERSION = "2"


def extractor_version(model: str | None = None) -> str:
    return f"parley-extract/{_RULES_VERSION}+{nlp.version(model)}"


class Pipeline:
    def __init__(self, model: str | None = None) -> None:
        self.nlp = nlp.load(model)
        self.version = extractor_version(model)
        gz = gazetteer.default()
        self.actors = ActorFinder(gz)
        self.discourse = Discourse(gz)
        self.statements = StatementFinder()
        self.events = EventFinder(gz)

    def extract(self, article: Article) -> Extraction:
        return self.from_doc(self.nlp(article.text), article)

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 16
    ) -> Iterator[Extraction]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self.from_doc(doc, article)

    def from_doc(self, doc: Doc, article: Article) -> Extraction:
        index: ActorIndex = self.discourse(doc, article, self.actors(doc, article))
        statements = self.statements(doc, article, index)
        events: EventResult = self.events(doc, article, index)
        type_statements(doc, statements, index)
        # Acts are read after statements and events so that a speech act or an event word
        # already coded is not coded twice. An untyped cue may still name an act done: the
        # statement finder reads "Canada imposed sanctions" as a statement too.
        taken = [(st.cue.start, st.cue.end) for st in statements if st.plover]
        words = [t for trig in events.triggers for t in trig]
        acts = find_actions(doc, article, index, taken + words, words)
        _refine_attacks(events, acts)
        events.events += acts.events
        events.triggers += acts.triggers
        link_statements(statements, events)
        for event in events.events:
            event.plover = event.plover or plover_type(event)
        return Extraction(
            article=article, actors=index.actors, statements=statements, events=events.events
        )


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


def link_statements(statements: list, events: EventResult) -> None:  # type: ignore[type-arg]
    """A statement is about the events whose trigger words lie in its content or sentence."""
    for st in statements:
        lo = min(st.content.start, st.evidence.start)
        hi = max(st.content.end, st.evidence.end)
        st.about = [
            i for i, trig in enumerate(events.triggers) if any(lo <= s < hi for s, _e in trig)
        ]
        if st.date is None:
            # Undated report of a past event: it was said once the event had happened.
            held = [
                events.events[i]
                for i in st.about
                if events.events[i].status == "held" and events.events[i].date
            ]
            if held:
                st.date = held[0].date


EXTRACTOR_VERSION = f"parley-extract/{_RULES_VERSION}+{nlp.model_name()}"
