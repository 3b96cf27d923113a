"""A title a body or a state gives, taken for a person's name, is its holder's where the text
names the holder right after it or gives the holder that title (invented texts)."""

from __future__ import annotations

import pytest
from extract_helpers import extract

from kg import gazetteer
from kg.extract.actor_held_titles import held_title
from kg.extract.pipeline import Pipeline


def _known(words: str) -> bool:
    gz = gazetteer.default()
    return bool(gz.lookup(words) or gz.adjective(words))


@pytest.mark.parametrize(
    ("surface", "title"),
    [
        ("High Commissioner", True),
        ("Ghana High Commissioner", True),
        ("NCF Chairman", True),
        ("EU Special Representative", True),
        ("Kenyan Minister of Trade", True),
        ("Minister for Water Affairs", True),
        ("Kwame Mensah", False),
        ("Prince Tomas", False),
        ("Chairman Arvo", False),
        ("Harbor Lodge Chairman", False),
    ],
)
def test_a_title_after_the_body_that_gives_it_is_no_name(surface: str, title: bool) -> None:
    assert held_title(surface, _known) is title


def test_a_title_with_its_holder_named_in_apposition_is_the_holder(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Island forum ends\n\nThe NCF Chairman, Ghana's Foreign Minister Kwame Otieno Mensah, "
        "closed the session on Friday. Mensah said the members had agreed on a fishing code.\n",
    )
    names = {a.name for a in x.actors}
    assert "NCF Chairman" not in names
    holder = next(a for a in x.actors if a.name.endswith("Mensah"))
    assert "NCF Chairman" in {m.text for m in holder.mentions}


def test_a_title_with_its_holder_named_after_the_post_is_the_holder(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Envoy hopeful\n\nGhana High Commissioner in Lagos Kwame Otieno Mensah said on Monday "
        "that the border talks would resume next month.\n",
    )
    names = {a.name for a in x.actors}
    assert "High Commissioner" not in names
    speakers = {a.id: a.name for a in x.actors}
    assert [speakers.get(s.speaker) for s in x.statements] == ["Kwame Otieno Mensah"]


def test_a_title_with_no_holder_after_it_is_the_one_person_holding_it(pipeline: Pipeline) -> None:
    # The post is told by a state's adjective and a portfolio, with no name after it: the one
    # person the story gave that post to holds it.
    x = extract(
        pipeline,
        "Trade fair opens\n\nKwame Mensah, Ghana's Trade Minister, opened the fair in Accra on "
        "Monday. Later the Ghanaian Minister of Trade said exports of cocoa would grow this "
        "year.\n",
    )
    assert "Ghanaian Minister of Trade" not in {a.name for a in x.actors}
    speakers = {a.id: a.name for a in x.actors}
    assert [speakers.get(s.speaker or "") for s in x.statements] == ["Kwame Mensah"]
