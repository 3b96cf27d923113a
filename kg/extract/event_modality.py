"""Modality of an event word: only proposed or demanded, negated or hypothetical, a subject
of talk, read from the word's syntactic neighbourhood (its status among held, planned, called
off and postponed is `event_modality_status`'s).

A trigger inside a proposal (`a roadmap which includes a 30-day ceasefire`, `a call for
negotiations`) is a topic on an agenda, not an event; negated and hypothetical ones are none.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import event_mention
from kg.extract.event_modality_frames import (
    contrasted_away,
    under_condition,
)
from kg.extract.event_modality_phrases import negated_doer
from kg.extract.event_triggers import TRIGGERS
from kg.extract.statements import SPEECH_VERBS
from kg.nlp import is_to_clause

PROPOSAL_WORDS = {
    "roadmap",
    "proposal",
    "proposals",
    "propose",
    "proposed",
    "proposes",
    "proposing",
    "offer",
    "offered",
    "offers",
    "initiative",
    "demand",
    "demands",
    "demanded",
    "conditions",
    "urge",
    "urged",
    "urges",
    "suggest",
    "suggested",
    "suggests",
    "framework",
    "idea",
    "plan",
    "insisted",
    "insists",
    "seek",
    "seeks",
    "sought",
    "push",
    "pushed",
    "pushing",
}
# Modifiers of another event or of a plan are what it is about ("the ceasefire talks", "a
# ceasefire proposal", "the truce mediators"), not occurrences of their own.
# Nouns of an agreement's text: "the ceasefire agreement" may tell of the ceasefire itself.
TEXTS = {"agreement", "deal", "accord", "pact", "treaty", "memorandum", "declaration", "protocol"}
ABOUT_HEADS = {"deal", "deals", "effort", "efforts", "process", "mediator", "mediators"}
# What may, should or must happen is a possibility or a demand, not an event.
MODALS = {"could", "would", "might", "may", "should", "can", "must", "ought"}


GOAL_PREPS = {"toward", "towards", "on", "for", "about", "over"}


# Words of aim and readiness: what they govern is sought, not done ("ready for a ceasefire",
# "the achievement of a truce", "hopes for talks").
GOAL_WORDS = {
    "ready",
    "willing",
    "prepared",
    "open",
    "eager",
    "keen",
    "achievement",
    "achieving",
    "prospect",
    "prospects",
    "hope",
    "hopes",
    "chance",
    "chances",
    "path",
    "road",
    "bid",
    "attempt",
    "attempts",
    "possibility",
    "readiness",
    "need",
    "quest",
    "pursuit",
}


# Texts that ask for what they are "on" or "for".
DEMANDING_NOUNS = {"resolution", "resolutions", "demand", "demands", "proposal", "proposals"}


def goal_of_other(tok: Token) -> bool:
    """`negotiations toward a ceasefire`: the ceasefire is what the talks are about; `ready
    for a ceasefire`, `the achievement of a truce`: sought, not done."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in GOAL_PREPS | {"of", "to"}:
        return False
    if prep.head.lower_ in GOAL_WORDS or prep.lower_ in ("toward", "towards"):
        return True  # ("moved towards the signing of a treaty": what one heads for is ahead)
    if prep.lower_ in GOAL_PREPS and DEMANDING_NOUNS & {prep.head.lower_, _before(prep)}:
        # "the UN resolutions on the release of detainees": demanded, not done (read on the
        # word before too: parsers often hang the "on" on the verb)
        return True
    if prep.lower_ not in GOAL_PREPS or prep.head.pos_ != "NOUN":
        return False  # "met for talks": the talks are the event the verb names
    return any(p.fullmatch(prep.head.text) for p, _k in TRIGGERS)


def _before(tok: Token) -> str:
    return tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""


# Word forms, not lemmas: the packaged pipeline runs without a lemmatizer.
DISCUSSION_VERBS = {
    f"{stem}{end}"
    for stem in ("discuss", "debat", "rais", "address", "review")
    for end in ("", "e", "es", "ed", "ing")
}


# Nouns that make what they are "of" a subject of talk: "the question of a truce", "the issue
# of a prisoner exchange", "the terms of a ceasefire".
TOPIC_NOUNS = {
    "question",
    "questions",
    "issue",
    "issues",
    "matter",
    "subject",
    "topic",
    "idea",
    "option",
    "options",
    "terms",
    "details",
    "modalities",
    "parameters",
}
# Verbs that turn an occurrence down: what they take is not held ("rejected talks with X",
# "ruled out a ceasefire").
REJECTING_VERBS = {
    f"{stem}{end}"
    for stem in ("reject", "refus", "dismiss", "oppos", "spurn", "decline")
    for end in ("", "e", "es", "ed", "ing", "s")
} | {"ruled", "rules", "rule", "ruling"}


# What is settled of an occurrence still to come ("discussed the resumption of talks", "the
# date of the summit was discussed"); not its results, which tell of one held.
ARRANGING_NOUNS = {
    "resumption", "continuation", "restart", "relaunch", "holding", "convening", "timing",
    "date", "venue", "format", "preparation", "organization", "organisation",
}  # fmt: skip
# Verbs of telling someone about something: what they are "on" or "about" is a subject.
INFORMING_VERBS = {
    f"{stem}{end}"
    for stem in ("brief", "inform", "updat", "report")
    for end in ("", "e", "es", "ed", "ing", "s")
}


def discussed(tok: Token) -> bool:
    """`discussed prisoner exchanges`: a subject of talks, not an exchange that took place; so
    is `raised the question of a truce`. `rejected talks with Zelensky`: turned down, not held."""
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lower_ in DISCUSSION_VERBS | REJECTING_VERBS:
        return True
    prep = tok.head
    if tok.dep_ != "pobj":
        return False
    if prep.lower_ in ("on", "about") and prep.head.lower_ in INFORMING_VERBS:
        return True  # "briefed Lavrov on the negotiations": what the briefing was about
    course = prep.head
    if (
        prep.lower_ == "of"
        and course.lemma_.lower() in ARRANGING_NOUNS
        and course.dep_ in ("dobj", "nsubjpass")
        and course.head.lower_ in DISCUSSION_VERBS
    ):
        return True  # "discussed the resumption of talks with Putin": talks still to come
    return prep.lower_ == "of" and prep.head.lower_ in TOPIC_NOUNS and not told_part_of(tok)


# Gathering words whose details, outcome or participants presuppose that they take place ("the
# details of the talks", unlike "the details of a ceasefire", the terms of a deal).
GATHERING_WORDS = {"talks", "negotiations", "meeting", "summit", "visit", "call", "conversation"}
# Nouns of what a gathering has, told about it: "the summit's outcome" ("no outcome of the
# summit was announced").
PART_NOUNS = {"details", "outcome", "outcomes", "result", "results", "content", "sidelines"}
# Words of taking part: "was not involved in the talks" (the talks were held without them).
TAKING_PART = {"involved", "part", "participate", "participated", "participating"}


def told_part_of(tok: Token) -> bool:
    """`no results of the session were released`, `she took no part in the talks`: the clause
    tells something of a gathering or of taking part in it, which presupposes the gathering:
    the clause's negation or modal is not the gathering's."""
    if tok.dep_ != "pobj" or tok.lower_ not in GATHERING_WORDS:
        return False
    prep, owner = tok.head, tok.head.head
    if prep.lower_ == "of":
        return owner.lower_ in PART_NOUNS
    return prep.lower_ == "in" and owner.lower_ in TAKING_PART


# Modifiers before an event noun that make it a proposal (the guidelines: a topic or a
# statement's content, no event).
PROPOSED_MODS = {"proposed", "mooted", "suggested", "envisaged", "envisioned", "floated"}


HYPOTHETICAL_MODS = {"possible", "potential", "hypothetical"}


def _modified(tok: Token) -> list[Token]:
    """The words that modify the event noun's phrase: its own, and those of the name it is
    parsed as in apposition to when a dashed pair of names is split off ("a potential
    Xland–Yland summit": "potential" hangs on "Xland", the summit on that name)."""
    kids = list(tok.children)
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
        kids += [c for c in tok.head.children if c.i < tok.head.i]
    return kids


def negated_or_hypothetical(tok: Token) -> bool:
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return True
    if negated_doer(tok):
        return True  # "no treaty will be ratified there"
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True  # "met informally without any official talks": no talks held
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "about", "over", "regarding", "concerning"):
        owner = tok.head.head  # "no agreement on a meeting", "no decision about talks"
        if owner.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in owner.children
        ):
            return True
    if any(c.lower_ in HYPOTHETICAL_MODS for c in _modified(tok)):
        return True
    if any(c.lower_ in PROPOSED_MODS and c.i < tok.i for c in tok.children):
        return True  # "a mooted ceasefire", "the proposed swap": a proposal, not an occurrence
    if under_condition(tok) or contrasted_away(tok):
        return True  # "unless they agree to reopen talks", "rather than a truce"
    if told_part_of(tok):
        return False
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or occasion_of_clause(tok, verb):
        return False
    reported = any(a.lower_ in SPEECH_VERBS for a in verb.ancestors)
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ == "would" and (reported or not _conditional(verb)):
            # "said Russia would start talks", "the round would be followed by consultations":
            # a plan told in the past tense; "would" with an "if" is a possibility.
            continue
        if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS):
            return True
        if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
            return True
    # "I don't want to have a wasted meeting", "refused to sign the deal", "declined to attend
    # the summit": a clause that completes a negated or a refusing verb tells of what does not
    # happen.
    if verb.dep_ == "xcomp" and (
        any(c.dep_ == "neg" for c in verb.head.children)
        or verb.head.lemma_.lower() in REFUSING_LEMMAS
    ):
        return True
    # "did not travel to the capital to sign the ceasefire": the purpose of a journey or an
    # act not made is not done either. (Told by the purpose's own verb: in "did not press them
    # to attend the talks" the talks may be held all the same.)
    return (
        verb is tok
        and verb.dep_ == "advcl"
        and is_to_clause(verb)
        and any(c.dep_ == "neg" for c in verb.head.children)
    )


# Verbs by which their doer will not do, or did not do, what their infinitive tells: "refused
# to sign", "failed to agree on a swap".
REFUSING_LEMMAS = {"refuse", "decline", "fail"}
# Prepositions of the occasion or the time of an act (`event_mention.OCCASION_PREPS`), and of
# its course ("amid", "throughout"): "did not agree during the talks", "failed to sign at the
# summit" (the talks and the summit were held; only the act was not done).
OCCASION_PREPS = event_mention.OCCASION_PREPS | {"amid", "throughout"}


def occasion_of_clause(tok: Token, verb: Token) -> bool:
    """`tok` is reached from its clause's `verb` through a preposition of occasion or time: the
    clause's negation, modal or refusal is said of the act, not of the occasion it names."""
    cur = tok
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.lower_ in OCCASION_PREPS:
            return True
        cur = cur.head
    return False


def _conditional(verb: Token) -> bool:
    """The sentence of `verb` sets a condition ("if both sides agree", "unless") or a
    possibility ("could", "might"): a "would" in it is hypothetical."""
    return any(
        t.lower_ in ("if", "unless", "could", "might", "otherwise")
        for t in verb.sent
        if t.i != verb.i
    )


def modifies_other(tok: Token) -> bool:
    """`the ceasefire talks`, `a truce proposal`: the word says what another thing is about."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and nxt is not None
        and nxt.lower_ in ("talks", "negotiations")
    ):
        # "Gaza ceasefire talks", whichever way the parse took them ("talks" as a verb, or
        # the subject of the next one)
        return True
    if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head.lower_
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_ not in TEXTS:
        # "the truce village of Panmunjom", "the hotel meeting room": the word names a thing
        # by the event it serves, not an occurrence (an agreement's text is its own matter).
        return True
    if tok.dep_ == "compound" and tok.pos_ == tok.head.pos_ == "PROPN" and _body_name(tok.head):
        return True  # "the Joint Ceasefire Monitoring Team": a body named by what it serves
    return (
        head in PROPOSAL_WORDS
        or head in ABOUT_HEADS
        or head in ("plan", "plans")
        or any(p.fullmatch(tok.head.text) for p, _k in TRIGGERS)
    )


def _body_name(head: Token) -> bool:
    """`head` ends a name that is neither an event nor an agreement's text ("... Coordination
    Team", "... Monitoring Commission"; not "... Peace Talks" nor "... Ceasefire Agreement")."""
    last = head
    while last.dep_ == "compound" and last.head.pos_ == "PROPN":
        last = last.head
    return last.lemma_.lower() not in TEXTS and not any(
        p.fullmatch(last.text) for p, _k in TRIGGERS
    )
