"""A verb of saying whose object is not the words: the one addressed with the topic after it,
and a relative pronoun with the label given after it. Sentences invented."""

from __future__ import annotations

from test_statements import run


def _contents(text: str) -> set[tuple[str | None, str, str]]:
    _art, sts, name = run(text)
    return {(name.get(s.speaker), s.cue.text, s.content.text) for s in sts}


def test_informing_someone_about_a_thing_reports_the_thing() -> None:
    # The parser hangs `about` on the ones informed, not on the verb.
    got = _contents(
        "Border talks\n\n"
        "Karl Berg informed the participants about his plans to reopen two crossings.\n"
    )
    assert ("Karl Berg", "informed", "his plans to reopen two crossings") in got


def test_reminding_someone_of_a_pledge_reports_the_pledge() -> None:
    got = _contents(
        "Border talks\n\nPetra Holm reminded both neighbours of the truce they agreed in spring.\n"
    )
    assert ("Petra Holm", "reminded", "the truce they agreed in spring") in got


def test_informing_someone_that_gives_the_clause_not_the_addressee() -> None:
    # `that` read as the relative pronoun of a clause on the ones informed.
    got = _contents(
        "Border talks\n\nPetra Holm informed the mission that the convoy would leave.\n"
    )
    assert ("Petra Holm", "informed", "the convoy would leave") in got


def test_a_warning_runs_through_its_condition() -> None:
    got = _contents(
        "Border talks\n\n"
        "Petra Holm warned both camps about the costs if they walk away from the table.\n"
    )
    assert ("Petra Holm", "warned", "the costs if they walk away from the table") in got


def test_the_label_given_in_a_relative_clause_is_what_was_said() -> None:
    got = _contents(
        "Border talks\n\n"
        "The envoys met in Vienna on Tuesday, which Karl Berg described as a useful first step.\n"
    )
    assert ("Karl Berg", "described", "a useful first step") in got


def test_a_relative_clause_with_its_own_object_is_not_a_label() -> None:
    # `which` is the subject here: what the plan does, not what anyone said of it.
    got = _contents(
        "Border talks\n\nKarl Berg backed the plan, which described the border as open.\n"
    )
    assert not any(cue == "described" for _, cue, _ in got)


def test_a_label_read_as_a_second_object_is_what_was_said() -> None:
    # The parser takes the label for the verb's object, beside the relative pronoun.
    got = _contents(
        "Border talks\n\n"
        "The two armies held drills near the border, which Karl Berg called a provocation.\n"
    )
    assert ("Karl Berg", "called", "a provocation") in got
