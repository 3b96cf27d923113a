"""Office holders and bodies the gazetteer knows under the forms wire copy writes them in."""

from __future__ import annotations

import pytest

from kg import gazetteer


@pytest.mark.parametrize(
    ("form", "entry"),
    [
        ("State Dept", "united-states/mfa"),
        ("ISPR", "pakistan/ispr"),
        ("Inter Services Public Relations", "pakistan/ispr"),
        ("Faisal bin Farhan al-Saud", "faisal-bin-farhan"),
        ("Abd Rabbo Mansour Hadi", "abdrabbuh-mansur-hadi"),
        ("Kyrgyz Republic", "kyrgyzstan"),  # the state's official name
        # British spellings of a body listed in American ones
        ("Organisation for Security and Cooperation in Europe", "osce"),
        ("the Organisation for Security and Co-operation in Europe", "osce"),
    ],
)
def test_a_written_form_finds_its_entry(form: str, entry: str) -> None:
    found = gazetteer.load().lookup(form)
    assert found is not None and found.id == entry


def test_spelling_folds_british_forms_only() -> None:
    assert gazetteer.spelling("ministry of defence") == "ministry of defense"
    assert gazetteer.spelling("co operation council") == "cooperation council"
    assert gazetteer.spelling("defenceless") == "defenceless"  # (a word, not a part of one)


def test_spelling_is_asked_once_a_form() -> None:
    """Kept per form (each lookup of a name the gazetteer lacks asks it); the same answer."""
    gazetteer.spelling.cache_clear()
    first = gazetteer.spelling("centre for the programme of labour")
    assert first == "center for the program of labor"
    assert gazetteer.spelling("centre for the programme of labour") == first
    info = gazetteer.spelling.cache_info()
    assert (info.hits, info.misses) == (1, 1)
