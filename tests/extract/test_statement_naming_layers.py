"""Cues of naming a thing so, answers to an offer, and the layers of a nested attribution: a
`dub` verb with the name it gives reports words, with the thing alone it marks it; accepting
or declining an offer is a deed; a body's or a document's `according to` whose clause is
another speaker's statement is that statement's channel, not a second statement. Sentences
invented."""

from __future__ import annotations

from extract_helpers import NEWS_HEAD, extract, said

from kg.extract.pipeline import Pipeline


def test_naming_verbs_with_the_name_given_are_cues() -> None:
    body = "Foreign Minister Lena Varga branded the border accord illegal on Monday."
    assert ("branded", "the border accord illegal") in said(body)
    body = "Prime Minister Tomas Reld has labelled the mediation offers as meddling."
    assert ("labelled", "the mediation offers as meddling") in said(body)


def test_naming_verbs_with_the_thing_alone_are_deeds() -> None:
    body = "Foreign Minister Lena Varga branded her new line of olive oil last spring."
    assert not {cue for cue, _ in said(body)} & {"branded"}


def _cues(pipeline: Pipeline, body: str) -> set[str]:
    """The cues the whole pipeline keeps (the channel stage runs after the statement stage)."""
    return {s.cue.text for s in extract(pipeline, NEWS_HEAD + body).statements}


def test_a_body_source_after_a_connective_is_the_channel(pipeline: Pipeline) -> None:
    body = (
        "Talks on the canal went on for a week. However, Defence Minister Anton Weber told "
        "Premier Tomas Reld that a plan for shared tolls was finished, according to the "
        "Valdorian foreign ministry."
    )
    assert _cues(pipeline, body) == {"told"}


def test_a_document_source_with_its_full_stop_is_no_second_statement(pipeline: Pipeline) -> None:
    body = (
        "Valdoria's foreign ministry said the call lasted an hour, according to a statement "
        "by the Valdorian foreign ministry. \u201cWe both stressed the value of patience in "
        "these talks,\u201d Lena Varga said, according to a ministry readout. It was "
        "not clear who placed the call."
    )
    assert "according to" not in _cues(pipeline, body)


def test_taking_up_or_turning_down_an_offer_is_a_deed(pipeline: Pipeline) -> None:
    body = (
        "Kessland invited the rebel leader to talks in Geneva. Rebel leader Tomas Reld has "
        "since accepted the invitation."
    )
    assert "accepted" not in _cues(pipeline, body)
    body = "The militia also declined the offer of a visiting day at the prison."
    assert "declined" not in _cues(pipeline, body)


def test_placing_a_call_is_an_event_and_a_call_for_something_is_words(
    pipeline: Pipeline,
) -> None:
    body = (
        "As the clashes spread, President Tomas Reld made a phone call on Friday to Lena "
        "Varga, who leads Ostria."
    )
    assert "made" not in _cues(pipeline, body)
    assert "made" not in _cues(pipeline, "Envoy Lena Varga made calls to three governors.")
    assert "made" in _cues(pipeline, "President Tomas Reld made a call for calm in Kessel.")
