"""Acts around an event word whose time is not the event's own, for `kg.extract.timeline`:
a plan given up, the agreeing or announcing of an occurrence, a departure for it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.clause_paths import clause_tense, speaks_of_future
from kg.extract.timeline_story import Anchor
from kg.extract.timeline_words import CONCURRENT_PARTS, clause_verb
from kg.extract.timex import after
from kg.model import PartialDate

# "originally planned for March 3", "initially scheduled for Thursday": a plan given up, not
# the day the event is now planned for.
SUPERSEDED = {"originally", "initially", "previously", "formerly"}
PLANNING = {"plan", "schedule", "set", "slate", "due", "expect"}
# Verbs by which an occurrence is agreed or made known, not had.
DEALING = {"agree", "announce", "broker", "reach", "negotiate", "mediate", "propose", "declare"}
# "postponed until June", "delayed to March 11": the day it is planned for.
TARGET_PREPS = {"to", "until", "till", "for"}
# Verbs of setting out: what one sets out for comes later ("left for talks", "flew for talks").
SETTING_OUT = {"send", "fly", "leave", "depart", "head", "travel", "dispatch", "set"}


def set_out_for(tok: Token) -> Token | None:
    """The verb of a departure whose purpose the event word names ("flew on Sunday to Havana
    for peace talks", "sends a delegation to Jeddah for talks"), if any: the talks come
    after it, on a day the departure does not tell."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head  # "peace talks": the phrase's head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in SETTING_OUT or verb.pos_ != "VERB" or speaks_of_future(verb):
        return None  # "will travel to Oman on Saturday for talks": the day of the plan
    return verb


def dealt_on(tok: Token, gov: Token) -> bool:
    """Whether the anchor dates a participle on the event word that tells how it was agreed
    or announced ("the ceasefire, agreed on January 15, took effect on January 19"): the
    occurrence's own day, when the clause gives one, is the one its verb tells."""
    if gov.lemma_.lower() not in DEALING:
        return False
    # (the parse may make the participle the main verb of the event word: "ceasefire/nsubj")
    return (gov.dep_ == "acl" and gov.head.i == tok.i) or (
        tok.dep_ == "nsubj" and tok.head.i == gov.i
    )


def superseded(gov: Token) -> bool:
    """Whether a time dates a plan given up ("originally planned for March 3")."""
    lemma = gov.lemma_.lower()
    if lemma not in PLANNING and gov.lower_ != "due":
        return False
    return any(k.dep_ == "advmod" and k.lower_ in SUPERSEDED for k in gov.children)


def done_at(verb: Token, tok: Token) -> bool:
    """Whether the event word `tok` names the occasion the verb's act was done at ("received
    a push in March during a visit by Pompeo", "arrived in Tehran on an official visit", "met
    on Friday on the sidelines of a summit"): the two share their time; neither is the
    other's rival for it."""
    tok = occasion_part(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ in OCCASION_AT and tok.head.head.i == verb.i


def occasion_part(tok: Token) -> Token:
    """The noun of the part of an occasion the event word names ("the sidelines of the
    summit": `sidelines`), else the word itself: an act done there is done while the occasion
    goes on."""
    of = tok.head
    if tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in CONCURRENT_PARTS:
        return of.head
    return tok


# Prepositions of the occasion an act is done at.
OCCASION_AT = {"during", "at", "on"}
# Edges within a verb's own phrases: its objects, their prepositions, conjuncts and appositions.
OBJECT_EDGES = {"dobj", "prep", "pobj", "conj", "appos"}


def hung_on_object(tok: Token, gov: Token, start: int) -> bool:
    """Whether a time phrase the parser hung on a noun of the event word's own object or
    prepositional phrase dates the event ("withdrew from the nuclear deal in May 2018",
    "arrived in Tehran on an official visit on Thursday", "a meeting with the participation
    of Macron in Chisinau on June 1"): "in" or "on" after the noun, not a modifier before it
    ("the May 11 Declaration")."""
    span = tok.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    # The preposition opens the time's span ("in May 2018") or stands just before it ("on
    # June 1").
    first = span[0]
    if first.lower_ not in ("in", "on") and (
        first.i == 0 or first.nbor(-1).lower_ not in ("in", "on")
    ):
        return False
    x = gov
    while x.i != tok.i:
        if x.dep_ not in OBJECT_EDGES or x.head.i == x.i:
            return False
        x = x.head
    return True


def told_before_verb(tok: Token, gov: Token, end: int) -> bool:
    """Whether a time the parser hung on a noun of the subject stands right before the event
    verb `tok` (`end`: where the time ends): wire copy's "A delegation from the bloc on
    Saturday met the junta leader" dates the meeting, not the bloc."""
    if tok.pos_ != "VERB" or gov.i >= tok.i:
        return False
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not _own_subject(tok):
        # "The president on Friday welcomed a delegation and called the chancellor": the
        # second verb shares the first one's subject, and the time told before it.
        return told_before_verb(tok.head, gov, end)
    subjects = [k for k in tok.children if k.dep_ in ("nsubj", "nsubjpass")]
    if not any(gov in k.subtree for k in subjects):
        return False
    after = tok.doc.char_span(end, tok.idx, alignment_mode="expand")
    # Only what may stand between a time and its verb: an adverb or an auxiliary of the verb.
    between = list(after) if after is not None else []
    return all(t.head.i == tok.i and t.dep_ in ("aux", "advmod", "neg") for t in between)


def told_together(tok: Token, verb: Token) -> bool:
    """Whether the event word `tok` is told at one time with the event verb `verb`, so the two
    are not rivals for a time of the clause: the verb's object ("took a call from her
    counterpart on Friday evening": the taking is the call), or a verb conjoined to it that
    shares its subject ("on Friday welcomed a delegation and called the chancellor")."""
    if tok.head.i != verb.i or verb.pos_ != "VERB":
        return False
    if tok.dep_ == "dobj":
        return True
    return tok.dep_ == "conj" and tok.pos_ == "VERB" and not _own_subject(tok)


def next_clause(tok: Token, gov: Token) -> bool:
    """Whether the time's word `gov` stands in a clause conjoined after the one of the event
    word `tok`, with a subject of its own ("hosts the talks, and its ministry announced on Friday
    that ..."): that clause's time, not the earlier one's."""
    x = gov
    while x.head.i != x.i and x.pos_ not in ("VERB", "AUX"):
        x = x.head
    return (
        x.dep_ == "conj"
        and x.i > tok.i
        and _own_subject(x)
        and tok not in x.subtree
        and (x.head.i == tok.i or x.head in tok.ancestors)
    )


def plan_told_at(
    tok: Token, gov: Token, value: PartialDate | None, published: dt.date | None
) -> bool:
    """Whether a time's word `gov` outside the clause of the event word `tok`, a clause that
    tells it as still to come, has a day already come (`value`, at most publication's): the
    day of the telling or of another act, not the one the event is planned for ("said on
    Friday, giving no day for the meeting still to come")."""
    if value is None or value.day is None or after(value, published):
        return False
    verb = clause_verb(tok)
    if gov.i == verb.i or gov in verb.subtree:
        return False
    return clause_tense(tok) == "future"


def _own_subject(verb: Token) -> bool:
    return any(k.dep_ in ("nsubj", "nsubjpass") for k in verb.children)


def target_day(text: str, start: int, end: int) -> bool:
    """Whether the time expression at `start:end` is the day a thing is put off to
    ("postponed until June", "delayed to March 11")."""
    words = text[:start].split()[-1:] + text[start:end].split()[:1]
    return any(w.lower() in TARGET_PREPS for w in words)


def when_of(verb: Token, anchors: Sequence[Anchor], text: str) -> Anchor | None:
    """The time a "when" clause of `verb` follows and defines, among the anchors of its
    sentence ("the crisis deepened in January 2019 when the leader declared himself
    president"), whatever word the parse hangs the clause on."""
    when = next((k for k in verb.children if k.dep_ == "advmod" and k.lower_ == "when"), None)
    if when is None:
        return None
    for a in anchors:
        if a.end <= when.idx and not text[a.end : when.idx].strip(" ,"):
            return a
    return None


def when_day(a: Anchor) -> PartialDate | None:
    """The time a "when" clause tells (`when_of`): the anchor's own value, or, for a span's
    bound ("at odds since 2009, when the army crossed the border"), the year it names: the
    clause defines that bound, so its act happened then."""
    if a.value is not None:
        return a.value
    return PartialDate(None, None, a.bound_year) if a.bound_year is not None else None


def when_time(tok: Token, anchors: Sequence[Anchor], text: str) -> PartialDate | None:
    """The time a "when" clause of the event word's own verb follows (`when_of`), as sayings
    take it: the clause's own temporal expression, whatever word the parse hangs the time
    on (`anchors`: those of its sentence). A week stays undated, as for any event's anchor."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_verb(tok)
    if verb.i != tok.i and tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None  # a noun deeper in the clause ("when it joined the talks on ...")
    # Conjoined verbs share the clause's "when", whichever of them the parse hangs it on
    # ("when the army invaded and occupied the north").
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    joined += [verb.head] if verb.dep_ == "conj" else []
    when = next((w for w in (when_of(v, anchors, text) for v in joined) if w is not None), None)
    if when is None or when.grain == "week":
        return None
    return when_day(when)


def day_beside(anchors: Sequence[Anchor], week: Anchor, text: str) -> Anchor | None:
    """The day told right beside a week, on the same word ("next week on Tuesday", "on
    Monday next week"): the day in that week the text gives."""
    for a in anchors:
        if a.sent != week.sent or a.grain != "day" or a.governor != week.governor:
            continue
        lo, hi = (a.end, week.start) if a.end <= week.start else (week.end, a.start)
        if lo <= hi and not text[lo:hi].strip(" ,"):
            return a
    return None


def object_time(gov: Token, tok: Token, start: int, rivals: Sequence[Token]) -> Token:
    """The word a time right after a verb's object dates: the parser hangs "on Monday" on
    the object noun ("restated its support on Friday at a summit in Lima"), but a time
    after the object is the verb's, unless that noun is an event word itself (`tok` or one
    of its `rivals`)."""
    if gov.i == tok.i or any(r.i == gov.i for r in rivals):
        return gov
    if gov.dep_ != "dobj" or gov.pos_ != "NOUN" or gov.head.pos_ != "VERB":
        return gov
    after = gov.i + 1 < len(gov.doc) and gov.doc[gov.i + 1].idx == start
    opens = gov.i + 1 < len(gov.doc) and gov.doc[gov.i + 1].lower_ in ("on", "in")
    return gov.head if after and opens else gov
