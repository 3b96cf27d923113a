"""A one-word name the actor stage left unlinked, as the subject of a cue: the one person of
the article whose name it opens."""

from __future__ import annotations

from extract_helpers import speakers_by_content


def test_a_family_name_written_first_is_the_one_person_it_opens_the_name_of() -> None:
    _, found = speakers_by_content(
        "Border talks in Turku\n\n"
        "His Finnish counterpart is Pak Song-il, chairman of the border committee. Karl Doss "
        "spoke first. Pak echoed the view, saying that the ferry line would reopen in May.\n"
    )
    assert found["the ferry line would reopen in May"] == ("Pak Song-il", "Pak")


def test_a_word_two_actors_share_names_neither() -> None:
    _, found = speakers_by_content(
        "Border talks in Turku\n\n"
        "Prime Minister Ilsa Marrow of Norway met envoy Ilsa Brandt in Turku on Monday. At a "
        "dinner that night, Ilsa said the ferry line would reopen in May.\n"
    )
    assert found["the ferry line would reopen in May"][0] not in {"Ilsa Marrow", "Ilsa Brandt"}
