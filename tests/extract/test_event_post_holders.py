"""People a plural post stands for when the article tells their post only through a
counterpart ("X and her Swedish counterpart Y"), a plural post that points back to a pair named
before ("the ministers"), and a gathering's members listed in brackets after its noun.
Invented sentences."""

from __future__ import annotations

from extract_helpers import extract, names


def story(headline: str, body: str) -> str:
    return f"{headline}\n\nOslo • X\n\nOSLO - {body}\n"


def _both_at_bergen(x) -> bool:  # type: ignore[no-untyped-def]
    """Every telling of the talks in Bergen has both office holders among its parties."""
    talks = [e for e in x.events if "Bergen" in e.evidence.text]
    return bool(talks) and all(
        {"Anna Berg", "Lars Holm"} <= names(x, e.participants) for e in talks
    )


def test_a_counterpart_holds_the_post_of_the_one_named_with_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers meet",
            "Norway and Sweden have long traded fish. Norwegian Foreign Minister Anna Berg and "
            "her Swedish counterpart Lars Holm spoke of quotas last year. The Norwegian and "
            "Swedish foreign ministers held talks in Bergen on Saturday.",
        ),
    )
    assert _both_at_bergen(x)


def test_a_counterpart_of_no_told_state_is_the_other_states_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Presidents meet",
            "Norway and Sweden have long traded fish. Norwegian President Anna Berg and her "
            "northern counterpart Lars Holm spoke of quotas last year. The rival presidents of "
            "Norway and Sweden held talks in Bergen on Saturday.",
        ),
    )
    assert _both_at_bergen(x)


def test_the_ministers_are_the_pair_of_ministers_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Fishing pact signed",
            "Norwegian Foreign Minister Anna Berg and her Swedish counterpart Lars Holm signed "
            "a fishing pact in Bergen on Monday. The ministers later had a joint meeting with "
            "Danish envoy Karl Lund.",
        ),
    )
    meetings = [e for e in x.events if e.kind == "meeting" and "joint" in e.evidence.text]
    assert meetings
    assert {"Anna Berg", "Lars Holm", "Karl Lund"} <= names(x, meetings[0].participants)


def test_the_ministers_name_no_one_when_the_pair_holds_other_posts(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Fishing pact signed",
            "Norwegian Prime Minister Anna Berg and Swedish King Lars Holm opened a bridge in "
            "Bergen on Monday. The presidents later had a joint meeting with Danish envoy Karl "
            "Lund.",
        ),
    )
    meetings = [e for e in x.events if e.kind == "meeting" and "joint" in e.evidence.text]
    assert meetings and "Lars Holm" not in names(x, meetings[0].participants)


def test_members_listed_in_brackets_after_a_gathering_take_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Canal talks resume",
            "The canal negotiations (Norway, Sweden, Finland and observers from Denmark), "
            "planned for May 3 in Vienna, were put off on Monday, Denmark said.",
        ),
    )
    talks = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert talks
    assert {"Norway", "Sweden", "Finland", "Denmark"} <= names(x, talks[0].participants)


def test_a_clause_in_brackets_lists_no_members(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Canal talks resume",
            "Norway and Sweden resumed the canal talks (which Finland left in 2019) in Vienna "
            "on Monday.",
        ),
    )
    talks = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert talks and "Finland" not in names(x, talks[0].participants)


def test_state_words_the_parse_reads_as_names_still_tell_the_posts_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Kazakh" and "Uzbek" are parsed as proper nouns modifying "ministers" (nmod), not as
    # adjectives.
    x = extract(
        pipeline,
        story(
            "Ministers meet",
            "Kazakhstan and Uzbekistan share a long border. Kazakh Foreign Minister Arman Tulen "
            "and his Uzbek counterpart Dilshod Karim spoke of water last year. Rivers run low. "
            "Farmers worry. Prices rise. The Kazakh and Uzbek foreign ministers held talks in "
            "Tashkent on Saturday.",
        ),
    )
    talks = [e for e in x.events if "Tashkent" in e.evidence.text]
    assert talks
    assert all({"Arman Tulen", "Dilshod Karim"} <= names(x, e.participants) for e in talks)


def test_who_a_summit_brought_together_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Fishing summit ends",
            "The envoy Anna Berg spoke at the close of a summit in Bergen that brought together "
            "the prime ministers of Norway, Sweden and Finland to settle the quotas.",
        ),
    )
    summits = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert summits
    assert {"Norway", "Sweden", "Finland"} <= names(x, summits[0].participants)
