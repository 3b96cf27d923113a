"""The centre of a passage: a description or pronoun names the subject the sentence is
about, not someone named inside a relative clause or apposition hung on it. Sentences
invented."""

from __future__ import annotations

from extract_helpers import speakers_by_content

TEXT = (
    "Harbour pact talks\n"
    "\n"
    "Minister of Trade and Fisheries, Oskar Lindqvist, welcomed on Thursday the role of "
    "Portugal in the harbour talks.\n"
    "\n"
    "The minister, who spoke to reporters after a lunch in Bergen with his Portuguese "
    "counterpart, Rui Matos, said that the quota question had been settled.\n"
    "\n"
    "The new licences would be issued in spring, he said.\n"
)


def test_a_name_in_a_relative_clause_is_not_the_description_it_hangs_on() -> None:
    _index, got = speakers_by_content(TEXT)
    # "The minister" is the one the story is about, not the counterpart named in the clause
    # that says where he spoke; and "he" goes on naming him.
    assert got["the quota question had been settled"][0] == "Oskar Lindqvist"
    assert got["The new licences would be issued in spring"][0] == "Oskar Lindqvist"


def test_a_name_set_beside_a_description_is_still_it() -> None:
    _index, got = speakers_by_content(
        "Harbour talks\n\nThe spokeswoman, Ines Dahl, said the harbour would reopen.\n"
    )
    assert got["the harbour would reopen"][0] == "Ines Dahl"
