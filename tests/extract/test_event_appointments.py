"""Offices given and taken (`event_appointments`): a named person appointed or named to a post,
or taking office, is an `other` event of its own, held, with the appointee and the appointer;
a modifier ("the newly appointed envoy"), a time clause ("since she was named") and a name
given after someone are none."""

from __future__ import annotations

from extract_helpers import extract, names


def _posts(x):  # type: ignore[no-untyped-def]
    words = ("appointed", "named", "took office", "assumed office", "sworn in")
    return [e for e in x.events if e.kind == "other" and e.trigger and e.trigger.text in words]


def _story(body: str) -> str:
    return f"Published: 2024-05-08\n\nNews of the day\n\nOslo • X\n\n{body}\n"


def test_a_person_appointed_to_a_post_by_a_leader_is_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Envoy Peter Hallworth was appointed as mediator on Monday by President Arne Solberg. "
        "He met the two delegations in Oslo on Tuesday."
    )
    x = extract(pipeline, _story(body))
    [post] = _posts(x)
    assert post.status == "held"
    assert {"Peter Hallworth", "Arne Solberg"} <= names(x, post.participants)
    assert [e for e in x.events if e.kind == "meeting"]  # the encounter stays apart


def test_a_person_taking_office_is_an_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, _story("President Arne Solberg took office in March after a vote."))
    [post] = _posts(x)
    assert names(x, post.participants) == {"Arne Solberg"}


def test_no_post_given_in_modifiers_time_clauses_or_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "The newly appointed envoy Marta Lindqvist met the delegations in Oslo on Monday.",
        "Marta Lindqvist has met the delegations twice since she was appointed in March.",
        "A new bridge in Oslo was named after Marta Lindqvist on Monday.",
    ):
        assert _posts(extract(pipeline, _story(body))) == []
