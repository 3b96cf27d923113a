"""Statement dates: a saying in the present perfect or marked "recently" is background."""

from __future__ import annotations

import pytest
from extract_helpers import check_spans

from kg.model import Extraction
from kg.reading import parse_txt

BODY = "The envoys met in Geneva on Friday for a second round.\n\n"


def extract(pipeline, body: str) -> Extraction:  # type: ignore[no-untyped-def]
    text = f"Published: 2025-03-16\n\nEnvoys meet again\n\nGeneva • Example Desk\n\n{body}\n"
    x: Extraction = pipeline.extract(parse_txt(text, "<test>"))
    check_spans(x)
    return x


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister Anna Keller has alleged that the truce is fragile.",
        "Both states have said that the truce is fragile.",
        "Recently, the minister Anna Keller said that the truce was fragile.",
    ],
)
def test_perfect_and_recent_sayings_have_no_date(pipeline, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, BODY + sentence)
    said = [st for st in x.statements if "truce" in st.content.text]
    assert said and all(st.date is None for st in said)


def test_a_saying_in_the_past_takes_the_occasion(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, BODY + "The minister Anna Keller said that the truce was fragile.")
    said = [st for st in x.statements if "truce" in st.content.text]
    assert said and all(st.date is not None and st.date.day == 14 for st in said)


@pytest.mark.parametrize(
    "sentence",
    [
        "The government of Ruritania claims that the truce is fragile.",
        "The minister Anna Keller accuses the rebels of breaking the truce.",
    ],
)
def test_a_position_held_in_the_present_has_no_date(pipeline, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, BODY + sentence)
    said = [st for st in x.statements if "truce" in st.content.text]
    assert said and all(st.date is None for st in said)


def test_the_reporting_present_keeps_the_occasion(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, BODY + "The minister Anna Keller says that the truce is fragile.")
    said = [st for st in x.statements if "truce" in st.content.text]
    assert said and all(st.date is not None for st in said)


def test_a_saying_told_in_another_s_quoted_words_has_the_report_s_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        BODY + '"The Secretary-General has expressed his appreciation to Norway for hosting the '
        'talks," the spokesman Stephane Dujarric said.',
    )
    dates = {st.cue.text: st.date for st in x.statements}
    assert dates.get("expressed") is not None and dates["expressed"] == dates["said"]


def test_a_saying_is_dated_no_later_than_its_publication(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The lede tells of a trip the next day: the story's occasion runs a day past the stamp,
    # but what the ministry said was said by the time it was published.
    body = (
        "The foreign minister Anna Keller will travel to Vienna on 17 March 2025 for talks "
        "with her Austrian counterpart, the ministry said.\n\n"
        "Keller will also meet the chancellor on 18 March, the ministry added."
    )
    x = extract(pipeline, body)
    said = [st for st in x.statements if "Keller" in st.content.text]
    assert len(said) == 2
    assert all(st.date is not None and st.date.iso() == "2025-03-16" for st in said)
