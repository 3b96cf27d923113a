"""Event dates, statuses and exchange kinds read from the event's own clause (session 30):
a verb of starting is no time noun, a begun occurrence is held whatever is said of it next,
an arrangement told in the past perfect was overtaken, a release for a release is an exchange,
and lists of captives traded are no exchange of people."""

from __future__ import annotations

from test_event_dates import extract as dated_extract
from test_timeline import iso, timeline

from kg.extract.event_modality_status import status_of
from kg.model import Extraction


def extract(  # type: ignore[no-untyped-def]
    pipeline, body: str, published: str = "2025-03-12", title: str = "News of the day"
) -> Extraction:
    # (test_event_dates' helper, published on a Wednesday)
    return dated_extract(pipeline, body, published, title)


def test_a_day_in_a_past_relative_clause_is_not_read_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The future of the main clause ("would fly ... to attend") does not reach the day of the
    # talks' own past clause: they started on the last February 2, not the next one.
    x = extract(
        pipeline,
        "The Peruvian president said he would fly to Chile on Friday to attend the last day "
        "of the peace talks which started in the capital on February 2 with the rebels.",
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert (iso(talks.date), talks.status) == ("2025-02-02", "held")


def test_a_participle_of_starting_still_leads_to_the_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "starting Saturday" stands for a preposition: the day is the talks', ahead.
    x = extract(
        pipeline,
        "Chile and Peru will hold talks in Lima starting Saturday to discuss the border, "
        "officials from both sides have said.",
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert (iso(talks.date), talks.status) == ("2025-03-15", "planned")


def test_talks_begun_in_the_past_are_held(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The talks, which began in the Chilean capital, will move between Lima and Quito.")
    assert status_of(doc[1]) == ("held", False)
    doc = nlp(
        "The envoys of Chile and Peru on Monday began three days of talks that will cover trade."
    )
    talks = next(t for t in doc if t.text == "talks")
    assert status_of(talks) == ("held", False)
    # What is still to begin stays a plan.
    doc = nlp("The envoys of Chile and Peru will begin three days of talks on Monday.")
    talks = next(t for t in doc if t.text == "talks")
    assert status_of(talks)[0] == "planned"


def test_the_complement_of_an_event_verb_is_not_its_fate(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Over lunch, the two envoys compared notes and discussed how to restart the process.")
    discussed = next(t for t in doc if t.text == "discussed")
    assert status_of(discussed) == ("held", False)


def test_an_arrangement_in_the_past_perfect_was_overtaken(nlp) -> None:  # type: ignore[no-untyped-def]
    for sentence, word in (
        (
            "Chilean envoys had been due to meet Peruvian negotiators in Quito last Friday.",
            "meet",
        ),
        (
            "The Chilean minister had been scheduled to receive the Peruvian minister in May.",
            "receive",
        ),
    ):
        doc = nlp(sentence)
        verb = next(t for t in doc if t.text == word)
        assert status_of(verb) == ("cancelled", True)
    # Still arranged: no past perfect.
    doc = nlp("The Chilean minister was due to visit Lima on Monday.")
    visit = next(t for t in doc if t.text == "visit")
    assert status_of(visit)[0] == "planned"


def test_a_past_perfect_said_in_the_past_is_still_arranged(nlp) -> None:  # type: ignore[no-untyped-def]
    # Reported speech moves the speaker's "are due to meet" back a tense: no plan overtaken.
    doc = nlp("The mediator said the two ministers had been due to meet in Bergen next week.")
    meet = next(t for t in doc if t.text == "meet")
    assert status_of(meet)[0] == "planned"


def test_freeing_people_for_the_release_of_others_is_an_exchange(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Chile on Saturday freed seven Peruvians held in the country in exchange for the "
        "release of two cousins of a Chilean senator.",
    )
    assert [e.kind for e in x.events if e.trigger and e.trigger.text == "freed"] == [
        "prisoner_exchange"
    ]


def test_lists_of_captives_traded_are_no_exchange_of_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Chile and Peru exchanged updated lists of jailed prisoners on Tuesday.")
    assert not [e for e in x.events if e.kind == "prisoner_exchange"]
    x = extract(
        pipeline, "Chile and Peru on Tuesday exchanged forty prisoners held in their jails."
    )
    assert [e.kind for e in x.events] == ["prisoner_exchange"]


def test_an_act_dated_after_publication_is_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The Chilean army will hand over five Peruvian soldiers to the Red Cross on Monday.",
        published="2025-03-14",
        title="Chile to release 5 Peruvian prisoners on Monday",
    )
    [release] = [e for e in x.events if e.trigger and e.trigger.text == "release"]
    assert (iso(release.date), release.status) == ("2025-03-17", "planned")


def test_a_day_something_is_arranged_for_lies_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A perfect of arranging is no past of the meeting: March 3 is the coming one.
    x = extract(
        pipeline,
        "The Chilean president's meeting with the Peruvian leader has been arranged in Lima "
        "for March 3 during his visit to the region.",
        published="2025-02-20",
    )
    [meeting] = x.events
    assert (iso(meeting.date), meeting.status) == ("2025-03-03", "planned")
    # A meeting told as held on a day printed without its year is the last one.
    x = extract(
        pipeline,
        "The Chilean president's meeting with the Peruvian leader was held in Lima on March 3 "
        "during his visit to the region.",
        published="2025-02-20",
    )
    assert [iso(e.date) for e in x.events] == ["2024-03-03"]


def test_the_day_of_an_earlier_occurrence_is_past(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parse hangs the day on "continue", but it closes "the previous meeting" phrase.
    tl = timeline(
        pipeline,
        "The spokesman said the meeting of Chile and Peru will continue the discussions "
        "from the previous meeting in Lima on July 28.",
        "2025-03-20",
    )
    assert [iso(a.value) for a in tl.anchors if a.grain == "day"][-1] == "2024-07-28"


def test_an_arranged_occurrence_that_will_not_be_held_is_cancelled(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The talks between Chile and Peru, scheduled for Sunday in Lima, will not be held, "
        "the Peruvian foreign minister said.",
        published="2025-03-14",
    )
    assert [(e.kind, iso(e.date), e.status) for e in x.events] == [
        ("negotiation_round", "2025-03-16", "cancelled")
    ]
    x = extract(
        pipeline, "The planned summit of Chile and Peru will not take place, officials said."
    )
    assert [(e.kind, e.status) for e in x.events] == [("meeting", "cancelled")]
    # A denial of talks nobody arranged names no occurrence.
    x = extract(pipeline, "No talks between Chile and Peru were held in Lima on Sunday.")
    assert x.events == []


def test_a_conjoined_clause_has_its_own_fate(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "He said all border patrols would be suspended, and that the army chiefs of the two "
        "nations would sit down for talks on June 3."
    )
    talks = next(t for t in doc if t.text == "talks")
    assert status_of(talks)[0] == "planned"
    # A conjunct sharing the first one's subject shares its tense too.
    doc = nlp("The sides will meet on Monday and sign the deal.")
    sign = next(t for t in doc if t.text == "sign")
    assert status_of(sign)[0] == "planned"
