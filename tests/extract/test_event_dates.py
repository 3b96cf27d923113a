"""Event dates and statuses on invented news: what the text ties an event's day to."""

from __future__ import annotations

import pytest
from extract_helpers import check_spans
from test_timeline import iso, text

from kg.extract.clause_paths import invited_to
from kg.extract.timeline import TimelineFinder
from kg.model import Extraction
from kg.reading import parse_txt


def extract(  # type: ignore[no-untyped-def]
    pipeline, body: str, published: str = "2025-03-16", title: str = "News of the day"
) -> Extraction:
    # (published on a Sunday; a title with no event word of its own)
    article = parse_txt(text(body, published, title=title), "<test>")
    x: Extraction = pipeline.extract(article)
    check_spans(x)
    return x


def test_what_one_is_invited_to_lies_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "on March 20" of an invitation is this year's, and the talks are planned, wherever
    # the parse hangs the day.
    for body in (
        "Norway has invited the foreign ministers of Chile and Peru to negotiations in Oslo "
        "on March 20.",
        "Norway has invited Chile and Peru to peace talks in Oslo on March 20.",
    ):
        x = extract(pipeline, body)
        [talks] = x.events
        assert (iso(talks.date), talks.status) == ("2025-03-20", "planned")
    # The day of the inviting is not the talks'.
    x = extract(pipeline, "Norway on Friday invited Chile and Peru to peace talks in Oslo.")
    assert [(iso(e.date), e.status) for e in x.events] == [(None, "planned")]


def test_an_occasion_one_is_not_invited_to_is_not_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("Peru was not invited to the meeting of Chile and Norway on March 10.")
    assert not invited_to(doc[6])  # "meeting"
    doc = pipeline.nlp("Peru was invited to the meeting of Chile and Norway on March 10.")
    assert invited_to(doc[5])


@pytest.mark.parametrize(
    ("second", "date"),
    [
        ("The sides signed a joint declaration on trade.", "2024-11-01"),
        ("They signed a joint declaration on trade.", "2024-11-01"),
        ("Peru also signed a joint declaration on trade with Chile.", "2024-11-01"),
        # A subject of its own: a clause of its own, on a day the text does not give.
        ("Chile signed a joint declaration on trade with Peru.", None),
    ],
)
def test_a_clause_that_takes_up_the_parties_goes_on_at_their_day(  # type: ignore[no-untyped-def]
    pipeline, second: str, date: str | None
) -> None:
    x = extract(
        pipeline,
        "On November 1, President Ana Rojas visited Lima and met with President Luis Vega. "
        + second,
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert iso(signing.date) == date


def test_a_thing_named_before_takes_up_its_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "In November, President Ana Rojas met President Luis Vega in Lima to sign a trade "
        "accord. The accord was signed by the two foreign ministers.",
    )
    signed = [e for e in x.events if e.kind == "agreement_signing" and e.status == "held"]
    assert [iso(e.date) for e in signed] == ["2024-11"]


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # The talks come after the flight, on a day the text does not give.
        ("A rebel delegation from the National Army flew on Friday to Havana for peace talks "
         "with the government of Chile.", None),
        # Meeting for talks: the talks are the meeting, on its day.
        ("Delegations of Chile and Peru met in Havana on Friday for peace talks.", "2025-03-14"),
    ],
)  # fmt: skip
def test_the_day_one_sets_out_for_talks_is_not_theirs(
    pipeline, body: str, date: str | None
) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, body)
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert iso(talks.date) == date


def test_an_occasion_told_at_takes_the_day_of_the_telling(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        'On Friday, Ana Rojas spoke in Lima. "Trade must grow," Rojas told the APEC meeting '
        "in Lima.",
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert iso(meeting.date) == "2025-03-14"


def test_a_day_in_a_quotation_begun_in_an_earlier_sentence_is_not_the_story_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "There is no agreement on a meeting of the two foreign ministers for now, Foreign "
        "Minister Ana Rojas said in parliament.\n\n"
        '"We sent our text to the other side after our last contacts. It was our turn to do '
        'it. On March 12, we received their new proposals," Rojas said.'
    )
    article = parse_txt(text(body, title="News of the day"), "<test>")
    tl = TimelineFinder()(pipeline.nlp(article.text), article)
    assert iso(tl.story) == "2025-03-16"


@pytest.mark.parametrize(("day", "story"), [("Friday", "2025-03-14"), ("March 9", "2025-03-16")])
def test_a_day_told_past_the_lede_is_the_story_s_only_when_recent(  # type: ignore[no-untyped-def]
    pipeline, day: str, story: str
) -> None:
    # Published Sunday March 16: Friday may be the occasion of the news; a week back recalls
    # what led to it.
    body = (
        "Chile has opened talks with Peru after its talks with Bolivia collapsed.\n\n"
        "A spokesman for the ministry said the envoy hosted a delegation from Lima.\n\n"
        "The spokesman said the envoy stressed the need to resume the talks with Bolivia.\n\n"
        "He added that the delegates from Lima confirmed their wish to go on with the talks.\n\n"
        f"But President Ana Rojas revealed on {day} that she had cancelled a meeting with "
        "the Bolivian leader."
    )
    article = parse_txt(text(body, title="News of the day"), "<test>")
    tl = TimelineFinder()(pipeline.nlp(article.text), article)
    assert iso(tl.story) == story


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A day hung on a clock time dates the clause.
        ("The ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday.",
         ("2025-03-12", "held")),
        ("The two presidents of Chile and Peru met at 10:00 on Friday.", ("2025-03-14", "held")),
        # "due to" happen: planned, on the day of the infinitive; "due to" a cause is no plan
        # (held, and as the lede's news in the simple past, on the story's day).
        ("Talks between Israel and Hamas are due to resume in Doha on March 20.",
         ("2025-03-20", "planned")),
        ("The talks between Chile and Peru were held due to the storm in Lima.",
         ("2025-03-16", "held")),
        # A trip to come for talks: its day is theirs (unlike "flew on Friday ... for talks").
        ("Foreign Minister Ana Rojas of Chile will travel to Lima on Friday for talks with "
         "President Luis Vega of Peru.", ("2025-03-21", "planned")),
        # The day a ceasefire took effect, not the day it was agreed.
        ("The ceasefire between Israel and Hamas, agreed on January 15, took effect on "
         "January 19.", ("2025-01-19", "held")),
        # Putting off and shelving in other words; a weekday put off to lies ahead.
        ("The summit between Chile and Peru was put off until next month.",
         ("2025-04", "postponed")),
        ("The visit of President Ana Rojas of Chile to Peru has been put on hold.",
         (None, "postponed")),
        ("The meeting between the foreign ministers of Chile and Peru was shelved.",
         (None, "cancelled")),
        ("The talks between Chile and Peru were rescheduled for Friday.",
         ("2025-03-21", "postponed")),
        # The day put off to outweighs the day it was scheduled for.
        ("The talks between Armenia and Azerbaijan, scheduled for Thursday, were postponed to "
         "next month.", ("2025-04", "postponed")),
    ],
)  # fmt: skip
def test_dates_and_statuses_of_plain_wire_sentences(  # type: ignore[no-untyped-def]
    pipeline, body: str, expected: tuple[str | None, str]
) -> None:
    [event] = extract(pipeline, body).events
    assert (iso(event.date), event.status) == expected


def test_a_sequel_to_a_month_gets_no_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "subsequently" goes on from the month its sentence told, not from the story's day.
    x = extract(
        pipeline,
        "Ana Rojas met Luis Vega in Lima on Sunday.\n\nTies soured after Chile withdrew from "
        "the trade pact of May 2023 and subsequently imposed sanctions on Peru.",
    )
    later = [e for e in x.events if e.kind == "other"]
    assert later and all(iso(e.date) is None for e in later)


def test_a_participle_inside_a_noun_s_phrase_is_told_not_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Talks were scheduled on the ratification of the trade accord, signed by the presidents "
        "of Chile and Peru on 29 January in Lima.",
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert (iso(signing.date), signing.status) == ("2025-01-29", "held")


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # The relative clause tells the talks' own day, wherever the parse hangs it.
        ("Chile will send a delegation to Lima before talks with the ELN, which are scheduled "
         "to take place on Wednesday in Geneva.", "2025-03-19"),
        # One that tells what a party did is not the talks' day.
        ("Chile will send a delegation to Lima before talks with the ELN, which agreed to stop "
         "fighting on Wednesday.", None),
    ],
)  # fmt: skip
def test_a_relative_clause_on_the_talks_phrase_dates_them(  # type: ignore[no-untyped-def]
    pipeline, body: str, date: str | None
) -> None:
    [talks] = [e for e in extract(pipeline, body).events if e.kind == "negotiation_round"]
    assert iso(talks.date) == date


@pytest.mark.parametrize(
    ("body", "status"),
    [
        # "next" orders an occurrence in a series; a past verb tells it took place.
        ("The next two meetings of Chile and Peru were held in Lima.", "held"),
        ("The next round of talks between Chile and Peru took place in Lima.", "held"),
        ("The next round of talks between Chile and Peru will take place in Lima.", "planned"),
        ("Chile and Peru agreed that the next meeting would be held in Lima.", "planned"),
    ],
)
def test_the_next_of_a_series_told_in_the_past_was_held(  # type: ignore[no-untyped-def]
    pipeline, body: str, status: str
) -> None:
    x = extract(pipeline, body)
    assert [e.status for e in x.events] == [status]


@pytest.mark.parametrize(
    "body",
    [
        "Peru received a boost in January during a visit to Lima by Chilean Foreign Minister "
        "Alberto van Klaveren.",
        "Peru received a boost in January at a meeting in Lima with Chilean Foreign Minister "
        "Alberto van Klaveren.",
    ],
)
def test_an_occasion_an_act_was_done_at_shares_its_time(pipeline, body: str) -> None:  # type: ignore[no-untyped-def]
    # "received" is an event word too (a reception), but here the act done at the visit:
    # its time is the visit's, not a rival's.
    x = extract(pipeline, body)
    assert [(e.kind, iso(e.date)) for e in x.events] == [("meeting", "2025-01")]


@pytest.mark.parametrize("verb", ["has signed", "have signed"])
def test_a_present_perfect_reported_on_a_day_takes_that_day(pipeline, verb: str) -> None:  # type: ignore[no-untyped-def]
    subject = "Peru" if verb.startswith("has") else "the delegations of Peru"
    x = extract(
        pipeline,
        f"On Friday, the UN envoy announced that {subject} {verb} a trade agreement with Chile.",
    )
    assert [(e.kind, iso(e.date)) for e in x.events] == [("agreement_signing", "2025-03-14")]


def test_talks_named_in_a_reported_perfect_keep_their_own_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "On Friday, the UN envoy announced that the delegations of Chile and Peru to the talks "
        "in Geneva have signed a trade agreement.",
    )
    dates = {e.kind: iso(e.date) for e in x.events}
    assert dates == {"negotiation_round": None, "agreement_signing": "2025-03-14"}


def test_a_time_hung_on_the_verb_s_object_dates_the_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parse hangs "in May 2018" on "deal"; the sequel word dates only its own verb.
    x = extract(
        pipeline,
        "Chile withdrew from the Pacific Alliance or the Chile-Peru trade deal in May 2018 and "
        "subsequently imposed sanctions on Peru.",
    )
    assert [iso(e.date) for e in x.events] == ["2018-05", None]


def test_an_arrival_on_a_visit_shares_the_visit_s_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Chilean Foreign Minister Ana Soto arrived in the Peruvian capital, Lima, on an "
        "official visit on Friday.",
    )
    # (The visit the arrival is for is told as the arrival: one `other`, `event_senses`. The
    # traveller is named: an arrival of no one named is no event, `event_acts.with_parties`.)
    assert [(e.kind, iso(e.date)) for e in x.events] == [("other", "2025-03-14")]


def test_a_time_hung_on_a_noun_of_the_event_s_own_phrase_dates_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parse hangs "on March 20" on "participation", within the meeting's phrase.
    x = extract(
        pipeline,
        "Chile and Peru are preparing a meeting of their presidents with the participation of "
        "Bolivia in Lima on March 20.",
    )
    assert [(iso(e.date), e.status) for e in x.events] == [("2025-03-20", "planned")]


def test_a_time_before_the_verb_hung_on_its_subject_dates_the_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Wire copy's "X on Saturday met Y": the parser hangs the day on the subject's noun.
    x = extract(pipeline, "A delegation from the regional bloc on Saturday met the junta leader.")
    assert [iso(e.date) for e in x.events if e.kind == "meeting"] == ["2025-03-15"]
    # A day the subject names before its own noun is that thing's ("the March 3 accord").
    x = extract(pipeline, "The envoys of the March 3 accord met the junta leader in Niamey.")
    assert [iso(e.date) for e in x.events if e.kind == "meeting"] == [None]


def test_a_compound_event_word_is_dated_by_its_own_head(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "phone talks": the trigger opens on "phone", whose head "talks" is no rival for the day.
    x = extract(
        pipeline,
        "Foreign Minister Akira Sato and his counterpart Wang Lei held phone talks on Friday, "
        "agreeing to keep communicating.",
    )
    assert [(e.kind, iso(e.date)) for e in x.events] == [("phone_call", "2025-03-14")]


def test_a_weekday_straight_after_its_verb_dates_the_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Wire copy's "met Friday" before a titled name: the parser glues the day onto the name.
    x = extract(
        pipeline, "The Chilean envoy, Ana Reyes, met Friday Peruvian Foreign Minister Luis Soto."
    )
    assert [iso(e.date) for e in x.events] == ["2025-03-14"]


def test_a_weekday_of_talks_a_verb_tells_as_to_come_lies_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The day hangs on "talks", the object of "in"; the verb's "will" places it ahead.
    x = extract(
        pipeline,
        "Chile and Peru will take part in indirect talks in Quito on Tuesday and Wednesday to "
        "secure the release of prisoners, local media reported Saturday.",
    )
    talks = [e for e in x.events if e.kind == "negotiation_round"]
    assert [(iso(e.date), e.status) for e in talks] == [("2025-03-18", "planned")]
    # A past participle of that shape tells what was done: its weekday lies behind.
    x = extract(pipeline, "The dates were set during Luis Soto's Friday visit to Santiago.")
    assert x.events and all(e.date is None or iso(e.date) <= "2025-03-16" for e in x.events)
    assert "2025-03-14" in [iso(e.date) for e in x.events if e.date is not None]


def test_the_lede_s_same_day_news_in_the_present_perfect_takes_the_story_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "After two days of talks, Chile and Peru have signed an accord on fishing rights.\n\n"
        "The accord opens the southern waters to both fleets.",
    )
    signing = [e for e in x.events if e.kind == "agreement_signing"]
    assert [iso(e.date) for e in signing] == ["2025-03-16"]
    # Not a perfect further on: that is a state of things now, told on no day.
    x = extract(
        pipeline,
        "Chile and Peru met in Lima on Friday.\n\nThe two countries have signed an accord on "
        "fishing rights, officials said.",
    )
    signing = [e for e in x.events if e.kind == "agreement_signing"]
    assert [iso(e.date) for e in signing] in ([None], [])
    # (Whatever is read there, nothing takes the story's day: only Friday's meeting is dated.)
    assert x.events and all(iso(e.date) == "2025-03-14" for e in x.events if e.date is not None)


@pytest.mark.parametrize(
    ("lede", "kind"),
    [
        # The verb itself, its subject in the passive, the occasion the lede's verb happened
        # during, and a lede told as reported.
        ("An envoy of Chile met the foreign minister of Peru in Lima to discuss fishing "
         "rights.", "meeting"),
        ("The first meeting of the joint fisheries commission of Chile and Peru was held in "
         "Lima.", "meeting"),
        ("During a telephone call, the foreign ministers of Chile and Peru discussed the "
         "fishing rights in the southern waters.", "phone_call"),
        ("An envoy of Chile met the foreign minister of Peru in Lima to discuss fishing "
         "rights, the ministry reported.", "meeting"),
    ],
)  # fmt: skip
def test_the_lede_s_same_day_news_in_the_simple_past_takes_the_story_day(  # type: ignore[no-untyped-def]
    pipeline, lede: str, kind: str
) -> None:
    x = extract(pipeline, f"{lede}\n\nThe two countries share a long coast on the Pacific.")
    assert [iso(e.date) for e in x.events if e.kind == kind] == ["2025-03-16"]


def test_a_simple_past_beyond_the_lede_or_counted_takes_no_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Further on, the simple past tells what led to the news, on a day the text does not give.
    x = extract(
        pipeline,
        "Chile and Peru opened their southern waters to both fleets, officials said.\n\n"
        "An envoy of Chile met the foreign minister of Peru in Lima to discuss fishing rights.",
    )
    assert all(e.date is None for e in x.events if e.kind == "meeting")
    # A count of rounds held is no one occasion.
    x = extract(
        pipeline,
        "Chile and Peru held five rounds of talks in Lima to settle the fishing rights of "
        "both fleets.\n\nThe two countries share a long coast on the Pacific.",
    )
    assert all(e.date is None for e in x.events if e.kind == "negotiation_round")
