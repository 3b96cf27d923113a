"""Event words read in their event sense only, and mentions of one occurrence kept together:
criticism is no attack, a reaction "met with" is no meeting, a post "for negotiations" is no
round, a threat to attack is no attack, a visit to no party is no meeting; "the next round"
follows the last talks; "during the summit" points back to the summit told before."""

from __future__ import annotations

import pytest
from extract_helpers import check_spans, extract, names

from kg.extract.event_senses import event_sense


def kinds(pipeline, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    return [e.kind for e in x.events]


def test_criticism_is_no_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "attack" not in kinds(pipeline, "Senator John Carter attacked Paul Grey for his record.")
    assert "attack" not in kinds(
        pipeline, "Carter attacked the decision of the Senate on 12 May 2025."
    )
    assert "attack" in kinds(pipeline, "Rebels attacked an army base in Goma on 12 May 2025.")


def test_a_threat_to_attack_is_no_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The rebels will attack the capital, their leader Tom Ode said on Monday."
    assert "attack" not in kinds(pipeline, body)


def test_met_with_a_reaction_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The plan of Prime Minister Anna Lind was met with fury in Oslo on Monday."
    assert "meeting" not in kinds(pipeline, body)


def test_a_post_for_negotiations_is_no_round(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "John Marsh, the special envoy for Balkan negotiations, resigned on Monday."
    assert "negotiation_round" not in kinds(pipeline, body)


def test_talks_about_is_a_verb_of_speaking(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The author Anna Lind talks about her new book in Oslo."
    assert "negotiation_round" not in kinds(pipeline, body)


def test_a_visit_to_no_party_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "President Anna Lind flew to Bergen on Monday, visiting the wounded in hospital."
    assert "meeting" not in kinds(pipeline, body)


def test_the_next_round_follows_the_last_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks in Muscat\n"
            "\n"
            "Muscat • X\n"
            "\n"
            "Iran and the United States held indirect talks in Muscat on Saturday. "
            "Russian President Vladimir Putin spoke by phone with Indian Prime Minister "
            "Narendra Modi on Sunday. The next round will take place next week in Rome.\n"
        ),
    )
    rounds = [e for e in x.events if e.kind == "negotiation_round" and e.status == "planned"]
    assert rounds
    assert names(x, rounds[0].participants) == {"Iran", "United States"}


def test_during_the_summit_points_back(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Summit ends\n"
            "\n"
            "Rome • X\n"
            "\n"
            "In February, bishops from around the world attended a summit in Rome. "
            "During the summit, Pope Francis said the victims had a right to justice.\n"
        ),
    )
    assert [e.kind for e in x.events].count("meeting") == 1


def test_a_host_receives_a_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Visit to Oslo\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Norwegian Prime Minister Anna Lind received Swedish Foreign Minister Karl Berg "
            "in Oslo on 12 May 2025. Berg received a letter from the king on 13 May 2025.\n"
        ),
    )
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert len(meetings) == 1
    assert {"Anna Lind", "Karl Berg"} <= names(x, meetings[0].participants)


def test_struck_a_target_is_an_attack_not_a_deal(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "attack" in kinds(pipeline, "Rebels struck an army base in Goma on 12 May 2025.")
    assert "attack" not in kinds(pipeline, "Kenya and Uganda struck a deal on 12 May 2025.")


def test_in_a_call_is_a_phone_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "In a call on 12 May 2025, Anna Lind told Karl Berg that Norway would help."
    assert "phone_call" in kinds(pipeline, body)
    assert "phone_call" not in kinds(pipeline, "In a call for calm, Anna Lind spoke in Oslo.")


def test_a_ratification_is_an_other_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The parliament of Norway ratified the border treaty with Sweden on 12 May 2025."
    assert "other" in kinds(pipeline, body)


def test_the_mediator_of_talks_is_no_act_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks in Rome\n"
            "\n"
            "Rome • X\n"
            "\n"
            "The third round of indirect talks between Iran and the United States, mediated "
            "by Oman, was held in Rome on 12 May 2025.\n"
        ),
    )
    assert [e.kind for e in x.events] == ["negotiation_round"]


def test_an_anaphor_takes_the_last_occurrence_of_its_kind(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Peace talks\n"
            "\n"
            "Bogota • X\n"
            "\n"
            "The government of Colombia and the National Liberation Army held peace talks in "
            "Havana on 12 May 2025. Speaking after a meeting with Cuban Ambassador Javier Soto "
            "on 14 May 2025, President Gustavo Petro recalled that those negotiations were "
            "taking place in Havana.\n"
        ),
    )
    assert sorted(e.kind for e in x.events) == ["meeting", "negotiation_round"]


def test_a_topic_or_a_rejected_occurrence_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert kinds(pipeline, "Norway raised the question of a truce with Sweden.") == []
    assert kinds(pipeline, "President Anna Lind has rejected talks with Karl Berg.") == []


def test_parties_negotiating_hold_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The delegations of Kenya and Uganda have been negotiating in Nairobi since 6 May 2025."
    assert kinds(pipeline, body) == ["negotiation_round"]


def test_a_signed_truce_is_a_signing_and_a_truce(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Kenya and Uganda sign truce\n"
            "\n"
            "Nairobi • X\n"
            "\n"
            "Kenya and Uganda signed a seven-day ceasefire in Nairobi on 20 May 2025. "
            "The truce will take effect on 22 May 2025. Previous ceasefires have been violated.\n"
        ),
    )
    assert sorted(e.kind for e in x.events) == ["agreement_signing", "ceasefire"]
    truce = next(e for e in x.events if e.kind == "ceasefire")
    assert truce.status == "planned"
    assert truce.date is not None and truce.date.day == 22


def test_would_without_a_condition_is_a_plan(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Arms talks\n"
            "\n"
            "Vienna • X\n"
            "\n"
            "Norway and Sweden held arms talks in Vienna on 12 May 2025. The round would be "
            "followed by further consultations in June. A truce would take effect if both "
            "sides agree.\n"
        ),
    )
    planned = [e for e in x.events if e.status == "planned"]
    assert [e.kind for e in planned] == ["negotiation_round"]
    assert names(x, planned[0].participants) == {"Norway", "Sweden"}
    assert "ceasefire" not in [e.kind for e in x.events]


def test_meeting_a_standard_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "meeting" not in kinds(pipeline, "Senator Anna Lind meets the requirement, he said.")
    assert "meeting" in kinds(pipeline, "Anna Lind met Karl Berg in Oslo on 12 May 2025.")


def test_visited_capital_is_where_the_visit_was(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks and visits\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Norway and Sweden held talks in Geneva on 10 May 2025. Prime Minister Anna Lind "
            "of Norway visited Stockholm on 10 May 2025.\n"
        ),
    )
    assert sorted(e.kind for e in x.events) == ["meeting", "negotiation_round"]


def test_what_an_attack_did_is_that_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Rebels attacked an army base in Goma on 12 May 2025. Army spokesman Tom Ode said the "
        "attack had killed twelve soldiers and injured twelve more."
    )
    assert kinds(pipeline, body) == ["attack"]


def test_a_mention_dated_before_the_story_is_no_plan(pipeline) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from kg.model import Article

    text = (
        "Nordic news\n\nThe foreign ministers agreed to a future "
        "meeting on Crete. On 2 January 2020, Finland denounced the conclusions of the summit.\n"
    )
    x = pipeline.extract(Article(key="t", title="t", text=text, published=dt.date(2020, 1, 11)))
    check_spans(x)
    assert sorted(e.status for e in x.events) == ["held", "planned"]


def test_what_a_briefing_is_on_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Lind receives Berg\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Prime Minister Anna Lind of Norway received Foreign Minister Karl Berg of Sweden in "
            "Oslo on 12 May 2025. On 13 May 2025, Berg briefed Lind on the negotiations with "
            "Finland.\n"
        ),
    )
    assert [e.kind for e in x.events] == ["meeting"]
    assert "Finland" not in names(x, x.events[0].participants)


def test_talks_called_off_are_not_the_round_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks in Rome\n"
            "\n"
            "Rome • X\n"
            "\n"
            "Iran and the United States held a round of indirect talks in Rome on 10 May 2025. "
            "The talks were called off.\n"
        ),
    )
    assert sorted(e.status for e in x.events) == ["cancelled", "held"]


def test_a_guest_welcomed_to_a_place_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Portuguese President Rui Vale welcomed Chilean President Ana Morales to Lisbon on Tuesday."
    )
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    meetings = [names(x, e.participants) for e in x.events if e.kind == "meeting"]
    assert meetings == [{"Rui Vale", "Ana Morales"}]
    # Welcoming a decision, or words, is a stance: no meeting.
    body = "Rui Vale welcomed the decision of Chile to join the agreement in Lisbon."
    assert "meeting" not in kinds(pipeline, body)
    assert "meeting" not in kinds(pipeline, "Rui Vale welcomed Ana Morales's remarks on trade.")
    body = "Rui Vale greeted Chilean President Ana Morales in Lisbon on Tuesday."
    assert "meeting" in kinds(pipeline, body)
    body = "Rui Vale sat down with Chilean President Ana Morales in Lisbon on 12 May 2025."
    assert "meeting" in kinds(pipeline, body)
    assert "meeting" not in kinds(pipeline, "The analysts sat down with the figures on Tuesday.")


def test_a_visit_to_a_capital_has_its_named_state_as_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Portugal and Norway signed a trade deal in May. Portuguese President Rui Vale visited "
        "Oslo on Tuesday."
    )
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    meetings = [names(x, e.participants) for e in x.events if e.kind == "meeting"]
    assert len(meetings) == 1 and {"Rui Vale", "Norway"} <= meetings[0]
    # A state the story does not name is not inferred.
    body = "Portuguese President Rui Vale visited Oslo on Tuesday."
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    meetings = [names(x, e.participants) for e in x.events if e.kind == "meeting"]
    assert meetings and all("Norway" not in m for m in meetings)


def test_a_visit_at_the_end_of_its_clause_is_one_and_a_habit_is_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Portugal and Norway disagree. Portuguese President Rui Vale travelled to Oslo on "
        "12 May 2025 for a state visit."
    )
    assert "meeting" in kinds(pipeline, body)
    body = '"He stirs up anger everywhere he visits," Rui Vale said on 12 May 2025.'
    assert "meeting" not in kinds(pipeline, body)


def test_one_meets_people_not_a_pledge(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Experts doubt that Norway will meet the pledge it made in Paris."
    assert "meeting" not in kinds(pipeline, body)
    body = "Prime Minister Anna Lind will meet her Danish counterpart in Oslo on Monday."
    assert "meeting" in kinds(pipeline, body)


def test_attacked_for_a_deed_is_criticism(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Senator Paul Grey was attacked by Anna Lind on Monday for suggesting a pause."
    assert "attack" not in kinds(pipeline, body)
    body = "An army base in Goma was attacked by rebels on 12 May 2025."
    assert "attack" in kinds(pipeline, body)


def test_every_form_of_convening_and_receiving(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body, status in (
        ("Prime Minister Anna Lind will receive President Tom Ode in Oslo on Friday.", "planned"),
        ("The foreign ministers of Norway and Chile convene in Oslo on Friday.", None),
    ):
        x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
        found = [e for e in x.events if e.kind == "meeting"]
        assert len(found) == 1, body
        assert status is None or found[0].status == status, body
        assert len(found[0].participants) == 2, body


def test_hosting_offered_or_sought_or_a_host_noun_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "Oslo remained ready to host President Tom Ode, Prime Minister Anna Lind said.",
        "Seven states had bid to host the Oslo Peace Secretariat, Anna Lind said.",
        "Norway was the host country of the fair, Prime Minister Anna Lind said.",
    ):
        assert "meeting" not in kinds(pipeline, body), body


def test_hosting_the_talks_is_the_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norway and Chile agreed on Friday to restore ties. Norway and Chile thanked Peru for "
        "hosting these recent talks."
    )
    assert kinds(pipeline, body).count("meeting") == 0


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        # The parser may cut the guest's title and name into several objects.
        (
            "In Bergen, Foreign Minister Anna Lind received the Vice-Chairman of the Senate, "
            "Gen. Tom Ode, at the ministry on Thursday.",
            True,
        ),
        ("Minister Anna Lind received and conferred with Ambassador Tom Ode of Chile.", True),
        ("The sultan was received by President Tom Ode at the palace, state media reported.", True),
        ("The ministry received a letter from President Tom Ode.", False),
        ("Chile received support from the World Bank.", False),
    ],
)
def test_a_guest_received_by_any_object_or_a_joined_meeting(
    pipeline,  # type: ignore[no-untyped-def]
    text: str,
    sense: bool,
) -> None:
    doc = pipeline.nlp(text)
    head = next(t for t in doc if t.lower_.startswith("receiv"))
    assert event_sense(head, "meeting") is sense
