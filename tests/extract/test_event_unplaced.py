"""A definite telling whose people are a side's own ("represented in the talks by its envoy
and an adviser") is the occurrence told before between the states, though the adviser's state
is not told; a person whose title names a state the story's talks lack ("US Secretary of
State") is another side, so talks with them are another occurrence. Invented people."""

from __future__ import annotations

from extract_helpers import dated_text, extract, names

from kg.extract.pipeline import Pipeline

OPENING = (
    "Kenya and Uganda held a fifth round of border talks in Nairobi on Monday, the mediator "
    "said.\n\n"
)


def _events(pipeline: Pipeline, body: str) -> list[tuple[str, set[str]]]:
    x = extract(pipeline, dated_text("Border talks end", body, "2024-05-07"))
    return [(e.kind, names(x, e.participants)) for e in x.events]


def test_a_sides_envoy_and_adviser_are_the_talks_people(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        OPENING + "Kenya was again represented in the talks by Kenyan envoy Tomas Rell and "
        "Ilse Varga, a policy adviser.",
    )
    assert len(found) == 1, found
    assert {"Kenya", "Uganda", "Tomas Rell", "Ilse Varga"} <= found[0][1], found


def test_talks_with_another_states_minister_are_another_occurrence(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        OPENING + "Kenyan envoy Tomas Rell later held the talks with US Secretary of State "
        "Ilse Varga.",
    )
    assert len(found) == 2, found
