"""One occurrence told in several words: a call told again as "the talks" or by a verb of
discussion, talks that are a visit's purpose; a guest received by a host in the passive; a call
received from someone; a headline's "resume talks" as news; an earlier round without parties."""

from __future__ import annotations

from extract_helpers import extract, names


def events(pipeline, text: str):  # type: ignore[no-untyped-def]
    x = extract(pipeline, text)
    return x, x.events


def body(text: str) -> str:
    return f"News of the day\n\nLondon • X\n\n{text}\n"


def test_a_call_told_again_as_the_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        body(
            "Foreign Minister Anna Lind and her Danish counterpart Paul Grey held phone talks on "
            "Wednesday. Grey raised the fishing dispute during the talks."
        ),
    )
    assert [e.kind for e in found] == ["phone_call"]
    assert {"Anna Lind", "Paul Grey"} <= names(x, found[0].participants)


def test_a_call_and_what_was_discussed_in_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(
        pipeline,
        "Lind and Grey held phone call, discussed fishing dispute\n\nOSLO • X\n\n"
        "President Anna Lind held a phone call with Prime Minister Paul Grey on Monday.\n",
    )
    assert [e.kind for e in found] == ["phone_call"]


def test_received_in_the_passive_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        body(
            "Prime Minister Paul Grey arrived in Oslo on Monday. He was received by President "
            "Anna Lind at the airport."
        ),
    )
    meetings = [e for e in found if e.kind == "meeting"]
    assert len(meetings) == 1
    assert {"Anna Lind", "Paul Grey"} <= names(x, meetings[0].participants)


def test_a_letter_received_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(pipeline, body("The letter was received by President Anna Lind on Monday."))
    assert "meeting" not in [e.kind for e in found]


def test_a_call_received_from_someone(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        body("Prime Minister Paul Grey received a call on Monday from President Anna Lind."),
    )
    assert [e.kind for e in found] == ["phone_call"]
    assert {"Anna Lind", "Paul Grey"} <= names(x, found[0].participants)


def test_talks_a_visit_is_for_are_the_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        body(
            "Indian Home Secretary Ravi Menon will visit Bangladesh on 3 May to hold talks with "
            "his counterpart Karim Rahman in Dhaka."
        ),
    )
    assert len(found) == 1
    assert {"Ravi Menon", "Karim Rahman"} <= names(x, found[0].participants)


def test_a_headline_resuming_talks_tells_they_resumed(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(
        pipeline,
        "Norway and Denmark resume fishing talks in Oslo\n\nOSLO • X\n\n"
        "Norway and Denmark resumed fishing talks in Oslo on Monday after a pause of a year.\n",
    )
    talks = [e for e in found if e.kind == "negotiation_round"]
    assert [e.status for e in talks] == ["held"]


def test_an_earlier_round_keeps_the_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        body(
            "Norway's government and the Danish fishing lobby resumed talks in Oslo on Monday, "
            "4 March 2024. The first round of discussions to end the dispute took place in "
            "Bergen in November 2023."
        ),
    )
    rounds = [e for e in found if e.kind == "negotiation_round"]
    assert len(rounds) == 2
    assert names(x, rounds[1].participants) == names(x, rounds[0].participants) != set()


def test_a_release_in_exchange_for_others_is_one_swap(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(
        pipeline,
        body(
            "The UAE said it succeeded in mediating the release of 40 Armenian prisoners of war "
            "in exchange for 40 war prisoners from the Azerbaijani side. Azerbaijan confirmed "
            "the numbers."
        ),
    )
    assert [e.kind for e in found] == ["prisoner_exchange"]
    assert names(_x, found[0].participants) == {"Armenia", "Azerbaijan"}


def test_a_goal_approached_or_a_visit_prevented_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "President Anna Lind wrote that her delegation is ready to move towards the signing of "
        "agreements with Paul Grey.",
        "The ministry discouraged Prime Minister Paul Grey from paying a visit to Oslo.",
    ):
        assert events(pipeline, body(text))[1] == [], text


def test_back_from_a_visit_is_still_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(
        pipeline, body("Prime Minister Paul Grey returned on Monday from a visit to Oslo.")
    )
    assert [e.kind for e in found] == ["meeting"]
