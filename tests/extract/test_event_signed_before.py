"""A signing told with its text before the verb in a relative clause ("a port deal Norway
signed with Denmark earlier this year") or with the text's name in quotation marks ("signed a
“cooperation agreement”") is an `agreement_signing` (issue 15: signings the lexicon missed
because the agreement noun did not follow the verb as a bare word)."""

from __future__ import annotations

from extract_helpers import extract, names


def signings(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"Published: 2024-05-15\n\nNews of the day\n\nOslo • X\n\n{body}\n")
    return x, [e for e in x.events if e.kind == "agreement_signing"]


def test_a_deal_a_state_signed_is_a_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Sweden said on Tuesday that it was angered by a port deal Norway signed with "
        "Denmark earlier this year."
    )
    x, found = signings(pipeline, body)
    assert len(found) == 1
    assert {"Norway", "Denmark"} <= names(x, found[0].participants)
    assert found[0].status == "held"


def test_a_signed_text_in_quotation_marks_is_a_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norway and Denmark signed a \u201ccooperation agreement\u201d in Oslo on Monday, "
        "the Norwegian foreign ministry said."
    )
    x, found = signings(pipeline, body)
    assert len(found) == 1
    assert names(x, found[0].participants) >= {"Norway", "Denmark"}


def test_a_quoted_letter_is_no_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Norway's premier signed a \u201cletter of support\u201d for the athletes on Monday."
    assert signings(pipeline, body)[1] == []


def test_the_signatories_of_a_deal_are_no_relative_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Sweden criticised the states that signed the deal, the ministry said on Monday."
    found = signings(pipeline, body)[1]
    assert len(found) <= 1  # the verb with its object is read once, as before
