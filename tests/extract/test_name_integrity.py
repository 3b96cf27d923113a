"""Names kept whole and as printed: initials glued to a surname ("Kh.Doe"), states joined by
a hyphen into one modifier ("Eastland-Westland talks": both parties, neither an alias of the
other), and a state's name printed with a hyphen for "and" kept as its alias."""

from __future__ import annotations

from extract_helpers import extract
from spacy.language import Language

from kg import gazetteer
from kg.extract.pipeline import Pipeline


def _people(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


def test_glued_initials_are_part_of_the_name(nlp: Language) -> None:
    text = (
        "The Minister of Finance of Mongolia Ts.Baatarsaikhan received the visiting "
        "envoy, and the Minister A.B.Gansukh joined them later."
    )
    people = _people(nlp, text)
    assert "Ts.Baatarsaikhan" in people
    assert "A.B.Gansukh" in people


def test_a_state_abbreviated_so_is_no_person(nlp: Language) -> None:
    assert _people(nlp, "Officials said N.Korea tested a rocket on Monday.") == []


def test_glued_initials_name_the_actor(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Mongolia talks\n\nMongolian Prime Minister Ts.Baatarsaikhan said on Monday that "
        "the talks had gone well. Ts.Baatarsaikhan added that a treaty would follow.",
    )
    names = {a.name for a in x.actors}
    assert "Ts.Baatarsaikhan" in names
    assert not names & {"Ts", "Baatarsaikhan"}


def test_hyphened_states_are_both_parties(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Talks resume\n\nThe Peru-Bolivia talks on the border opened in Santiago on Monday, "
        "the foreign minister of Chile said. Bolivia said it hoped for a deal.",
    )
    by_name = {a.name: a for a in x.actors}
    assert "Peru" in by_name and "Bolivia" in by_name
    assert not any("-" in alias for a in x.actors for alias in a.aliases)
    # Both states are parties of the talks the compound qualifies.
    parties = [set(e.participants) for e in x.events]
    assert {by_name["Peru"].id, by_name["Bolivia"].id} in parties


def test_state_printed_with_a_hyphen_keeps_its_form() -> None:
    gz = gazetteer.default()
    entry = gz.lookup("Trinidad-Tobago")
    assert entry is not None and entry.name == "Trinidad and Tobago"
    assert "Trinidad-Tobago" in gazetteer.printed_forms(entry)
    assert {"pattern": "Trinidad-Tobago", "label": "GPE", "id": entry.id} in gz.ruler_patterns()


def test_printed_state_form_is_an_alias(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Leaders meet\n\nTrinidad-Tobago said on Monday that it would join the talks "
        "with its neighbours next month.",
    )
    state = next(a for a in x.actors if a.name == "Trinidad and Tobago")
    assert "Trinidad-Tobago" in state.aliases


def test_initials_and_a_name_word_are_the_same_person() -> None:
    from kg.extract.names import same_person

    assert same_person(["b", "ganbold"], ["ganbold", "bat-erdene"])
    assert same_person(["t", "r", "ganbold"], ["tuya", "ganbold"])
    assert not same_person(["b", "ganbold"], ["ganbold", "tsetseg"])
    assert not same_person(["b", "ganbold"], ["ganbold"])


def test_glued_initials_join_the_full_name(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Ulaanbaatar talks\n\nPrime Minister of Mongolia B.Ganbold received the visiting "
        "envoy on Monday. Later the envoy held talks with Prime Minister Ganbold Batbayar "
        "on trade.",
    )
    people = [a for a in x.actors if a.type == "Person"]
    assert len([a for a in people if "Ganbold" in a.name]) == 1
    person = next(a for a in people if "Ganbold" in a.name)
    assert {"B.Ganbold", "Ganbold Batbayar"} <= {person.name, *person.aliases}
