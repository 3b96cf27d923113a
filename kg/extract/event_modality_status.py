"""Status of an event word: held, planned, cancelled or postponed, read from the word's
syntactic neighbourhood (split from `event_modality`, which tells whether it is an occurrence).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_paths import invited_to
from kg.extract.event_journeys import purpose_of_journey
from kg.extract.event_modality import MODALS, told_part_of
from kg.extract.event_modality_phrases import (
    begun_in_past,
    called_off_by_negation,
    due,
    finite_present,
    next_period_of,
    overtaken_plan,
    own_conjunct,
    put_off,
    stage_reached,
    time_ahead,
)
from kg.extract.event_presupposed import content_told, named_by, own_words, told_before
from kg.extract.event_triggers import TRIGGERS
from kg.model import EventStatus
from kg.nlp import is_to_clause

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
# Nouns of one party's part in an occurrence: a verb above them ("froze its participation
# in the negotiations", "ended its role in the mediation") tells of that part, not of the
# occurrence.
SHARE_NOUNS = {"participation", "involvement", "membership", "role", "presence"}
# Verbs whose `to` complement is arranged, not done: "agreed to hold a summit".
INTENT_VERBS = {
    f"{stem}{end}"
    for stem in ("agree", "decide", "plan", "intend", "aim", "hope", "want", "prepare", "seek")
    for end in ("", "s", "d", "ed", "ing")
} | {"sought", "set"}

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
    if told_part_of(tok):
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
        window = window[:part]  # "froze its participation in the negotiations": not theirs
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
        return "planned", True  # "the last step, the signing of the accord, is here"
    if _made_to_happen(tok):
        return "held", False  # "the lull has allowed both camps to meet": they met
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
# fifth round of negotiations, to be held in Westport".
HOLDING = {"held", "hosted", "convened", "organised", "organized", "staged", "conducted"}


def _to_be_held(tok: Token) -> bool:
    """`came for the negotiations, to be held in Westport`: a subjectless "to be held" right after
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
