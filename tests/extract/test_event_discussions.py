"""Encounters told by words of discussion ("X and Y discussed", "discussed ... with Y",
"consult with", "had a talk with") or by "contacted Y"; and the other senses of those words,
which tell no encounter."""

from __future__ import annotations

from extract_helpers import extract, names
from spacy.language import Language

from kg.extract.event_discussions import discussed_by_phone


def events(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    return x, x.events


def test_two_named_doers_discussed(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Foreign Minister Anna Lind and President Paul Grey on Monday discussed trade in Oslo."
    x, found = events(pipeline, body)
    assert [e.kind for e in found] == ["meeting"]
    assert names(x, found[0].participants) == {"Anna Lind", "Paul Grey"}


def test_discussed_with_a_named_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Foreign Minister Anna Lind discussed the border on Monday with President Paul Grey."
    x, found = events(pipeline, body)
    assert [e.kind for e in found] == ["meeting"]
    assert names(x, found[0].participants) == {"Anna Lind", "Paul Grey"}


def test_contacted_a_person_is_a_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    x, found = events(pipeline, "President Anna Lind contacted President Paul Grey on Sunday.")
    assert [e.kind for e in found] == ["phone_call"]
    assert names(x, found[0].participants) == {"Anna Lind", "Paul Grey"}


def test_a_talk_with_a_party_is_a_conversation(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "President Anna Lind had a long talk on Monday with President Paul Grey."
    assert [e.kind for e in events(pipeline, body)[1]] == ["phone_call"]


def test_discussion_words_without_parties_tell_no_encounter(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "The report by Anna Lind discusses the economy of Norway at length.",
        "The border was discussed by Anna Lind on Monday.",
        "There is talk of sanctions, Anna Lind said on Monday.",
        "Paul Grey was not available when contacted by Reuters on Monday.",
    ):
        assert events(pipeline, body)[1] == []


def test_the_purpose_of_a_meeting_is_no_second_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Anna Lind met Paul Grey in Oslo on Monday to discuss trade with President Tom Ode."
    assert [e.kind for e in events(pipeline, body)[1]] == ["meeting"]


def test_what_is_discussed_at_a_named_encounter_is_that_encounter(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body, kind in (
        ("Anna Lind and Paul Grey discussed trade in a phone call on Friday.", "phone_call"),
        ("Anna Lind and Paul Grey discussed trade at their meeting in Oslo on Friday.", "meeting"),
    ):
        assert [e.kind for e in events(pipeline, body)[1]] == [kind]


def test_a_discussion_by_phone_is_a_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "President Anna Lind discussed the border with President Paul Grey by phone on Monday.",
        "On Monday, President Anna Lind discussed by phone with her counterpart Paul Grey the "
        "situation on the border.",
        "President Anna Lind and President Paul Grey discussed the border by telephone on Monday.",
        "President Anna Lind discussed the border with President Paul Grey over the phone.",
    ):
        x, found = events(pipeline, body)
        assert [e.kind for e in found] == ["phone_call"], body
        assert names(x, found[0].participants) == {"Anna Lind", "Paul Grey"}, body


def test_a_discussion_by_phone_without_parties_is_no_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    for body in (
        "The border was discussed by phone on Monday, Anna Lind said.",
        "Anna Lind said the report discusses what was agreed by phone in May.",
    ):
        assert [e.kind for e in events(pipeline, body)[1]] == [], body


def test_the_phone_as_what_is_discussed_is_no_call(nlp: Language) -> None:
    # "the phone records" are what was discussed, not the medium (no "by", "over", "on").
    for body, by_phone in (
        ("President Anna Lind discussed the phone records with President Paul Grey.", False),
        ("President Anna Lind discussed the border with President Paul Grey over the phone.", True),
    ):
        verb = next(t for t in nlp(body) if t.lower_ == "discussed")
        assert discussed_by_phone(verb) is by_phone, body


def test_telephone_exchanges_are_a_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "General Tom Ode and General Paul Grey held telephone exchanges on Sunday."
    x, found = events(pipeline, body)
    assert [e.kind for e in found] == ["phone_call"]
    assert names(x, found[0].participants) == {"Tom Ode", "Paul Grey"}
