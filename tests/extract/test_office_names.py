"""One office by two names (`discourse_words.OFFICE_NAMES`) for every reader of titles, and the
particles a person's name may open with before "'s office" (`actor_offices`)."""

from __future__ import annotations

from kg.extract.actor_offices import _PERSONS_OFFICE
from kg.extract.discourse_titles import same_offices


def test_a_special_representative_is_also_written_as_the_envoy() -> None:
    # The titles reader and the source reader share one table: "the envoy" may describe the
    # person titled special representative, as "the premier" the prime minister.
    assert same_offices(["regional special representative"]) == ["regional envoy"]
    assert same_offices(["deputy prime minister"]) == ["deputy premier"]


def test_an_english_word_before_a_name_is_no_particle_of_it() -> None:
    # "as", "at", "an" before a capitalised name are words of the sentence: the owner of the
    # office is the name alone; an Arabic article joined by a hyphen stays the name's.
    found = _PERSONS_OFFICE.search("the plan went ahead just as Kalder's office had hoped")
    assert found is not None and found.group("who") == "Kalder"
    found = _PERSONS_OFFICE.search("a letter from al-Munir's office arrived")
    assert found is not None and found.group("who") == "al-Munir"
    found = _PERSONS_OFFICE.search("a reply from van Dorn's office came")
    assert found is not None and found.group("who") == "van Dorn"
