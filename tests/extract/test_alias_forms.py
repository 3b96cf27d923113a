"""The forms an article uses for an actor besides its name become the actor's aliases."""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.discourse import Discourse
from kg.extract.index import ActorIndex

TEXT = (
    "Ministers weigh a new fund\n"
    "\n"
    "Finance Minister Lucia Ferrer said on Monday that the fund would open in May. "
    "Opposition lawyer Tomas Brandt said the plan was unlawful. "
    "Sen. Mary Okafor (D-Ore.) said the vote would wait.\n"
    "\n"
    "Speaking to reporters later, the finance minister said the money was ready. "
    "A spokesman for the Harbour Authority said it would comment later. "
    "The members of the Harbour Authority met in the evening. "
    "The independent Harbour Authority said it would wait. Many Democrats said the fund was late.\n"
)


def run(text: str) -> ActorIndex:
    art = article(text)
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    return Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))


def aliases(index: ActorIndex) -> dict[str, set[str]]:
    return {a.name: a.aliases for a in index.actors}


def test_titled_names_and_fitting_descriptions_are_aliases() -> None:
    got = aliases(run(TEXT))
    # The title written before the name, in its noun phrase, with the name.
    assert "Finance Minister Lucia Ferrer" in got["Lucia Ferrer"]
    assert "Opposition lawyer Tomas Brandt" in got["Tomas Brandt"]
    # The party and state written after a legislator's name belong to it.
    assert "Sen. Mary Okafor (D-Ore.)" in got["Mary Okafor"]
    # A definite description the discourse stage resolved, whose words her title holds.
    assert "the finance minister" in got["Lucia Ferrer"]
    # The members of a body are a form of the body.
    assert "The members of the Harbour Authority" in got["Harbour Authority"]
    # An epithet before a name is a form of it; a quantifier makes a group of members.
    assert "The independent Harbour Authority" in got["Harbour Authority"]
    assert not any(a.lower().startswith("many") for names in got.values() for a in names)
    # An unnamed spokesman is no form of the body he speaks for.
    assert not any("spokesman" in a for a in got["Harbour Authority"])


def test_a_description_its_titles_do_not_hold_is_no_alias() -> None:
    # "the businessman" goes to the person in view by salience alone: a guess, no alias.
    text = TEXT.replace("the finance minister said", "the businessman said")
    index = run(text)
    at = text.index("the businessman")
    assert any(r.start == at and r.kind == "role" for r in index.refs)
    assert not any("businessman" in a for names in aliases(index).values() for a in names)
    # A plural ("Ministers" in the headline) is no one person whose title fits.
    assert not any(r.start == 0 for r in index.refs)


def test_a_dateline_before_a_title_is_no_part_of_the_form() -> None:
    text = (
        "Ferrer to meet envoys\n\n"
        "VALDORA - Finance Minister Lucia Ferrer said on Monday that the fund would open in May."
    )
    got = aliases(run(text))
    assert "Finance Minister Lucia Ferrer" in got["Lucia Ferrer"]
    assert not any("VALDORA" in form for form in got["Lucia Ferrer"])


def test_a_body_written_with_its_state_has_that_form() -> None:
    text = (
        "Sanctions\n\n"
        "Finance Minister Lucia Ferrer said the airline has ties to the Islamic Revolutionary "
        "Guard Corps of Iran. The Islamic Revolutionary Guard Corps denied it, and Iran protested."
    )
    got = aliases(run(text))
    assert "Islamic Revolutionary Guard Corps of Iran" in got["Islamic Revolutionary Guard Corps"]


def test_a_title_inside_a_titles_phrase_or_across_a_hyphen() -> None:
    text = (
        "Envoys meet\n\n"
        "Former Valdorian Ambassador to the United Nations Lucia Ferrer said on Monday the fund "
        "would open. Party front-runner Tomas Brandt said it was late."
    )
    got = aliases(run(text))
    # The parse hangs her name inside "to the United Nations ...": half a title, no form.
    assert not any(form.startswith("the United Nations") for form in got["Lucia Ferrer"])
    # A hyphen inside a word is no dateline's dash: the title keeps its first half.
    assert "Party front-runner Tomas Brandt" in got["Tomas Brandt"]
