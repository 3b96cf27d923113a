"""A call told by the verb alone: "Mr. Obama called Naghmeh Abedini", "Biden called Netanyahu
on Sunday" (a phone call with the person called). Not "called him a liar" (a name given),
"called on X to" or "called for" (demands), "called off" (a fate), "called the meeting" (no
one called), nor "called X to say" read by the statement stage as words only when nothing else
tells of the call.

Input: a trigger's head token. Output: whether it tells such a call.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.statement_words import CALL_COMPLEMENTS
from kg.model import EventKind
from kg.nlp import comma_between

CALL_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (re.compile(r"\b(?:called|calls|rang|telephones|contacted)\b", re.I), "phone_call"),
)
# "Erdogan spoke earlier in the day with Putin", "talked on Friday with X": a call whose party
# comes after a time phrase (the lexicon reads "spoke with" next to each other).
SPOKE_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(r"\b(?:spoke|talked)\b(?= (?:[\w'\u2019-]+ ){2,5}?with\b)", re.I),
        "phone_call",
    ),
)
# "had spoken with X", "after speaking with X": the participle and the gerund, read only with a
# person named after their own "with" (`spoken_with_person`): "speaking with reporters" or
# "speaking with a news agency" tells how words reached the press, not a call.
SPOKEN_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(r"\b(?:spoken|speaking)\b(?= (?:[\w'\u2019-]+ ){0,5}?with\b)", re.I),
        "phone_call",
    ),
)
# Complements that make "call" a naming or a demand, not a ring: "called him a liar", "called
# the talks constructive", "called on", "called for", "called off", "called up reservists".
NAMING_DEPS = CALL_COMPLEMENTS  # (the statement stage reads "called X a liar" by the same)
NOT_RINGING_PREPS = frozenset({"on", "for", "off", "up", "out", "in", "upon"})


def called_someone(head: Token) -> bool:
    """The verb's object is a name (the event stage keeps the call only when it names both
    sides), and nothing makes the verb a naming, a demand or a summons."""
    if head.pos_ != "VERB" or head.dep_ in ("acl", "amod"):
        return False  # "his group, called the Legacy Fund": a name given
    if any(c.dep_ == "auxpass" for c in head.children):
        return False  # "he was called a traitor", "the vote was called"
    objects = [c for c in head.children if c.dep_ == "dobj"]
    named = [c for c in head.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
    caller = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if not objects and len(named) == 1 and caller is not None and caller.pos_ in ("PROPN", "PRON"):
        # The parse may read "Obama called Naghmeh Abedini" as a name given (to no one); a
        # thing named so ("his group, called the Legacy Fund") has no one calling.
        objects, named = named, []
    for c in head.children:
        if c.dep_ in NAMING_DEPS and c not in objects:
            return False
        if c.dep_ in ("prep", "prt") and c.lower_ in NOT_RINGING_PREPS and not _when(c):
            return False
    if len(objects) != 1:
        return False
    obj = objects[0]
    if _quoted(obj):
        return False  # "calls Xland 'a strategic partner'": a name given in quotes
    # A second noun phrase after the object ("called it a mistake") is parsed many ways; one
    # set off by a comma describes the person rung ("called Ana Ruiz, the deputy minister").
    if any(
        c.dep_ in ("appos", "npadvmod") and c.pos_ == "NOUN" and not comma_between(obj, c)
        for c in obj.children
    ):
        return False
    return obj.pos_ == "PROPN" and obj.ent_type_ not in PLACE_ENTS


def _quoted(obj: Token) -> bool:
    """The object carries quotation marks: words given as a name or a label, not a person
    rung (a name rung is never quoted)."""
    return any(c.dep_ == "punct" and c.is_quote for c in obj.children)


# Names that are no one to ring: places, peoples, dates.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART"})


def _when(prep: Token) -> bool:
    """`on Sunday`, `in the evening`: a time, not what the call was on or for."""
    return any(x.ent_type_ in ("DATE", "TIME") for x in prep.children if x.dep_ == "pobj")


def called_parties(head: Token, actors: ActorIndex) -> list[str]:
    """The actors the verb's object (or the name the parse took for a name given) names."""
    out: list[str] = []
    for c in head.children:
        if c.dep_ in ("dobj", "oprd"):
            sub = list(c.subtree)
            out += [
                a for a in actors.all_at(sub[0].idx, sub[-1].idx + len(sub[-1])) if a not in out
            ]
    return out


def spoke_with_party(head: Token) -> bool:
    """The verb's own "with" names someone ("spoke earlier in the day with Putin"), not a
    later noun's ("spoke about the need for talks with Iran")."""
    return head.pos_ == "VERB" and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(
            o.dep_ == "pobj" and o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for o in c.children
        )
        for c in head.children
    )


def spoken_with_person(head: Token) -> bool:
    """`had spoken with Prime Minister Ana Ruiz`, `after speaking with Ruiz`: the verb's own
    "with" names a person."""
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in c.children)
        for c in head.children
    )
