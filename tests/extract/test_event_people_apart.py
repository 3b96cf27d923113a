"""One occurrence has one set of people (kg/extract/event_coref.py, `_other_people`): two
meetings between the same two states stay apart when, on one side, they name different persons;
a delegation whose members are told together stays one meeting, whichever member is named again.
"""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Talks in Oslo\n\nOslo • X\n\n(Agency) – {body}\n"


def gatherings(x):  # type: ignore[no-untyped-def]
    kinds = ("meeting", "negotiation_round")
    return [names(x, e.participants) for e in x.events if e.kind in kinds]


def test_another_minister_of_the_same_state_is_another_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway's Foreign Minister Ingrid Dahl met Chile's Trade Minister Pablo Rojas on "
            "Tuesday to discuss fishing quotas between Norway and Chile. Dahl also held talks "
            "with Chile's Foreign Minister Marta Soto."
        ),
    )
    groups = gatherings(x)
    assert any({"Ingrid Dahl", "Pablo Rojas"} <= g for g in groups)
    assert any({"Ingrid Dahl", "Marta Soto"} <= g for g in groups)
    assert not any({"Pablo Rojas", "Marta Soto"} <= g for g in groups)


def test_a_delegation_told_together_is_one_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway's Foreign Minister Ingrid Dahl and Norway's Trade Minister Erik Berg met "
            "Chile's Trade Minister Pablo Rojas on Tuesday to discuss fishing quotas between "
            "Norway and Chile. At the meeting, Berg held talks with Rojas on the quotas."
        ),
    )
    [group] = gatherings(x)
    assert {"Ingrid Dahl", "Erik Berg", "Pablo Rojas"} <= group


def test_who_attends_the_meeting_joins_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway's Prime Minister Ingrid Dahl received Chile's Trade Minister Pablo Rojas on "
            "Tuesday to discuss fishing quotas between Norway and Chile. The meeting, attended "
            "by Norway's Foreign Minister Erik Berg, lasted two hours."
        ),
    )
    [group] = gatherings(x)
    assert {"Ingrid Dahl", "Erik Berg", "Pablo Rojas"} <= group
