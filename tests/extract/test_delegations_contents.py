"""Delegations of non-state bodies, and complements that report no words."""

from __future__ import annotations

from extract_helpers import article

from kg.extract.pipeline import Pipeline


def test_delegations_from_two_armed_bodies_are_actors(pipeline: Pipeline) -> None:
    text = (
        "Truce talks stall\n\n"
        "The Northern Liberation Front (NLF) and the Coastal Defence Force (CDF) fought for "
        "the port all week.\n\n"
        "Mediators said that delegations from both the NLF and the CDF remained in the "
        "capital.\n"
    )
    x = pipeline.extract(article(text))
    delegations = {a.name for a in x.actors if a.type == "Delegation"}
    assert delegations == {"NLF delegation", "CDF delegation"}
    assert {"Northern Liberation Front", "Coastal Defence Force"} <= {a.name for a in x.actors}


def test_agreeing_to_act_and_meeting_on_a_day_are_no_statements(pipeline: Pipeline) -> None:
    text = (
        "Ministers meet in Valletta\n\n"
        "Foreign Minister Carla Zammit and Foreign Minister Tomas Brandt convened on Sunday "
        "in Valletta.\n\n"
        "Zammit and Brandt agreed to remain in close contact on the harbour dispute.\n\n"
        "Zammit said the harbour dispute would be settled by June.\n"
    )
    x = pipeline.extract(article(text))
    contents = [s.content.text for s in x.statements]
    assert not any(c.startswith("to remain") for c in contents)
    assert "Sunday" not in contents and "on Sunday" not in contents
    assert "the harbour dispute would be settled by June" in contents
