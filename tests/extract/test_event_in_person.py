"""A conversation with no medium (`event_in_person`): placed where its parties are together
("in Tallinn", "on the sidelines of", "here", "during his visit") it is a meeting, else a call;
talks held by telephone are a call, talks by video link stay talks, and a videoconference
is a sitting of the sides. Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import extract

from kg.extract.event_kinds import mention_kind


def kind_of(nlp, text: str, word: str, kind: str) -> str:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    return mention_kind(head, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("President Anna Lind spoke with Premier Paul Grey in Tallinn on Friday.", "spoke"),
        ("Anna Lind spoke with Paul Grey on the sidelines of the Baltic summit.", "spoke"),
        ("The minister said he had talked with the Latvian ambassador here last week.", "talked"),
        ("Anna Lind talked with Paul Grey during her visit to Riga on Monday.", "talked"),
        ("She recalled her conversations with Chairman Paul Grey in Vilnius.", "conversations"),
        ("Anna Lind and Paul Grey had a face-to-face conversation on Monday.", "conversation"),
    ],
)
def test_a_placed_conversation_is_a_meeting(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert kind_of(nlp, text, word, "phone_call") == "meeting"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # No place: apart, as far as the text tells.
        ("President Anna Lind spoke with Premier Paul Grey on Friday.", "spoke"),
        # A time or a topic is no place.
        ("Anna Lind spoke with Paul Grey in September about the harbour.", "spoke"),
        ("Anna Lind spoke with Paul Grey on the visit of the trade envoys.", "spoke"),
        # A medium in the sentence keeps the call, wherever the two are.
        ("Anna Lind, in Tallinn, talked with Paul Grey in Riga by video link.", "talked"),
    ],
)
def test_an_unplaced_conversation_stays_a_call(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert kind_of(nlp, text, word, "phone_call") == "phone_call"


@pytest.mark.parametrize(
    ("text", "word", "kind", "want"),
    [
        ("Anna Lind and Paul Grey held their first talks, by telephone, on Monday.", "talks",
         "negotiation_round", "phone_call"),
        ("Anna Lind held talks over the phone with Paul Grey on Monday.", "talks",
         "negotiation_round", "phone_call"),
        # A video link is not read as a call: the gold keeps such sessions as talks or meetings.
        ("The two delegations held talks via videoconference on Monday.", "talks",
         "negotiation_round", "negotiation_round"),
    ],
)  # fmt: skip
def test_talks_by_telephone_are_a_call(nlp, text: str, word: str, kind: str, want: str) -> None:  # type: ignore[no-untyped-def]
    assert kind_of(nlp, text, word, kind) == want


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The contact group held a videoconference on Monday.", "videoconference",
         "negotiation_round"),
        ("The ministers held consultations via video conference on Monday.", "conference",
         "negotiation_round"),
        ("The two presidents held a video call on Monday.", "call", "phone_call"),
    ],
)  # fmt: skip
def test_a_videoconference_is_a_sitting(nlp, text: str, word: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind_of(nlp, text, word, "phone_call") == kind


def test_the_event_of_a_placed_conversation(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "President Anna Lind spoke with Premier Paul Grey in Tallinn on Friday."
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    assert [e.kind for e in x.events] == ["meeting"]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Estonian President Anna Lind held talks with the Latvian leadership in Riga on "
            "Monday. The visit is her first to Latvia since 2020.",
            "meeting",
        ),
        # Delegations facing each other negotiate, whatever the visit.
        (
            "An Estonian delegation held talks with the Latvian leadership in Riga on Monday. "
            "The visit is the first to Latvia since 2020.",
            "negotiation_round",
        ),
    ],
)
def test_the_talks_of_a_visit(pipeline, body: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Talks told first and a visit told after, one occurrence: the visit's meeting."""
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    assert [e.kind for e in x.events] == [kind]
