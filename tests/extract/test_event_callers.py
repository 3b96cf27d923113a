"""Who placed a call: the one it came "from", or the subject of a verb of calling someone."""

from __future__ import annotations

import pytest
from extract_helpers import extract, names


def calls(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nVossa • Example Desk\n\n{body}\n")
    return x, [e for e in x.events if e.kind == "phone_call"]


@pytest.mark.parametrize(
    "body",
    [
        "Arland Foreign Minister Tomas Veer received a phone call on Monday from his Brel "
        "counterpart Ilse Norden, the ministry said.",
        "Brel President Ilse Norden telephoned Arland President Tomas Veer on Monday to "
        "discuss border trade, her office said.",
    ],
)
def test_the_caller_initiates_the_call(pipeline, body: str) -> None:  # type: ignore[no-untyped-def]
    x, found = calls(pipeline, body)
    assert len(found) == 1 and found[0].initiator is not None
    assert names(x, [found[0].initiator]) == {"Ilse Norden"}


def test_a_call_told_as_shared_has_no_caller(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = calls(
        pipeline, "Arland President Tomas Veer and Brel President Ilse Norden spoke by phone."
    )
    assert found and found[0].initiator is None


def test_a_sentence_of_its_own_tells_who_asked_for_the_story_s_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Arland President Tomas Veer and Brel President Ilse Norden discussed border trade "
        "in a phone call on Monday.\n\nThe call was initiated by Brel, the presidential "
        "office said."
    )
    x, found = calls(pipeline, body)
    assert len(found) == 1 and found[0].initiator is not None
    assert names(x, [found[0].initiator]) == {"Brel"}


def test_talks_of_their_own_do_not_name_the_story_s_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The story has one call and, apart from it, talks: who asked for the talks did not
    # thereby place the call.
    body = (
        "Arland President Tomas Veer and Brel President Ilse Norden discussed border trade "
        "in a phone call on Monday.\n\nThe talks in Vossa on Friday took place at the "
        "request of Norway, the presidential office said."
    )
    x, found = calls(pipeline, body)
    assert len(found) == 1 and found[0].initiator is None, names(x, [found[0].initiator])


def test_today_s_call_is_the_story_s_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Arland President Tomas Veer and Brel President Ilse Norden discussed border trade "
        "in a phone call on Monday.\n\nToday's call was initiated by Norway, the presidential "
        "office said."
    )
    x, found = calls(pipeline, body)
    assert len(found) == 1 and found[0].initiator is not None
    assert names(x, [found[0].initiator]) == {"Norway"}


@pytest.mark.parametrize(
    "asked",
    ["The call was made on the initiative of Norway", "The call came at the suggestion of Norway"],
)
def test_one_pattern_tells_whose_request_or_initiative(pipeline, asked: str) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Arland President Tomas Veer and Brel President Ilse Norden discussed border trade "
        f"in a phone call on Monday.\n\n{asked}, the presidential office said."
    )
    x, found = calls(pipeline, body)
    assert len(found) == 1 and found[0].initiator is not None
    assert names(x, [found[0].initiator]) == {"Norway"}


def test_talks_held_on_a_state_s_initiative_name_it_initiator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "News of the day\n\nVossa • Example Desk\n\nArland and Brel held talks on border "
        "trade in Vossa on Monday on the initiative of Norway.\n",
    )
    talks = [e for e in x.events if e.initiator is not None]
    assert talks and names(x, [talks[0].initiator]) == {"Norway"}
