"""The speaker at the level the text names: a sub-body or mission of its own, the person a
title names rather than the body owning the title, a spokesperson by their whole name."""

from __future__ import annotations

from extract_helpers import article, speakers_by_content

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.discourse import Discourse
from kg.extract.source_ranker import Model, rank_speakers
from kg.extract.statements import StatementFinder


def test_a_mission_sent_to_a_state_speaks_for_itself_not_its_owner() -> None:
    index, got = speakers_by_content(
        "Monitors arrive\n\n"
        "Monitors landed in Tallinn on Monday. The bloc's mission to Estonia said the "
        "monitors would stay for a month.\n"
    )
    assert got["the monitors would stay for a month"][0] == "bloc's mission to Estonia"
    mission = next(a for a in index.actors if a.name == "bloc's mission to Estonia")
    assert mission.type == "Organization"


def test_a_secretariat_in_capitals_named_by_its_body_speaks_for_itself() -> None:
    index, got = speakers_by_content(
        "Monitors arrive\n\n"
        "Monitors landed in Riga on Monday. On Tuesday, the Secretariat of the Nordic Council "
        "announced that the monitors would stay for a month.\n"
    )
    names = {a.name for a in index.actors}
    assert "Secretariat of the Nordic Council" in names
    assert got["the monitors would stay for a month"][0] == "Secretariat of the Nordic Council"


def test_a_given_name_before_an_al_family_name_is_part_of_the_name() -> None:
    index, got = speakers_by_content(
        "Truce holds\n\n"
        "Omani foreign ministry spokesman Khalfan al-Rawahi said on Sunday that the truce "
        "held overnight.\n"
    )
    people = {a.name for a in index.actors if a.type == "Person"}
    assert "Khalfan al-Rawahi" in people
    assert got["the truce held overnight"][0] == "Khalfan al-Rawahi"


def test_the_envoy_is_the_person_titled_special_representative_not_the_body() -> None:
    art = article(
        "Talks on the border\n\n"
        "UN special representative Tomas Brandt arrived in Oslo on Monday. Norway wants the "
        "border open. The UN envoy said the crossing would reopen in May.\n"
    )
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    index = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    statements = StatementFinder()(doc, art, index)
    # A model that prefers bodies would give the envoy's words to the UN, who owns the title.
    model = Model({"type=Organization": 6.0, "type=Person": 5.5}, threshold=0.3)
    rank_speakers(doc, statements, index, model)
    names = {a.id: a.name for a in index.actors}
    got = {s.content.text: names.get(s.speaker or "") for s in statements}
    assert got["the crossing would reopen in May"] == "Tomas Brandt"


def test_a_representative_in_a_house_is_no_envoy() -> None:
    art = article(
        "Talks on the border\n\n"
        "Representative Ada Kemp arrived in Oslo on Monday. Norway wants the border open. "
        "The UN envoy said the crossing would reopen in May.\n"
    )
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    index = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    statements = StatementFinder()(doc, art, index)
    # A model that prefers people: only the title keeps the lawmaker out.
    model = Model({"type=Organization": 5.5, "type=Person": 6.0}, threshold=0.3)
    rank_speakers(doc, statements, index, model)
    names = {a.id: a.name for a in index.actors}
    got = {s.content.text: names.get(s.speaker or "") for s in statements}
    assert got["the crossing would reopen in May"] != "Ada Kemp"


def test_officials_of_a_state_s_ministry_speak_for_the_ministry_not_the_state() -> None:
    _index, got = speakers_by_content(
        "Lists exchanged\n\n"
        "Latvia and Estonia swapped lists of detainees on Monday. Latvia's Foreign Ministry "
        "officials said the swap went through diplomatic channels.\n"
    )
    assert got["the swap went through diplomatic channels"][0] == "Foreign Ministry of Latvia"
