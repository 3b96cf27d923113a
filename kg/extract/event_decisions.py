"""Decisions taken by a named body or office holder: a resolution, law, bill, budget or decree
passed, adopted, approved, enacted or signed, and a resignation accepted or rejected. The
guidelines count them as `other` events (cabinet approvals, ratifications, votes and
resolutions passed, decrees signed) when someone named takes them on a day.

Input: the trigger's head token (the verb) and the `ActorIndex`.
Output: whether the verb takes such a decision (`decided`), and the person whose resignation is
decided on (`resigner`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.index import ActorIndex
from kg.model import EventKind

# Texts an institution decides by (not agreements between parties: signing those is
# `agreement_signing`, approving them a ratification, read by `event_triggers`).
DECISION_NOUNS = frozenset(
    {"resolution", "law", "bill", "decree", "motion", "budget", "amendment", "legislation",
     "constitution", "ordinance", "order", "statute", "act", "referendum", "resignation"}
)  # fmt: skip
DECIDING_VERBS = frozenset({"pass", "adopt", "approve", "enact", "endorse", "sign"})
# Office holders a body confirms (a vote of confidence, a confirmation): "the assembly approved
# the new cabinet", "confirmed her appointment", "approved the list of ministers". Only
# approving or confirming them is such a decision ("endorsed the government" is support).
OFFICE_NOUNS = frozenset({"cabinet", "government", "nominee", "nomination", "appointment"})
OFFICE_MEMBERS = frozenset({"minister", "nominee", "candidate", "member"})
CONFIRMING_VERBS = frozenset({"approve", "confirm"})
RESIGNATION_VERBS = frozenset({"accept", "reject", "refuse", "decline"})

_NOUNS = "|".join(sorted(DECISION_NOUNS - {"resignation", "order"}))
DECISION_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(
            r"\b(?:pass(?:ed|es)?|adopt(?:ed|s)?|approv(?:ed|es)|enact(?:ed|s)?|endorsed|"
            r"sign(?:ed|s)?)\b(?= (?:[\w'\u2019-]+ ){0,4}?(?:(?:" + _NOUNS + r")s?|"
            r"executive orders?)\b)|"
            # a body confirming office holders (`OFFICE_NOUNS`, a list of `OFFICE_MEMBERS`)
            r"\b(?:approv(?:ed|es)|confirm(?:ed|s))\b(?= (?:[\w'\u2019-]+ ){0,4}?(?:cabinet|"
            r"government|nominees?|nominations?|appointments?|list of (?:ministers|candidates|"
            r"members))\b)|"
            # "signed an order": only an official order is signed
            r"\bsign(?:ed|s)?\b"
            r"(?= (?:an?|the|his|her|its|their) (?:[\w'\u2019-]+ ){0,2}?orders?\b)|"
            r"\b(?:accept(?:ed|s)?|reject(?:ed|s)?|refused|declined)\b"
            r"(?= (?:[\w'\u2019-]+ ){0,3}?resignation\b)|"
            # the passive: "the budget was approved by the cabinet" (the span's root is the verb)
            r"\b(?:" + _NOUNS + r")s? (?:was|were|has been|have been|had been) "
            r"(?:passed|adopted|approved|enacted|endorsed|signed)\b",
            re.I,
        ),
        "other",
    ),
)


def _decision_object(verb: Token) -> Token | None:
    """The decision noun the verb governs: its object, or its passive subject ("the bill was
    passed"). An order counts as an executive one ("adopted an executive order") or a signed
    one ("signed an order": one signs only official orders), an act as a law's name ("passed
    the Patriot Act")."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        lemma = c.lemma_.lower()
        if lemma == "order":
            if verb.lemma_.lower() == "sign" or any(x.lower_ == "executive" for x in c.children):
                return c
        elif lemma == "act":
            if c.pos_ == "PROPN" or c.is_title:
                return c
        elif lemma in DECISION_NOUNS:
            return c
        elif verb.lemma_.lower() in CONFIRMING_VERBS and _office(c):
            return c
    return None


def _office(noun: Token) -> bool:
    """An office holder or a slate of them: `OFFICE_NOUNS`, or a list of `OFFICE_MEMBERS`."""
    lemma = noun.lemma_.lower()
    if lemma in OFFICE_NOUNS:
        return True
    return lemma == "list" and any(
        x.lemma_.lower() in OFFICE_MEMBERS
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for x in p.children
    )


def decided(verb: Token) -> bool:
    """`the Senate passed the budget`, `the decree was signed by the president`, `the king
    accepted the resignation of the prime minister`: a verb of deciding with its text as
    object and someone who decides (a subject, or the agent of a passive)."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    obj = _decision_object(verb)
    if obj is None:
        return False
    resignation = obj.lemma_.lower() == "resignation"
    if resignation != (lemma in RESIGNATION_VERBS):
        return False  # "signed his resignation", "rejected the bill": not these acts
    if not resignation and lemma not in DECIDING_VERBS | CONFIRMING_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "agent") for c in verb.children)


def resigner(verb: Token, actors: ActorIndex) -> list[str]:
    """The person whose resignation the verb accepts or rejects ("accepted the resignation of
    X", "rejected X's resignation")."""
    obj = _decision_object(verb)
    if obj is None or obj.lemma_.lower() != "resignation":
        return []
    toks = [c for c in obj.children if c.dep_ == "poss"]
    toks += [x for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children]
    out: list[str] = []
    for tok in toks:
        for t in tok.subtree:
            out.extend(a for a in actors.all_at(t.idx, t.idx + len(t)) if a not in out)
    return out
