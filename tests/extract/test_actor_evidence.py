"""Names the model proposes that are no actors: places, things, venues, documents' authors."""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actor_evidence import (
    is_place,
    is_thing,
    known_place,
    no_role,
    outlet_name,
    place_acronym,
)
from kg.extract.actor_unnamed import unnamed_bodies, unnamed_people
from kg.extract.actors import ActorFinder
from kg.extract.pipeline import Pipeline


def _names(text: str) -> set[str]:
    art = article(text)
    index = ActorFinder(gazetteer.default())(nlp.load()(art.text), art)
    return {a.name for a in index.actors}


def _span(text: str, words: str):  # type: ignore[no-untyped-def]
    doc = nlp.load()(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    assert span is not None
    return span


def test_a_city_of_the_place_gazetteer_is_known_and_a_body_is_not() -> None:
    assert known_place("Abqaiq")
    assert known_place("Ohio")
    assert not known_place("Hamas")  # an alternate name of a town, never its main name
    assert not known_place("Greenpeace")


def test_the_sentence_calls_a_name_a_place() -> None:
    assert is_place(_span("Fishermen sailed to the island of Zantros on Monday.", "Zantros"))
    assert is_place(_span("Farmers left our largest island Zantros last year.", "Zantros"))
    assert not is_place(_span("The Zantros Alliance said it would sign.", "Zantros Alliance"))


def test_a_name_whose_head_word_is_a_things_names_no_actor() -> None:
    assert is_thing(_span("The council named it a Project of Mutual Benefit.", "Project"))
    text = "Boravia Link, a similar project between two grids, is also planned."
    assert is_thing(_span(text, "Boravia Link"))
    assert not is_thing(_span("The Boravia Energy Forum said prices would rise.", "Boravia"))


def test_a_documents_name_is_a_thing() -> None:
    # What the parties wrote or signed, named with capitals, is no actor; a body whose name
    # holds a document's word after "of" or "on" is one.
    for text, words in (
        ("The sides agreed on the Terms of Reference for the talks.", "Terms of Reference"),
        ("The Annex on Normalization was signed on Friday.", "Annex on Normalization"),
        (
            "Both leaders backed the Corvan and Delmar Agreements in May.",
            "Corvan and Delmar Agreements",
        ),
    ):
        assert is_thing(_span(text, words)), words
    body = "The Committee on the Delmar Agreement said it would meet."
    assert not is_thing(_span(body, "Committee on the Delmar Agreement"))


def test_a_venue_or_a_documents_author_has_no_role_but_a_speaker_has() -> None:
    venue = _span("She demanded justice at the Corvan Assembly on Thursday.", "Corvan Assembly")
    assert no_role([venue])
    document = _span("The shipment breaks Corvan Council resolution 12.", "Corvan Council")
    assert no_role([document])
    speaker = _span("The Corvan Council said the shipment broke the rules.", "Corvan Council")
    assert not no_role([venue, speaker])


def test_the_actor_stage_keeps_bodies_that_act_and_drops_places_and_projects() -> None:
    text = (
        "Ministers back pipeline\n\n"
        "Drones struck the largest processing plant at Abqaiq on Saturday, officials said. "
        "The Delmar Energy Group said the attack would not stop its exports. "
        "The ministers called the pipeline a Project of Common Interest.\n"
    )
    names = _names(text)
    assert "Delmar Energy Group" in names
    assert "Abqaiq" not in names
    assert not any(n.startswith("Project") for n in names)


def test_a_known_city_is_a_place_unless_it_acts_as_a_body_does() -> None:
    place = "Ministers flew in from Hanover on Monday.\n"
    pollster = "A new Gallup poll found that most voters back the deal.\n"
    assert "Hanover" not in _names("Talks resume\n\n" + place)
    assert "Gallup" in _names("Poll backs deal\n\n" + pollster)


def test_a_name_the_sentence_calls_a_work_or_an_outlet_is_a_thing() -> None:
    text = "Norvale Vision, the Spanish-language broadcaster, aired the debate."
    assert is_thing(_span(text, "Norvale Vision"))


def test_a_proper_name_the_sentence_calls_a_body_is_an_actor() -> None:
    text = (
        "Drones hit oil plant\n\n"
        "Oil facilities belonging to the state-owned Saudi Kavgas were hit by drones, the "
        "company said.\n"
    )
    # The model takes no entity here; the owner's word says a body is named.
    assert [s.text for s in unnamed_bodies(nlp.load()(text))] == ["Saudi Kavgas"]
    assert "Saudi Kavgas" in _names(text)


def test_a_body_noun_before_of_does_not_make_a_name_a_body() -> None:
    text = (
        "Corridor opens\n\n"
        "The corridor will facilitate visa-free movement of Indian Sikh pilgrims, Foreign "
        "Minister Imran Qadir said.\n"
    )
    assert not any("Sikh" in n for n in _names(text))


def test_a_bodys_headquarters_named_as_a_venue_makes_no_actor() -> None:
    text = "In his talk at the think tank Corvan Council's Washington headquarters, he spoke."
    assert no_role([_span(text, "Corvan Council")])


def test_an_editors_bracket_is_no_part_of_a_name() -> None:
    text = (
        "Senator warns\n\n"
        '"The rebels will now align with [Bashar al] Assad," Senator Lindsey Graham said.\n'
    )
    names = _names(text)
    assert not any("]" in n or "[" in n for n in names)


def test_a_name_shaped_as_an_outlets_is_no_actor() -> None:
    assert outlet_name("Cyprus Mail")
    assert outlet_name("Yahoo News")
    # Turkish "agency" with or without its dotless "ı" (`normalize` folds it).
    assert outlet_name("Marmara Ajansı") and outlet_name("Marmara Ajansi")
    # A word and a channel number run together is a news brand; a short one is a forum.
    assert outlet_name("Kurdistan24")
    assert not outlet_name("G20") and not outlet_name("COP28") and not outlet_name("Kurdistan")
    assert not outlet_name("News")  # one word: a heading, not a name
    assert not outlet_name("Democratic Rally")
    text = (
        "Pipeline talks\n\n"
        "Greece and Cyprus had to speed up the project, the Corvan Herald reported. "
        "The Democratic Rally hailed the pipeline.\n"
    )
    names = _names(text)
    assert "Corvan Herald" not in names
    assert "Democratic Rally" in names


def test_a_body_whose_name_modifies_its_own_fighters_acts(pipeline: Pipeline) -> None:
    text = "Offensive begins\n\nThe town is held by dozens of KDV fighters, officials said.\n"
    names = {a.name for a in pipeline.extract(article(text)).actors}
    assert "KDV" in names


def test_words_in_brackets_after_a_title_are_a_portfolio_not_a_person() -> None:
    text = (
        "Talks held\n\n"
        "In an earlier meeting, it was Joint Secretary (Internal Security) Ravi Menon who "
        "led the delegation, officials said.\n"
    )
    assert "Internal Security" not in _names(text)


def test_an_acronym_in_brackets_after_a_place_is_the_place() -> None:
    text = "Protests spread across the Kurdistan Region (KRI) on Monday."
    assert place_acronym(_span(text, "KRI"))
    assert not place_acronym(_span("The Rapid Support Forces (RSF) said so.", "RSF"))


def test_a_state_named_only_as_owner_of_its_land_does_not_act(pipeline: Pipeline) -> None:
    text = (
        "Car bomb kills dozens\n\n"
        "A car bomb exploded at a military base in Chad's Lac province on Monday. "
        "The police chief Ana Kell said the attackers would be found.\n"
    )
    names = {a.name for a in pipeline.extract(article(text)).actors}
    assert "Ana Kell" in names
    assert "Chad" not in names


def test_a_state_named_in_the_title_of_a_person_who_acts_is_a_party(pipeline: Pipeline) -> None:
    # By name, the state is a party at its level; by adjective only ("the Chadian
    # president"), it is not named.
    named = (
        "Car bomb kills dozens\n\n"
        "A car bomb exploded at a military base in Chad's Lac province on Monday. "
        "Chad's president Ana Kell said the attackers would be found.\n"
    )
    adjective = named.replace("Chad's president", "The Chadian president")
    assert "Chad" in {a.name for a in pipeline.extract(article(named)).actors}
    assert "Chad" not in {a.name for a in pipeline.extract(article(adjective)).actors}


def test_a_body_modifying_a_things_noun_is_no_thing() -> None:
    text = "He called out the rest of the Corvan Party field on Monday."
    assert not is_thing(_span(text, "Corvan Party"))


def test_what_an_editors_bracket_leaves_of_a_word_is_no_name() -> None:
    text = 'Election night\n\n"[W]e will win," Senator Lindsey Graham said on Tuesday.\n'
    names = _names(text)
    assert "Lindsey Graham" in names
    assert all(n[:1].isupper() for n in names)


def test_a_known_place_called_a_producer_stays_a_place() -> None:
    text = (
        "Rules face test\n\n"
        "Twenty-seven states led by coal-producer West Virginia are challenging the rules, "
        "officials said.\n"
    )
    assert "West Virginia" not in _names(text)


def test_capitalised_names_after_a_title_are_a_person_the_model_missed() -> None:
    doc = nlp.load()(
        "Leaders met in Niamey, where on Sunday Presidents Muhammadu Buhari of Nigeria and "
        "Patrice Talon of Benin signed the deal."
    )
    assert [s.text for s in unnamed_people(doc)] == ["Muhammadu Buhari"]


def test_a_states_forces_by_its_adjective_are_a_body(pipeline: Pipeline) -> None:
    text = (
        "Base attacked\n\n"
        "Officials said the attack hurt the morale of the Afghan forces, who lost dozens.\n"
    )
    names = {a.name for a in pipeline.extract(article(text)).actors}
    assert "Afghan forces" in names


def test_states_including_after_states_or_their_people_act(pipeline: Pipeline) -> None:
    people = (
        "Talks\n\nBrussels • X\n\n"
        "The talks were attended by defence chiefs of member states and partners, including "
        "Norway, Chile and Ghana.\n"
    )
    places = (
        "Tourism\n\nBrussels • X\n\n"
        "The airline said on Monday it would add flights to destinations including Norway, "
        "Chile and Ghana.\n"
    )
    assert {"Norway", "Chile", "Ghana"} <= {
        a.name for a in pipeline.extract(article(people)).actors
    }
    assert not {"Norway", "Chile"} & {a.name for a in pipeline.extract(article(places)).actors}


def test_a_name_the_parser_hung_on_the_next_name_stands_where_it_does() -> None:
    from spacy.tokens import Doc

    from kg import nlp
    from kg.extract.acting import acts

    # The parse the small model gives "candidates, including A and Senators B, criticized":
    # A's surname as a modifier of B's. A stands where B does; a name cut in two does not.
    words = ["Candidates", ",", "including", "Ann", "Lee", "and", "Senators", "Bo", "Kim"]
    words += ["criticized", "it", "."]
    heads = [9, 0, 0, 4, 8, 4, 4, 8, 2, 9, 9, 9]
    deps = ["nsubj", "punct", "prep", "compound", "nmod", "cc", "conj", "compound", "pobj"]
    deps += ["ROOT", "dobj", "punct"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON"]
    pos = ["NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "CCONJ", "NOUN", "PROPN", "PROPN"]
    pos += ["VERB", "PRON", "PUNCT"]
    doc = Doc(nlp.load().vocab, words, heads=heads, deps=deps, pos=pos, ents=[*ents, "O", "O", "O"])
    assert acts(doc[4], "Person")
    cut = ["O", "O", "O", "B-PERSON", "I-PERSON", "B-PERSON", "O", "O", "O", "O", "O", "O"]
    words2 = ["Candidates", ",", "including", "Ann", "Lee", "Kim", "and", "others", "too"]
    heads2 = [9, 0, 0, 4, 5, 2, 5, 5, 7, 9, 9, 9]
    deps2 = ["nsubj", "punct", "prep", "compound", "compound", "pobj", "cc", "conj", "advmod"]
    doc2 = Doc(
        nlp.load().vocab,
        words=[*words2, "criticized", "it", "."],
        heads=heads2,
        deps=[*deps2, "ROOT", "dobj", "punct"],
        pos=["NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "PROPN", "CCONJ", "NOUN", "ADV", *pos[9:]],
        ents=cut,
    )
    assert not acts(doc2[4], "Person")


def test_states_listed_after_a_noun_of_states_act(pipeline: Pipeline) -> None:
    listed = (
        "Talks\n\nBogota • X\n\n"
        "The delegations thanked the other guarantor countries (Peru, Ghana and Norway) on "
        "Monday. The negotiator met representatives of two of the country's partners – "
        "Italy and Chile.\n"
    )
    places = (
        "Tourism\n\nBogota • X\n\n"
        "The airline said on Monday it would add flights to three destinations – Peru, "
        "Ghana and Norway.\n"
    )
    names = {a.name for a in pipeline.extract(article(listed)).actors}
    assert {"Peru", "Ghana", "Norway", "Italy", "Chile"} <= names
    assert not {"Peru", "Ghana", "Norway"} & {
        a.name for a in pipeline.extract(article(places)).actors
    }


def test_states_listed_as_a_groups_members_or_a_votes_sides_act(pipeline: Pipeline) -> None:
    # The group's members attend with it; the states listed for a side of the vote voted;
    # states coordinated after a noun of states the parser took for a conjunct act where it
    # does.
    text = (
        "Council vote\n\nNew York • X\n\n"
        "Officials from the Andean group - Peru, Ghana and Norway - were also present at the "
        "talks on Monday. The motion failed by a vote of 5 to 4 in favour (Chile, Kenya, "
        "Mali), with 2 abstentions (Nepal, Fiji). Also attending were delegates from "
        "guarantor countries of the talks, Cuba, Brazil and Ecuador.\n"
    )
    names = {a.name for a in pipeline.extract(article(text)).actors}
    assert {"Peru", "Ghana", "Norway", "Chile", "Kenya", "Nepal", "Cuba", "Brazil"} <= names


def test_states_coordinated_after_another_noun_are_places(pipeline: Pipeline) -> None:
    text = (
        "Tourism\n\nBogota • X\n\n"
        "The airline said on Monday that its new routes, Peru, Ghana and Norway, would open "
        "in May.\n"
    )
    names = {a.name for a in pipeline.extract(article(text)).actors}
    assert not {"Peru", "Ghana", "Norway"} & names


def test_a_state_after_of_and_a_place_noun_is_the_place(pipeline: Pipeline) -> None:
    text = (
        "Talks resume\n\nOslo • X\n\n"
        "Norway said on Sunday that the talks would resume on the Caribbean island of "
        "Barbados next week.\n"
    )
    names = {a.name for a in pipeline.extract(article(text)).actors}
    assert "Norway" in names and "Barbados" not in names


def test_a_states_intelligence_and_presidency_are_bodies(pipeline: Pipeline) -> None:
    text = (
        "Deal\n\nCairo • X\n\n"
        "The two factions reached a deal in talks brokered by Egyptian intelligence, the "
        "Brazilian presidency said in a statement on Monday.\n"
    )
    aliases = {x for a in pipeline.extract(article(text)).actors for x in {a.name} | set(a.aliases)}
    assert "Egyptian intelligence" in aliases
    assert "Brazilian presidency" in aliases


def test_a_states_intelligence_by_any_of_its_names_is_one_body() -> None:
    from kg import nlp
    from kg.extract.actor_unnamed import state_bodies

    doc = nlp.load()(
        "The talks were held under the auspices of the Egyptian intelligence agency. The "
        "second round ended at the headquarters of the Egyptian intelligence in Cairo."
    )
    assert [body for _span, _state, body in state_bodies(doc)] == ["intelligence"] * 2
