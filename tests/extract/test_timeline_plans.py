"""Time anchoring of plans and quotations: a headline's or a noun's to-infinitive lies ahead,
a quotation's "tonight" is the speaker's night."""

from __future__ import annotations

from test_timeline import SUNDAY, iso, text

from kg.extract.timeline import Timeline, TimelineFinder
from kg.reading import parse_txt


def timeline(pipeline, body: str, title: str = "News of the day") -> Timeline:  # type: ignore[no-untyped-def]
    article = parse_txt(text(body, SUNDAY, title=title), "<test>")
    return TimelineFinder()(pipeline.nlp(article.text), article)


def anchor_value(tl: Timeline, words: str) -> str | None:
    found = [a for a in tl.anchors if tl.doc.text[a.start : a.end] == words]
    assert found, words
    return iso(found[0].value)


def date_of(tl: Timeline, word: str) -> str | None:
    tok = next(t for t in tl.doc if t.text == word)
    return iso(tl.date_for(tok.idx, tok.idx + len(tok)))


def test_a_headline_infinitive_is_a_plan_and_its_weekday_lies_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Published on a Sunday: "to meet on Tuesday" is the coming Tuesday, not the last one.
    tl = timeline(
        pipeline,
        "The two ministers last spoke in January.",
        title="Foreign ministers of Chile and Peru to meet on Tuesday in Lima",
    )
    assert anchor_value(tl, "on Tuesday") == "2025-03-18"
    assert date_of(tl, "meet") == "2025-03-18"
    # A finite past in the headline keeps the day behind.
    tl = timeline(
        pipeline,
        "The two ministers last spoke in January.",
        title="Foreign ministers of Chile and Peru met on Tuesday in Lima",
    )
    assert anchor_value(tl, "on Tuesday") == "2025-03-11"


def test_talks_to_be_held_on_a_weekday_lie_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The ministers said they expected progress from a second round of talks to be held in "
        "Lima on Monday.",
    )
    assert anchor_value(tl, "on Monday") == "2025-03-17"
    # Not the first one to do a thing: that is a count, no plan.
    tl = timeline(pipeline, "She was the first minister to be received in Lima on Monday.")
    assert anchor_value(tl, "on Monday") == "2025-03-10"


def test_a_quotations_tonight_is_the_night_of_the_occasion(pipeline) -> None:  # type: ignore[no-untyped-def]
    # (The lede tells the meeting itself; so does one reporting what someone said of it
    # ("..., the mediator said"), not one of a meeting that did not happen: `_said_of`.)
    body = (
        "The envoys of Chile and Peru met in Lima on Saturday with a mediator.\n\n"
        '"The two delegations left Lima tonight after the talks," the mediator said.'
    )
    tl = timeline(pipeline, body)
    assert iso(tl.story) == "2025-03-15"
    assert anchor_value(tl, "tonight") == "2025-03-15"
    # A lede that reports someone's words of what did not happen ("could not meet ..., the
    # mediator said") tells the publication day's news: the story is Sunday, the undated
    # saying of the quotation is Sunday's, and its "tonight" is the night of the day the
    # words are dated to.
    body = (
        "The envoys of Chile and Peru could not meet in Lima on Saturday, the mediator "
        "said.\n\n"
        '"The two delegations left Lima tonight without any talks," the mediator said.'
    )
    tl = timeline(pipeline, body)
    assert iso(tl.story) == SUNDAY
    assert anchor_value(tl, "tonight") == SUNDAY
    # The old wording, a lede reporting what someone said of a meeting that took place,
    # tells the meeting itself: the story is Saturday, and so is the quotation's "tonight".
    body = (
        "The envoys of Chile and Peru met in Lima on Saturday, the mediator said.\n\n"
        '"The two delegations left Lima tonight after the talks," the mediator said.'
    )
    tl = timeline(pipeline, body)
    assert iso(tl.story) == "2025-03-15"
    assert anchor_value(tl, "tonight") == "2025-03-15"
    # Out of a quotation, the narrator's "tonight" is the publication's.
    body = (
        "The envoys of Chile and Peru met in Lima on Saturday, the mediator said.\n\n"
        "The two delegations will leave Lima tonight."
    )
    assert anchor_value(timeline(pipeline, body), "tonight") == SUNDAY


def test_a_day_someone_is_appealed_to_meet_at_lies_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "appeal to X to do" asks someone to act, as "urge" does: the weekday is the next one.
    tl = timeline(
        pipeline, "The mediator appealed to the two sides to meet again in Lima on Friday."
    )
    assert anchor_value(tl, "on Friday") == "2025-03-21"
