"""Phrases that tell an event's status by themselves, for `kg.extract.event_modality`: a
stage reached, "due", putting off in phrasal verbs, a time ahead ("later this month"), a
doer negated by "no" ("no treaty is going to be ratified"), "next week's summit", an
arrangement the past perfect tells overtaken ("had been due to meet") and an occurrence
begun in the simple past ("began two days of talks") and one going on as the story is told
("are meeting in Bamako")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.discourse_words import SAYING_LEMMAS
from kg.extract.event_kind_frames import LIGHT_VERBS
from kg.extract.event_places import TRIP_NOUNS
from kg.nlp import is_to_clause

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


# Phrases of time that lie ahead of the telling whatever day the article bears ("later this
# month", "in the coming weeks", "next month"): `timex.after` sees no later day in a month or a
# year that is still the article's own, so the phrase itself tells that the event is ahead.
AHEAD = re.compile(
    r"\blater this (?:week|month|year)\b|\bnext (?:week|month|year|weekend)\b|"
    r"\b(?:coming|upcoming|next few) (?:days|weeks|months)\b|\btomorrow\b",
    re.I,
)
# The slots of a time phrase: "later this month" (npadvmod), "in the coming weeks" (prep).
TIME_DEPS = {"npadvmod", "prep", "advmod", "tmod"}


def time_ahead(tok: Token) -> bool:
    """`the fourth round of talks later this month`, `expects talks in the coming days`: a
    time phrase of the event word, or of the verb whose subject or object it is, lies ahead."""
    owners = [tok]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        owners.append(tok.head)
    for owner in owners:
        for c in owner.children:
            if c.dep_ in TIME_DEPS and c.i != tok.i and AHEAD.search(_text(c)):
                return True
    return False


def _text(tok: Token) -> str:
    return " ".join(t.text for t in tok.subtree)


def negated_doer(tok: Token) -> bool:
    """`no treaty will be ratified there`, `no pact is likely to be concluded`, `no accord to
    be inked`: a verbal event word whose subject (or that of the verb it completes), or the
    noun its clause describes, is negated by "no" tells of none."""
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ in ("acl", "relcl") and _no(tok.head):
        return True
    verbs = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
    return any(c.dep_ in ("nsubj", "nsubjpass") and _no(c) for v in verbs for c in v.children)


def _no(noun: Token) -> bool:
    return any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)


# Words of an arrangement whose infinitive is the arranged occurrence ("due to meet").
ARRANGED = {"due", "scheduled", "set", "expected", "supposed", "slated", "planned", "meant"}


def overtaken_plan(window: list[Token]) -> bool:
    """`had been due to meet on Friday`, `had been scheduled to host them in November`,
    `had planned to sign`: an arrangement told in the past perfect is one the story's time
    has overtaken; the occurrence did not take place as arranged."""
    for t in window:
        if t.dep_ != "xcomp" or not is_to_clause(t):
            continue
        head = t.head
        # ("had been due to": the parse hangs the infinitive on "due", the tense on "been")
        verb = head.head if head.dep_ == "acomp" else head
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if "had" not in aux or any(c.dep_ == "neg" for c in verb.children):
            continue
        if head.lower_ in ARRANGED and not _backshifted(verb):
            return True
    return False


def _backshifted(verb: Token) -> bool:
    """`the envoy said the ministers had been due to meet next week`: a past perfect said
    under a past verb of saying is the speaker's present moved back a tense (the plan still
    stood when it was said), not a plan the story's time has overtaken."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.tag_ == "VBD"
        and verb.head.lemma_.lower() in SAYING_LEMMAS
    )


# Verbs whose object, told in the simple past, is an occurrence that came about ("held talks",
# "began a round of talks").
OPENING = {"begin", "start", "open", "hold", "launch", "conclude", "complete"}


def begun_in_past(tok: Token) -> bool:
    """`began two days of talks`, `held a round of talks`: the event noun, or the measure or
    unit noun it is "of", is the object of a simple-past verb of holding or beginning, with
    no modal or perfect before it."""
    obj = tok
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.pos_ == "NOUN":
        obj = obj.head.head  # "two days of talks", "a round of talks"
    verb = obj.head
    return (
        obj.dep_ == "dobj"
        and verb.tag_ == "VBD"
        and verb.lemma_.lower() in OPENING
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
    )


# Nouns of a period that "next" places ahead ("next week's summit").
TIME_NOUNS = {"week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter"}


def next_period_of(tok: Token) -> bool:
    """`next week's G20 meeting`, `the coming month's summit`: read on the words before the
    noun, since parsers often attach the possessive elsewhere."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    left = tok.doc[max(0, tok.i - 5) : tok.i]
    for i in range(len(left) - 2):
        a, b, c = left[i], left[i + 1], left[i + 2]
        if (
            a.lower_ in ("next", "coming")
            and b.lemma_.lower() in TIME_NOUNS
            and c.lower_ in ("'s", "\u2019s")
            and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in left[i + 3 :])
        ):
            return True
    return False


# Verbs (and the particle or object that makes them one) by which an occurrence comes about.
OCCURRING = {"hold", "happen", "occur", "convene", "proceed"}
OCCURRING_PHRASES = {("take", "place"), ("go", "ahead")}
# Participles and adjectives that tell an occurrence as arranged ("the talks, scheduled for
# Sunday", "the planned summit").
ARRANGING_WORDS = {"scheduled", "planned", "set", "slated", "due", "expected", "upcoming"}


def called_off_by_negation(tok: Token) -> bool:
    """`the summit, set for Monday in Lima, will not take place`: an occurrence told as
    arranged that the narrator says will not come about is called off, not a mere denial
    ("no talks were held" names none that was arranged)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    kids = list(verb.children)
    if not any(k.dep_ == "neg" for k in kids):
        return False
    lemma = verb.lemma_.lower()
    occurs = lemma in OCCURRING or any(
        (lemma, k.lower_) in OCCURRING_PHRASES for k in kids if k.dep_ in ("dobj", "advmod", "prt")
    )
    if not occurs:
        return False
    return any(
        k.lower_ in ARRANGING_WORDS and k.dep_ in ("acl", "amod", "appos", "relcl")
        for k in tok.children
    )


def own_conjunct(tok: Token) -> bool:
    """A verb conjoined to another that has its own subject: a clause of its own."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and any(k.dep_ in ("nsubj", "nsubjpass") for k in tok.children)
    )


# Nouns of a journey that a light verb tells as made: "had a short visit to Vossa to meet ...",
# "paid a visit to the capital to meet ...".
JOURNEY_NOUNS = TRIP_NOUNS | {"journey", "stopover", "detour"}


def journey_object(verb: Token) -> bool:
    """Whether `verb` takes a journey noun as its object ("had a visit", "made a trip")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in JOURNEY_NOUNS for c in verb.children)


# The present forms of "be" that make a progressive of the story's time ("are meeting").
PRESENT_BE = {"is", "are", "am", "'s", "'re"}
# Verbs of an occurrence coming about, in a relative clause on its noun ("talks that began").
COMING_ABOUT = {"begin", "start", "open", "convene", "get", "kick", "take"}


# Verbs whose subject is the occurrence itself going on or coming about ("the talks are
# continuing", "the summit is opening"); any other verb over the noun ("the summit is
# approaching", "are demanding talks") tells something else in progress, not the occurrence.
UNFOLDING = COMING_ABOUT | {"continue", "proceed", "resume", "go"}
# Verbs whose doer takes part in the occurrence named as their object, as a light verb's
# does ("is hosting the talks", "are attending the summit"): in the progressive, under way.
TAKING_PART = LIGHT_VERBS | {"host", "attend", "chair"}


def _own_verb(tok: Token) -> Token | None:
    """The verb that tells the event word's own occurrence: the word itself when a verb, the
    light or taking-part verb it is the object of ("are holding talks", "is hosting the
    talks"), or a verb of its unfolding it is the subject of ("talks are continuing"); None
    when the noun sits under any other verb."""
    if tok.pos_ == "VERB" or tok.dep_ not in ("dobj", "nsubj"):
        return tok
    lemma = tok.head.lemma_.lower()
    if tok.dep_ == "dobj" and lemma in TAKING_PART:
        return tok.head
    if tok.dep_ == "nsubj" and lemma in UNFOLDING:
        return tok.head
    return None


def going_on(tok: Token) -> bool:
    """`the ministers are meeting in Bamako`, `the two sides are holding talks on Monday`, `the
    talks, which began at ten`: the event word's own clause tells, in the present progressive
    or by a relative clause in the simple past, that the occurrence is under way as the story
    is told: news of it happening, whatever other tellings say is expected of it."""
    verb = _own_verb(tok)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] if verb else []
    if (
        verb is not None
        and verb.tag_ == "VBG"
        and auxes
        and all(a.lower_ in PRESENT_BE for a in auxes)
    ):
        return True
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "relcl" and c.tag_ == "VBD" and c.lemma_.lower() in COMING_ABOUT
        for c in tok.children
    )
