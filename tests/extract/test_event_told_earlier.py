"""Wire copy tells an occurrence before the story's news in a sentence opening with a bare
"Earlier,": its meeting is not the news meeting, though they share a party and a state."""

from __future__ import annotations

from extract_helpers import extract

HEAD = "Chilean minister meets Norwegian envoy\n\nSANTIAGO • X\n\n"
NEWS = (
    "Chilean Foreign Minister Ana Rojas on Tuesday met with the Norwegian Special Envoy for "
    "fisheries Lars Dahl in Santiago to discuss the fishing talks. "
)


def _meetings(pipeline, body: str) -> list[set[str]]:  # type: ignore[no-untyped-def]
    x = extract(pipeline, HEAD + body + "\n")
    by_id = {a.id: a.name for a in x.actors}
    return [
        {by_id[p] for p in e.participants}
        for e in x.events
        if e.kind in ("meeting", "negotiation_round")
    ]


def test_an_earlier_meeting_is_another_occurrence(pipeline) -> None:  # type: ignore[no-untyped-def]
    later = (
        "Earlier, Dahl met Chile's Minister of State for Defence Pablo Vera to discuss the deal."
    )
    meetings = _meetings(pipeline, NEWS + later)
    assert len(meetings) == 2
    # The news meeting keeps its two people; the earlier one is Vera's.
    assert any({"Ana Rojas", "Lars Dahl"} <= m and "Pablo Vera" not in m for m in meetings)
    assert any("Pablo Vera" in m for m in meetings)


def test_without_earlier_the_meeting_told_again_stays_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    again = "The meeting in Santiago lasted two hours."
    assert len(_meetings(pipeline, NEWS + again)) == 1
