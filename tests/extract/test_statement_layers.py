"""One statement where two layers tell the same words: a stance the act stage reads inside
someone's words, and a source the words were reported in. Sentences invented."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.pipeline import Pipeline


def said(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    return [(s.cue.text, s.content.text) for s in extract(pipeline, text).statements]


def test_a_deed_inside_what_was_said_is_part_of_it(pipeline: Pipeline) -> None:
    text = (
        "Border clashes\n\n"
        "Azerbaijani President Ilham Karimov said that the units of Armenia's armed forces in "
        "the region had committed terrorist acts yesterday, killing police officers and "
        "civilians.\n"
    )
    assert said(pipeline, text) == [
        (
            "said",
            "the units of Armenia's armed forces in the region had committed terrorist acts "
            "yesterday, killing police officers and civilians",
        )
    ]


def test_an_agreement_a_spokesman_tells_is_his_statement(pipeline: Pipeline) -> None:
    text = (
        "Talks in Hanoi\n\n"
        "Spokesman Wang Lei said on Friday that the vice foreign minister held talks in Hanoi. "
        "They agreed that bilateral relations have maintained good momentum, he said.\n"
    )
    got = {s.content.text: s for s in extract(pipeline, text).statements}
    told = got["They agreed that bilateral relations have maintained good momentum"]
    assert told.cue.text == "said"
    assert not any(s.cue.text == "agreed" for s in got.values())
    # The statement tells the agreement's type in the act's stead.
    assert told.plover == "AGREE"


def test_the_source_of_a_report_is_not_a_second_statement(pipeline: Pipeline) -> None:
    text = (
        "Envoys meet in Geneva\n\n"
        "UN Secretary-General Anna Lindqvist has welcomed the progress made in talks between "
        "Norway and Chile, according to a statement released on Wednesday.\n"
    )
    # The source also ends what the act stage read as the words.
    assert said(pipeline, text) == [
        ("welcomed", "the progress made in talks between Norway and Chile")
    ]
