"""Calls told by the verb alone ("Anna Lind called Paul Grey on Sunday"), "spoke on the phone",
and words that look like event words but are not: a title ("Meet the Press"), one person's
attack on another in words, killings of a kind of people, a second act after a request."""

from __future__ import annotations

from extract_helpers import extract, names


def events(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    return x, x.events


def test_called_a_person_is_a_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(pipeline, "Prime Minister Anna Lind called Paul Grey on Sunday.")
    assert [e.kind for e in found] == ["phone_call"]
    assert names(x, found[0].participants) == {"Anna Lind", "Paul Grey"}


def test_called_as_a_naming_or_a_demand_is_no_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "Prime Minister Anna Lind called Paul Grey a liar on Sunday.",
        "Prime Minister Anna Lind called on Paul Grey to resign.",
        "Her group, called the Oslo Peace Fund, met Paul Grey on Sunday.",
        "Senator Paul Grey's group, called the Oslo Peace Fund, will still own the property.",
    ):
        assert "phone_call" not in [e.kind for e in events(pipeline, body)[1]]


def test_spoke_on_the_phone(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "On October 6, President Anna Lind and President Paul Grey spoke on the phone."
    assert [e.kind for e in events(pipeline, body)[1]] == ["phone_call"]


def test_phone_words_on_gathering_nouns(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A meeting or talks told by phone are a call, and "talked over phone" needs no article."""
    for body in (
        "On Monday, Foreign Minister Anna Lind held a telephone meeting with Paul Grey.",
        "President Anna Lind held long phone discussions with President Paul Grey.",
        "President Anna Lind and President Paul Grey talked over phone on Monday.",
    ):
        assert [e.kind for e in events(pipeline, body)[1]] == ["phone_call"], body


def test_a_request_then_a_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Foreign Secretary Anna Lind urged the embassy to reconsider and spoke with Secretary "
        "of State Paul Grey about the case."
    )
    assert [e.kind for e in events(pipeline, body)[1]] == ["phone_call"]


def test_a_title_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Senator Paul Grey told Anna Lind on NBC's ''Meet the Press'' that taxes were high."
    assert "meeting" not in [e.kind for e in events(pipeline, body)[1]]


def test_attacks_in_words_and_killings_of_a_kind(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "Anna Lind's aggressive attack on Paul Grey shows she is pivoting to the campaign.",
        "Paul Grey was asked about the Norwegian government's killing of terrorists abroad.",
    ):
        assert "attack" not in [e.kind for e in events(pipeline, body)[1]]


def test_a_quotation_opening_with_the_verb_is_no_title(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = '"Met with President Tom Ode today in Oslo," Anna Lind wrote on Monday.'
    assert [e.kind for e in events(pipeline, body)[1]] == ["meeting"]


def test_every_form_of_speaking_by_phone_with_a_party_is_a_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body, status in (
        ("Prime Minister Anna Lind will speak by phone with Paul Grey on Friday.", "planned"),
        ("Prime Minister Anna Lind had spoken over the phone with Paul Grey on Monday.", "held"),
        ("Prime Minister Anna Lind and Paul Grey are scheduled to speak by phone.", "planned"),
    ):
        x, found = events(pipeline, body)
        assert [(e.kind, e.status) for e in found] == [("phone_call", status)], body
        assert names(x, found[0].participants) == {"Anna Lind", "Paul Grey"}


def test_speaking_by_phone_to_a_reporter_is_no_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Speaking by phone from Kabul, Prime Minister Anna Lind said the border was calm."
    assert events(pipeline, body)[1] == []


def test_called_a_person_described_after_a_comma(pipeline) -> None:  # type: ignore[no-untyped-def]
    """An apposition set off by a comma describes the person rung; it is no name given."""
    body = "On Friday, Deputy Premier Lina Sorel called Omar Tavi, the deputy leader of Westland."
    x, found = events(pipeline, body)
    assert [e.kind for e in found] == ["phone_call"]
    assert names(x, found[0].participants) == {"Lina Sorel", "Omar Tavi"}


def test_a_quoted_label_is_no_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A headline's "Calls X 'Y'" gives X a name in quotes; it rings no one."""
    x = extract(
        pipeline,
        "Premier Sorel Calls Peru \u2018Strategic Ally\u2019 of Chile\n\nLima \u2022 X\n\n"
        "Premier Lina Sorel of Chile met Peruvian ministers in Lima on Monday.\n",
    )
    assert "phone_call" not in [e.kind for e in x.events]


def test_spoken_and_speaking_with_a_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "President Lina Sorel said she had spoken with Premier Omar Tavi on Saturday.",
        "President Lina Sorel lifted the curfew after speaking with Premier Omar Tavi.",
    ):
        x, found = events(pipeline, body)
        calls = [e for e in found if e.kind == "phone_call"]
        assert len(calls) == 1, body
        assert names(x, calls[0].participants) == {"Lina Sorel", "Omar Tavi"}, body


def test_speaking_with_reporters_is_no_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "President Lina Sorel, speaking with reporters in Varna, said the border was calm."
    assert "phone_call" not in [e.kind for e in events(pipeline, body)[1]]


def test_the_talks_after_a_phone_call_are_the_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "President Lina Sorel held a phone call on Thursday with her Westland counterpart Omar "
        "Tavi. During the talks, Sorel told Tavi that the border had to reopen."
    )
    assert [e.kind for e in events(pipeline, body)[1]] == ["phone_call"]
