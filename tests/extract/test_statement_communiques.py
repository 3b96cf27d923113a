"""Readout and communiqué wording: `referred to`, `appreciated`, `conveyed`, `insists
on`, an `as`/`while` aside that goes on with the point made, and a statement printed as a block
under `X issued the following statement:`. Sentences invented."""

from __future__ import annotations

from test_statements import run


def _contents(text: str) -> set[tuple[str | None, str, str]]:
    _art, sts, name = run(text)
    return {(name.get(s.speaker), s.cue.text, s.content.text) for s in sts}


def test_referring_to_a_thing_is_a_point_made() -> None:
    got = _contents(
        "Ministers confer\n\n"
        "Petra Holm referred to the good results of the talks between the two capitals.\n"
    )
    assert (
        "Petra Holm",
        "referred",
        "the good results of the talks between the two capitals",
    ) in got


def test_referring_people_elsewhere_or_a_gloss_is_no_statement() -> None:
    got = _contents(
        "Ministers confer\n\n"
        "Karl Berg referred reporters to the statement his ministry made on Monday.\n"
        '"We will be back at the table soon," Petra Holm said. She was referring to the talks '
        "that began in March.\n"
    )
    assert not any(cue.startswith("referr") for _, cue, _ in got)


def test_appreciating_and_conveying_are_said_but_wishing_well_is_not() -> None:
    got = _contents(
        "Ministers confer\n\n"
        "Petra Holm appreciated Eastland for its steady help to the region.\n"
        "Karl Berg conveyed the warm greetings of his president.\n"
        "Karl Berg also wished peace and prosperity to the people of Eastland.\n"
    )
    assert ("Petra Holm", "appreciated", "Eastland for its steady help to the region") in got
    assert ("Karl Berg", "conveyed", "the warm greetings of his president") in got
    assert not any(cue == "wished" for _, cue, _ in got)


def test_wishing_to_do_and_passing_on_messages_are_not_said() -> None:
    got = _contents(
        "Ministers confer\n\n"
        "Petra Holm wishes to visit the border region next spring.\n"
        "Karl Berg is conveying messages back and forth between the two delegations.\n"
    )
    assert not any(cue in ("wishes", "conveying") for _, cue, _ in got)


def test_insisting_on_a_thing_says_it() -> None:
    got = _contents(
        "Ministers confer\n\nPetra Holm insists on the full withdrawal of the troops.\n"
    )
    assert ("Petra Holm", "insists", "the full withdrawal of the troops") in got


def test_an_as_aside_on_the_object_goes_on_with_it() -> None:
    got = _contents(
        "Ministers confer\n\n"
        "Petra Holm noted the steady growth of trade, as shown by the new rail link and "
        "the record harvest.\n"
        "Karl Berg welcomed the decision, while the talks went on in the next room.\n"
    )
    assert (
        "Petra Holm",
        "noted",
        "the steady growth of trade, as shown by the new rail link and the record harvest",
    ) in got
    assert ("Karl Berg", "welcomed", "the decision") in got


def test_paragraphs_after_the_following_statement_are_its_words() -> None:
    got = _contents(
        "Minister's remarks before the talks\n\n"
        "Foreign Minister Petra Holm issued the following statement on Tuesday ahead of the "
        "meeting of the four ministers:\n\n"
        "Tomorrow we will meet our partners for the fifth time this year.\n\n"
        "Much work has gone into keeping the ceasefire, and it has mostly held since spring.\n\n"
        "Karl Berg, the mediator, said on Wednesday that the meeting would be long.\n"
    )
    holm = {content for who, _, content in got if who == "Petra Holm"}
    assert "Tomorrow we will meet our partners for the fifth time this year" in holm
    assert (
        "Much work has gone into keeping the ceasefire, and it has mostly held since spring" in holm
    )
    assert not any("meeting would be long" in c for c in holm)


def test_calling_on_someone_with_nothing_asked_is_a_visit() -> None:
    got = _contents(
        "Ministers confer\n\n"
        "Ambassador Karl Berg called on the new Foreign Minister Petra Holm and discussed "
        "trade with her.\n"
        "Karl Berg called on Eastland to free the prisoners.\n"
    )
    assert not any("Petra Holm" in content for _, _, content in got)
    assert ("Karl Berg", "called", "Eastland to free the prisoners") in got


def test_the_block_ends_where_someone_else_is_reported() -> None:
    got = _contents(
        "Border talks\n\n"
        "Foreign Minister Petra Holm issued the following statement:\n\n"
        "A meeting of the three sides was held at the crossing this morning.\n\n"
        "The talks covered recent incidents and the Eastland delegation reiterated its "
        "commitment to the truce.\n"
    )
    assert (
        "Petra Holm",
        "issued the following statement",
        "A meeting of the three sides was held at the crossing this morning",
    ) in got
    assert not any(cue.startswith("issued") and "delegation" in content for _, cue, content in got)
