from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.discourse import Discourse
from kg.extract.statements import StatementFinder
from kg.model import Actor


def _actors(text: str) -> tuple[str, list[Actor], list[tuple[str, str]]]:
    """The text, its actors and (mention text, actor name) for each mention."""
    art = article(text)
    doc = nlp.load()(art.text)
    index = ActorFinder(gazetteer.default())(doc, art)
    names = {a.id: a.name for a in index.actors}
    said = [(art.text[m.start : m.end], names[m.actor]) for m in index.mentions]
    return art.text, index.actors, said


def test_a_press_service_is_a_body_of_its_own() -> None:
    _text, actors, said = _actors(
        "Leaders talk\n\nTashkent • X\n\n"
        "The two leaders discussed trade, the Uzbek President's press service said on Monday. "
        "They also spoke about water, according to the press service of the president of "
        "Uzbekistan. The press service added that a visit was planned.\n"
    )
    services = [a for a in actors if "press service" in a.name.lower()]
    # Two wordings of one owner (the state's leader) are one body, typed as a body.
    assert len(services) == 1
    assert services[0].type == "Organization"
    assert services[0].name.startswith("press service of")  # the fullest form names it
    # The bare "press service" later is the one named before.
    assert ("press service", services[0].name) in said


def test_a_presidential_press_service_or_one_for_a_president_is_a_body() -> None:
    _text, actors, said = _actors(
        "Leaders talk\n\nTashkent • X\n\n"
        "The Uzbek presidential press service said on Monday that the two leaders spoke by "
        "phone about water. A week later the press service for the government of Kenya said a "
        "visit was planned.\n"
    )
    services = {a.name for a in actors if "press service" in a.name.lower()}
    assert services == {
        "Uzbek presidential press service",
        "press service for the government of Kenya",
    }


def test_a_leaders_office_is_a_body_and_needs_an_owner() -> None:
    _text, actors, _said = _actors(
        "Talks\n\nSanto Domingo • X\n\n"
        "The talks will resume, the office of Dominican Republic President Danilo Medina "
        "said. A spokesman for an office said nothing.\n"
    )
    offices = [a.name for a in actors if "office" in a.name.lower()]
    assert offices == ["office of Dominican Republic President Danilo Medina"]


def test_the_presidents_office_needs_the_article() -> None:
    _text, actors, _said = _actors(
        "Ceasefire\n\nParis • X\n\n"
        "The truce must hold, the president's office said in a statement.\n"
    )
    assert "president's office" in {a.name for a in actors}


def test_an_agency_learnt_from_a_press_service() -> None:
    art = article(
        "Talks\n\nAstana • X\n\n"
        "The two presidents held talks in Astana, Kazinform has learnt from the Kazakh "
        "President's press service.\n\n"
        "The talks went well, Kazinform has learnt from sources.\n\n"
        "A visit is planned for April, Trend reports with reference to the press service.\n"
    )
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    index = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    names = {a.id: a.name for a in index.actors}
    learned = [
        s
        for s in StatementFinder()(doc, art, index)
        if " from" in s.cue.text or "report" in s.cue.text
    ]
    # The named source speaks the words before the comma; unnamed sources make no statement.
    assert [(names.get(s.speaker or ""), s.content.text) for s in learned] == [
        ("Kazakh President's press service", "The two presidents held talks in Astana"),
        ("Kazakh President's press service", "A visit is planned for April"),
    ]


def test_an_office_by_another_word_and_an_owner_with_a_particle() -> None:
    # "bureau", "press office" name a person's or a leader's office as "office" does; a
    # surname that starts with a lower-case particle still owns one.
    _text, actors, said = _actors(
        "Envoys talk\n\nRiga • X\n\n"
        "The former envoy Omar al-Fadli met the visiting envoy Lena Berg on Monday, "
        "al-Fadli's bureau said.\n"
    )
    bureau = next(a for a in actors if a.type == "Organization")
    assert bureau.name == "al-Fadli's bureau"
    _text, actors, said = _actors(
        "Leaders talk\n\nRiga • X\n\n"
        "The two leaders discussed trade on Monday, the prime minister's press office reported. "
        "The press office added that a visit was planned.\n"
    )
    office = next(a for a in actors if a.type == "Organization")
    assert office.name == "prime minister's press office"
