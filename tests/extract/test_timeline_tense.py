"""The tense tests the timeline, the statements' dates and the events' news days share: one
present perfect, and the simple present of a state of now (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "perfect"),
    [
        ("The two ministers have signed the accord.", True),
        ("The envoy has said the talks will resume.", True),
        ("The two ministers signed the accord.", False),
        ("The two ministers had signed the accord.", False),
        ("The accord was signed by the two ministers.", False),
    ],
)
def test_a_present_perfect_is_has_or_have_with_a_participle(
    nlp: Language, sentence: str, perfect: bool
) -> None:
    from kg.extract.timeline_words import present_perfect

    root = next(nlp(sentence).sents).root
    assert present_perfect(root) is perfect


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The visit follows talks with the king on Monday.", True),
        ("The postponement comes as officials declared a truce.", True),
        ("The minister says the talks went well.", False),  # a saying keeps its day
        ("The visit followed talks with the king.", False),
        ("The visit will follow talks with the king.", False),
    ],
)
def test_a_simple_present_that_is_no_saying_tells_a_state_of_now(
    nlp: Language, sentence: str, state: bool
) -> None:
    from kg.extract.timeline_story import present_state

    root = next(nlp(sentence).sents).root
    assert present_state(root) is state
