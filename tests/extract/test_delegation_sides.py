"""Delegations qualified by their kind, and "the X side" read as X's delegation when the story
has named that delegation before."""

from __future__ import annotations

from extract_helpers import article

from kg.extract.pipeline import Pipeline


def test_a_security_delegation_is_the_states_delegation(pipeline: Pipeline) -> None:
    text = (
        "Border talks resume\n\n"
        "A Moroccan security delegation met with Spanish officials in Madrid on Monday to "
        "discuss the fence at Ceuta.\n"
    )
    x = pipeline.extract(article(text))
    deleg = [a for a in x.actors if a.type == "Delegation"]
    assert [a.name for a in deleg] == ["Moroccan security delegation"]
    morocco = next(a for a in x.actors if a.name == "Morocco")
    assert deleg[0].country == morocco.id


def test_a_delegation_of_a_kind_of_a_state_is_named_as_written(pipeline: Pipeline) -> None:
    text = (
        "Water talks in Tashkent\n\n"
        "A ministerial delegation of Kazakhstan arrived in Tashkent on Tuesday for talks on the "
        "shared river.\n"
    )
    x = pipeline.extract(article(text))
    assert [a.name for a in x.actors if a.type == "Delegation"] == [
        "ministerial delegation of Kazakhstan"
    ]


def test_a_side_is_the_delegation_named_before_it(pipeline: Pipeline) -> None:
    text = (
        "Fishery talks in Oslo\n\n"
        "The Icelandic delegation met Norwegian officials in Oslo on Monday.\n\n"
        "The Icelandic side stressed that quotas must be shared fairly.\n"
    )
    x = pipeline.extract(article(text))
    speakers = [x.actor(s.speaker).name for s in x.statements if s.speaker]
    assert speakers == ["Icelandic delegation"]


def test_a_side_without_a_delegation_named_before_is_the_state(pipeline: Pipeline) -> None:
    text = (
        "Fishery talks in Oslo\n\n"
        "The Icelandic side stressed on Monday that quotas must be shared fairly.\n\n"
        "Norwegian officials met the Danish delegation in Oslo later that day.\n"
    )
    x = pipeline.extract(article(text))
    speakers = [x.actor(s.speaker).name for s in x.statements if s.speaker]
    assert speakers == ["Iceland"]


def test_a_delegation_of_an_adjective_keeps_its_noun(pipeline: Pipeline) -> None:
    # "delegation of Peruvian officials": the name runs to the noun the adjective belongs to,
    # and the delegation is no mere modifier of that noun.
    text = (
        "Fishing talks in Quito\n\n"
        "The delegation of Peruvian officials arrived in Quito on Tuesday for talks on the "
        "maritime border.\n"
    )
    x = pipeline.extract(article(text))
    assert [a.name for a in x.actors if a.type == "Delegation"] == [
        "delegation of Peruvian officials"
    ]


def test_coordinated_delegations_keep_the_states_names_as_written(pipeline: Pipeline) -> None:
    # The text writes the states' names before the noun, not their adjectives.
    text = (
        "Border dialogue resumes\n\n"
        "The mediator urged the Moldova and Ukraine delegations to agree on the crossing points "
        "on Friday.\n"
    )
    x = pipeline.extract(article(text))
    assert sorted(a.name for a in x.actors if a.type == "Delegation") == [
        "Moldova delegation",
        "Ukraine delegation",
    ]
