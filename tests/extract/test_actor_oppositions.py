from __future__ import annotations

from extract_helpers import article

from kg.extract.pipeline import Pipeline


def _names(pipeline: Pipeline, text: str) -> dict[str, set[str]]:
    out = pipeline.extract(article(text))
    return {a.name: set(a.aliases) for a in out.actors}


def test_the_opposition_is_one_party_of_the_talks(pipeline: Pipeline) -> None:
    names = _names(
        pipeline,
        "Talks resume\n\nLIMA • X\n\n"
        "The Peruvian government and the opposition will meet again in Quito next week, "
        "the mediators said on Monday. The opposition said it wanted new elections, while "
        "the government called for calm. Talks between the government and the opposition "
        "broke down in March.\n",
    )
    opposition = [n for n in names if n.endswith("opposition")]
    # One actor for every mention of the word as a party.
    assert opposition == ["opposition"]


def test_opposition_forces_and_a_state_adjective(pipeline: Pipeline) -> None:
    names = _names(
        pipeline,
        "Deal near\n\nCARACAS • X\n\n"
        "Chile's government and opposition forces agreed on Tuesday to form a commission. "
        "The Chilean opposition said the commission would meet within a week.\n",
    )
    assert "Chilean opposition" in names
    assert "opposition forces" in names["Chilean opposition"]


def test_a_stance_or_a_modifier_is_no_party(pipeline: Pipeline) -> None:
    names = _names(
        pipeline,
        "Plan rejected\n\nBEIJING • X\n\n"
        "China restated its opposition to the plan on Friday, the foreign ministry said. "
        "Opposition leaders in the region were not consulted, and Japan's opposition to "
        "the deployment is well known.\n",
    )
    assert not [n for n in names if "opposition" in n.lower()]
