"""An agreement named by its day is its signing (`event_dated_texts`): "the March 3 border
accord between Norway and Denmark" is an `agreement_signing` held that day, also when the
clause around it is modal ("must honour the June 5 declaration"); an agreement without a day
("the border accord", "a 1994 agreement") names no signing."""

from __future__ import annotations

from extract_helpers import extract, names


def signings(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"Published: 2024-05-15\n\nNews of the day\n\nOslo • X\n\n{body}\n")
    return x, [e for e in x.events if e.kind == "agreement_signing"]


def test_an_agreement_with_its_day_is_its_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The ministers said on Tuesday that the March 3 border accord between Norway and "
        "Denmark was void."
    )
    x, found = signings(pipeline, body)
    assert len(found) == 1
    assert names(x, found[0].participants) == {"Norway", "Denmark"}
    assert found[0].date is not None and found[0].date.iso() == "2024-03-03"
    assert found[0].status == "held"


def test_a_modal_clause_does_not_undo_a_dated_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Norway and Denmark must honour their duties under the April 5 Oslo Declaration."
    found = signings(pipeline, body)[1]
    assert len(found) == 1
    assert found[0].status == "held" and found[0].date is not None
    assert found[0].date.iso() == "2024-04-05"


def test_an_agreement_without_a_day_is_no_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "The ministers said on Tuesday that the border accord between Norway and Denmark was void.",
        "Norway and Denmark cited a 1994 agreement on fishing on Tuesday.",
        "Norway said on Tuesday that the accord may be signed by May 20.",
    ):
        assert signings(pipeline, body)[1] == [], body


def test_a_dated_truce_deal_is_no_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Norway said on Tuesday that the March 3 ceasefire deal between Chile and Peru held."
    assert signings(pipeline, body)[1] == []


def test_a_text_told_before_its_verb_of_signing_is_signed(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body, status in (
        ("The Oslo Declaration was signed in April but has seen repeated violations.", "held"),
        ("The ministers praised the border agreement signed in Bergen last month.", "held"),
        ("A memorandum on visas between the two countries will be signed on Friday.", "planned"),
    ):
        found = signings(pipeline, body)[1]
        assert [e.status for e in found] == [status], body


def test_a_text_that_must_still_be_signed_is_no_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The ministers said on Tuesday that the border agreement must be signed in Bergen."
    assert signings(pipeline, body)[1] == []
