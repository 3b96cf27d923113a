"""Event words told of no one occurrence: a habit ("frequently meets with ..."), an act told
in general, or a time left open ("will eventually meet"). Read by the event stage
(`events.EventFinder`), which drops them."""

from __future__ import annotations

from spacy.tokens import Token

# Adverbs of frequency: "the envoy frequently meets with the rebel chiefs" tells a
# habit, not an occurrence.
FREQUENCY = {"frequently", "often", "regularly", "routinely", "usually", "sometimes", "always"}


def habitual(head: Token) -> bool:
    """The event word's verb (or the word, a verb) is told with an adverb of frequency; or the
    word is a gerund subject of a present-tense clause, an act told in general ("meeting
    the families of captives has an effect"; a past "signing it was a mistake" tells one)."""
    if head.dep_ == "csubj" and head.tag_ == "VBG" and head.head.tag_ in ("VBZ", "VBP"):
        return True
    verb = head if head.pos_ == "VERB" else head.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in FREQUENCY for c in verb.children
    )


# "will come by at some later date", "will eventually meet": a time left open is a possibility,
# not an arrangement (the guidelines' `planned` needs one).
OPEN_TIMES = {"eventually", "someday", "sometime"}
OPEN_TIME_NOUNS = {"time", "point", "stage", "date"}


def vague_future(head: Token) -> bool:
    """The event word's verb (or the word) leaves its time open: "at some later time"."""
    verb = head if head.pos_ == "VERB" else head.head
    for c in (*head.children, *(verb.children if verb != head else ())):
        if c.dep_ == "advmod" and c.lower_ in OPEN_TIMES:
            return True
        if c.dep_ == "prep" and c.lower_ == "at":
            for obj in (x for x in c.children if x.dep_ == "pobj"):
                if obj.lemma_.lower() in OPEN_TIME_NOUNS and any(
                    x.lower_ in ("some", "later", "future") for x in obj.children
                ):
                    return True
    return False
