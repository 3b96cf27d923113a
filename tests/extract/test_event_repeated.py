"""`repeated`: "again" marks a new occurrence of a series when it is said of the act that
makes the occurrence ("will meet again for talks"), not of a part taken in one told before
("the US was again represented in the talks by its envoy")."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.event_occurrence import repeated


def _word(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    return repeated(next(t for t in doc if t.text == word))


def test_meeting_again_for_talks_is_a_new_round(nlp: Language) -> None:
    assert _word(nlp, "The two sides will meet again for talks in Rome next week.", "talks")


def test_represented_again_in_the_talks_is_the_same_talks(nlp: Language) -> None:
    assert not _word(
        nlp, "The United States was again represented in the talks by envoy Tom Rell.", "talks"
    )


def test_another_round_of_talks_is_new(nlp: Language) -> None:
    assert _word(nlp, "They agreed to hold another round of talks in June.", "talks")
