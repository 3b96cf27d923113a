"""Event mentions read by forms the trigger words missed: a meal shared with a party and a
courtesy call are meetings; a named traveller's trip is an `other` event; a meeting a third
party facilitated negotiates; a batch of texts, a raised passive and "signed it" are signings;
"refused to sign" is none."""

from __future__ import annotations

from extract_helpers import extract, names


def events(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    return x, x.events


def test_a_working_dinner_with_a_party_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        "Danish Foreign Minister Erik Holm had a working dinner in Aarhus on Tuesday with "
        "Finnish Prime Minister Liisa Varto.",
    )
    meetings = [e for e in found if e.kind == "meeting"]
    assert len(meetings) == 1
    assert {"Erik Holm", "Liisa Varto"} <= set(names(x, meetings[0].participants))


def test_a_dinner_in_honour_of_a_guest_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        "The Minister for Foreign Affairs of Denmark, Erik Holm, hosted a dinner in honour of "
        "the visiting Finnish Foreign Minister Liisa Varto on Tuesday.",
    )
    meetings = [e for e in found if e.kind == "meeting"]
    assert meetings
    assert {"Erik Holm", "Liisa Varto"} <= set(names(x, meetings[0].participants))


def test_a_dinner_told_by_its_host_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A meal hosted by a party the text names, with the clause's doers at it."""
    _x, found = events(
        pipeline,
        "Minister Erik Holm spoke at a dinner hosted by President Liisa Varto late on Sunday.",
    )
    assert [e.kind for e in found] == ["meeting"]
    _x, found = events(pipeline, "Erik Holm spoke at a dinner hosted in a hotel on Sunday.")
    assert not [e for e in found if e.kind == "meeting"]


def test_a_meal_with_no_party_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(pipeline, "Erik Holm had lunch in Aarhus on Tuesday.")
    assert not [e for e in found if e.kind == "meeting"]


def test_a_courtesy_call_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        "On Tuesday, Finnish Foreign Minister Liisa Varto paid a courtesy call on Danish Prime "
        "Minister Erik Holm at his office.",
    )
    meetings = [e for e in found if e.kind == "meeting"]
    assert len(meetings) == 1
    assert {"Erik Holm", "Liisa Varto"} <= set(names(x, meetings[0].participants))


def test_a_named_travellers_trip_is_an_other_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        "Finnish Foreign Minister Liisa Varto's trip to Copenhagen on Tuesday was her first. "
        "Denmark praised the new minister.",
    )
    trips = [e for e in found if e.kind == "other" and e.trigger and e.trigger.text == "trip"]
    assert len(trips) == 1
    assert "Liisa Varto" in names(x, trips[0].participants)


def test_a_trip_that_frames_the_clause_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(
        pipeline,
        "During her trip to Copenhagen, Finnish Foreign Minister Liisa Varto met Danish Prime "
        "Minister Erik Holm.",
    )
    assert [e.kind for e in found] == ["meeting"]


def test_a_facilitated_meeting_negotiates(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(
        pipeline,
        "Erik Holm facilitated a recent meeting between Georgian Prime Minister Levan Dadiani "
        "and Abkhaz leader Aslan Gubaz.",
    )
    assert [e.kind for e in found] == ["negotiation_round"]


def test_a_meeting_as_part_of_a_dialogue_negotiates(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(
        pipeline,
        "Another meeting between Georgia and Abkhazia as part of the UN-led dialogue is "
        "expected to be held in Geneva in October.",
    )
    assert [(e.kind, e.status) for e in found] == [("negotiation_round", "planned")]


def test_a_package_of_documents_is_signed(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        "It is planned to sign a package of bilateral documents between Finland and Denmark.",
    )
    signings = [e for e in found if e.kind == "agreement_signing"]
    assert len(signings) == 1 and signings[0].status == "planned"
    assert set(names(x, signings[0].participants)) == {"Finland", "Denmark"}


def test_a_text_planned_to_be_signed(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(
        pipeline,
        "A fisheries agreement between Finland and Denmark is planned to be signed on June 3.",
    )
    assert [(e.kind, e.status) for e in found] == [("agreement_signing", "planned")]


def test_signed_it_points_back_to_the_deal(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(
        pipeline,
        "The accord was reached in Tallinn. Rebel commander Aslan Gubaz signed it in Riga on "
        "Friday.",
    )
    signings = [e for e in found if e.kind == "agreement_signing"]
    assert len(signings) == 1
    assert names(x, signings[0].participants) == {"Aslan Gubaz"}


def test_signed_it_of_a_bill_is_no_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    _x, found = events(
        pipeline,
        "The budget bill passed the Senate on Friday. President Erik Holm signed it on Monday.",
    )
    assert not [e for e in found if e.kind == "agreement_signing"]


def test_refusing_to_sign_is_no_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "President Erik Holm refused to sign the peace deal with the rebels last week.",
        "Finland declined to sign the treaty on Monday.",
    ):
        _x, found = events(pipeline, body)
        assert not [e for e in found if e.kind == "agreement_signing"], body
