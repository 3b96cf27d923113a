"""A truce told only as a standing arrangement that someone keeps or carries out.

The guidelines count a ceasefire as an event when it happens (declared, reached, taking effect);
a deal reached is no event of its own, and neither is a truce named only as what sides must
respect, implement, maintain or monitor ("must respect the truce", "ensure the full
implementation of the ceasefire agreement", "agree to maintain the LoC ceasefire", "abide by the
ceasefire"): the clause tells an obligation or the upkeep of the arrangement (a statement's
matter), not its occurrence. Across the tuning pool such mentions are an extra `ceasefire` in
stories whose gold has none. A breach is another matter: "violations of the short-term
ceasefire" presuppose a truce that took effect, and the pool's gold counts it where no other
words tell the truce.

A truce whose own words tell its occurrence stays one: a clause in its phrase ("the ceasefire,
which came into effect on 11 April", "the ceasefire agreement with Hezbollah, which has been in
effect since November", however the parse hangs the clause), a day ("the April 11 truce"), or an
ordinal.

Such a mention still lends its parties to the truce the story tells in other words ("the
ceasefire, in effect since April 11 ... will abide by the ceasefire"): it is grouped with the
other mentions (`event_coref`), and only an event every mention of which is observed only is
dropped (`drop_observed`).

Input: the parsed `Doc` and the grouped events (`drop_observed`), or the head token of a
ceasefire word or of an agreement's text whose compound is one (`observed_only`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.event_coref import EventResult
from kg.extract.event_modality import TEXTS
from kg.extract.event_signing import TRUCE_WORDS
from kg.nlp import span_at

# Truce nouns: the truce words, and the heads of the lexicon's other `ceasefire` words
# ("cessation of hostilities", and "cease-fire" when the parse splits it at its hyphen).
TRUCE_NOUNS = {*TRUCE_WORDS, "cessation", "fire"}
# Verbs whose object is an arrangement kept or carried out ("respect the truce", "implement
# the deal", "monitor the truce", "maintain the ceasefire"); not those of a breach.
KEEPING_VERBS = {
    "respect", "observe", "honour", "honor", "uphold", "maintain", "keep", "preserve",
    "sustain", "consolidate", "strengthen", "safeguard", "protect", "enforce", "implement",
    "monitor", "supervise", "verify", "ensure", "guarantee",
}  # fmt: skip
# Their nouns, whose `of` names the arrangement ("the implementation of the ceasefire", "the
# monitoring of the ceasefire").
KEEPING_NOUNS = {
    "implementation", "implementing", "monitoring", "observance",
    "respect", "maintenance", "enforcement", "consolidation", "compliance", "adherence",
    "supervision", "verification", "preservation", "strengthening",
}  # fmt: skip
# Verbs that take the arrangement through a preposition ("abide by the truce", "comply with",
# "adhere to", "committed to the ceasefire").
KEEPING_PREPS = {"abide": "by", "comply": "with", "adhere": "to", "commit": "to", "stick": "to"}
# Dependencies by which a truce's own words tell its occurrence.
OWN_CLAUSE = {"relcl", "acl"}


def drop_observed(doc: Doc, result: EventResult) -> None:
    """Drops the events all of whose trigger words are truces only observed."""
    keep = [
        i
        for i, triggers in enumerate(result.triggers)
        if not triggers or not all(_observed_at(doc, start, end) for start, end in triggers)
    ]
    result.events = [result.events[i] for i in keep]
    result.triggers = [result.triggers[i] for i in keep]


def _observed_at(doc: Doc, start: int, end: int) -> bool:
    span = span_at(doc, start, end)
    if span is None:
        return False
    head = span.root
    if head.dep_ == "compound" and head.head.lemma_.lower() in TEXTS:
        head = head.head  # "the ceasefire agreement": what is said of the text is said of it
    return observed_only(head)


def observed_only(tok: Token) -> bool:
    """`must respect the ceasefire`, `the implementation of the ceasefire agreement`, `abide by
    the truce`: the truce (or its agreement) is what an act keeps or carries out; unless its
    own words tell when it happened (`_told_of_its_own`)."""
    if tok.pos_ not in ("NOUN", "PROPN") or _told_of_its_own(tok):
        return False
    if tok.lemma_.lower() not in TRUCE_NOUNS and not _truce_text(tok):
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "respect the ceasefire and the truce"
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass"):
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in KEEPING_VERBS
    if tok.dep_ != "pobj":
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if head.lower_ == "of":
        return verb.pos_ == "NOUN" and lemma in KEEPING_NOUNS
    return KEEPING_PREPS.get(lemma) == head.lower_ and verb.pos_ in ("VERB", "ADJ")


def _truce_text(tok: Token) -> bool:
    """`the ceasefire agreement`: an agreement's text named by its truce."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in TRUCE_NOUNS for c in tok.children)


def _told_of_its_own(tok: Token) -> bool:
    """`the ceasefire, which came into effect on 11 April`, `the April 11 truce`, `the second
    ceasefire`: the truce's own words tell when it happened."""
    if any(t.dep_ in OWN_CLAUSE for t in tok.subtree if t.i != tok.i):
        return True  # (the parse may hang the clause on a word inside the phrase)
    for c in tok.children:
        if c.ent_type_ in ("DATE", "ORDINAL") or c.dep_ == "nummod":
            return True
        if c.dep_ in ("compound", "amod") and any(g.ent_type_ == "DATE" for g in c.subtree):
            return True
    return False
