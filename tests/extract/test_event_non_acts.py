"""What is no event of the guidelines: an event word no named party takes part in, and the
light verb that names an event already read (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import check_spans

from kg.extract.event_acts import PARTY_KINDS, with_parties
from kg.extract.event_coref import EventResult
from kg.model import Event, Span
from kg.reading import parse_txt


def extract(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = pipeline.extract(parse_txt(f"Headline\n\nParis • X\n\n{body}\n", "<test>"))
    check_spans(x)
    return x


def test_past_act_with_no_party_named_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The island has been ruled by generals since the 2014 coup, and elections remain far off. "
        "General Tomas Vell seized power on the island in a coup in 2014.",
    )
    names = {a.id: a.name for a in x.actors}
    # (The coup told with its doer is an event; the one told without any is none.)
    others = [[names[p] for p in e.participants] for e in x.events if e.kind == "other"]
    assert others == [["Tomas Vell"]]


def test_gatherings_keep_without_parties() -> None:
    text = "the talks and the handover"
    talks = Event(kind="negotiation_round", evidence=Span.of(text, 0, 9), participants=[])
    handover = Event(kind="other", evidence=Span.of(text, 14, 26), participants=[])
    signed = Event(kind="other", evidence=Span.of(text, 14, 26), participants=["a1"])
    # An act of the act stage keeps a doer the text names by a common noun ("the police").
    arrest = Event(kind="other", evidence=Span.of(text, 14, 26), participants=[])
    result = EventResult(
        events=[talks, handover, signed, arrest], triggers=[[(4, 9)], [(18, 26)], [], []]
    )
    assert with_parties(result, [arrest]) == [0, 2, 3]
    assert result.events == [talks, signed, arrest]
    assert result.triggers == [[(4, 9)], [], []]
    assert "negotiation_round" not in PARTY_KINDS


def test_declared_truce_is_one_ceasefire(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Lindovian President Arno Velk declared a truce with the northern rebels on Sunday, "
        "and the guns fell silent along the river.",
    )
    assert [e.kind for e in x.events] == ["ceasefire"]
