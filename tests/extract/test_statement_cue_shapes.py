"""Shapes that tell a deed, a plan or nothing said, whatever the cue's verb (`cue_acts`): words
to come, a refusal to act, a deed as the means of a response, a content of circumstances only,
a quoted title in a deed's object, and a headline label that is a clause. Sentences invented."""

from __future__ import annotations

from extract_helpers import classify_cue as _class
from extract_helpers import cue_spans as _spans
from extract_helpers import found_statements

from kg import nlp
from kg.extract.cue_class import cue_class, reports_speech

HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def _cues(body: str) -> set[str]:
    return {s.cue.text for s in found_statements(HEAD + body)}


def test_words_to_come_are_no_statement() -> None:
    text = "The Norland council will announce the new timetable next week."
    assert _class(text, "announce", "the new timetable") == "possibility"
    text = "The mediator Karl Berg is yet to announce the venue of the round."
    assert _class(text, "announce", "the venue of the round") == "possibility"
    assert "announce" not in _cues(text + "\n")


def test_words_a_verb_entails_are_said() -> None:
    # "appeared to suggest", "forced him to admit": the saying is told as done.
    text = "The panel forced the banker to admit that the fund had lost money."
    assert _class(text, "admit", "that the fund had lost money") == "speech"
    text = "Karl Berg appeared to suggest that the border could move."
    assert _class(text, "suggest", "that the border could move") == "speech"
    # "we will tell them" in quoted words is said as it is told.
    text = "Lopez said: we will tell them the harbour stays closed."
    assert _class(text, "tell", "them the harbour stays closed") == "speech"
    # The first person above an infinitive says it as it is told, too.
    text = "Lopez said: I have to say that harbour dues are far too high."
    assert _class(text, "say", "that harbour dues are far too high") == "speech"
    text = "Berg said: we want to stress that the ferry keeps running."
    assert _class(text, "stress", "that the ferry keeps running") == "speech"


def test_a_refusal_to_act_is_no_statement() -> None:
    text = "Westmark refused to accept the conditions of the lease."
    assert _class(text, "refused", "to accept the conditions of the lease") == "act"
    text = "The militia declined to lift its blockade of the port."
    assert _class(text, "declined", "to lift its blockade of the port") == "act"
    # A refusal to give words is one already ("refusal"); endorsing is giving words.
    text = "The senator refused to endorse the nominee for the court."
    assert _class(text, "refused", "to endorse the nominee for the court") == "speech"


def test_a_deed_done_in_response_is_no_statement() -> None:
    text = "Westmark responded by expelling two Norland diplomats."
    assert _class(text, "responded", "expelling two Norland diplomats") == "act"
    assert "responded" not in _cues(text + "\n")
    # Words given in response are words.
    text = "Westmark responded by offering a new round of talks."
    assert _class(text, "responded", "offering a new round of talks") == "speech"


def test_a_content_of_circumstances_only_says_nothing() -> None:
    text = "The minister extended an invitation from the queen to her counterpart."
    doc = nlp.load()(text)
    cue, words = _spans(text, "extended an invitation", "from the queen to her counterpart")
    assert cue_class(doc, cue, words) == "act"
    text = "The island government refused at the time."
    assert _class(text, "refused", "at the time") == "act"
    # A phrase of what is asked for is what was said.
    text = "The bishop appealed to both camps for calm."
    assert _class(text, "appealed", "to both camps for calm") == "speech"


def test_what_a_verb_without_an_object_is_about_is_said() -> None:
    # "to" and "with" after a verb with no object name what it is about, not a circumstance.
    text = "The harbour board objected to the new mooring fee."
    assert _class(text, "objected", "to the new mooring fee") == "speech"
    text = "Westmark disagreed with the boundary proposal of the commission."
    assert _class(text, "disagreed", "with the boundary proposal of the commission") == "speech"
    text = "The envoy responded to the claims of the island council."
    assert _class(text, "responded", "to the claims of the island council") == "speech"
    # A passive's subject is its object: where it went is a circumstance again.
    text = "The draft charter was submitted to the assembly in March."
    assert _class(text, "submitted", "to the assembly in March") == "act"
    text = "The charter must be signed and submitted to the assembly in March."
    assert _class(text, "submitted", "to the assembly in March") == "act"


def test_a_quoted_title_in_a_deed_s_object_is_no_quotation() -> None:
    text = "The two presidents signed a “charter of good neighbourliness” in March."
    doc = nlp.load()(text)
    spans = _spans(text, "signed", "a “charter of good neighbourliness”")
    assert cue_class(doc, *spans) == "act"
    assert not reports_speech(doc, *spans)


def test_a_headline_label_that_is_a_clause_names_no_speaker() -> None:
    body = "The summit of Norland and Westmark opened on Monday. Karl Berg leads Norland.\n"
    kicker = "Berg wins: Gates closed on summit guests in the capital\n\n"
    assert ":" not in {s.cue.text for s in found_statements(kicker + body)}
    label = "Karl Berg: Westmark must leave the summit now\n\n"
    assert ":" in {s.cue.text for s in found_statements(label + body)}
