"""A session told only as a member of the story's series ("the last such meeting", "the
sixth meeting") is held between the sides of the story's session, and is of its kind
(made-up sentences)."""

from __future__ import annotations

from extract_helpers import extract, names


def news(body: str) -> str:
    return f"News of the day\n\nLondon • X\n\n{body}\n"


def test_the_last_such_meeting_is_a_round_between_the_same_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Officials of Chile and Peru met in Lima on Monday to negotiate the reopening of "
        "their border crossing. The last such meeting was held in Santiago in March."
    )
    x = extract(pipeline, news(body))
    rounds = [names(x, e.participants) for e in x.events if e.kind == "negotiation_round"]
    assert len(rounds) == 2 and all(r == {"Chile", "Peru"} for r in rounds)


def test_a_numbered_meeting_takes_the_sides_and_kind_of_the_round(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Diplomats from Chile and Peru met in Lima on Tuesday to negotiate fishing rights. "
        "The sixth meeting is planned for Santiago in September."
    )
    x = extract(pipeline, news(body))
    sixth = [e for e in x.events if "sixth" in e.evidence.text]
    assert sixth and sixth[0].kind == "negotiation_round" and sixth[0].status == "planned"
    assert names(x, sixth[0].participants) == {"Chile", "Peru"}


def test_a_numbered_meeting_with_no_session_of_two_sides_stays_unnamed(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Two sides sign an accord, but a signing is not a session of a series of meetings.
    body = (
        "Norway and Iceland signed a fisheries accord in Oslo on Monday. "
        "The sixth meeting is planned for September."
    )
    x = extract(pipeline, news(body))
    sixth = [e for e in x.events if "sixth" in e.evidence.text]
    assert sixth and all(not e.participants for e in sixth)
