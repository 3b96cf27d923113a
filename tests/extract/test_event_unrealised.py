"""What a clause tells as not done is no occurrence: an act its doer failed to do, and what a
noun of hoping governs; the occasion of such an act still took place."""

from __future__ import annotations

import pytest
from extract_helpers import word

from kg.extract.event_intent import not_an_occurrence


@pytest.mark.parametrize(
    ("text", "form", "none"),
    [
        # failing to do something tells it was not done
        ("The two delegations failed to agree on a swap of detainees.", "swap", True),
        ("Envoys of both camps failed to sign the truce on Tuesday.", "truce", True),
        # the occasion of the failed act was held
        (
            "The envoys failed to agree on a swap of detainees during negotiations in Lusaka.",
            "negotiations",
            False,
        ),
        (
            "The foreign ministers could not settle the border dispute after talks in Valletta.",
            "talks",
            False,
        ),
        # a noun of hoping: its clause is hoped for, not arranged
        (
            "The chancellor voiced the hope that a trade treaty would be signed soon.",
            "signed",
            True,
        ),
        ("The minister expressed hopes that the rivals would hold talks.", "talks", True),
        # an arranged occurrence told in a clause of its own stays one
        ("The chancellor said that a trade treaty would be signed in May.", "signed", False),
        # the purpose of a journey not made is not done; of one made, it is
        ("Tom Ode did not travel to the capital to sign the truce himself.", "sign", True),
        ("Tom Ode travelled to the capital to sign the truce on Monday.", "sign", False),
        # a gathering the negated verb's purpose names may be held all the same
        ("Vosk did not fly to Lusaka to attend the talks there.", "talks", False),
        # what demands or conditions include is asked for
        (
            "The demands include an immediate ceasefire and an end to the blockade.",
            "ceasefire",
            True,
        ),
        ("Their conditions include a prisoner swap before the vote.", "swap", True),
    ],
)
def test_unrealised_acts(nlp, text: str, form: str, none: bool) -> None:  # type: ignore[no-untyped-def]
    assert not_an_occurrence(word(nlp, text, form)) is none


@pytest.mark.parametrize(
    ("text", "form", "none"),
    [
        # what the clause tells of an agreement's text is told of the occurrence it names
        ("The rebels pledged to keep working toward a truce accord with Vosk.", "truce", True),
        ("The rebels signed a truce accord with Vosk on Monday.", "truce", False),
        # a body named by what it serves is no occurrence; a named agreement or round is one
        ("Officers of the Joint Ceasefire Monitoring Team toured the valley.", "Ceasefire", True),
        ("The Tarvo Ceasefire Agreement took effect at dawn.", "Ceasefire", False),
    ],
)
def test_words_inside_names_and_texts(nlp, text: str, form: str, none: bool) -> None:  # type: ignore[no-untyped-def]
    assert not_an_occurrence(word(nlp, text, form)) is none
