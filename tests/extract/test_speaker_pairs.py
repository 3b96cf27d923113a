"""Who a "they", "the statement" or "the chairperson" names when several fit: the pair
named last, the last text of that name. Sentences invented."""

from __future__ import annotations

from extract_helpers import speakers_by_content


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
