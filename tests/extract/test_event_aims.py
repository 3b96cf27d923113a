"""What a session works for, heads for or an arrival is for is no event of its own (issue 15:
kind-only errors from ceasefires, releases and signings that are only aims, and visits told as
arrivals)."""

from __future__ import annotations

import pytest
from extract_helpers import article, word

from kg.extract.event_intent import infinitive_aim, session_aim
from kg.extract.event_kinds import gathering_kind, ranked_level
from kg.extract.event_modality import goal_of_other
from kg.extract.event_senses import event_sense


@pytest.mark.parametrize(
    ("text", "form", "aim"),
    [
        ("The two sides held talks in Geneva to reach a lasting ceasefire.", "ceasefire", True),
        (
            "She spoke with the general about ongoing talks to reach a short-term truce.",
            "truce",
            True,
        ),
        (
            "Both armies will engage in indirect talks in Doha on Monday to secure the release "
            "of hostages.",
            "release",
            True,
        ),
        ("The ministers met in Rome to sign the agreement.", "agreement", False),
        ("The rebels reached a ceasefire with the army on Sunday.", "ceasefire", False),
    ],
)
def test_what_talks_work_for_is_an_aim(nlp, text: str, form: str, aim: bool) -> None:  # type: ignore[no-untyped-def]
    assert session_aim(word(nlp, text, form)) is aim


def test_what_one_moves_towards_is_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    tok = word(nlp, "The delegation is ready to move towards the signing of a treaty.", "signing")
    assert goal_of_other(tok)


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("The king arrived in Lisbon on Tuesday on a three-day state visit.", False),
        ("The minister landed in Accra for a short visit.", False),
        ("The prime minister will pay a visit to Lisbon next week.", True),
    ],
)
def test_a_visit_told_as_an_arrival(nlp, text: str, sense: bool) -> None:  # type: ignore[no-untyped-def]
    assert event_sense(word(nlp, text, "visit"), "meeting") is sense


def test_talks_for_a_truce_give_no_truce(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        article(
            "Talks resume\n\nThe government of Ruritania and the Green Front rebels held talks "
            "in Oslo on Monday to reach a lasting ceasefire.\n"
        )
    )
    assert "ceasefire" not in [e.kind for e in x.events]


@pytest.mark.parametrize("mod", ["proposed", "mooted"])
def test_a_proposed_truce_is_no_truce(pipeline, mod: str) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        article(
            "Talks resume\n\nThe Ruritanian government and the Green Front resumed talks in "
            f"Oslo on Monday after a halt caused by a dispute over a {mod} ceasefire.\n"
        )
    )
    assert "ceasefire" not in [e.kind for e in x.events]


def test_the_talks_after_phone_talks_are_the_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        article(
            "Ministers speak\n\nForeign Minister Anna Berg and her Freedonian counterpart Paul "
            "Lind held phone talks on Wednesday. The talks, which lasted for half an hour, were "
            "the first since the launch of the new cabinet. Berg raised trade issues during the "
            "talks.\n"
        )
    )
    assert [e.kind for e in x.events] == ["phone_call"]


@pytest.mark.parametrize(
    ("text", "form", "ranked"),
    [
        ("The two states agreed to hold a government-level meeting in Lisbon.", "meeting", True),
        ("Trade will come up at the upcoming deputy minister-level meet.", "meet", True),
        ("The two sides held director-general level talks of their border guards.", "talks", True),
        ("Both countries planned four high-level meetings.", "meetings", False),
    ],
)
def test_a_session_at_a_rank_of_officials_negotiates(
    nlp, text: str, form: str, ranked: bool
) -> None:  # type: ignore[no-untyped-def]
    assert ranked_level(word(nlp, text, form)) is ranked
    if form != "talks":
        kind = gathering_kind(word(nlp, text, form), "meeting")
        assert kind == ("negotiation_round" if ranked else "meeting")


@pytest.mark.parametrize(
    ("text", "form", "aim"),
    [
        (
            "The envoy, who is hoping to reach a firm agreement on a lasting truce, left Oslo.",
            "truce",
            True,
        ),
        (
            "The bishop backed the appeal for both militias to achieve a permanent ceasefire.",
            "ceasefire",
            True,
        ),
        ("Mediators managed to reach a ceasefire on Monday.", "ceasefire", False),
        ("The two armies had reached an agreement on a ceasefire in May.", "ceasefire", False),
    ],
)
def test_what_a_to_clause_of_achieving_takes_is_an_aim(
    nlp, text: str, form: str, aim: bool
) -> None:  # type: ignore[no-untyped-def]
    assert infinitive_aim(word(nlp, text, form)) is aim
