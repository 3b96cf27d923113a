"""Phrases that tell an event's status by themselves, for `kg.extract.event_modality`: a
stage reached, "due", putting off in phrasal verbs."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns for the point in time or in a process at which an event is due ("the final step of
# signing", "the time for talks"), and the verbs that say that point is now reached.
STAGE_NOUNS = {"step", "stage", "time", "moment", "hour", "day", "phase"}
REACHED = {"arrive", "come", "approach", "near"}


def stage_reached(tok: Token) -> bool:
    """`the final step of signing the agreement has arrived`, `the time for talks has come`:
    the event is the stage a process has now reached, so it is ahead, not done. Only a present
    (perfect) tense: "the day of the summit came" narrates what followed."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("of", "for"):
        return False
    stage = prep.head
    verb = stage.head
    if stage.lower_ not in STAGE_NOUNS or stage.dep_ != "nsubj" or verb.lemma_ not in REACHED:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True  # "the moment of signing nears"
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "is", "are") for c in verb.children)


# Phrasal verbs of putting off: "put off until June", "pushed back to April", "put on hold".
PUTTING = {"put", "push", "move"}


def put_off(window: list[Token]) -> bool:
    for verb in window[1:]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PUTTING:
            continue
        kids = list(verb.children)
        if any(c.dep_ == "prt" and c.lower_ in ("off", "back") for c in kids):
            return True
        if any(c.lower_ == "on" and any(x.lower_ == "hold" for x in c.children) for c in kids):
            return True
    return False


def due(tok: Token) -> bool:
    """The event word is the subject of "due" (to happen, or at a place or time), not of
    "due to" a cause ("the talks were cancelled due to the war")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ == "acomp"
        and c.lower_ == "due"
        and not any(x.dep_ == "prep" and x.lower_ == "to" for x in c.children)
        for c in tok.head.children
    )


def finite_present(verb: Token) -> bool:
    """`rebels resume talks`: a verb with its own subject and no auxiliary (no "will", no
    "to") is a finite present, whatever tag the parser gave the bare form."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
