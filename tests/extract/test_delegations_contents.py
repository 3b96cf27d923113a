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


def test_a_ministers_portfolios_are_part_of_the_title(pipeline: Pipeline) -> None:
    from kg import nlp
    from kg.extract.roles import role_after

    sentence = (
        "The talks were led by Carla Zammit, Minister for Foreign Affairs, Trade and European "
        "Cooperation of Malta, and Tomas Brandt, Minister of Foreign Affairs and International "
        "Cooperation of Austria, under Swiss facilitation."
    )
    doc = nlp.load()(sentence)
    roles = []
    for name in ("Zammit", "Brandt"):
        i = next(t.i for t in doc if t.text == name)
        r = role_after(doc, i + 1)
        assert r is not None
        roles.append(sentence[r[0] : r[1]])
    assert roles == [
        "Minister for Foreign Affairs, Trade and European Cooperation of Malta",
        "Minister of Foreign Affairs and International Cooperation of Austria",
    ]
    x = pipeline.extract(article("Ministers meet\n\n" + sentence + "\n"))
    names = {a.name for a in x.actors}
    assert not any("Cooperation" in n for n in names)


def test_words_ending_on_a_persons_name_are_no_title_of_the_name_before() -> None:
    from kg import nlp
    from kg.extract.roles import role_after

    sentence = (
        "The envoys Ivan Sorokin, Turkish Deputy Minister of Foreign Affairs Mehmet Aydin and "
        "Reza Karimi Tehrani, led the delegations."
    )
    doc = nlp.load()(sentence)
    i = next(t.i for t in doc if t.text == "Sorokin")
    assert role_after(doc, i + 1) is None
    kremlin = nlp.load()("Ivan Sorokin, the Kremlin spokesman, said so.")
    r = role_after(kremlin, 2)
    assert r is not None and kremlin.text[r[0] : r[1]] == "Kremlin spokesman"
