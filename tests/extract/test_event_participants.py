"""Participants a reader finds outside the event word's narrowest phrase: the people an
attack killed, told by a clause on the attack ("that resulted in the deaths of ..."), with
whom a meeting was held past a time phrase, and no state for a company's nationality."""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Leaders and attacks\n\nParis • X\n\n(Agency) – {body}\n"


def of_kind(x, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.kind == kind]


def test_the_deaths_an_attack_resulted_in_name_its_victims(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "The senator failed to mention the 2014 terror attack on the embassy in Kabul that "
            "resulted in the deaths of three Americans: Ambassador John Harlow, Peter Quist "
            "and Anne Brody."
        ),
    )
    [attack] = of_kind(x, "attack")
    assert names(x, attack.participants) == {"John Harlow", "Peter Quist", "Anne Brody"}


def test_a_relative_clause_on_the_place_struck_names_who_was_killed(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "The rocket attack on the base in Erbil, which killed Colonel Mark Stroud, was "
            "blamed on militias."
        ),
    )
    [attack] = of_kind(x, "attack")
    assert "Mark Stroud" in names(x, attack.participants)


def test_an_attack_that_led_to_talks_names_no_victim(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "The rocket attack on the base in Erbil, which led to talks between Colonel Mark "
            "Stroud and the governor, was blamed on militias."
        ),
    )
    for attack in of_kind(x, "attack"):
        assert "Mark Stroud" not in names(x, attack.participants)


def test_with_whom_a_meeting_was_held_past_a_time_phrase(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story("Greek Prime Minister Nikos Andreou held a meeting on Thursday with Mark Stroud."),
    )
    [meeting] = of_kind(x, "meeting")
    assert {"Nikos Andreou", "Mark Stroud"} <= names(x, meeting.participants)


def test_a_company_s_nationality_is_no_party_of_its_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Greece backs the pipeline. On Friday the Greek oil company Hellenic Petroleum "
            "signed a supply agreement with Shell."
        ),
    )
    [signing] = of_kind(x, "agreement_signing")
    parties = names(x, signing.participants)
    assert {"Hellenic Petroleum", "Shell"} <= parties
    assert "Greece" not in parties


def test_a_delegation_keeps_the_state_of_its_adjective(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline, story("Ukraine held talks with the Russian delegation in Istanbul on Monday.")
    )
    [talks] = of_kind(x, "negotiation_round")
    assert {"Ukraine", "Russia"} <= names(x, talks.participants)
