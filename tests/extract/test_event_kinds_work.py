"""A meeting told as negotiating by frames beside it (`event_kinds_work`): the mediation named
on the verb that holds it, a purpose aiming at a deal through its means, a text two sides sign
at its close. Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import article, kind_of

from kg.extract.event_kinds import sequel_of


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        (
            "The Velorian and Castrian ministers held a meeting in Bern on Monday with the "
            "mediation of the Nordic envoys.",
            "meeting",
            "negotiation_round",
        ),
        # The mediators as the party met are an encounter, not help given to sides.
        ("The Castrian minister met with Nordic mediators in Bern.", "met", "meeting"),
        (
            "Minister Ilse Varga met her Castrian counterpart in Bern to discuss ways of "
            "reaching a lasting truce.",
            "met",
            "negotiation_round",
        ),
        (
            "Minister Ilse Varga met her Castrian counterpart in Bern to discuss ways of "
            "boosting tourism.",
            "met",
            "meeting",
        ),
        (
            "The army and the rebel council signed a joint declaration after a long meeting "
            "in Bern on Monday.",
            "meeting",
            "negotiation_round",
        ),
        # The second signer left by the parser without its "and": two subjects of "signed".
        (
            "The army team led by Colonel Ivo Brandt and rebel council chief Tomas Reiter "
            "signed the Charter of Quiet Borders after a special meeting in Bern on Monday.",
            "meeting",
            "negotiation_round",
        ),
        (
            "The Velorian and Castrian ministers met in Bern to discuss their differences.",
            "met",
            "negotiation_round",
        ),
        ("The two presidents held a meeting on the river dispute.", "meeting", "negotiation_round"),
        ("The two presidents held a meeting on river transport.", "meeting", "meeting"),
        # One signer of his own act: the meeting only came before it.
        (
            "The governor signed a decree after a meeting with his advisers on Monday.",
            "meeting",
            "meeting",
        ),
    ],
)
def test_meeting_told_as_negotiating_beside(nlp, text: str, word: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind_of(nlp, text, word) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Two Nordic envoys plan to visit Castria next week to negotiate a lasting truce "
            "with the rebel commanders.",
            "negotiation_round",
        ),
        ("The Velorian minister will visit Castria next week to discuss trade.", "meeting"),
        ("The Velorian minister will visit Castria next week.", "meeting"),
    ],
)
def test_visit_by_its_purpose(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    """A visit whose purpose negotiates is the session it is for (`gathering_kind`)."""
    assert kind_of(nlp, text, "visit") == kind


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Velorian and Castrian officials met in Bern to restart the border negotiations.", "met"),
        (
            "The envoy will host a meeting of the two leaders to revive the stalled peace talks.",
            "host",  # the verb whose object the meeting is: both in the meeting's path
        ),
        (
            "Castrian officials met the rebels in Bern in an effort to resume the border "
            "negotiations.",
            "met",
        ),
        # Talks reported as going on again are the talks themselves, no aim of another act.
        ("Velorian and Castrian officials resumed the border negotiations in Bern.", None),
        (
            "The envoys met in Bern to weigh the prospect of resuming the border negotiations.",
            "weigh",
        ),
        # Under way, or done beside the verb, a gerund is no aim.
        (
            "Velorian and Castrian officials are resuming the border negotiations in Bern, "
            "a spokesman said.",
            None,
        ),
        (
            "The two delegations, resuming the border negotiations in Bern on Monday, agreed "
            "on a prisoner list.",
            None,
        ),
    ],
)
def test_talks_aimed_at_come_after_the_act(nlp, text: str, act: str | None) -> None:  # type: ignore[no-untyped-def]
    """Talks an act aims to bring back are a sequel of that act (`sequel_of`), not its name."""
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ in ("negotiations", "talks"))
    found = sequel_of(head)
    assert (doc[found].text if found is not None else None) == act


def test_a_meeting_to_restart_talks_stays_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The talks named as the meeting's aim do not make the meeting a round (`event_coref`
    types a meeting joined to talks in its own sentence as a round)."""
    x = pipeline.extract(
        article(
            "Officials in Bern\n\nBern • X\n\n"
            "Velorian and Castrian officials met in Bern on Monday to restart the stalled "
            "border negotiations, the Castrian foreign ministry said.\n"
        )
    )
    met = [e for e in x.events if e.trigger.text == "met"]
    assert [e.kind for e in met] == ["meeting"]
