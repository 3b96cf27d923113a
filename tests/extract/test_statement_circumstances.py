"""Reported contents stop before the time or occasion of their saying and before the speaker's
next act; an opinion verb with a clause of its own reports a position; a relaying clause
(`quoted him as saying`) is no content. Sentences invented."""

from __future__ import annotations

from extract_helpers import found_statements


def _contents(body: str) -> dict[str, str]:
    """Each statement's cue and content on a one-paragraph article."""
    return {s.cue.text: s.content.text for s in found_statements("Border news\n\n" + body + "\n")}


def test_object_stops_before_the_day_and_occasion_of_saying() -> None:
    got = _contents(
        "The Ruritanian army announced a truce on Friday after weeks of clashes that have "
        "left dozens dead."
    )
    assert got["announced"] == "a truce"


def test_time_of_what_was_said_stays_in_the_content() -> None:
    # A day bounding or placing the thing said, not the saying: until, in, or a later day.
    got = _contents("The Ruritanian army proposed a pause in the shelling until Sunday.")
    assert got["proposed"] == "a pause in the shelling until Sunday"
    got = _contents("The Ostrian cabinet announced fresh elections in December.")
    assert got["announced"] == "fresh elections in December"
    got = _found_dated(
        "The Ostrian cabinet announced fresh elections on 14 December 2024.", "2024-10-02"
    )
    assert got["announced"] == "fresh elections on 14 December 2024"
    # A stretch of time the saying came after is when it was said too.
    got = _contents("The Ruritanian army proposed a pause in the shelling after weeks of clashes.")
    assert got["proposed"] == "a pause in the shelling"
    # A day on or before the saying's is when it was said.
    got = _found_dated("The Ostrian cabinet announced fresh elections on 1 October.", "2024-10-02")
    assert got["announced"] == "fresh elections"


def _found_dated(body: str, published: str) -> dict[str, str]:
    """Each statement's cue and content on a one-paragraph article of a given day."""
    text = f"Published: {published}\n\nBorder news\n\n{body}\n"
    return {s.cue.text: s.content.text for s in found_statements(text)}


def test_object_stops_before_the_meeting_it_was_said_at() -> None:
    got = _contents(
        "The Ostrian delegation confirmed its attendance during a session in Vienna held to "
        "fix the agenda."
    )
    assert got["confirmed"] == "its attendance"


def test_to_clause_after_the_day_stays_in_the_content() -> None:
    got = _contents("The mediator urged the assembly on Tuesday to approve the plan before winter.")
    assert got["urged"].endswith("to approve the plan before winter")


def test_topic_keeps_its_time() -> None:
    got = _contents("Ruritania warned of attacks during the holidays.")
    assert got["warned"] == "attacks during the holidays"


def test_next_act_of_the_speaker_is_not_content() -> None:
    got = _contents(
        "The Ostrian government said the pact was unlawful and responded by expelling the "
        "Ruritanian envoy."
    )
    assert got["said"] == "the pact was unlawful"


def test_joined_clause_of_another_kind_stays_content() -> None:
    got = _contents("The Ostrian minister said the talks had stalled and collapsed.")
    assert got["said"] == "the talks had stalled and collapsed"


def test_opinion_with_a_clause_is_reported() -> None:
    got = _contents("The Ostrian foreign ministry believes the envoy is failing as a mediator.")
    assert got["believes"] == "the envoy is failing as a mediator"


def test_relaying_clause_is_no_content() -> None:
    got = found_statements(
        "Border news\n\n"
        '"We will hold our fire," Ivo Rak said at a meeting with his generals, the '
        "presidential press office quoted him as saying.\n"
    )
    assert [s.content.text for s in got] == ["We will hold our fire"]


def test_joined_verb_of_the_speakers_own_clause_stays_content() -> None:
    got = _contents(
        "The mission said it welcomed the return of both sides and praised their restraint."
    )
    assert got["said"].endswith("and praised their restraint")


def test_relay_phrase_opening_the_words_is_dropped() -> None:
    got = _contents(
        "According to officials in Vienna, as reported by a local radio station, the summit "
        "is likely to take place in June."
    )
    assert got["According to"] == "the summit is likely to take place in June"


def test_relay_clause_with_the_outlet_as_subject_is_dropped_too() -> None:
    # Read from the parse: "as" + a relaying verb whose subject is the outlet, not one wording.
    got = _contents(
        "According to officials in Lorn, as the Ostrian daily reported, the border post "
        "would reopen next week."
    )
    assert got["According to"] == "the border post would reopen next week"


def test_relay_clause_of_a_medium_relaying_or_carrying_the_words_is_dropped() -> None:
    # "relay" and "carry" pass on another's words only with the medium as their agent.
    got = _contents(
        "According to officials in Lorn, as relayed by the Ostrian radio, the border post "
        "would reopen next week."
    )
    assert got["According to"] == "the border post would reopen next week"
    got = _contents(
        "According to aides in Brell, as carried by the state agency, the second round "
        "would open in Vossa."
    )
    assert got["According to"] == "the second round would open in Vossa"


def test_own_attribution_of_a_further_quotation_ends_the_words() -> None:
    got = found_statements(
        "Border news\n\n"
        "Ivo Rak said no papers will be signed at the summit, because, as he said "
        '"a working group of deputy ministers is handling the matter."\n'
    )
    assert "no papers will be signed at the summit" in [s.content.text for s in got]


def test_an_attribution_by_name_before_a_quotation_ends_the_words_too() -> None:
    # Read from the clause: "as" + a speech verb before a quotation, whoever its subject.
    got = found_statements(
        "Border news\n\n"
        "Ivo Rak said talks would go on because, as the harbour chief stressed "
        '"the new pier is nearly finished and the crews are ready to start."\n'
    )
    assert "talks would go on" in [s.content.text for s in got]


def test_an_as_clause_without_a_quotation_stays_in_the_words() -> None:
    got = _contents("Ivo Rak said the ferry line would reopen, as he said in March.")
    assert got["said"].startswith("the ferry line would reopen")
