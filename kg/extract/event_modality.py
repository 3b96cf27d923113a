"""Modality of an event word: happened, planned, called off, postponed, only proposed or
demanded, negated or hypothetical, read from the word's syntactic neighbourhood.

A trigger inside a proposal (`a roadmap which includes a 30-day ceasefire`, `a call for
negotiations`) is a topic on an agenda, not an event; negated and hypothetical ones are none.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_paths import invited_to
from kg.extract.event_journeys import purpose_of_journey
from kg.extract.event_modality_frames import (
    contrasted_away,
    under_condition,
)
from kg.extract.event_modality_phrases import (
    begun_in_past,
    called_off_by_negation,
    due,
    finite_present,
    negated_doer,
    next_period_of,
    overtaken_plan,
    own_conjunct,
    put_off,
    stage_reached,
    time_ahead,
)
from kg.extract.event_presupposed import content_told, named_by, own_words, told_before
from kg.extract.event_triggers import TRIGGERS
from kg.extract.statements import SPEECH_VERBS
from kg.model import EventStatus
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
FUTURE_CUES = {
    "would",
    "plans",
    "plan",
    "planned",
    "planning",
    "scheduled",
    "slated",
    "expected",
    "due",
    "upcoming",
    "forthcoming",
    "next",
    "resume",
    "future",
    "prepare",
    "preparing",
    "intends",
    "intend",
    "set",
    "will",
    "shall",
    "'ll",
    "going",
}
CANCEL_CUES = {"cancelled", "canceled", "cancel", "cancels", "scrapped", "called", "abandoned",
               "shelved", "shelve", "shelves"}  # fmt: skip
POSTPONE_CUES = {
    f"{stem}{end}"
    for stem in ("postpone", "delay", "reschedule", "defer", "suspend", "adjourn")
    for end in ("", "s", "d", "ed")
}
# Nouns of one party's part in an occurrence: a verb above them ("suspended its participation
# in the talks", "ended its role in the mediation") tells of that part, not of the occurrence.
SHARE_NOUNS = {"participation", "involvement", "membership", "role", "presence"}
# Verbs whose `to` complement is arranged, not done: "agreed to hold a summit".
INTENT_VERBS = {
    f"{stem}{end}"
    for stem in ("agree", "decide", "plan", "intend", "aim", "hope", "want", "prepare", "seek")
    for end in ("", "s", "d", "ed", "ing")
} | {"sought", "set"}
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
    return prep.lower_ == "of" and prep.head.lower_ in TOPIC_NOUNS and not _told_part_of(tok)


# Gathering words whose details, outcome or participants presuppose that they take place ("the
# details of the talks", unlike "the details of a ceasefire", the terms of a deal).
GATHERING_WORDS = {"talks", "negotiations", "meeting", "summit", "visit", "call", "conversation"}
# Nouns of what a gathering has, told about it: "the summit's outcome" ("no outcome of the
# summit was announced").
PART_NOUNS = {"details", "outcome", "outcomes", "result", "results", "content", "sidelines"}
# Words of taking part: "was not involved in the talks" (the talks were held without them).
TAKING_PART = {"involved", "part", "participate", "participated", "participating"}


def _told_part_of(tok: Token) -> bool:
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
    if any(c.lower_ in ("possible", "potential", "hypothetical") for c in tok.children):
        return True
    if any(c.lower_ in PROPOSED_MODS and c.i < tok.i for c in tok.children):
        return True  # "a mooted ceasefire", "the proposed swap": a proposal, not an occurrence
    if under_condition(tok) or contrasted_away(tok):
        return True  # "unless they agree to reopen talks", "rather than a truce"
    if _told_part_of(tok):
        return False
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
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
    return verb.dep_ == "xcomp" and (
        any(c.dep_ == "neg" for c in verb.head.children)
        or verb.head.lemma_.lower() in REFUSING_LEMMAS
    )


# Verbs by which their doer will not do what their infinitive tells: "refused to sign".
REFUSING_LEMMAS = {"refuse", "decline"}


def _conditional(verb: Token) -> bool:
    """The sentence of `verb` sets a condition ("if both sides agree", "unless") or a
    possibility ("could", "might"): a "would" in it is hypothetical."""
    return any(
        t.lower_ in ("if", "unless", "could", "might", "otherwise")
        for t in verb.sent
        if t.i != verb.i
    )


# Verbs whose infinitive after an event word tells when or where it will happen.
TAKING_PLACE = {"take", "begin", "start", "open", "resume", "convene", "happen", "occur", "come"}
TIME_WH = {"when", "while", "as", "after", "before", "once"}
STATUS_DEPS = ("aux", "auxpass", "advmod", "amod", "prt", "xcomp")


def _took_place(tok: Token) -> bool:
    """`a ceasefire that took effect on Sunday`, `an exchange which began at dawn`: the noun's
    own clause tells, in the simple past, that it came about."""
    return any(
        c.dep_ in ("relcl", "acl") and c.tag_ == "VBD" and c.lemma_.lower() in TAKING_PLACE
        for c in tok.children
    )


def status_of(tok: Token) -> tuple[EventStatus, bool]:
    window = [tok, *list(tok.ancestors)[:4]]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before", "following", "since"):
        window = [tok]  # "the summit was called off after the attack": the summit's fate
    if named_by(tok) and not time_ahead(tok.head):
        window = [tok]  # "will move the summit agreement forward": the agreement's future
    if _told_part_of(tok):
        window = [tok]  # "will brief reporters on the outcome of the summit": ahead is the briefing
    if tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBD", "VBN"):
        window = [tok]  # "the deal, signed on Friday, would allow ...": its own clause tells
    joined = next((k for k, t in enumerate(window) if own_conjunct(t)), None)
    if joined is not None:
        # "said raids would be suspended, and that the generals would meet": a conjoined
        # clause with a subject of its own has its own fate, not the first conjunct's.
        window = window[: joined + 1]
    # "vowed to keep talking when the envoys met in Oslo": the meeting was held; "the talks were
    # suspended after the rebels carried out an attack": the attack's clause is its own, told
    # in the past, and the words of the clause above it are not its fate.
    told = next((k for k, t in enumerate(window) if _past_time_clause(t)), None)
    if told is not None:
        window = window[: told + 1]
    # "resume" is a word of plans only as an infinitive ("talks will resume", "agreed to
    # resume"); a finite present ("rebels resume peace talks") is the headline's news of it.
    part = next((i for i, t in enumerate(window) if t.lemma_.lower() in SHARE_NOUNS), None)
    if part is not None:
        window = window[:part]  # "suspended its participation in the talks": not the talks'
    words = {t.lower_ for t in window if not (t.lower_ == "resume" and finite_present(t))}
    for t in window:
        if t != tok and t.pos_ in ("NOUN", "PROPN") and not _event_noun(t):
            continue  # "the suspended protocol for the talks": the protocol is suspended
        deps: tuple[str, ...] = STATUS_DEPS
        if t == tok and tok.pos_ == "VERB":
            # "discussed how to restart the process": an event verb's own complement is what
            # it was about, not its fate (the fate is in the verbs above it).
            deps = tuple(d for d in STATUS_DEPS if d != "xcomp")
        words.update(c.lower_ for c in t.children if c.dep_ in deps)
    for c in tok.children:
        # "the summit, which is due in Sochi", "talks to be held tomorrow"
        if c.dep_ in ("relcl", "acl"):
            words.add(c.lower_)
            words.update(x.lower_ for x in c.children if x.dep_ in STATUS_DEPS + ("acomp",))
            if is_to_clause(c) and (
                any(x.dep_ == "auxpass" for x in c.children) or c.lemma_ in TAKING_PLACE
            ):
                # "talks to be held tomorrow", "a summit to take place in May"; not what a
                # vote or a call is for ("votes to expel troops", "a call to end the war").
                return "planned", True
    if words & POSTPONE_CUES or put_off(window):
        return "postponed", True
    if called_off_by_negation(tok):
        return "cancelled", True  # "the summit, set for Monday, will not take place"
    if overtaken_plan(window):
        return "cancelled", True  # "had been due to sign on Monday": it was not signed
    if (_took_place(tok) or begun_in_past(tok)) and not words & CANCEL_CUES:
        # "the talks, which began in May, will move to Oslo", "began three rounds of talks which
        # will cover trade": the simple past tells they began, whatever is said of them next.
        return "held", False
    if _to_be_held(tok):
        return "planned", True
    if next_period_of(tok):
        return "planned", True  # "next week's G20 meeting"
    if invited_to(tok):
        return "planned", True  # "has invited both sides to negotiations in Geneva"
    if due(tok):
        return "planned", True  # "talks are due to resume in Doha", "the summit is due in May"
    if stage_reached(tok):
        return "planned", True  # "the final step of signing the agreement has arrived"
    if _made_to_happen(tok):
        return "held", False  # "the truce has enabled the parties to meet": they met
    if purpose_of_journey(tok):
        return "held", False  # "flew to Washington on Wednesday to meet Obama": news of it
    if tok.pos_ == "VERB" and is_to_clause(tok):
        return "planned", True  # "agreed to exchange prisoners": not done yet
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to") and tok.head.head.lemma_ == "agree":
        # ("agreed to a truce that took effect on Sunday" is held: `_took_place` above)
        return "planned", True  # "agreed on a prisoner swap": agreed, not yet carried out
    for t in window[1:]:
        # "agreed to hold a summit in September"
        if (
            t.dep_ == "xcomp"
            and (t.head.lower_ in INTENT_VERBS or t.head.lower_ in BE_TO | HAVE_TO)
            and is_to_clause(t)
        ):
            # (and "the ministers are to hold talks next week", "the plan is to meet", "the
            # accord still has to go through a vote": what is to be done is arranged, not done)
            return "planned", True
    if _news_infinitive(tok):
        return "planned", True  # the news style "Chinese and Japanese diplomats to hold talks"
    if words & CANCEL_CUES and ("called" not in words or "off" in words):
        return "cancelled", True
    if words & FUTURE_CUES <= ORDINAL_CUES and _subject_of_past(tok):
        return "held", False  # "the next four meetings were held in Prague": next in a series
    if (words & FUTURE_CUES or "take" in words and "will" in words) and not _presupposed(tok):
        return "planned", True
    if time_ahead(tok) and not past(tok):
        return "planned", True  # "the fourth round of talks later this month"
    return "held", False


def _presupposed(tok: Token) -> bool:
    """The clause's future is not the event's own (`event_presupposed`): what the talks were
    expected to cover (a past expectation with no time ahead: "are expected to yield a truce
    next week" is still a plan), or what follows an earlier round; unless the word itself is
    marked ahead."""
    if own_words(tok) & FUTURE_CUES:
        return False  # "the upcoming talks will focus on": ahead by its own word
    ahead = time_ahead(tok) or any(time_ahead(x) for x in tok.head.children if x.dep_ == "xcomp")
    return (content_told(tok) and past(tok) and not ahead) or told_before(tok)


def _past_time_clause(tok: Token) -> bool:
    """`tok` is the simple-past verb of an adverbial clause opened by a subordinator of time
    ("when they met", "after the rebels carried out an attack")."""
    return (
        tok.tag_ == "VBD"
        and tok.dep_ == "advcl"
        and any(c.dep_ == "mark" or c.lower_ in TIME_WH for c in tok.children)
    )


# Future cues that order an occurrence in a series rather than place it ahead ("the next
# meeting"): a verb in the past tells it took place.
ORDINAL_CUES = {"next"}


def _subject_of_past(tok: Token) -> bool:
    """`the next meetings were held`, `the next round took place`: the event word is the
    subject of a verb told in the simple past."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    tenses = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ == "VBD" for t in tenses) and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    )


def _news_infinitive(tok: Token) -> bool:
    """`Putin and Erdogan to meet in Sochi`, `X and Y to hold talks`: a sentence whose main
    verb is a bare infinitive tells, in the news style, what is to come; only the verb and
    its object are read so ("Envoys to arrive for talks" may tell of talks already held)."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and is_to_clause(verb)


# Present forms of "be" whose `to` complement is arranged ahead ("are to meet").
BE_TO = {"is", "are", "'s", "'re", "am"}
# Present forms of "have" whose `to` complement is still to be done ("still has to be signed").
HAVE_TO = {"has", "have"}


# Verbs that, in a past tense, tell that what their infinitive says happened ("managed to
# meet", "enabled the parties to meet"), unlike verbs of intent ("agreed to meet").
IMPLICATIVE = {"enabled", "allowed", "helped", "managed", "permitted", "forced", "compelled"}


def _made_to_happen(tok: Token) -> bool:
    verb = tok.head
    return (
        tok.dep_ in ("xcomp", "ccomp")
        and verb.lower_ in IMPLICATIVE
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "aux" and c.lower_ in MODALS | {"will", "to"} for c in verb.children)
    )


# Verbs whose passive infinitive after an event's phrase tells that it is arranged: "for the
# third round of talks, to be held at Attari".
HOLDING = {"held", "hosted", "convened", "organised", "organized", "staged", "conducted"}


def _to_be_held(tok: Token) -> bool:
    """`arrived for the talks, to be held at Attari`: a subjectless "to be held" right after
    the event word's phrase is said of it, wherever the parse attached it."""
    for a in [tok, *list(tok.ancestors)[:4]]:
        for c in a.children:
            if (
                c.lower_ in HOLDING
                and c.i > tok.right_edge.i
                and c.dep_ in ("advcl", "xcomp", "acl", "relcl")
                and is_to_clause(c)
                and any(x.dep_ == "auxpass" for x in c.children)
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
                and all(t.is_punct for t in tok.doc[tok.right_edge.i + 1 : c.left_edge.i])
            ):
                return True
    return False


# Nouns for a part of an event: their words tell of it ("the postponed session of talks").
UNIT_NOUNS = {"round", "rounds", "session", "sessions", "stage", "phase", "part", "leg"}


def _event_noun(tok: Token) -> bool:
    """An event word, or a noun for a part of one."""
    return tok.lower_ in UNIT_NOUNS or any(p.fullmatch(tok.text) for p, _k in TRIGGERS)


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
    return (
        head in PROPOSAL_WORDS
        or head in ABOUT_HEADS
        or head in ("plan", "plans")
        or any(p.fullmatch(tok.head.text) for p, _k in TRIGGERS)
    )


def past(tok: Token) -> bool:
    """The clause that tells of the event word is in a past tense ("met", "were held", "had
    talked"): the event happened, whatever plans other mentions tell of."""
    verb = tok
    if tok.pos_ not in ("VERB", "AUX"):
        # Only the verb that tells of the event word itself: "signed a decree on the delegation
        # for the talks" is no past of the talks.
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            verb = tok.head.head
            if verb.lower_ in ("round", "rounds", "session", "sessions") and verb.dep_ in (
                "dobj",
                "nsubjpass",
            ):
                verb = verb.head  # "held seven rounds of talks"
        if verb.pos_ not in ("VERB", "AUX"):
            return False
    if any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "'ll", "to")
        for c in verb.children
    ):
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in ("have", "has"))
            for c in verb.children
        )  # "had met", "were held", "have held": done
    )
