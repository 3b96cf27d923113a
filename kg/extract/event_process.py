"""Events of one process: talks told without parties are a round of the process whose parties
the article names for another round, and what talks produce (a truce, an exchange, a signing)
is between the talks' parties."""

from __future__ import annotations

from kg.extract.actors import ActorIndex
from kg.extract.event_mention import Mention, linked
from kg.extract.event_states import group_sides, side
from kg.gazetteer import Gazetteer
from kg.model import EventKind

GATHERINGS = {"meeting", "negotiation_round", "phone_call"}


# What talks produce is between the talks' parties: a truce, an exchange, a signing.
OUTCOMES = {"ceasefire", "prisoner_exchange", "agreement_signing"}


def same_process(groups: list[list[Mention]], actors: ActorIndex, gz: Gazetteer | None) -> None:
    """Talks the article tells of without parties ("technical talks were held last Friday")
    are a round of the process whose parties it names for the nearest other round; a truce,
    exchange or signing without parties is between the parties of the nearest talks."""
    named = [(i, g) for i, g in enumerate(groups) if any(x.participants for x in g)]
    for i, g in enumerate(groups):
        kind = g[0].kind
        if any(x.participants for x in g):
            continue
        if kind in GATHERINGS and any(x.repeat for x in g):
            # "another meeting in September": the next one of the series told before it.
            # Of the same series: the next round follows the last talks (else the last
            # meeting), not a phone call.
            before = [h for j, h in named if j < i and _series(h[0].kind) == _series(kind)]
            before = [h for h in before if h[0].kind == kind] or before
            if before:
                # The sides of the series, not the people of its last round: who leads the
                # next one is not told yet.
                g[0].participants = list(
                    dict.fromkeys(side(p, actors, gz) for p in parties(before[-1]))
                )
                if any(x.kind == "negotiation_round" for x in before[-1]):
                    g[0].kind = "negotiation_round"  # the next meeting of talks is a round
            continue
        if kind not in OUTCOMES | {"negotiation_round"}:
            continue
        rounds = [
            (abs(i - j), j, h)
            for j, h in named
            if h[0].kind == "negotiation_round"
            and (kind == "negotiation_round" or not _before_talks(g, h))
            and _told_near(g, h)
        ]
        if rounds:
            _d, _j, nearest = min(rounds, key=lambda r: (r[0], r[1]))
            g[0].participants = parties(nearest)


# How far apart (in characters, a few sentences) a truce and talks may be told for the truce
# to be taken as those talks' outcome.
OUTCOME_REACH = 600


def next_round(groups: list[list[Mention]], actors: ActorIndex, gz: Gazetteer | None) -> None:
    """`Both sides agreed to meet again next month`, after talks between them: meeting again
    is the next round of those talks (the guidelines: a follow-up round is a round)."""
    for i, g in enumerate(groups):
        if not all(x.kind == "meeting" for x in g) or not any(x.repeat for x in g):
            continue
        mine = group_sides(g, actors, gz)
        talks = [
            h
            for h in groups[:i]
            if h[0].kind == "negotiation_round" and mine & group_sides(h, actors, gz)
        ]
        if talks:
            for x in g:
                x.kind = "negotiation_round"


def _told_near(outcome: list[Mention], talks: list[Mention]) -> bool:
    """Some telling of the outcome lies within `OUTCOME_REACH` of some telling of the talks: a
    truce told paragraphs away from any talks ("he helped broker a truce to fighting in Gaza
    that fall") is not theirs, and its parties are not inferred from them."""
    return any(abs(x.sent[0] - y.sent[0]) <= OUTCOME_REACH for x in outcome for y in talks)


def _before_talks(outcome: list[Mention], talks: list[Mention]) -> bool:
    """The outcome is dated to a month before the talks ("a ceasefire in early January" and
    talks in November): what came before the talks is not what they produced. (An earlier
    round of talks is still a round of the same process: "the first round took place in
    November" keeps the parties of this month's talks.)"""
    mine = [x.date for x in outcome if x.date and x.date.year and x.date.month]
    theirs = [x.date for x in talks if x.date and x.date.year and x.date.month]
    if not mine or not theirs:
        return False
    first = min((d.year, d.month) for d in theirs)  # type: ignore[misc]
    return all((d.year, d.month) < first for d in mine)  # type: ignore[operator]


def _series(kind: EventKind) -> str:
    """Gatherings in person (meetings and rounds of talks) are one series, calls another."""
    return "call" if kind == "phone_call" else "gathering"


def parties(g: list[Mention]) -> list[str]:
    """The parties of a group of mentions, without its mediators."""
    thirds = {x.mediator for x in g} | {c for x in g for c in x.co_mediators}
    return list(dict.fromkeys(p for x in g for p in x.participants if p not in thirds))


def share_parties(mentions: list[Mention]) -> None:
    """A meeting or talks the sentence names without parties as the occasion of another event
    are between that event's parties ("X and Y agreed on a ceasefire after a meeting"), not
    those of other talks the sentence only names beside it ("after the meeting, X praised the
    talks of his country with Y": the meeting is the one told before)."""
    for m in mentions:
        if m.participants or m.kind not in GATHERINGS or not m.occasion:
            continue
        for x in mentions:
            if x is m or x.sent != m.sent or len(x.participants) < 2:
                continue
            if x.kind in GATHERINGS and not linked(x, m):
                continue
            m.participants = list(x.participants)
            break
