"""Caches that outlive a doc are bounded, and hand out values no caller can change."""

from __future__ import annotations

from spacy.language import Language

from kg.extract import actor_unnamed, alias_forms


def test_the_title_word_cache_has_a_bound() -> None:
    assert actor_unnamed._title_word.cache_info().maxsize is not None
    assert actor_unnamed._title_word("Minister") and not actor_unnamed._title_word("minister")


def test_a_cached_name_part_cannot_be_changed_by_its_caller() -> None:
    part = alias_forms._name_part("Ambassador Lena Varga")
    assert isinstance(part, tuple) and part[-1] == "varga"


def test_the_title_words_by_hash_are_bounded_and_read_as_the_words(nlp: Language) -> None:
    first = nlp("Minister Tolvar met the minister of trade and Ambassador Reyes.")
    second = nlp("Later the Ambassador spoke; a minister listened.")
    for doc in (first, second, first):  # (the second reading of a doc from kept answers)
        titles = [actor_unnamed._titled(doc, i) for i in range(len(doc))]
        assert titles == [actor_unnamed._title_word(t.text) for t in doc]
    assert len(actor_unnamed._TITLED) <= actor_unnamed._TITLED_MAX
