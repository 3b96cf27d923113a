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
    assert fit.fitting("the Turkish president", ["p", "q"]) == ["p"]
    assert fit.level("the French president", "p") == 0
    assert fit.fitting("the president", ["p", "q"]) == ["p"]  # (his head is "spokesperson")
    assert fit.level("the Turkish leader", "p") == 1
    assert fit.level("the top Turkish official", "p") == 1
    assert fit.level("the official", "p") == 0  # (every office holder is one)


def test_a_title_with_its_of_is_an_alias() -> None:
    fit_titles = {"p": ["secretary of state"], "q": ["vice chairman"], "r": ["chairman"]}
    from kg import gazetteer
    from kg.extract.alias_fit import PersonFit

    fit = PersonFit(gazetteer.default(), fit_titles)
    assert fit.level("the secretary of state", "p") == 3
    assert fit.level("the leader", "q") == 0
    assert fit.level("the leader", "r") == 1


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


def test_a_described_alias_keeps_where_the_text_wrote_it() -> None:
    from extract_helpers import article

    from kg import gazetteer, nlp
    from kg.extract.actors import ActorFinder
    from kg.extract.discourse import Discourse

    art = article(
        "Visit\n\nAnkara • X\n\n"
        "President Recep Tayyip Erdogan met farmers in Konya on Monday. "
        "The Turkish president told them that prices would fall.\n"
    )
    gz, doc = gazetteer.default(), nlp.load()(art.text)
    index = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    (him,) = [a for a in index.actors if a.name == "Recep Tayyip Erdogan"]
    assert [(s.text, art.text[s.start : s.end]) for s in him.described] == [
        ("The Turkish president", "The Turkish president")
    ]


def test_a_party_nominee_is_the_one_person_given_that_party() -> None:
    names = _aliases(
        "Rally\n\nDenver • X\n\n"
        "Republican presidential nominee Jane Roe spoke in Denver on Monday, and Democrat "
        "John Doe answered her in Ohio. The GOP nominee said taxes would fall.\n"
    )
    assert "the gop nominee" in names.get("Jane Roe", set())
    assert not any("gop nominee" in a for a in names.get("John Doe", set()))


def test_a_side_is_no_ones_alias_where_the_story_names_delegations() -> None:
    names = _aliases(
        "Talks\n\nGeneva • X\n\n"
        "The Russian delegation and the Ukrainian delegation met in Geneva on Monday. The "
        "Russian side said the talks had been useful.\n"
    )
    assert not any("russian side" in a for v in names.values() for a in v)
