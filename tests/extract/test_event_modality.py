"""Event status from the narrator's verb: the purpose of a journey told as done."""

from __future__ import annotations

import pytest
from extract_helpers import extract


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The Peruvian president flew to Santiago on Wednesday to meet Chilean President "
         "Gabriel Boric.", "held"),
        ("The Peruvian president will fly to Santiago on Wednesday to meet Chilean President "
         "Gabriel Boric.", "planned"),
        ("The Peruvian president agreed to meet Chilean President Gabriel Boric.", "planned"),
    ],
)  # fmt: skip
def test_a_journey_s_purpose_told_as_done_was_held(pipeline, sentence: str, status: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"Presidents meet\n\nLima • X\n\n{sentence}\n")
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings and all(e.status == status for e in meetings)
