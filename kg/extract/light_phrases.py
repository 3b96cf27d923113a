"""Phrases of saying built from a light verb and a noun: `came to the conclusion that ...`,
`gave assurances that ...`, `took a swipe at X`, `attached importance to X`, `raised the issue
of X`. The verb alone says nothing (`took`, `gave`, `came`), so no verb list reads them; the
noun is what names the words, and the content hangs on the noun (its clause or the object of
its preposition) rather than on the verb."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a view or an undertaking put in words, whose clause is what was said: "came to the
# conclusion that ...", "gave assurances that ...", "made the point that ...".
CLAUSE_NOUNS = {
    "conclusion",
    "view",
    "opinion",
    "assurance",
    "assurances",
    "point",
    "argument",
    "case",
    "impression",
    "conviction",
    "belief",
    "guarantee",
    "guarantees",
}
# Nouns of a stance or a topic put in words, with the preposition that brings what it is
# about: "took credit for the deal", "took swipes at Bush", "attached importance to talks",
# "raised the issue of the prisoners".
PREP_NOUNS = {
    "credit": ("for",),
    "swipe": ("at",),
    "swipes": ("at",),
    "whack": ("at",),
    "jab": ("at",),
    "jabs": ("at",),
    "dig": ("at",),
    "digs": ("at",),
    "potshot": ("at",),
    "potshots": ("at",),
    "shot": ("at",),
    "shots": ("at",),
    "aim": ("at",),
    "exception": ("to",),
    "importance": ("to",),
    "significance": ("to",),
    "priority": ("to",),
    "issue": ("of",),
    "question": ("of",),
    "matter": ("of",),
    "subject": ("of",),
    "topic": ("of",),
}
# The light verbs (lemmas) that carry such a noun, with the preposition that brings it when
# it is not their object ("came to a conclusion", "arrived at the view").
LIGHT_VERBS = {
    "take",
    "give",
    "offer",
    "make",
    "reach",
    "attach",
    "bring",
    "raise",
    "come",
    "arrive",
}
LIGHT_PREPS = {"come": ("to",), "arrive": ("at",)}
# A topic noun names words only when one brings it up ("raised the question of", "brought up
# the issue of"); "took the issue of" or "gave the matter of" is no saying.
TOPIC_VERBS = {"bring", "raise"}
TOPIC_NOUNS = {"issue", "question", "matter", "subject", "topic"}
# Nouns of a weight given, which are themselves what was said of the thing: "attached great
# importance to the talks" says the talks matter, so the content keeps the noun.
WEIGHT_NOUNS = {"importance", "significance", "priority"}


def light_phrase(verb: Token) -> tuple[int, int] | None:
    """The content of `verb` read as a light verb with a noun of saying, or None."""
    lemma = verb.lemma_.lower()
    if lemma not in LIGHT_VERBS:
        return None
    noun = _noun(verb, lemma)
    if noun is None:
        return None
    name = noun.lower_
    if name in TOPIC_NOUNS and lemma not in TOPIC_VERBS:
        return None
    if name in TOPIC_NOUNS:
        # "raised the issue of exhuming the remains": the topic is the whole noun phrase.
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return _span(noun.left_edge, noun.right_edge) if of is not None else None
    if name in CLAUSE_NOUNS:
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _finite(c)), None)
        if clause is None:
            return None
        toks = [x for x in clause.subtree if not (x.dep_ == "mark" and x.head.i == clause.i)]
        return _span(toks[0], toks[-1])
    preps = PREP_NOUNS.get(name, ())
    # The preposition hangs on the noun ("credit for") or, as often, on the verb ("attached
    # importance to"); either way after the noun.
    for head in (noun, verb):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in preps and prep.i > noun.i:
                obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and name in WEIGHT_NOUNS:
                    return _span(noun.left_edge, obj.right_edge)
                if obj is not None:
                    return _span(obj.left_edge, obj.right_edge)
    return None


def _noun(verb: Token, lemma: str) -> Token | None:
    """The verb's object, or the object of its own preposition (`came to a conclusion`)."""
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None:
        return dobj if dobj.lower_ in CLAUSE_NOUNS or dobj.lower_ in PREP_NOUNS else None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in LIGHT_PREPS.get(lemma, ()):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ in CLAUSE_NOUNS:
                return pobj
    return None


def _finite(clause: Token) -> bool:
    """A clause with a subject of its own: "that they would work ...", not "to work"."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _span(first: Token, last: Token) -> tuple[int, int]:
    while last.i > first.i and last.is_punct:
        last = last.doc[last.i - 1]
    return first.idx, last.idx + len(last)
