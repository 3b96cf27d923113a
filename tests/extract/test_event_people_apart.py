"""One occurrence has one set of people (kg/extract/event_people.py, `people_apart`): two
meetings between the same two states stay apart when, on one side, they name different persons;
a delegation whose members are told together stays one meeting, whichever member is named again.
"""

from __future__ import annotations

import pytest
from extract_helpers import extract, gatherings


def story(body: str) -> str:
    return f"Talks in Oslo\n\nOslo • X\n\n(Agency) – {body}\n"


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


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Norway's Foreign Minister Ingrid Dahl and Norway's Trade Minister Erik Berg met "
            "Chile's Trade Minister Pablo Rojas on Tuesday to discuss fishing quotas between "
            "Norway and Chile. At the meeting, Berg held talks with Rojas on the quotas.",
            id="delegation-told-together",
        ),
        pytest.param(
            "Norway's Prime Minister Ingrid Dahl received Chile's Trade Minister Pablo Rojas on "
            "Tuesday to discuss fishing quotas between Norway and Chile. The meeting, attended "
            "by Norway's Foreign Minister Erik Berg, lasted two hours.",
            id="attended-by",
        ),
    ],
)
def test_a_second_person_of_a_side_told_with_the_meeting_joins_it(pipeline, body: str) -> None:  # type: ignore[no-untyped-def]
    [group] = gatherings(extract(pipeline, story(body)))
    assert {"Ingrid Dahl", "Erik Berg", "Pablo Rojas"} <= group
