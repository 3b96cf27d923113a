"""A call's or meeting's parties at every level, as the discourse model tells them: a person's
state from the words that stand for the person ("his Peruvian counterpart", resolved by the
discourse stage) (kg/extract/event_person_states.py); and
the sides of a call told as the occasion of a noun or an infinitive ("X on a call with Y
said", "discussed the need to end it with Y in a phone call": kg/extract/event_occasion_sides.py);
a plural pronoun for the pair named before it (kg/extract/event_plural_refs.py); the passive
subject of "is expected to" for who does the infinitive (kg/extract/event_parties_control.py).
"""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Calls and visits\n\nLima • X\n\n(Agency) – {body}\n"


def of_kind(x, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.kind == kind]


def test_a_counterpart_s_state_joins_the_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Peru and Chile agreed on a fishing quota last year. Foreign Minister Rosa Vidal "
            "praised her Peruvian counterpart, Tomas Quispe, for the deal. On Monday Vidal held "
            "a phone call with Quispe."
        ),
    )
    [call] = of_kind(x, "phone_call")
    assert {"Rosa Vidal", "Tomas Quispe", "Peru"} <= names(x, call.participants)


def test_who_is_on_a_call_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Foreign Secretary Mark Holden on a call with Peru's President Ana Torres on "
            "Tuesday stressed the importance of the truce."
        ),
    )
    [call] = of_kind(x, "phone_call")
    assert {"Mark Holden", "Ana Torres"} <= names(x, call.participants)


def test_an_exchange_in_a_call_names_its_other_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Foreign Secretary Mark Holden said on Thursday he had a frank exchange with "
            "President Ana Torres in a telephone conversation this week."
        ),
    )
    [call] = of_kind(x, "phone_call")
    assert {"Mark Holden", "Ana Torres"} <= names(x, call.participants)


def test_who_discusses_a_need_in_a_call_is_on_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Foreign Secretary Mark Holden discussed the need to end the fighting with "
            "President Ana Torres in a phone call on Tuesday, the ministry said."
        ),
    )
    [call] = of_kind(x, "phone_call")
    assert {"Mark Holden", "Ana Torres"} <= names(x, call.participants)


def test_a_plural_pronoun_stands_for_the_pair_named_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Chile and Peru signed a fishing pact last year. President Rosa Vidal and Peruvian "
            "President Tomas Quispe said on Monday that they will meet at a summit in May."
        ),
    )
    [meeting] = of_kind(x, "meeting")
    assert {"Rosa Vidal", "Tomas Quispe"} <= names(x, meeting.participants)


def test_who_is_expected_to_engage_in_talks_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Chile and Peru signed a fishing pact last year. Foreign Minister Rosa Vidal is "
            "expected to engage with President Tomas Quispe in high-level talks next week."
        ),
    )
    [talks] = of_kind(x, "negotiation_round")
    assert {"Rosa Vidal", "Tomas Quispe"} <= names(x, talks.participants)
