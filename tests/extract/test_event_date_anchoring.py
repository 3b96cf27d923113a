"""Which day an event's own words give it, and the status its own clause tells, on invented
news published on a Wednesday (2025-03-12)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import check_spans
from test_timeline import iso, text

from kg.extract.event_modality_status import status_of
from kg.extract.timex import resolve_relative
from kg.model import Extraction
from kg.reading import parse_txt

WEDNESDAY = "2025-03-12"


def extract(pipeline, body: str) -> Extraction:  # type: ignore[no-untyped-def]
    article = parse_txt(text(body, WEDNESDAY, title="Regional roundup"), "<test>")
    x: Extraction = pipeline.extract(article)
    check_spans(x)
    return x


def dated(pipeline, body: str) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(e.kind, iso(e.date), e.status) for e in extract(pipeline, body).events]


def test_a_weekday_of_talks_agreed_to_lies_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parse hangs the day on the object of the infinitive agreed to: still ahead.
    body = "Norland and Tarvia agreed on Wednesday to hold talks on Sunday in Oslo."
    assert dated(pipeline, body) == [("negotiation_round", "2025-03-16", "planned")]


def test_this_weekday_is_of_the_anchors_week() -> None:
    wednesday = dt.date(2025, 3, 12)
    assert iso(resolve_relative("this Saturday", wednesday)) == "2025-03-15"
    assert iso(resolve_relative("this Monday", wednesday)) == "2025-03-10"


def test_an_occasion_put_off_keeps_no_old_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The visit of President Ana Rojas to Lima was put off from this Saturday to next month."
    assert dated(pipeline, body) == [("meeting", "2025-04", "postponed")]
    from kg.extract.timeline_resolve import halts  # (new: imported here so the rest can run)

    doc = pipeline.nlp("The vote was pushed back by a week.")
    assert halts(doc[3])  # "pushed" with its particle
    assert not halts(pipeline.nlp("The vote was pushed through.")[3])


def test_a_day_days_ahead_in_a_past_clause_is_this_years(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A telling is not dated after publication: the day is the summit's, still to come.
    body = "The two ministers confirmed their attendance at a summit in Oslo on 15 March."
    assert dated(pipeline, body) == [("meeting", "2025-03-15", "planned")]


def test_a_day_beside_a_week_gives_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The envoys will sign the accord in Quito next week on Tuesday."
    assert dated(pipeline, body) == [("agreement_signing", "2025-03-18", "planned")]
    body = "The two presidents will meet in Lima next week."
    assert dated(pipeline, body) == [("meeting", None, "planned")]


def test_a_past_time_clause_keeps_its_own_status(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(
        "The talks were postponed in May after the militia launched an attack on a border post."
    )
    attack = next(t for t in doc if t.text == "attack")
    talks = next(t for t in doc if t.text == "talks")
    assert status_of(attack) == ("held", False)
    assert status_of(talks) == ("postponed", True)


def test_a_time_after_a_verbs_object_is_the_verbs(pipeline) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.timeline_acts import object_time  # (new: imported here, as above)

    doc = pipeline.nlp("The envoy confirmed his support on Tuesday during a summit in Lima.")
    verb, support, on, summit = (next(t for t in doc if t.text == w) for w in
                                 ("confirmed", "support", "on", "summit"))  # fmt: skip
    assert object_time(support, summit, on.idx, []).i == verb.i
    # Not when the object is itself an event word, nor a time that does not follow it.
    assert object_time(support, support, on.idx, []).i == support.i
    assert object_time(support, summit, summit.idx, []).i == support.i
