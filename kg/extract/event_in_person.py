"""A conversation told with no medium: a call, or an encounter in person?

"X spoke with Y", "talked to", "a conversation between" say nothing of how the two spoke. The
owners' gold (realnews) and the guidelines read such a conversation as a `phone_call` when the
two are apart, and as a `meeting` when the text puts them together: at a place ("spoke with
him in Minsk", "on the sidelines of the summit"), "here" (where the writer is), at an occasion
("during his visit", "at the talks"), or face to face. In the tuning pool, every no-medium
conversation whose own words place it is gold `meeting` (seven in five sets), and none of the
gold calls told without a medium is placed so.

A medium stated anywhere in the sentence ("in a phone call, he spoke with", "a video
conversation") keeps the call.

Input: the head token of a `phone_call` trigger. Output: whether it is told in person.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.nlp import doc_text

# The medium of a call: phone, telephone, video, a virtual link; "called" as a ring (not
# "called for", "called on": demands).
MEDIUM_RE = re.compile(
    r"\b(?:tele)?phon\w*|\bvideo\w*|\bvirtual\w*|\bonline\b|\bteleconferenc\w*|"
    r"\bcall(?:s|ed)?\b(?!\s+(?:for|on|upon)\b)|\brang\b|\bdialled\b|\bdialed\b",
    re.I,
)
# Trigger words that tell a conversation with no medium of their own.
CONVERSATION_WORDS = {"spoke", "speak", "spoken", "talked", "talk", "conversation", "conversations"}
# Entity types of a place where two meet ("in Minsk", "at the Kremlin").
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Occasions at which parties are together: "during his visit", "at the summit", "at the talks".
OCCASION_NOUNS = {
    "visit", "trip", "tour", "summit", "meeting", "talks", "conference", "forum", "session",
    "reception", "dinner", "lunch", "luncheon", "breakfast", "ceremony", "sidelines", "margins",
    "residence", "palace", "headquarters", "embassy", "arrival",
}  # fmt: skip
# Prepositions that place an occurrence ("in", "at") or set it inside another ("during"); "on"
# only with the sidelines ("spoke on the visit" tells what was said).
PLACING_PREPS = {"in", "at", "on", "during", "upon"}
SIDELINES = {"sidelines", "margins", "margin", "sideline"}
# Words that say the two were together: "a face-to-face conversation", "in person".
TOGETHER_RE = re.compile(
    r"\bface[- ]to[- ]face\b|\bin[- ]person\b|\bt[e\u00ea]te[- ][a\u00e0][- ]t[e\u00ea]te\b", re.I
)


def told_in_person(head: Token) -> bool:
    """The conversation at `head` is placed where its parties are together, with no medium."""
    if head.lower_ not in CONVERSATION_WORDS:
        return False
    sent = head.sent
    if MEDIUM_RE.search(sent.text):
        return False
    text = doc_text(head.doc)
    window = text[max(sent.start_char, head.idx - 30) : min(sent.end_char, head.idx + 40)]
    if TOGETHER_RE.search(window):
        return True
    owners = _owners(head)
    # The parse often hangs the place on the party named last ("my conversations with the
    # chairman in Pyongyang"), so the objects of "with", "to" and "between" are read too.
    owners += [
        x
        for o in owners
        for c in o.children
        if c.dep_ == "prep" and c.lower_ in PARTY_PREPS
        for x in c.children
        if x.dep_ == "pobj"
    ]
    return any(_places(c) for o in owners for c in o.children)


# Prepositions that name the party spoken with.
PARTY_PREPS = {"with", "to", "between"}


def _owners(head: Token) -> list[Token]:
    """The word and, for a noun had or held, its verb: "held a conversation with X in Y"."""
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        return [head, head.head]
    return [head]


# "by phone", "over the telephone", "by telephone": the medium phrase of a gathering word.
PHONE_WORDS = {"phone", "telephone"}
MEDIUM_PREPS = {"by", "over", "on", "via"}


def told_by_phone(head: Token) -> bool:
    """`held their first talks, by telephone`, `a telephonic meeting`: a gathering word whose
    own phrase (or its verb's) gives the telephone as the medium is a call. (Video links and
    online meetings stay meetings or rounds: the gold reads them so.)"""
    for o in _owners(head):
        for c in o.children:
            if c.dep_ == "amod" and c.lower_.startswith("telephonic"):
                return True
            if c.dep_ == "prep" and c.lower_ in MEDIUM_PREPS:
                if any(x.dep_ == "pobj" and x.lower_ in PHONE_WORDS for x in c.children):
                    return True
    return False


def _places(child: Token) -> bool:
    """`in St. Petersburg`, `at the Kremlin`, `on the sidelines of`, `during his visit`,
    `here`: the phrase puts the conversation at a place or an occasion (not a time: "in
    September", nor a topic: "spoke about the visit")."""
    if child.dep_ == "advmod" and child.lower_ == "here":
        return True
    if child.dep_ != "prep" or child.lower_ not in PLACING_PREPS:
        return False
    for obj in (x for x in child.children if x.dep_ == "pobj"):
        if child.lower_ == "on":
            if obj.lower_ in SIDELINES:
                return True
            continue
        if obj.lemma_.lower() in OCCASION_NOUNS:
            return True
        if child.lower_ in ("in", "at") and obj.ent_type_ in PLACE_ENTS:
            return True
    return False


def by_video(head: Token) -> bool:
    """`the contact group held a videoconference`, `talks via video conference`: a session of
    several by a video link is a sitting of the sides, which the gold reads as talks (five of
    five in the tuning pool's sets; none as a call); a "video call" stays a call."""
    if head.lower_.startswith("videoconferenc"):
        return True
    return head.lemma_.lower() in ("conference", "link") and any(
        c.lower_ == "video" for c in head.children if c.dep_ in ("compound", "amod", "nmod")
    )
