"""Speakers named by a group or a side: pairs, coordinated descriptions, a state's sources."""

from __future__ import annotations

from extract_helpers import speakers_by_content


def test_a_state_s_sources_speak_for_it_and_keep_it_an_actor() -> None:
    # "Argentine" is only an adjective here, but the sources it describes say something: the
    # state speaks, through them and through its version of the call.
    index, got = speakers_by_content(
        "Leaders talk\n\n"
        "President Anton Varga phoned President Marek Holt on Monday. The call, according "
        "to Argentine sources, covered trade.\n\n"
        "The Argentine version of the call said the two men had agreed to meet in May.\n"
    )
    assert "Argentina" in {a.name for a in index.actors}
    assert got["the two men had agreed to meet in May"][0] == "Argentina"


def test_the_presidents_are_the_pair_met_through_a_clause_the_subject_goes_on_into() -> None:
    # "to speak with" hangs under "was", not under the subject's own verb: still a pair.
    _index, got = speakers_by_content(
        "Leaders talk\n\n"
        "President Anton Varga was on the phone on Monday to speak with his peer John Miller. "
        "The presidents agreed that their ministers would meet in May.\n"
    )
    assert got["their ministers would meet in May"] == ("Anton Varga", "The presidents")


def test_the_state_s_diplomat_is_the_member_of_its_delegation() -> None:
    # The delegation ties its head to the state: "the US diplomat" is she, not the state.
    _index, got = speakers_by_content(
        "Envoy visits\n\n"
        "Speaker Omar Haddad received a US delegation headed by Assistant Secretary Jane "
        "Lorne on Sunday.\n\n"
        "The US diplomat said the talks had been useful.\n"
    )
    assert got["the talks had been useful"][0] == "Jane Lorne"


def test_coordinated_descriptions_speak_through_the_first_and_they_goes_on_with_it() -> None:
    # A title set beside a name in apposition names her later ("the High Representative"),
    # and of a coordinated subject of descriptions the first speaks, then "They".
    _index, got = speakers_by_content(
        "Talks in Brussels\n\n"
        "Maria Lind, High Representative for Trade, met President Anton Varga in Brussels. "
        "The High Representative and the President agreed that the talks should go on. "
        "They also said that a new round would start in May.\n"
    )
    assert got["the talks should go on"][0] == "Maria Lind"
    assert got["a new round would start in May"] == ("Maria Lind", "They")


def test_the_leaders_of_two_states_speak_through_the_first_state_s_leader() -> None:
    _index, got = speakers_by_content(
        "Peace signed\n\n"
        "Estonian Prime Minister Anton Varga and Latvian President Marek Holt signed a "
        "declaration in Riga on Monday.\n\n"
        "The Estonian and Latvian leaders said the border would open in May.\n"
    )
    assert got["the border would open in May"][0] == "Anton Varga"


def test_a_described_speaker_is_the_person_named_right_after_as_speaker() -> None:
    # Wire copy describes a speaker, then names them in the next paragraph's attribution.
    _index, got = speakers_by_content(
        "Forum in Oslo\n\n"
        "The deputy head of Estonia's delegation to the forum said the patrols should stop.\n\n"
        '"This is a time of cooperation," Rear Admiral Anton Varga told reporters.\n'
    )
    assert got["the patrols should stop"][0] == "Anton Varga"


def test_a_person_named_before_the_description_is_not_taken_for_it() -> None:
    _index, got = speakers_by_content(
        "Forum in Oslo\n\n"
        "Rear Admiral Anton Varga arrived in Oslo on Monday.\n\n"
        "The deputy head of Estonia's delegation to the forum said the patrols should stop.\n\n"
        '"This is a time of cooperation," Varga told reporters.\n'
    )
    assert got["the patrols should stop"][0] != "Anton Varga"


def test_the_official_after_a_state_s_officials_is_one_of_them() -> None:
    _index, got = speakers_by_content(
        "Polls abroad\n\n"
        "Estonian officials conducted polling in Latvia in recent months. "
        "They said the outreach raised new worries.\n\n"
        '"We found young people have begun to doubt us," the official said.\n'
    )
    assert got["We found young people have begun to doubt us"][0] == "Estonia"


def test_a_named_group_with_people_in_apposition_speaks_through_the_first() -> None:
    _index, got = speakers_by_content(
        "Climate deal\n\n"
        "The Democrats have promised to keep the deal. But the two leading Republicans, "
        "John Miller and Senator Ted Brown, said the agreement was a mistake.\n"
    )
    assert got["the agreement was a mistake"][0] == "John Miller"


def test_the_heads_of_state_of_a_readout_are_the_pair_its_misparsed_title_named() -> None:
    # The parser makes the title the subject and hangs the name on its "of"; the readout
    # writes "Heads" with a capital, which the tagger takes for a proper noun.
    _index, got = speakers_by_content(
        "Presidents talk\n\n"
        "On July 24, President of the Republic of Estonia Peter Novak held a telephone "
        "conversation with John Miller, President of the Republic of Latvia.\n"
        "The Heads of State noted the importance of building up cooperation.\n"
    )
    assert got["the importance of building up cooperation"][0] == "Peter Novak"


def test_a_state_s_diplomats_speak_for_its_ministry_named_after_the_state() -> None:
    # The ministry is named after its state's diplomats speak, and only its name ties it to
    # the state.
    _index, got = speakers_by_content(
        "Talks on the border\n\n"
        "Norwegian and Swedish ministers met on Monday. Norwegian diplomats insist that the "
        "border will reopen. A source in the Ministry of Foreign Affairs of Norway said "
        "talks would go on.\n"
    )
    assert got["the border will reopen"][0] == "Ministry of Foreign Affairs of Norway"


def test_they_after_two_people_named_together_is_the_first_of_them() -> None:
    # Two ministers on the phone, then "They both": the pair, not a state named on the side;
    # the first of the pair speaks for both, as for "the two sides".
    _index, got = speakers_by_content(
        "Ministers talk\n\n"
        "Foreign Minister Anton Varga spoke with Foreign Minister Marek Holt over the phone "
        "on Monday about cooperation with Canada.\n\n"
        "During the call, Holt described the situation in his country to Varga. They both "
        "agreed that the ties between the two countries would stay strong.\n"
    )
    assert got["the ties between the two countries would stay strong"][0] == "Anton Varga"


def test_the_ministers_of_two_states_speak_through_the_first_state_s_minister() -> None:
    # "the ministers of X and Y" as "the X and Y ministers", also in a lede that names the
    # minister only after: the first state's one minister, not the state.
    _index, got = speakers_by_content(
        "Ministers meet\n\n"
        "The foreign ministers of Estonia and Latvia called for closer ties in trade.\n\n"
        "Estonian Foreign Minister Anton Varga met his Latvian counterpart Marek Holt in "
        "Riga on Monday.\n"
    )
    assert got["closer ties in trade"][0] == "Anton Varga"
