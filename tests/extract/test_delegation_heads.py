"""Delegations the text names only by who heads them get their head's state: "Heading a
delegation, the Swedish minister arrived" speaks of the Swedish delegation."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.pipeline import Pipeline


def _delegations(pipeline: Pipeline, text: str) -> dict[str, list[str]]:
    x = extract(pipeline, text)
    names = {a.id: a.name for a in x.actors}
    return {a.name: [names[m] for m in a.members] for a in x.actors if a.type == "Delegation"}


def test_a_delegation_headed_before_the_name_is_the_head_s_state_s(pipeline: Pipeline) -> None:
    got = _delegations(
        pipeline,
        "Fishing talks open in Bergen\n\n"
        "Heading a large delegation, Swedish Foreign Minister Karin Lindqvist arrived in "
        "Bergen on Monday for two days of talks with Norway on fishing quotas.\n",
    )
    assert got == {"Swedish delegation": ["Karin Lindqvist"]}


def test_delegations_led_by_two_heads_are_one_for_each_state(pipeline: Pipeline) -> None:
    got = _delegations(
        pipeline,
        "Fishing talks open in Bergen\n\n"
        "Delegations led by Norwegian State Secretary Ola Brenner and Swedish Ambassador "
        "Karin Lindqvist met in Bergen on Monday to negotiate fishing quotas.\n",
    )
    assert got == {
        "Norwegian delegation": ["Ola Brenner"],
        "Swedish delegation": ["Karin Lindqvist"],
    }


def test_a_delegation_named_by_its_body_is_left_to_its_name(pipeline: Pipeline) -> None:
    got = _delegations(
        pipeline,
        "Fishing talks open in Bergen\n\n"
        "A Sami Council delegation, headed by Swedish lawyer Karin Lindqvist, met Norway's "
        "fisheries minister in Bergen on Monday.\n",
    )
    assert "Swedish delegation" not in got
