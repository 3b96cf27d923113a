"""Who takes part, in words news copy uses for a party without its name: "his Mexican
counterpart" (the person of that state the article names, before or after), and "X had been
in talks with Y" (a copula that places X in the talks). Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import extract, names


def story(headline: str, body: str) -> str:
    return f"{headline}\n\nOslo • X\n\n(Agency) – {body}\n"


def test_a_counterpart_named_later_is_that_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norwegian minister calls talks with his Danish counterpart useful",
            "Norwegian Foreign Minister Anna Berg held talks in Oslo on Monday. In a joint news "
            "conference with Danish Foreign Minister Lars Holm, Berg said the talks were useful.",
        ),
    )
    parties = set().union(*(names(x, e.participants) for e in x.events))
    assert "Lars Holm" in parties


@pytest.mark.parametrize(
    ("title", "word"),
    [("Foreign Minister", "counterpart"), ("Prime Minister", "peer")],  # a peer is a counterpart
)
def test_a_counterpart_named_before_is_that_person(pipeline, title: str, word: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers in Oslo",
            f"Danish {title} Lars Holm arrived in Oslo on Sunday. On Monday, Norwegian "
            f"{title} Anna Berg held talks with her Danish {word}.",
        ),
    )
    # (talks with a counterpart are a meeting: `event_kinds`)
    [talks] = [e for e in x.events if e.kind == "meeting"]
    assert {"Anna Berg", "Lars Holm"} <= names(x, talks.participants)


def test_a_counterpart_of_a_state_with_no_person_stays_the_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers in Oslo",
            "On Monday, Norwegian Foreign Minister Anna Berg held talks with her Danish "
            "counterpart in Oslo. Denmark has long sought a deal on fishing rights.",
        ),
    )
    [talks] = [e for e in x.events if e.kind == "meeting"]
    assert names(x, talks.participants) >= {"Anna Berg", "Denmark"}


def test_who_had_been_in_talks_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers in Oslo",
            "As it turned out, Norway had been in secret talks with Denmark brokered by Sweden.",
        ),
    )
    [talks] = x.events
    assert {"Norway", "Denmark"} <= names(x, talks.participants)


def test_a_visitor_meeting_two_people_of_one_state_is_two_meetings(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway's minister in Denmark",
            "Norwegian Foreign Minister Anna Berg met Danish Foreign Minister Lars Holm in "
            "Copenhagen on Monday. Norway and Denmark have long disagreed on fishing rights. "
            "Berg also met with Danish Prime Minister Eva Lind.",
        ),
    )
    meetings = [names(x, e.participants) for e in x.events if e.kind == "meeting"]
    assert any({"Anna Berg", "Lars Holm"} <= m and "Eva Lind" not in m for m in meetings)
    assert any({"Anna Berg", "Eva Lind"} <= m and "Lars Holm" not in m for m in meetings)


def test_a_meeting_told_again_by_its_people_stays_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway's minister in Denmark",
            "Norwegian Foreign Minister Anna Berg met Danish Foreign Minister Lars Holm in "
            "Copenhagen on Monday. Norway and Denmark have long disagreed on fishing rights. "
            "At the meeting, Berg and Holm discussed quotas.",
        ),
    )
    assert len([e for e in x.events if e.kind == "meeting"]) == 1


def test_who_a_visitor_deals_with_where_the_visit_goes_is_met(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers in Oslo",
            "Danish Prime Minister Lars Holm visited Oslo on Tuesday, where he discussed the "
            "resumption of talks with Norwegian Prime Minister Anna Berg.",
        ),
    )
    [visit] = [e for e in x.events if e.kind == "meeting"]
    assert {"Lars Holm", "Anna Berg"} <= names(x, visit.participants)


def test_what_is_about_a_state_where_the_visit_goes_names_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers in Oslo",
            "Danish Prime Minister Lars Holm visited Oslo, where he spoke at a conference on "
            "relations with Sweden.",
        ),
    )
    assert all("Sweden" not in names(x, e.participants) for e in x.events)
