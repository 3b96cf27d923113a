"""A body's name the model cut short before its acronym in brackets is spelt out whole."""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.name_spans import whole_names


def names(text: str) -> list[str]:
    return [e.text for e, part in whole_names(nlp.load()(text)) if not part]


def test_a_name_cut_by_known_places_runs_to_its_acronym() -> None:
    got = names(
        "Talks were held under the auspices of the Community of Latin America and the "
        "Caribbean (CELAC) and the UN."
    )
    assert "the Community of Latin America and the Caribbean" in got
    assert "America" not in got


def test_an_of_phrase_the_model_left_out_joins_the_name() -> None:
    got = names("The army fought the Liberation Tigers of Tamil Eelam (LTTE) for years.")
    assert "the Liberation Tigers of Tamil Eelam" in got


def test_a_phrase_whose_acronym_is_not_the_names_stays_apart() -> None:
    got = names("The Council and the European Parliament (EP) agreed on the budget.")
    assert "Council" in got
    assert not any(name.startswith("Council and") for name in got)


def test_a_name_the_gazetteer_knows_takes_no_phrase_after_it() -> None:
    got = names(
        "Russia delayed the United Nations Security Council Resolution (UNSCR) on the truce."
    )
    assert not any("Resolution" in name for name in got)


def test_an_acronym_of_a_name_with_small_words_inside_joins_the_name() -> None:
    art = article(
        "Talks held\n"
        "\n"
        "The meeting between the Straits Exchange Foundation (SEF) and the Beijing-based "
        "Association for Relations Across the Taiwan Straits (ARATS) was held. "
        "ARATS said the talks went well.\n"
    )
    doc = nlp.load()(art.text)
    got = {a.name: a for a in ActorFinder(gazetteer.default())(doc, art).actors}
    assert "ARATS" in got["Association for Relations Across the Taiwan Straits"].aliases
    assert "ARATS" not in got
