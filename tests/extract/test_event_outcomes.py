"""What a step may bring about is a prospect, and a `to` clause that marks someone or says what
is fitting is no occurrence: neither is an event (issue 15: planned gatherings read from "would
lead to", "may result in", "the only general to see the king", "it is time to meet")."""

from __future__ import annotations

import pytest
from extract_helpers import article, word

from kg.extract.event_intent import outcome_ahead, told_as_trait


@pytest.mark.parametrize(
    ("text", "form", "ahead"),
    [
        (
            "The envoy wants a lasting truce that would lead to new negotiations.",
            "negotiations",
            True,
        ),
        ("The plan is meant to result in a ceasefire along the river.", "ceasefire", True),
        (
            "The proposals will bring both camps closer and maybe result in a summit.",
            "summit",
            True,
        ),
        ("Weeks of contacts led to a meeting of the two presidents.", "meeting", False),
        ("The mediation resulted in a ceasefire on Sunday.", "ceasefire", False),
        ("The delay will lead to the postponement of the summit.", "summit", False),
    ],
)
def test_what_a_step_may_bring_about_is_ahead(nlp, text: str, form: str, ahead: bool) -> None:  # type: ignore[no-untyped-def]
    assert outcome_ahead(word(nlp, text, form)) is ahead


def test_a_truce_that_would_lead_to_talks_gives_no_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        article(
            "Envoy speaks\n\nThe Freedonian envoy Paul Lind said on Monday that his aim was a "
            "stable truce between Ruritania and the Green Front that would lead to further "
            "negotiations.\n"
        )
    )
    assert "negotiation_round" not in [e.kind for e in x.events]


@pytest.mark.parametrize(
    ("text", "form", "trait"),
    [
        (
            "Anna Lind, the first Westland president to visit Eastland in a decade, laid a wreath.",
            "visit",
            True,
        ),
        ("It is time to meet the rebels, the bishop said.", "meet", True),
        ("I thank the minister for taking the time to meet me, the envoy said.", "meet", True),
        ("Karl Berg called it an honour to visit Norland at last.", "visit", True),
        ("The two sides set a time to meet in Lisbon.", "meet", False),
        ("He renewed the invitation to the king to visit Oslo.", "visit", False),
        ("The two envoys plan to meet in Lisbon on Monday.", "meet", False),
    ],
)
def test_a_to_clause_that_marks_someone_is_no_occurrence(
    nlp, text: str, form: str, trait: bool
) -> None:  # type: ignore[no-untyped-def]
    assert told_as_trait(word(nlp, text, form)) is trait


def test_the_first_visitor_to_meet_someone_gives_one_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        article(
            "Minister meets envoy\n\nEastland Foreign Minister Anna Lind received Westland's "
            "ambassador Karl Berg in Norland on Monday. Aides called Berg the first foreigner to "
            "meet Lind in her new post.\n"
        )
    )
    assert [(e.kind, e.status) for e in x.events] == [("meeting", "held")]
