"""Statements at the head of wire copy: a text given without its headline, and a person whose
surname is an outlet's name. Sentences invented."""

from __future__ import annotations

from extract_helpers import found_statements


def said(text: str) -> set[tuple[str, str]]:
    return {(s.cue.text, s.content.text) for s in found_statements(text)}


def test_a_courtesy_title_makes_an_outlet_s_name_a_person() -> None:
    text = (
        "Envoy arrives in Beijing\n\n"
        "Assistant Secretary of State Christopher Hill arrived in Beijing on Monday.\n\n"
        "Upon his arrival, Mr. Hill said it was still not clear whether the talks would "
        "resume.\n"
    )
    assert ("said", "it was still not clear whether the talks would resume") in said(text)
