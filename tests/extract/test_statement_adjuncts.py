"""An attribution set between a report and a circumstance the writer adds (`..., the ministry
said, a week after ...`) gives the report before it; a headline label that is only a place or
the press is no speaker. Sentences invented."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.pipeline import Pipeline
from kg.extract.statement_reports import filed_under


def _said(pipeline: Pipeline, text: str) -> str:
    got = [s for s in extract(pipeline, text).statements if s.cue.text == "said"]
    assert len(got) == 1
    return got[0].content.text


def test_words_before_an_aside_followed_by_a_time_adjunct(pipeline: Pipeline) -> None:
    text = (
        "Ministers call\n\n"
        "The foreign minister of Chad held a joint call with his counterparts from Niger and "
        "Mali on Tuesday, the State Department said, a week after the neighbors accused each "
        "other of breaking a truce.\n"
    )
    assert _said(pipeline, text).startswith("The foreign minister of Chad held a joint call")


def test_words_before_an_aside_followed_by_a_subordinate_clause(pipeline: Pipeline) -> None:
    text = (
        "Leaders speak\n\n"
        "Premier Ola Norden spoke on Friday to King Harald about the grain trade, the Palace "
        "said, after tensions with Denmark prompted a rise in prices.\n"
    )
    assert _said(pipeline, text) == (
        "Premier Ola Norden spoke on Friday to King Harald about the grain trade"
    )


def test_a_day_hung_on_the_relaying_outlet(pipeline: Pipeline) -> None:
    text = (
        "Leaders meet\n\n"
        "Finland's president spoke with the Swedish premier at the summit in Oslo, Kremlin "
        "spokesman Ivan Petrov said Sunday, the TASS agency reported.\n"
    )
    assert _said(pipeline, text) == (
        "Finland's president spoke with the Swedish premier at the summit in Oslo"
    )


def test_an_aside_inside_the_clause_still_gives_what_follows(pipeline: Pipeline) -> None:
    text = "Talks news\n\nThe outreach, the minister said, raised new worries in Paris.\n"
    assert _said(pipeline, text) == "raised new worries in Paris"


def test_a_place_or_press_label_is_a_section(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Norway: Minister gives details on the trip to Sweden")
    assert filed_under(doc, 0, len("Norway"))
    doc = pipeline.nlp("Local media: President holds talks with Danish leader")
    assert filed_under(doc, 0, len("Local media"))
    doc = pipeline.nlp("Sweden's Lindqvist: No special hopes for the meeting")
    assert not filed_under(doc, 0, len("Sweden's Lindqvist"))


def test_according_to_a_body_with_a_named_speaker_opening_the_words(
    pipeline: Pipeline,
) -> None:
    text = (
        "Ministers meet\n\n"
        "According to the Danish foreign ministry, Lund mentioned fishing and border issues "
        "during the talks.\n"
    )
    got = {s.cue.text: s for s in extract(pipeline, text).statements}
    assert "According to" not in got
    assert got["mentioned"].content.text == "fishing and border issues during the talks"


def test_according_to_words_of_no_named_speaker_stay_the_sources(pipeline: Pipeline) -> None:
    text = "Talks news\n\nAccording to the minister, the talks will resume in May.\n"
    got = {s.cue.text: s for s in extract(pipeline, text).statements}
    assert got["According to"].content.text == "the talks will resume in May"
