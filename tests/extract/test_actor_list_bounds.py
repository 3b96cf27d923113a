"""Members of lists the parser took for appositions stay actors, a given name the gazetteer
took for a famous surname is read with the surname after it, and titles alone ("the
Co-Chairs", "Personal Representative") are no actors."""

from __future__ import annotations

from extract_helpers import extract

from kg import nlp
from kg.extract.acting import acts
from kg.extract.actor_lists import counting_noun, listed_after_name, listed_members
from kg.extract.actor_names import title_only_name
from kg.extract.index import ActorIndex, Mention


def names(pipeline, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a.name: a.type for a in extract(pipeline, text).actors}


def test_a_list_hung_on_its_first_name_as_an_apposition_is_coordinated() -> None:
    doc = nlp.load()(
        "South Africa, the United Arab Emirates, Kenya and Chile cut their links with Ghana "
        "on May 3 and shut the border."
    )
    emirates = next(t for t in doc if t.text == "Emirates")
    assert emirates.dep_ == "appos"  # (the parse the rule reads; a coordination needs none)
    assert listed_after_name(emirates)
    assert all(acts(t, "Country") for t in doc if t.text in ("Emirates", "Kenya", "Chile"))
    place = nlp.load()("The envoy stayed in the city of Lyon, France, for a week.")
    france = next(t for t in place if t.text == "France")
    assert not listed_after_name(france)
    assert not acts(france, "Country")


def test_a_bracketed_list_after_a_phrase_that_counts_states_names_them() -> None:
    doc = nlp.load()(
        "The forum drew four heads of state of the area (Chile, Peru, Bolivia and Ecuador)."
    )
    area = next(t for t in doc if t.text == "area")
    top = counting_noun(area, {"state"})
    assert top is not None and top.text == "heads"
    assert counting_noun(area, {"partner"}) is None
    assert all(acts(t, "Country") for t in doc if t.text in ("Chile", "Peru", "Ecuador"))


def test_states_of_a_list_the_parser_misreads_are_actors(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Accord wins praise\n\nSouth Africa, the United Arab Emirates, Kenya and Chile "
        "praised the accord on Tuesday.",
    )
    assert {"South Africa", "United Arab Emirates", "Kenya", "Chile"} <= set(got)


def test_states_in_brackets_after_their_heads_are_actors(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Regional forum ends\n\nThe forum in Lima drew four heads of state of the area "
        "(Chile, Bolivia, Ecuador and Uruguay) and weighed the border dispute.",
    )
    assert {"Chile", "Bolivia", "Ecuador", "Uruguay"} <= set(got)


def test_a_famous_surname_before_a_surname_of_its_own_is_a_given_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Envoys trade views\n\nThe minister phoned his colleague Petro Marchenko on Monday. "
        "Petro Marchenko thanked him for the grain shipments.",
    )
    assert got.get("Petro Marchenko") == "Person"
    assert "Gustavo Petro" not in got


def test_titles_and_their_qualifiers_alone_name_no_one() -> None:
    assert title_only_name("the Co-Chairs")
    assert title_only_name("Personal Representative")
    assert title_only_name("High Representative")
    assert not title_only_name("High Council")
    assert not title_only_name("Special Tribunal")
    assert not title_only_name("Personal")


def test_a_shared_title_is_no_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Forum ends in Vienna\n\nThe Co-Chair said the next round would open in May. "
        "The Personal Representative of the Chairperson, Tomas Herrera, joined the talks.",
    )
    # (One holder's title; the plural, "the Co-Chairs", names a body: test_collective_bodies.)
    assert "Co-Chair" not in got
    assert "Personal Representative" not in got
    # The old wording, with the plural: now a body that speaks, no holder's title.
    got = names(
        pipeline,
        "Forum ends in Vienna\n\nThe Co-Chairs said the next round would open in May. "
        "The Personal Representative of the Chairperson, Tomas Herrera, joined the talks.",
    )
    assert "Co-Chairs" in got
    assert "Personal Representative" not in got


def test_the_giver_and_receiver_of_a_directed_act_are_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Pacific leaders meet in Suva\n\nThe prime minister said on Monday the regional pact "
        "had won support from Tonga and Nauru. He sent condolences to Vanuatu after the storm.",
    )
    assert {"Tonga", "Nauru", "Vanuatu"} <= set(got)


def test_a_two_word_place_taken_for_a_person_is_no_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Bloc weighs troops\n\nThe bloc's ministers discussed the raids in Ilha Moreno on "
        "Friday. An assessment team that visited Ilha Moreno last month urged more troops.",
    )
    assert "Ilha Moreno" not in got


def test_states_listed_after_any_joint_function_are_its_members() -> None:
    # Every joint function's plural takes a member list, as "the co-chairs (A, B, C)" does.
    text = "The sponsors (Chile, Peru and Bolivia) met in Lima."
    index = ActorIndex()
    for name in ("Chile", "Peru", "Bolivia"):
        actor = index.new(name, "Country", f"country/{name.lower()}")
        start = text.index(name)
        index.mentions.append(Mention(start, start + len(name), actor.id))
    assert len(listed_members(text, index)) == 3
