"""Gatherings told by their name or as a body's sitting (`event_sittings`): a named conference
or forum held, attended or dated, and a session or sitting of a body or of ministers, are
meetings, and a named one stays apart from an unnamed meeting told before; a briefing, a
standing body, a spell of work or a term of office is none.
"""

from __future__ import annotations

from extract_helpers import extract


def meetings(pipeline, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    return [
        x.article.text[e.trigger.start : e.trigger.end].lower()
        for e in x.events
        if e.kind == "meeting"
    ]


def test_a_named_conference_told_in_passing_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The plan for the river basin grew out of the 2019 Lisbon Conference on Water."
    assert meetings(pipeline, body) == ["conference"]


def test_a_forum_to_be_held_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Minister Anna Lind mentioned the Baltic Trade Forum that is scheduled to be held in Riga."
    )
    assert meetings(pipeline, body) == ["forum"]


def test_a_sitting_of_a_body_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "On Monday, President Tom Ode chaired the regular sitting of the National Water Council."
    assert meetings(pipeline, body) == ["sitting"]
    body = (
        "Minister Anna Lind and Minister Tom Ode reviewed the work done since their last "
        "ministerial session on May 4."
    )
    assert meetings(pipeline, body) == ["session"]


def test_a_named_gathering_is_not_the_meeting_told_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Minister Anna Lind met Minister Tom Ode in Oslo on Monday. The accord they discussed "
        "came out of the 2019 Lisbon Conference on Water."
    )
    assert len(meetings(pipeline, body)) == 2


def test_briefings_bodies_and_spells_of_work_are_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert (
        meetings(pipeline, "Anna Lind told a news conference in Oslo that talks had failed.") == []
    )
    body = "Three of the eighteen forum members have ties with the island, Tom Ode said."
    assert meetings(pipeline, body) == []
    body = "Anna Lind answered questions during a Q&A session at the National Assembly."
    assert meetings(pipeline, body) == []
    body = "He spoke with Tom Ode, the chairman of the current session of the Water Union."
    assert "session" not in meetings(pipeline, body)
