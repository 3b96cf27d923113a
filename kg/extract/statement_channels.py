"""Channels: a report whose words are wholly another attribution.

Input: the article text and the statements the finder and the act stage kept.
Output: the same statements without the relaying layer.

`The ministry said the minister told his counterpart that ...`, `The agency reported that the
two envoys reaffirmed ...`: when a body or an outlet reports a content that opens with an
attribution the stage already keeps as a statement of its own (its speaker at the start of the
content, its words inside), the outer report adds no words of its own: it is the channel (a
readout, a wire report). The project's gold annotates the inner statement with the channel as
`reported_via`, not the outer one with the whole clause; so the outer one is dropped and
becomes the inner one's `via`. A person reporting another's words (`Clinton said Trump once
described the deal as ...`, "according to the envoy, the leader said ...") makes a claim of
their own: both layers stay (PolNeAR annotates them too). A quotation opening the inner words
is the outer source's text and stays whole; a speaker going on in their own words (`said X,
adding that it ...`) relays no one.
"""

from __future__ import annotations

import logging

from kg.extract.delegations import state_named
from kg.extract.event_state_adjectives import state_actor
from kg.extract.event_states import state_of
from kg.extract.index import ActorIndex
from kg.gazetteer import Gazetteer
from kg.model import Statement

log = logging.getLogger(__name__)

# Words that may come before the inner attribution's subject: `said that X told ...`, and the
# connectives that tie its sentence to the one before (`However, X told ...`), which are the
# writer's, not a clause of the report.
_OPENERS = {"that", "and", "also"}
_CONNECTIVES = {
    "however",
    "but",
    "meanwhile",
    "moreover",
    "furthermore",
    "further",
    "separately",
    "additionally",
    "still",
    "yet",
    "instead",
}
# An inner subject read without a speaker span ("the two foreign ministers reaffirmed"):
# at most this many words before its cue, none a comma-set aside.
_MAX_SUBJECT_WORDS = 6
_QUOTES = "\"“”«»„'‘’"
_PRONOUNS = {"he", "she", "it", "they", "we", "i"}
# Words between an inner speaker and its cue: `the minister also firmly stressed`.
_MAX_ADVERBS = 2
# Between an inner speaker and its cue: a relative clause or a saying not (yet) done.
_NOT_DONE = {"who", "which", "that", "will", "would", "could", "may", "might", "should", "must"}


def _opens_with(text: str, outer: Statement, inner: Statement) -> bool:
    """Whether `outer`'s content opens with `inner`'s attribution and holds its words."""
    cs, ce = outer.content.start, outer.content.end
    span = inner.speaker_span
    if inner.speaker == outer.speaker and (span is None or span.text.lower() in _PRONOUNS):
        return False  # the same speaker going on: `said X, adding that it ...`
    if not cs <= inner.cue.start < ce or not cs <= inner.content.start:
        return False
    if inner.content.end > ce + 1 or inner.content.start < inner.cue.start:
        return False  # words before the cue (`X, Y said, ...`) are not a clause it opens
    opening = text[max(inner.content.start - 1, 0) : inner.content.start + 1]
    if any(q in opening for q in _QUOTES):
        # `the statement said the two leaders stressed "the need to ..."`: the quoted words
        # are the outer source's text (a readout), so the outer report is the statement.
        return False
    if span is not None:
        # (A speaker's words read with a dateline before them, "May 3 (Wire) - the leader",
        # are still the content's opening words.)
        start = max(span.start, cs) if span.end > cs else span.start
        if not cs <= start < inner.cue.start:
            return False  # the inner speaker is named before the outer words: no clause
        before = [w.rstrip(",") for w in _past_setting(text[cs:start]).lower().split()]
        between = text[span.end : inner.cue.start].lower()
        # The speaker must be the cue's own subject (`the minister also stressed`), not a
        # word the parse took from further back in the content; and the cue a saying done
        # (`those who question`, `she will announce` say nothing yet).
        return (
            all(w in _OPENERS or w in _CONNECTIVES for w in before)
            and "," not in between
            and len(between.split()) <= _MAX_ADVERBS
            and not _NOT_DONE.intersection(between.split())
        )
    before_cue = text[cs : inner.cue.start]
    return "," not in before_cue and len(before_cue.split()) <= _MAX_SUBJECT_WORDS


# A phrase that sets the scene before the inner speaker: `During the call, the minister told ...`.
_SETTING_WORDS = {"during", "at", "in", "on", "after", "before", "throughout"}
_MAX_SETTING_WORDS = 8


def _past_setting(before: str) -> str:
    """The words before an inner speaker without a fronted time or occasion phrase set off by
    a comma (`during the talks,`, `at the meeting on Monday,`): readouts open their reported
    clause so, and the clause is still the inner speaker's report."""
    head, comma, rest = before.rpartition(",")
    words = head.lower().split()
    if not comma or rest.strip() or not words:
        return before
    lead = 1 if words[0] in _OPENERS else 0
    if len(words) > lead and words[lead] in _SETTING_WORDS and len(words) <= _MAX_SETTING_WORDS:
        return " ".join(words[:lead])
    return before


def drop_relaying(text: str, statements: list[Statement], people: set[str]) -> list[Statement]:
    """Without the reports whose content is wholly another kept statement's attribution; the
    inner statement takes the outer speaker as its `via` (see the module docstring). `people`
    are the local ids of the actors who are persons: their reports stay."""
    out = []
    for outer in statements:
        if outer.kind != "indirect":
            out.append(outer)
            continue
        inner = [s for s in statements if s is not outer and _opens_with(text, outer, s)]
        # A person's report of another's words stays; but no one relays their own words: a
        # report whose words are wholly its own speaker's attribution, named again inside
        # (`X has called for ..., the press service for X's office said`, its source read
        # as X), is that statement read twice.
        own = bool(inner) and all(s.speaker == outer.speaker for s in inner)
        if not inner or (outer.speaker in people and not own):
            out.append(outer)
            continue
        for s in inner:
            if s.via is None and outer.speaker is not None and outer.speaker != s.speaker:
                s.via = outer.speaker
        log.debug("relaying report dropped: %s", outer.content.text[:60])
    return out


def drop_restated(
    statements: list[Statement], actors: ActorIndex, gz: Gazetteer | None
) -> list[Statement]:
    """Without a state's statement read inside a quotation of one of its bodies or office
    holders ("“The Chinese side still demands that ...,” a foreign ministry spokesperson
    said"): the body tells its state's position in its own words, once; no layer is relayed,
    so the quotation stands alone (the gold annotates nested statements only for another
    speaker). A speaker's own earlier words inside their quotation ("I said he should ...")
    stay, as PolNeAR annotates them."""

    def states_body(outer: str | None, inner: str | None) -> bool:
        if outer is None or inner is None or outer == inner:
            return False
        if actors.by_id(inner).type != "Country":
            return False
        return inner == state_of(outer, actors, gz) or _named_for(outer, inner)

    def _named_for(outer: str, inner: str) -> bool:
        """A body named for the state ("the Norwegian Foreign Ministry": Norway's)."""
        a = actors.by_id(outer)
        if a.type not in ("Organization", "Delegation") or gz is None:
            return False
        states = (state_named(word, gz) for word in a.name.split())
        return any(e is not None and state_actor(e, actors) == inner for e in states)

    return [
        s
        for s in statements
        if not any(
            o is not s
            and o.kind == "direct"
            and o.content.start <= s.cue.start
            and s.content.end <= o.content.end + 1
            and states_body(o.speaker, s.speaker)
            for o in statements
        )
    ]
