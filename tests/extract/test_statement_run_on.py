"""A reported complement the parser hung partly on the cue runs on: a gerund or bare infinitive
joined to a finite cue, and a `to` clause right after an object noun, complete what was said;
a participle of saying after a comma is still a statement of its own. Sentences invented."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.pipeline import Pipeline


def _contents(pipeline: Pipeline, text: str) -> dict[str, str]:
    return {s.cue.text: s.content.text for s in extract(pipeline, text).statements}


TEXT = (
    "Minister meets Tunisian envoy\n\n"
    "Maltese Foreign Minister Carla Zammit met the Tunisian envoy in Valletta on Monday.\n\n"
    "Zammit called on both parties to resume the ferry link, share catch data from the "
    "shared banks, settle old claims and open a hotline.\n\n"
    "Zammit underscored her shared commitment to the rescue of migrants and to facilitating "
    "the transfer of aid to the camps.\n\n"
    "Zammit also affirmed Malta's keenness to restore calm along the coast.\n\n"
    "She stressed the talks were difficult, adding that the envoy would return in May.\n"
)


def test_bare_infinitives_joined_to_the_cue_continue_the_demand(pipeline: Pipeline) -> None:
    got = _contents(pipeline, TEXT)
    assert got["called"].endswith("settle old claims and open a hotline")


def test_gerund_joined_to_the_cue_continues_the_object(pipeline: Pipeline) -> None:
    got = _contents(pipeline, TEXT)
    assert got["underscored"].endswith("and to facilitating the transfer of aid to the camps")


def test_to_clause_after_an_object_noun_completes_it(pipeline: Pipeline) -> None:
    got = _contents(pipeline, TEXT)
    assert got["affirmed"] == "Malta's keenness to restore calm along the coast"


def test_participle_of_saying_stays_a_statement_of_its_own(pipeline: Pipeline) -> None:
    got = _contents(pipeline, TEXT)
    assert got["stressed"] == "the talks were difficult"
    assert got["adding"] == "the envoy would return in May"
