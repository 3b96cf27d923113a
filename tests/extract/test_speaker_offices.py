"""Who a title, a "they" or "the statement" names when several fit: an office whichever
state holds it, the pair named last, the last text of that name. Sentences invented."""

from __future__ import annotations

import pytest
from extract_helpers import speakers_by_content

from kg.extract.discourse_titles import offices

STATES = {"norway", "norwegian", "un", "united states"}


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("minister of foreign affairs of norway", "foreign minister"),
        ("norway's foreign minister", "foreign minister"),
        ("norwegian foreign minister", "foreign minister"),
        ("minister of national defence of norway", "defence minister"),
        ("un envoy to yemen", "envoy"),
        ("president of the united states", "president"),
    ],
)
def test_an_office_is_named_without_its_state(title: str, office: str) -> None:
    assert office in offices(title, STATES)


def test_two_offices_joined_in_one_title_are_both_held() -> None:
    got = offices("prime minister and minister of foreign affairs of norway", STATES)
    assert {"prime minister", "foreign minister"} <= got


def test_a_gazetteer_title_fits_a_bare_title_no_better_than_the_article_s() -> None:
    # The gazetteer calls one guest "Minister of Foreign Affairs of China"; the article calls
    # its subject "Norway's Foreign Minister". "The minister" is the subject the passage
    # follows, not the guest whose longer title once cut down to a bare "minister".
    _index, got = speakers_by_content(
        "Fjord talks\n\n"
        "Norway's Foreign Minister Ingrid Vold hosted Wang Yi in Oslo on Monday.\n\n"
        "Ingrid Vold, who chaired the talks in the old harbour hall, confirmed that the talks "
        "would go on.\n\n"
        "The minister said the two sides had agreed on a shipping channel.\n"
    )
    assert got["the two sides had agreed on a shipping channel"][0] == "Ingrid Vold"


def test_they_after_a_pair_named_since_a_group_is_the_pair() -> None:
    # The group of states came first; the two people named since are whom "they" names,
    # the first speaking for both, and "they" again goes on naming them.
    _index, got = speakers_by_content(
        "Harbour pact\n\n"
        "The fisheries chiefs of Norway and Iceland have agreed to work toward a quota pact.\n\n"
        "Norwegian fisheries minister Ola Brekke met with Icelandic fisheries minister Jon "
        "Olafsson in Bergen on Friday.\n\n"
        "They discussed the cod stocks in the Barents Sea, where Russia is fishing more. They "
        "also stressed the importance of a shared quota.\n"
    )
    assert got["the importance of a shared quota"][0] == "Ola Brekke"


def test_the_statement_is_the_last_statement_not_a_message_it_told_of() -> None:
    _index, got = speakers_by_content(
        "Fjord visit\n\n"
        "A statement by the Norwegian Foreign Ministry said Ingrid Vold conveyed a message "
        "from Prime Minister Ola Brekke to the Icelandic president.\n\n"
        "The two sides also discussed fishing quotas, the statement said.\n"
    )
    assert got["The two sides also discussed fishing quotas"][0] == "Norwegian Foreign Ministry"


def test_the_chairperson_is_a_person_description() -> None:
    _index, got = speakers_by_content(
        "Lake talks\n\n"
        "The Chairperson of the Lake Basin Commission, Amina Diallo, opened the water talks in "
        "Niamey on Monday.\n\n"
        "The Chairperson said the riparian states had agreed to share the flow data.\n"
    )
    assert got["the riparian states had agreed to share the flow data"][0] == "Amina Diallo"
