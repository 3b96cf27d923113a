"""One more encounter of a visit (kg/extract/event_coref.py, `Mention.also`): "he also met X",
where X is a person the visit's tellings did not name, is a meeting of its own, not the visit.
"""

from __future__ import annotations

from extract_helpers import extract, gatherings


def story(body: str) -> str:
    return f"Minister visits Santiago\n\nSantiago • X\n\n(Agency) – {body}\n"


def test_also_met_during_a_visit_is_another_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway's Foreign Minister Ingrid Dahl paid an official visit to Chile on Tuesday. "
            "During the visit, Dahl also met with Chile's Trade Minister Pablo Rojas."
        ),
    )
    groups = gatherings(x)
    assert len(groups) == 2
    assert sum("Pablo Rojas" in g for g in groups) == 1


def test_also_with_the_same_person_stays_one_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway's Foreign Minister Ingrid Dahl met Chile's Trade Minister Pablo Rojas in "
            "Santiago on Tuesday. Dahl also discussed fishing quotas with Rojas."
        ),
    )
    groups = gatherings(x)
    assert sum("Pablo Rojas" in g for g in groups) == 1
