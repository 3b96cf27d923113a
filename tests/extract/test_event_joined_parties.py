"""Who takes part, told by a clause joined to the event's own: "when they met" after the pair
is named in the same sentence, "A and B will be joined by C for a summit". Invented
sentences."""

from __future__ import annotations

from extract_helpers import extract, names


def story(headline: str, body: str) -> str:
    return f"{headline}\n\nOslo • X\n\nOSLO - {body}\n"


def test_they_who_met_are_the_pair_named_before_in_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ministers to meet",
            "The upcoming meeting of Norwegian Foreign Secretary Anna Berg and Danish Foreign "
            "Secretary Lars Holm will be the first since September, when they met in New York.",
        ),
    )
    held = [e for e in x.events if e.status == "held"]
    assert [{"Anna Berg", "Lars Holm"} <= names(x, e.participants) for e in held] == [True]


def test_who_is_joined_for_a_summit_attends_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Leaders to meet",
            "Prime Minister Anna Berg and President Lars Holm will further be joined by Swedish "
            "President Karl Lund today for a tripartite summit.",
        ),
    )
    [summit] = [e for e in x.events if e.kind == "meeting"]
    assert {"Anna Berg", "Lars Holm", "Karl Lund"} <= names(x, summit.participants)
