"""What is not a statement although a reader would take it for one (a deed named by a verb
that is not one of saying, the writer's gloss, an infinitive of purpose, a happening as
subject, the press reporting the story, a headline that restates the body), and thanks,
which are a statement."""

from __future__ import annotations

import re

from test_statements import run

from kg import nlp
from kg.extract.contents import statement_says_nothing
from kg.model import Span, Statement
from kg.reading import parse_txt


def _said(text: str) -> set[tuple[str, str]]:
    _art, sts, _name = run(text)
    return {(s.cue.text, s.content.text) for s in sts}


def test_a_deed_is_no_statement() -> None:
    got = _said(
        "Harbour news\n\nLisbon • X\n\n"
        "Olena Marchuk severed ties with the northern republic in 2019.\n\n"
        "Olena Marchuk cancelled the minister's trip to the capital.\n\n"
        "Olena Marchuk questioned the minister's account of the crossing.\n"
    )
    assert {cue for cue, _ in got} == {"questioned"}


def test_a_happening_says_nothing() -> None:
    got = _said(
        "Harbour news\n\nLisbon • X\n\n"
        "According to a report by the Harbour Institute, the conflict has claimed the lives "
        "of 4,000 people.\n"
    )
    assert {cue for cue, _ in got} == {"According to"}


def test_the_press_reporting_the_story_is_no_speaker() -> None:
    got = _said(
        "Harbour news\n\nLisbon • X\n\n"
        "Local media reported that the envoy had landed in Doha.\n\n"
        "According to state television, the talks will resume on Friday.\n\n"
        "Olena Marchuk said the talks will resume on Friday.\n"
    )
    assert got == {("said", "the talks will resume on Friday")}


def test_a_labelled_headline_restating_the_body_is_no_statement_of_its_own() -> None:
    restated = _said(
        "Olena Marchuk: Kyiv will not send a delegation to Doha\n\nLisbon • X\n\n"
        "Olena Marchuk said Kyiv will not send a delegation to Doha this week.\n"
    )
    assert {cue for cue, _ in restated} == {"said"}
    own = _said(
        "Olena Marchuk: the harbour ferry must run again in spring\n\nLisbon • X\n\n"
        "Olena Marchuk said Kyiv will not send a delegation to Doha this week.\n"
    )
    assert {cue for cue, _ in own} == {"said", ":"}


def _pipeline_said(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    x = pipeline.extract(parse_txt(text, "t.txt"))
    return {s.cue.text for s in x.statements}


def test_a_headline_act_restating_the_body_is_dropped(pipeline) -> None:  # type: ignore[no-untyped-def]
    cues = _pipeline_said(
        pipeline,
        "Olena Marchuk welcomes reopening of the harbour crossing\n\nLisbon • X\n\n"
        "Olena Marchuk on Monday welcomed the reopening of the harbour crossing.\n",
    )
    assert cues == {"welcomed"}


def test_an_infinitive_of_purpose_is_no_statement() -> None:
    text = (
        "The two neighbours held long talks in Madrid to restore ties. Spain vowed to restore ties."
    )
    doc = nlp.load()(text)

    def stance(cue: str, nth: int) -> Statement:
        start = [m.start() for m in re.finditer(cue, text)][nth]
        content = text.index("ties", start)
        return Statement(
            speaker=None,
            cue=Span.of(text, start, start + len(cue)),
            content=Span.of(text, content, content + 4),
            kind="indirect",
            evidence=Span.of(text, 0, len(text)),
        )

    assert statement_says_nothing(doc, stance("restore", 0))  # what the talks were for
    assert not statement_says_nothing(doc, stance("vowed", 0))  # what Spain said it would do


def test_thanks_relayed_by_another_speaker_are_a_statement_of_their_own() -> None:
    got = _said(
        "Harbour news\n\nLisbon • X\n\n"
        "Olena Marchuk welcomed the reopening of the crossing and thanked Portugal for hosting "
        "the harbour talks, a spokesman said.\n"
    )
    assert ("thanked", "Portugal for hosting the harbour talks") in got
