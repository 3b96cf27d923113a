"""Verbs of saying the parse hangs on the wrong clause: a participle set off after a reported
wish or thought goes on with the reporter, not with the subject of the clause it hangs on; a
conjunct right after a relative clause goes on with the relative's antecedent. Sentences
invented."""

from __future__ import annotations

from extract_helpers import NEWS_HEAD, extract

from kg.extract.pipeline import Pipeline


def test_a_participle_after_a_reported_wish_is_the_reporters(pipeline: Pipeline) -> None:
    body = (
        "Ostria and Kessland held talks in Geneva. Envoy Lena Varga added that Kessland "
        "wanted to see the talks gaining pace soon, saying both sides are running out of time."
    )
    x = extract(pipeline, NEWS_HEAD + body)
    names = {a.id: a.name for a in x.actors}
    speakers = {s.cue.text: names.get(s.speaker or "") for s in x.statements}
    assert speakers.get("saying") == "Lena Varga"


def test_a_verb_after_a_relative_clause_goes_on_with_it(pipeline: Pipeline) -> None:
    body = (
        "Both defence ministers initialled the accord in the presence of Ostrian Foreign "
        'Minister Lena Varga, who admitted there was "much left to settle" but said the '
        'accord will let farmers "plan their harvests again".'
    )
    x = extract(pipeline, NEWS_HEAD + body)
    names = {a.id: a.name for a in x.actors}
    speakers = {s.cue.text: names.get(s.speaker or "") for s in x.statements}
    assert speakers.get("said") == "Lena Varga"


def _by_cue(pipeline: Pipeline, body: str) -> dict[str, str | None]:
    x = extract(pipeline, NEWS_HEAD + body)
    names = {a.id: a.name for a in x.actors}
    return {s.cue.text: names.get(s.speaker or "") for s in x.statements}


def test_a_participle_after_a_reports_clause_is_the_denier(pipeline: Pipeline) -> None:
    said = _by_cue(
        pipeline,
        "Kenya's President Lena Varga and opposition leaders signed the agreement on Wednesday. "
        "Opposition leader Pavel Kessel did not sign it.\n\n"
        "Government spokesman Omar Dorn denied reports that Kessel's convoy came under fire "
        "during the demonstration, saying police had been told to stop any attempt to disrupt "
        "the signing.",
    )
    assert said.get("denied") == "Omar Dorn"
    assert said.get("saying") == "Omar Dorn"


def test_a_participle_after_a_participles_report_is_the_clauses_subject(
    pipeline: Pipeline,
) -> None:
    said = _by_cue(
        pipeline,
        "Foreign Minister Pavel Kessel met his counterpart in Baghdad on Sunday. Kessel touched "
        "upon the country's participation in the summit held last Saturday, confirming that "
        "the government had held necessary consultations at the summit, stating that the "
        "country continues its efforts to enhance peace.",
    )
    assert said.get("stating") == "Pavel Kessel"
