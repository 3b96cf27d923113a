"""Speakers in wire copy: datelines closed by a colon, a state's envoy, the group that spoke,
the parties of a meeting. Sentences invented."""

from __future__ import annotations

from extract_helpers import speakers_by_content

from kg import nlp
from kg.extract.discourse_pairs import readout_heads
from kg.extract.speakers import speaker_past_dateline


def _past_dateline(sentence: str) -> str:
    doc = nlp.load()(sentence)
    verb = next(t for t in doc if t.lemma_ == "say")
    subj = next(c for c in verb.children if c.dep_ == "nsubj")
    return speaker_past_dateline(subj, verb).text


def test_a_dateline_closed_by_a_colon_is_not_the_speaker() -> None:
    # Xinhua and South Asian papers end the dateline with a colon, with a day and a credit.
    said = "Anna Berg, the UN envoy to Libya, said on Tuesday that the truce held."
    assert _past_dateline("TRIPOLI, Nov 04 (Xinhua): " + said) == "Berg"
    assert _past_dateline("TRIPOLI: " + said) == "Berg"
    assert _past_dateline("TRIPOLI (Reuters) - " + said) == "Berg"
    # A name in ordinary case before a colon is no dateline.
    assert _past_dateline("Berg: the minister said the truce held.") == "minister"


def test_a_state_s_envoy_speaks_for_the_state_not_where_they_are_sent() -> None:
    _index, got = speakers_by_content(
        "Envoys weigh a truce\n\n"
        "President Anton Varga of Chile spoke with Marek Holt on Monday. Chile has not ruled "
        "out sanctions. On Friday, Chile's envoy to the United Nations warned in a letter "
        "that any intervention would be aggression.\n"
    )
    assert got["any intervention would be aggression"][0] == "Chile"


def test_they_is_the_group_that_spoke_not_one_named_after_it() -> None:
    _index, got = speakers_by_content(
        "Peace deal signed\n\n"
        "Salva Kiir and Riek Machar signed a peace agreement on Wednesday.\n\n"
        "The U.S., Britain and Norway welcomed the signature of the deal by Kiir, Machar and "
        "the other groups.\n\n"
        "\u201cWe hope the talks will stay open,\u201d they said in a statement.\n"
    )
    assert got["We hope the talks will stay open"][0] == "United States"


def test_the_sides_are_the_parties_who_met_not_a_pair_talked_about() -> None:
    _index, got = speakers_by_content(
        "Talks in Brussels\n\n"
        "Prime Minister Anton Varga had an informal meeting with the President of the European "
        "Council Peter Novak in Brussels. Issues related to the normalization of relations "
        "between Armenia and Azerbaijan were discussed. The sides emphasized the importance "
        "of a summit in June.\n"
    )
    assert got["the importance of a summit in June"][0] == "Anton Varga"


def test_the_heads_of_a_wider_group_are_not_the_pair() -> None:
    def heads(sentence: str) -> bool:
        doc = nlp.load()(sentence)
        return readout_heads(next(t for t in doc if t.text == "Heads"))

    assert heads("The Heads of State noted the importance of trade.")
    assert not heads("They discussed the meeting of the Heads of State of Central Asia.")


def test_the_parties_are_those_of_a_talk_with_people_not_named() -> None:
    _index, got = speakers_by_content(
        "Talks to resume\n\n"
        "Moldova and Transnistria are the conflicting parties, with Russia and Ukraine as "
        "mediators.\n\n"
        "Prime Minister Anton Varga has already had consultations with representatives of the "
        "mediators. The parties came to the conclusion that there are real premises for a "
        "meeting.\n"
    )
    assert got["there are real premises for a meeting"][0] == "Anton Varga"


def test_the_parties_are_the_people_of_a_meeting_not_the_states_of_its_headline() -> None:
    # A headline names the states; the lede names the two officials who met, each after a
    # long title, as the noun of the encounter puts them ("meeting of X and Y", "of X with Y").
    ledes = [
        "a long-awaited meeting of the Minister of Economy of the Republic of Chile Anton "
        "Varga and the Minister of Economy of the Republic of Peru Marek Holt ended in Arica.",
        "the annual meeting of the Minister of Justice of Chile Anton Varga with the Minister "
        "of Justice of Peru Marek Holt took place in Arequipa.",
    ]
    for lede in ledes:
        _index, got = speakers_by_content(
            "Chile, Peru hold border talks\n\n"
            f"On May 4, {lede} The parties expressed confidence that the next round will be "
            "held in June.\n"
        )
        assert got["the next round will be held in June"][0] == "Anton Varga"


def test_a_name_that_closes_a_title_speaks_not_the_state_the_title_names() -> None:
    # The parser hangs the name on the title's `of`; the title's state word must not speak.
    _index, got = speakers_by_content(
        "Ministers to meet\n\n"
        "OSLO, MAY 2. Swiss Co-Chair of the Arctic Contact Group Anton Varga said talks of "
        "the two defence ministers are expected next month.\n"
    )
    assert got["talks of the two defence ministers are expected next month"][0] == "Anton Varga"


def test_a_headline_pair_joined_by_a_comma_is_first_its_first_name() -> None:
    _index, got = speakers_by_content(
        "Chile, Peru agree on release of detainees\n\n"
        "The two countries released prisoners on Monday. Both sides praised the mediators "
        "for their patience.\n"
    )
    assert got["the mediators for their patience"][0] == "Chile"


def test_the_parties_named_by_whom_a_thing_was_done_are_a_pair() -> None:
    # "objections by X and Y" names who objected, no topic: the pair the next sentence's
    # "the two countries" stands for, in place of the headline's.
    _index, got = speakers_by_content(
        "Argentina, Brazil discuss trade\n\n"
        "The government refused to sign the deal after objections by Chile and Peru. The two "
        "countries voiced concerns over the new tariffs.\n"
    )
    assert got["concerns over the new tariffs"][0] == "Chile"
