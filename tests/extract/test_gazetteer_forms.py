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
    ],
)
def test_a_written_form_finds_its_entry(form: str, entry: str) -> None:
    found = gazetteer.load().lookup(form)
    assert found is not None and found.id == entry
