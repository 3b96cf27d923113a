"""Readouts of talks: `briefed X on ...`, `affirmed the need for ...`, `stressed the importance
for X to ...`, and `said that` with a phrase fronted in its clause. Sentences invented."""

from __future__ import annotations

from test_statements import run


def _contents(text: str) -> set[tuple[str | None, str, str]]:
    _art, sts, name = run(text)
    return {(name.get(s.speaker), s.cue.text, s.content.text) for s in sts}


def test_briefing_someone_on_a_thing_reports_the_thing() -> None:
    got = _contents(
        "Ministers confer\n\n"
        "Karl Berg briefed Petra Holm on the results of his recent trip to the region.\n"
    )
    assert ("Karl Berg", "briefed", "the results of his recent trip to the region") in got


def test_affirming_a_need_is_saying_it() -> None:
    got = _contents(
        "Ministers confer\n\nPetra Holm met the envoys in Geneva.\n"
        "Holm also affirmed the need for supporting Eastland's recovery and meeting the hopes of "
        "its people.\n"
    )
    assert (
        "Petra Holm",
        "affirmed",
        "the need for supporting Eastland's recovery and meeting the hopes of its people",
    ) in got


def test_a_for_clause_after_the_object_completes_it() -> None:
    got = _contents(
        "Ministers confer\n\n"
        "Petra Holm stressed the importance for all armed groups to leave the valley at once.\n"
    )
    assert (
        "Petra Holm",
        "stressed",
        "the importance for all armed groups to leave the valley at once",
    ) in got


def test_said_that_with_a_fronted_phrase_reports_the_clause() -> None:
    got = _contents(
        "Ministers confer\n\n"
        "Petra Holm said that in order to reach a lasting settlement both parties have to do "
        "much more.\n"
        "Karl Berg said that during the meeting the government raised objections to the draft.\n"
    )
    assert (
        "Petra Holm",
        "said",
        "in order to reach a lasting settlement both parties have to do much more",
    ) in got
    assert (
        "Karl Berg",
        "said",
        "during the meeting the government raised objections to the draft",
    ) in got
