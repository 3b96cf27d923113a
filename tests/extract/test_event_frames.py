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
        "If negotiations with Varnland resume in Brell, Ostland says it will lift its tariffs.",
    ],
)
def test_what_a_condition_governs_is_no_event(pipeline, body: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, dated_text("Council walks out", body, "2031-04-02"))
    kinds = {e.kind for e in x.events}
    assert not kinds & {"negotiation_round", "agreement_signing"}


def test_only_words_inside_a_condition_clause_are_under_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    nlp = pipeline.nlp
    text = "Ostland will sign trade accords with Varnland if the talks on the draft succeed."
    assert under_condition(word(nlp, text, "talks"))
    # The main clause is still what is arranged or expected (a plan), the condition aside.
    assert not under_condition(word(nlp, text, "sign"))
    conceding = "Ostland will sign trade accords with Varnland even if the talks on it stall."
    assert not under_condition(word(nlp, conceding, "talks"))


@pytest.mark.parametrize("frame", ["if the truce holds", "even if the rebels stay away"])
def test_a_plan_with_a_condition_on_its_clause_is_still_planned(pipeline, frame: str) -> None:  # type: ignore[no-untyped-def]
    body = f"Ostland and Varnland will resume talks in Brell on Monday {frame}."
    x = extract(pipeline, dated_text("Sides to meet", body, "2031-04-09"))
    rounds = [e for e in x.events if e.kind == "negotiation_round"]
    assert any(
        e.status == "planned" and e.date is not None and e.date.iso() == "2031-04-14"
        for e in rounds
    ), [(e.status, e.date) for e in rounds]


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
