"""A party the story calls a mediator anywhere stands apart from the sides of the talks it
mediates (kg/extract/event_thirds.py): it is their mediator, not a participant."""

from __future__ import annotations

import pytest
from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Talks go on\n\nLondon • X\n\n(Agency) – {body}\n"


def talks(x):  # type: ignore[no-untyped-def]
    [found] = [e for e in x.events if e.kind == "negotiation_round"]
    return found


def test_a_mediator_named_earlier_is_no_side_of_the_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "The rebels trust mediator Norway more than anyone. Talks between Portugal, the "
            "Veldan Liberation Front and Norway resumed in Tarvik on Tuesday."
        ),
    )
    t = talks(x)
    assert names(x, t.participants) == {"Portugal", "Veldan Liberation Front"}
    assert names(x, [t.mediator] if t.mediator else []) == {"Norway"}


def test_every_state_of_a_mediation_by_a_list_stands_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "A year of mediation by Norway and Denmark has kept the process alive. Portugal, "
            "Norway, Denmark and the Veldan Liberation Front held talks in Tarvik on Tuesday."
        ),
    )
    assert names(x, talks(x).participants) == {"Portugal", "Veldan Liberation Front"}


def test_who_has_been_mediating_between_sides_is_their_mediator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway has been mediating between the two sides since May. Portugal and the "
            "Veldan Liberation Front held a round of talks with Norway in Tarvik on Tuesday."
        ),
    )
    t = talks(x)
    assert "Norway" not in names(x, t.participants)
    assert names(x, [t.mediator] if t.mediator else []) == {"Norway"}


def test_a_mediator_meeting_one_side_keeps_its_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway, the mediator, met the Veldan Liberation Front in Tarvik on Tuesday for talks."
        ),
    )
    assert "Norway" in names(x, talks(x).participants)


def test_helping_aid_along_makes_no_mediator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway has worked to facilitate aid deliveries. Portugal, the Veldan Liberation "
            "Front and Norway held talks in Tarvik on Tuesday."
        ),
    )
    assert "Norway" in names(x, talks(x).participants)


def test_who_works_to_broker_talks_is_their_mediator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Since March Norway has been working hard to broker a settlement. Portugal, the "
            "Veldan Liberation Front and Norway held talks in Tarvik on Tuesday."
        ),
    )
    t = talks(x)
    assert names(x, t.participants) == {"Portugal", "Veldan Liberation Front"}
    assert names(x, [t.mediator] if t.mediator else []) == {"Norway"}


def test_who_leads_an_effort_to_mediate_is_the_mediator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "The rebels welcomed a plan championed by Norway to mediate an end to the fighting. "
            "Portugal, the Veldan Liberation Front and Norway held talks in Tarvik on Tuesday."
        ),
    )
    assert names(x, talks(x).participants) == {"Portugal", "Veldan Liberation Front"}


@pytest.mark.parametrize(
    "body",
    [
        # who hosts the talks, told elsewhere in the story
        "Norway, which is hosting the talks, flew in fresh negotiators. Portugal, the "
        "Veldan Liberation Front and Norway held a round of talks in Tarvik on Tuesday.",
        # who leads the talks, told by a hyphened word
        "The Norway-led peace talks have run since May. Portugal, Norway and the Veldan "
        "Liberation Front sat down for talks once more in Tarvik on Tuesday.",
    ],
)
def test_a_third_party_told_elsewhere_is_the_mediator_of_each_round(pipeline, body: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, story(body))
    rounds = [e for e in x.events if e.kind == "negotiation_round"]
    assert rounds
    for t in rounds:
        assert names(x, t.participants) == {"Portugal", "Veldan Liberation Front"}
        assert names(x, [t.mediator] if t.mediator else []) == {"Norway"}


def test_a_host_of_one_guest_keeps_its_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Guard, passes without its change too: the rule that sets a host of talks apart as their
    mediator must not take from the sides a state that hosted just one guest."""
    x = extract(
        pipeline,
        story(
            "Norway hosted the Veldan Liberation Front last winter. Norway and the Veldan "
            "Liberation Front held a round of talks in Tarvik on Tuesday."
        ),
    )
    assert names(x, talks(x).participants) == {"Norway", "Veldan Liberation Front"}


def test_talks_a_state_mediates_in_a_compound_name_the_storys_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Portugal and the Veldan Liberation Front have fought over the coast for years, "
            "and the United States has urged restraint. Next week the U.S.-mediated talks open "
            "in Tarvik, a minister said."
        ),
    )
    t = talks(x)
    assert names(x, t.participants) == {"Portugal", "Veldan Liberation Front"}
    assert names(x, [t.mediator] if t.mediator else []) == {"United States"}


def test_under_the_auspices_of_a_state_it_stands_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "The process goes on under the auspices of Norway. Portugal, the Veldan Liberation "
            "Front and Norway held a round of talks in Tarvik on Tuesday."
        ),
    )
    t = talks(x)
    assert names(x, t.participants) == {"Portugal", "Veldan Liberation Front"}
    assert names(x, [t.mediator] if t.mediator else []) == {"Norway"}


def test_who_hosts_a_meeting_with_two_sides_is_its_mediator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway will host a meeting with Portugal and the Veldan Liberation Front in Tarvik."
        ),
    )
    [meeting] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert names(x, meeting.participants) == {"Portugal", "Veldan Liberation Front"}
    assert names(x, [meeting.mediator] if meeting.mediator else []) == {"Norway"}


def test_a_minister_who_chairs_a_meeting_of_counterparts_keeps_a_seat(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Chairing a meeting is presiding among its members, not standing between them: the chair
    # and the chair's state stay participants (only a chair of talks stands apart).
    x = extract(
        pipeline,
        story(
            "Latvian Foreign Minister Ivo Kalns chaired a meeting with Estonian Foreign "
            "Minister Mari Tamm and Lithuanian Foreign Minister Jonas Valys in Riga on Monday."
        ),
    )
    [meeting] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert "Ivo Kalns" in names(x, meeting.participants)
    assert meeting.mediator is None


def test_the_chair_of_a_round_of_talks_stands_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Guard, passes without its change too: seating the chair of a meeting among its members
    must not seat the chair of a round of talks, who stays their mediator."""
    x = extract(
        pipeline,
        story(
            "The round of talks between Portugal and the Veldan Liberation Front, chaired by "
            "Norway, opened in Tarvik on Tuesday."
        ),
    )
    t = talks(x)
    assert names(x, t.participants) == {"Portugal", "Veldan Liberation Front"}
    assert names(x, [t.mediator] if t.mediator else []) == {"Norway"}
