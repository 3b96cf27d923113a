"""An earlier (or later) session of the series a story covers, told with no parties of its own:
"the last such meeting was held in the capital in spring", "the previous session on 2 May",
"the fifth meeting will take place next month". The guidelines' participants are
named parties, never inferred; here the noun itself names them, by pointing at the series
("such", "last", "previous", an ordinal): its sessions are held between the same sides as the
session the story tells first, and are of its kind (a session of a negotiating series is a
round of talks). The sides are the states and bodies of that session, not its people, whom
another session need not have.

Input: the event stage's grouped result (after `event_coref.merge`) and the parsed `Doc`.
Output: the result, its series sessions given the parties and kind of the story's session.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.event_coref import EventResult
from kg.extract.event_mention import ordinal_of
from kg.extract.event_occurrence import EARLIER_WORDS
from kg.extract.index import ActorIndex
from kg.model import Event

# Nouns of a session of a series.
SESSION_NOUNS = {"meeting", "round", "session"}
GATHERING_KINDS = {"meeting", "negotiation_round"}
# Modifiers that place a session in a series of the story's sessions: "the last such meeting",
# "the previous round" (not "next": a next session may have other parties, `event_process`).
SERIES_MODIFIERS = EARLIER_WORDS | {"such"}
SIDE_TYPES = {"Country", "Organization"}


def series_sides(doc: Doc, result: EventResult, actors: ActorIndex) -> None:
    """Give each session told only as a member of the story's series the sides and kind of the
    story's first session between two sides or more."""
    order = sorted(
        range(len(result.events)), key=lambda i: min((s for s, _e in result.triggers[i]), default=0)
    )
    source = next(
        (
            result.events[i]
            for i in order
            if result.events[i].kind in GATHERING_KINDS
            and len(_sides(result.events[i], actors)) >= 2
        ),
        None,
    )
    if source is None:
        return
    for event, triggers in zip(result.events, result.triggers, strict=True):
        if event is source or event.kind not in GATHERING_KINDS or event.participants:
            continue
        heads = [_head(doc, t) for t in triggers]
        if not heads or not all(h is not None and _session(h) for h in heads):
            continue
        if not any(h is not None and _in_series(h) for h in heads):
            continue
        event.participants = _sides(source, actors)
        event.kind = source.kind


def _sides(event: Event, actors: ActorIndex) -> list[str]:
    return [p for p in event.participants if actors.by_id(p).type in SIDE_TYPES]


def _head(doc: Doc, trigger: tuple[int, int]) -> Token | None:
    span = doc.char_span(*trigger, alignment_mode="expand")
    return span.root if span is not None else None


def _session(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in SESSION_NOUNS


def _in_series(tok: Token) -> bool:
    """`the last such meeting`, `the previous meeting`, `the 16th meeting`: the noun's own
    modifiers place it in a series."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "nummod", "compound")]
    if any(c.lower_ in SERIES_MODIFIERS for c in mods):
        return True
    return ordinal_of([c.text for c in mods]) is not None
