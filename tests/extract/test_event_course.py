"""A round told to last several days ("wrapped up seven days of talks on Monday") is one
occurrence with the telling of its start ("the talks started on May 1"); a day outside the
course told is another occurrence. Invented stories."""

from __future__ import annotations

from extract_helpers import dated_text, extract
from spacy.language import Language

from kg.extract.event_course import told_days
from kg.extract.pipeline import Pipeline


def _events(pipeline: Pipeline, body: str) -> list[tuple[str, str | None]]:
    x = extract(pipeline, dated_text("Norland and Estland end talks", body, "2024-05-06"))
    return [(e.kind, e.date.iso() if e.date else None) for e in x.events]


def test_the_start_of_a_seven_day_round_is_the_round(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        "Norland and Estland wrapped up seven days of border talks in Vossa on Monday without "
        "a deal.\n\nThe talks started on May 1, bringing together the foreign ministers of "
        "both states.",
    )
    assert [k for k, _d in found] == ["negotiation_round"], found


def test_a_day_outside_the_course_is_another_round(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        "Norland and Estland wrapped up two days of border talks in Vossa on Monday without "
        "a deal.\n\nThe talks started on April 10, bringing together the foreign ministers of "
        "both states.",
    )
    assert [k for k, _d in found] == ["negotiation_round", "negotiation_round"], found


def test_told_days(nlp: Language) -> None:
    def days(text: str, word: str) -> int | None:
        return told_days(next(t for t in nlp(text) if t.text == word))

    assert days("They wrapped up seven days of intensive talks in Vienna.", "talks") == 7
    assert days("At their three-day meeting on Capri, the ministers agreed.", "meeting") == 3
    assert days("The talks lasted two weeks.", "talks") == 14
    assert days("The talks ended on Monday.", "talks") is None
