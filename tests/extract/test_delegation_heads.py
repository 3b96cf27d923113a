"""A body's delegation named only in the title of its head ("Jane Roe, head of the X
delegation") is an actor of the story: the title says the delegation is there."""

from __future__ import annotations

from extract_helpers import article

from kg.extract.pipeline import Pipeline


def test_the_delegation_in_its_heads_title_is_an_actor(pipeline: Pipeline) -> None:
    text = (
        "Rebels ready to talk\n\n"
        "Marta Ruiz, head of the FRL delegation, said on Monday the Free Rivers League would "
        "return to the talks in Northtown next month.\n"
    )
    x = pipeline.extract(article(text))
    assert [a.name for a in x.actors if a.type == "Delegation"] == ["FRL delegation"]


def test_a_body_in_a_persons_title_makes_no_delegation(pipeline: Pipeline) -> None:
    text = (
        "Rebels ready to talk\n\n"
        "Marta Ruiz, a spokeswoman for the Free Rivers League, said on Monday the group "
        "would return to the talks in Northtown next month.\n"
    )
    x = pipeline.extract(article(text))
    assert not [a for a in x.actors if a.type == "Delegation"]
