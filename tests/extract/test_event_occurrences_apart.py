"""Occurrences told in one story that event coreference keeps apart: an encounter held ahead
of talks, a meeting with a place of its own after talks a team was sent to, an earlier meeting
recalled during a call, a possible summit, talks held after ones called off. Invented stories."""

from __future__ import annotations

from extract_helpers import dated_text, extract

from kg.extract.pipeline import Pipeline


def _events(pipeline: Pipeline, title: str, body: str) -> list[tuple[str, str, list[str]]]:
    x = extract(pipeline, dated_text(title, body, "2021-05-08"))
    name = {a.id: a.name for a in x.actors}
    return [(e.kind, e.status, sorted(name[p] for p in e.participants)) for e in x.events]


def test_an_encounter_ahead_of_talks_is_not_the_talks(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        "Mediator in Vossa",
        "President Tomas Rell met on Monday with mediator Ilse Varga at the palace in Vossa.\n\n"
        "Varga had also convened with the regional coordinator Pieter Aulin ahead of her own "
        "talks with both presidents.",
    )
    assert ("meeting", "held", ["Ilse Varga", "Pieter Aulin"]) in found, found
    assert "negotiation_round" in [k for k, _s, _p in found], found


def test_a_placed_meeting_is_not_the_talks_a_team_was_sent_to(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        "Premier sends team abroad",
        "Prime Minister Tomas Rell of Norland sent a team of officials to Estland for "
        "negotiations on a border deal, his office said Saturday.\n\n"
        "Rell held a meeting in Vossa with the Farland envoy Ilse Varga, according to a note "
        "from his office.",
    )
    assert [k for k, _s, p in found if "Ilse Varga" in p] == ["meeting"], found


def test_the_previous_meeting_is_not_the_call(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        "Call with Farland",
        "Norland President Tomas Rell had a phone conversation with his Farland counterpart "
        "Ilse Varga on 3 May.\n\nThe presidents reviewed the outcomes of the previous meeting.",
    )
    assert [k for k, _s, _p in found] == ["phone_call"], found


def test_a_potential_summit_of_a_dashed_pair_is_no_occurrence(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        "Leaders speak",
        "Malian President Tomas Rell and Nigerien President Ilse Varga spoke by telephone on "
        "Sunday. On the call the two weighed a potential Mali–Chad meeting of heads of state, "
        "Nigerien officials said.",
    )
    assert [k for k, _s, _p in found] == ["phone_call"], found


def test_talks_held_on_a_day_are_not_the_ones_called_off(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        "Envoys meet again",
        "Norland had cancelled talks with Farland in August last year because a Farland envoy "
        "met rebel chiefs.\n\n"
        "Norland Foreign Secretary Tomas Rell held talks with his Farland counterpart Ilse "
        "Varga in Vossa on 3 May.",
    )
    assert [s for _k, s, p in found if "Ilse Varga" in p] == ["held"], found
