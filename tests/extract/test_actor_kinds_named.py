"""A body named before a word for its kind ("the X faction", "X rebels") is that body, an
actor of the story, not a modifier of another noun; names after "of" that follows a noun for
places are the places' (invented texts)."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.pipeline import Pipeline


def test_a_body_named_with_its_kind_is_an_actor(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Talks stall\n\nThe two sides met in Nairobi on Monday. Officials discussed the "
        "problems of the KLMA faction and other groups at length.\n",
    )
    assert "KLMA" in {a.name for a in x.actors}


def test_names_after_a_plural_place_noun_and_of_are_places(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Floods\n\nThe governor said relief had reached the towns of Rio Seco Alto and "
        "Punta Verde Baja on Sunday.\n",
    )
    names = {a.name for a in x.actors}
    assert not names & {"Rio Seco Alto", "Punta Verde Baja"}
