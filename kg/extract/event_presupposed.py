"""Event words whose occurrence a clause takes for granted, for `kg.extract.event_modality`.

A future or an expectation in the clause around an event word is not always the event's own
plan. When the event word is the subject of an expectation whose infinitive tells what the
occurrence covers or does ("the talks were expected to focus on trade", "set to last two
days"), the expectation is of that content and takes the occurrence for granted; only a verb
of coming about ("is set to begin", "is expected to be held") or of halting tells its fate.
A noun marked as an earlier occurrence ("the previous round") is past whatever the clause
around it says of what follows ("will build on the previous round"); a gathering word that
names another thing ("the summit agreement") has no fate in the clause about that thing."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_modality_phrases import OCCURRING as COMING_ABOUT

# Verbs whose subject's occurrence they tell: coming about (`event_modality_phrases`' own
# set), going on, being held, ending.
OCCURRING = COMING_ABOUT | {
    "take", "begin", "start", "open", "resume", "reconvene", "restart", "come", "be", "host",
    "go", "continue", "end", "conclude", "close", "finish", "wrap", "get", "kick", "commence",
    "follow", "precede", "persist", "remain", "stay",
}  # fmt: skip
# Verbs of halting or putting off: their subject's fate, not its content.
HALTING = {
    "cancel", "postpone", "delay", "suspend", "adjourn", "defer", "reschedule", "scrap",
    "abandon", "drop", "collapse", "fail", "stall", "break", "call", "put", "push", "move",
}  # fmt: skip
# Words of expectation or arrangement whose infinitive says what is expected ("were expected
# to focus", "set to last", "is going to address").
EXPECTING = {"expect", "set", "schedule", "slate", "plan", "likely", "go", "due", "supposed"}
# Nouns for a part of an occurrence ("a summit session" is the summit's).
UNIT_NOUNS = {"round", "session", "stage", "phase", "part", "leg", "day", "series"}
# Modifiers that mark a noun as an occurrence before the one told ("the previous meeting").
# ("last" is left out: "the last round" may be the final one, still ahead.)
BEFORE_WORDS = {"previous", "earlier", "past", "prior", "former"}


def content_told(tok: Token) -> bool:
    """The event word is the subject of an expectation ("were expected to", "set to") whose
    infinitive, in the active voice, tells what the occurrence covers or does ("to focus on
    trade", "to last two days") rather than whether it happens ("to begin", "to be held")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    # "discussions expected to focus on ...", "the talks, set to last two days": an
    # expectation hung on the noun itself; else the verb the noun is the subject of.
    verb = next(
        (c for c in tok.children if c.dep_ in ("acl", "amod") and _lemma(c) in EXPECTING),
        None,
    )
    if verb is None and tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head
    if verb is None or _lemma(verb) not in EXPECTING:
        return False  # "the talks will cover trade": a plain future may be the talks' own
    for _ in range(3):
        if verb is None or _lemma(verb) not in EXPECTING:
            break
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if verb is None or verb.pos_ != "VERB" or _lemma(verb) in EXPECTING:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "expected to be attended by": how it is arranged, still ahead
    return _lemma(verb) not in OCCURRING and _lemma(verb) not in HALTING


def told_before(tok: Token) -> bool:
    """`the previous meeting`, `earlier rounds`: the noun names an occurrence already past."""
    return tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ in BEFORE_WORDS for c in tok.children
    )


# Words for a gathering that, as the first part of a compound, name a thing by it ("the summit
# agreement", "the meeting venue").
GATHERING_MODIFIERS = {"summit", "meeting", "talks", "negotiations", "conference", "visit"}


def named_by(tok: Token) -> bool:
    """`the summit agreement`, `the talks venue`: a gathering word that names another thing by
    the occurrence: the clause tells of that thing (the agreement to be carried out), and the
    gathering's own status is only what its own words say."""
    head = tok.head
    return (
        tok.dep_ == "compound"
        and tok.lower_ in GATHERING_MODIFIERS
        and head.pos_ in ("NOUN", "PROPN")
        and head.lower_ not in GATHERING_MODIFIERS
        and head.lemma_.lower() not in UNIT_NOUNS
    )


def own_words(tok: Token) -> set[str]:
    """The words the event word itself carries (`upcoming`, `next`, `planned`)."""
    return {c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod", "compound")}


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()
