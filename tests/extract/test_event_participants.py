"""Participants a reader finds outside the event word's narrowest phrase: with whom a
meeting was held past a time phrase ("held a meeting on Thursday with X"); and no state for a
company's nationality ("the Greek oil company X signed ...")."""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Leaders and attacks\n\nParis • X\n\n(Agency) – {body}\n"


def of_kind(x, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.kind == kind]


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
