"""Decisions taken by a named body or office holder as `other` events: a budget, bill, decree
or resolution passed, adopted, approved or signed, a resignation accepted or rejected; none
when no one named decides or the decision is only possible."""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Decision day\n\nSomewhere • X\n\n(Agency) – {body}\n"


def others(x):  # type: ignore[no-untyped-def]
    return [names(x, e.participants) for e in x.events if e.kind == "other"]


def test_a_decree_signed_by_a_president(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story("President Lula da Silva signed a decree on Tuesday raising the minimum wage."),
    )
    assert any("Lula da Silva" in p for p in others(x))


def test_a_budget_approved_in_the_passive(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline, story("The new budget was approved by the Cabinet of Japan on Wednesday.")
    )
    assert any("Cabinet of Japan" in p for p in others(x))


def test_a_resignation_accepted(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Prime Minister Justin Trudeau accepted the resignation of Finance Minister "
            "Bill Morneau on Monday."
        ),
    )
    assert any({"Justin Trudeau", "Bill Morneau"} <= p for p in others(x))


def test_a_possible_vote_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, story("The Senate of Chile may pass the bill next week, analysts said."))
    assert not others(x)


def test_a_decision_by_no_one_named_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, story("The bill was passed on Monday after a long debate."))
    assert not others(x)


def test_office_holders_confirmed_by_a_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A vote of confidence or a confirmation: a slate of ministers or a cabinet approved.
    for body, body_name in (
        ("The Norwegian parliament approved Lars Dahl's list of ministers on Tuesday.", "parl"),
        ("On Tuesday the Danish parliament confirmed the new cabinet of Lars Dahl.", "parl"),
    ):
        x = extract(pipeline, story(body))
        assert any(any(body_name in n.lower() for n in p) for p in others(x)), body


def test_a_government_endorsed_is_no_confirmation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Support for a government is a stance, not a body confirming office holders.
    x = extract(pipeline, story("Norway endorsed the government of Denmark on Tuesday."))
    assert not others(x)
