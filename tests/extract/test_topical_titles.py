"""A bare title ("the minister") names the person the paragraph is about when their own
title fits it, before someone they only spoke of whose title repeats the words exactly."""

from __future__ import annotations

from extract_helpers import speakers_by_content


def test_the_minister_is_the_subject_of_the_paragraph_not_whom_he_called() -> None:
    _index, got = speakers_by_content(
        "Grain corridor on the table\n\n"
        "Norwegian Foreign Minister Ola Brenner arrived in Ankara on Monday. Brenner said "
        "he had spoken with Sergei Lavrov twice this month. The minister said a deal on "
        "quotas was close.\n"
    )
    assert got["a deal on quotas was close"][0] == "Ola Brenner"


def test_a_deputy_is_not_the_minister() -> None:
    _index, got = speakers_by_content(
        "Grain corridor on the table\n\n"
        "Norwegian Deputy Foreign Minister Ola Brenner arrived in Ankara on Monday. Brenner "
        "said he had spoken with Sergei Lavrov twice this month. The minister said a deal "
        "on quotas was close.\n"
    )
    assert got["a deal on quotas was close"][0] == "Sergei Lavrov"
