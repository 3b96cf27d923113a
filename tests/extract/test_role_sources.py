"""Sources named by a bare title ("The Minister commended", "according to the envoy") or by a
description the next sentences name ("A Hamas official said"). Sentences invented."""

from __future__ import annotations

from extract_helpers import speakers_by_content


def test_a_bare_title_no_one_holds_is_the_person_the_story_follows() -> None:
    _index, got = speakers_by_content(
        "Envoys received\n\n"
        "Professor Halvard received the envoys of Peru and Chile, Tomas Ribeiro and Ana "
        "Solberg, on Monday.\n\n"
        "The Minister thanked the envoys for their support to the country, stressing that "
        "the talks should resume soon.\n"
    )
    assert got["the envoys for their support to the country"][0] == "Halvard"


def test_the_envoy_is_whom_the_story_sent_not_the_leader_he_met() -> None:
    _index, got = speakers_by_content(
        "Summit planned\n\n"
        "National Security Adviser Hugo Marland told reporters that the summit would take "
        "place in October. Marland met Vladimir Putin in Moscow on Wednesday.\n\n"
        "Putin is ready to discuss the border, according to the envoy.\n"
    )
    assert got["Putin is ready to discuss the border"][0] == "Hugo Marland"


def test_a_title_with_its_state_is_no_bare_title() -> None:
    _index, got = speakers_by_content(
        "Envoys received\n\n"
        "Professor Halvard received the envoys of Peru and Chile on Monday.\n\n"
        "The Peruvian minister said that the talks should resume soon.\n"
    )
    assert got["the talks should resume soon"][0] != "Halvard"


def test_an_official_of_the_lede_is_the_person_named_speaking_next() -> None:
    _index, got = speakers_by_content(
        "Border to reopen\n\n"
        "A Chilean official said on Monday that the border with Peru would reopen soon.\n\n"
        "\u201cThe crossing will open at dawn on Friday,\u201d Marta Quiroga said.\n"
    )
    assert got["the border with Peru would reopen soon"][0] == "Marta Quiroga"


def test_a_spokesman_of_the_lede_is_not_a_minister_named_next() -> None:
    _index, got = speakers_by_content(
        "Border to reopen\n\n"
        "A Chilean spokesman said on Monday that the border with Peru would reopen soon.\n\n"
        "\u201cThe crossing will open at dawn on Friday,\u201d Foreign Minister Marta Quiroga "
        "said.\n"
    )
    assert got["the border with Peru would reopen soon"][0] != "Marta Quiroga"
