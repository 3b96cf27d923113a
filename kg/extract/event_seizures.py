"""Seizures of power told in passing: coups, putsches, overthrows and ousters ("since the 2011
overthrow of the dictator", "a general who led a putsch that toppled the elected president",
"in March the army ousted the elected government"). Stories of talks and mediation tell
them as background with their own year or month; the guidelines count each as an `other`
event, held, with its doers and the leader ousted as parties and its own date (none when the
text gives none).

The same words also name no occurrence: a modifier ("coup leaders", "the ousted president",
"the post-coup government"), an aim or a fear ("vowed to oust him", "the threat of a coup",
"an attempt to topple"). So a noun counts when it heads its own phrase and is no object of
fear or aim, a verb only in a finite past, a passive or a gerund after a word of sequence
("since toppling the president").

Input: a trigger's head token and the `ActorIndex`. Output: whether it tells such a seizure
(`seized_power`) and the parties its phrase names (`seizure_parties`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.index import ActorIndex
from kg.extract.speech_acts import actors_of
from kg.model import EventKind

SEIZURE_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(
            r"\b(?:coups?|putsch(?:es)?|overthrow|ouster|ousting|toppling)\b|"
            r"\b(?:ousted|toppled|overthrew|overthrown|overthrowing)\b",
            re.I,
        ),
        "other",
    ),
)
SEIZURE_NOUNS = frozenset({"coup", "putsch", "overthrow", "ouster", "ousting", "toppling"})
SEIZURE_VERBS = frozenset({"oust", "topple", "overthrow"})
# Nouns whose "of" phrase is no occurrence: "the threat of a coup", "rumours of a putsch".
UNREAL_HEADS = frozenset(
    {"threat", "fear", "risk", "rumour", "rumor", "possibility", "danger", "spectre", "specter",
     "prospect", "plan", "plot", "warning"}
)  # fmt: skip
# Words of sequence after which a gerund tells a past act: "since toppling the president".
SEQUENCE_WORDS = frozenset({"since", "after", "following", "before"})


def seized_power(head: Token) -> bool:
    """`the 2011 overthrow of the dictator`, `a putsch that toppled the president`, `the army
    ousted the government`, `was overthrown by the junta`: a seizure of power that took place
    (see the module docstring)."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("NOUN", "PROPN") and (lemma in SEIZURE_NOUNS or head.lower_ in SEIZURE_NOUNS):
        return _occurring_noun(head)
    if head.pos_ == "VERB" and lemma in SEIZURE_VERBS:
        return _past_deed(head)
    return False


def _occurring_noun(noun: Token) -> bool:
    if noun.dep_ in ("compound", "amod", "nmod"):
        return False  # "coup leaders", "post-coup authorities": a modifier of another noun
    owner = noun.head
    if noun.dep_ == "pobj" and owner.lower_ == "of" and owner.head.lemma_.lower() in UNREAL_HEADS:
        return False
    return not any(c.dep_ == "compound" and c.lemma_.lower() == "attempt" for c in noun.children)


def _past_deed(verb: Token) -> bool:
    """A finite past ("ousted", "has toppled"), a passive ("was overthrown"), a relative clause
    in the past ("a putsch that toppled"), or a gerund after a word of sequence."""
    if verb.dep_ in ("amod", "compound", "xcomp"):
        return False  # "the ousted president", "vowed to oust him"
    if verb.tag_ == "VBG":
        return verb.dep_ == "pcomp" and verb.head.lower_ in SEQUENCE_WORDS
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(
            c.dep_ in ("auxpass", "aux") and c.lemma_ in ("be", "have") for c in verb.children
        )
    return False


def seizure_parties(head: Token, actors: ActorIndex) -> list[str]:
    """Who seized power and whom it ousted, as the phrase names them: a verb's subject or
    agent and its object (or its passive subject); a noun's possessor, its "of" or "against"
    object and, when the noun is the object of a verb ("led a putsch"), that verb's subject;
    a relative clause on the noun ("a putsch that toppled X") adds its object. An object
    that is no actor ("ousted the president's government") stands for its possessor."""
    found: list[Token] = []
    verbs = [head] if head.pos_ == "VERB" else []
    if head.pos_ != "VERB":
        for c in head.children:
            if c.dep_ == "poss":
                found.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("of", "against"):
                found += [x for x in c.children if x.dep_ == "pobj"]
            elif c.dep_ == "relcl" and c.lemma_.lower() in SEIZURE_VERBS:
                verbs.append(c)
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":
            found += [c for c in head.head.children if c.dep_ == "nsubj"]
    for v in verbs:
        if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            # "led a putsch ... and last month ousted the civilian heads": the first verb's doer
            found += [c for c in v.head.children if c.dep_ == "nsubj"]
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ not in ("WDT", "WP"):
                found.append(c)
            elif c.dep_ == "agent":
                found += [x for x in c.children if x.dep_ == "pobj"]
    out: list[str] = []
    for tok in found:
        named = _named(tok, actors)
        if not named and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
            named = [a for c in tok.children if c.dep_ == "poss" for a in _named(c, actors)]
        out.extend(a for a in named if a not in out)
    return out


def _named(tok: Token, actors: ActorIndex) -> list[str]:
    """The actor the word stands for, else those its phrase or its apposition names ("the
    ruler, X")."""
    who = actors.resolve(tok.idx, tok.idx + len(tok))
    if who is not None:
        return [who]
    out = actors_of(tok, actors)
    for c in tok.children:
        if c.dep_ == "appos":
            out += [a for a in actors_of(c, actors) if a not in out]
    return out
