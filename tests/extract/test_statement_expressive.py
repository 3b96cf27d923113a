"""Courtesies handed over as things ("extended his condolences") are words given; the same
verbs with any other object are deeds. Sentences invented."""

from __future__ import annotations

from extract_helpers import found_statements

HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def _found(body: str) -> list[tuple[str, str]]:
    return [(s.cue.text, s.content.text) for s in found_statements(HEAD + body)]


def test_condolences_and_greetings_extended_are_statements() -> None:
    body = (
        "Foreign Minister Maria Lopez extended her condolences to the families of the "
        "victims of the flood and wished the wounded a quick recovery."
    )
    assert ("extended", "her condolences to the families of the victims of the flood") in _found(
        body
    )
    body = (
        "Minister Anton Weber sent warm greetings to the people of Norland on their national day."
    )
    assert ("sent", "warm greetings to the people of Norland on their national day") in _found(body)


def test_the_same_verbs_with_other_objects_are_deeds() -> None:
    assert _found("Foreign Minister Maria Lopez extended the truce by a week.") == []
    assert _found("Minister Anton Weber sent troops to the northern border.") == []
