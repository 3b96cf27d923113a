"""An agreement named by the day it was concluded: "the November 27 maritime border agreement
between Turkey and Libya", "their obligations under the May 11 Jeddah Declaration". A text of
agreement that carries its own day is one concluded (signed, initialled) on that day, so the
noun tells an `agreement_signing` of the guidelines, dated, even where no verb of signing is
written. An agreement without a day ("the nuclear deal", "a 1994 agreement") tells none: it is
the text, spoken of, not an occurrence singled out.

Input: a trigger's head token. Output: whether its noun phrase gives it a day of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.event_signing import TRUCE_WORDS, text_before
from kg.extract.timex import MONTHS
from kg.model import EventKind

# The texts of an agreement between parties (not a law or a decree: `event_decisions`).
DATED_TEXT_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(
            r"\b(?:agreements?|deals?|accords?|declarations?|memorand(?:um|a)|treaty|treaties|"
            r"pacts?|protocols?|armistice)\b",
            re.I,
        ),
        "agreement_signing",
    ),
)
# "The Jeddah Declaration was signed in May", "the agreement signed in Beijing": the verb after
# the text it signs, which the verb patterns of `event_triggers` (the text after the verb) miss.
SIGNED_TEXT_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (re.compile(r"\bsigned\b", re.I), "agreement_signing"),
)
TEXT_NOUNS = frozenset(
    {"agreement", "deal", "accord", "declaration", "memorandum", "memoranda", "treaty", "pact",
     "protocol", "charter", "communique", "communiqu\u00e9", "roadmap", "convention"}
)  # fmt: skip
# Deals named after an event of another kind, which that kind's word tells.
OWN_KIND_WORDS = frozenset({*TRUCE_WORDS, "swap", "exchange", "prisoner", "hostage"})


def dated_text(head: Token) -> bool:
    """The agreement noun at `head` has a day in its own phrase: a month with a day number
    before it ("the May 11 Jeddah Declaration", "the 27 November deal"), or after it through
    "of" ("the accord of 27 November")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    before = list(head.doc[head.left_edge.i : head.i])
    if any(t.lower_ in OWN_KIND_WORDS for t in before):
        return False  # "the January 19 ceasefire deal": the truce, read by its own word
    if _day_of_month(before):
        return True
    after = [
        t
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for t in p.subtree
        if t.i != p.i
    ]
    return _day_of_month(sorted(after, key=lambda t: t.i))


def _day_of_month(tokens: list[Token]) -> bool:
    """A month name next to a day number (1-31) among `tokens`, in either order."""
    for a, b in zip(tokens, tokens[1:], strict=False):
        if b.i != a.i + 1:
            continue
        for mon, day in ((a, b), (b, a)):
            if mon.lower_.rstrip(".") in MONTHS and _day_number(day.text):
                return True
    return False


def _day_number(word: str) -> bool:
    digits = re.fullmatch(r"([1-3]?\d)(?:st|nd|rd|th)?", word)
    return digits is not None and 1 <= int(digits.group(1)) <= 31


def signed_text(head: Token) -> bool:
    """`signed` told of a text of agreement before it: its passive subject ("the declaration
    was signed in May", "a memorandum of understanding will be signed today"), the noun its
    participle modifies ("the agreement signed in Beijing") or the noun its relative clause
    modifies, the clause's object left out ("a port deal Addis Ababa signed with Somaliland",
    "the memorandums Turkey signed with Libya"), or "it" that points back to one."""
    if head.lower_ != "signed":
        return False
    if head.dep_ in ("acl", "relcl") and _text_noun(head.head):
        return True
    if any(c.dep_ == "dobj" and text_before(c) for c in head.children):
        return True  # "the rebels signed it": the deal told just before
    return any(c.dep_ == "nsubjpass" and _text_noun(c) for c in head.children)


def _text_noun(tok: Token) -> bool:
    return tok.lower_.rstrip("s") in TEXT_NOUNS or tok.lower_ in TEXT_NOUNS
