"""Occasions named by a noun (`event_occasions`): a debate, an election, a rally singled out by
its own words is an `other` event, and later mentions of it are that one event; the same words
as a discussion, a prospect, a verb or a party's name are none. Also events that are not
occurrences: a habit ("frequently meets"), what was done instead of a visit, an attack in words.
"""

from __future__ import annotations

from extract_helpers import extract, names


def events(pipeline, body: str):  # type: ignore[no-untyped-def]
    return extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n").events


def others(pipeline, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    return [x.article.text[e.trigger.start : e.trigger.end] for e in x.events if e.kind == "other"]


def test_a_named_debate_is_one_event_with_its_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "At the Channel Four debate on Tuesday night, Senator Paul Grey defended his record on "
        "trade. During the debate, Grey said the tariffs had failed."
    )
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    debates = [e for e in x.events if e.kind == "other"]
    assert len(debates) == 1
    assert "Paul Grey" in names(x, debates[0].participants)


def test_a_debate_over_a_topic_is_a_discussion(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert others(pipeline, "Anna Lind declined to weigh in on the debate over encryption.") == []
    assert others(pipeline, '"That debate is good for the country," Anna Lind said.') == []


def test_an_election_singled_out(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert others(pipeline, "Prime Minister Anna Lind welcomed Tom Ode's election in May.") == [
        "election"
    ]
    # a prospect, a kind and a modifier name no occurrence
    assert others(pipeline, "Anna Lind said free elections were the goal of her party.") == []
    assert others(pipeline, "The poll of general election voters was published by Tom Ode.") == []
    body = "Tom Ode is expected to be the top donor in the November 2026 presidential election."
    assert others(pipeline, body) == []


def test_a_debate_and_an_election_are_two_events(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Senator Paul Grey hosted the latest debate in Leeds on Monday. Grey's election in "
        "March surprised Prime Minister Anna Lind. The debate lasted two hours."
    )
    assert sorted(others(pipeline, body)) == ["debate", "election"]


def test_rally_as_a_verb_or_a_party_name_is_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Minister Anna Lind tried to rally support for the plan in Oslo on Monday."
    assert others(pipeline, body) == []
    body = "In Cyprus, the ruling Democratic Rally hailed the pipeline on Monday."
    assert others(pipeline, body) == []


def test_a_habit_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Prime Minister Anna Lind frequently meets with members of the Norwegian parliament."
    assert [e.kind for e in events(pipeline, body)] == []
    body = "Prime Minister Anna Lind met with President Tom Ode in Oslo on Monday."
    assert [e.kind for e in events(pipeline, body)] == ["meeting"]


def test_what_was_done_instead_of_a_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The Oslo Times criticised President Tom Ode for staying in Paris instead of making "
        "a visit to Anna Lind in Oslo."
    )
    assert "meeting" not in [e.kind for e in events(pipeline, body)]


def test_an_attack_in_words_is_no_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Paul Grey answered Tom Ode's latest attack with a joke on Monday."
    assert "attack" not in [e.kind for e in events(pipeline, body)]
    body = "Tom Ode found a new line of attack against Paul Grey on Monday."
    assert "attack" not in [e.kind for e in events(pipeline, body)]
    body = "Rebels carried out an attack on an army base in Goma on 12 May 2025."
    assert "attack" in [e.kind for e in events(pipeline, body)]


def test_a_named_speech_and_a_speech_as_an_occasion_of_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Prime Minister Anna Lind gave a speech to the Norwegian Chamber of Commerce in Oslo."
    assert others(pipeline, body) == ["speech"]
    body = "In a speech on Monday, Prime Minister Anna Lind said the tariffs had failed."
    assert others(pipeline, body) == []


def test_testimony_and_a_signed_order(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Senator Tom Ode testified before the Senate committee on Monday."
    assert others(pipeline, body) == ["testified"]
    body = "Governor Tom Ode on Monday signed an order to block the sale of the port."
    assert others(pipeline, body) == ["signed"]


def test_the_anaphor_names_where_it_took_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norway condemned the killing of General Tom Ode by Sweden in an airstrike last week. "
        "The strike took place in Malmo, at the central station."
    )
    assert [e.kind for e in events(pipeline, body)] == ["attack"]


def test_a_city_with_its_state_is_that_city(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Paul Grey lost his son in the 2012 attacks on the embassy in Benghazi, Libya. "
        "In June, the Senate of Norway issued a report from an investigation into the Benghazi "
        "attacks."
    )
    assert [e.kind for e in events(pipeline, body)].count("attack") == 1


def test_a_visit_at_some_later_time_is_a_possibility(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Prime Minister Anna Lind said she would visit Norway at some later time."
    assert "meeting" not in [e.kind for e in events(pipeline, body)]
    body = "Prime Minister Anna Lind said she would visit Norway on Friday."
    assert "meeting" in [e.kind for e in events(pipeline, body)]


def test_an_election_told_by_its_winner(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "News of the day\n\nLondon • X\n\nTom Ode was elected president of Norway in May.\n",
    )
    assert [(e.kind, names(x, e.participants)) for e in x.events] == [("other", {"Tom Ode"})]
    assert others(pipeline, "Tom Ode won the presidential election in May.") == ["election"]
    assert others(pipeline, "Anna Lind wants Tom Ode to win the election.") == []
    assert others(pipeline, "Anna Lind will work with whoever is elected president.") == []


def test_rallying_supporters_is_no_protest(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Prime Minister Anna Lind rallied supporters in Oslo on Monday by warning of defeat."
    assert others(pipeline, body) == []
    body = "Thousands of farmers rallied in Oslo on Monday against the new tax."
    assert others(pipeline, body) == ["rallied"]


def test_an_occasion_told_as_taking_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "A closed-door trial of General Tom Ode is underway in Norway, Anna Lind said."
    assert others(pipeline, body) == ["trial"]
    body = "The clinical trial of the vaccine was praised by Minister Anna Lind."
    assert others(pipeline, body) == []


def test_a_speech_given_is_its_speaker_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Prime Minister Anna Lind gave a speech to the Norwegian Chamber of Commerce in Oslo."
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    speeches = [e for e in x.events if e.kind == "other"]
    assert [names(x, e.participants) for e in speeches] == [{"Anna Lind"}]
