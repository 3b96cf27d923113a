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
            "Ghanaian President John Mahama arrived in Lome on Monday and was received by "
            "Togolese Prime Minister Victoire Tomegah-Dogbe and other officials."
        ),
    )
    assert {"John Mahama", "Victoire Tomegah-Dogbe"} in [
        {n for n in g if n in ("John Mahama", "Victoire Tomegah-Dogbe")} for g in gatherings(x)
    ]
    assert "other" in kinds_with(x, "John Mahama")  # the arrival stays an event of its own


def test_accorded_a_warm_welcome_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Upon arrival at the airport, the Ghanaian delegation led by President John Mahama "
            "was accorded a warm welcome by Togolese President Faure Gnassingbe."
        ),
    )
    assert any("Faure Gnassingbe" in g and "Ghanaian delegation" in g for g in gatherings(x))


def test_accorded_a_certificate_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story("The electoral body accorded observer status to the Ghanaian mission on Monday."),
    )
    assert gatherings(x) == []


def test_bilateral_meetings_with_a_list_are_one_meeting_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norwegian Prime Minister Jonas Gahr Store held bilateral meetings with Kenyan "
            "President William Ruto, Chilean President Gabriel Boric and Greek Prime Minister "
            "Kyriakos Mitsotakis on Tuesday."
        ),
    )
    groups = gatherings(x)
    for guest in ("William Ruto", "Gabriel Boric", "Kyriakos Mitsotakis"):
        assert sum(guest in g for g in groups) == 1
        assert any(guest in g and "Jonas Gahr Store" in g for g in groups)
    assert not any("William Ruto" in g and "Gabriel Boric" in g for g in groups)


def test_called_on_a_person_is_a_courtesy_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Foreign Minister Penny Wong also called on Fiji's opposition leader Sitiveni "
            "Rabuka and exchanged views on trade."
        ),
    )
    assert any({"Penny Wong", "Sitiveni Rabuka"} <= g for g in gatherings(x))


def test_called_on_a_person_to_act_is_an_appeal(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Foreign Minister Penny Wong called on President Sitiveni Rabuka to release the "
            "detained journalists."
        ),
    )
    assert gatherings(x) == []
