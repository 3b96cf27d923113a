"""Cited sources: a report that names where its words come from.

Input: the parsed `Doc`, the `ActorIndex` and the statements the readers found (`Found`).
Output: the same statements, the cited source speaking and the reporter relaying it, without
the citing phrase read as a statement of its own.

`The ministry said ..., citing the defence ministry`, `the agency reported, quoting the
envoy`, `reported ... with reference to the press office`: the participle (or the phrase)
set on the verb of saying names whose words the report retells. So the one cited is the
original speaker and the one reporting is the relay (the guidelines' nested attribution:
the original speaker with `reported_via` the relay); and the citing words are no statement:
their object is a source, not something said. A source that is an outlet or no actor leaves
the report as it is (the press is only a medium). `Citing security concerns` cites reasons,
not a source: it stays what it is. A reporter set after its verb (`A met B, reported the
agency with reference to X`), which the parser takes for the verb's object, reported the
clause before the verb.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.index import ActorIndex
from kg.extract.source_nouns import (
    PRESS_NOUNS,
)
from kg.extract.statement_spans import Found, trim_content
from kg.nlp import doc_text, span_at

log = logging.getLogger(__name__)

# Participles whose object is the source of what is reported.
CITING = {"cite", "quote"}
# Nouns that head a source with no name ("citing officials", "quoting a report").
SOURCE_NOUNS = {
    "source",
    "sources",
    "official",
    "officials",
    "report",
    "reports",
    "statement",
    "agency",
    "spokesman",
    "spokeswoman",
    "spokesperson",
} | PRESS_NOUNS


def cited_sources(doc: Doc, found: list[Found], actors: ActorIndex) -> list[Found]:
    """The statements with their cited sources speaking (see the module docstring)."""
    citing: set[tuple[int, int]] = set()
    out: list[Found] = []
    for f in found:
        verb = _cue_verb(doc, f.cue)
        source = _cited(verb) if verb is not None else None
        if source is None:
            out.append(f)
            continue
        phrase, words = source
        if _names_source(words, actors):
            citing.add((phrase.idx, phrase.idx + len(phrase)))
        who = _source_actor(words, actors)
        if who is None or who == f.speaker or _outlet(words, actors):
            out.append(f)
            continue
        content, via = f.content, f.speaker
        if f.content[0] <= phrase.idx < f.content[1]:
            # `..., reported the agency with reference to X`: the parser took the reporter
            # set after its verb for the verb's object (and the clause's subject for the
            # reporter); what was reported is the clause before the verb.
            before = _clause_before(doc, verb) if verb is not None else None
            if before is None:
                out.append(f)
                continue
            content, via = before, None
        log.debug("cited source speaks: %s", words.text)
        out.append(
            replace(
                f,
                speaker=who,
                speaker_span=(words.left_edge.idx, words.right_edge.idx + len(words.right_edge)),
                content=content,
                via=via,
            )
        )
    out = [f for f in out if f.cue not in citing]
    # `..., <Agency> reports with reference to X` is read here and by the agency reader
    # (`statement_learned`) alike: once X speaks in both, the same words by the same speaker
    # are one statement, kept under the first cue.
    return [f for k, f in enumerate(out) if not any(_covered(f, g) for g in out[:k])]


def _covered(f: Found, g: Found) -> bool:
    """Whether `g` already gives `f`'s words to `f`'s (named) speaker."""
    return f.speaker is not None and f.speaker == g.speaker and f.content == g.content


def _clause_before(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The clause a verb of saying set after it closes (`A met B, reported ...`): from the
    sentence's start to the comma before the verb."""
    sent = verb.sent
    if verb.i < sent.start + 3 or doc[verb.i - 1].text != ",":
        return None
    span = trim_content(doc_text(doc), sent.start_char, doc[verb.i - 1].idx)
    return span if span[1] - span[0] > 3 else None


def _cue_verb(doc: Doc, cue: tuple[int, int]) -> Token | None:
    span = span_at(doc, cue[0], cue[1])
    return span.root if span is not None and len(span) else None


def _cited(verb: Token) -> tuple[Token, Token] | None:
    """The citing word set on a verb of saying and the head of the source it names:
    `..., citing X`, `..., quoting X`, `... with reference to X`."""
    # (`reported the agency with reference to X`: the phrase may hang on the reporter the
    # parser took for the verb's object.)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for c in [*verb.children, *(x for o in objects for x in o.children)]:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_ in CITING:
            if any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                continue  # a clause of its own, with its own speaker
            obj = next((x for x in c.children if x.dep_ == "dobj"), None)
            if obj is not None:
                return c, obj
        if c.dep_ == "prep" and c.lower_ == "with":
            to = _reference_to(c)
            if to is not None:
                return c, to
    return None


def _reference_to(word: Token) -> Token | None:
    """The object of `to` in `with reference to X` (not `referring to X`: mostly a topic)."""
    head = next((x for x in word.children if x.dep_ == "pobj"), word)
    if head.lower_ != "reference":
        return None
    to = next((x for x in head.children if x.dep_ == "prep" and x.lower_ == "to"), None)
    return next((x for x in to.children if x.dep_ == "pobj"), None) if to else None


def _names_source(words: Token, actors: ActorIndex) -> bool:
    """Whether the cited words name a source (an actor, an outlet, unnamed officials), not
    something said for a reason (`citing security concerns`)."""
    return (
        _source_actor(words, actors) is not None
        or _outlet(words, actors)
        or words.lower_ in SOURCE_NOUNS
        or words.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
    )


def _source_actor(words: Token, actors: ActorIndex) -> str | None:
    """The actor the source's head names: a name (`the kingdom's Defence Ministry`), or a
    pronoun resolved; not an actor the words only mention (`citing the minister's remarks`,
    `citing the release of X`)."""
    named = actors.at(words.idx, words.idx + len(words))
    if named is not None or words.pos_ != "PRON":
        return named
    return actors.resolve(words.idx, words.idx + len(words))


def _outlet(words: Token, actors: ActorIndex) -> bool:
    start, end = words.left_edge.idx, words.right_edge.idx + len(words.right_edge)
    return any(s < end and start < e for s, e in actors.outlets)
