"""Event dates read the way sayings are dated: a "when" clause takes the time it follows
(also the year a span's bound names), and a day inside "the early hours of" is the act's.
Invented sentences."""

from __future__ import annotations

from extract_helpers import dated_text, extract
from test_timeline import iso

from kg.extract.pipeline import Pipeline


def _dates(pipeline: Pipeline, body: str) -> dict[str, str | None]:
    x = extract(pipeline, dated_text("Border quarrel lingers", body, "2024-10-18"))
    text = x.article.text
    return {text[e.trigger.start : e.trigger.end]: iso(e.date) for e in x.events if e.trigger}


def test_a_when_clause_on_a_span_s_bound_is_dated_by_its_year(pipeline: Pipeline) -> None:
    got = _dates(
        pipeline,
        "The island of Pellmar has been split since 1981, when Ostrava invaded and "
        "annexed its southern coast.",
    )
    assert got.get("invaded") == "1981"


def test_a_when_clause_keeps_the_month_it_follows(pipeline: Pipeline) -> None:
    """A guard: main's rules dated this clause already; it keeps the new reading of "when"
    clauses from losing the month a clause follows."""
    got = _dates(
        pipeline,
        "Relations soured in March 2019 when the Ostravan army shelled a Pellmar village.",
    )
    assert got.get("shelled") == "2019-03"


def test_the_day_of_the_early_hours_dates_the_act(pipeline: Pipeline) -> None:
    got = _dates(
        pipeline,
        "Pellmar's and Ostrava's envoys met during the early hours of Thursday at a frontier post.",
    )
    assert got.get("met") == "2024-10-17"
