"""The last word of an office's or body's name before its holder's name is no part of that
name ("Minister for Foreign Affairs | Lavrov", "Minsk Group | Igor Kovalev"), and a
government the gazetteer knows by its whole name is no leader's government (invented
sentences)."""

from __future__ import annotations

from test_actor_identity import _aliases

from kg import nlp
from kg.extract.name_spans import given_name_before, whole_names


def test_the_end_of_a_title_before_a_known_surname_is_no_given_name() -> None:
    doc = nlp.load()("Russia's Minister for Foreign Affairs Lavrov said the talks went well.")
    ents = [e for e in doc.ents if e.text == "Lavrov"]
    assert ents, [e.text for e in doc.ents]
    assert given_name_before(ents[0], lambda _word: False) is None


def test_a_name_after_a_group_named_by_a_title_is_the_holder_alone() -> None:
    doc = nlp.load()(
        "The Russian Co-Chair of the OSCE Minsk Group Igor Kovalev said a meeting would be held."
    )
    got = [e.text for e, _ in whole_names(doc) if e.label_ == "PERSON"]
    assert "Igor Kovalev" in got
    assert not any(name.startswith("Group") for name in got)


def test_a_known_government_of_national_unity_is_no_persons_name() -> None:
    names = _aliases(
        "Libya talks\n\nTunis • X\n\n"
        "The Government of National Accord said on Monday it would send a delegation to "
        "the talks in Tunis, and its prime minister said the ceasefire must hold.\n"
    )
    assert "National Accord" not in names
