"""Names found with `str.find` are the hits of the regular expression of their alternation."""

from __future__ import annotations

import re

import pytest

from kg.extract.form_hits import find_names, word_boundary
from kg.extract.name_spans import _glued_end, _glued_start

TEXTS = [
    "Ann Roe met Roe, then ROE: Roelof Roe's aide, and Ann Roe-Smith (Roe) left.",
    "(WNS)-Northland and Westland_news: Northland-Westland, U.S.-made, the U.S. said.",
    "Sir Bo and Bo Ek met Ek Bo; Bo-Bo; ÉkBo Ék Bo 2Bo Bo2 Bo_ Bo.",
    "",
]
NAMES = [
    ["Ann Roe", "Roe", "ROE", "Roelof"],
    ["Northland", "Westland", "U.S.", "U.S", "WNS", "US"],
    ["Bo Ek", "Ek Bo", "Bo", "Ék", "Ek"],
]


def _by_regex(text: str, names: list[str], before: str, after: str) -> list[tuple]:  # type: ignore[type-arg]
    pattern = re.compile(before + "(" + "|".join(re.escape(n) for n in names) + ")" + after)
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("names", NAMES)
def test_whole_words_as_the_regex_finds_them(text: str, names: list[str]) -> None:
    for order in (names, sorted(names, key=len, reverse=True), sorted(names, key=len)):
        found = list(find_names(text, order, word_boundary, word_boundary))
        assert found == _by_regex(text, order, r"\b", r"\b")


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("names", NAMES)
def test_unglued_names_as_the_regex_finds_them(text: str, names: list[str]) -> None:
    order = sorted(names, key=len, reverse=True)
    found = list(find_names(text, order, _glued_start, _glued_end))
    assert found == _by_regex(text, order, r"(?<![\w.-])", r"(?![\w-])")


def test_an_empty_name_is_refused() -> None:
    with pytest.raises(ValueError):
        list(find_names("Ann Roe", ["Roe", ""], word_boundary, word_boundary))
