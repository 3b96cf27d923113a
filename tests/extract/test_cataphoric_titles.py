"""A description of one person who speaks ("according to the movement's chief negotiator")
is the person the next sentences name with the description's own title."""

from __future__ import annotations

from extract_helpers import speakers_by_content

STORY = (
    "Rebels reject new envoy\n\n"
    "The Northern Front will not meet the new mediator, according to the movement's chief "
    '{noun}. The mediator, a retired Danish diplomat, took up his post in June. "Talks '
    'without a ceasefire are useless," wrote Front negotiator Karim Ansari on Twitter.\n'
)


def test_a_described_source_is_the_person_named_after_with_that_title() -> None:
    _index, got = speakers_by_content(STORY.format(noun="negotiator"))
    assert got["The Northern Front will not meet the new mediator"][0] == "Karim Ansari"


def test_a_person_with_another_title_is_not_the_described_source() -> None:
    _index, got = speakers_by_content(STORY.format(noun="spokesman"))
    speaker, words = got["The Northern Front will not meet the new mediator"]
    assert speaker != "Karim Ansari" and words == "the movement's chief spokesman"
    assert got["Talks without a ceasefire are useless"][0] == "Karim Ansari"
