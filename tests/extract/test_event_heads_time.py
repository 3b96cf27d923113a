"""Whether a verb of heading tells a team at the talks or a career is asked of the timeline:
a year alone, or a day of an earlier year, is another time; a day of the news is the talks'.
Invented sentences."""

from __future__ import annotations

from extract_helpers import dated_text, extract, names

from kg.extract.pipeline import Pipeline


def _heads(pipeline: Pipeline, second: str) -> set[str]:
    body = (
        "The Harbour Council and the Veldan Front held a second round of talks on the canal "
        f"in Vienna on Monday. {second}"
    )
    x = extract(pipeline, dated_text("Canal talks held", body, "2025-03-19"))
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    return names(x, talks.participants)


def test_a_head_at_the_talks_on_a_dated_day_of_the_news_takes_part(pipeline: Pipeline) -> None:
    got = _heads(
        pipeline,
        "The Harbour Council was led by its deputy chair Rosa Kent at the session on "
        "17 March 2025.",
    )
    assert "Rosa Kent" in got


def test_who_led_a_party_in_a_past_year_is_no_head(pipeline: Pipeline) -> None:
    """A guard: main's year spotting dropped this head already; asking the timeline must
    keep dropping it."""
    got = _heads(pipeline, "The lawyer Mira Holt led the Harbour Council in 2006.")
    assert "Mira Holt" not in got


def test_a_head_at_a_session_just_before_new_year_takes_part(pipeline: Pipeline) -> None:
    """A story of 2 January: the session of 30 December is the news's own time, though its
    calendar year is the one before."""
    body = (
        "The Harbour Council and the Veldan Front held a round of talks on the canal in Vienna "
        "on 30 December. The Harbour Council was led by its deputy chair Rosa Kent at the "
        "session on 30 December 2024."
    )
    x = extract(pipeline, dated_text("Canal talks held", body, "2025-01-02"))
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert "Rosa Kent" in names(x, talks.participants)
