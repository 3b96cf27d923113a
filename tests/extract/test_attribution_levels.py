"""Speakers resolved to the actor the attribution names, at the level it names them: the
first of a pair for a plural, the holder of an office for its other name, a body for the
last word of its name, the one served for an aide, a one-word name for its actor."""

from __future__ import annotations

from extract_helpers import speakers_by_content

from kg import nlp
from kg.extract.index import ActorIndex, Mention
from kg.extract.speakers import first_name_holder
from kg.model import Actor


def test_a_plural_after_two_long_titled_names_is_the_first_of_them() -> None:
    # The second title holds an `and` of its own: the pair is still the two people.
    text = (
        "Calls on the border\n\n"
        "Latvian Foreign Minister Ivo Kalns and Chilean Prime Minister and Foreign Minister "
        "Sheikh Rafael Ortuzar spoke by telephone late on Monday. Both diplomats stressed that the "
        "border talks must resume soon.\n"
    )
    _index, got = speakers_by_content(text)
    assert got["the border talks must resume soon"][0] == "Ivo Kalns"


def test_premier_describes_the_person_titled_prime_minister() -> None:
    text = (
        "Riga hosts envoy\n\n"
        "Latvian Prime Minister Ivo Kalns received envoy Rosa Delgado in Riga on Monday. "
        "Delgado brought a letter from her government. The Latvian premier stressed that the "
        "dialogue must continue.\n"
    )
    _index, got = speakers_by_content(text)
    assert got["the dialogue must continue"][0] == "Ivo Kalns"


def test_the_last_word_of_a_body_name_stands_for_that_body() -> None:
    text = (
        "Dam to reopen\n\n"
        "The Northern Water Directorate said on Monday that the dam would reopen in May. "
        "Farmers welcomed the news. The repairs cost less than planned, the directorate "
        "added.\n"
    )
    _index, got = speakers_by_content(text)
    assert got["The repairs cost less than planned"][0] == "Northern Water Directorate"


def test_an_aide_named_by_a_possessive_pronoun_speaks_for_the_one_served() -> None:
    text = (
        "Envoy welcomes deal\n\n"
        "Envoy Tomas Brandt praised the accord. Later his spokesman wrote in a statement "
        "that the terms must be honoured.\n\n"
        '"Both parties now carry the burden," the statement said.\n'
    )
    _index, got = speakers_by_content(text)
    assert got["the terms must be honoured"][0] == "Tomas Brandt"
    assert next(v for k, v in got.items() if k.startswith("Both parties"))[0] == "Tomas Brandt"


def test_a_one_word_subject_spelled_as_an_actors_whole_name_is_that_actor() -> None:
    # The tagger made a surname an organisation where it first met it: still that actor.
    doc = nlp.load()("Asked again, Okonkwo said the vote would wait.")
    index = ActorIndex()
    index.actors.append(Actor(id="a1", name="Okonkwo", type="Organization", key="okonkwo"))
    index.mentions.append(Mention(0, 5, "a1"))
    subj = next(t for t in doc if t.text == "Okonkwo")
    assert first_name_holder(subj, index) == "a1"


def test_a_one_word_subject_spelled_as_a_states_name_is_left_to_the_actor_stage() -> None:
    # A person who shares a state's name ("Georgia Pell" later called "Georgia") is no
    # reason to make the state the speaker: the early return takes people and bodies only.
    doc = nlp.load()("Asked again, Georgia said the vote would wait.")
    index = ActorIndex()
    index.actors.append(Actor(id="a1", name="Georgia", type="Country", key="georgia"))
    subj = next(t for t in doc if t.text == "Georgia")
    assert first_name_holder(subj, index) is None


def test_a_bloc_named_as_a_community_is_the_regional_bloc() -> None:
    text = (
        "Summit ends in Accra\n\n"
        "Leaders of the Economic Community of Coastal States met in Accra on Friday. "
        '"The mediator will visit both capitals next week," the regional bloc said.\n'
    )
    _index, got = speakers_by_content(text)
    found = next(v for k, v in got.items() if k.startswith("The mediator"))
    assert found[0] == "Economic Community of Coastal States"
