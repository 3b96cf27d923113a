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


def test_a_long_subject_is_not_cut_off_its_verb() -> None:
    # The parser may end a sentence after a long subject's title or at its comma; within a
    # paragraph no sentence begins there (kg.nlp.paragraph_breaks).
    got = _contents(
        "Holm: League to back Eastland after Peace Forum\n\n"
        "President of the Northern Council, Petra Holm, says that after the Peace Forum, which "
        "was held in Lisbon on May 3-4, the Northern League is determined to support Eastland.\n"
    )
    assert (
        "Petra Holm",
        "says",
        "after the Peace Forum, which was held in Lisbon on May 3-4, the Northern League is "
        "determined to support Eastland",
    ) in got


def test_naming_a_thing_so_is_saying_it() -> None:
    got = _contents("Ministers confer\n\nPetra Holm termed the accord a first step toward peace.\n")
    assert ("Petra Holm", "termed", "the accord a first step toward peace") in got
