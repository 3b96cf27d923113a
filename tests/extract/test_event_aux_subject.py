"""A subject the parser hangs on the auxiliary, when an adverbial stands between them ("X had
earlier on Tuesday held talks with Y"), or on the verb of a raising adjective ("X is due to meet
Y"), still takes part in the event (made-up sentences)."""

from __future__ import annotations

from extract_helpers import check_spans, names

from kg.reading import parse_txt


def extract(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = pipeline.extract(parse_txt(f"News of the day\n\nLondon • X\n\n{body}\n", "<test>"))
    check_spans(x)
    return x


def test_subject_on_the_auxiliary_holds_the_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norland's Foreign Minister Paul Grey arrived in Tarvia on Monday.\n\n"
        "Grey had earlier on Tuesday held a bilateral meeting with Tarvian Deputy Foreign "
        "Minister Anna Lind in Belmor."
    )
    x = extract(pipeline, body)
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings
    assert {"Paul Grey", "Anna Lind"} <= set(names(x, meetings[0].participants))


def test_subject_on_the_auxiliary_meets(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norland's Foreign Minister Paul Grey arrived in Tarvia on Monday.\n\n"
        "Grey had earlier on Tuesday met Tarvian Deputy Foreign Minister Anna Lind in Belmor."
    )
    x = extract(pipeline, body)
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings
    assert {"Paul Grey", "Anna Lind"} <= set(names(x, meetings[0].participants))


def test_due_to_meet_takes_the_subject_of_is(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Norland's Foreign Minister Paul Grey arrived in Tarvia on Monday.\n\n"
        "Grey, meanwhile, is due to meet on Wednesday with Tarvian Deputy Foreign Minister "
        "Anna Lind."
    )
    x = extract(pipeline, body)
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert meetings
    assert {"Paul Grey", "Anna Lind"} <= set(names(x, meetings[0].participants))
