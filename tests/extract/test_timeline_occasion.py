"""The story's occasion: a plan the lede announces, a present clause with a past day, and a
"today" the writer names the weekday of."""

from __future__ import annotations

from extract_helpers import dated_text, iso, story_timeline
from extract_helpers import extract as extract_text

from kg.extract.timeline import Timeline
from kg.model import Extraction

SUNDAY = "2025-03-16"  # Friday is the 14th, Saturday the 15th


def text(body: str, published: str) -> str:
    return dated_text("Envoys on the move", body, published)


def timeline(pipeline, body: str, published: str = SUNDAY) -> Timeline:  # type: ignore[no-untyped-def]
    return story_timeline(pipeline, text(body, published))


def extract(pipeline, body: str, published: str = SUNDAY) -> Extraction:  # type: ignore[no-untyped-def]
    x: Extraction = extract_text(pipeline, text(body, published))
    return x


def test_a_lede_announcing_a_plan_tells_the_publication_day_s_news(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The day the plan is for, written out and a day past the stamp, is not the occasion.
    body = (
        "Foreign Minister Oskar Brandt of Arland will make a state visit to Kellia on "
        "March 17-18, the state news agency reports.\n\n"
        "He is expected to meet the president of Kellia and its foreign minister."
    )
    assert iso(timeline(pipeline, body).story) == SUNDAY


def test_a_past_day_on_a_present_verb_is_not_the_occasion(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "follows a meeting ... on Friday": the day is the earlier meeting's; the lede's news
    # (the arrival) is the publication day's.
    body = (
        "Arland's foreign minister Oskar Brandt has arrived in Vossa for talks with the "
        "leaders of Kellia.\n\n"
        "The visit follows a meeting with the prime minister of Marrow and his cabinet "
        "on Friday."
    )
    assert iso(timeline(pipeline, body).story) == SUNDAY
    # The reporting present keeps its day.
    body = "The ministry of Kellia says on Friday that the border crossing stays closed."
    assert iso(timeline(pipeline, body).story) == "2025-03-14"


def test_today_with_its_weekday_named_is_that_weekday(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A story stamped Monday whose writer's "today" was Sunday.
    body = (
        "Kellia's prime minister Ines Varga announced today, Sunday, that the rebels had "
        "asked the mediators to come back to Vossa.\n\n"
        "The mediators will probably arrive today (Sunday) or tomorrow, she said."
    )
    tl = timeline(pipeline, body, "2025-03-17")
    assert iso(tl.story) == SUNDAY
    assert [iso(a.value) for a in tl.anchors][:4] == [SUNDAY] * 4
    x = extract(pipeline, body, "2025-03-17")
    announced = [st for st in x.statements if st.cue.text == "announced"]
    assert announced and all(iso(st.date) == SUNDAY for st in announced)
    # The same weekday as the stamp changes nothing.
    tl = timeline(pipeline, body.replace("Sunday", "Monday"), "2025-03-17")
    assert iso(tl.story) == "2025-03-17"
