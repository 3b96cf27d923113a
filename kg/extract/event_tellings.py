"""An event word told of rather than done, and an event word's own time: a verb of saying or
of a stance dates its telling, not the event ("announced the talks"); a date in the event's
own phrase is the event's ("the 2011 sanctions"). Read by the event and proposal stages."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from kg.extract.act_lexicon import verb_act
from kg.extract.event_args import STANCE_ACTS, convenes
from kg.extract.statements import SPEECH_VERBS
from kg.extract.timeline_acts import done_at, occasion_part

# Verbs that tell of an event without doing it: their own date is the telling's.
TELLING_VERBS = {
    f"{stem}{end}"
    for stem in ("announc", "welcom", "thank", "prais", "criticis", "criticiz", "condemn")
    for end in ("e", "es", "ed", "ing")
} | {"discussed", "discuss", "discussing", "spoken", "spoke", "talked", "reported"}


def told_of(head: Token) -> bool:
    """A nominal event word told of by a verb of saying or of a stance ("announced the
    conclusion of the discussions", "thanked China for its role in the negotiations"): that
    verb's date is the telling's, not the event's, unless a date stands in the event's phrase."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    top, verb = head, head.head
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        top, verb = verb, verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == head.i:
        return False
    if any(t.ent_type_ == "DATE" for t in top.subtree):
        return False  # "welcomed the 2 June extension of the truce"
    if top.dep_ in ("nsubj", "nsubjpass"):
        return False  # "the meeting is expected in June": the verb tells of the event's date
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ in ("in", "during", "at") and prep.head.i == verb.i:
        return False  # "discussed air defence in a phone call on Monday": done at the event
    if occasion_part(head) is not head and done_at(verb, head):
        return False  # "talked with her counterpart on the margins of the forum": while it went on
    if convenes(verb, top):
        return False
    act = verb_act(verb)
    return (
        verb.lower_ in SPEECH_VERBS
        or verb.lower_ in TELLING_VERBS
        or (act is not None and act in STANCE_ACTS)
    )


def dated_below(tok: Token, ents: Collection[str] = ("DATE",), near: bool = False) -> bool:
    """Whether the word's own phrase carries a time of its own (an entity of `ents` below it:
    "the 2011 sanctions", "after the meeting on May 16"), a day of the phrase rather than of
    its clause; `near`: only a dependent or the object of a dependent preposition ("visits
    this week", "talks on Monday", "Friday's talks"), not a clause further down."""
    if near:
        return any(
            c.ent_type_ in ents
            or (c.dep_ == "prep" and any(x.ent_type_ in ents for x in c.children))
            for c in tok.children
        )
    return any(t.ent_type_ in ents for t in tok.subtree if t.i != tok.i)
