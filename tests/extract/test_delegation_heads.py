"""Delegations the text names only by who heads them get their head's state: "Heading a
delegation, the Swedish minister arrived" speaks of the Swedish delegation."""

from __future__ import annotations

from extract_helpers import article, extract

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
    assert "Swedish delegation" not in got and "Sami Council delegation" in got


def test_the_person_a_led_delegation_meets_heads_none(pipeline: Pipeline) -> None:
    got = _delegations(
        pipeline,
        "Fishing talks open in Bergen\n\n"
        "A delegation led by Swedish Foreign Minister Karin Lindqvist met Norwegian Prime "
        "Minister Ola Brenner in Bergen on Monday to discuss fishing quotas.\n",
    )
    assert got == {"Swedish delegation": ["Karin Lindqvist"]}


def test_heading_a_delegation_is_said_of_the_subject_not_of_whom_it_meets(
    pipeline: Pipeline,
) -> None:
    got = _delegations(
        pipeline,
        "Fishing talks open in Bergen\n\n"
        "Heading a large delegation, the Swedish minister met Norwegian Prime Minister "
        "Ola Brenner in Bergen on Monday to discuss fishing quotas.\n",
    )
    assert "Norwegian delegation" not in got


def test_the_delegation_in_its_heads_title_is_an_actor(pipeline: Pipeline) -> None:
    text = (
        "Rebels ready to talk\n\n"
        "Marta Ruiz, head of the FRL delegation, said on Monday the Free Rivers League would "
        "return to the talks in Northtown next month.\n"
    )
    x = pipeline.extract(article(text))
    assert [a.name for a in x.actors if a.type == "Delegation"] == ["FRL delegation"]


def test_a_body_in_a_persons_title_makes_no_delegation(pipeline: Pipeline) -> None:
    text = (
        "Rebels ready to talk\n\n"
        "Marta Ruiz, a spokeswoman for the Free Rivers League, said on Monday the group "
        "would return to the talks in Northtown next month.\n"
    )
    x = pipeline.extract(article(text))
    assert not [a for a in x.actors if a.type == "Delegation"]
