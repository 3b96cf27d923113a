"""One mention of an event in the text, and what tells two mentions of one occurrence from
mentions of two: their dependency link, their word, their dates.

Input: the mentions the event stage reads (`events`). Output: the predicates `event_coref`
groups them by.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.model import EventKind, EventStatus, PartialDate, Place


@dataclass
class Mention:
    kind: EventKind
    trigger: tuple[int, int]
    sent: tuple[int, int]
    participants: list[str] = field(default_factory=list)
    # The named parties an attack was aimed at ("the killing of Soleimani"): parties of the
    # event, but not a sign of which attack it is (one mention names the attacker, another
    # what was hit), so kept apart from `participants` until the event is built.
    struck: list[str] = field(default_factory=list)
    status: EventStatus = "held"
    explicit_status: bool = False
    past: bool = False  # told in a past tense
    # Told as under way ("are meeting", "the talks that began"): with no word of plans of its
    # own, a sign that the occurrence other tellings expect is happening.
    ongoing: bool = False
    date: PartialDate | None = None
    time: dt.time | None = None
    zone: str | None = None
    time_text: tuple[int, int] | None = None
    location: Place | None = None
    venue: Place | None = None
    mediator: str | None = None
    co_mediators: list[str] = field(default_factory=list)  # the event model keeps one mediator
    initiator: str | None = None
    topics: list[tuple[int, int]] = field(default_factory=list)
    weak: bool = False  # "conversation", "spoke with": a call only by context
    # The occasion an `other` noun names ("debate", "election": `event_occasions`); mentions of
    # different occasions are different occurrences, whatever else they share.
    family: str | None = None
    occasion: bool = False  # named as the occasion of what the clause tells ("after a meeting")
    repeat: bool = False  # "met again", "another round", "the next meeting": a new occurrence
    # "also met X", "also held talks with X": one more encounter of the visit or round told
    # before, apart from it when X is someone it did not name (`event_coref`).
    also: bool = False
    earlier: bool = False  # "her last visit", "an earlier meeting": one before the story's
    indefinite: bool = False  # "a meeting in Luanda": new to the reader, not an anaphor
    definite: bool = False  # "the summit", "Friday's round": points back to one told
    # Told of by a verb of saying or a stance: its date (kept to tell occurrences apart) is
    # the telling's, not given as the event's.
    told: bool = False
    # Heads of delegation and their delegations and states, told of around the event word
    # ("the delegations are led by X and Y"): parties, but no sign of which occurrence it is.
    delegates: list[str] = field(default_factory=list)
    # Words that tell who played a role in it ("the talks, mediated by Oman", "a summit hosted
    # by Qatar"): part of this mention, not acts of their own.
    role_words: list[tuple[int, int]] = field(default_factory=list)
    # The event word's token and its ancestors up to the root of the parse, to tell whether two
    # words of one sentence tell of one occurrence ("met ... for talks") or of two.
    path: list[int] = field(default_factory=list)
    # The tokens of `path` that head a reported clause ("announced that the talks had become
    # dead"): a word inside one tells of something else than a word outside it.
    reported: list[int] = field(default_factory=list)
    # The token a phrase of sequence or setting hangs the event word on ("will meet X after the
    # round of talks", "met X ahead of the talks", "met X on the sidelines of the summit":
    # `meet`): the word names the occurrence before, after or beside which the clause's act
    # happens, another one, which does not retype the one its clause tells (`event_coref`).
    sequel_of: int | None = None
    # The object of "join" or "attend" ("Di Maio joined the talks as an observer"): its parties
    # are newcomers to an occurrence told before, not a sign of another one.
    joined: bool = False
    # The subject of a verb of its course ("the negotiations ended on Saturday", "the talks
    # continued"): a day of an occurrence that may last several.
    phase: bool = False
    # How many days its own phrase tells the occurrence to last ("wrapped up seven days of
    # talks on Monday", "a three-day meeting"): tellings dated within them are one occurrence.
    days: int | None = None
    # The ordinal the mention carries ("the first round", "the 14th round of talks"): rounds
    # of different numbers are different occurrences.
    ordinal: str | None = None
    # A meeting word its own clause tells as negotiating ("a meeting ... failed to resolve the
    # snags"): the occurrence is a round, even where another mention only calls it a meeting.
    negotiating: bool = False
    # Bare talks that negotiate nothing by their own words ("held talks with X"): the talks of a
    # visit or a summit its group names are the visit's meeting (`event_coref`).
    plain: bool = False
    # Told in the headline block (title and any subtitle, before the first blank line): the
    # story's news, which the body's first telling may introduce again as "a debate".
    headline: bool = False
    # A gathering word that tells a call of its group again ("held phone talks ... during the
    # talks"): the occurrence stays a call, whatever this word's kind (`event_coref`).
    retells_call: bool = False
    # Dated by a year closing its own phrase ("a series of meetings ... since April 2021"): an
    # occurrence told for background, even beside the story's own in one sentence.
    year_after: bool = False
    # The name of a gathering told by it ("the Berlin Conference", "the session of the joint
    # commission": `event_sittings`): another name is another gathering, and an unnamed
    # meeting told before is not the one a name introduces.
    name: str | None = None
    # A guest received on arrival ("arrived and was received by X", "accorded a warm welcome
    # at the airport": `event_guests`): the welcome is an occurrence of its own, neither the
    # visit it opens nor the talks that follow.
    welcome: bool = False
    # The only date of its clause is another thing's ("withdrew from the pact of May 2023": the
    # pact's day): no date of its own, none to borrow from a year in its phrase either.
    undated: bool = False
    # One of the occurrences a word told as several was split into ("met A and B separately":
    # `event_distribute`): the counterparts of the others. An occurrence that names one of
    # them is not this one (the joint round the separate meetings came before or after).
    apart: list[str] = field(default_factory=list)


@dataclass
class ProposalMention:
    span: tuple[int, int]
    by: str | None
    sent: tuple[int, int]


# How many dependency steps apart two event words of one sentence may be and still tell of one
# occurrence: "met" -> "for" -> "round" -> "of" -> "talks" is four.
LINK_STEPS = 5


def linked(a: Mention, b: Mention) -> bool:
    """The two words are joined through a common ancestor within `LINK_STEPS` steps."""
    if not a.path or not b.path:
        return True  # no parse to tell them apart by: the sentence decides, as before
    for i, tok in enumerate(a.path):
        if tok in b.path:
            j = b.path.index(tok)
            if set(a.path[:i]) & set(a.reported) or set(b.path[:j]) & set(b.reported):
                # "canceled a meeting with them and announced that talks had become dead":
                # what the reported clause tells is not the occurrence the other word names.
                return False
            return i + j <= LINK_STEPS
    return False


def event_word(text: str, m: Mention) -> str:
    """The event word of a mention, singular and lower case ("Summit", "summits": "summit")."""
    return text[m.trigger[0] : m.trigger[1]].lower().removesuffix("s")


# How long (in characters) a headline block (title and subtitle) may be.
HEADLINE_CHARS = 300


def in_headline(text: str, start: int) -> bool:
    """A sentence starting at `start` belongs to the headline block: the first sentence, or one
    before the first blank line when that comes early ("Trump says ...;\nAfter Democratic
    debate, ... holds spotlight.\n\nABSTRACT")."""
    blank = text.find("\n\n", 0, HEADLINE_CHARS)
    return start == 0 or start < blank


# How many months before the story's month an occurrence lies to be background to it.
BACKGROUND_MONTHS = 2


def background(g: list[Mention], published: dt.date | None) -> bool:
    """Every date the group's mentions give lies `BACKGROUND_MONTHS` or more before the month
    of publication (a year alone: an earlier year)."""
    dates = [x.date for x in g if x.date and x.date.year]
    if published is None or not dates:
        return False
    now = published.year * 12 + published.month
    for d in dates:
        if d.month is None:
            if d.year >= published.year:  # type: ignore[operator]
                return False
        elif now - (d.year * 12 + d.month) < BACKGROUND_MONTHS:  # type: ignore[operator]
            return False
    return True


def retold_earlier(g: list[Mention], m: Mention) -> bool:
    """`m` and every mention of the group tell an earlier occurrence ("the previous meeting")
    on one date they all give: one occurrence told twice (a subtitle repeating the body's
    sentence), not the story's news beside one before it."""
    return m.earlier and m.date is not None and all(x.earlier and x.date == m.date for x in g)


def same_day(a: PartialDate, b: PartialDate) -> bool:
    """Dates that may name one day: equal, or a month and a day in it ("a summit in September",
    "the summit from Sep 18"), or a year and a day in it ("the third meeting this year")."""
    if a == b:
        return True
    if a.year != b.year:
        return False
    if a.month is None or b.month is None:
        return True
    if a.month != b.month:
        return False
    return a.day is None or b.day is None


# How many days one occurrence's course may span and still be told as one ("two days of talks").
COURSE_DAYS = 3


def days_apart(a: PartialDate, b: PartialDate, course: int = COURSE_DAYS) -> bool:
    """Two days within `course` days of each other."""
    x, y = a.as_date(), b.as_date()
    return x is not None and y is not None and abs((x - y).days) <= course


# Prepositions by which a mention is the occasion or the time of another act ("agreed during
# the talks", "spoke after the meeting").
OCCASION_PREPS = {"after", "before", "during", "following", "at", "since"}
# Ordinal words by the number they stand for; "14th" and "1st" are read from their digits.
ORDINAL_NUMBERS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
ORDINAL_WORDS = set(ORDINAL_NUMBERS)


def ordinal_of(words: list[str]) -> str | None:
    """The ordinal among the words of a mention's phrase ("second", "14th"), lower case."""
    for w in words:
        low = w.lower()
        if low in ORDINAL_WORDS or (low[:-2].isdigit() and low[-2:] in ("st", "nd", "rd", "th")):
            return low
    return None


def ordinal_number(word: str) -> int | None:
    """`third` and `3rd` alike: 3."""
    if word in ORDINAL_NUMBERS:
        return ORDINAL_NUMBERS[word]
    return int(word[:-2]) if word[:-2].isdigit() else None


def harm_words(head: Token) -> list[tuple[int, int]]:
    """`the attack had killed twelve and injured twelve more`, `an air strike hit a market,
    killing 12`: the verbs that tell what the attack did are this attack, not acts of their
    own (one event per occurrence)."""
    verb = head if head.pos_ == "VERB" else None
    if verb is None and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
        verb = head.head
    if verb is None:
        return []
    found = [verb] if verb != head else []
    found += [
        c for c in verb.children if c.pos_ == "VERB" and (c.dep_ == "conj" or c.tag_ == "VBG")
    ]
    return [(t.idx, t.idx + len(t)) for t in found]


def role_words(head: Token) -> list[tuple[int, int]]:
    """The participles that name a role-player of the event word's phrase ("the third round
    of indirect talks, mediated by Oman", "the summit hosted by Qatar"): they tell of this
    event, so the act stage must not read them as acts of their own."""
    nouns = [head]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        nouns.append(head.head.head)  # "round of talks, mediated by": the participle is the round's
    return [
        (c.idx, c.idx + len(c))
        for n in nouns
        for c in n.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)
    ]
