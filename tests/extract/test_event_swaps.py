"""Exchanges told by what was given for whom (`event_swaps`): people freed, swapped or traded
for people are a `prisoner_exchange` with both sides; a release with nothing given back, a
trade of goods and a release "for lack of evidence" are none."""

from __future__ import annotations

from extract_helpers import extract, names


def exchanges(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    return x, [e for e in x.events if e.kind == "prisoner_exchange"]


def test_freed_in_exchange_for_a_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "In 1986 President Tom Ode freed a spy in exchange for Paul Grey, a reporter."
    x, found = exchanges(pipeline, body)
    assert len(found) == 1
    assert {"Tom Ode", "Paul Grey"} <= names(x, found[0].participants)


def test_swapped_agents_for_people_held_by_a_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "In 2010 Norway swapped ten agents arrested in Oslo for four Danes held by Denmark."
    x, found = exchanges(pipeline, body)
    assert len(found) == 1
    assert {"Norway", "Denmark"} <= names(x, found[0].participants)


def test_no_exchange_without_people_given_back(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "Norway traded arms with Denmark in 2010.",
        "Police in Oslo released the man for lack of evidence on Monday.",
        "Norway and Denmark signed a trade deal for farmers on Monday.",
    ):
        assert exchanges(pipeline, body)[1] == []


def releases(x):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.kind == "other" and e.trigger and "releas" in e.trigger.text]


def test_the_sides_releases_in_a_story_of_an_exchange_are_the_exchange(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norway and Denmark carried out an exchange of prisoners on Monday. Norway released "
        "forty fishermen. At the same time, Denmark released a similar number of sailors."
    )
    x, found = exchanges(pipeline, body)
    assert found
    assert releases(x) == []


def test_a_release_with_no_exchange_told_stays_an_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = exchanges(pipeline, "On Monday, Norway released forty fishermen held in Oslo.")
    assert found == []
    assert releases(x)


def test_a_release_from_an_earlier_year_stays_beside_the_exchange(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The exchange is the story's news; the releases two years before it are past acts of
    # their own, not its handovers.
    body = (
        "Norway and Denmark agreed on Monday to an exchange of prisoners. In 2021, Norway "
        "released forty fishermen on its own."
    )
    x = extract(pipeline, f"Published: 2023-03-07\n\nNews of the day\n\nOslo • X\n\n{body}\n")
    assert [e for e in x.events if e.kind == "prisoner_exchange"]
    assert len(releases(x)) == 1
    assert names(x, releases(x)[0].participants) == {"Norway"}


def test_a_release_in_the_exchanges_year_is_folded(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norway and Denmark agreed on Monday to an exchange of prisoners. Earlier this year, "
        "Norway released forty fishermen."
    )
    x = extract(pipeline, f"Published: 2023-03-07\n\nNews of the day\n\nOslo • X\n\n{body}\n")
    assert releases(x) == []


def test_a_release_stays_beside_an_exchange_word_that_names_no_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "prisoner swaps" names no side: no exchange is told, so the release is an act of its own.
    body = (
        "Norway released forty detained fishermen on Monday as a goodwill gesture. Officials "
        "in Oslo hoped the gesture would revive stalled prisoner swaps."
    )
    x, found = exchanges(pipeline, body)
    assert found == []
    assert len(releases(x)) == 1
    assert "Norway" in names(x, releases(x)[0].participants)
