"""Time anchoring: the timeline stage alone, and the dates it gives statements and events."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import check_spans

from kg.extract.pipeline import STAGES
from kg.extract.timeline import Timeline, TimelineFinder, timeline_for
from kg.extract.timex import find_timexes
from kg.model import Extraction, PartialDate
from kg.reading import parse_txt

SUNDAY = "2025-03-16"  # publication day of most texts below; Friday is the 14th


def text(body: str, published: str | None = SUNDAY, title: str = "Envoys meet again") -> str:
    header = f"Published: {published}\n\n" if published else ""
    return f"{header}{title}\n\nGeneva • Example Desk\n\n{body}\n"


def extract(pipeline, body: str, published: str | None = SUNDAY) -> Extraction:  # type: ignore[no-untyped-def]
    x: Extraction = pipeline.extract(parse_txt(text(body, published), "<test>"))
    check_spans(x)
    return x


def timeline(pipeline, body: str, published: str | None = SUNDAY) -> Timeline:  # type: ignore[no-untyped-def]
    article = parse_txt(text(body, published), "<test>")
    return TimelineFinder()(pipeline.nlp(article.text), article)


def iso(d: PartialDate | None) -> str | None:
    return d.iso() if d else None


# --- time expressions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "value", "grain"),
    [
        ("this morning", "2025-03-16", "day"),
        ("last night", "2025-03-15", "day"),
        ("two days ago", "2025-03-14", "day"),
        ("two years ago", "2023", "year"),
        ("last month", "2025-02", "month"),
        ("earlier this month", "2025-03", "month"),
        ("in early January", "2025-01", "month"),
        ("in June 2019", "2019-06", "month"),
        # A week is dated by its month when all its days lie in one (Monday to Sunday).
        ("last week", "2025-03", "week"),
        ("earlier this week", "2025-03", "week"),
        ("next week", None, "week"),
        ("the past week", "2025-03", "week"),
        ("since 2021", None, "year"),
        ("in 2021", "2021", "year"),
        ("during 2019", "2019", "year"),
        ("last year", "2024", "year"),
        ("earlier this year", "2025", "year"),
        ("the past year", None, "year"),
        ("earlier in the month", "2025-03", "month"),
        ("on March 20 last year", "2024-03-20", "day"),
        ("in late last May", "2024-05", "month"),
        ("late last January", "2025-01", "month"),
        # A weekend is dated by its Saturday; 2025-03-16 is a Sunday.
        ("this weekend", "2025-03-15", "week"),
        ("over the weekend", "2025-03-15", "week"),
        ("at the weekend", "2025-03-15", "week"),
        ("last weekend", "2025-03-08", "week"),
    ],
)
def test_time_expressions(expr: str, value: str | None, grain: str) -> None:
    sentence = f"The ministers met {expr} in Ankara."
    [tx] = find_timexes(sentence, 0, len(sentence), dt.date(2025, 3, 16))
    assert (iso(tx.date), tx.grain) == (value, grain)
    assert sentence[tx.start : tx.end] == expr.removeprefix("on ")


@pytest.mark.parametrize(
    ("expr", "published"),
    [
        ("last week", dt.date(2025, 3, 3)),  # February 24 to March 2
        ("earlier this week", dt.date(2025, 3, 3)),  # a Monday: no day of the week before it
        ("later this week", dt.date(2025, 4, 29)),  # April 30 to May 4
    ],
)
def test_a_week_across_a_month_s_turn_has_no_value(expr: str, published: dt.date) -> None:
    sentence = f"The ministers met {expr} in Ankara."
    [tx] = find_timexes(sentence, 0, len(sentence), published)
    assert (tx.date, tx.grain) == (None, "week")


def test_may_the_verb_is_not_a_month() -> None:
    sentence = "Talks may resume, and they may meet in May."
    found = find_timexes(sentence, 0, len(sentence), dt.date(2025, 3, 16))
    assert [sentence[t.start : t.end] for t in found] == ["in May"]


# --- the stage ------------------------------------------------------------------------------


def test_the_stage_is_registered_first_and_cached_on_the_doc(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert next(iter(STAGES)) == "timeline"
    article = parse_txt(text("The envoys met on Friday."), "<test>")
    doc = pipeline.nlp(article.text)
    first = TimelineFinder()(doc, article)
    assert timeline_for(doc, article) is first
    assert first.published == dt.date(2025, 3, 16)


def test_story_day_is_the_day_its_lede_speaks_of(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline, "The foreign ministers of two neighbouring states met on Friday in Geneva."
    )
    assert iso(tl.story) == "2025-03-14"
    # A day long past is an occasion the lede recalls, not news: the story is the day's.
    tl = timeline(pipeline, "The foreign ministers recalled the accord they signed on May 2.")
    assert iso(tl.story) == SUNDAY
    # A lede whose main clause has no day of its own takes the day of its relative clause...
    tl = timeline(
        pipeline,
        "Leaders of the member states met in Niamey for a summit where on Friday the "
        "presidents of two states signed the trade agreement.",
    )
    assert iso(tl.story) == "2025-03-14"
    # ... but not the day of a clause that tells of an earlier time.
    tl = timeline(
        pipeline,
        "Leaders of the member states met in Niamey, which they had agreed on Friday, to "
        "sign the trade agreement.",
    )
    assert iso(tl.story) == SUNDAY


def test_a_dateline_or_a_weekend_is_no_story_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A wire dateline's day is the publication's, even when the parser hangs it on the lede's
    # verb: the occasion is the day the lede's clause tells ("issued late Friday").
    lede = (
        "UNITED NATIONS, March 16 (Xinhua) -- UN Secretary-General Maria Lopez welcomed new "
        "progress in the truce between the two states, according to a note released late Friday."
    )
    assert iso(timeline(pipeline, lede).story) == "2025-03-14"
    # Nor is it the saying's own anchor.
    welcomed = [st for st in extract(pipeline, lede).statements if st.cue.text == "welcomed"]
    assert [iso(st.date) for st in welcomed] == ["2025-03-14"]
    # "met this weekend": its Saturday stands for no one day, so the sayings take the
    # publication day.
    tl = timeline(
        pipeline,
        "The leaders of the two neighbouring states met in Geneva this weekend to discuss "
        "their border, officials said.",
    )
    assert iso(tl.story) == SUNDAY
    # A day after publication the lede tells as still to come is a plan, not the occasion.
    for lede in (
        "The special envoy, who arrives in the capital tomorrow, is expected to raise the "
        "proposal with the rebels.",
        "The head of the delegation arrived at a hotel in Istanbul ahead of the talks "
        "scheduled for March 17.",
    ):
        assert iso(timeline(pipeline, lede).story) == SUNDAY


def test_weekday_goes_forward_in_a_clause_about_the_future(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The delegations met on Friday. The next round will open on Tuesday in Geneva."
    tl = timeline(pipeline, body)
    assert [iso(a.value) for a in tl.anchors] == ["2025-03-14", "2025-03-18"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The envoys are to meet again on Friday.", "2025-03-21"),
        ("The envoys are going to meet again on Friday.", "2025-03-21"),
        ("The envoy hopes to meet his counterpart on Friday.", "2025-03-21"),
        ("The envoy is due in Vienna on Friday.", "2025-03-21"),
        ("The envoy is meeting his counterpart on Friday.", "2025-03-21"),
        ("The talks are being held in Vienna on Friday.", "2025-03-21"),
        ("The ministers were to meet again on Friday.", "2025-03-14"),  # ahead of a past day
        ("The treaty still has to be ratified in January.", "2026-01"),
        ("The treaty had to be ratified in January.", "2025-01"),
    ],
)
def test_a_clause_of_a_plan_or_a_hope_lies_ahead(  # type: ignore[no-untyped-def]
    pipeline, sentence: str, value: str
) -> None:
    published = "2025-12-10" if "January" in sentence else SUNDAY
    [anchor] = timeline(pipeline, sentence, published).anchors
    assert iso(anchor.value) == value


def test_an_as_aside_points_back_to_what_was_done(pipeline) -> None:  # type: ignore[no-untyped-def]
    # In a November story, a bare month in "as confirmed ... in March" is this year's March
    # (done), though the clause it hangs on speaks of the future; "if approved" may lie ahead.
    body = "The talks will resume in May, as confirmed by the European Council in March."
    tl = timeline(pipeline, body, published="2025-11-20")
    assert [iso(a.value) for a in tl.anchors] == ["2026-05", "2025-03"]
    tl = timeline(pipeline, "The deal takes effect if approved in March.", "2025-11-20")
    assert [iso(a.value) for a in tl.anchors] == ["2026-03"]


def test_a_month_before_a_noun_dates_what_the_noun_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The two presidents held a March summit. They will hold a June summit in Oslo."
    tl = timeline(pipeline, body, published="2025-12-10")
    assert [iso(a.value) for a in tl.anchors] == ["2025-03", "2026-06"]
    # ... also after an adjective
    tl = timeline(pipeline, "Ties have improved since their recent October summit.", "2025-12-10")
    assert [iso(a.value) for a in tl.anchors] == ["2025-10"]
    sentence = "Thousands joined the march on the capital."
    assert find_timexes(sentence, 0, len(sentence), dt.date(2025, 12, 10)) == []


def test_the_day_before_counts_from_the_day_last_spoken_of(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The ministers met in Ankara on March 3. The day before, their deputies had talked."
    tl = timeline(pipeline, body)
    assert [iso(a.value) for a in tl.anchors] == ["2025-03-03", "2025-03-02"]


def test_year_less_dates_follow_the_tense_of_their_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The accord was signed in January by both sides. "
        "The two presidents will meet in January to review it."
    )
    tl = timeline(pipeline, body, published="2025-12-10")
    assert [iso(a.value) for a in tl.anchors] == ["2025-01", "2026-01"]


# --- events ---------------------------------------------------------------------------------


def test_a_date_dates_its_own_clause_not_a_reported_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        'The summit was postponed. "I don\'t want to have a wasted meeting," the president '
        "Donald Trump told reporters on Friday.",
    )
    assert all(e.date is None for e in x.events if e.kind == "meeting")
    [told] = [st for st in x.statements if st.cue.text.startswith("told")]
    assert iso(told.date) == "2025-03-14"


def test_a_date_of_a_thing_named_is_not_the_event_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Delegations of Sudan's army and of the RSF held talks in Jeddah on the May 11 "
        "declaration of principles."
    )
    x = extract(pipeline, body)
    # One gathering, whichever kind the headline's "meet" gives it; the declaration's day is
    # not its date.
    [talks] = [e for e in x.events if e.kind in ("negotiation_round", "meeting")]
    assert talks.date is None


def test_an_event_takes_the_anchor_of_its_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz this morning. "
        "Macron then spoke with Prime Minister Keir Starmer.",
    )
    calls = sorted((e for e in x.events if e.kind == "phone_call"), key=lambda e: e.trigger.start)
    assert [iso(c.date) for c in calls] == [SUNDAY, SUNDAY]


def test_a_planned_event_takes_the_day_or_month_it_is_planned_for(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Foreign Minister Sergei Lavrov is to meet Secretary of State Marco Rubio on Friday. "
        "Delegations of Armenia and Azerbaijan will hold talks in Geneva later this month."
    )
    x = extract(pipeline, body, published="2025-03-12")  # a Wednesday
    dated = sorted((e.trigger.start, e.status, iso(e.date)) for e in x.events)
    assert [(status, date) for _, status, date in dated] == [
        ("planned", "2025-03-14"),
        ("planned", "2025-03"),
    ]


# --- statements -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Foreign Minister Sergei Lavrov, who is to meet Marco Rubio on Friday, said the talks "
        "would be hard.",
        "Foreign Minister Sergei Lavrov is meeting Marco Rubio on Friday, he told reporters.",
    ],
)
def test_a_saying_is_not_dated_by_the_day_a_plan_is_for(pipeline, body: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, body)
    assert [iso(e.date) for e in x.events] == ["2025-03-21"]
    assert [iso(st.date) for st in x.statements] == [SUNDAY]


def test_story_day_may_come_after_a_subtitle(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A newspaper's subtitle or a scene-setting sentence before the lede: the occasion is the
    # day the first sentence that gives one speaks of.
    tl = timeline(
        pipeline,
        "Minister praises the envoy after a long meeting on trade and borders.\n\n"
        "The foreign minister of the neighbouring state travelled to the capital on Friday "
        "to meet the envoy in private.",
    )
    assert iso(tl.story) == "2025-03-14"
    # A scene set with no day: the day a clause of the opening paragraphs is told at.
    scene = (
        "Minister praises the envoy after a long meeting on trade and borders.\n\n"
        "The two delegations spent the whole week together in the capital of the state.\n\n"
        "Their advisers drafted many papers for the ministers and the envoys to read.\n\n"
    )
    friday = (
        "The foreign minister of the neighbouring state travelled to the capital on Friday "
        "to meet the envoy in private.\n\n"
    )
    assert iso(timeline(pipeline, scene + friday).story) == "2025-03-14"
    # Far into the body, one day told is not the occasion; a day told again and again is.
    filler = "".join(
        f"The {n} adviser of the minister wrote a long paper on the borders of the state.\n\n"
        for n in ("first", "second", "third", "fourth")
    )
    assert iso(timeline(pipeline, scene + filler + friday).story) == SUNDAY
    again = "The envoy of the neighbouring state met the minister on Friday for a long talk.\n\n"
    assert iso(timeline(pipeline, scene + filler + friday + again).story) == "2025-03-14"


def test_statements_take_their_anchor_else_the_story_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Foreign Minister Hakan Fidan met the two delegations in Istanbul on Friday.\n\n"
        '"We made progress," the Swiss envoy Anna Keller said.\n\n'
        "Keller said on Saturday that the talks would resume on March 20.",
    )
    dates = {st.content.text: iso(st.date) for st in x.statements}
    assert dates["We made progress"] == "2025-03-14"  # no anchor: the occasion of the story
    [resume] = [d for c, d in dates.items() if "resume" in c]
    assert resume == "2025-03-15"  # her own anchor; March 20 is what she said


def test_a_time_that_ends_a_content_may_date_its_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "announced the talks last week": the time modifies the reporting verb, though the
    # content ("the talks last week") runs over it; the participle after it shares it. A
    # past week within one month gives a saying that month (as the pool's annotators date
    # it), not the story's day.
    x = extract(
        pipeline,
        "The two ministers met in Geneva on Friday. Israel announced the talks last week, "
        "saying its energy minister will lead the delegation.",
    )
    dates = {st.cue.text: iso(st.date) for st in x.statements}
    assert dates == {"announced": "2025-03", "saying": "2025-03"}
    # A time inside a quotation is the speaker's, whatever the parse hangs it on.
    x = extract(
        pipeline,
        "The envoy met the two leaders in Nicosia on Monday.\n\n"
        "Speaking on Friday about her plans, Keller said “My next trip will start in London "
        "in the first week of April to meet the guarantor powers.\n\n"
        "“I will then return to the island, where I hope to meet the leaders again.”",
    )
    assert [iso(st.date) for st in x.statements] == ["2025-03-14", "2025-03-14"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister Anna Keller has repeatedly warned that the truce is fragile.",
        "The minister Anna Keller insists that the truce is fragile.",
        "The minister Anna Keller had proposed a truce before the talks.",
        "Earlier, the minister Anna Keller said that the truce was fragile.",
    ],
)
def test_background_sayings_have_no_date(pipeline, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "The envoys met in Geneva on Friday for a second round.\n\n" + sentence)
    keller = [st for st in x.statements if "truce" in st.content.text]
    assert keller and all(st.date is None for st in keller)


def test_a_background_section_dates_only_what_it_anchors(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        "Background:\n\n"
        "On March 3, the minister Anna Keller met the envoys. She said that the truce held.\n\n"
        "The minister Anna Keller stressed the lack of progress.",
    )
    dates = {st.content.text: iso(st.date) for st in x.statements}
    assert dates.get("the truce held") == "2025-03-03"  # its paragraph's day
    assert dates.get("the lack of progress") is None


def test_a_month_anchor_gives_a_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday.\n\n"
        "In January, the minister Anna Keller said that the truce would hold.",
    )
    [st] = [st for st in x.statements if "truce" in st.content.text]
    assert iso(st.date) == "2025-01"


def test_a_year_anchor_dates_an_event_but_no_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    from rdflib.namespace import XSD

    from kg.mapping import to_graph
    from kg.namespaces import PA
    from kg.validation import validate_graph

    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday.\n\n"
        "Armenia and Azerbaijan signed a ceasefire agreement in 2021.\n\n"
        "In 2022, the minister Anna Keller said that the truce would hold. "
        "The minister Boris Lang claimed that the border was closed.",
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert iso(signing.date) == "2021"
    # A saying is dated by its day or month: a year alone, its own ("In 2022, ... said") or
    # carried to the next sentence, leaves it undated, as the annotators do.
    [st] = [st for st in x.statements if "truce" in st.content.text]
    assert st.date is None
    [later] = [st for st in x.statements if "border" in st.content.text]
    assert later.date is None or later.date.day is not None
    graph = to_graph(x, pipeline.version)
    years = [o for o in graph.objects(None, PA.date) if o.datatype == XSD.gYear]
    # (the signing's year, and the ceasefire's it signs, the object of "signed"; never 2022)
    assert {str(y) for y in years} == {"2021"}
    assert validate_graph(graph).conforms


def test_a_main_clause_date_does_not_date_an_after_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "President Ilham Aliyev last month cancelled Foreign Minister Jeyhun Bayramov's trip to "
        "Yerevan after Armenia reportedly sent a hostile letter to Aliyev.\n\n"
        "President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz on Friday after the "
        "two leaders met in Berlin.",
    )
    dates = {x.article.text[e.trigger.start : e.trigger.end]: iso(e.date) for e in x.events}
    assert dates["cancelled"] == "2025-02" and dates["spoke"] == "2025-03-14"
    assert dates["sent"] is None and dates["met"] is None  # earlier, on a day not given


def test_a_participle_takes_the_tense_of_its_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "Armenian and Azerbaijani diplomats met in Geneva today for a first round of border talks. "
        "The State Department said the round would be followed by further informal consultations "
        "followed by another high-level meeting in October.",
    )
    at = tl.doc.text.index("meeting")
    # "followed" has no tense of its own: the round "would be followed", so October is to come.
    assert iso(tl.date_for(at, at + len("meeting"))) == "2025-10"


def test_a_year_alone_has_no_month_or_day() -> None:
    assert PartialDate(month=None, day=None, year=2015).iso() == "2015"
    assert PartialDate(month=None, day=None, year=2015).as_date() is None
    with pytest.raises(ValueError):
        PartialDate(month=None, day=3, year=2015)
    with pytest.raises(ValueError):
        PartialDate(month=None, day=None)


def test_without_a_publication_date_relative_days_stay_unknown(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met on Friday. The minister Anna Keller said on March 3 that talks went well.",
        published=None,
    )
    assert {iso(st.date) for st in x.statements} <= {"--03-03"}


def test_a_month_date_maps_to_a_valid_year_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    from rdflib.namespace import XSD

    from kg.mapping import to_graph
    from kg.namespaces import PA
    from kg.validation import validate_graph

    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday.\n\n"
        "In January, the minister Anna Keller said that the truce would hold.",
    )
    graph = to_graph(x, pipeline.version)
    months = [o for o in graph.objects(None, PA.date) if o.datatype == XSD.gYearMonth]
    assert [str(m) for m in months] == ["2025-01"]
    assert validate_graph(graph).conforms


def test_a_saying_at_an_event_takes_the_event_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Prime Minister Nikol Pashinyan and President Ilham Aliyev signed a border protocol in "
        "Abu Dhabi on Tuesday.\n\n"
        "The agreement was welcomed in Brussels.\n\n"
        '"This is a historic day," Pashinyan told the signing ceremony.',
        published="2024-12-20",
    )
    [told] = [st for st in x.statements if st.cue.text.startswith("told")]
    assert iso(told.date) == "2024-12-17"  # not the story's day: the ceremony's


def test_a_relayed_remark_is_dated_when_the_relay_met_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.statement_dates import date_statements
    from kg.model import Event, Span, Statement

    body = (
        "The envoy Chung came back to Seoul on Thursday from a trip to the North.\n\n"
        "The envoy Chung met Kim in Pyongyang on Wednesday.\n\n"
        "Kim is willing to cooperate, according to the envoy.\n\n"
        "The talks were useful, the envoy told reporters."
    )
    article = parse_txt(text(body, published="2018-09-06"), "<test>")
    tl = TimelineFinder()(pipeline.nlp(article.text), article)
    t = article.text

    def span(words: str) -> Span:
        start = t.index(words)
        return Span.of(t, start, start + len(words))

    met = span("met")
    meeting = Event(kind="meeting", evidence=span("The envoy Chung met Kim"))
    meeting.participants = ["chung", "kim"]
    meeting.date = tl.date_for(met.start, met.end)
    content = span("Kim is willing to cooperate")
    relayed = Statement("kim", span("according to"), content, "indirect", content, via="chung")
    relay = Statement("chung", span("according to"), content, "indirect", content)
    told = Statement("chung", span("told"), span("The talks were useful"), "indirect", content)
    date_statements(tl, [relayed, relay, told], [meeting], [[(met.start, met.end)]])
    assert iso(meeting.date) == "2018-09-05"
    assert iso(relayed.date) == "2018-09-05"  # said to the envoy when they met
    assert iso(relay.date) == iso(told.date) == "2018-09-06"  # the envoy's own report: today


@pytest.mark.parametrize(
    ("title", "word", "date"),
    [
        ("UN chief welcomes inauguration of grain centre", "welcomes", "2025-03-14"),
        ("President says planned summit with rival is off", "summit", None),
        ("Rebel delegation to arrive in Cairo for ceasefire talks", "talks", None),
    ],
)
def test_a_headline_event_is_the_story_news_only_when_told_as_done(
    pipeline,  # type: ignore[no-untyped-def]
    title: str,
    word: str,
    date: str | None,
) -> None:
    body = "The secretary-general on Friday welcomed the opening of the centre in Istanbul."
    article = parse_txt(text(body, title=title), "<test>")
    tl = TimelineFinder()(pipeline.nlp(article.text), article)
    assert iso(tl.story) == "2025-03-14"
    start = article.text.index(word)
    assert iso(tl.date_for(start, start + len(word))) == date


def test_a_reported_future_and_a_day_of_the_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The envoy said on Friday that the talks would resume on Monday. "
        "The ministers last met on the 3rd."
    )
    tl = timeline(pipeline, body)
    assert [iso(a.value) for a in tl.anchors] == ["2025-03-14", "2025-03-17", "2025-03-03"]


def test_a_saying_after_a_named_day_s_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The ministers of both countries gathered in Geneva for a new round of talks.\n\n"
        "After Tuesday's meeting, the minister Anna Keller said the truce would hold.",
    )
    [st] = [st for st in x.statements if "truce" in st.content.text]
    assert iso(st.date) == "2025-03-11"


def test_event_date_from_the_doc_alone(pipeline) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.timeline_ask import event_date

    article = parse_txt(text("The delegations met on Friday in Geneva."), "<test>")
    doc = pipeline.nlp(article.text)
    met = article.text.index("met")
    # Without the pipeline's timeline, one is built against the date given.
    assert iso(event_date(doc, met, met + 3, (), dt.date(2025, 3, 16))) == "2025-03-14"
    TimelineFinder()(doc, article)
    assert iso(event_date(doc, met, met + 3)) == "2025-03-14"  # the cached one


def test_a_week_of_a_month_dates_its_clause_by_the_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoy Anna Keller is expected to visit Norway in the second week of April, "
        "before travelling to Iceland.",
    )
    [visit] = [e for e in x.events if e.kind == "meeting"]
    assert iso(visit.date) == "2025-04"


def test_an_occasion_of_a_saying_is_dated_by_the_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Norway's Foreign Minister Ola Berg said on Thursday in Oslo that he trusts Chile "
        "and Peru to settle the dispute.\n\n"
        "Berg made the statement at the opening of the Fifth Ministerial Meeting on "
        "Arctic Security, attended by the foreign ministers of Chile and Peru.",
    )
    [conference] = [e for e in x.events if e.kind == "meeting"]
    assert iso(conference.date) == "2025-03-13"  # the Thursday of the saying


def test_a_day_in_a_clause_of_another_word_is_not_the_event_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoy Anna Keller has arrived in Geneva for the third round of talks with Peru, "
        "to discuss the draft agreement which will be signed on Thursday.",
    )
    [arrival] = [e for e in x.events if e.kind == "other"]
    assert arrival.date is None or arrival.date.day != 20


def test_a_clause_on_a_noun_of_the_event_s_phrase_dates_the_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "\"We have gathered to prepare the summit of the three countries' presidents, which is "
        'due in Lima on April 2," the minister Anna Keller told reporters.',
    )
    [summit] = [e for e in x.events if e.kind == "meeting"]
    assert iso(summit.date) == "2025-04-02"


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "The ministers met in Ankara on March 3. On the same day, their deputies talked.",
            "2025-03-03",
        ),
        (
            "The ministers met in Ankara on March 3. Later that day, their deputies talked.",
            "2025-03-03",
        ),
        (
            "The ministers met in Ankara on March 3. Two weeks later, their deputies talked.",
            "2025-03-17",
        ),
        (
            "The ministers met in Ankara on March 3. A week before, their deputies talked.",
            "2025-02-24",
        ),
        (
            "The ministers met in Ankara on March 3. Earlier in the day, their deputies talked.",
            "2025-03-03",
        ),
        (
            "The ministers met in Ankara on March 3. That evening, their deputies talked.",
            "2025-03-03",
        ),
        (
            "The ministers met in Ankara on March 3. Hours later, their deputies talked.",
            "2025-03-03",
        ),
    ],
)
def test_days_counted_from_the_day_last_spoken_of(pipeline, sentence: str, second: str) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(pipeline, sentence)
    assert [iso(a.value) for a in tl.anchors] == ["2025-03-03", second]


def test_a_year_or_a_weekend_dates_an_event_but_not_a_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Last year, Greece and Turkey signed a border agreement. "
        "Foreign Minister Nikos Dendias said over the weekend that talks would go on.",
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert iso(signing.date) == "2024"
    [said] = [s for s in x.statements if s.content.text.startswith("talks")]
    assert said.date is None


def test_an_event_is_dated_by_the_infinitive_it_is_subject_of(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "The annual meeting of the ministers is set to open tomorrow.")
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert (iso(meeting.date), meeting.status) == ("2025-03-17", "planned")


def test_what_is_discussed_at_a_call_dates_the_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Emmanuel Macron and Volodymyr Zelensky discussed air defence in a phone call on Friday.",
    )
    [call] = [e for e in x.events if e.kind == "phone_call"]
    assert iso(call.date) == "2025-03-14"


def test_what_is_agreed_to_lies_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Foreign Minister Ana Rojas and her counterpart Luis Vega met in Lima on Friday. They "
        "agreed to meet again in Cusco in January and to hold talks in La Paz on Tuesday.",
    )
    planned = sorted(
        (e for e in x.events if e.status == "planned" and e.date), key=lambda e: e.date.iso()
    )
    assert [iso(e.date) for e in planned] == ["2025-03-18", "2026-01"]


def test_an_event_in_the_year_of_publication(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "The two ministers met in Geneva earlier this year to sign the accord.")
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert (iso(meeting.date), meeting.status) == ("2025", "held")
    # A year alone of the year of publication is not ahead of it (nor a crash to compare).
    x = extract(pipeline, "A summit of the two leaders later this year remains the goal.")
    assert [iso(e.date) for e in x.events if e.kind == "meeting"] == ["2025"]


def test_a_week_after_a_clause_is_not_counted_from_the_last_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "A week after the minister spoke" counts from that speech, which has no day here; "a
    # week after," at a clause's end counts from the day last spoken of.
    tl = timeline(
        pipeline,
        "The ministers met in Ankara on March 3. A week after the minister spoke, the "
        "deputies talked.",
    )
    assert [iso(a.value) for a in tl.anchors] == ["2025-03-03"]


def test_the_paragraph_s_day_carries_to_an_event_of_the_story_s_news(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Late on Friday, President Anna Keller announced that the border would reopen. "
        "The announcement was made after Keller had a phone call with Prime Minister Jonas "
        "Berg.",
    )
    [call] = [e for e in x.events if e.kind == "phone_call"]
    assert iso(call.date) == "2025-03-14"


def test_a_recalled_day_does_not_carry_to_the_next_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The story's news is Friday's; November 27 is recalled, and what followed it in the
    # next sentence happened on a day the text does not give.
    x = extract(
        pipeline,
        "On Friday, the foreign minister Anna Keller met her Greek counterpart in Athens.\n\n"
        "On November 27, Turkey and Libya signed a maritime agreement. Greece expelled "
        "the Libyan ambassador over the deal, and Keller held a phone call with Prime Minister "
        "Jonas Berg about it.",
    )
    [call] = [e for e in x.events if e.kind == "phone_call"]
    assert call.date is None


def test_a_clause_on_the_name_an_event_is_apposed_to_dates_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parse hangs the clause on "the United Nations (UN)", of which "General Assembly"
    # is an apposition: the clause still tells when the assembly met.
    x = extract(
        pipeline,
        "The activist Anna Keller travelled to New York for the United Nations (UN) General "
        "Assembly which took place on Thursday.",
    )
    [assembly] = [e for e in x.events if e.kind == "meeting" and "Assembly" in e.evidence.text]
    assert iso(assembly.date) == "2025-03-13"


def test_the_day_talks_were_halted_is_not_their_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Armenia and Azerbaijan held talks in Geneva last month. The talks were suspended by "
        "the mediators on Friday.",
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert iso(talks.date) == "2025-02"


def test_the_day_a_postponed_event_is_now_planned_for_dates_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline, "The summit of Armenia and Azerbaijan in Geneva was postponed until June."
    )
    [summit] = [e for e in x.events if e.kind == "meeting" and "Geneva" in e.evidence.text]
    assert iso(summit.date) == "2025-06"  # the June ahead, though "was postponed" is past


def test_a_present_perfect_takes_no_day_from_the_paragraph(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Friday's news is the lede's; "have signed" tells a state now, on no day given.
    x = extract(
        pipeline,
        "On Friday, the minister Anna Keller met her Greek counterpart in Athens. Greece and "
        "Turkey have signed a border agreement.",
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert signing.date is None


def test_a_saying_last_week_takes_its_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    # 2025-03-16 is a Sunday: last week ran from March 3 to 9, all in March; the pool's
    # annotators (s40 ... s51) date a saying told last week at its month.
    x = extract(pipeline, "Last week, the minister Anna Keller said that the truce was fragile.")
    [said] = [s for s in x.statements if "truce" in s.content.text]
    assert iso(said.date) == "2025-03"


def test_a_day_named_on_a_thing_is_not_the_reference_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "The following day" counts from the ministers' meeting, not from the accord they
    # criticised, whose day is named only to tell which accord.
    tl = timeline(
        pipeline,
        "The ministers met in Cairo on Wednesday and criticised the November 27 accord. "
        "In a statement issued the following day, Ankara rejected the criticism.",
    )
    assert [iso(a.value) for a in tl.anchors] == ["2025-03-12", "2024-11-27", "2025-03-13"]


def test_story_day_may_come_after_a_summary_and_a_scene(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A summary paragraph and a scene-setting one before the lede: the third opening
    # sentence still tells the story's occasion.
    tl = timeline(
        pipeline,
        "The minister praised the envoy and criticised the neighbours over the border.\n\n"
        "With his usual calm, the minister spoke about many subjects before the cameras.\n\n"
        "The minister drew applause from the reporters on Friday when he praised the envoy.",
    )
    assert iso(tl.story) == "2025-03-14"


def test_a_continued_saying_keeps_the_day_of_the_speaker_s_last(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Saturday for a second round of talks.\n\n"
        "The minister Anna Keller said in an interview on Tuesday that the truce was fragile.\n\n"
        '"We are still far from a deal," Keller continued.',
    )
    dates = {st.content.text: iso(st.date) for st in x.statements}
    assert dates["We are still far from a deal"] == "2025-03-11"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister Anna Keller has repeatedly warned that the truce is fragile.",
        "The minister Anna Keller has said that the truce is fragile.",
        "The minister Anna Keller initially denied that the truce was fragile.",
    ],
)
def test_a_background_saying_takes_no_day_from_its_paragraph(pipeline, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "The envoys met in Geneva on Friday for a second round. " + sentence)
    keller = [st for st in x.statements if "truce" in st.content.text]
    assert keller and all(st.date is None for st in keller)


def test_a_time_word_in_a_name_is_no_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The envoys met in Geneva on Friday for a second round of talks. "
        "Anna Keller told ABC's This Week that the talks went well. "
        "The senator won on Super Tuesday and said: “Last night, we won.”",
    )
    assert [tl.doc.text[a.start : a.end] for a in tl.anchors] == ["on Friday", "Last night"]


def test_a_day_before_a_reported_clause_s_subject_dates_the_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "said on Friday he met": the parser may hang "on Friday" on "met"; it tells when the
    # words were said, and the meeting keeps its own week.
    tl = timeline(
        pipeline,
        "The minister Anna Keller said on Friday she met the envoy Boris Lang earlier this "
        "week and that the two discussed the border.",
    )
    gov = {tl.doc.text[a.start : a.end]: tl.doc[a.governor].text for a in tl.anchors}
    assert gov == {"on Friday": "said", "earlier this week": "met"}


def test_a_year_of_another_clause_does_not_undate_a_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        '"The truce will hold," the minister Anna Keller said, referring to the fact that the '
        "two states signed an accord in 2021.",
    )
    [said] = [st for st in x.statements if "truce" in st.content.text]
    assert iso(said.date) == "2025-03-14"  # the story's day: 2021 is the accord's year


@pytest.mark.parametrize(
    ("before", "date"),
    [
        ("On March 10, the Qatari envoy Omar Saleh said the first round had ended.", "2025-03-10"),
        # Another speaker's day is theirs: the text has turned to a day before the occasion,
        # and a saying after it of someone it did not tell of keeps the occasion.
        (
            "On March 10, the Egyptian envoy Ali Hassan said the first round had ended.",
            "2025-03-14",
        ),
        # A day long past opens a recalled background.
        (
            "On March 10, 2019, the Qatari envoy Omar Saleh said the first round had ended.",
            "2025-03-14",
        ),
    ],
)
def test_a_saying_goes_on_at_its_speaker_s_recent_day_of_the_paragraph_before(
    pipeline, before: str, date: str
) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        f'{before}\n\n"The first round was constructive," Saleh said.',
    )
    [said] = [st for st in x.statements if "constructive" in st.content.text]
    assert iso(said.date) == date


def test_a_saying_reaches_back_over_paragraphs_that_tell_no_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    def said_on(between: str) -> str | None:
        x = extract(
            pipeline,
            "The envoys met in Geneva on Friday for a second round.\n\n"
            "On March 10, the Qatari envoy Omar Saleh said the first round had ended.\n\n"
            f'{between}\n\n"The first round was constructive," Saleh said.',
        )
        [said] = [st for st in x.statements if "constructive" in st.content.text]
        return iso(said.date)

    assert said_on("The envoys also weighed an exchange of prisoners.") == "2025-03-10"
    # A paragraph that tells a time of its own ends the reach back, and so does another
    # saying of the speaker's: their last words are the ones to go on from.
    assert said_on("On Saturday, the talks went on in Doha.") != "2025-03-10"
    # Another saying of the speaker's in between goes on at their dated words itself, and
    # the quotation after it at the same day.
    assert said_on("Saleh told reporters that the prisoners would be freed.") == "2025-03-10"


def test_a_day_counted_from_a_month_is_no_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        "The two leaders first met in July 2008 in Jerusalem. The day before, a bus was "
        "attacked at a crossing.",
    )
    values = {tl.doc.text[a.start : a.end]: iso(a.value) for a in tl.anchors}
    assert values == {"on Friday": "2025-03-14", "in July 2008": "2008-07", "The day before": None}


def test_then_before_an_office_is_no_sequel(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        '"It was not the right way," recalled Boris Lang, then ambassador to Israel. '
        "The minister then flew home.",
    )
    assert [tl.doc.text[a.start : a.end] for a in tl.anchors] == ["on Friday", "then"]
    assert tl.doc.text.index("then flew") == tl.anchors[1].start


def test_a_day_of_what_a_saying_is_about_does_not_date_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        "The minister Anna Keller called the strike defensive, pointing to the March 3 attack "
        "on the embassy.\n\n"
        "Boris Lang said in a statement on March 12 that the truce held.\n\n"
        '"We exclude no one," Lang said, repeating his March 2 remarks at the summit.',
    )
    t = tl.doc.text

    def date(cue: str, content: str) -> str | None:
        at, c = t.index(cue), t.index(content)
        return iso(tl.statement_date((at, at + len(cue)), (c, c + len(content)))[0])

    assert date("pointing", "on the embassy") == "2025-03-14"  # what it points to: the attack's
    assert date("said", "the truce held") == "2025-03-12"  # the statement it was made in
    assert date("Lang said,", "We exclude no one") == "2025-03-14"  # the remarks repeated


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # The day a plan was given up for is not the event's; the day it is put off to is.
        ("The meeting, originally planned for March 3, was postponed to April.", "2025-04"),
        ("The meeting, initially scheduled for March 3, has been postponed.", None),
        ("The meeting was rescheduled for April 10.", "2025-04-10"),
    ],
)
def test_a_postponed_event_takes_the_day_it_is_put_off_to(
    pipeline, sentence: str, date: str
) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(pipeline, "The envoys met in Geneva on Friday for a second round.\n\n" + sentence)
    at = (
        tl.doc.text.index("meeting,")
        if "meeting," in sentence
        else tl.doc.text.index("meeting was")
    )
    assert iso(tl.date_for(at, at + 7)) == date


@pytest.mark.parametrize(
    ("before", "date"),
    [
        ("", "2025-03-14"),
        # The text has turned to a day before the occasion, told of the police: the
        # minister's urging keeps the story's occasion.
        (
            "On Thursday, the police said the envoy Boris Lang had left the country.\n\n",
            "2025-03-14",
        ),
    ],
)
def test_a_saying_after_the_text_turns_back_keeps_the_occasion(
    pipeline, before: str, date: str
) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        f"{before}The minister Anna Keller urged the envoy Boris Lang to return at once.",
    )
    [urged] = [st for st in x.statements if st.cue.text == "urged"]
    assert iso(urged.date) == date


def test_a_time_after_a_quotation_dates_the_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        'The minister Anna Keller said, "They need to stand by us", while addressing the '
        "press on Saturday.",
    )
    [said] = [st for st in x.statements if "stand by us" in st.content.text]
    assert iso(said.date) == "2025-03-15"


def test_a_participle_of_a_background_verb_has_no_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        'The minister Anna Keller has consistently targeted the envoy, calling him "reckless" '
        "and threatening to expel him from the country.",
    )
    said = [st for st in x.statements if st.cue.text in ("calling", "threatening")]
    assert said and all(st.date is None for st in said)


def test_an_event_goes_on_at_the_lede_s_day_in_the_next_paragraph(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The summit of the three leaders opened in Ottawa on Wednesday.\n\n"
        "As they met in the capital, the envoy Boris Lang was far away in Maine.",
    )
    at = tl.doc.text.index("met")
    assert iso(tl.date_for(at, at + 3)) == "2025-03-12"


def test_a_where_clause_on_the_occasion_dates_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "Leaders of the union met in Niamey for a summit where on Sunday two presidents "
        "signed the trade agreement.",
    )
    at = tl.doc.text.index("met")
    assert iso(tl.date_for(at, at + 3)) == SUNDAY


def test_a_time_of_a_helping_verb_dates_the_event_it_helps(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "In January, he helped facilitate a meeting between the two ministers.",
    )
    at = tl.doc.text.index("meeting")
    assert iso(tl.date_for(at, at + 7)) == "2025-01"


def test_a_saying_from_a_document_has_no_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        "According to a report by the Geneva Centre for Policy Research, the war has killed "
        "more than 400,000 people.\n\n"
        "According to the minister Anna Keller, the talks went well.\n\n"
        "In the analysis of the Geneva Institute for Economic Research, the high costs render "
        "the project unrealistic.",
    )
    dates = {st.content.text[:7]: iso(st.date) for st in x.statements}
    assert dates["the war"] is None
    assert dates["the hig"] is None
    assert dates["the tal"] == "2025-03-14"


@pytest.mark.parametrize(
    ("sentence", "word", "date"),
    [
        # A count's bound is no date of the event ("the first since 2022").
        (
            "The talks, the first since 2022, took place in Istanbul on Friday.",
            "talks",
            "2025-03-14",
        ),
        # A time in a "since" clause is that clause's, not the event's.
        ("It was their first meeting since the peace deal was signed in August.", "meeting", None),
    ],
)
def test_a_time_of_a_since_bound_does_not_date_the_event(
    pipeline, sentence: str, word: str, date: str | None
) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(pipeline, sentence)
    at = tl.doc.text.index(word)
    assert iso(tl.date_for(at, at + len(word))) == date


def test_an_event_in_the_speaker_s_relative_clause_does_not_date_the_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        "US envoy Steve Witkoff, who visited Moscow last week, said progress had been made.",
    )
    [said] = [st for st in x.statements if "progress" in st.content.text]
    assert iso(said.date) == "2025-03-14"


def test_a_speaker_s_next_words_in_the_paragraph_keep_their_dated_occasion(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The ministers met in Cairo on Wednesday and denounced the maritime accord.\n\n"
        "In a press release issued on Thursday, the Turkish Foreign Ministry rejected the "
        "conclusions of the meeting. It urged the countries to open a dialogue.",
    )
    dates = {st.cue.text: iso(st.date) for st in x.statements}
    assert dates["rejected"] == dates["urged"] == "2025-03-13"


def test_a_fronted_time_in_a_quotation_dates_what_is_quoted(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline, '"On Monday, we will meet the delegation in Istanbul," Boris Lang said.'
    )
    at = tl.doc.text.index("will meet") + 5
    assert iso(tl.date_for(at, at + 4)) == "2025-03-17"


# A month recalled ("said in March 2012") is as often followed by the speaker's words of the
# day: they keep the story's.
@pytest.mark.parametrize(("when", "date"), [("in 2012", None), ("in March 2012", "2025-03-14")])
def test_a_speaker_s_words_after_their_saying_in_a_past_year_have_no_day(
    pipeline, when: str, date: str | None
) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        f'"The state is falling apart," the minister Anna Keller said {when}.\n\n'
        "Keller argued against any intervention by outside powers.",
    )
    [argued] = [st for st in x.statements if st.cue.text == "argued"]
    assert iso(argued.date) == date


def test_a_habit_of_speech_in_the_present_has_no_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        "The minister Anna Keller refers to the truce as a fragile promise.",
    )
    said = [st for st in x.statements if "truce" in st.content.text]
    assert said and all(st.date is None for st in said)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("On the eve of his election in March, he visited the wall.", []),
        ("Even the day after a Democratic debate, he held the spotlight.", []),
        ("The day before, a bus was attacked.", ["The day before"]),
    ],
)
def test_a_day_counted_from_a_thing_named_is_no_shift(text: str, found: list[str]) -> None:
    shifts = [t for t in find_timexes(text, 0, len(text), dt.date(2025, 3, 16)) if t.how == "shift"]
    assert [text[t.start : t.end] for t in shifts] == found


def test_an_occasion_named_as_earlier_takes_no_day_from_its_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    tl = timeline(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        "The minister Anna Keller warned the envoy Boris Lang during their recent meeting in "
        "Vienna that the truce would not hold.",
    )
    at = tl.doc.text.index("meeting in")
    assert tl.date_for(at, at + 7) is None


def test_a_saying_kept_up_has_no_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        "The minister Anna Keller continues to warn that the truce is fragile.",
    )
    said = [st for st in x.statements if "truce" in st.content.text]
    assert said and all(st.date is None for st in said)


def test_a_saying_after_its_occasion_is_named_again_takes_its_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Russia said on Tuesday that the talks on Syria would continue.\n\n"
        "Vladimir Putin and Recep Tayyip Erdogan met in Sochi on Monday.\n\n"
        "The two leaders discussed the situation in Syria at the meeting.\n\n"
        '"We agreed on a new ceasefire," Putin said.',
        published="2025-03-12",
    )
    [said] = [st for st in x.statements if "ceasefire" in st.content.text]
    assert iso(said.date) == "2025-03-10"


def test_story_day_of_a_text_received_without_its_headline(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The first paragraph is then the lede (prose sentences), and its day is the occasion.
    lede = (
        "The foreign ministers of two neighbouring states spoke by phone on Friday in what "
        "both sides described as a frank exchange. The call touched on the border."
    )
    article = parse_txt(
        f"Published: {SUNDAY}\n\n{lede}\n\nThe minister said ties were good.\n", "<t>"
    )
    tl = TimelineFinder()(pipeline.nlp(article.text), article)
    assert iso(tl.story) == "2025-03-14"
    # A headline stays a headline: a short line, or one that ends no sentence.
    article = parse_txt(
        f"Published: {SUNDAY}\n\nMinisters spoke by phone on Friday\n\nThe minister said ties "
        "were good in a long interview with reporters in the capital of the country.\n",
        "<t>",
    )
    tl = TimelineFinder()(pipeline.nlp(article.text), article)
    assert iso(tl.story) == SUNDAY


def test_earlier_this_month_on_the_first_is_the_month_before() -> None:
    # Nothing of the month lies before its first day: the story was written the day before.
    sentence = "The ministers met earlier this month in Ankara."
    [tx] = find_timexes(sentence, 0, len(sentence), dt.date(2025, 3, 1))
    assert iso(tx.date) == "2025-02"
    [tx] = find_timexes(sentence, 0, len(sentence), dt.date(2025, 3, 2))
    assert iso(tx.date) == "2025-03"


def test_a_text_given_without_its_headline_opens_on_its_lede(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The first line is a long sentence: the lede, whose day is the story's, not the day a
    # later paragraph tells.
    lede = (
        "The foreign ministers of two neighbouring states spoke by phone on Friday in what "
        "officials of both sides described as a rare and significant exchange on the border."
    )
    body = "On Thursday, the envoy said in a letter that the ministers would meet again soon."
    article = parse_txt(f"Published: {SUNDAY}\n\n{lede}\n\n{body}\n", "<test>")
    tl = TimelineFinder()(pipeline.nlp(article.text), article)
    assert iso(tl.story) == "2025-03-14"


def test_a_lede_of_same_day_news_makes_the_publication_the_occasion(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A day in what the next sentence reports is the talks', not the occasion of the story.
    lede = (
        "The rebels' office has reported good progress in recent talks between the rebel "
        "leaders and government officials.\n\nRoberto Diaz, a spokesman for the rebels' office "
        "in Havana, said in a post that the rebel delegation had a meeting with the government "
        "envoys until 3 am on Friday.\n\nDiaz further added that the rebel commander also met "
        "the Cuban foreign minister on Friday."
    )
    assert iso(timeline(pipeline, lede).story) == SUNDAY
    # A day the next sentence's own clause is told at still moves it.
    lede = (
        "The president has signed a peace deal with the rebels to end the war.\n\n"
        "The president signed the deal in the capital on Friday before the mediators."
    )
    assert iso(timeline(pipeline, lede).story) == "2025-03-14"


def test_a_saying_told_as_the_time_of_another_act_has_no_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        "Lima had asked Quito to hand over two commanders, after the rebel group claimed "
        "responsibility for a bombing in the capital.",
    )
    claims = [st for st in x.statements if "bombing" in st.content.text]
    assert claims and all(st.date is None for st in claims)
    # A saying after another saying keeps the story's occasion.
    x = extract(
        pipeline,
        "The envoys met in Geneva on Friday for a second round.\n\n"
        "The minister Anna Keller said the truce held, after the rebels said they would stop.",
    )
    keller = [st for st in x.statements if "truce" in st.content.text]
    assert keller and all(iso(st.date) == "2025-03-14" for st in keller)
