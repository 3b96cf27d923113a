"""Which events the rules found a reader would count: a learned check (issue 15).

The event rules read trigger words with their modality, arguments and coreference; on news
they were not tuned on about half of what they keep is no event of the gold (a possibility, a
topic, an occurrence told in passing, one occurrence told twice). A linear model (logistic
regression) gives each final event the probability that an annotator counts it, from what the
pipeline knows of it: its kind and status, its trigger word and how that stands in its clause
(verbal or nominal, tense, modal, negation, the verbs above it: "could", "calls for"), whether
it lies in a quotation or a statement's words, where in the story it is told (headline, lead),
how many mentions were merged into it, its parties (how many, of which types, whether the
clause's subject is one), and whether it has a date, a place, a mediator. No article's words
beyond the trigger and the verbs above it (lemmas of general vocabulary) are features.

Input: the parsed `Doc`, the article, the `ActorIndex`, the statements and the `EventResult`
once events are final (after acts, attacks and quoted parties). Output: the `EventResult`
without the events below the threshold (`EventCheck.__call__`), and the indices of the events
kept, so that the statements' links (`Statement.about`) can follow.

Weights: `event_check.json` beside this module, trained by `bench/train_events.py` on the
tuning pool (see README "Learned event check", with the numbers of each set left out of the
fit); `KG_EVENT_CHECK=off` keeps every event the rules found.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.config import env
from kg.extract.event_coref import EventResult
from kg.extract.index import ActorIndex
from kg.extract.linear_weights import LinearModel, weights_at
from kg.extract.statement_spans import find_quotes, headline_end
from kg.model import Article, Event, Statement
from kg.nlp import doc_text

log = logging.getLogger(__name__)
# Its KG_* variable and default; the pipeline records it in the extractor's name when set.
# On by default since session 35: fitted on the tuning pool of 452 stories, it beat keeping
# every event on each silver set left out of its fit but one (README "Learned event check");
# `off` keeps every event, a path loads other weights.
SETTING = ("EVENT_CHECK", "on")

WEIGHTS_PATH = Path(__file__).with_name("event_check.json")

# Words above a trigger that make its occurrence a possibility, a wish or a demand rather than
# a fact; their lemmas are features of their own whatever the rules decided of them.
HEDGES = {
    "could",
    "would",
    "may",
    "might",
    "should",
    "must",
    "can",
    "if",
    "unless",
    "whether",
    "call",
    "urge",
    "want",
    "hope",
    "seek",
    "plan",
    "expect",
    "propose",
    "offer",
    "demand",
    "ask",
    "need",
    "possible",
    "possibility",
    "ready",
    "willing",
}
# How many heads above the trigger are read ("held" -> "talks", "said" -> "held").
_ANCESTORS = 3


def load_model() -> LinearModel | None:
    """`KG_EVENT_CHECK=on` (the default) loads `event_check.json` beside this module, a path
    the weights there, `off` none: every event the rules found is kept. Read at each call, so
    that a changed setting (a test's, a trainer's) takes effect; each value's file once."""
    return _model_for(env(*SETTING))


@cache
def _model_for(value: str) -> LinearModel | None:
    path = weights_at(value, WEIGHTS_PATH, "event check", "every event found is kept")
    return None if path is None else LinearModel.read(path)


@dataclass
class Context:
    """What the story around the events is: where quotations, statements and the headline
    lie, and which words name actors."""

    text: str
    title_end: int
    lead_end: int  # end of the first body paragraph
    quotes: list[tuple[int, int]]
    contents: list[tuple[int, int]]
    named: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, actor id

    def actor_at(self, offset: int) -> str | None:
        """The actor whose name or reference covers the character at `offset`."""
        return next((a for s, e, a in self.named if s <= offset < e), None)

    @classmethod
    def of(cls, doc: Doc, index: ActorIndex, statements: list[Statement]) -> Context:
        text = doc_text(doc)
        title_end = headline_end(text)
        body = title_end + len(text[title_end:]) - len(text[title_end:].lstrip())
        lead_end = text.find("\n", body)
        named = [(m.start, m.end, m.actor) for m in [*index.mentions, *index.refs]]
        return cls(
            text=text,
            title_end=title_end,
            lead_end=len(text) if lead_end == -1 else lead_end,
            quotes=find_quotes(text),
            contents=[(st.content.start, st.content.end) for st in statements],
            named=named,
        )


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n == 2 else "3+"


def _head(doc: Doc, span: tuple[int, int]) -> Token | None:
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    return None if s is None else s.root


def _clause(tok: Token) -> Token:
    """The verb whose clause the trigger is told in: itself when verbal, else the verb above
    its noun phrase ("held" for "held talks", "said" for "the talks, he said")."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _where(start: int, context: Context) -> str:
    if start < context.title_end:
        return "headline"
    if start < context.lead_end:
        return "lead"
    return "early" if start < len(context.text) // 3 else "late"


def features(
    doc: Doc, event: Event, trigger: list[tuple[int, int]], index: ActorIndex, context: Context
) -> list[str]:
    """The features of one final event and its trigger words (the first is its word)."""
    kind = event.kind
    out = ["bias", f"kind={kind}", f"status={event.status}", f"kind={kind}|{event.status}"]
    out += [f"mentions={_bucket(len(trigger))}", f"mentions={_bucket(len(trigger))}|{kind}"]
    heads = [h for h in (_head(doc, t) for t in trigger) if h is not None]
    sents = {h.sent.start for h in heads}
    out.append(f"sentences={_bucket(len(sents))}")
    parts = event.participants
    out += [f"parties={_bucket(len(parts))}", f"parties={_bucket(len(parts))}|{kind}"]
    types = {a.id: a.type for a in index.actors}
    out += sorted({f"party_type={types.get(p, 'none')}" for p in parts})
    if parts and all(types.get(p) == "Person" for p in parts):
        out.append("persons_only")
    for name, value in (
        ("mediator", event.mediator),
        ("initiator", event.initiator),
        ("target", event.target),
        ("location", event.location),
        ("venue", event.venue),
        ("time", event.time),
    ):
        if value is not None:
            out.append(f"has_{name}")
    if event.date is None:
        out += ["date=none", f"date=none|{kind}"]
    else:
        grain = "day" if event.date.day else "month" if event.date.month else "year"
        out.append(f"date={grain}")
    if event.topics:
        out.append("topics")
    if event.proposals:
        out.append("proposals")
    # (The event's PLOVER act is no feature: with it the check dropped acts the typer had
    # right, and with each set left out it did no better.)
    positions = {_where(s, context) for s, _e in trigger}
    out += sorted(f"told_in={p}" for p in positions)
    if positions == {"headline"}:
        out.append("headline_only")
    first = trigger[0][0]
    if all(any(qs <= s < qe for qs, qe in context.quotes) for s, _e in trigger):
        out.append("quoted")
    if all(any(cs <= s < ce for cs, ce in context.contents) for s, _e in trigger):
        out += ["in_content", f"in_content|{event.status}"]
    head = _head(doc, trigger[0])
    if head is None:
        return out
    lemma = head.lemma_.lower()
    out += [f"lemma={lemma}", f"lemma={lemma}|{kind}", f"pos={head.pos_}", f"dep={head.dep_}"]
    out.append(f"pos={head.pos_}|{kind}")
    if head.dep_ == "pobj":
        out.append(f"prep={head.head.lower_}")
    verb = _clause(head)
    if verb.i != head.i:
        out.append(f"gov={verb.lemma_.lower()}")
    tense = verb.morph.get("Tense", [])
    form = verb.morph.get("VerbForm", [])
    out.append(f"tense={tense[0] if tense else form[0] if form else 'none'}")
    for c in verb.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            out.append(f"modal={c.lower_}")
        elif c.dep_ == "neg":
            out.append("negated")
        elif c.dep_ == "mark":
            out.append(f"mark={c.lower_}")
        elif c.dep_ in ("nsubj", "nsubjpass"):
            subj = context.actor_at(c.idx)
            out.append("subj=actor" if subj else "subj=other")
            if subj and subj in parts:
                out.append("subj=party")
    above = [t for t, _ in zip(head.ancestors, range(_ANCESTORS), strict=False)]
    for t in above:
        if t.lemma_.lower() in HEDGES:
            out.append(f"hedge={t.lemma_.lower()}")
    for t in [head, *above]:
        for c in t.children:
            if c.lower_ in HEDGES and c.dep_ in ("aux", "mark", "advmod", "amod"):
                out.append(f"hedge={c.lower_}")
    if head.sent.start_char <= first and first - head.sent.start_char < 3:
        out.append("sentence_start")
    return sorted(set(out))


def story_features(doc: Doc, events: EventResult) -> list[list[str]]:
    """What each event is among the story's others: how many of its kind, whether an earlier
    one of its kind shares a party (one occurrence told twice), whether another is told in
    its sentence."""
    starts = [trig[0][0] for trig in events.triggers]
    sents = []
    for trig in events.triggers:
        head = _head(doc, trig[0])
        sents.append(None if head is None else head.sent.start)
    out = []
    for i, ev in enumerate(events.events):
        same = [j for j, other in enumerate(events.events) if j != i and other.kind == ev.kind]
        row = [f"same_kind={_bucket(len(same))}", f"events={_bucket(len(events.events) - 1)}"]
        shared = [j for j in same if set(events.events[j].participants) & set(ev.participants)]
        if any(starts[j] < starts[i] for j in shared):
            row.append("earlier_same_parties")
        if any(starts[j] > starts[i] for j in shared):
            row.append("later_same_parties")
        if any(sents[j] == sents[i] for j in range(len(sents)) if j != i):
            row.append("shares_sentence")
        out.append(row)
    return out


def event_rows(
    doc: Doc, events: EventResult, index: ActorIndex, context: Context
) -> list[list[str]]:
    """Every event's features: its own and those among the story's others."""
    return [
        features(doc, ev, trig, index, context) + more
        for ev, trig, more in zip(
            events.events, events.triggers, story_features(doc, events), strict=True
        )
    ]


@dataclass
class EventCheck:
    """The check as a stage: `__call__` drops unlikely events and returns the kept indices.
    `examples`, when a list, receives every event's features before the check (training)."""

    model: LinearModel | None = None
    examples: list[list[str]] | None = None

    def __call__(
        self,
        doc: Doc,
        article: Article,
        index: ActorIndex,
        statements: list[Statement],
        events: EventResult,
    ) -> list[int]:
        del article  # the doc carries the text; kept for the stages' common signature
        model = self.model or load_model()
        everything = list(range(len(events.events)))
        if model is None and self.examples is None:
            return everything
        rows = event_rows(doc, events, index, Context.of(doc, index, statements))
        if self.examples is not None:
            self.examples.extend(rows)
            return everything
        assert model is not None
        kept = []
        for i, fs in enumerate(rows):
            p = model.probability(fs)
            if p >= model.threshold:
                kept.append(i)
            else:
                log.debug("not an event a reader counts (p %.2f): %s", p, events.events[i].kind)
        events.events = [events.events[i] for i in kept]
        events.triggers = [events.triggers[i] for i in kept]
        return kept
