"""A one-word name the actor stage left unlinked, as the subject of a cue: the one person of
the article whose name it opens."""

from __future__ import annotations

from extract_helpers import speakers_by_content


def test_a_first_name_alone_is_the_one_person_it_opens_the_name_of() -> None:
    _, found = speakers_by_content(
        "Border talks in Turku\n\n"
        "Prime Minister Ilsa Marrow of Norway met Karl Doss in Turku on Monday. At a dinner "
        "that night, Ilsa said the ferry line would reopen in May.\n"
    )
    assert found["the ferry line would reopen in May"] == ("Ilsa Marrow", "Ilsa")


def test_a_word_two_actors_share_names_neither() -> None:
    _, found = speakers_by_content(
        "Border talks in Turku\n\n"
        "Prime Minister Ilsa Marrow of Norway met envoy Ilsa Brandt in Turku on Monday. At a "
        "dinner that night, Ilsa said the ferry line would reopen in May.\n"
    )
    assert found["the ferry line would reopen in May"][0] != "Ilsa Marrow"
