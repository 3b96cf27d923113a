"""Who placed a phone call: the guidelines' `initiated_by` of a call, read from the way the
text tells it. A call "from" someone ("the minister received a phone call from her
counterpart") was placed by them; so was one told with its caller as the subject of a verb of
calling that takes the one called as object ("the president telephoned the prime minister",
"the envoy rang him", "made a call to the king").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.event_parties_roles import INITIATOR_RE, actor_after
from kg.extract.index import ActorIndex
from kg.model import Event
from kg.nlp import doc_text

# Nouns that name a call ("a phone call from", "a telephone call from"; the head of the phrase).
CALL_NOUNS = {"call", "phonecall", "conversation"}
# Verbs whose subject places the call and whose object is the one called.
CALLING_VERBS = {"call", "phone", "telephone", "ring", "dial"}
# Verbs with which a caller places a call to someone ("made a call to", "placed a call to").
PLACING_VERBS = {"make", "place"}


def caller(head: Token, kind: str, actors: ActorIndex) -> str | None:
    """The actor who placed the call (an event of `kind` "phone_call") the event word `head`
    names, if the text tells it."""
    if kind != "phone_call":
        return None
    if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in CALL_NOUNS:
        return _from_whom(head, actors) or _placed_by(head, actors)
    if head.pos_ == "VERB" and head.lemma_.lower() in CALLING_VERBS:
        if not any(k.dep_ == "dobj" for k in head.children):
            return None  # "the two leaders spoke by phone"; "called for talks": no one called
        if any(k.dep_ == "auxpass" for k in head.children):
            return None  # "he was called by ...": read from the agent, not the subject
        return _subject(head, actors)
    return None


# Verbs of taking a call: the parse may hang its "from" on them ("received a call on Monday
# from her counterpart").
RECEIVING_VERBS = {"receive", "get", "take", "answer", "accept"}


def _from_whom(noun: Token, actors: ActorIndex) -> str | None:
    """ "a phone call from her counterpart": the one the call came from."""
    holders = [noun]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS:
        holders.append(noun.head)
    for prep in (k for h in holders for k in h.children):
        if prep.dep_ == "prep" and prep.lower_ == "from":
            obj = next((k for k in prep.children if k.dep_ == "pobj"), None)
            if obj is not None:
                return _actor_of(obj, actors)
    return None


def _placed_by(noun: Token, actors: ActorIndex) -> str | None:
    """ "made a call to the king": the subject of the verb placing the call, when the call
    goes to someone."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in PLACING_VERBS:
        return None
    if not any(k.dep_ == "prep" and k.lower_ == "to" for k in noun.children):
        return None
    return _subject(noun.head, actors)


def _subject(verb: Token, actors: ActorIndex) -> str | None:
    subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    return _actor_of(subj, actors) if subj is not None else None


def _actor_of(tok: Token, actors: ActorIndex) -> str | None:
    """The actor the phrase headed by `tok` names or stands for (a description the discourse
    stage resolved: "the top official")."""
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return actors.resolve(start, end)


# Words for the call as the subject of that sentence. "Talks" name a call only with a phone
# word ("the telephone talks"): alone they are as often a meeting of the same story.
CALL_SUBJECTS = {"call", "conversation", "phonecall"}
TALK_NOUNS = {"talk", "talks"}
PHONE_WORDS = {"phone", "telephone", "video", "telephonic", "phone-call"}


def initiator_told_apart(doc: Doc, events: Sequence[Event], actors: ActorIndex) -> None:
    """Give the story's one phone call the initiator a sentence tells of "the call" apart from
    its own ("That call was initiated by Arland"; "Their conversation took place at the
    initiative of Brel"). Only when the story tells of one call: "the call" is then that one."""
    calls = [e for e in events if e.kind == "phone_call"]
    if len(calls) != 1 or calls[0].initiator is not None:
        return
    text = doc_text(doc)
    for m in INITIATOR_RE.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        if not _about_the_call(sent.root):
            continue
        who = actor_after(INITIATOR_RE, text[m.start() : sent.end_char], m.start(), actors)
        if who is not None:
            calls[0].initiator = who
            return


def _about_the_call(root: Token) -> bool:
    """Whether the clause under `root` has a definite call noun as its subject ("The call was
    initiated by ...", "The phone call took place ..."), or reports one that has."""
    clauses = [root, *(k for k in root.children if k.dep_ in ("ccomp", "parataxis"))]
    for verb in clauses:
        for k in verb.children:
            if k.dep_ not in ("nsubj", "nsubjpass") or not _names_a_call(k):
                continue
            if any(_definite(d) for d in k.children):
                return True
    return False


def _names_a_call(noun: Token) -> bool:
    """Whether `noun` names a call: a call noun, or talks a phone word modifies."""
    lemma = noun.lemma_.lower()
    if lemma in CALL_SUBJECTS:
        return True
    return lemma in TALK_NOUNS and any(c.lower_ in PHONE_WORDS for c in noun.lefts)


def _definite(det: Token) -> bool:
    """Whether `det` makes a call noun definite: "the", "that", "their", or "today's" (which
    the parser splits into a possessive "today" and "'s")."""
    if det.dep_ == "poss" and det.lower_ == "today":
        return True
    return det.lower_ in ("the", "this", "that", "their")
