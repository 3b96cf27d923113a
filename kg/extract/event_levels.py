"""The levels of an event's parties: a name inside a longer name of another actor.

"Estonia" in "the Parliament of Estonia" names the body's state, not a party beside the body; the
state still joins a gathering at its own level through `event_coref.state_of`. (A person's state
joins as the realnews annotations do: whenever the article names that state as an actor.)
"""

from __future__ import annotations

from kg.extract.index import ActorIndex


def outermost(start: int, end: int, actors: ActorIndex) -> list[str]:
    """The actors named at `[start, end)`, without a name that only stands inside a longer
    name of another actor there ("Estonia" in "the Parliament of Estonia": the body is the party;
    its state joins a gathering at its own level, `event_coref.state_of`)."""
    found = [m for m in actors.mentions if not m.nested and m.start < end and start < m.end]
    out: list[str] = []
    for m in found:
        inside = any(
            o.actor != m.actor
            and o.start <= m.start
            and m.end <= o.end
            and (o.end - o.start) > (m.end - m.start)
            for o in found
        )
        if not inside and m.actor not in out:
            out.append(m.actor)
    return out
