"""Which occurrence an event noun is: a repeat of a series (`met again`, `the next round`),
a series told in sum (`several attacks`), an earlier one (`her last visit`), or one new to the
reader (`a meeting`) against one pointing back (`the summit`).

These tests read the noun's own determiners and modifiers (and a sentence's opening
"Earlier,"), not its modality, so they live apart from event_modality (which keeps the
happened/planned/called-off reading) to keep each module small; events.py uses both.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.timeline_words import clause_verb

REPEAT_WORDS = {
    "again",
    "another",
    "next",
    "further",
    "follow-up",
}
# "her last visit", "an earlier meeting", "the previous round": one before the story's own.
EARLIER_WORDS = {"last", "earlier", "previous", "prior"}


# Verbs that tell who takes part in an occurrence, not one more of it: "the US was again
# represented in the talks by X" tells the same talks' delegation again.
TAKING_PART_VERBS = {"represent", "participate", "attend", "take", "lead", "head", "chair"}


def repeated(tok: Token) -> bool:
    """`met again`, `another round of talks`, `the next meeting`, `will meet again for talks`:
    a new occurrence of a series, not the one told before."""
    near = [tok]
    if tok.head.lower_ in ("round", "rounds", "session", "sessions"):
        near.append(tok.head)
    elif tok.dep_ == "pobj" and tok.head.head.lemma_ not in TAKING_PART_VERBS:
        near.append(tok.head.head)
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
        near.append(tok.head)
    return any(c.lower_ in REPEAT_WORDS for t in near for c in t.children if c.dep_ != "conj")


def also_told(tok: Token) -> bool:
    """`also met X`, `also held talks with X`: the clause adds an encounter to one told before."""
    verb = tok
    if (
        tok.pos_ != "VERB"
        and tok.dep_ in ("dobj", "nsubj", "nsubjpass")
        and tok.head.pos_ in ("VERB", "AUX")
    ):
        verb = tok.head
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)


# Words that make a plural event noun a series told in sum: "previous ceasefires", "several
# attacks", "many meetings".
SERIES_WORDS = EARLIER_WORDS | {"several", "many", "numerous", "multiple", "past", "various"}


def series(tok: Token) -> bool:
    """`previous ceasefires have been violated`, `several meetings`: occurrences told in sum,
    none of which the text tells as one."""
    return tok.tag_ == "NNS" and any(
        c.lower_ in SERIES_WORDS and c.dep_ == "amod" for c in tok.children
    )


def earlier(tok: Token) -> bool:
    """`her last visit`, `an earlier meeting`, `Earlier, the envoy met`: an occurrence before
    the one the story tells, which neither the headline nor another sentence's mention is."""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and any(c.lower_ in EARLIER_WORDS and c.dep_ == "amod" for c in tok.children)
    ) or _told_earlier(tok)


def _told_earlier(tok: Token) -> bool:
    """`Earlier, the envoy met the minister`: wire copy opens a sentence with a bare "Earlier,"
    to tell an occurrence before the story's news, so the clause's events are not its news
    (a dated "Earlier on Monday" is left to the date)."""
    sent = tok.sent
    if len(sent) < 3 or sent[0].lower_ != "earlier" or sent[1].text != ",":
        return False
    verb = clause_verb(tok)
    return sent[0].head.i == verb.i and verb.dep_ == "ROOT"


def indefinite(tok: Token) -> bool:
    """`a meeting in Luanda`, `an attack on a school`: a noun with an indefinite article
    introduces an occurrence the reader has not met yet; only a definite or bare mention
    ("the talks", "Friday's round") can point back to one already told."""
    if tok.text[:1].isupper() and not tok.is_sent_start:
        return False  # "an important Peace Summit": a named occurrence, whatever its article
    return tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
    )


def definite(tok: Token) -> bool:
    """`the summit`, `this meeting`, `Friday's round`: a noun that points back to an occurrence
    the reader has met (or the story's own)."""
    return tok.pos_ in ("NOUN", "PROPN") and any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in tok.children
    )
