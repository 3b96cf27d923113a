"""A name before the event word places it only when no preposition does ("the Aleppo relief
talks in Vienna" are held in Vienna), and a name hyphened to another names the two sides, not
the place ("the India-Sri Lanka commission meeting")."""

from __future__ import annotations

import pytest

from kg.extract.event_places import places
from kg.nlp import load
from kg.reading import parse_txt

BODY = "\n\nX • Y\n\nThe officials met on Friday and the meeting ended.\n"


def _place(headline: str) -> str | None:
    article = parse_txt(headline + BODY, "<test>")
    doc = load()(article.text)
    head = next(t for t in doc if t.lower_ in ("meeting", "talks"))
    location, _venue = places(head, "meeting", article, None)
    return location.name if location is not None else None


@pytest.mark.parametrize(
    "headline",
    [
        "Syria, Turkey to hold Idlib refugee talks in Ankara",
        "Serbia, Kosovo to hold Mitrovica border talks in Brussels",
    ],
)
def test_a_preposition_places_the_talks_before_a_compounded_name(headline: str) -> None:
    assert _place(headline) == headline.rsplit(" ", 1)[-1]


@pytest.mark.parametrize(
    "headline",
    ["India-Sri Lanka Joint Commission Meeting Held", "Bhutan-Sri Lanka Trade Talks Concluded"],
)
def test_a_hyphened_pair_of_names_is_no_place(headline: str) -> None:
    assert _place(headline) is None
