"""Readings common in short diplomatic news items: a meeting and talks a sentence only names
side by side are two occurrences; talks told as not held ("without any talks"); who is in a
city for talks; the news style "X and Y to meet" (a plan). Invented sentences."""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Ministers in Oslo\n\nOslo • X\n\n(Agency) – {body}\n"


def of_kind(x, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.kind == kind]


def test_talks_named_beside_a_meeting_do_not_make_it_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norwegian Foreign Minister Anna Berg and Danish Foreign Minister Lars Holm met in "
            "Oslo on Monday. Pictures from the meeting's venue showed the two ministers walking "
            "side by side before the talks."
        ),
    )
    [meeting] = of_kind(x, "meeting")
    assert {"Anna Berg", "Lars Holm"} <= names(x, meeting.participants)
    assert of_kind(x, "negotiation_round") == []


def test_met_for_talks_is_still_a_round(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norwegian Foreign Minister Anna Berg met Danish Foreign Minister Lars Holm in Oslo "
            "on Monday for talks on fishing rights."
        ),
    )
    assert [e.kind for e in x.events] == ["negotiation_round"]


def test_the_meeting_after_which_other_talks_are_praised_keeps_its_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norwegian Foreign Minister Anna Berg met her Danish counterpart Lars Holm in Oslo "
            "on Monday. In a press conference after the meeting, Holm praised Sweden's role in "
            "facilitating the talks of his country with Finland."
        ),
    )
    [meeting] = of_kind(x, "meeting")
    assert names(x, meeting.participants) >= {"Anna Berg", "Lars Holm"}
    assert "Finland" not in names(x, meeting.participants)
    [talks] = of_kind(x, "negotiation_round")
    assert "Finland" in names(x, talks.participants)


def test_without_any_talks_is_no_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "The two ministers were expected to meet informally while attending a forum in "
            "Oslo without any official talks scheduled."
        ),
    )
    assert of_kind(x, "negotiation_round") == []


def test_who_is_in_a_city_for_talks_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Somali President Mohamed Abdullahi was also in Eritrea for talks with President "
            "Isaias Afewerki on Monday."
        ),
    )
    [talks] = x.events
    assert {"Mohamed Abdullahi", "Isaias Afewerki"} <= names(x, talks.participants)


def test_the_news_style_to_infinitive_is_a_plan(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Prime Minister Abiy Ahmed and Eritrean President Isaias Afeworki to hold a "
            "tripartite meeting in Asmara."
        ),
    )
    [meeting] = of_kind(x, "meeting")
    assert meeting.status == "planned"


def test_the_resumption_of_talks_discussed_is_no_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norwegian Foreign Minister Anna Berg visited Copenhagen on Tuesday, where she "
            "discussed the resumption of talks with Danish Foreign Minister Lars Holm."
        ),
    )
    assert of_kind(x, "negotiation_round") == []


def test_the_results_of_talks_discussed_are_of_talks_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, story("The ministers discussed the results of the talks with Iran."))
    assert len(of_kind(x, "negotiation_round")) == 1


def test_headline_talks_told_by_phone_in_the_body_are_the_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Norwegian Premier Holds Talks With Danish and Swedish Leaders\n\nOslo • X\n\n"
        "Norwegian Prime Minister Anna Berg held a telephone conversation on "
        "Saturday with Danish Prime Minister Lars Holm and Swedish Prime Minister Eva Moen.\n",
    )
    assert [e.kind for e in x.events] == ["phone_call"]


def test_what_a_resolution_or_proposal_is_on_is_not_done(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "The rebels reject the UN Security Council resolutions on the release of detainees, "
        "including the defence minister Lars Holm.",
        "Norway tabled a proposal on a ceasefire between Chile and Peru on Monday.",
    ):
        x = extract(pipeline, story(body))
        assert [e.kind for e in x.events if e.kind in ("ceasefire", "prisoner_exchange")] == []


def test_what_it_is_impossible_to_hold_is_not_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "According to the Norwegian president, it is impossible to hold meetings with "
            "Denmark in the current format."
        ),
    )
    assert x.events == []


def test_no_agreement_on_a_meeting_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "There is no agreement regarding the meeting between the foreign ministers of "
            "Armenia and Azerbaijan for now, the minister said."
        ),
    )
    assert of_kind(x, "meeting") == []


def test_an_agreement_on_a_meeting_still_tells_of_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "The sides reached an agreement on a meeting between the foreign ministers of "
            "Armenia and Azerbaijan in May."
        ),
    )
    assert len(of_kind(x, "meeting")) == 1


def test_a_departure_to_a_named_place_is_a_journey(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "A delegation headed by Minister Anna Berg left for Bergen on Monday morning.",
        "Minister Anna Berg flew to Bergen on Monday with her advisers.",
        "Minister Anna Berg said her team would leave for Bergen on Saturday.",
    ):
        assert [e.kind for e in extract(pipeline, story(body)).events] == ["other"]


def test_leaving_or_returning_to_a_named_place_is_a_journey(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "The delegation of Minister Anna Berg has left the Danish capital, the ministry said.",
        "The special envoys of Minister Anna Berg have returned to the capital, Bergen.",
    ):
        assert [e.kind for e in extract(pipeline, story(body)).events] == ["other"], body


def test_leaving_or_flying_without_a_place_is_no_journey(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "Minister Anna Berg left the talks on Monday and returned to the negotiating table later.",
        "Minister Anna Berg left office on Monday, her office said.",
        "Minister Anna Berg left for good on Monday, her office said.",
        "Rumours flew on Monday that Minister Anna Berg would resign.",
        "Minister Anna Berg flew aid to Bergen on Monday, her office said.",
    ):
        assert "other" not in [e.kind for e in extract(pipeline, story(body)).events]


def test_an_arrival_told_ahead_or_as_a_moment_is_of_its_traveller(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The infinitive and the participle have no subject of their own: who arrives is the
    # subject of the clause that governs them.
    for body, status in (
        ("Norwegian envoy Anna Berg is expected to arrive in Bergen on Thursday.", "planned"),
        ("Norwegian envoy Anna Berg is due to arrive in Bergen on Thursday.", "planned"),
        (
            "Upon arriving in Bergen on Thursday, Norwegian envoy Anna Berg praised the "
            "city's mayor.",
            "held",
        ),
    ):
        x = extract(pipeline, story(body))
        [trip] = of_kind(x, "other")
        assert names(x, trip.participants) == {"Anna Berg"}, body
        assert trip.status == status, body


def test_arriving_without_a_time_phrase_is_no_arrival(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "Aid shipments kept arriving in Bergen on Thursday, Norwegian envoy Anna Berg said.",
        "Norwegian envoy Anna Berg said arriving at a deal would take weeks.",
    ):
        assert of_kind(extract(pipeline, story(body)), "other") == [], body
