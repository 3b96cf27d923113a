"""An occurrence numbered alike in two tellings ("hold 1st peace talks" above, "their first
peace talks" below) is one occurrence; two numbers, or a number on one side only, keep a
series' occurrences apart."""

from __future__ import annotations

from extract_helpers import dated_text, extract

from kg.extract.event_mention import ordinal_number


def test_ordinal_words_and_digits_alike() -> None:
    assert ordinal_number("third") == ordinal_number("3rd") == 3
    assert ordinal_number("14th") == 14
    assert ordinal_number("again") is None


def _rounds(pipeline, title: str, body: str) -> list:  # type: ignore[no-untyped-def]
    x = extract(pipeline, dated_text(title, body, "2024-03-05"))
    return [e for e in x.events if e.kind == "negotiation_round"]


def test_one_numbered_occurrence_told_twice_is_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    title = "Lind, Grey hold 1st peace talks"
    body = (
        "President Anna Lind of Norland and rebel leader Paul Grey began their first peace "
        "talks in Tarvo on Tuesday, the mediators said."
    )
    assert len(_rounds(pipeline, title, body)) == 1


def test_two_numbers_stay_two(pipeline) -> None:  # type: ignore[no-untyped-def]
    title = "Lind, Grey hold 2nd peace talks"
    body = (
        "President Anna Lind of Norland and rebel leader Paul Grey began their second round of "
        "peace talks in Tarvo on Tuesday. Their first round of talks in Tarvo had ended on "
        "Tuesday too."
    )
    assert len(_rounds(pipeline, title, body)) == 2
