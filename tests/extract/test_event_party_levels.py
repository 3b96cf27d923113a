"""Parties at the level of people: the heads a delegation's own phrase names ("a delegation,
headed by X, left for ..."), and the leaders a plural "leaders" of named states stands for.
Invented sentences."""

from __future__ import annotations

from extract_helpers import extract, names


def story(headline: str, body: str) -> str:
    return f"{headline}\n\nOslo • X\n\nOSLO - {body}\n"


def test_the_head_of_a_travelling_delegation_takes_part_in_its_journey(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway sends negotiators",
            "Norwegian diplomats are due in Geneva for talks. A delegation, headed by State "
            "Secretary Anna Berg, left for Geneva early on Monday.",
        ),
    )
    journeys = [e for e in x.events if "left for" in e.evidence.text]
    assert journeys and all("Anna Berg" in names(x, e.participants) for e in journeys)


def test_the_heads_of_a_visiting_delegation_take_part_in_the_visit(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Call follows visit",
            "The call came after a Danish delegation, headed by Deputy Minister Lars Holm and "
            "envoy Karl Lund, visited Sweden last week.",
        ),
    )
    [visit] = [e for e in x.events if e.kind == "meeting"]
    assert {"Lars Holm", "Karl Lund"} <= names(x, visit.participants)


def test_the_leaders_of_two_named_states_are_the_people_who_lead_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Neighbours meet",
            "Norwegian Prime Minister Anna Berg and Swedish President Lars Holm spoke of trade "
            "last year. The leaders of Norway and Sweden met on Saturday in Bergen.",
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert {"Anna Berg", "Lars Holm", "Norway", "Sweden"} <= names(x, meeting.participants)


def test_their_leaders_after_a_pair_of_states_are_those_states_leaders(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Peace holds",
            "Norwegian Prime Minister Anna Berg and Swedish President Lars Holm signed a treaty "
            "in May. Norway and Sweden want closer ties, the neighbours said on Sunday, two days "
            "after their leaders held a meeting in Bergen.",
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert {"Anna Berg", "Lars Holm"} <= names(x, meeting.participants)


def test_the_leaders_of_one_state_name_no_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Leaders meet",
            "Norwegian Prime Minister Anna Berg spoke on Friday. The Norwegian leaders met "
            "Swedish officials in Bergen on Saturday.",
        ),
    )
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings and all("Anna Berg" not in names(x, e.participants) for e in meetings)


def test_who_agreed_to_meet_is_found_on_the_auxiliary_past_a_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parse hangs the subject on "had" when a time stands between it and "agreed".
    x = extract(
        pipeline,
        story(
            "Ministers to meet",
            "Foreign Minister Anna Berg had earlier on Tuesday agreed to meet Swedish envoy Lars "
            "Holm in Oslo.",
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert {"Anna Berg", "Lars Holm"} <= names(x, meeting.participants)


def test_the_foreign_ministers_of_two_states_are_the_ministers_the_article_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers meet",
            "Norway and Sweden have long traded fish. Norwegian Foreign Minister Anna Berg and "
            "Swedish Foreign Minister Lars Holm spoke of trade last year. The Norwegian and "
            "Swedish foreign ministers held talks in Bergen on Saturday.",
        ),
    )
    talks = [e for e in x.events if "Bergen" in e.evidence.text]
    assert talks and all({"Anna Berg", "Lars Holm"} <= names(x, e.participants) for e in talks)


def test_heads_told_in_the_past_led_the_gathering_held_not_the_one_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The sentence naming the heads follows a mention of the next session: its past tense
    # points back to the session that took place.
    x = extract(
        pipeline,
        story(
            "Fishing talks",
            "At the second ministerial session held in Bergen on March 4, Norway and Sweden "
            "settled the quota plan. Both sides will look at the results again at their next "
            "ministerial session in the autumn. The delegations were led by Anna Berg, Minister "
            "of Fisheries of Norway, and Lars Holm, Minister of Fisheries of Sweden.",
        ),
    )
    held = [
        e for e in x.events if e.status == "held" and e.kind in ("meeting", "negotiation_round")
    ]
    ahead = [e for e in x.events if e.status == "planned"]
    assert held and {"Anna Berg", "Lars Holm"} <= names(x, held[0].participants)
    assert ahead and all("Anna Berg" not in names(x, e.participants) for e in ahead)


def test_the_top_diplomats_of_two_states_are_their_foreign_ministers(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers confer",
            "Norwegian Foreign Minister Anna Berg and Swedish Foreign Minister Lars Holm spoke "
            "of trade last year. The top diplomats of Norway and Sweden met on Saturday in Bergen.",
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert {"Anna Berg", "Lars Holm", "Norway", "Sweden"} <= names(x, meeting.participants)


def test_the_mediating_states_own_minister_mediates_and_takes_no_side(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Neighbours confer",
            "Under the mediation of Norway, Sweden and Finland held a ministerial meeting in "
            "Oslo on Monday. The delegations were led by Anna Berg, Minister of Trade of "
            "Sweden, Lars Holm, Minister of Trade of Finland, and Karl Lund, Minister of Trade "
            "of Norway.",
        ),
    )
    held = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert held and {"Anna Berg", "Lars Holm"} <= names(x, held[0].participants)
    assert "Karl Lund" not in names(x, held[0].participants)


def test_the_two_leaders_after_the_presidents_of_two_states_are_their_presidents(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the two leaders" points back to "the presidents of Norway and Sweden", who are the
    # holders the story names later ("Norwegian President Anna Berg").
    x = extract(
        pipeline,
        story(
            "Neighbours agree",
            "The presidents of Norway and Sweden agreed on Monday on the need for a treaty. "
            "The two leaders also met in Bergen on Tuesday. The meeting in Bergen was the first "
            "between Norwegian President Anna Berg and Swedish President Lars Holm since May.",
        ),
    )
    meetings = [e for e in x.events if e.kind == "meeting" and "two leaders" in e.evidence.text]
    assert meetings
    assert {"Anna Berg", "Lars Holm"} <= names(x, meetings[0].participants)


def test_the_two_leaders_after_one_state_s_presidents_name_no_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Leaders meet",
            "The presidents of Norway agreed on Monday on the need for a treaty. The two "
            "leaders also met in Bergen on Tuesday. Norwegian President Anna Berg spoke later.",
        ),
    )
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert all("Anna Berg" not in names(x, e.participants) for e in meetings)


def test_capitalised_foreign_ministers_of_two_states_are_their_ministers(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Official readouts write the post with capitals; the tagger reads "Ministers" as a name.
    x = extract(
        pipeline,
        story(
            "Ministers meet",
            "On Monday a meeting between the Foreign Minister of Norway Anna Berg and the "
            "Foreign Minister of Sweden Lars Holm took place in Bergen. After the tete a tete "
            "conversation between the Foreign Ministers of Norway and Sweden, the envoys "
            "joined them.",
        ),
    )
    [talk] = [
        e
        for e in x.events
        if "conversation" in e.evidence.text[:80] or e.trigger and e.trigger.text == "conversation"
    ]
    assert {"Anna Berg", "Lars Holm"} <= names(x, talk.participants)
