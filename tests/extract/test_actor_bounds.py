"""Actors under one well-bounded name: no title, courtesy, headline verb or dateline credit
glued to a person's name, no title made an actor beside its holder, and people named after a
description of their office ("the head of X, Jane Roe") kept as the actors they are."""

from __future__ import annotations

from extract_helpers import article, extract
from spacy.tokens import Span as SpacySpan

from kg import nlp
from kg.extract.actor_candidates import Cand, clean_span, titled_places
from kg.extract.actor_lists import listed_members
from kg.extract.actor_names import cut_verbs, title_only, title_word
from kg.extract.actor_records import make_actor
from kg.extract.index import ActorIndex, Mention
from kg.extract.name_spans import whole_names
from kg.extract.name_titled import titled_person
from kg.extract.names import middle_name_of
from kg.extract.roles import role_described


def names(pipeline, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a.name: a.type for a in extract(pipeline, text).actors}


def test_a_person_named_after_a_description_of_their_office_is_an_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Envoys gather in Lisbon\n\nPresent at the session was the Head of Strategic Affairs "
        "at the Interior Ministry, Dr. Tomas Herrera, according to a statement.",
    )
    assert got.get("Tomas Herrera") == "Person"


def test_a_body_inside_the_description_is_no_actor_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Envoys confer in Lisbon\n\nThe minister met his counterpart, Jane Roe, and the chief "
        "of the external relations bureau of the executive board of the Labour Party, "
        "Tomas Herrera.\n\nThe minister praised the hosts for their stance.",
    )
    assert got.get("Tomas Herrera") == "Person"
    assert "Labour Party" not in got


def test_the_description_before_a_name_is_read_back_to_its_opening_word() -> None:
    doc = nlp.load()(
        "The talks were attended by his special representative in the region, Tomas Herrera."
    )
    name = next(t.i for t in doc if t.text == "Tomas")
    span = role_described(doc, name)
    assert span is not None
    assert doc.text[span[0] : span[1]] == "special representative in the region"


def test_no_description_where_a_verb_stands_before_the_comma() -> None:
    doc = nlp.load()("When the talks ended, Tomas Herrera left for Lisbon.")
    assert role_described(doc, next(t.i for t in doc if t.text == "Tomas")) is None


def test_a_title_the_model_tagged_before_its_holder_is_a_title() -> None:
    # ("a speech by the Presidential Advisor, Jane Roe": the model's body is her title)
    assert title_only(Cand(0, 20, "Presidential Advisor", "ORG"))
    assert not title_only(Cand(0, 7, "Advisor", "ORG"))
    assert not title_only(Cand(0, 19, "Advisory Commission", "ORG"))


def test_an_office_in_the_description_of_a_named_person_is_no_second_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Envoys back truce\n\nBoth delegations voiced backing for the work of the UN "
        "Secretary-General's Envoy for Eastland, Hans Lindqvist, aimed at a lasting ceasefire.",
    )
    assert "Hans Lindqvist" in got
    assert "UN Secretary-General" not in got


def test_an_office_after_a_named_person_is_theirs_not_a_second_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Talks open in Pretoria\n\nThe talks are chaired by Tomas Herrera, the AU High "
        "Representative for the region, who said both sides had come.",
    )
    assert "Tomas Herrera" in got
    assert "AU High Representative" not in got
    assert "African Union" not in got  # the body only qualifies his title


def test_a_courtesy_title_makes_a_body_tagged_name_a_persons() -> None:
    doc = nlp.load()("A letter was handed over by H.E. Tomas Herrera of Ruritania.")
    start = next(t.i for t in doc if t.text.startswith("H.E"))
    doc.ents = [SpacySpan(doc, start, start + 3, label="ORG")]
    got = [(e.text, e.label_) for e, _ in whole_names(doc)]
    assert ("Tomas Herrera", "PERSON") in got


def test_a_name_tagged_as_a_body_after_an_office_of_a_body_is_a_persons() -> None:
    doc = nlp.load()(
        "A statement said that the Chairperson of the Regional Commission Amadou Bello Diallo "
        "announced the talks."
    )
    start = next(t.i for t in doc if t.text == "Amadou")
    ent = SpacySpan(doc, start, start + 3, label="ORG")
    doc.ents = [SpacySpan(doc, start - 3, start, label="ORG"), ent]  # the body, the name
    assert titled_person(ent).label_ == "PERSON"
    body = SpacySpan(doc, start - 1, start, label="ORG")  # "Commission" alone: a body word
    assert titled_person(body).label_ == "ORG"


def test_a_headline_verb_inside_a_name_leaves_its_object() -> None:
    title = "Top Envoy Meet Herrera in Lisbon"
    text = f"{title}\n\nForeign Minister Tomas Herrera said the talks went well."
    cands = [Cand(0, len("Top Envoy Meet Herrera"), "Top Envoy Meet Herrera", "ORG")]
    out = cut_verbs(cands, len(title), {"accord"})
    assert [(c.text, text[c.start : c.end]) for c in out] == [("Herrera", "Herrera")]
    # A headline verb at the end is cut first; the one inside still leaves its object.
    out = cut_verbs([Cand(0, 23, "Top Envoy Meet Roe Says", "ORG")], 100, set())
    assert [c.text for c in out] == ["Roe"]
    # A verb's object the text writes as a common noun is no name at all.
    assert cut_verbs([Cand(0, 17, "Welcomes Accord", "PERSON")], 40, {"accord"}) == []


def test_a_datelines_credit_is_no_part_of_the_name_after_it() -> None:
    text = "Lima, May 2 (Andean)--Ruritania said on Friday"
    start, end = clean_span(text, text.index("Andean"), text.index(" said"))
    assert text[start:end] == "Ruritania"


def test_two_person_tags_that_touch_are_one_name() -> None:
    doc = nlp.load()("Trade minister Ines Clara Valdor spoke on Friday.")
    i = next(t.i for t in doc if t.text == "Ines")
    doc.ents = [
        SpacySpan(doc, i, i + 2, label="PERSON"),
        SpacySpan(doc, i + 2, i + 3, label="PERSON"),
    ]
    got = [e.text for e, _ in whole_names(doc) if e.label_ == "PERSON"]
    assert got == ["Ines Clara Valdor"]


def test_a_middle_name_alone_names_the_person_of_three_names() -> None:
    assert middle_name_of(["amadou", "bello", "diallo"], "Bello")
    assert not middle_name_of(["amadou", "bello", "diallo"], "Amadou")
    assert not middle_name_of(["amadou", "diallo"], "Diallo")
    assert not middle_name_of(["khalid", "bin", "salman"], "Bin")


def test_a_hyphenated_titles_end_is_no_given_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Envoys hail vote\n\nThe envoy said that President-Elect Biden would back the accord.",
    )
    assert got.get("Joe Biden") == "Person"


def test_a_person_tagged_name_ending_on_a_bodys_word_is_a_body() -> None:
    text = "Front talks\n\nThe Eastland Liberation Front said on Monday it would talk."
    index = ActorIndex()
    start = text.index("Eastland")
    members = [Cand(start, start + 25, "Eastland Liberation Front", "PERSON")]
    actor = make_actor("per:eastland liberation front", members, article(text), index)
    assert actor is not None and actor.type == "Organization"


def test_states_listed_as_a_groups_members_are_actors(pipeline) -> None:  # type: ignore[no-untyped-def]
    got = names(
        pipeline,
        "Envoys split on accord\n\nThe spokesman said that quarrels among the contact group's "
        "co-chairs (Germany, Japan, the UK) were stalling the accord.",
    )
    assert {"Germany", "Japan", "United Kingdom"} <= set(got)


def listed(text: str) -> set[str]:
    """The names `listed_members` keeps of the three states named in `text`."""
    index = ActorIndex()
    for name in ("Eastland", "Westland", "Northland"):
        actor = index.new(name, "Country", f"country/{name.lower()}")
        assert actor is not None
        start = text.find(name)
        if start >= 0:
            index.mentions.append(Mention(start, start + len(name), actor.id))
    return {index.by_id(a).name for a in listed_members(text, index)}


def test_a_list_is_read_only_from_its_opening() -> None:
    assert listed("The group members (Eastland, Westland and Northland) met on Monday.") == {
        "Eastland",
        "Westland",
        "Northland",
    }
    assert listed("The group is made up of Eastland, Westland and Northland.") == {
        "Eastland",
        "Westland",
        "Northland",
    }
    # Two names only, names in running prose, or a list of places list no members.
    assert listed("Its members (Eastland and Westland) met.") == set()
    assert listed("Eastland, Westland and Northland met on Monday.") == set()
    assert listed("Flights go to three destinations (Eastland, Westland and Northland).") == set()


def test_a_title_word_in_the_plural_is_a_title() -> None:
    # ("Ministers", "Director General" tagged alone: the holders of a title, no actor's name)
    assert title_word("Ministers") and title_word("Director") and title_word("General")
    assert not title_word("Affairs")


def test_a_place_tagged_name_after_a_title_is_a_persons() -> None:
    text = "The talks were held with Ruritania President Tomas Herrera on Monday."
    doc = nlp.load()(text)
    start = text.index("Tomas")
    name = Cand(start, start + len("Tomas Herrera"), "Tomas Herrera", "GPE")
    state = Cand(start, start + len("Federal Republic"), "Federal Republic", "GPE")
    titled_places(doc, [name, state], lambda words: False)
    assert name.label == "PERSON"
    assert state.label == "GPE"  # a state's words are no person's name


def test_a_name_after_a_description_of_a_rapporteur_is_a_persons_role() -> None:
    doc = nlp.load()(
        "The findings of the UN special rapporteur on water rights, Tomas Herrera, came out."
    )
    span = role_described(doc, next(t.i for t in doc if t.text == "Tomas"))
    assert span is not None and doc.text[span[0] : span[1]].endswith("water rights")
