"""Frames that make an event word no occurrence (a condition, a contrast), and one
occurrence told twice folded into one event."""

from __future__ import annotations

import pytest
from extract_helpers import dated_text, extract, word

from kg.extract.event_modality_frames import (
    contrasted_away,
    under_condition,
)


@pytest.mark.parametrize(
    "body",
    [
        "The Varnish council walked out of the process, saying it would only return unless "
        "the facilitator agrees to reopen negotiations with Ostland on its draft.",
        "If the accord is initialled, Ostland says it will sign trade accords with Varnland "
        "in Brell.",
    ],
)
def test_what_a_condition_governs_is_no_event(pipeline, body: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, dated_text("Council walks out", body, "2031-04-02"))
    kinds = {e.kind for e in x.events}
    assert not kinds & {"negotiation_round", "agreement_signing"}


def test_a_condition_clause_is_read_up_the_tree(pipeline) -> None:  # type: ignore[no-untyped-def]
    nlp = pipeline.nlp
    text = "If the accord is initialled, Ostland will sign trade accords with Varnland."
    assert under_condition(word(nlp, text, "sign"), told_past=False)
    assert not under_condition(word(nlp, text, "sign"), told_past=True)
    plain = "Ostland will sign trade accords with Varnland on Monday."
    assert not under_condition(word(nlp, plain, "sign"), told_past=False)


def test_the_alternative_set_aside_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    nlp = pipeline.nlp
    text = "The premier wants a final settlement rather than another brief truce."
    assert contrasted_away(word(nlp, text, "truce"))
    plain = "The premier wants another brief truce."
    assert not contrasted_away(word(nlp, plain, "truce"))


def test_two_tellings_of_one_day_s_meeting_are_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "After repeated postponements and a cancellation, the foreign secretaries of Ostland "
        "and Varnland on Tuesday met in Brell hoping to revive contacts. Ostland's Foreign "
        "Secretary Halvard Mirre and his Varnland counterpart Teodor Brask held a meeting on "
        "the margins of a regional conference there."
    )
    x = extract(pipeline, dated_text("Secretaries meet", body, "2031-04-08"))
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert [e.status for e in meetings] == ["held"]
