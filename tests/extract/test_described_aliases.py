"""The descriptions the discourse stage resolves to one actor are that actor's aliases: an
office with the person's state in front, a title with its "of", a state's side; a
description that fits two people, or the people of another state, is no one's (invented
sentences)."""

from __future__ import annotations


def _aliases(text: str) -> dict[str, set[str]]:
    from extract_helpers import article

    from kg import gazetteer, nlp
    from kg.extract.actors import ActorFinder
    from kg.extract.discourse import Discourse

    art = article(text)
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    index = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    return {a.name: {x.lower() for x in a.aliases} for a in index.actors}


def test_an_office_with_the_persons_state_in_front_is_an_alias() -> None:
    names = _aliases(
        "Visit\n\nAnkara • X\n\n"
        "President Recep Tayyip Erdogan met farmers in Konya on Monday. "
        "The Turkish president told them that prices would fall.\n"
    )
    assert "the turkish president" in names.get("Recep Tayyip Erdogan", set())


def test_a_state_word_of_another_state_rules_the_person_out() -> None:
    from kg import gazetteer
    from kg.extract.alias_fit import PersonFit

    gz = gazetteer.default()
    turkey, france = gz.lookup("Turkey"), gz.lookup("France")
    assert turkey is not None and france is not None
    fit = PersonFit(gz, {"p": ["president"], "q": ["spokesperson for the president"]})
    fit.states = {"p": {turkey.id}, "q": {turkey.id}}
    assert fit.fits("the Turkish president", "p")
    assert not fit.fits("the French president", "p")
    assert not fit.fits("the Turkish president", "q")  # (his head word is "spokesperson")
    assert fit.fits("the Turkish leader", "p")
    assert fit.fits("the top Turkish official", "p")
    assert not fit.fits("the official", "p")  # (every office holder is one)


def test_a_title_with_its_of_is_an_alias() -> None:
    fit_titles = {"p": ["secretary of state"], "q": ["vice chairman"], "r": ["chairman"]}
    from kg import gazetteer
    from kg.extract.alias_fit import PersonFit

    fit = PersonFit(gz := gazetteer.default(), fit_titles)
    assert gz is not None
    assert fit.fits("the secretary of state", "p")
    assert not fit.fits("the leader", "q")
    assert fit.fits("the leader", "r")


def test_a_states_side_is_its_alias_and_the_two_sides_are_no_ones() -> None:
    names = _aliases(
        "Talks\n\nGeneva • X\n\n"
        "Russia and Ukraine held talks in Geneva on Monday. The Russian side said the "
        "talks had been useful. The two sides agreed to meet again.\n"
    )
    assert "the russian side" in names.get("Russia", set())
    assert not any("two sides" in a for v in names.values() for a in v)


def test_a_description_that_fits_two_people_is_no_ones_alias() -> None:
    names = _aliases(
        "Summit\n\nParis • X\n\n"
        "French President Emmanuel Macron met Egyptian President Abdel Fattah el-Sisi in "
        "Paris on Monday. The president said the talks had gone well.\n"
    )
    assert not any("the president" in v for v in names.values())
