"""A truce told only as what sides must keep or carry out is no ceasefire event; one whose own
words tell when it happened, or one told as breached, is (issue 15: extra ceasefires from "the
implementation of the ceasefire agreement", "abide by the truce", "must respect the ceasefire")."""

from __future__ import annotations

import pytest
from extract_helpers import article, word

from kg.extract.event_observance import observed_only


@pytest.mark.parametrize(
    ("text", "form", "observed"),
    [
        ("Westland said Eastland had violated the ceasefire many times.", "ceasefire", False),
        (
            "They cited violations of the ceasefire agreement with the rebels, which has been in "
            "effect since May.",
            "agreement",
            False,
        ),
        ("They discussed the implementation of the ceasefire agreement.", "agreement", True),
        ("Both sides must respect the truce, the envoy said.", "truce", True),
        ("The rebels agreed to abide by the ceasefire.", "ceasefire", True),
        (
            "They discussed the full implementation of the ceasefire agreement in the north.",
            "agreement",
            True,
        ),
        ("The mission monitors the ceasefire along the river.", "ceasefire", True),
        (
            "They must respect the ceasefire, which came into effect on 11 April.",
            "ceasefire",
            False,
        ),
        ("Eastland violated the April 11 truce, Westland said.", "truce", False),
        ("A ceasefire was declared on Saturday.", "ceasefire", False),
        ("The ceasefire took effect at noon.", "ceasefire", False),
        ("The sides agreed to a ceasefire on Friday.", "ceasefire", False),
    ],
)
def test_a_truce_kept_or_broken_is_observed_only(nlp, text: str, form: str, observed: bool) -> None:  # type: ignore[no-untyped-def]
    assert observed_only(word(nlp, text, form)) is observed


def test_a_truce_to_abide_by_gives_no_ceasefire(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        article(
            "Rebels to join talks\n\nThe Green Front rebels have agreed to join the delayed "
            "peace talks in Oslo, after receiving assurances that Ruritanian forces will abide "
            "by the ceasefire. The two envoys addressed ways to ensure the full implementation "
            "of the ceasefire agreement in the north, the Freedonian foreign ministry said.\n"
        )
    )
    assert [e.kind for e in x.events] == ["negotiation_round"]


def test_a_truce_that_took_effect_stays_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        article(
            "Fighting stops in the north\n\nA ceasefire between Ruritania and the Green Front "
            "took effect on Sunday, the Ruritanian army said. The Freedonian envoy Paul Lind "
            "said on Monday that both sides must respect the ceasefire.\n"
        )
    )
    assert [e.kind for e in x.events].count("ceasefire") == 1
