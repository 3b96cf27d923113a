"""Acronyms tied to what they stand for after every body pass (`actor_acronyms`), people
called by their given name or after an honorific, and offices named in passing or with their
holder named after the body (`actor_office_holders`)."""

from __future__ import annotations

from extract_helpers import extract
from spacy.language import Language

from kg import gazetteer
from kg.extract.actor_acronyms import _said_as_body, tie_acronyms, untagged_acronyms
from kg.extract.actor_candidates import Cand
from kg.extract.actors import ActorFinder
from kg.extract.index import ActorIndex, Mention
from kg.extract.pipeline import Pipeline
from kg.model import Role, Span


def _index(text: str, names: list[tuple[str, str]]) -> ActorIndex:
    """An index with one actor per (name, type), each named where its name first stands."""
    index = ActorIndex()
    for name, atype in names:
        actor = index.new(name, atype, f"x/{name}")  # type: ignore[arg-type]
        assert actor is not None
        start = text.index(name)
        index.mentions.append(Mention(start, start + len(name), actor.id))
    return index


def test_a_bracket_after_a_body_and_its_place_spells_its_acronym() -> None:
    text = (
        "Aid reached the north, the Observer Mission in Ruritania (MONOR) said. "
        "Later MONOR asked for more staff."
    )
    index = _index(text, [("Observer Mission", "Organization"), ("MONOR", "Organization")])
    index.mentions.append(Mention(text.rindex("MONOR"), text.rindex("MONOR") + 5, "a2"))
    tie_acronyms(text, index)
    assert [a.name for a in index.actors] == ["Observer Mission"]
    assert {m.actor for m in index.mentions} == {"a1"}


def test_a_title_of_the_acronym_is_of_its_body_once_they_are_one() -> None:
    text = (
        "Aid reached the north, the Observer Mission in Ruritania (MONOR) said. "
        "MONOR chief Ann Berg asked for more staff."
    )
    index = _index(
        text,
        [("Observer Mission", "Organization"), ("MONOR", "Organization"), ("Ann Berg", "Person")],
    )
    index.mentions.append(Mention(text.rindex("MONOR"), text.rindex("MONOR") + 5, "a2"))
    start = text.rindex("MONOR")
    index.by_id("a3").roles.append(
        Role("MONOR chief", Span(start, start + 11, "MONOR chief"), of="a2")
    )
    tie_acronyms(text, index)
    assert [r.of for r in index.by_id("a3").roles] == ["a1"]
    assert "MONOR" in index.by_id("a1").aliases


def test_an_acronym_spelling_one_body_of_the_story_is_that_body() -> None:
    text = (
        "The Harbour Licensing Office said the HLO would reply. "
        "The Ministry of Ports of Eastland and the MP of Eastland agreed."
    )
    index = _index(
        text,
        [
            ("Harbour Licensing Office", "Organization"),
            ("HLO", "Organization"),
            ("Ministry of Ports of Eastland", "Organization"),
            ("MP of Eastland", "Organization"),
        ],
    )
    tie_acronyms(text, index)
    assert [a.name for a in index.actors] == [
        "Harbour Licensing Office",
        "Ministry of Ports of Eastland",
    ]


def test_an_acronym_of_two_bodies_stays_its_own() -> None:
    text = "The Port Office and the Postal Office met; the PO said nothing."
    index = _index(
        text,
        [
            ("Port Office", "Organization"),
            ("Postal Office", "Organization"),
            ("PO", "Organization"),
        ],
    )
    tie_acronyms(text, index)
    assert len(index.actors) == 3


def test_the_acronym_of_a_lower_case_thing_is_no_actor() -> None:
    text = "Both sides signed a letter of common purpose (LCP) on Friday. The LCP sets up a fund."
    index = _index(text, [("LCP", "Organization")])
    tie_acronyms(text, index)
    assert index.actors == []


def test_the_acronym_of_a_lower_case_body_stays_an_actor() -> None:
    text = "The harbour licensing office (HLO) said the quay would reopen."
    index = _index(text, [("HLO", "Organization")])
    tie_acronyms(text, index)
    assert [a.name for a in index.actors] == ["HLO"]


def test_an_honorific_before_a_name_is_no_part_of_it(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Border talks\n\nPhnom Penh • X\n\n"
        "The Cambodian premier Chea Vannak accepted an invitation from the Thai leader on "
        "Monday. “Samdech Chea Vannak welcomed the visit and both leaders will talk,” a "
        "spokesman said.\n",
    )
    people = [a.name for a in x.actors if a.type == "Person"]
    assert people == ["Chea Vannak"]


def test_an_office_a_title_is_for_is_named_in_passing(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Relief convoy\n\nNorthport • X\n\n"
        "A convoy sent by the Special Adviser to the UN Special Envoy reached the camps on "
        "Sunday.\n",
    )
    assert not any(a.name.endswith("Special Envoy") for a in x.actors)


def test_a_holder_named_after_the_body_of_the_office_holds_it(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Council briefing\n\nNew York • X\n\n"
        "On Monday the Director-General of the Eastland Water Agency (EWA), Mara Lindqvist, "
        "gave the Council a briefing on the drought.\n",
    )
    assert not any(a.name.startswith("Director") for a in x.actors)
    assert "Mara Lindqvist" in [a.name for a in x.actors if a.type == "Person"]


def test_a_given_name_the_model_took_for_a_body_is_the_person(nlp: Language) -> None:
    text = "Foreign Minister Sari Wulandari arrived on Thursday. Sari met the envoys."
    doc = nlp(text)
    full = Cand(text.index("Sari W"), text.index(" arrived"), "Sari Wulandari", "PERSON")
    alone = text.rindex("Sari")
    given = Cand(alone, alone + 4, "Sari", "ORG")  # (the model's label, as it may give it)
    clusters = ActorFinder(gazetteer.default())._cluster(doc, [full, given], 0)
    assert len(clusters) == 1 and given.cluster == full.cluster


def test_the_acronym_of_named_talks_is_no_actor() -> None:
    text = "Envoys met at the Northern Border Dialogue (NBD) in May. The NBD resumes in June."
    index = _index(text, [("NBD", "Organization")])
    tie_acronyms(text, index)
    assert index.actors == []


def _acting_letters(nlp: Language, body: str) -> list[str]:
    title = "Harbour news"
    doc = nlp(f"{title}\n\n{body}")
    return [s.text for s in untagged_acronyms(doc, len(title))]


def test_letters_acting_once_with_no_body_clue_are_no_body(nlp: Language) -> None:
    """A thing's or a title's letters stand as a verb's subject too: without a second clue
    that they name a body they stay out."""
    assert (
        _acting_letters(nlp, "Bond prices in Westmark climbed after GDP fell for a second quarter.")
        == []
    )
    assert (
        _acting_letters(nlp, "In the valley AIDS killed fewer people this year, doctors reported.")
        == []
    )
    assert (
        _acting_letters(nlp, "The shipping firm's shares tumbled after the CEO quit on Friday.")
        == []
    )


def test_letters_acting_with_a_second_body_clue_are_a_body(nlp: Language) -> None:
    """Letters with a faction's suffix act as a body; letters said again before a member
    noun or spelled out in brackets have their second clue."""
    split = "The harbour accord faltered in spring after the NDPF-IO withdrew from the process."
    assert _acting_letters(nlp, split) == ["NDPF-IO"]
    assert _said_as_body("Later two KWRF commanders left the river town.", "KWRF")
    assert _said_as_body("the Kestrel West Relief Front (KWRF) met", "KWRF")
    assert _said_as_body("KWRF's fighters left the river town.", "KWRF")
    assert not _said_as_body("GDP growth slowed while GDP figures were revised.", "GDP")


def test_a_news_agencys_hyphened_letters_are_the_outlet(pipeline: Pipeline) -> None:
    # The letters act and carry a hyphen (a body clue), but the gazetteer lists the agency
    # as an outlet: it reports the story, it is no actor of it.
    x = extract(
        pipeline,
        "Talks held\n\nMoscow • X\n\n"
        "Lavrov met Kuleba in Antalya on Thursday. Earlier ITAR-TASS reported that the "
        "ministers would meet.\n",
    )
    assert "ITAR-TASS" not in [a.name for a in x.actors]
