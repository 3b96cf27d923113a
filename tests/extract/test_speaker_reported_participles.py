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
