"""The levels of an event's parties: a person's state is a party beside the person when the
article names that state as an actor (as the realnews annotations list them), never inferred
from an adjective alone; a name inside a body's name is no party beside the body
(kg/extract/event_levels.py)."""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Leaders and calls\n\nOslo • X\n\n(Agency) – {body}\n"


def of_kind(x, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.kind == kind]


def test_a_post_s_state_named_as_an_actor_joins_the_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway and Chile signed a fisheries accord last year. On Monday Norwegian Prime "
            "Minister Ola Brekke held a phone call with Chilean President Rosa Vidal."
        ),
    )
    [call] = of_kind(x, "phone_call")
    parties = names(x, call.participants)
    assert {"Ola Brekke", "Rosa Vidal", "Norway", "Chile"} <= parties


def test_a_state_only_an_adjective_tells_is_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Sweden and Denmark share a border. Finnish foreign minister Aino Lehto and her "
            "Swedish and Danish counterparts, Erik Lund and Mads Holm, met in Helsinki on Tuesday."
        ),
    )
    [meeting] = of_kind(x, "meeting")
    parties = names(x, meeting.participants)
    assert {"Aino Lehto", "Erik Lund", "Mads Holm", "Sweden", "Denmark"} <= parties
    assert "Finland" not in parties


def test_a_state_named_as_a_party_stays_beside_its_envoy(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway and Chile held talks in Oslo on Monday, Norwegian Foreign Minister Ola "
            "Brekke said."
        ),
    )
    [talks] = of_kind(x, "negotiation_round")
    assert {"Norway", "Chile"} <= names(x, talks.participants)


def test_a_body_named_with_its_state_is_one_party_of_its_vote(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "On Tuesday the Parliament of Estonia voted on a resolution to close the border. "
            "Estonia has long debated the issue."
        ),
    )
    votes = [e for e in x.events if e.kind == "other"]
    assert votes
    assert names(x, votes[0].participants) == {"Parliament of Estonia"}


def test_the_sponsor_of_a_hyphened_backer_is_no_side_of_the_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway and Chile signed a fisheries accord last year. Chile and the Norway-backed "
            "rebels of the Veldan Front held talks in Tarvik on Friday."
        ),
    )
    [talks] = of_kind(x, "negotiation_round")
    assert names(x, talks.participants) == {"Chile", "Veldan Front"}


def test_a_capital_set_as_a_side_of_talks_is_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Kenya, Uganda and Peru signed a trade accord last year. Talks between Nairobi "
            "and Kampala resumed in Geneva on Friday."
        ),
    )
    [talks] = of_kind(x, "negotiation_round")
    assert names(x, talks.participants) == {"Kenya", "Uganda"}
