"""A headline's label that only names a country is the section the story is filed under."""

from __future__ import annotations

from extract_helpers import found_statements


def test_a_country_label_in_the_headline_is_no_speaker() -> None:
    got = found_statements(
        "Peru-Chile: Ministers agree to reopen the border\n\n"
        "Foreign Minister Anton Varga said on Monday that the president would visit Chile "
        "in May.\n"
    )
    assert [s.content.text for s in got] == ["the president would visit Chile in May"]


def test_a_person_label_in_the_headline_still_speaks() -> None:
    got = found_statements(
        "Varga: we will not sign the deal\n\n"
        "Foreign Minister Anton Varga met his counterpart in Lima on Monday.\n"
    )
    assert "we will not sign the deal" in [s.content.text for s in got]
