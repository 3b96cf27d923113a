"""The third parties of an event: who mediates or hosts talks between others and who asked
for them, read from the event word's neighbourhood and its sentence ("mediated by Qatar and
Egypt", "Qatar, the mediator of the talks", "hosted talks between A and B", "at the request
of Kenya")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.act_lexicon import verb_lemma
from kg.extract.index import ActorIndex

# Nouns for the third party of talks: "Qatar, the mediator of the talks", "the facilitators of
# the Jeddah talks".
MEDIATOR_NOUNS = {
    f"{stem}{end}"
    for stem in ("mediator", "facilitator", "broker", "host", "sponsor", "guarantor")
    for end in ("", "s")
}
MEDIATOR_RE = re.compile(
    r"\b(?:mediated|brokered|facilitated|hosted)\s+by\s+|\bmediation\s+of\s+|"
    r"\bunder\s+the\s+auspices\s+of\s+|"
    r"\bwith\s+(?=[\w\s']{1,40}\bas\s+(?:a\s+|the\s+)?mediator)",
    re.I,
)
MEDIATOR_ADJ_RE = re.compile(
    r"\b([A-Z][\w']+)(?:-mediated|-brokered|'s mediation|-hosted)\b|"
    r"\bunder\s+(?:the\s+)?([A-Z][\w']+)\s+(?:auspices|facilitation|mediation)\b"
)
# Whose request or initiative an event came at: "at the request of", "on the initiative of",
# "under the invitation of", "initiated by" (events and the calls a sentence tells apart).
INITIATOR_RE = re.compile(
    r"\b(?:at|under|on)\s+(?:the\s+)?(?:request|initiative|invitation|suggestion)\s+of\s+|"
    r"\b(?:initiated|requested|proposed)\s+by\s+",
    re.I,
)
INITIATOR_POSS_RE = re.compile(
    r"\bat\s+(?P<who>(?:the\s+)?[A-Z][\w\s.-]{0,40}?)['’]s?\s+(?:request|initiative|invitation)\b"
)


def actor_after(
    pattern: re.Pattern[str], sentence: str, offset: int, actors: ActorIndex
) -> str | None:
    found = actors_after(pattern, sentence, offset, actors)
    return found[0] if found else None


# The phrase after a cue: up to a clause break, across a list of names ("mediated by Qatar,
# Egypt and the United States, ended").
_TAIL = re.compile(r"(?:[^,.;]|,(?=\s+(?:and\s+)?(?:the\s+)?[A-Z])){1,80}")


def actors_after(
    pattern: re.Pattern[str], sentence: str, offset: int, actors: ActorIndex
) -> list[str]:
    """The actors the phrase right after `pattern`'s first match names, in order."""
    m = pattern.search(sentence)
    tail = _TAIL.match(sentence, m.end()) if m else None
    if m is None or tail is None:
        return []
    return actors.all_at(offset + m.end(), offset + tail.end())


def mediating(head: Token) -> Token | None:
    """The mediator noun an event word depends on ("mediators of the Gaza talks"), if any."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in MEDIATOR_NOUNS:
        return head.head.head
    return None


def mediators(head: Token, actors: ActorIndex) -> list[str]:
    """The actors a mediator noun describes: its own phrase ("Qatar's mediators of the talks")
    and what it stands in apposition to ("the US, Egypt and Qatar, mediators of the talks").
    A gathering takes the mediators its sentence names for talks, whatever the parse made
    of the event word itself."""
    host = host_of_talks(head)
    if host is not None:
        return [a for t in host.subtree for a in actors.all_at(t.idx, t.idx + len(t))]
    noun = mediating(head)
    if noun is None:
        noun = next(
            (
                t
                for t in head.sent
                if t.lower_ in MEDIATOR_NOUNS
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
            ),
            None,
        )
    if noun is None:
        # "mediated by Qatar and Egypt": the first mediates, the others co-mediate.
        return _mediator_phrase(head, actors)
    toks = [t for c in noun.children if c.dep_ in ("poss", "compound", "amod") for t in c.subtree]
    if noun.dep_ == "appos":
        toks += [t for t in noun.head.subtree if t.i < noun.i]
    out: list[str] = []
    for t in toks:
        for a in actors.all_at(t.idx, t.idx + len(t)):
            if a not in out:
                out.append(a)
    return out or _mediator_phrase(head, actors)


# Verbs whose subject hosts or opens talks between others: "Turkish Foreign Minister Hakan
# Fidan opened the talks between Russia and Ukraine" (the guidelines' own example).
# Who launches, revives or organises talks between others stands outside them too ("the envoys
# relaunched talks between the army and the rebels").
CONVENING_VERBS = {
    "host",
    "open",
    "chair",
    "convene",
    "reconvene",
    "mediate",
    "broker",
    "facilitate",
    "launch",
    "relaunch",
    "restart",
    "revive",
    "organize",
    "organise",
    "arrange",
    "sponsor",
}


def host_of_talks(head: Token) -> Token | None:
    """The subject of "hosted talks between A and B", "will host a round of talks between A
    and B", "opened the talks between A and B": who hosts or opens talks between others
    mediates them (the guidelines' mediator)."""
    verb = head
    for _ in range(4):  # up through "a new round of talks" to the verb
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    # (`verb_lemma`: the small model's lemmas of rarer verbs keep a stray "e", `relaunche`.)
    if verb.pos_ != "VERB" or verb_lemma(verb, CONVENING_VERBS) not in CONVENING_VERBS:
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(c.dep_ == "prep" and c.lower_ == "between" for o in objs for c in o.subtree):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# Verbs whose subject asks for the event it brings its object to: "invited X for talks".
INVITING_VERBS = {"invite", "summon", "bring", "convene", "gather"}


def inviter(head: Token, actors: ActorIndex) -> str | None:
    """Who invites the parties to a gathering ("Saudi Arabia invited the delegations to Jeddah
    for talks", "Qatar invited both sides to talks"): the party at whose invitation it happens
    (the guidelines' `initiated_by`)."""
    if head.dep_ != "pobj" or head.head.lower_ not in ("for", "to"):
        return None
    verb = head.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INVITING_VERBS:
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    found = actors.all_at(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
    return found[0] if found else None


def initiator(head: Token, actors: ActorIndex) -> str | None:
    """The party at whose request, initiative or invitation the event happens ("talks held at
    the request of Kenya", "at Kenya's invitation", "invited the delegations to talks"): the
    phrase must belong to the event's own clause, not to another act its sentence tells
    ("rebels who came to Nairobi for talks, whose extradition was requested by X")."""
    sent = head.sent
    found = INITIATOR_RE.search(sent.text)
    if found is not None and _in_clause_of(head, sent.start_char + found.start()):
        who = actor_after(INITIATOR_RE, sent.text, sent.start_char, actors)
        if who is not None:
            return who
    poss = INITIATOR_POSS_RE.search(sent.text)
    if poss is not None and _in_clause_of(head, sent.start_char + poss.start()):
        who = actors.at(sent.start_char + poss.start("who"), sent.start_char + poss.end("who"))
        if who is not None:
            return who
    return inviter(head, actors)


def _in_clause_of(head: Token, char: int) -> bool:
    """Whether the phrase at `char` belongs to the clause of the event word `head`: it stands in
    the event word's own phrase ("the talks, requested by X"), or hangs on the verb that governs
    it without passing through a clause of its own ("agreed on a truce after talks in Nairobi
    mediated by Kenya"; not "the truce let them meet under the auspices of the UN")."""
    tok = next((t for t in head.sent if t.idx + len(t) > char), None)
    if tok is None:
        return False
    if any(t.i == tok.i for t in head.subtree):
        return True
    own = _verb_of(head)
    t = tok.head if tok.pos_ in ("VERB", "AUX") else tok  # "mediated by": the phrase's own verb
    while t.i != own.i:
        if (t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS) or t.head.i == t.i:
            return False
        t = t.head
    return True


# Dependencies of a verb that opens a clause of its own, with acts of its own.
CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "relcl", "acl", "conj", "pcomp", "parataxis"}


def _verb_of(tok: Token) -> Token:
    """The nearest verb at or above `tok` (the root when there is none)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _mediator_phrase(head: Token, actors: ActorIndex) -> list[str]:
    """The mediators a phrase of the event's own clause names: "talks mediated by Kenya and
    Peru", "met under UN auspices", "the Kenya-brokered truce" (not "the truce let the sides
    meet under the auspices of the UN": the auspices are the meeting's)."""
    sent = head.sent
    found = MEDIATOR_RE.search(sent.text)
    if found is not None and _in_clause_of(head, sent.start_char + found.start()):
        named = actors_after(MEDIATOR_RE, sent.text, sent.start_char, actors)
        if named:
            return named
    adj = MEDIATOR_ADJ_RE.search(sent.text)
    if adj is None:
        return []
    g = 1 if adj.group(1) else 2
    start, end = sent.start_char + adj.start(g), sent.start_char + adj.end(g)
    who = actors.at(start, end)
    return [who] if who is not None and _in_clause_of(head, start) else []
