from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import extract, names

from kg.event_types import plover_type
from kg.model import Event, Span


def test_call_merged_with_initiator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Leaders talk by phone\n"
            "\n"
            "Kyiv • X\n"
            "\n"
            "On Tuesday, May 20, Volodymyr Zelensky and Emmanuel Macron held a phone call at "
            "the request of France. The call lasted an hour. Zelensky's conversation with "
            "Macron also covered air defence.\n"
        ),
    )
    calls = [e for e in x.events if e.kind == "phone_call"]
    assert len(calls) == 1
    call = calls[0]
    assert names(x, call.participants) == {"Volodymyr Zelensky", "Emmanuel Macron"}
    assert call.status == "held"
    assert call.date is not None and (call.date.month, call.date.day, call.date.year) == (
        5,
        20,
        None,
    )
    assert call.initiator and x.actor(call.initiator).name == "France"
    assert plover_type(call) == "CONSULT"


def test_planned_meeting_venue_time_and_proposals(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks set\n"
            "\n"
            "Istanbul • X\n"
            "\n"
            "A meeting of the delegations of Ukraine and Russia will take place on June 2 at "
            "10:30 (Kyiv time) in the Dolmabahce Palace in Istanbul. The Ukrainian delegation"
            " will propose a full ceasefire and an exchange of all prisoners.\n"
        ),
    )
    [ev] = [e for e in x.events if e.kind == "negotiation_round"]
    assert ev.status == "planned"
    assert {"Ukraine", "Russia"} <= names(x, ev.participants)
    assert ev.location and ev.location.name == "Istanbul"
    assert ev.venue and ev.venue.name == "Dolmabahce Palace"
    assert ev.time is not None and (ev.time.hour, ev.time.minute) == (10, 30)
    assert ev.time.tzinfo is not None
    props = {p.text.text for p in ev.proposals}
    assert {"a full ceasefire", "an exchange of all prisoners"} <= props
    # Proposals are on the agenda, not events that happened.
    assert not [e for e in x.events if e.kind in ("ceasefire", "prisoner_exchange")]


def test_cancelled_postponed_negated(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Summit off\n"
            "\n"
            "Budapest • X\n"
            "\n"
            "The summit between Donald Trump and Vladimir Putin in Budapest was cancelled. "
            "The talks between Ukraine and Russia in Geneva were postponed. Israel did not "
            "attack Lebanon on Friday.\n"
        ),
    )
    kinds = {(e.kind, e.status) for e in x.events}
    assert ("meeting", "cancelled") in kinds
    assert ("negotiation_round", "postponed") in kinds
    assert not [e for e in x.events if e.kind == "attack"]


def test_exchange_and_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Swap and strike\n"
            "\n"
            "Kyiv • X\n"
            "\n"
            "On May 23, Ukraine and Russia carried out a prisoner exchange mediated by the "
            "United Arab Emirates. Russia launched a massive drone attack on Kyiv overnight.\n"
        ),
    )
    [swap] = [e for e in x.events if e.kind == "prisoner_exchange"]
    assert names(x, swap.participants) >= {"Ukraine", "Russia"}
    assert swap.mediator and x.actor(swap.mediator).name == "United Arab Emirates"
    [attack] = [e for e in x.events if e.kind == "attack"]
    assert names(x, attack.participants) == {"Russia"}
    assert attack.location and attack.location.name == "Kyiv"
    # A drone attack is conventional (aerial) force, CAMEO 195: FIGHT in the gold records' types.
    assert plover_type(swap) == "RETREAT" and plover_type(attack) == "FIGHT"


def test_plover_planned_meeting() -> None:
    ev = Event(kind="meeting", evidence=Span(0, 1, "x"), status="planned")
    assert plover_type(ev) == "AGREE"
    ev.time = dt.time(1, 0)
    assert plover_type(Event(kind="agreement_signing", evidence=Span(0, 1, "x"))) == "SUPPORT"


def test_pair_words_goal_and_kind_of_anaphoric_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Summit delayed\n"
            "\n"
            "Vienna • X\n"
            "\n"
            "The summit between Emmanuel Macron and Olaf Scholz in Vienna, which the two "
            "leaders had agreed on during a phone call on March 3, was postponed.\n"
            "\n"
            "Austria said it remained ready to host the talks.\n"
            "\n"
            "Macron wrote that France and Germany would soon start negotiations toward a "
            "trade deal.\n"
        ),
    )
    kinds = sorted(e.kind for e in x.events)
    assert "meeting" in kinds
    summit = next(e for e in x.events if e.kind == "meeting")
    assert summit.status == "postponed"
    call = next(e for e in x.events if e.kind == "phone_call")
    # Parties at every level: the leaders and the states the article names for them.
    assert names(x, call.participants) == {"Emmanuel Macron", "Olaf Scholz", "France", "Germany"}


def test_agreed_prisoner_exchange_is_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks end\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "After the talks, Armenia and Azerbaijan agreed to exchange 200 prisoners of war.\n"
        ),
    )
    ex = [e for e in x.events if e.kind == "prisoner_exchange"]
    assert ex and ex[0].status == "planned"
    assert names(x, ex[0].participants) == {"Armenia", "Azerbaijan"}


@pytest.mark.parametrize("agreed", ["agreed on a prisoner swap", "agreed to a prisoner exchange"])
def test_a_prisoner_swap_agreed_on_is_planned(pipeline, agreed: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"Talks end\n\nGeneva • X\n\nArmenia and Azerbaijan {agreed}.\n")
    ex = [e for e in x.events if e.kind == "prisoner_exchange"]
    assert ex and ex[0].status == "planned"


def test_goal_of_negotiations_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks ahead\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "Armenia and Azerbaijan will start negotiations toward a ceasefire next week.\n"
        ),
    )
    assert [e.kind for e in x.events] == ["negotiation_round"]


def test_date_not_taken_by_an_event_word_of_the_next_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Leaders meet\n\nKyiv • X\n\n"
        "Volodymyr Zelensky met Recep Tayyip Erdogan in Ankara on May 30, 2025.\n\n"
        "Later talks are expected.\n",
    )
    meeting = next(e for e in x.events if e.kind == "meeting")
    assert meeting.date is not None and (meeting.date.month, meeting.date.day) == (5, 30)


def test_discussed_exchange_is_no_exchange(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Leaders meet\n\nKyiv • X\n\n"
        "Volodymyr Zelensky met Recep Tayyip Erdogan in Ankara on May 30, 2025.\n\n"
        "The two leaders discussed prisoner exchanges, Zelensky said.\n",
    )
    assert [e.kind for e in x.events] == ["meeting"]
    held = extract(
        pipeline,
        "Swap\n\nKyiv • X\n\nUkraine and Russia carried out a prisoner exchange on Friday.\n",
    )
    assert [e.kind for e in held.events] == ["prisoner_exchange"]


def test_an_arrival_is_of_who_arrived(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Arrivals\n\nOfficers arrived at the flat and detained Marek Novak, a local councillor. "
        "Foreign Minister Hakan Fidan arrived in Kyiv with President Erdogan.\n",
    )
    arrivals = [e for e in x.events if e.kind == "other" and e.plover == "CONSULT"]
    assert [names(x, e.participants) for e in arrivals] == [{"Hakan Fidan", "Recep Tayyip Erdoğan"}]
