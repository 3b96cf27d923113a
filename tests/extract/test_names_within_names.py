"""A gazetteer alias inside a longer capitalised name names no actor of its own
(kg/nlp.py `names_within_names`), and a known group named with its group noun is a party
(kg/extract/modifier_bodies.py)."""

from __future__ import annotations

from extract_helpers import extract, names

from kg.extract.pipeline import Pipeline


def story(body: str) -> str:
    return f"Talks go on\n\nLondon • X\n\n(Agency) – {body}\n"


def test_an_alias_heading_a_longer_name_is_that_name(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        story(
            "A spokesman for the Alliance for Unity and Renewal said on Monday that the "
            "coalition would boycott the vote."
        ),
    )
    found = {a.name for a in x.actors}
    assert "NATO" not in found
    assert "Alliance for Unity and Renewal" in found


def test_the_alias_alone_still_names_its_body(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        story(
            "Defence ministers met in Brussels on Monday, and the Alliance said it would send "
            "more troops to the region."
        ),
    )
    assert "NATO" in {a.name for a in x.actors}


def test_a_known_group_with_its_group_noun_takes_part(pipeline: Pipeline) -> None:
    x = extract(pipeline, story("Iran and the P5+1 group held talks in Geneva on Monday."))
    [t] = [e for e in x.events if e.kind == "negotiation_round"]
    assert names(x, t.participants) == {"Iran", "P5+1"}
