"""Acts between states that the other trigger words miss (issue 15): diplomatic ties severed or
restored, a member suspended from a body, embassies or borders closed or reopened. The
guidelines count them as `other` events. Those the act stage types by verb and object
(`act_lexicon`: "severed ties with Iran", "closed its border" are SANCTION) stay its events,
with the target it reads; these are the rest ("resumed relations", "reopened its embassy",
"suspended Mali from the bloc"). (Releases of captives, expulsions, sanctions imposed and
withdrawals from a pact are the act stage's and `event_swaps`'.)

They are told in the past by their doer ("Saudi Arabia severed ties with Iran in 2016",
"Iran reopened its embassy in Riyadh"), while the same words are as often aims or terms of a
deal ("agreed to restore ties", "a withdrawal of forces"), which are no occurrence. So only a
finite past verb with its doer and the object that makes the act counts (`relation_act`).

Input: the trigger's head token. Output: whether it names such an act.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.act_lexicon import object_act
from kg.model import EventKind

TIES = frozenset({"tie", "relation"})
TIES_VERBS = frozenset(
    {"sever", "cut", "break", "restore", "resume", "re-establish", "reestablish", "normalize",
     "normalise"}
)  # fmt: skip
BODY_ENTS = frozenset({"ORG", "GPE", "NORP"})
# What a state closes or reopens to another: its missions and its borders.
CLOSABLE = frozenset({"embassy", "consulate", "border", "airspace"})
# Verbs that stop a flow between states, and the flows: "shut off its oil production",
# "suspended all cooperation with the agency" (not "suspended talks": a status of the talks).
STOP_VERBS = frozenset({"shut", "suspend", "halt", "stop"})
FLOWS = frozenset({"production", "export", "supply", "cooperation", "flight"})
# What a state leaves: a body or a pact.
PACTS = frozenset(
    {"bloc", "union", "community", "organisation", "organization", "alliance", "treaty", "pact",
     "deal", "agreement", "accord", "initiative", "convention", "court"}
)  # fmt: skip

RELATION_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = tuple(
    (re.compile(p, re.I), k)  # type: ignore[misc]
    for p, k in (
        (
            r"\b(?:sever(?:ed)?|cut|broke|restored|resumed|re-?established|normali[sz]ed)\b"
            r"(?= (?:off )?(?:[\w-]+ ){0,3}(?:ties|relations)\b)|"
            r"\bsuspended\b(?= (?:[\w'\u2019-]+ ){1,4}from\b)|"
            # "Westland suspended its participation in the negotiations": a party leaves, the
            # talks go on
            r"\bsuspended\b(?= (?:its|their|his|her) participation\b)|"
            # "Iran reopened its embassy in Riyadh", "closed their land and sea borders to Qatar"
            r"\b(?:closed|shut|reopened)\b(?= (?:down )?(?:[\w'\u2019-]+ ){0,5}?(?:embass(?:y|ies)|"
            r"consulates?|borders?|airspace)\b)|"
            # A state leaving a state or a body: "seceded from Sudan", "declared independence",
            # "withdrew from the bloc", "pulled out of the grain deal".
            r"\bseceded\b|\b(?:declared|proclaimed)\b(?= (?:its |the )?independence\b)|"
            r"\bwithdrew\b(?= from\b)|\bpulled\b(?= out of\b)|"
            # A flow stopped: "shut off its oil production", "suspended all cooperation with
            # the agency", "halted exports through the pipeline".
            r"\b(?:shut|suspended|halted|stopped)\b(?= (?:off |down )?(?:[\w'\u2019-]+ ){0,3}?"
            r"(?:production|exports?|supply|supplies|cooperation|flights)\b)",
            "other",
        ),
    )
)


def _past_act(verb: Token) -> bool:
    """A finite past verb with its doer: "severed", "has cut" (not "to restore", "cutting",
    "will cut")."""
    if verb.pos_ != "VERB":
        return False
    if verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
    ):
        return False
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children)


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _from(verb: Token, preps: tuple[str, ...] = ("from",)) -> list[Token]:
    """What the verb's "from" names: "suspended Mali from the bloc" (or "out of": "pulled out
    of the deal", the preposition under the particle)."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    return [
        x for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
        for x in c.children if x.dep_ == "pobj"
    ]  # fmt: skip


def _left_body(tok: Token) -> bool:
    """A body or a pact one leaves: "the bloc", "ECOWAS", "the grain deal" (not "the city", "the
    meeting": a walk-out or a retreat)."""
    return tok.ent_type_ == "ORG" or tok.lemma_.lower() in PACTS


def relation_act(verb: Token) -> bool:
    """`Saudi Arabia severed diplomatic ties with Iran`, `Iran reopened its embassy in Riyadh`,
    `ECOWAS suspended Guinea-Bissau from its bodies`: the act, done."""
    if not _past_act(verb) or object_act(verb) is not None:
        # An act the act stage types ("severed ties with Iran", "closed its border with
        # Sudan": SANCTION) is its event, with the target it reads; these are the rest.
        return False
    lemma = verb.lemma_.lower()
    objs = [o.lemma_.lower() for o in _objects(verb)]
    if lemma == "secede":
        return True
    if lemma in ("declare", "proclaim"):
        return "independence" in objs
    if lemma in ("withdraw", "pull"):
        return any(_left_body(x) for x in _from(verb, ("from", "of")))
    if lemma in STOP_VERBS and any(o in FLOWS for o in objs):
        return True
    if lemma in TIES_VERBS:
        if lemma == "break" and not any(
            c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
        ):
            return False
        return any(o in TIES for o in objs)
    if lemma == "suspend" and "participation" in objs:
        return True  # "suspended its participation": a party's act of its own
    if lemma == "suspend":
        # "suspended Guinea-Bissau from its bodies": a member put out (not "suspended talks")
        return bool(_from(verb)) and any(o.ent_type_ in BODY_ENTS for o in _objects(verb))
    if lemma in ("close", "shut", "reopen"):
        return any(o in CLOSABLE for o in objs)
    return False


def dated_by_its_object(verb: Token) -> bool:
    """`withdrew from the trade pact of May 2023`: the only date of the clause names what was
    left ("of" a day: that pact's own), not the day of leaving it. (A day "in" a month hung on
    the pact by the parse, "the deal in May 2018", is still the leaving's.)"""
    left = [x for x in _from(verb, ("from", "of")) if _left_body(x)]
    named = [p for x in left for p in x.children if p.dep_ == "prep" and p.lower_ == "of"]
    inside = {t.i for p in named for t in p.subtree}
    if not any(verb.doc[i].ent_type_ == "DATE" for i in inside):
        return False
    return not any(t.ent_type_ == "DATE" and t.i not in inside for t in verb.subtree)
