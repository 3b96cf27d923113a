"""The day a saying or an occasion is told at, on stories whose lede gives no plain day: page
stamps, quotations running over sentences, a lede's present perfect, weeks and seasons."""

from __future__ import annotations

import datetime as dt

from test_timeline import SUNDAY, extract, iso, text, timeline

from kg.extract.timex import find_timexes
from kg.model import Statement
from kg.reading import parse_txt


def dates(statements: list[Statement], cue: str) -> list[str | None]:
    return [iso(st.date) for st in statements if st.cue.text == cue]


def test_a_page_stamp_is_no_lede(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A row of page fields is not prose: its day is the page's, not the occasion's.
    body = (
        "By Anna Keller | Example Daily | Updated: 2025-03-16 07:49\n\n"
        "Officials of the two states will meet in Bern on Friday to discuss the border.\n\n"
        "Ministry spokeswoman Maria Lopez said on Thursday that the talks would cover the "
        "border and the return of refugees."
    )
    assert iso(timeline(pipeline, body).story) == "2025-03-13"


def test_a_day_recalled_in_what_was_said_is_no_occasion(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Prime Minister Omar Haddad explained that the situation was calm and that he had "
        "already warned the minister two days ago of the risks of an escalation."
    )
    assert iso(timeline(pipeline, body).story) == SUNDAY


def test_a_sentence_opening_in_a_quotation_tells_its_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The envoy visited the capital last week to discuss a resumption of the talks, "
        "President Omar Haddad said.\n\n"
        '"We are ready for a dialogue. We have met them twice this year. They were here last '
        'week and the conditions are favourable," Haddad said on Thursday.'
    )
    assert iso(timeline(pipeline, body).story) == "2025-03-13"


def test_a_week_dates_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    # As the annotators of real news do: "last week" gives no date, not its month.
    x = extract(
        pipeline,
        "The two delegations met in Geneva last week to discuss the border, officials said.",
    )
    assert [iso(ev.date) for ev in x.events if ev.kind in ("meeting", "negotiation_round")] == [
        None
    ]


def test_a_saying_told_in_a_past_week_takes_its_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The guidelines resolve a saying's own anchor and write a month alone as YYYY-MM: "last
    # week" of a March 16 story lies in March. A week across a month's turn gives none, and
    # the anchor of another sentence carries no week ("the envoy visited last week").
    x = extract(
        pipeline,
        "The rebels said last week that the talks do not mean a reconciliation. "
        "Foreign Minister Omar Haddad had said last week that he asked Elbonia for a meeting.",
    )
    assert dates(x.statements, "said") == ["2025-03", "2025-03"]
    x = extract(
        pipeline,
        "The rebels said last week that the talks do not mean a reconciliation.",
        published="2025-03-04",
    )
    assert dates(x.statements, "said") == [None]
    # The story's own week is no past week: no month.
    x = extract(
        pipeline, "Earlier this week the negotiators told the envoy that they were not close."
    )
    assert dates(x.statements, "told") == [None]


def test_a_when_clause_takes_the_time_it_follows(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The country has long been suffering from a crisis that deepened in January 2019 "
        "when, after disputing the vote, Omar Haddad declared himself the president."
    )
    tl = timeline(pipeline, body)
    raw = tl.doc.text
    cue = raw.index("declared")
    content = raw.index("himself the president")
    date, how = tl.statement_date((cue, cue + len("declared")), (content, content + 21))
    assert (iso(date), how) == ("2019-01", "anchor")


def test_the_lede_s_present_perfect_is_the_day_s_news(pipeline) -> None:  # type: ignore[no-untyped-def]
    saturday = "2025-03-15"
    x = extract(
        pipeline,
        "UN Secretary-General Maria Lopez has called Saturday's agreement between the two "
        "states an important step towards a lasting settlement of the conflict.",
        published=saturday,
    )
    assert dates(x.statements, "called") == [saturday]


def test_a_week_before_the_story_turns_back(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The two states resumed talks in Geneva on Sunday, officials said.\n\n"
        "Last week the envoy Anna Keller talked about the border with the ministers of both "
        "states.\n\n"
        "Keller wrote on social media that she had discussed the dialogue with the ministers.",
    )
    assert dates(x.statements, "wrote") == [None]


def test_the_past_week_before_the_story_turns_back(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the past week" opens with its article: still a week before the story's day.
    x = extract(
        pipeline,
        "The two states resumed talks in Geneva on Sunday, officials said.\n\n"
        "The past week the mediator Lena Brandt travelled to both capitals to prepare the "
        "round.\n\n"
        "Brandt posted on social media that she had met the ministers of both states.",
    )
    assert dates(x.statements, "posted") == [None]


def test_a_season_dates_no_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "This fall, Deputy Foreign Minister Omar Haddad told reporters that the partners "
        "planned a meeting in the capital.",
    )
    assert [iso(st.date) for st in x.statements] == [None]


def test_holidays_are_days() -> None:
    raw = "On New Year's Eve, the president had announced a truce."
    found = find_timexes(raw, 0, len(raw), dt.date(2023, 2, 14))
    assert [(iso(t.date), t.grain) for t in found] == [("2022-12-31", "day")]


def test_a_weekday_of_talks_still_to_be_held_lies_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    friday = "2025-03-14"
    body = (
        "The minister said on Friday he had no special expectations for Saturday's talks "
        "that will be held in Lausanne."
    )
    article = parse_txt(text(body, friday), "<test>")
    tl = timeline(pipeline, body, published=friday)
    at = article.text.index("talks that")
    assert iso(tl.date_for(at, at + 5)) == "2025-03-15"


def test_recently_opening_the_content_is_its_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "said recently the two countries saw ...": the parse hangs "recently" on the saying,
    # but the words it opens are what was said; the saying keeps the story's day.
    x = extract(
        pipeline,
        "Foreign Minister Omar Haddad met his counterpart in the capital on Sunday.\n\n"
        "Haddad said recently the two countries saw an improvement of their ties.",
    )
    assert dates(x.statements, "said") == [SUNDAY]


def test_a_few_days_later_is_the_month_they_lie_in(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The president announced a truce with the rebels on March 2.\n\n"
        "But a few days later the rebels said it was merely a proposal.",
    )
    values = {tl.doc.text[a.start : a.end]: iso(a.value) for a in tl.anchors}
    assert values == {"March 2": "2025-03-02", "a few days later": "2025-03"}
    # Days that may lie across a month's turn give none.
    tl = timeline(
        pipeline,
        "The president announced a truce with the rebels on February 26.\n\n"
        "But a few days later the rebels said it was merely a proposal.",
    )
    assert [iso(a.value) for a in tl.anchors] == ["2025-02-26", None]


def test_a_dateline_sentence_takes_no_place_in_the_lede(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A sentence with no verb is no clause of the story: its day is the page's.
    body = (
        "DAKAR, Mar 16, 2025, Example Wire. The foreign ministers of the two states "
        "reaffirmed the vitality of their ties, a newspaper reported.\n\n"
        "Minister Omar Haddad hosted his counterpart Anna Keller in the town of Thies "
        "on Saturday to discuss their cooperation, according to a statement."
    )
    assert iso(timeline(pipeline, body).story) == "2025-03-15"


def test_the_past_week_is_the_story_s_own_and_gives_no_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the past week" is the seven days up to the story, not a week before it: no month.
    x = extract(
        pipeline,
        "Over the past week, the rebels said that the talks do not mean a reconciliation.",
    )
    assert dates(x.statements, "said") == [None]
