"""What is not said: a discussion's topic, an outlet's relay of a sentence, a demonstrative
that points at words given elsewhere; and a hard-wrapped release whose sentences run across
line breaks. Sentences invented."""

from __future__ import annotations

from extract_helpers import body_statements as statements
from extract_helpers import class_of as _class
from extract_helpers import found_statements, said

from kg import nlp
from kg.extract.statements import told_inside


def test_a_discussion_names_a_topic_not_words() -> None:
    text = "Maria Lopez and Anton Weber discussed the situation in the northern valley."
    assert _class(text, "discussed", "the situation in the northern valley") == "act"
    text = "The two ministers discussed how to restore the railway links."
    assert _class(text, "discussed", "how to restore the railway links") == "act"
    body = "Foreign Minister Maria Lopez discussed the hot topics on the alliance's agenda."
    assert not any(cue == "discussed" for cue, _ in said(body))
    # Discussing that something is so gives words.
    text = "The envoys discussed that the border should reopen in May."
    assert _class(text, "discussed", "the border should reopen in May") == "speech"


def test_an_outlet_relaying_the_sentence_is_not_what_was_said() -> None:
    body = (
        "The visit is part of the agreement reached in March between the two neighbours, "
        "the Ruritanian foreign ministry said, cited by the official Ruritanian Press Agency."
    )
    contents = {content for cue, content in said(body) if cue == "said"}
    assert contents == {
        "The visit is part of the agreement reached in March between the two neighbours"
    }
    body = "President Anton Weber said this in a post on X, the Example Agency reports."
    assert not any(cue == "said" for cue, _ in said(body))


def test_a_quoted_phrase_after_an_aside_still_goes_on() -> None:
    # The rest after the aside is what was said when it is no relay.
    body = "The summit, Foreign Minister Maria Lopez said, was a turning point for the region."
    assert ("said", "was a turning point for the region") in said(body)


def test_hard_wrapped_release_keeps_its_sentences_whole() -> None:
    body = (
        "The Secretary General, Anton Weber, called on the Parties to adopt a\n"
        "cooperation mechanism as soon as possible to normalize the situation on\n"
        "the river.\n"
        "He also confirmed the imminent deployment of a\n"
        "group of experts to the border.\n"
    )
    assert said(body) == {
        (
            "called",
            "the Parties to adopt a\ncooperation mechanism as soon as possible to normalize the "
            "situation on\nthe river",
        ),
        ("confirmed", "the imminent deployment of a\ngroup of experts to the border"),
    }
    # A line break before a capital still ends the sentence (a headline has no full stop).
    doc = nlp.load()("Envoys weigh a truce\nThe talks resume on Monday.")
    assert [s.text.strip() for s in doc.sents] == [
        "Envoys weigh a truce",
        "The talks resume on Monday.",
    ]


def test_welcoming_people_and_saying_nothing_are_deeds() -> None:
    text = "Foreign Minister Maria Lopez welcomed the two ministers ahead of their session."
    assert _class(text, "welcomed", "the two ministers ahead of their session") == "act"
    text = "President Anton Weber welcomed the extension of the truce."
    assert _class(text, "welcomed", "the extension of the truce") == "speech"
    text = "Anton Weber met the envoys without revealing the names of the mediators."
    assert _class(text, "revealing", "the names of the mediators") == "refusal"


def test_informing_and_telling_about_report_words() -> None:
    body = (
        "The Ruritanian president's press service informed that special attention would be "
        "paid to trade during the talks."
    )
    assert ("informed", "special attention would be paid to trade during the talks") in said(body)
    body = "President Anton Weber told about the results of the joint work of the two teams."
    assert ("told", "the results of the joint work of the two teams") in said(body)


def test_the_one_quoted_speaks_not_the_outlet_quoting() -> None:
    body = (
        "The Example Daily quoted Foreign Minister Maria Lopez as urging the rebels to accept "
        "the truce."
    )
    found = [s for s in statements(body) if s.cue.text == "urging"]
    assert [s.speaker_span.text if s.speaker_span else None for s in found] == [
        "Foreign Minister Maria Lopez"
    ]


def test_highlighting_a_thing_is_a_statement() -> None:
    # (A sentence that names a meeting: the cue-agnostic reader leaves it to the events.)
    body = (
        "At a press conference after the meeting, Foreign Minister Maria Lopez highlighted "
        "the close ties between the two neighbours."
    )
    assert ("highlighted", "the close ties between the two neighbours") in said(body)


def test_reports_at_large_are_the_press() -> None:
    body = (
        "A rebel delegation flew on Sunday to the capital for peace talks with the "
        "government, reports said."
    )
    assert not any(cue == "said" for cue, _ in said(body))


def test_a_sentence_spliced_after_a_topic_is_its_own() -> None:
    body = (
        "Prime Minister Anton Weber pointed to the consistent policy of the government to "
        "keep relations with all neighbours, Prime Minister Anton Weber reaffirmed that the "
        "relations must rest on mutual respect."
    )
    assert said(body) == {
        (
            "pointed",
            "the consistent policy of the government to keep relations with all neighbours",
        ),
        ("reaffirmed", "the relations must rest on mutual respect"),
    }


def test_a_purpose_is_not_what_was_said() -> None:
    text = "Ten families visit the Red Cross office each week to report the loss of a relative."
    assert _class(text, "report", "the loss of a relative") == "desire"
    # A verb's own `to` clause is its content, not a purpose.
    text = "Maria Lopez urged the rebels to report the loss of the convoy."
    assert _class(text, "urged", "the rebels to report the loss of the convoy") == "speech"


def test_a_paragraph_signed_by_a_dashed_attribution_line_is_quoted() -> None:
    body = (
        "I arrived in Lisbon today to reaffirm our readiness to support a just and lasting "
        "peace in the region.\n\n"
        "- wrote the Chairperson of the Organization, Foreign Minister Maria Lopez, on X.\n"
    )
    got = [
        (s.cue.text, s.kind, s.speaker_span.text if s.speaker_span else None)
        for s in statements(body)
        if s.content.text.startswith("I arrived in Lisbon today")
    ]
    assert got == [("wrote", "direct", "Maria Lopez")]


def test_an_act_told_inside_is_judged_as_the_finder_judges_it() -> None:
    # A finite verb of saying proper with a speaker of its own, inside another speaker's
    # report, is a second layer both for the finder and for `told_inside`.
    text = (
        "Envoys weigh a truce\n\nGeneva • Example News\n\nArland's spokeswoman Lena Hart said "
        "President Tomas Veer alleged that the border would stay open until spring."
    )
    found = found_statements(text)
    inner = next(s for s in found if s.cue.text == "alleged")
    assert told_inside(nlp.load()(text), inner, found) is None


def test_the_verbs_of_saying_proper_agree_with_the_saying_and_relaying_lists() -> None:
    # One meaning, one list: a verb the statement stage counts as saying or relaying
    # ("replied", "posted", "called on") is a verb of saying proper for the layer rule too.
    from kg.extract.saying_proper import UTTERING
    from kg.extract.statement_words import RELAYING, SAYING, SPEECH_VERBS

    assert (SAYING | RELAYING) & SPEECH_VERBS <= UTTERING
    assert {"replied", "posted", "called", "responded"} <= UTTERING
