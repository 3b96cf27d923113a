"""The extraction pipeline: article in, `Extraction` out.

    from kg.extract.pipeline import Pipeline
    pipe = Pipeline()                      # loads the spaCy model once per process
    extraction = pipe.extract(article)
    for extraction in pipe.extract_many(articles, batch_size=32): ...

Stages run in the order of `STAGES` (names to stage classes, fixed at import): actors first,
because statements and events resolve speakers and participants through the actor index.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from kg import gazetteer, nlp
from kg.event_types import plover_type
from kg.extract.actors import ActorFinder, ActorIndex
from kg.extract.events import EventFinder, EventResult
from kg.extract.statements import StatementFinder
from kg.model import Article, Extraction

log = logging.getLogger(__name__)

STAGES: dict[str, type] = {
    "actors": ActorFinder,
    "statements": StatementFinder,
    "events": EventFinder,
}
_RULES_VERSION = "1"


def extractor_version(model: str | None = None) -> str:
    return f"parley-extract/{_RULES_VERSION}+{nlp.version(model)}"


class Pipeline:
    def __init__(self, model: str | None = None) -> None:
        self.nlp = nlp.load(model)
        self.version = extractor_version(model)
        gz = gazetteer.default()
        self.actors = ActorFinder(gz)
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
        index: ActorIndex = self.actors(doc, article)
        statements = self.statements(doc, article, index)
        events: EventResult = self.events(doc, article, index)
        link_statements(statements, events)
        for event in events.events:
            event.plover = plover_type(event)
        return Extraction(
            article=article, actors=index.actors, statements=statements, events=events.events
        )


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
