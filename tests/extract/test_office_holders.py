"""Office holders and bodies the text names by description, as actors and speakers: "the
Secretary-General" with no name, "the chairman of a bank" who chairs the talks, "the foreign
ministry said", "an official of the Foreign Ministry said", "the Italian presidential office",
"the press service of the head of state", a delegation named with its heads."""

from __future__ import annotations

from extract_helpers import extract, speakers_by_content

from kg.extract.pipeline import Pipeline


def test_the_secretary_general_named_by_title_speaks(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Statement on the river dispute\n\nGeneva • X\n\n"
        "The Secretary-General welcomes the decision of the two neighbours to reopen the "
        "border crossings. He urges both governments to keep the channels open.\n\n"
        "The Secretary-General also recalls that the water talks must resume soon.\n",
    )
    holders = [a for a in x.actors if a.name == "Secretary-General"]
    assert len(holders) == 1 and holders[0].type == "Person"
    speakers = {x.actor(s.speaker).name for s in x.statements if s.speaker}
    assert speakers == {"Secretary-General"}  # "he" too: one actor for the office
    assert len(x.statements) == 3


def test_an_office_in_passing_is_no_actor(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Council statement\n\nGeneva • X\n\n"
        "The members of the Council praised the work of the envoy of the Secretary-General "
        "and urged calm.\n",
    )
    assert "Secretary-General" not in {a.name for a in x.actors}


def test_a_named_holder_keeps_the_title(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Statement\n\nGeneva • X\n\n"
        "Secretary-General Maria Lindqvist met the two ministers on Monday. "
        "The Secretary-General said the talks were useful.\n",
    )
    assert "Secretary-General" not in {a.name for a in x.actors}


def test_the_chairman_of_a_bank_who_chairs_talks_is_a_person(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Dam talks end\n\nCairo • X\n\n"
        "The talks, which were chaired by the Chairman of the Nile Development Bank, ended "
        "on Tuesday without a deal, Egypt said.\n",
    )
    holders = [a for a in x.actors if a.name == "Chairman of the Nile Development Bank"]
    assert len(holders) == 1 and holders[0].type == "Person"


def test_a_states_office_is_left_to_its_named_holder(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Visit\n\nCairo • X\n\n"
        "The talks were chaired by the President of Egypt, who said the dam was a red line.\n",
    )
    assert "President of Egypt" not in {a.name for a in x.actors}


def test_the_ministry_that_speaks_in_lower_case_is_a_body() -> None:
    _index, said = speakers_by_content(
        "Talks postponed\n\nChisinau • X\n\n"
        '"The round will not take place this month," the foreign ministry stated on Friday.\n'
    )
    speaker, words = said["The round will not take place this month"]
    assert words == "the foreign ministry"
    assert speaker is not None and "foreign ministry" in speaker.lower()


def test_an_official_of_the_ministry_speaks_for_it() -> None:
    _index, said = speakers_by_content(
        "Repatriation\n\nDhaka • X\n\n"
        '"We are still waiting for an answer," a senior official of the Foreign Ministry '
        "said on Sunday.\n"
    )
    speaker, _words = said["We are still waiting for an answer"]
    assert speaker is not None and "Foreign Ministry" in speaker


def test_a_presidential_office_by_the_states_adjective() -> None:
    _index, said = speakers_by_content(
        "Call\n\nAnkara • X\n\n"
        "The two leaders discussed river shipping, the Turkish presidential office said in "
        "a statement.\n"
    )
    speaker, _words = said["The two leaders discussed river shipping"]
    assert speaker == "Turkish presidential office"


def test_the_press_service_of_the_head_of_state() -> None:
    _index, said = speakers_by_content(
        "Visit\n\nTashkent • X\n\n"
        "The president will visit Dushanbe next week, the press service of the head of state "
        "reported.\n"
    )
    speaker, _words = said["The president will visit Dushanbe next week"]
    assert speaker == "press service of the head of state"


def test_a_delegation_named_with_its_heads_stays(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Ties\n\nAnkara • X\n\n"
        "The call came after a Turkish delegation, headed by deputy foreign minister Ayla "
        "Demirci, visited Jerusalem last month.\n",
    )
    assert "Turkish delegation" in {a.name for a in x.actors if a.type == "Delegation"}


def test_a_title_written_without_its_hyphen_is_the_named_holders() -> None:
    from test_actors import acting_names

    names = acting_names(
        "Visit\n\nRiga • X\n\n"
        "Alliance Secretary-General Mark Halvorsen arrived in Riga on Monday morning.\n\n"
        '"The Alliance Secretary General is in Latvia," an official said.\n'
    )
    assert "Mark Halvorsen" in names
    assert "Alliance Secretary General" not in names
