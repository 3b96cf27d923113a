"""Event words read in their event sense only, and mentions of one occurrence kept together:
criticism is no attack, a reaction "met with" is no meeting, a post "for negotiations" is no
round, a threat to attack is no attack, a visit to no party is no meeting; "the next round"
follows the last talks; "during the summit" points back to the summit told before."""

from __future__ import annotations

from extract_helpers import check_spans, names

from kg.reading import parse_txt


def extract(pipeline, text: str):  # type: ignore[no-untyped-def]
    x = pipeline.extract(parse_txt(text, "<test>"))
    check_spans(x)
    return x


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
