"""Gatherings already arranged, told inside a clause of aim, wish or discussion, are planned
events (issue 15: planned events missed outside lists): "the upcoming summit", "at this year's
forum"."""

from __future__ import annotations

import pytest
from extract_helpers import article, word

from kg.extract.event_intent import arranged, not_an_occurrence, occasion_of_act


@pytest.mark.parametrize(
    ("text", "form", "expected"),
    [
        (
            "Petra Holm flew to Southia on Monday with the goal of preparing the premier's "
            "upcoming visit.",
            "visit",
            True,
        ),
        ("Both cabinets discussed preparations for the forthcoming summit.", "summit", True),
        ("There is no upcoming meeting between the two leaders.", "meeting", False),
        ("The rebels hope to reach a ceasefire soon.", "ceasefire", False),
    ],
)
def test_an_arranged_noun_is_planned(nlp, text: str, form: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    tok = word(nlp, text, form)
    assert arranged(tok) is expected
    if expected:
        assert not not_an_occurrence(tok)


@pytest.mark.parametrize(
    ("text", "form", "expected"),
    [
        ("Lisbon wants to raise the fishing quotas at this year's summit.", "summit", True),
        ("The minister plans to bring up the border issue during the meeting.", "meeting", True),
        ("The council urged both sides to settle the dispute at a meeting.", "meeting", False),
        ("They hope to sign the accord on the sidelines of the summit.", "summit", True),
    ],
)
def test_an_occasion_is_presupposed(nlp, text: str, form: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    tok = word(nlp, text, form)
    assert occasion_of_act(tok) is expected
    assert not_an_occurrence(tok) is not expected


def test_an_upcoming_visit_told_as_an_aim_is_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        article(
            "Envoys meet in Vienna\n\nThe envoys of Ruritania and Borduria met in Vienna on "
            "Monday to coordinate further steps, with a view to President Olaf Lind's upcoming "
            "visit to Borduria.\n"
        )
    )
    visits = [e for e in x.events if e.trigger is not None and e.trigger.text == "visit"]
    assert len(visits) == 1
    assert visits[0].status == "planned"
