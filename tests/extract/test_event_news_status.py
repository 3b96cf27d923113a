"""Event status when the clause's future is not the event's own (`event_presupposed`), the
story's day for the headline's undated news (`event_story_day`), and a time told right before
the event verb (`timeline.date_for`)."""

from __future__ import annotations

import pytest
from extract_helpers import dated_text, extract, iso, story_timeline, word

from kg.extract.event_mention import Mention
from kg.extract.event_modality_status import status_of
from kg.extract.event_presupposed import content_told, named_by, told_before
from kg.extract.event_story_day import counts_occurrences


@pytest.mark.parametrize(
    ("sentence", "form", "expected"),
    [
        ("The talks were expected to focus on fishing quotas.", "talks", True),
        ("The negotiations were scheduled to cover grazing rights.", "negotiations", True),
        ("The negotiations would mostly address grazing rights.", "negotiations", False),
        ("The summit is expected to be attended by nine leaders.", "summit", False),
        ("The talks are expected to begin on Monday.", "talks", False),
        ("The meeting will take place in Tarvik.", "meeting", False),
        ("The summit was postponed by the hosts.", "summit", False),
        ("The ministers will hold talks on grazing rights.", "talks", False),
    ],
)  # fmt: skip
def test_content_told_only_for_what_the_event_covers(  # type: ignore[no-untyped-def]
    pipeline, sentence: str, form: str, expected: bool
) -> None:
    assert content_told(word(pipeline.nlp, sentence, form)) is expected


def test_a_gathering_word_naming_another_thing(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The envoys will carry the summit accord forward."
    assert named_by(word(pipeline.nlp, text, "summit"))
    assert not named_by(word(pipeline.nlp, "The summit session opened.", "summit"))


def test_an_earlier_occurrence_is_told_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The envoys will build on the previous meeting in Tarvik."
    assert told_before(word(pipeline.nlp, text, "meeting"))


@pytest.mark.parametrize(
    ("sentence", "form", "status"),
    [
        # what the talks cover is expected; their happening is taken for granted
        ("The talks were expected to focus on fishing quotas.", "talks", "held"),
        ("The envoys will build on the previous meeting in Tarvik.", "meeting", "held"),
        # the clause tells what will become of the accord the summit produced
        ("The envoys will carry the summit accord forward.", "summit", "held"),
        # the occurrence itself is ahead
        ("The upcoming talks will focus on fishing quotas.", "talks", "planned"),
        ("The talks are expected to begin on Monday.", "talks", "planned"),
        ("The envoys will meet again at a meeting in Tarvik.", "meeting", "planned"),
        # an expectation told now, or with a time ahead, is still the occurrence's plan
        ("The talks are expected to settle the quotas next week.", "talks", "planned"),
        ("The parleys were expected to settle the quotas next week.", "parleys", "planned"),
        ("The summit communique will be drafted next week.", "summit", "planned"),
    ],
)  # fmt: skip
def test_status_of_a_presupposed_occurrence(  # type: ignore[no-untyped-def]
    pipeline, sentence: str, form: str, status: str
) -> None:
    assert status_of(word(pipeline.nlp, sentence, form))[0] == status


def test_the_headline_s_undated_news_takes_the_story_s_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The foreign ministers of Chile and Peru hold a telephone conversation, agreeing to "
        "meet soon.\n\nThe phone conversation between Ilse Varga and Tomas Reyd covered the "
        "dam dispute and river patrols."
    )
    title = "Chile and Peru ministers in phone talks over dam dispute"
    calls = [
        e
        for e in extract(pipeline, dated_text(title, body, "2031-03-14")).events
        if e.kind == "phone_call"
    ]
    assert any(e.date is not None and e.date.iso() == "2031-03-14" for e in calls)


def test_a_week_in_the_body_leaves_the_headline_s_news_undated(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The Ostravan delegation visited Velmar last week to revive the dialogue."
    title = "Ostravan delegation visits Velmar to revive dialogue"
    x = extract(pipeline, dated_text(title, body, "2031-03-14"))
    assert all(e.date is None for e in x.events if e.kind == "meeting")


def test_a_planned_headline_occurrence_stays_undated(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Foreign Minister Ilse Varga of Ostrava will meet Tomas Reyd of Velmar soon."
    text = dated_text("Ostrava, Velmar ministers to meet", body, "2031-03-14")
    meetings = [e for e in extract(pipeline, text).events if e.kind == "meeting"]
    assert all(e.date is None for e in meetings)


def test_a_time_before_the_verb_dates_it_whatever_clause_the_parse_made(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parser reads the bloc's acronym as a participle clause and hangs the day on it: the
    # day stands right before the event verb all the same, and dates it.
    body = (
        "A delegation from Central Africa's regional bloc COMESA on Sunday met the deposed "
        "leader Orvin Talabe and held talks with army chief Lebo Mokoena in Libreville, an aide "
        "said."
    )
    timeline = story_timeline(
        pipeline, dated_text("Envoys meet deposed leader", body, "2031-03-17")
    )
    met = next(t for t in timeline.doc if t.text == "met")
    assert iso(timeline.date_for(met.idx, met.idx + 3)) == "2031-03-16"


@pytest.mark.parametrize(
    ("sentence", "form", "counted"),
    [
        ("Ostland and Varnland held three rounds of talks.", "rounds", True),
        ("The 2031 summit covered grazing rights.", "summit", False),
        ("The summit covered grazing rights.", "summit", False),
    ],
)  # fmt: skip
def test_a_year_on_the_event_word_is_no_count(  # type: ignore[no-untyped-def]
    pipeline, sentence: str, form: str, counted: bool
) -> None:
    doc = pipeline.nlp(sentence)
    tok = next(t for t in doc if t.text == form)
    mention = Mention(
        kind="meeting", trigger=(tok.idx, tok.idx + len(tok)), sent=(0, len(sentence))
    )
    assert counts_occurrences(doc, mention) is counted
