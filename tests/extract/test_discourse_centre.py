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


def test_a_title_that_fits_two_people_is_the_subject_s() -> None:
    _index, got = speakers_by_content(
        "Trade fair opens\n\n"
        "Trade Minister Ana Ruiz opened the fair on Monday together with Trade Minister "
        "Bo Lind of Sweden. The minister said exports would grow.\n"
    )
    # Both are trade ministers; the one the sentence was about, not the one named last.
    assert got["exports would grow"][0] == "Ana Ruiz"


def test_a_pronoun_prefers_an_object_to_a_name_in_a_phrase() -> None:
    _index, got = speakers_by_content(
        "Port deal\n\n"
        "The harbour board thanked Oskar Berg at a dinner with Nils Holm. "
        "He said the deal was near.\n"
    )
    # No person is the subject: the object is nearer the centre than a name in a phrase.
    assert got["the deal was near"][0] == "Oskar Berg"


def test_whose_subject_it_is_stays_the_centre() -> None:
    _index, got = speakers_by_content(
        "Lake border summit\n\n"
        "Premier Tomas Vesk has asked Chancellor Otto Brandl to host a summit on the lake "
        "border.\n\n"
        "Fishing boats have been seized on both shores this year.\n\n"
        "The Premier's talks with Brandl have been set for May in Linz during his tour.\n\n"
        "He said the border could be marked by autumn.\n"
    )
    # The subject is the talks; whose talks they are is who the paragraph is about, not the
    # one named in the phrase after them.
    assert got["the border could be marked by autumn"][0] == "Tomas Vesk"


def test_a_generic_word_written_as_a_title_names_its_holder() -> None:
    _index, got = speakers_by_content(
        "Border pact stalls\n\n"
        "Alliance High Representative for River Affairs Lena Vogt hosted the two leaders in "
        "Geneva on Monday.\n\n"
        "The High Representative said the river talks would resume in June.\n"
    )
    # "representative" alone is any official; "the High Representative" is an office, and the
    # article gave it to one person.
    assert got["the river talks would resume in June"][0] == "Lena Vogt"
