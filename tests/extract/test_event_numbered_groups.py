"""A numbered group at an event ("the five powers", "the three juntas") stands for the last list
of that many the story named (kg/extract/event_pairs.py `resolve_pairs`)."""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Published: 2024-05-06\n\nEnvoys gather\n\nOslo • X\n\n{body}\n"


def test_a_list_closed_by_plus_is_the_group_and_joins_the_named_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Chile, Peru, Kenya and Norway -- plus Japan -- said on Sunday that the plan was "
            "sound. Brazil and the five powers will start talks in Oslo on Friday."
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert names(x, talks.participants) == {"Brazil", "Chile", "Peru", "Kenya", "Norway", "Japan"}


def test_the_three_regimes_are_the_three_states_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Chile, Peru and Bolivia left the customs union last year. In May, the leaders of "
            "the three military regimes held a summit in Lima."
        ),
    )
    [summit] = [e for e in x.events if e.trigger and e.trigger.text == "summit"]
    assert names(x, summit.participants) == {"Chile", "Peru", "Bolivia"}


def test_any_plural_noun_for_actors_after_a_count_is_the_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Read from the parse and the project's noun tables, not a list of group nouns: "partners"
    # is a role states play (as "powers" and "allies" are).
    x = extract(
        pipeline,
        story(
            "Chile, Peru and Bolivia share the river basin. Argentina met Uruguay in March. "
            "Argentina and the three partners will start talks in Lima on Friday."
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert names(x, talks.participants) == {"Argentina", "Chile", "Peru", "Bolivia"}
