"""Receptions and one-to-one meetings (kg/extract/event_senses.py, event_guests.py,
event_distribute.py, event_coref.py): a guest received on arrival is a meeting of guest and
host, kept apart from the visit it opens; "bilateral meetings with A, B and C" are one meeting
with each.
"""

from __future__ import annotations

from extract_helpers import extract, gatherings


def story(body: str) -> str:
    return f"Leaders meet\n\n{body}\n"


def kinds_with(x, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(e.kind for e in x.events if any(x.actor(p).name == name for p in e.participants))


def test_received_after_arriving_is_a_meeting_of_guest_and_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Petra Holm, Westland's president, landed in Eastcastle shortly before noon and was "
            "received at the palace by Prime Minister Karl Berg."
        ),
    )
    assert {"Petra Holm", "Karl Berg"} in [
        {n for n in g if n in ("Petra Holm", "Karl Berg")} for g in gatherings(x)
    ]
    assert "other" in kinds_with(x, "Petra Holm")  # the arrival stays an event of its own


def test_accorded_a_warm_welcome_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Eastland's Prime Minister Karl Berg accorded a warm welcome at the airport to a "
            "Westland delegation headed by President Petra Holm."
        ),
    )
    assert any({"Karl Berg", "Petra Holm"} <= g for g in gatherings(x))


def test_accorded_a_certificate_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story("The election board accorded observer status to the Westland mission on Friday."),
    )
    assert gatherings(x) == []


def test_bilateral_meetings_with_a_list_are_one_meeting_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "President Anna Lind of Northland held bilateral meetings on Wednesday with Prime "
            "Minister Petra Holm of Westland, President Karl Berg of Eastland and Prime Minister "
            "Jan Falk of Southland."
        ),
    )
    groups = gatherings(x)
    for guest in ("Petra Holm", "Karl Berg", "Jan Falk"):
        assert sum(guest in g for g in groups) == 1
        assert any(guest in g and "Anna Lind" in g for g in groups)
    assert not any("Petra Holm" in g and "Karl Berg" in g for g in groups)


def test_called_on_a_person_is_a_courtesy_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "While in Eastland, Foreign Minister Petra Holm called on the opposition leader "
            "Karl Berg, and the two discussed fishing rights."
        ),
    )
    assert any({"Petra Holm", "Karl Berg"} <= g for g in gatherings(x))


def test_called_on_a_person_to_act_is_an_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Foreign Minister Petra Holm of Westland called on Eastland's President Karl Berg to "
            "free the jailed reporters."
        ),
    )
    assert gatherings(x) == []
