"""Same-day dates of events a report tells without a day of its own (invented news)."""

from __future__ import annotations

import pytest
from extract_helpers import check_spans
from test_timeline import iso, text

from kg.extract.timeline_story import reported_news_cue, told_by_clause
from kg.model import Extraction
from kg.reading import parse_txt

# A lede that tells its news on the Sunday of publication, and a paragraph between that names
# no time, so that the story's paragraph does not carry its day on by itself.
LEDE = (
    "The foreign ministers of Chile and Peru on Sunday pledged to reopen their shared border."
    "\n\nVarela spoke of a new chapter.\n\n"
)


def extract(pipeline, body: str) -> Extraction:  # type: ignore[no-untyped-def]
    article = parse_txt(text(body, "2025-03-16", title="News of the day"), "<test>")
    x: Extraction = pipeline.extract(article)
    check_spans(x)
    return x


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # A past fact a saying of the story's day reports: the report's day.
        (
            "Chile's foreign minister, Ana Varela, held talks with her Peruvian counterpart, "
            "Luis Ortega, in Arica, the ministry said.",
            "2025-03-16",
        ),
        (
            "The ministry said Chile's foreign minister, Ana Varela, held talks with her "
            "Peruvian counterpart, Luis Ortega, in Arica.",
            "2025-03-16",
        ),
        # A time of its own, though one the text leaves undated: not the report's day.
        (
            "Chile's foreign minister, Ana Varela, held talks with Luis Ortega in Arica "
            "years ago, the ministry said.",
            None,
        ),
        (
            "Ana Varela held talks with Luis Ortega in Arica in the following days, the "
            "ministry said.",
            None,
        ),
        # Recalled (past perfect): some earlier day the text does not give.
        ("The ministry said Ana Varela had held talks with Luis Ortega in Arica.", None),
    ],
)
def test_a_reported_past_event_takes_the_report_s_day(  # type: ignore[no-untyped-def]
    pipeline, body: str, date: str | None
) -> None:
    x = extract(pipeline, LEDE + body)
    assert [iso(e.date) for e in x.events] == [date]


def test_which_reports_tell_the_day_s_news(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp("The envoy held talks with the rebels in Quito, the agency reported.")
    assert reported_news_cue(doc[3]).lower_ == "reported"  # type: ignore[union-attr]
    # An occurrence pointed back to, a count over many days, a denial: no report of news.
    for sentence, word in (
        ("The talks were held at her request, the agency reported.", 1),
        ("The envoy held talks with the rebels six times, the agency reported.", 3),
        ("The envoy did not hold talks with the rebels, the agency reported.", 5),
    ):
        doc = pipeline.nlp(sentence)
        assert doc[word].lower_ == "talks"
        assert reported_news_cue(doc[word]) is None


def test_an_occasion_of_a_paragraph_after_the_lede_takes_the_story_s_day(  # type: ignore[no-untyped-def]
    pipeline,
) -> None:
    # "During a visit": what the main clause was done in, in the paragraph after the
    # story's day, is the story's news.
    x = extract(
        pipeline,
        "The foreign ministers of Chile and Peru on Sunday pledged to reopen their shared "
        "border.\n\nDuring a visit to Lima, Ana Varela discussed water rights with her "
        "Peruvian counterpart, Luis Ortega.",
    )
    assert [iso(e.date) for e in x.events] == ["2025-03-16"]
    doc = pipeline.nlp("During a visit to Lima, she discussed water rights.")
    assert told_by_clause(doc[2])
    # Not an occasion a modifier's participle was done in.
    doc = pipeline.nlp("They praised the openness shown during the visit.")
    assert not told_by_clause(doc[6])
