"""Tours and series told by one word, one occurrence per host or counterpart
(kg/extract/event_lists.py, event_distribute.py), and event nouns named as a means or a
scheduled plan (kg/extract/event_proposals.py)."""

from __future__ import annotations

from extract_helpers import extract, gatherings, names

from kg.extract.event_coref import merge
from kg.extract.event_mention import Mention
from kg.extract.index import ActorIndex
from kg.model import PartialDate
from kg.reading import parse_txt


def story(body: str) -> str:
    return f"Envoys on the road\n\n14.09.2022\n\n{body}\n"


def test_a_pronoun_visitor_makes_one_visit_per_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            'Special Envoy Tomas Ridell of Norway spoke to reporters in Oslo. "Last month I '
            'visited Chile, Peru and Ecuador," Ridell said.'
        ),
    )
    groups = gatherings(x)
    for state in ("Chile", "Peru", "Ecuador"):
        assert sum(state in g for g in groups) == 1
    assert not any("Chile" in g and "Peru" in g for g in groups)


def test_plans_for_dated_visits_are_one_visit_per_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norwegian Foreign Minister Petra Holm has unveiled plans for visits next week to "
            "Chile, Peru, and Ecuador."
        ),
    )
    groups = gatherings(x)
    for state in ("Chile", "Peru", "Ecuador"):
        assert any(state in g and "Petra Holm" in g for g in groups)
    assert not any("Chile" in g and "Peru" in g for g in groups)
    assert all(e.status == "planned" for e in x.events if e.kind == "meeting")


def test_a_series_of_consultations_is_one_meeting_per_counterpart(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "UN mediator Ines Varga conducted a series of consultations in Vienna with the heads "
            "of the two factions General Otto Brandt and Governor Emil Sauer."
        ),
    )
    meetings = [names(x, e.participants) for e in x.events if e.kind == "meeting"]
    assert any("Otto Brandt" in g and "Emil Sauer" not in g for g in meetings)
    assert any("Emil Sauer" in g and "Otto Brandt" not in g for g in meetings)


def test_talks_named_as_a_way_are_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "The Bergen talks between Norway and Iceland are the best path to a settlement of "
            "their fishing quarrel, President Anna Lind of Norway said."
        ),
    )
    assert not [e for e in x.events if e.kind in ("meeting", "negotiation_round")]


def test_a_quarrel_settled_through_talks_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Norway and Iceland agreed on Tuesday to settle their fishing quarrel through "
            "peaceful negotiations, Prime Minister Karl Berg of Norway said."
        ),
    )
    assert not [e for e in x.events if e.kind == "negotiation_round"]


def test_an_earlier_meeting_told_twice_is_one_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    # (a subtitle repeating a sentence of the body: one occurrence, told twice)
    text = (
        "Fishing quarrel talks may restart\n\n14.09.2022\n\n"
        "The last meeting of the quota commission was held in Tromso in 2020\n\n"
        "OSLO, September 14. Norway and Iceland want the quota talks to restart soon, the "
        "foreign ministry said. The last meeting of the quota commission was held in Tromso "
        "in 2020, and the process has stalled since then.\n"
    )
    x = extract(pipeline, text)
    dated = [e for e in x.events if e.date is not None and e.date.year == 2020]
    assert len(dated) == 1


def test_occurrences_split_from_one_word_are_not_merged_back() -> None:
    # A two-day visit, and on its second day one meeting with each of two bodies of the host
    # state: each meeting may be part of the visit, but the two are not one occurrence.
    text = (
        "Envoy tour\n\n14.09.2022\n\nThe envoy will visit Austria on Monday. "
        "She will hold meetings with them on Tuesday.\n"
    )
    art = parse_txt(text, "<test>")
    actors = ActorIndex()
    ids = []
    for name, kind in (
        ("Ines Varga", "Person"),
        ("Austria", "Country"),
        ("Alpine Ministry", "Organization"),
        ("Lake Ministry", "Organization"),
    ):
        actor = actors.new(name, kind, name.lower())
        assert actor is not None
        if kind == "Organization":
            actor.country = ids[1]  # a body of the host state
        ids.append(actor.id)
    envoy, state, first, second = ids
    visit, talks = text.index("visit"), text.index("meetings")
    one = (text.index("The envoy"), text.index(" She"))
    two = (text.index("She"), len(text) - 1)
    monday = PartialDate(year=2022, month=9, day=12)
    tuesday = PartialDate(year=2022, month=9, day=13)
    mentions = [
        Mention("meeting", (visit, visit + 5), one, participants=[envoy, state], date=monday),
        *(
            Mention(
                "meeting", (talks, talks + 8), two, participants=[envoy, state, other], date=tuesday
            )
            for other in (first, second)
        ),
    ]
    events = merge(mentions, [], art, actors, None).events
    assert not any({first, second} <= set(e.participants) for e in events)
