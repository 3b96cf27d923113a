"""Events read by meaning and by discourse: an indefinite mention starts a new occurrence,
heads of delegation named by "led by" take part, demands and goals are no events, a meeting
"next week" is planned, and who claims an attack made it."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import check_spans, extract, names

from kg.extract.event_habits import habitual
from kg.extract.event_triggers import TRIGGERS
from kg.model import Article
from kg.nlp import load


def kinds_of(phrase: str) -> set[str]:
    return {k for p, k in TRIGGERS if p.search(phrase)}


def test_lexicon_covers_kinds_by_meaning() -> None:
    assert kinds_of("held consultations in Vienna") == {"negotiation_round"}
    assert kinds_of("the minister phoned his counterpart") == {"phone_call"}
    assert kinds_of("a video call between the leaders") == {"phone_call"}
    assert kinds_of("the two sides inked a trade pact") == {"agreement_signing"}
    assert kinds_of("the release of 40 detainees") == {"prisoner_exchange"}
    assert kinds_of("a humanitarian pause in fighting") == {"ceasefire"}
    assert kinds_of("a cessation of hostilities") == {"ceasefire"}
    assert kinds_of("the ministry attacked the convoy") == {"attack"}
    assert kinds_of("Friday's round ended without a deal") == {"negotiation_round"}
    assert kinds_of("the second round will be held in Doha") == {"negotiation_round"}
    assert kinds_of("a new round of sanctions") == set()
    assert kinds_of("the weather was fine") == set()


def test_an_indefinite_meeting_is_a_new_occurrence(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Ministers gather\n"
            "\n"
            "Luanda • X\n"
            "\n"
            "Kenya and Uganda opened the third Ministerial Meeting on border security on "
            "Monday. The two countries had agreed on a truce in March, a decision that came "
            "after a meeting in Nairobi.\n"
        ),
    )
    meetings = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert len(meetings) == 2


def test_heads_of_delegation_led_the_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Arms talks in Vienna\n"
            "\n"
            "Vienna • X\n"
            "\n"
            "France and Brazil held talks in Vienna on Tuesday. The talks were led by French "
            "Foreign Minister Jean Dupont and Brazilian Foreign Minister Paulo Souza.\n"
        ),
    )
    talks = [e for e in x.events if e.kind == "negotiation_round"]
    assert len(talks) == 1
    assert {"Jean Dupont", "Paulo Souza", "France", "Brazil"} <= names(x, talks[0].participants)


def test_a_ceasefire_called_for_or_aimed_at_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Appeal for calm\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "Norway and Chile called upon the parties to agree to and implement a new "
            "ceasefire, with the aim of building to a permanent cessation of hostilities.\n"
        ),
    )
    assert [e for e in x.events if e.kind == "ceasefire"] == []


def test_next_weeks_summit_is_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Leaders talk\n"
            "\n"
            "London • X\n"
            "\n"
            "Ahead of next week’s G20 meeting, the leaders discussed trade.\n"
        ),
    )
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert [m.status for m in meetings] == ["planned"]


def test_who_claims_an_attack_made_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "School attacked\n"
            "\n"
            "Bogota • X\n"
            "\n"
            "The National Liberation Army claimed responsibility for an attack on a school "
            "in Cali on Sunday.\n"
        ),
    )
    attacks = [e for e in x.events if e.kind == "attack"]
    assert len(attacks) == 1
    assert names(x, attacks[0].participants) == {"National Liberation Army"}


def test_agreeing_to_a_named_act_is_coded_agree(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Embargo to go\n"
            "\n"
            "Lima • X\n"
            "\n"
            "The Peruvian Congress agreed to lift embargoes on grain sales to Bolivia.\n"
        ),
    )
    assert [e.plover for e in x.events if e.trigger and e.trigger.text == "agreed"] == ["AGREE"]


def test_a_decision_naming_no_act_is_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Leaders keep in touch\n"
            "\n"
            "Lima • X\n"
            "\n"
            "President Dina Boluarte and President Luis Arce agreed to remain in close contact.\n"
        ),
    )
    assert [e for e in x.events if e.trigger and e.trigger.text == "agreed"] == []


def test_a_ceasefire_agreed_to_is_plover_agree(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Truce in the Balkans\n"
            "\n"
            "Sarajevo • X\n"
            "\n"
            "Bosnia and Slovenia agreed to a ceasefire on Monday after two days of fighting.\n"
        ),
    )
    truces = [e for e in x.events if e.kind == "ceasefire"]
    assert [e.plover for e in truces] == ["AGREE"]


def test_a_meeting_before_a_dated_decision_keeps_no_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Truce agreed\n"
            "\n"
            "Luanda • X\n"
            "\n"
            "On July 30, Kenya and Uganda had reached an agreement on a ceasefire, a decision "
            "that came after a meeting in Nairobi.\n"
        ),
    )
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].date is None


def test_met_in_a_when_clause_was_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks to resume\n"
            "\n"
            "Geneva • 28 July 2021\n"
            "\n"
            "The two presidents, Joe Biden and Vladimir Putin, agreed to hold a summit in "
            "Vienna when they met in Geneva last month.\n"
        ),
    )
    met = [e for e in x.events if e.trigger is not None and e.trigger.text == "met"]
    assert [e.status for e in met] == ["held"]


def test_delegations_led_by_join_the_last_gathering(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The sentence about the delegations has no event word: its heads of delegation and the
    # states their titles name take part in the meeting told just before.
    x = extract(
        pipeline,
        (
            "Ministers gather\n"
            "\n"
            "Nairobi • X\n"
            "\n"
            "Foreign ministers opened the fourth Ministerial Meeting on the border. "
            "The delegations are led by Amina Odhiambo, Minister of Foreign Affairs of "
            "Kenya, and Joseph Mukasa, Minister of Foreign Affairs of Uganda. Kenya and "
            "Uganda share a long border.\n"
        ),
    )
    meetings = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert len(meetings) == 1
    assert {"Amina Odhiambo", "Joseph Mukasa", "Kenya", "Uganda"} <= names(
        x, meetings[0].participants
    )


def test_who_headed_a_delegation_names_it_a_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Border talks\n"
            "\n"
            "Delhi • X\n"
            "\n"
            "India and Nepal will meet on Friday. In an earlier meeting, Foreign Secretary "
            "Ravi Sharma headed the Indian delegation.\n"
        ),
    )
    earlier = [e for e in x.events if "earlier" in e.evidence.text]
    assert len(earlier) == 1
    assert {"India", "Ravi Sharma"} <= names(x, earlier[0].participants)


def test_the_speaker_reporting_talks_is_not_their_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Foreign ministers of ..." stand for several; the one minister who reports the talks
    # takes part only when the text says so.
    x = extract(
        pipeline,
        (
            "Ministers agree\n"
            "\n"
            "NAIROBI (Agency) – Foreign ministers of Kenya, Uganda and Tanzania on Sunday "
            "agreed on all key issues at border talks in Mombasa, Kenyan Foreign Minister "
            "Amina Odhiambo said.\n"
        ),
    )
    talks = [e for e in x.events if e.kind == "negotiation_round"]
    assert len(talks) == 1
    parties = names(x, talks[0].participants)
    assert {"Kenya", "Uganda", "Tanzania"} <= parties
    assert "Amina Odhiambo" not in parties


def test_a_delegations_visit_is_a_meeting_of_its_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A visit is a meeting (the guidelines), whoever makes it; the delegation acts for the
    # party its name opens with, which takes part at its own level.
    x = extract(
        pipeline,
        (
            "Delegation in Cairo\n"
            "\n"
            "Cairo • X\n"
            "\n"
            "Hamas announced that a delegation of the group will arrive in Cairo. The visit to "
            "Cairo by the Hamas delegation, led by senior Hamas official Khalil al-Hayya, follows "
            "an invitation from Egypt.\n"
        ),
    )
    visits = [e for e in x.events if e.trigger.text == "visit"]
    assert [e.kind for e in visits] == ["meeting"]
    assert {"Hamas delegation", "Hamas", "Khalil al-Hayya"} <= names(x, visits[0].participants)


def test_the_two_presidents_are_not_the_deputies_of_the_last_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the two presidents" stand for the states when the last event's people are no
    # presidents: the deputies who led the talks did not meet last month.
    x = extract(
        pipeline,
        (
            "Arms talks\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "Russia and the United States held talks in Geneva on Tuesday. The talks were led "
            "by U.S. Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign "
            "Minister Sergei Ryabkov. The two presidents met in Vienna last month.\n"
        ),
    )
    vienna = [e for e in x.events if e.location is not None and e.location.name == "Vienna"]
    assert len(vienna) == 1
    parties = names(x, vienna[0].participants)
    assert {"Russia", "United States"} <= parties
    assert not parties & {"Wendy Sherman", "Sergei Ryabkov"}


def test_a_call_between_the_same_two_is_the_call_told(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoy resigns\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "The envoy resigned after details emerged about Tom Ode's call with President "
            "Paul Grey. Lawmakers asked for a transcript of a call between Tom Ode and Paul "
            "Grey in late July.\n"
        ),
    )
    assert [e.kind for e in x.events if e.kind == "phone_call"] == ["phone_call"]


def test_the_two_men_named_just_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Generals meet\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Kenya and Uganda held talks in Nairobi on Monday. General Paul Grey asked Admiral "
            "Tom Ode about it on Tuesday. The two men met at the Pentagon on Wednesday.\n"
        ),
    )
    met = [e for e in x.events if x.article.text[e.trigger.start : e.trigger.end] == "met"]
    assert [names(x, e.participants) for e in met] == [{"Paul Grey", "Tom Ode"}]


def test_the_first_round_is_not_the_second_and_meeting_again_is_a_round(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks in Istanbul\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Norwegian and Danish delegations held a second round of direct talks in Istanbul "
            "on Monday. The talks lasted an hour. The first round, held in Istanbul in May, "
            "produced a prisoner exchange. Both sides agreed to meet again next month.\n"
        ),
    )
    rounds = [e for e in x.events if e.kind == "negotiation_round"]
    assert sorted(e.status for e in rounds) == ["held", "held", "planned"]
    assert [e.kind for e in x.events if e.kind == "meeting"] == []


def test_the_summit_with_its_day_is_the_summit_told(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "News of the day\n"
        "\n"
        "London • X\n"
        "\n"
        "A planned summit between Kenya and Uganda was postponed on Monday. The summit had "
        "been scheduled for Friday in Nairobi.\n"
    )
    x = pipeline.extract(
        Article(key="t", title=text.split("\n")[0], text=text, published=dt.date(2024, 5, 15))
    )
    check_spans(x)
    assert [e.status for e in x.events if e.kind == "meeting"] == ["postponed"]


def test_where_a_round_was_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "News of the day\n"
            "\n"
            "London • X\n"
            "\n"
            "Norway and Denmark held talks on Monday. The first round, held in Geneva in May, "
            "produced a prisoner exchange.\n"
        ),
    )
    places = [e.location.name for e in x.events if e.location is not None]
    assert "Geneva" in places


def test_they_who_meet_again_are_the_pair_that_met_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Old friends\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Mr. Paul Grey and Mr. Tom Ode first met in 2007 at an airport in Oslo. ''It was a "
            "short chat,'' an aide recalled. They met again in July 2008, when Mr. Grey was "
            "visiting Bergen.\n"
        ),
    )
    again = [e for e in x.events if e.date is not None and e.date.year == 2008]
    assert [{"Paul Grey", "Tom Ode"} <= names(x, e.participants) for e in again] == [True]


def test_after_a_meeting_that_failed_to_resolve_snags_it_was_a_round(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parser reads "after a meeting ... failed" as "after a meeting" and a verb with no
    # subject: the meeting is still what failed to resolve the snags.
    x = extract(
        pipeline,
        (
            "No deal\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "President Paul Grey of Norway and President Tom Ode of Denmark met in Rome on "
            "Monday. But the effort fell short, after a 90-minute meeting on Monday between "
            "Mr. Grey and Mr. Ode on the sidelines of a summit failed to resolve snags between "
            "Norway and Denmark.\n"
        ),
    )
    text = x.article.text
    meeting = [
        e for e in x.events if e.trigger and text[e.trigger.start : e.trigger.end] == "meeting"
    ]
    assert [e.kind for e in meeting] == ["negotiation_round"]


def test_the_relative_of_someone_met_brings_not_his_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "A visit\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Norway and Denmark are neighbours. Mr. Paul Grey met privately with the wife of a "
            "Norwegian-Danish pastor in Rome on Monday.\n"
        ),
    )
    met = [e for e in x.events if x.article.text[e.trigger.start : e.trigger.end] == "met"]
    assert [names(x, e.participants) & {"Norway", "Denmark"} for e in met] == [set()]


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("Mr. Grey made clear that meeting relatives of prisoners has an impact.", True),
        ("Mr. Grey said that meeting Tom Ode in Rome was a mistake.", False),
    ],
)
def test_a_gerund_told_as_a_general_truth_is_no_event(text: str, general: bool) -> None:
    doc = load()(text)
    assert habitual(next(t for t in doc if t.lower_ == "meeting")) is general


def test_a_call_made_by_one_to_another_has_both(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "A call\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Norway and Denmark are neighbours. A phone call made by Paul Grey to Tom Ode on "
            "Monday angered lawmakers.\n"
        ),
    )
    calls = [names(x, e.participants) for e in x.events if e.kind == "phone_call"]
    assert calls == [{"Paul Grey", "Tom Ode"}]


def test_the_airstrike_is_the_airstrike_told_and_who_was_killed_in_it_was_struck(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A strike\n"
        "\n"
        "Oslo • X\n"
        "\n"
        "On Monday, Norwegian forces killed Paul Grey, head of the Red Brigade, in an airstrike. "
        "Norway called its actions defensive, pointing to the May 3 attack on the Danish Embassy "
        "in Oslo as an example of the attacks on Norwegians that Grey took part in.\n"
        "\n"
        "Norway carried out the airstrike at Bergen Airport, where Grey was arriving by plane. "
        "He was met by Tom Ode, who was also killed in the airstrike.\n"
    )
    x = pipeline.extract(
        Article(key="t", title=text.split("\n")[0], text=text, published=dt.date(2024, 5, 15))
    )
    check_spans(x)
    struck = {e.date.day: names(x, e.participants) for e in x.events if e.date and e.date.day}
    assert {"Paul Grey", "Tom Ode"} <= struck[13]
    assert "Tom Ode" not in struck[3]


def test_the_subtitles_event_is_the_one_the_lead_introduces(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Grey says the winter was mild;\n"
        "After Labour debate with Grey, the rival party's candidate takes the stage.\n"
        "\n"
        "The day after a Labour debate with Paul Grey in Oslo, the candidate holding the "
        "spotlight was Paul Grey, who gave interviews.\n"
    )
    x = pipeline.extract(
        Article(key="t", title=text.split("\n")[0], text=text, published=dt.date(2024, 5, 15))
    )
    check_spans(x)
    # One debate, told in both (with a party named: `event_acts.with_parties`).
    assert [e.kind for e in x.events] == ["other"]


def test_named_members_of_a_delegation_take_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Border commission\n"
            "\n"
            "Nairobi • X\n"
            "\n"
            "The joint border commission of Kenya and Uganda met in Nairobi on Monday. "
            "The Ugandan delegation included Ambassador of Uganda to Kenya Grace Atim and "
            "Deputy Minister Peter Okello.\n"
        ),
    )
    meetings = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert len(meetings) == 1
    assert {"Grace Atim", "Peter Okello"} <= names(x, meetings[0].participants)
