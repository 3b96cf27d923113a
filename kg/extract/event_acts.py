"""Acts done, told as news: which verbs tell an act that happened once (an event) rather than a
state in force, and which acts the headline and the body both tell (one occurrence).

Input: a verb of the parse (`stative`), or the acts the act stage found (`merge_headline_acts`).
Output: whether the verb tells a state; the acts with the headline's telling folded into the
body's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.event_coref import EventResult
from kg.extract.event_tellings import dated_below
from kg.model import Event
from kg.nlp import doc_text

PRESENT = {"VBZ", "VBP"}
# Auxiliaries of a present progressive or present perfect progressive: an activity going on.
ONGOING_AUX = {"is", "are", "am", "'s", "'re", "has", "have", "been"}


def in_headline(tok: Token) -> bool:
    """The token lies on the article's first line, its headline."""
    return "\n" not in doc_text(tok.doc)[: tok.idx]


def stative(verb: Token) -> bool:
    """`The PKK is banned in Turkey`, `Northern Cyprus, which is recognized only by Turkey`,
    `Interpol's constitution prohibits any intervention`: a verb in the simple present tells a
    state or a rule in force, and one in the present progressive ("has been fighting") an
    activity going on, not an act done on a day (the guidelines' events are occurrences;
    ongoing fighting is not one). The headline's present tense tells the news ("Germany bans
    Zagros Air") and is read as done."""
    if in_headline(verb):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and not aux
        and not dated_below(verb, ("DATE", "TIME"))
    ):
        # "territory occupied by Israel", "decisions opposed by Israel", "a network financed
        # by the government": a participle that describes a noun tells what it is, not an act
        # done on a day (a relative clause, "relations which were downgraded", still tells).
        return True
    if verb.tag_ in PRESENT:
        return not aux
    if verb.tag_ == "VBG" and aux and all(c.lower_ in ONGOING_AUX for c in aux):
        return True  # "has been fighting Russian forces for two years": fighting going on
    if verb.tag_ == "VBN":
        # "is banned", "are recognised": a present passive with no perfect or future.
        return bool(aux) and all(c.dep_ == "auxpass" and c.tag_ in PRESENT for c in aux)
    return False


# Verbs of harm whose passive counts victims: "ten people were killed in the raid".
HARM_VERBS = frozenset({"kill", "wound", "injure", "maim", "martyr"})
# Nouns that count people: "thousands of civilians", "dozens were wounded".
COUNT_NOUNS = frozenset({"thousand", "hundred", "dozen", "score", "number", "million"})


def casualty_tally(verb: Token) -> bool:
    """`at least ten people were killed in the raid`, `thousands of civilians have been killed
    in the war`: a passive of harm whose subject counts people, with no doer ("by ..."), tells
    the toll of an attack the text tells elsewhere, or of fighting going on; the guidelines'
    attack has an attacker or a target with a place or time, and a toll is neither its own
    occurrence nor a second one. A named victim ("the journalist was killed in Moscow") and a
    named doer ("seven were killed by militants") keep the act."""
    if verb.lemma_.lower() not in HARM_VERBS or verb.tag_ != "VBN":
        return False
    if verb.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in verb.children):
        return casualty_tally(verb.head)  # "were killed and 88 injured": one toll
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    who = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return who is not None and _counted(who)


def _counted(noun: Token) -> bool:
    """People counted or told as a plural, not named: "seven people", "14 soldiers", "they"."""
    if noun.ent_type_ == "PERSON" or noun.tag_ == "NNP":
        return False
    return (
        noun.tag_ in ("NNS", "NNPS", "CD")
        or noun.lower_ == "they"
        or noun.lemma_.lower() in COUNT_NOUNS
        or any(c.dep_ == "nummod" for c in noun.children)
    )


# Verbs that, with a text as object, tell of publishing it: a statement made public is the
# statement stage's to read, not an act done ("released a statement" is no release of captives).
PUBLISHING = {"release", "issue", "publish", "circulate", "post"}
TEXTS = {
    "statement",
    "report",
    "communique",
    "communiqu\u00e9",
    "video",
    "footage",
    "document",
    "documents",
    "letter",
    "figure",
    "figures",
    "data",
    "details",
    "list",
    "transcript",
    "readout",
    "photo",
    "photos",
    "images",
    "recording",
}


def publishes_text(verb: Token) -> bool:
    """`a statement released by Erdogan's office`, `the ministry released a video`: the verb
    makes a text public."""
    if verb.lemma_.lower() not in PUBLISHING:
        return False
    said = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        said.append(verb.head)
    return any(t.lemma_.lower() in TEXTS or t.lower_ in TEXTS for t in said)


# Verbs that tell an event's fate when it is their object: "called off a planned visit",
# "postponed the summit" (the event's status, not an act of its own). Suspending or halting
# talks is an act all the same (PLOVER codes it: reduced relations).
# (A journey called off is the act stage's to read: "cancelled Pompeo's trip" is an act.)
TRIPS = frozenset({"trip", "visit", "tour", "journey"})
FATE_VERBS = {"cancel", "call", "postpone", "delay", "scrap", "shelve", "reschedule", "defer"}


def fate_of_event(verb: Token, events: list[tuple[int, int]]) -> bool:
    """The verb's object is an event word already found, and the verb tells what became of
    it ("Trump called off the summit with Kim")."""
    if verb.lemma_.lower() not in FATE_VERBS:
        return False
    if verb.lemma_.lower() == "call" and not any(
        c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in verb.children
    ):
        return False  # "called the talks constructive" is said of them; "called off" is fate
    return any(
        a <= c.idx < b
        for c in verb.children
        if c.dep_ == "dobj" and c.lemma_.lower() not in TRIPS
        for a, b in events
    )


def merge_headline_acts(text: str, result: EventResult) -> None:
    """`Germany bans Zagros Air` (headline) and `Germany on Monday banned Iranian airline Zagros
    Air` (body): one act told twice is one event, the body's (it carries the day and the
    parties); the headline's word joins its triggers."""
    first_line = text.find("\n")
    if first_line < 0:
        return
    keep_events, keep_triggers = [], []
    pairs = list(zip(result.events, result.triggers, strict=True))
    for ev, trig in pairs:
        if ev.trigger is None or ev.trigger.start >= first_line:
            keep_events.append(ev)
            keep_triggers.append(trig)
            continue
        body = next(
            (
                (b, t)
                for b, t in pairs
                if b.trigger is not None
                and b.trigger.start >= first_line
                and b.kind == ev.kind
                and b.plover == ev.plover
                and set(ev.participants) & set(b.participants)
            ),
            None,
        )
        if body is None:
            keep_events.append(ev)
            keep_triggers.append(trig)
            continue
        body[1].extend(trig)
        body[0].date = body[0].date or ev.date
    result.events, result.triggers = keep_events, keep_triggers


def no_act_done(verb: Token) -> bool:
    """A verb that tells no act: a state, a text published, or a toll counted."""
    return stative(verb) or publishes_text(verb) or casualty_tally(verb)


# Kinds that are acts done by someone or between sides (an act, a release or swap of captives,
# a call): told with no party the story names, the word names no occurrence a reader counts
# ("the release of hostages" in a wish, "the coup" of a country's past, "was detained").
# Gatherings and agreements stay: a story may name talks or a truce by their own name alone
# ("the 2008 ceasefire agreement", "the Geneva talks").
PARTY_KINDS = frozenset({"other", "prisoner_exchange", "phone_call"})


def with_parties(events: EventResult, acts: Sequence[Event] = ()) -> list[int]:
    """Keep the events of `events` that name a party or whose kind needs none; the indices
    kept (old, in order) are returned so that links to events can follow. The act stage's
    `acts` stay whatever their parties: their doer may be a group the text names by a common
    noun ("police", "protesters"), which the acts' PLOVER coding counts."""
    kept = [
        i
        for i, ev in enumerate(events.events)
        if ev.participants or ev.kind not in PARTY_KINDS or any(ev is a for a in acts)
    ]
    events.events = [events.events[i] for i in kept]
    events.triggers = [events.triggers[i] for i in kept]
    return kept
