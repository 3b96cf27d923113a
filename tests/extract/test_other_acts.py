"""`other` acts the guidelines count: departures told by their verb ("headed to", "set off
for", "departed"), and letters, notes and messages sent between parties."""

from __future__ import annotations

from extract_helpers import extract, names


def _others(x) -> list[tuple[str, set[str], str]]:  # type: ignore[no-untyped-def]
    return [
        (e.trigger.text if e.trigger else "", names(x, e.participants), e.status)
        for e in x.events
        if e.kind == "other"
    ]


def test_departures_told_by_their_verb_are_events_of_the_traveller(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Ministers on the move\n"
            "\n"
            "Rome • X\n"
            "\n"
            "Ruritanian Foreign Minister Anna Keller headed on Monday to Berlin for a working "
            "visit. Borduvian envoy Piet Larsen has set off for Vienna aboard a night train. "
            "The Ruritanian President, Marek Olsen, departed this evening after a long dinner.\n"
        ),
    )
    found = {trig: (parties, status) for trig, parties, status in _others(x)}
    assert "Anna Keller" in found["headed"][0]
    assert found["set off"] == ({"Piet Larsen"}, "held")
    assert "Marek Olsen" in found["departed"][0]


def test_no_departure_in_a_headed_delegation_nor_a_journey_for_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks in Vienna\n"
            "\n"
            "Rome • X\n"
            "\n"
            "A delegation headed by Anna Keller met Piet Larsen in Vienna on Monday. Marek "
            "Olsen travelled to Vienna on Tuesday to meet the Borduvian president. Ivan Berg "
            "headed the Borduvian delegation to Vienna.\n"
        ),
    )
    assert not [t for t, _p, _s in _others(x) if t in ("headed", "travelled")]


def test_letters_and_messages_sent_are_acts_but_not_a_figure_of_speech(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Letters\n"
            "\n"
            "Rome • X\n"
            "\n"
            "Ruritanian President Marek Olsen sent a message on Monday to Borduvian President "
            "Piet Larsen in which he backed the planned negotiations. The two presidents, Marek "
            "Olsen and Piet Larsen, exchanged telegrams in May. Anna Keller sent a strong "
            "message to Borduvia on Friday.\n"
        ),
    )
    found = {trig: parties for trig, parties, _s in _others(x)}
    assert "Marek Olsen" in found["sent"]
    assert found["exchanged"] == {"Marek Olsen", "Piet Larsen"}
    assert not any("Anna Keller" in parties for parties in found.values())
