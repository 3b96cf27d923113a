"""Which actors the actor stage found are actors of the story: a learned check (issue 14).

The guidelines: an actor speaks, acts, fills an event role or is an affected party; a name only
mentioned (a place things happen in, a leader recalled in passing, a body named as a venue) is
none. The rules (`actor_evidence`, `actor_candidates`) drop names that are plainly places,
things and venues; on news they were not written for, many such names still become actors.
A linear model (logistic regression over features of an actor and of how its names stand in
their sentences: its type, whether the gazetteer knows it, how often it is named, whether any
mention is the subject of a verb of saying or of another verb, an object, an owner, a party of
"with" or "between", a place after "in" or "at", a modifier, in a list, in the headline or a
quotation only) gives the probability that an actor is one; an actor below the threshold is
dropped with its mentions.

Only actors no statement or event names are asked about (`referenced`): a speaker, a party
or a mediator is an actor by the guidelines, and dropping one would lose what it said or did.

Input: a parsed `Doc`, the `ActorIndex` after the discourse stage (names, and the pronouns and
descriptions resolved to them, which say how much the story is about someone) and the ids to
keep. Output: the index without the actors the model drops (`drop_unlikely`); the pipeline
runs it last, after the statement and event stages.

Weights: `actor_model.json`, trained by `bench/train_actors.py` on the actor lists of the TUNE
stories (see README "Learned actor check"); on unless `KG_ACTOR_MODEL=off` (or a path to other
weights).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.extract.actor_evidence import PARTY_PREPS, first_conjunct, known_place, outlet_name
from kg.extract.entity_roles import LINKING
from kg.extract.index import ActorIndex, Mention
from kg.extract.linear_weights import LinearModel, weights_file
from kg.extract.statement_spans import find_quotes, headline_end
from kg.extract.statement_words import SPEECH_VERBS
from kg.gazetteer import Gazetteer
from kg.model import Actor, Event, Statement
from kg.nlp import doc_text

log = logging.getLogger(__name__)
# Its KG_* variable and default; the pipeline records it in the extractor's name when set.
SETTING = ("ACTOR_MODEL", "on")

WEIGHTS_PATH = Path(__file__).with_name("actor_model.json")


@cache
def load_model() -> LinearModel | None:
    """`KG_ACTOR_MODEL=on` (the default) loads the shipped weights, a path other weights, `off`
    none (every actor the rules found is kept)."""
    path = weights_file(SETTING, WEIGHTS_PATH, "actor check", "every actor found is kept")
    return None if path is None else LinearModel.read(path)


# Prepositions whose object is a party, agent or addressee ("talks with X"); "from" is a
# feature of its own.
_PARTY_PREPS = PARTY_PREPS - {"from"}
# Prepositions whose object is where something happens ("in Geneva", "at the UN").
_PLACE_PREPS = {"in", "at", "across", "near", "inside", "outside", "into", "throughout", "on"}


def mention_role(tok: Token) -> str:
    """How the name headed by `tok` stands in its clause, as one word: "say" (subject of a verb
    of saying), "subj", "be" (subject of a linking verb), "pass", "obj", "agent", "poss",
    "party" (object of "with", "between", ...), "in" (object of "in", "at", ...), "of", "from",
    "mod" (a modifier of a noun), "appos", "root" or "other"."""
    tok = first_conjunct(tok)
    dep, head = tok.dep_, tok.head
    if dep == "nsubj":
        if head.lemma_.lower() in SPEECH_VERBS or head.lower_ in SPEECH_VERBS:
            return "say"
        return "be" if head.lemma_ in LINKING else "subj"
    if dep == "nsubjpass":
        return "pass"
    if dep in ("dobj", "dative", "attr", "oprd"):
        return "obj"
    if dep in ("agent", "poss", "appos"):
        return dep
    if dep == "pobj":
        prep = head.lower_
        if prep in _PARTY_PREPS:
            return "party"
        if prep in _PLACE_PREPS:
            return "in"
        return prep if prep in ("of", "from") else "other"
    if dep in ("compound", "amod", "nmod", "npadvmod", "nummod"):
        return "mod"
    return "root" if dep == "ROOT" else "other"


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6+"


@dataclass
class Context:
    """Where the story's statements and events are: what an actor's names fall inside."""

    contents: list[tuple[int, int]] = field(default_factory=list)  # statements' words
    sentences: list[tuple[int, int]] = field(default_factory=list)  # statements' and events'

    @classmethod
    def of(cls, statements: list[Statement], events: list[Event]) -> Context:
        return cls(
            contents=[(st.content.start, st.content.end) for st in statements],
            sentences=[(st.evidence.start, st.evidence.end) for st in statements]
            + [(ev.evidence.start, ev.evidence.end) for ev in events],
        )


def _share(names: list[Mention], spans: list[tuple[int, int]]) -> str:
    n = sum(any(s <= m.start and m.end <= e for s, e in spans) for m in names)
    return "none" if n == 0 else "all" if n == len(names) else "some"


def features(doc: Doc, index: ActorIndex, actor: Actor, known: bool, context: Context) -> list[str]:
    """The features of one actor of `index`; `known`: the gazetteer knows its name."""
    text = doc_text(doc)
    names = [m for m in index.mentions if m.actor == actor.id and not m.nested]
    refs = [m for m in index.refs if m.actor == actor.id]
    kind = actor.type
    out = ["bias", f"type={kind}", f"known={known}|{kind}", f"n={_bucket(len(names))}"]
    out += [f"n={_bucket(len(names))}|{kind}", f"refs={_bucket(len(refs))}"]
    out += sorted({f"ref={m.kind}" for m in refs})
    for m in refs:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.append(f"ref_role={mention_role(span.root)}")
    if not names:
        return [*out, "no_names"]
    title_end = headline_end(text)
    quotes = find_quotes(text)
    roles: set[str] = set()
    labels: set[str] = set()
    listed = in_quote = in_title = 0
    for m in names:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        roles.add(mention_role(root))
        labels.add(root.ent_type_ or "none")
        if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
            listed += 1
        in_quote += any(qs <= m.start and m.end <= qe for qs, qe in quotes)
        in_title += m.start < title_end
    out += [f"role={r}" for r in sorted(roles)]
    # Named in someone's words only, or beside what the story reports, or in background.
    out.append(f"in_content={_share(names, context.contents)}")
    out.append(f"in_report={_share(names, context.sentences)}")
    # The strongest evidence is how a type acts: a person who only speaks, a state only "in".
    out += [f"{kind}|role={r}" for r in sorted(roles)]
    if len(roles) == 1:
        out.append(f"only={next(iter(roles))}")
    if not roles & {"say", "subj", "pass", "obj", "agent", "poss", "party"}:
        out.append(f"no_act|{kind}")
    out += [f"ner={label}" for label in sorted(labels)]
    # The tagger's label beside the type the rules gave: a "person" it reads as a place or
    # a people's adjective, a body it reads as a state, is more often a name only mentioned.
    out += [f"ner={label}|{kind}" for label in sorted(labels)]
    if listed == len(names):
        out.append("listed_only")
    if in_quote == len(names):
        out += ["quote_only", f"quote_only|{kind}"]
    if in_title == len(names):
        out.append("headline_only")
    elif in_title:
        out.append("headline")
    first = min(m.start for m in names)
    early = "early" if first < title_end + (len(text) - title_end) // 5 else "late"
    out += [f"first={early}", f"first={early}|{kind}"]
    if actor.roles:
        out.append("titled")
    if actor.members:
        out.append("members")
    words = actor.name.split()
    out.append(f"words={min(len(words), 3)}|{kind}")
    if known_place(actor.name):
        out.append("city")
    if outlet_name(actor.name):
        out.append("outlet")
    if len(words) == 1 and actor.name.isupper():
        out.append("acronym")
    if actor.name.lower().startswith("government of"):
        out.append("government_of")
    return out


def named_by(actors: list[Actor], statements: list[Statement], events: list[Event]) -> set[str]:
    """The ids some statement (speaker, relay, target), an event in a part other than
    participant (mediator, initiator, target, proposer) or another actor (as its state or
    member) names."""
    out: set[str | None] = set()
    for st in statements:
        out |= {st.speaker, st.via, st.target}
    for ev in events:
        out |= {ev.mediator, ev.initiator, ev.target}
        out |= {p.proposed_by for p in ev.proposals}
    for a in actors:
        out |= {a.country, *a.members}
    return {x for x in out if x is not None}


def referenced(actors: list[Actor], statements: list[Statement], events: list[Event]) -> set[str]:
    """The ids of the actors some statement or event names (`named_by`, and participants) or
    another actor needs (its state, a member, the body of a role)."""
    out: set[str | None] = {p for ev in events for p in ev.participants}
    out |= {r.of for a in actors for r in a.roles}
    return named_by(actors, statements, events) | {x for x in out if x is not None}


def drop_unlikely(
    doc: Doc,
    index: ActorIndex,
    gz: Gazetteer,
    keep: set[str],
    context: Context,
    model: LinearModel | None = None,
) -> None:
    """Drop the actors of `index` the model finds unlikely, except those in `keep` (the ones
    a statement or event names, `referenced`): dropping any other changes no statement and no
    event, only the story's list of actors."""
    model = model or load_model()
    if model is None:
        return
    drop = set()
    for a in index.actors:
        if a.id in keep:
            continue
        known = gz.entry_of(a.name, a.wikidata) is not None
        p = model.probability(features(doc, index, a, known, context))
        if p < model.threshold:
            log.debug("not an actor of the story (p %.2f): %s", p, a.name)
            drop.add(a.id)
    if drop:
        index.drop(drop)
