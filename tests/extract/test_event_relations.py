"""Acts between states that neither the trigger words nor the act stage read: ties resumed,
an embassy reopened, a suspension from a body; told as done by a doer, not as an aim
("agreed to restore ties", "must cut ties")."""

from __future__ import annotations

from extract_helpers import extract


def story(body: str) -> str:
    return f"Relations day\n\nSomewhere • X\n\n(Agency) – {body}\n"


def kinds(pipeline, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.kind for e in extract(pipeline, story(body)).events]


def test_ties_resumed_in_the_past(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "other" in kinds(pipeline, "Sudan resumed diplomatic relations with Chad on Monday.")


def test_ties_to_be_restored_are_an_aim(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "other" not in kinds(
        pipeline, "Ruritania and Freedonia agreed to restore diplomatic ties within two months."
    )


def test_ties_that_must_be_cut_are_a_demand(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "other" not in kinds(pipeline, "Qatar must cut ties with Iran, Saudi Arabia said.")


def test_an_embassy_reopened(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Iran reopened its embassy in the Saudi capital on Tuesday."
    assert "other" in kinds(pipeline, body)


def test_a_member_suspended_from_a_bloc(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "ECOWAS suspended Mali from its decision-making bodies on Thursday."
    x = extract(pipeline, story(body))
    # done: held, though "suspended" names a postponement elsewhere
    assert [e.status for e in x.events if e.kind == "other"] == ["held"]


def test_a_party_that_suspends_its_participation_leaves_the_talks_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norway and Chile held talks in Oslo on Monday. In May 2019, Peru suspended its "
        "participation in the fishery talks with Chile."
    )
    x = extract(pipeline, story(body))
    [left] = [e for e in x.events if e.kind == "other"]
    assert left.status == "held" and left.date is not None and left.date.month == 5
    assert all(e.status == "held" for e in x.events if e.kind == "negotiation_round")


def test_a_state_leaving_a_state_or_a_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "Norway seceded from its union with Sweden in June 1905.",
        "Iceland declared independence on a wet morning in 1944.",
        "Peru and Bolivia withdrew from the Andean pact last spring.",
    ):
        assert "other" in kinds(pipeline, body), body


def test_a_flow_between_states_stopped(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "Last autumn, Norway shut off its gas exports after a pricing quarrel with Latvia.",
        "Latvia suspended all cooperation with the inspectors on Thursday.",
        # a state's dealings with another are cut like its ties (`act_lexicon`'s contact)
        "Latvia stopped its dealings with the inspectors in March.",
        "Estonia suspended all interaction with the survey team in May.",
    ):
        assert "other" in kinds(pipeline, body), body


def test_leaving_a_meeting_or_a_wish_to_secede_is_no_state_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "other" not in kinds(
        pipeline, "Iceland wants to secede from the union, its premier said."
    )
