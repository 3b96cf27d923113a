"""Which names are actors by what they are: a leader's administration is a body, a faith is
none, a channel only where it acts, and a person named with their office is one."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.pipeline import Pipeline


def _actors(pipeline: Pipeline, text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(pipeline, text).actors}


def test_a_leaders_administration_is_a_body_that_acts(pipeline: Pipeline) -> None:
    text = (
        "Talks on trade\n\n"
        "Foreign Minister Anna Kovac said the Harrison administration should be taking more "
        "measures against the smugglers."
    )
    actors = _actors(pipeline, text)
    assert actors.get("Harrison administration") == "Organization"
    assert "Harrison" not in actors


def test_a_faith_is_no_actor(pipeline: Pipeline) -> None:
    # The model tags "Islam" a body here, a party after "with".
    text = (
        "Remarks\n\nForeign Minister Anna Kovac said the group has a distorted view of Islam "
        "and wants war with Islam."
    )
    assert set(_actors(pipeline, text)) == {"Anna Kovac"}


def test_a_channel_is_an_actor_only_where_it_acts(pipeline: Pipeline) -> None:
    medium = "Talks\n\nPresident Anna Kovac said on Telegram that the talks would go on."
    assert "Telegram" not in _actors(pipeline, medium)
    acting = (
        "Talks\n\nPresident Anna Kovac spoke on Sunday. Facebook removed the posts on Monday, "
        "and YouTube said it would follow."
    )
    assert "YouTube" in _actors(pipeline, acting)


def test_a_person_named_with_their_office_stays(pipeline: Pipeline) -> None:
    text = (
        "Talks resume\n\n"
        "The treaty was agreed under former Valdorian President Marek Ostrowicz. "
        "Foreign Minister Anna Kovac said on Monday that the talks would go on."
    )
    actors = _actors(pipeline, text)
    assert actors.get("Marek Ostrowicz") == "Person"
    # Without an office, a name in the same place is no actor of the story.
    bare = "Talks resume\n\nThe treaty was agreed under Marek Ostrowicz. Anna Kovac said it holds."
    assert "Marek Ostrowicz" not in _actors(pipeline, bare)


def test_a_states_body_named_by_what_it_is_is_one_actor(pipeline: Pipeline) -> None:
    text = (
        "Air strikes\n\n"
        "The Valdorian Air Force struck the depot on Monday, Foreign Minister Anna Kovac said. "
        "Two analysts found that the Israeli Air Force is the best in the region, and "
        "Israel's air force said it would go on."
    )
    actors = _actors(pipeline, text)
    assert actors.get("Israeli Air Force") == "Organization"
    assert "Israel's air force" not in actors  # the same body, by its state's possessive
    # The gazetteer's body where it knows one by these words.
    known = _actors(pipeline, "War\n\nThe Israeli Army said it had struck targets.")
    assert "Israel Defense Forces" in known and "Israeli Army" not in known


def test_a_name_cut_at_its_middle_initial_is_whole(pipeline: Pipeline) -> None:
    text = "Moscow\n\nPresident Vladimir V. Putin said the talks would go on."
    x = extract(pipeline, text)
    # The text's fullest form names him; the gazetteer's form stays one of his names.
    assert [a.name for a in x.actors] == ["Vladimir V. Putin"]
    assert "Vladimir Putin" in x.actors[0].aliases


def test_an_outlets_name_loses_every_small_word_it_was_cut_after(pipeline: Pipeline) -> None:
    text = (
        "Peace plans\n\n"
        '"They may not be," Foreign Minister Anna Kovac told The Associated Press of the '
        "prospects for peace in the region."
    )
    # The outlet reporting is no actor; no broken name of it stays one either.
    assert set(_actors(pipeline, text)) == {"Anna Kovac"}


def test_a_known_short_name_is_the_known_actor(pipeline: Pipeline) -> None:
    # The gazetteer's aliases: a party's nickname and a leader's are no actors of their own.
    text = (
        "Party split\n\n"
        "The Republican Party met on Monday. The GOP said it would back the bill. "
        'Benjamin Netanyahu spoke later. "We trust Bibi," a supporter said.'
    )
    actors = _actors(pipeline, text)
    assert "GOP" not in actors and "Bibi" not in actors
    assert {"Republican Party", "Benjamin Netanyahu"} <= set(actors)


def test_a_states_people_named_as_a_whole_stand_for_the_state(pipeline: Pipeline) -> None:
    text = (
        "Siege holds\n\n"
        "The rebels, opposed by the Russians, held the town on Monday. "
        "Foreign Minister Anna Kovac said two Russians were hurt."
    )
    x = extract(pipeline, text)
    russia = [a for a in x.actors if a.name == "Russia"]
    assert russia and russia[0].type == "Country"
    # Only the definite plural stands for the state: "two Russians" are some people.
    said = text.index("two Russians") + len("two ")
    assert all(m.start != said for m in russia[0].mentions)


def test_a_name_the_model_began_before_a_states_adjective_is_a_body_of_its_own(
    pipeline: Pipeline,
) -> None:
    text = (
        "Syria war\n\n"
        "The coalition helping to provide assistance to the Free Syrian Army has grown, "
        "Foreign Minister Anna Kovac said. The Syrian Army said on Monday it took the town."
    )
    x = extract(pipeline, text)
    names = {a.name: a for a in x.actors}
    assert "Free Syrian Army" in names
    # The rebels are no form of the state's army.
    army = [a for a in x.actors if a.name == "Armed Forces of Syria"]
    assert all("Free Syrian Army" not in a.aliases for a in army)


def test_a_name_crediting_the_report_a_sentence_retells_is_an_outlet(pipeline: Pipeline) -> None:
    text = (
        "Border talks\n\n"
        "Foreign Minister Anna Kovac said talks with Moldova would resume in May, KNA "
        "reported. Casualties rose to twelve, the Health Ministry reported."
    )
    actors = _actors(pipeline, text)
    # The outlet the story cites is no actor; a body reporting its own figures stays one.
    assert "KNA" not in actors
    assert "Anna Kovac" in actors
    assert "Health Ministry" in actors


def test_an_embassy_named_with_its_city_is_a_building(pipeline: Pipeline) -> None:
    text = (
        "Protest\n\n"
        "Foreign Minister Anna Kovac said protesters gathered outside the Embassy of Moldova "
        "in Vienna on Sunday. Officials of the Austrian embassy in Chisinau joined the talks."
    )
    actors = _actors(pipeline, text)
    assert not [a for a in actors if "mbassy" in a]
    assert "Anna Kovac" in actors


def test_a_titled_middle_name_is_the_person_of_the_longer_name(pipeline: Pipeline) -> None:
    text = (
        "Border deal\n\nPresident Tomas Veldin Aruko met envoys from Kenya on Monday. "
        "Later President Veldin told reporters the deal would hold."
    )
    people = [a for a in _actors(pipeline, text) if a not in ("Kenya",)]
    assert people == ["Tomas Veldin Aruko"]
