"""A phone call told again in other words: "held phone talks ... during the talks", "held a
call, discussed the grain deal", or the headline's "holds talks with" for the call the body
tells. Each rule joins a gathering mention to the call's group in event_coref.

These rules only read finished mention groups, so they live apart from event_coref's merging
loop and `_compatible` test to keep each module small; event_coref calls them.
"""

from __future__ import annotations

from kg.extract.actors import ActorIndex
from kg.extract.event_mention import Mention, event_word, linked, same_day
from kg.extract.event_states import group_sides, side
from kg.gazetteer import Gazetteer


def call_retold(
    groups: list[list[Mention]],
    m: Mention,
    text: str,
    actors: ActorIndex,
    gz: Gazetteer | None,
) -> list[Mention] | None:
    """The last call `m` tells again (`_retells_call`), unless a later group has a word of
    `m`'s own (then the word points back to that one, or to nothing)."""
    word = event_word(text, m)
    for g in reversed(groups):
        if _retells_call(g, m, text, actors, gz):
            return g
        if any(event_word(text, x) == word for x in g):
            return None
    return None


# Gathering words a call is told by again: "phone talks", "a telephone conversation".
CALL_NOUNS = {"talk", "conversation", "discussion"}


def _retells_call(
    g: list[Mention], m: Mention, text: str, actors: ActorIndex, gz: Gazetteer | None
) -> bool:
    """`m`, a gathering word, tells the call of the last group again: its own noun with the
    definite article and nothing of its own ("held phone talks on Wednesday ... Wang mentioned
    Taiwan during the talks"), or a verb of discussion joined to the call's in one sentence with
    no other party ("held a phone call, discussed the grain deal") or told after it of two of
    the call's sides ("spoke with X today. The two discussed ..."). A gathering with a day
    other than the call's, a place, a plan or other parties of its own is another occurrence."""
    if m.kind not in ("meeting", "negotiation_round") or not g:
        return False
    calls = [x for x in g if not x.retells_call]
    if not all(x.kind == "phone_call" for x in calls) or all(x.weak for x in calls):
        return False  # a call told by its medium at least once ("Call with", "by phone")
    dates = {x.date for x in g if x.date}
    if m.date and not (dates and all(same_day(m.date, d) for d in dates)):
        return False  # a day of its own, unless the call's
    if m.location or m.explicit_status or m.indefinite or m.repeat or m.earlier:
        return False
    word = event_word(text, m)
    if word.startswith("discuss") and any(x.sent == m.sent and linked(x, m) for x in g):
        # "spoke by telephone and discussed the border": the verb joined to the call's word
        # tells the call again; what it names is what was discussed, not another party.
        return True
    # By sides: "discussed steps between Norland and Southia" names the states of
    # the call's two ministers.
    parts = group_sides(g, actors, gz)
    if not {side(p, actors, gz) for p in m.participants} <= parts:
        return False
    if m.definite and word in CALL_NOUNS:
        # "held a phone call with X ... During the talks, he told X": the definite noun points
        # back to the call, whatever word told it first (a call told by its medium).
        return True
    if not word.startswith("discuss"):
        return False
    # "X spoke with Y today. The two discussed ...": a readout tells what the call's parties
    # discussed in the sentences after it; two of them at least, and no one else.
    return len(m.participants) >= 2


def call_told_as_talks(groups: list[list[Mention]], m: Mention, text: str) -> list[Mention] | None:
    """`held phone talks on Wednesday ... The talks, which lasted for half an hour`: a bare
    definite "the talks" right after a call told as talks, with no round told before, is that
    call."""
    if m.kind != "negotiation_round" or not m.definite or m.participants or m.date or m.location:
        return None
    if m.earlier or m.repeat:
        return None  # "the results of the previous talks": one before the call, not the call
    if not groups or any(
        x.kind == "negotiation_round" and not x.headline for g in groups for x in g
    ):
        return None
    last = groups[-1]
    told_as_talks = any(
        x.kind == "phone_call" and event_word(text, x).endswith(("talk", "conversation"))
        for x in last
    )
    return last if told_as_talks and all(x.kind == "phone_call" for x in last) else None


def call_news(g: list[Mention], m: Mention, actors: ActorIndex, gz: Gazetteer | None) -> bool:
    """The headline's "X holds talks with Y" is the call the body tells with a party of it
    ("held a telephone conversation on Saturday with ..."): news headlines name calls as
    talks."""
    return (
        m.kind == "phone_call"
        and not m.weak
        and all(x.headline and x.kind in ("meeting", "negotiation_round") for x in g)
        and bool({side(p, actors, gz) for p in m.participants} & group_sides(g, actors, gz))
    )


def weak_call_of(g: list[Mention], m: Mention, actors: ActorIndex, gz: Gazetteer | None) -> bool:
    """`m` is a word that tells a call only by context ("spoke with", "a conversation") and the
    group a meeting or round of the same parties: "the two leaders met in Vienna ... Putin
    spoke with Biden about the gas deal" tells the meeting again, not a call beside it."""
    if m.kind != "phone_call" or not m.weak or m.date or m.location or m.repeat or m.earlier:
        return False
    if not all(x.kind in ("meeting", "negotiation_round") for x in g):
        return False
    mine = {side(p, actors, gz) for p in m.participants}
    parts = group_sides(g, actors, gz)
    return len(mine) >= 2 and mine <= parts
