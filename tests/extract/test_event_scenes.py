"""Who takes part in a gathering by acting at it: the doers of a relative clause of place on
the gathering word, and who acts at a part of it (its opening, its sidelines); a later telling
with other attendees stays the same gathering."""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Leaders gather\n\nLima • X\n\n(Agency) – {body}\n"


def meetings(x):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.kind == "meeting"]


def test_who_signs_at_a_summit_where_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Leaders of the Andean Community met in Lima for a summit where on Monday "
            "President Gustavo Petro of Colombia and President Daniel Noboa of Ecuador "
            "signed the border treaty."
        ),
    )
    [summit] = meetings(x)
    assert {"Gustavo Petro", "Daniel Noboa"} <= names(x, summit.participants)


def test_who_speaks_at_the_opening_takes_part_in_the_same_summit(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Leaders of the Andean Community met in Lima on Monday for a summit where "
            "President Gustavo Petro of Colombia and President Daniel Noboa of Ecuador "
            "signed the border treaty. At the opening of the summit, Peruvian President "
            "Dina Boluarte said trade would grow."
        ),
    )
    [summit] = meetings(x)
    assert {"Gustavo Petro", "Dina Boluarte"} <= names(x, summit.participants)


def test_a_relative_clause_not_of_place_names_no_attendee(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "President Gustavo Petro of Colombia attended a summit in Lima on Monday that "
            "Chile had boycotted for years."
        ),
    )
    for summit in meetings(x):
        assert "Chile" not in names(x, summit.participants)


def test_attendees_listed_in_the_next_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "A summit of the Andean Community was held in Lima on Friday. Among those "
            "attending were Colombian President Gustavo Petro and Ecuadorian President "
            "Daniel Noboa."
        ),
    )
    [summit] = meetings(x)
    assert {"Gustavo Petro", "Daniel Noboa"} <= names(x, summit.participants)


def test_a_list_of_no_attendees_adds_no_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "A summit of the Andean Community was held in Lima on Friday. Among the critics "
            "were Colombian President Gustavo Petro and Ecuadorian President Daniel Noboa."
        ),
    )
    for summit in meetings(x):
        assert "Gustavo Petro" not in names(x, summit.participants)


def test_a_gathering_that_took_place_attended_by_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "A meeting of the Andean Community took place in Lima on Monday, attended by "
            "Colombian President Gustavo Petro and Ecuadorian President Daniel Noboa."
        ),
    )
    [meeting] = meetings(x)
    assert {"Gustavo Petro", "Daniel Noboa"} <= names(x, meeting.participants)


def test_the_meeting_attended_by_people_is_the_meeting_told_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norwegian Foreign Minister Anna Berg met Danish Foreign Minister Lars Holm in Oslo "
            "on Monday. The meeting was attended by Deputy Minister Eva Moen."
        ),
    )
    [meeting] = meetings(x)
    assert {"Anna Berg", "Lars Holm", "Eva Moen"} <= names(x, meeting.participants)


def test_they_who_sign_at_talks_are_the_talks_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "they" in the clause of place are the talks' people: the signing is theirs, and "they"
    # names no one new at the talks (not the state the sentence names first).
    x = extract(
        pipeline,
        story(
            'Chile\'s chairmanship "is working", Peruvian Foreign Minister Ana Soto said on '
            "Monday after talks with Colombian Foreign Minister Luis Vega at which they signed "
            "a memorandum on trade."
        ),
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert {"Ana Soto", "Luis Vega"} <= names(x, signing.participants)
    [talks] = meetings(x)
    assert names(x, talks.participants) == {"Ana Soto", "Luis Vega"}


def test_a_named_subject_of_a_clause_of_place_still_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Leaders of the Andean Community held talks in Lima at which President Gustavo "
            "Petro of Colombia signed the border treaty."
        ),
    )
    signings = [e for e in x.events if e.kind == "agreement_signing"]
    assert signings and "Gustavo Petro" in names(x, signings[0].participants)


def test_who_holds_talks_ahead_of_a_summit_does_not_hold_the_summit(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The verb holds the talks; the summit is only their time: nothing names its parties.
    x = extract(
        pipeline,
        story(
            "The foreign ministers of Peru and Chile held talks in Lima on Monday in the "
            "run-up to an Andean summit in Quito next month."
        ),
    )
    talks = [e for e in x.events if e.trigger and e.trigger.text == "talks"]
    summits = [e for e in x.events if e.trigger and e.trigger.text == "summit"]
    assert talks and {"Peru", "Chile"} <= names(x, talks[0].participants)
    assert summits and not {"Peru", "Chile"} & names(x, summits[0].participants)


def test_who_holds_a_round_of_talks_holds_the_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story("Peru and Chile held the first round of talks in Lima on Monday."),
    )
    rounds = [e for e in x.events if e.kind == "negotiation_round"]
    assert rounds and {"Peru", "Chile"} <= names(x, rounds[0].participants)
