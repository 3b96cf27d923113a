"""A body named for its state ("the Kenya Defence Forces", "the Armed Forces of Uganda") stands
for that state when event coreference compares the parties of two tellings: the meeting of
the two armies is the meeting of the two states told before, and a body of a third state tells
another occurrence. Invented stories."""

from __future__ import annotations

from extract_helpers import dated_text, extract, names

from kg.extract.pipeline import Pipeline

OPENING = (
    "Kenya and Uganda on Tuesday agreed to reopen border posts. The accord was reached at the "
    "meeting of the army commanders of the two sides, who held talks at the Busia crossing for "
    "the first time in ten years.\n\n"
)


def _events(pipeline: Pipeline, body: str) -> list[tuple[str, set[str]]]:
    x = extract(pipeline, dated_text("Army chiefs meet at border", body, "2024-05-08"))
    return [(e.kind, names(x, e.participants)) for e in x.events]


def test_the_armies_meeting_is_the_states_meeting(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        OPENING + "The meeting between the Kenya Defence Forces and the Armed Forces of Uganda "
        "was held on Tuesday in a cordial atmosphere, a spokesman said.",
    )
    assert len(found) == 1, found
    assert {"Kenya", "Uganda", "Kenya Defence Forces", "Armed Forces of Uganda"} <= found[0][1], (
        found
    )


def test_a_third_states_army_is_another_meeting(pipeline: Pipeline) -> None:
    found = _events(
        pipeline,
        OPENING + "Tanzania was not invited. The meeting between the Kenya Defence Forces and "
        "the Armed Forces of Tanzania was held on Tuesday in Arusha, a spokesman said.",
    )
    assert len(found) == 2, found
    assert not any("Armed Forces of Tanzania" in p and "Uganda" in p for _k, p in found), found
