"""Deeds of violence named by nouns ("the stabbing in Lyon on Friday", "the kidnapping of the
consul"), not a verb's gerund nor a film's shooting; one killing told by a verb and by a noun
is one attack; an attack told as the reason of a later act takes no date from that act."""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Violence in the city\n\nLyon • X\n\n(Agency) – {body}\n"


def attacks(x):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.kind == "attack"]


def test_a_stabbing_with_a_place_and_a_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, story("The stabbing in Marseille on Friday wounded two police officers."))
    assert len(attacks(x)) == 1


def test_the_shooting_of_a_film_is_no_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline, story("The director said the shooting of the film in Lyon would start on Friday.")
    )
    assert not attacks(x)


def test_one_killing_told_by_a_verb_and_a_noun_is_one_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Journalist Anna Politkovskaya was murdered in Moscow in October 2006. Her "
            "colleagues said the killing of Anna Politkovskaya silenced a critic. Years "
            "later, the court blamed five men for her murder."
        ),
    )
    found = [e for e in attacks(x) if "Anna Politkovskaya" in names(x, e.participants)]
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.year == 2006


def test_killings_of_two_people_stay_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Journalist Anna Politkovskaya was murdered in Moscow in October 2006. Lawyer "
            "Stanislav Markelov was murdered in Moscow in January 2009."
        ),
    )
    assert len(attacks(x)) == 2


def test_a_shooting_placed_through_its_attackers_after_which_a_proposal(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The place hangs on the attackers; "in the wake of" dates the proposal, it is no part of it.
    body = (
        "In the wake of a shooting by two gunmen in Marseille that killed 14, the mayor "
        "proposed new curbs on weapons."
    )
    found = attacks(extract(pipeline, story(body)))
    assert len(found) == 1
    assert found[0].location is not None and found[0].location.name == "Marseille"


def test_a_toll_of_victims_is_no_attack_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Hundreds of farmers marched to the town hall on Friday. A local doctor said that "
            "at least 40 people have been killed in the two-year conflict."
        ),
    )
    assert not attacks(x)


def test_victims_killed_by_a_named_group_stay_an_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "On Monday night, twelve villagers were killed by the Lord's Resistance Army in Gulu."
        ),
    )
    assert attacks(x)
