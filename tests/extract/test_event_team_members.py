"""Named people of the teams at talks told sentences after the talks: the members a copular
sentence lists ("the other members are X and Y"), a head named in the next sentence about the
teams, and the time of a reported clause ("officials said the team will be led by X").
Invented sentences."""

from __future__ import annotations

from extract_helpers import extract, names


def story(headline: str, body: str) -> str:
    return f"{headline}\n\nOslo • X\n\nOSLO - {body}\n"


TEXT = story(
    "River talks set",
    "Northland and Southland agreed to hold talks on the shared river. The talks are due to "
    "open on Thursday in Geneva. The two states have quarrelled over the dams for a decade. "
    "Farmers on both banks fear a dry summer. Northland's cabinet said the Northland "
    "delegation will be led by Ambassador Petra Vos. The two other members are Colonel Ivan "
    "Marsh and the hydrologist Lena Torp. Foreign Minister Omar Reyes will lead the Southland "
    "delegation, officials in Southland said.",
)


def test_listed_members_and_the_next_head_take_part_in_the_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, TEXT)
    talks = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert talks
    people = names(x, talks[0].participants)
    assert {"Ivan Marsh", "Lena Torp", "Omar Reyes"} <= people


def test_the_person_representing_a_side_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Canal talks held",
            "Eastland and Westland held talks on the canal tolls in Vienna on Monday. The "
            "Eastland side was represented by Ambassador Rosa Kent.",
        ),
    )
    talks = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert talks and "Rosa Kent" in names(x, talks[0].participants)


def test_a_gatherings_clause_of_members_lists_its_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Canal forum meets",
            "The canal talks, which include, besides Norway and Sweden, Finland, Denmark and "
            "the Harbour Union, have met every year since 2010.",
        ),
    )
    talks = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert talks
    assert {"Finland", "Denmark", "Harbour Union"} <= names(x, talks[0].participants)


def test_members_listed_in_another_role_are_no_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Guard, passes without its change too: the list of a gathering's members in a relative
    clause of inclusion must not make an observer named in it a party."""
    x = extract(
        pipeline,
        story(
            "Canal forum meets",
            "The canal talks, which include Norway and Sweden as the parties and Finland as an "
            "observer, resumed in Vienna on Monday.",
        ),
    )
    talks = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert talks and "Finland" not in names(x, talks[0].participants)


def test_who_heads_a_named_party_of_the_talks_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Canal talks held",
            "The Harbour Council and the Veldan Front held a second round of talks on the "
            "canal in Vienna on Monday. The Harbour Council was led by its deputy chair Rosa "
            "Kent, while the Veldan Front was headed by Ola Brekke.",
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert {"Rosa Kent", "Ola Brekke"} <= names(x, talks.participants)


def test_a_party_s_standing_leader_told_in_passing_is_no_head_at_the_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Canal talks held",
            "The Harbour Council and the Veldan Front held a second round of talks on the "
            "canal in Vienna on Monday. The Veldan Front, led by Ola Brekke since 2019, has "
            "long demanded lower tolls.",
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert "Ola Brekke" not in names(x, talks.participants)


def test_who_led_a_party_in_another_time_is_no_head_at_the_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Canal talks held",
            "The Harbour Council and the Veldan Front held a second round of talks on the "
            "canal in Vienna on Monday. Mira Holt led the Harbour Council from 2004 to 2011 "
            "and now teaches law in Graz.",
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert "Mira Holt" not in names(x, talks.participants)


def test_x_led_a_party_in_a_later_sentence_of_its_own_is_no_head(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Canal talks held",
            "The Harbour Council and the Veldan Front held a second round of talks on the "
            "canal in Vienna on Monday. Years ago, the lawyer Mira Holt led the Harbour "
            "Council.",
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert "Mira Holt" not in names(x, talks.participants)


def test_x_led_a_party_beside_a_named_delegation_is_a_head(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Canal talks held",
            "Norway and Sweden held a second round of talks on the canal in Vienna on "
            "Monday. Minister Rosa Kent led the Norwegian delegation while her counterpart "
            "Ola Brekke led Sweden.",
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert {"Rosa Kent", "Ola Brekke"} <= names(x, talks.participants)
