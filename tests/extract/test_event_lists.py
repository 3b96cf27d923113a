"""One event word, several occurrences by a list (kg/extract/event_lists.py,
event_distribute.py): the states a visit verb lists (one visit each, each state a party), the
counterparts of a plural noun of calls (one call each), the days a clause lists (one meeting on
each); a noun of one trip with its stops stays one occurrence.
"""

from __future__ import annotations

from extract_helpers import extract, gatherings, names

from kg.model import PartialDate


def story(body: str) -> str:
    return f"Ministers travel\n\n10.03.2021\n\n{body}\n"


def test_visited_states_are_one_visit_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "This year Foreign Minister Petra Holm of Norway has visited Chile, Peru, Bolivia "
            "and Ecuador."
        ),
    )
    groups = gatherings(x)
    for state in ("Chile", "Peru", "Bolivia", "Ecuador"):
        assert sum(state in g for g in groups) == 1
        assert any(state in g and "Petra Holm" in g for g in groups)
    assert not any("Chile" in g and "Peru" in g for g in groups)


def test_a_visit_to_two_states_is_one_trip(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Foreign Minister Petra Holm of Norway said her visit to Chile and Peru last week "
            "had opened new markets."
        ),
    )
    assert len(gatherings(x)) == 1
    assert not any("Chile" in g and "Peru" not in g for g in gatherings(x))


def test_phone_calls_with_listed_leaders_are_one_call_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "On Tuesday President Anna Lind of Norway had phone calls with the presidents of "
            "Chile, Peru and Ecuador."
        ),
    )
    calls = [names(x, e.participants) for e in x.events if e.kind == "phone_call"]
    for state in ("Chile", "Peru", "Ecuador"):
        assert sum(state in g for g in calls) == 1
        assert any(state in g and "Anna Lind" in g for g in calls)


def test_listed_days_are_one_meeting_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "President Anna Lind of Norway and Prime Minister Karl Berg of Sweden are set to meet "
            "on Monday March 15, Thursday March 18 and Tuesday March 23."
        ),
    )
    # (sittings of the same sides on a schedule of days are rounds of a process)
    dates = {e.date for e in x.events if e.kind == "negotiation_round"}
    assert {
        PartialDate(year=2021, month=3, day=15),
        PartialDate(year=2021, month=3, day=18),
        PartialDate(year=2021, month=3, day=23),
    } <= dates


def test_two_days_of_one_month_may_be_one_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "President Anna Lind of Norway and Prime Minister Karl Berg of Sweden are set to meet "
            "on March 15 and 16."
        ),
    )
    assert len([e for e in x.events if e.kind in ("meeting", "negotiation_round")]) == 1


def test_a_programme_of_calls_on_one_states_leaders_is_one_meeting_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Foreign Minister Petra Holm of Norway arrived in Santiago on Monday. She is "
            "scheduled to meet with Chilean President Carlos Reyes and Chilean Prime Minister "
            "Ana Torres."
        ),
    )
    groups = gatherings(x)
    assert any("Carlos Reyes" in g and "Ana Torres" not in g for g in groups)
    assert any("Ana Torres" in g and "Carlos Reyes" not in g for g in groups)


def test_a_meeting_held_with_one_states_leaders_is_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Foreign Minister Petra Holm of Norway met with Chilean President Carlos Reyes and "
            "Chilean Prime Minister Ana Torres in Santiago on Monday."
        ),
    )
    assert any({"Carlos Reyes", "Ana Torres"} <= g for g in gatherings(x))


def test_separate_meetings_with_listed_officials(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A list under "separate meetings" is one meeting each, though the parse hangs the second
    member on the first one's name or lists states under one plural post."""
    x = extract(
        pipeline,
        story(
            "Envoy Petra Holm had separate meetings with Chile's Foreign Minister Rosa Vidal "
            "and Peruvian Foreign Minister Hugo Lenz in Lima."
        ),
    )
    groups = gatherings(x)
    assert sum("Rosa Vidal" in g for g in groups) == 1
    assert sum("Hugo Lenz" in g for g in groups) == 1
    assert not any("Rosa Vidal" in g and "Hugo Lenz" in g for g in groups)
    x = extract(
        pipeline,
        story(
            "Petra Holm held separate meetings in Oslo with the foreign ministers of Chile "
            "and Peru."
        ),
    )
    groups = gatherings(x)
    assert any("Chile" in g and "Peru" not in g for g in groups)
    assert any("Peru" in g and "Chile" not in g for g in groups)


def test_enumerated_rounds_are_one_each_in_their_place_and_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "one in X in <month year> and another in Y in <month year>": each member its own round,
    # dated by its own year (not the story's).
    x = extract(
        pipeline,
        story(
            "Norway and Sweden have already held two rounds of fisheries talks, one in Geneva in "
            "December 2010 and another in Istanbul in January 2011."
        ),
    )
    rounds = [e for e in x.events if e.kind == "negotiation_round"]
    assert {(e.location.name if e.location else None, e.date) for e in rounds} == {
        ("Geneva", PartialDate(year=2010, month=12, day=None)),
        ("Istanbul", PartialDate(year=2011, month=1, day=None)),
    }
    assert all(names(x, e.participants) == {"Norway", "Sweden"} for e in rounds)
