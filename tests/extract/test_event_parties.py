"""Parties of events found through the discourse model (pronouns, relative pronouns, role
descriptions), names that say what talks are about, and earlier occurrences kept apart."""

from __future__ import annotations

from extract_helpers import extract, names


def test_a_state_compounded_before_peace_talks_is_their_topic(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Ministers agree\n"
            "\n"
            "Lima • X\n"
            "\n"
            "(Agency) – Foreign ministers of Chile, Peru and Bolivia on Monday agreed on all "
            "points at Colombia peace talks in Lima, Chilean Foreign Minister Ana Rojas said. "
            "Colombia welcomed the progress.\n"
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    parties = names(x, talks.participants)
    assert {"Chile", "Peru", "Bolivia"} <= parties
    assert "Colombia" not in parties


def test_who_holds_talks_through_a_relative_pronoun(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Rebels travel\n"
            "\n"
            "Havana • X\n"
            "\n"
            "The government named the leaders of the Northern Front, who travelled to Havana "
            "to hold negotiations with the Government of Colombia.\n"
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert "Northern Front" in names(x, talks.participants)


def test_a_pronoun_party_and_an_earlier_visit_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoy to meet Lopez\n"
            "\n"
            "Valletta • X\n"
            "\n"
            "President Carlos Lopez will meet United Nations envoy Ingrid Berg on May 4, he said "
            "on Friday.\n"
            "\n"
            "Berg was recently in Italy, where she met Foreign Minister Paolo Conti.\n"
            "\n"
            "During her last visit to Malta, she met Lopez twice.\n"
        ),
    )
    meetings = [e for e in x.events if e.kind == "meeting"]
    italy = [e for e in meetings if "Paolo Conti" in names(x, e.participants)]
    assert len(italy) == 1 and "Ingrid Berg" in names(x, italy[0].participants)
    assert italy[0].location is not None and italy[0].location.name == "Italy"
    malta = [e for e in meetings if e.location is not None and e.location.name == "Malta"]
    assert len(malta) == 1 and malta[0].status == "held"
    assert {"Ingrid Berg", "Carlos Lopez"} <= names(x, malta[0].participants)
    planned = [e for e in meetings if e.status == "planned"]
    assert len(planned) == 1 and planned[0] is not malta[0]


def test_a_month_and_a_day_in_it_are_one_summit_and_spoke_to_is_a_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Leaders to hold October summit in Tirana: Skopje\n"
            "\n"
            "Skopje • X\n"
            "\n"
            "Prime Minister Ana Kola will meet Prime Minister Marko Petrov at a summit in Tirana "
            "in October, the government said on Monday. The two leaders will talk during the "
            "summit on October 12.\n"
            "\n"
            "Earlier, Prime Minister Ana Kola spoke to Prime Minister Marko Petrov by phone.\n"
        ),
    )
    summits = [e for e in x.events if e.kind == "meeting"]
    assert len(summits) == 1
    assert summits[0].date is not None and summits[0].date.day == 12
    assert summits[0].location is not None and summits[0].location.name == "Tirana"
    [call] = [e for e in x.events if e.kind == "phone_call"]
    assert {"Ana Kola", "Marko Petrov"} <= names(x, call.participants)


def test_the_two_neighbours_are_the_last_pair_named_together(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Ties restored\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "Kenya and Ethiopia agreed on Friday to restore ties. "
            "The two neighbours had been engaged in talks since March 2021.\n"
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert names(x, talks.participants) == {"Kenya", "Ethiopia"}


def test_a_suspension_is_the_talks_fate_and_the_two_neighbours_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks suspended\n"
            "\n"
            "Nairobi • X\n"
            "\n"
            "Kenya and Ethiopia held talks in Nairobi on Monday. The talks were suspended by the "
            "mediators on Tuesday. The two neighbours severed their ties after the Kenyan "
            "embassy was attacked by a mob in 2016.\n"
        ),
    )
    assert [e for e in x.events if e.trigger and e.trigger.text == "suspended"] == []
    [severed] = [e for e in x.events if e.trigger and e.trigger.text == "severed"]
    assert names(x, severed.participants) == {"Kenya", "Ethiopia"}


def test_a_summit_dated_ahead_is_planned_and_the_three_countries_are_its_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Published: 2024-05-06\n"
            "\n"
            "Ministers meet\n"
            "\n"
            "Quito • X\n"
            "\n"
            "Chile, Peru and Bolivia have so far held five rounds of talks in Quito. The "
            "summit of the three countries' presidents in Lima on May 20 is the next step.\n"
        ),
    )
    [summit] = [e for e in x.events if e.trigger and e.trigger.text == "summit"]
    assert summit.status == "planned" and summit.date and summit.date.day == 20
    assert names(x, summit.participants) == {"Chile", "Peru", "Bolivia"}
    [rounds] = [e for e in x.events if e is not summit]
    assert rounds.status == "held" and rounds.date is None


def test_another_meeting_of_talks_is_their_next_round_and_truce_talks_no_truce(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Published: 2024-05-06\n"
            "\n"
            "Envoys to arrive in Oslo for Sahel ceasefire talks\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Kenya and Ethiopia held talks in Oslo on Monday. Another high-level meeting is "
            "expected in June.\n"
        ),
    )
    assert [e for e in x.events if e.kind == "ceasefire"] == []
    [june] = [e for e in x.events if e.date is not None and e.date.month == 6]
    assert june.kind == "negotiation_round" and june.status == "planned"
    assert names(x, june.participants) == {"Kenya", "Ethiopia"}


def test_an_initiative_signed_by_parties_is_a_signing_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Published: 2024-05-06\n"
            "\n"
            "River deal signed\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "The Nile Water Initiative, signed by Kenya and Ethiopia on Friday with Egypt in "
            "Geneva, would allow more water for farmers.\n"
        ),
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert signing.status == "held"
    assert {"Kenya", "Ethiopia"} <= names(x, signing.participants)


def test_the_day_a_role_in_talks_is_praised_is_not_the_talks_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Published: 2024-05-10\n"
            "\n"
            "UN welcomes deal\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "The UN on Friday thanked Norway for its role in the negotiations between Kenya "
            "and Ethiopia.\n"
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert talks.date is None


def test_who_judges_the_talks_takes_no_part_in_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks praised\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "Kenya and Ethiopia held talks in Geneva on Monday. The African Union characterized "
            "the talks as a success, and the United Nations termed the talks a breakthrough.\n"
        ),
    )
    talks = [e for e in x.events if e.kind == "negotiation_round"]
    assert talks
    for event in talks:
        assert not names(x, event.participants) & {"African Union", "United Nations"}


def test_the_next_act_of_a_clause_names_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoy in Nairobi\n"
            "\n"
            "Nairobi • X\n"
            "\n"
            "The Ethiopian envoy Abebe Tadesse arrived in Nairobi, where he met President "
            "William Ruto and handed over a letter from Prime Minister Abiy Ahmed.\n"
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    parties = names(x, meeting.participants)
    assert "William Ruto" in parties
    assert "Abiy Ahmed" not in parties


def test_who_speaks_after_a_meeting_with_someone_met_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Minister speaks\n"
            "\n"
            "Lima • X\n"
            "\n"
            "Chilean President Luis Vega said on Friday that the border would reopen.\n"
            "\n"
            "Speaking to reporters after a meeting with ambassadors from Peru and Bolivia, he "
            "recalled that the border had been closed for a year.\n"
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert "Luis Vega" in names(x, meeting.participants)


def test_a_visitor_meeting_a_state_s_people_meets_the_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoy tours region\n"
            "\n"
            "Valletta • X\n"
            "\n"
            "Italy and Malta welcomed the plan. The UN envoy Ingrid Berg travelled to Italy, "
            "meeting Prime Minister Paolo Conti.\n"
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert names(x, meeting.participants) == {"Ingrid Berg", "Paolo Conti", "Italy"}


def test_signatories_and_the_states_they_sign_for(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Border deal\n"
            "\n"
            "Lima • X\n"
            "\n"
            "The border agreement was signed by Foreign Minister Ana Rojas on behalf of Peru "
            "and by Foreign Minister Luis Vega on behalf of Chile in Lima on Monday.\n"
        ),
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert names(x, signing.participants) == {"Ana Rojas", "Peru", "Luis Vega", "Chile"}


def test_every_mediator_named_after_mediated_by_is_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks end\n"
            "\n"
            "Doha • X\n"
            "\n"
            "The talks in Doha between Israel and Hamas, mediated by Qatar, Egypt and the United "
            "States, ended on Friday.\n"
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert names(x, talks.participants) == {"Israel", "Hamas"}
    assert talks.mediator is not None and x.actor(talks.mediator).name == "Qatar"


def test_a_delegation_acting_next_to_the_talks_takes_part_in_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks in Geneva\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "Kenya and Ethiopia held talks in Geneva on Monday. The Kenyan delegation presented "
            "a plan for the border. The Ethiopian delegation remained in the city.\n"
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    parties = names(x, talks.participants)
    assert {"Kenya", "Ethiopia", "Kenyan delegation"} <= parties
    assert "Ethiopian delegation" not in parties


def test_who_hosts_talks_between_others_mediates_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    def parley(sentence: str):  # type: ignore[no-untyped-def]
        return extract(pipeline, f"Talks\n\nRiyadh • X\n\n{sentence}\n")

    x = parley("Saudi Arabia hosted talks between Kenya and Ethiopia in Riyadh on Tuesday.")
    [riyadh] = [e for e in x.events if e.kind == "negotiation_round"]
    assert names(x, riyadh.participants) == {"Kenya", "Ethiopia"}
    assert riyadh.mediator is not None and x.actor(riyadh.mediator).name == "Saudi Arabia"
    x = parley("Kenya hosted Ethiopian Prime Minister Abiy Ahmed for talks in Nairobi.")
    [nairobi] = x.events
    assert {"Kenya", "Abiy Ahmed"} <= names(x, nairobi.participants)
    assert nairobi.mediator is None


def test_states_named_by_joined_adjectives_are_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Talks end\n\nGeneva • X\n\nThe United States and Russia disagree. The U.S.-Russian "
        "talks in Geneva ended on Monday.\n",
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert names(x, talks.participants) == {"United States", "Russia"}


def test_who_is_enabled_or_invited_to_meet_meets(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Truce holds\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "The truce has enabled Kenya and Ethiopia to meet directly in Geneva.\n"
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert names(x, meeting.participants) == {"Kenya", "Ethiopia"}


def test_who_calls_a_meeting_convenes_it_on_its_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Published: 2025-03-16\n"
            "\n"
            "Meeting called\n"
            "\n"
            "Nairobi • X\n"
            "\n"
            "Kenya and Ethiopia are at odds. Kenya called a meeting with Ethiopia in Nairobi on "
            "Monday.\n"
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert names(x, meeting.participants) == {"Kenya", "Ethiopia"}
    assert meeting.date is not None and meeting.date.iso() == "2025-03-10"


def test_who_acts_by_means_of_an_event_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Support shown\n"
            "\n"
            "Ottawa • X\n"
            "\n"
            "(Agency) – Canada showed its support through the June 3 signing of the Arctic "
            "Shipping Act, officials said.\n"
        ),
    )
    assert any("Canada" in names(x, e.participants) for e in x.events)


def test_who_relaunches_talks_between_others_mediates_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks again\n\nLima • X\n\n"
            "Peru and Chile have relaunched peace talks between Ecuador and Colombia, the "
            "Peruvian foreign ministry said on Monday.\n"
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert names(x, talks.participants) == {"Ecuador", "Colombia"}
    assert talks.mediator is not None and x.actor(talks.mediator).name == "Peru"


def test_envoys_of_several_states_and_no_teller_take_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoys in Beirut\n\nBeirut • X\n\n"
            "Egypt, Jordan and Qatar sent envoys to Beirut this week. Egyptian envoy Samir "
            "Fahmy arrived on Monday. Government spokesman Omar Haddad said on Tuesday that "
            "Prime Minister Karim Nasser was holding a meeting with Egyptian, Jordanian and "
            "Qatari envoys in Beirut.\n"
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    parties = names(x, meeting.participants)
    # One envoy holds the post the article names; the other states send envoys of their own.
    assert {"Karim Nasser", "Jordan", "Qatar"} <= parties
    # Who tells of the meeting held by another is no party to it.
    assert "Omar Haddad" not in parties


def test_tellings_naming_the_same_states_with_other_people_are_one_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoys in Beirut\n\nBeirut • X\n\n"
            "On Tuesday the Egyptian envoy Samir Fahmy met the delegations of Jordan and "
            "Qatar in Beirut. Later, a spokesman said Prime Minister Karim Nasser was holding "
            "a meeting with Egyptian, Jordanian and Qatari envoys.\n"
        ),
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert {"Samir Fahmy", "Karim Nasser", "Jordan", "Qatar"} <= names(x, meeting.participants)


def test_the_parties_are_not_what_they_are_members_of_nor_who_calls_on_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Truce on the border\n\nNairobi • X\n\n"
            "Clashes broke out on the border on Thursday. A truce was agreed in the evening. "
            "Both Kenya and Uganda are members of the East African Community. The largest "
            "member of the Intergovernmental Authority on Development and the African Union, "
            "Ethiopia, welcomed the truce. \"We call on the parties, at next week's "
            'negotiations, to reach a lasting settlement," spokeswoman Selam Tadesse said.\n'
        ),
    )
    [truce] = [e for e in x.events if e.kind == "ceasefire"]
    assert names(x, truce.participants) == {"Kenya", "Uganda"}
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert names(x, talks.participants) == {"Kenya", "Uganda"}


def test_who_signed_before_is_no_party_of_a_later_signing(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Deal signed\n\nJuba • X\n\n"
            "President Ayen Deng signed the peace deal with the rebels in Juba on Wednesday "
            "after refusing to sign it last week, when rebel leader Garang Mabior and former "
            "detainees signed it in Nairobi.\n"
        ),
    )
    signings = [e for e in x.events if e.kind == "agreement_signing"]
    # The clause of time tells another signing: its signers are not this one's.
    assert "Garang Mabior" not in names(x, signings[0].participants)
    assert "Ayen Deng" in names(x, signings[0].participants)


def test_who_made_remarks_counted_together_with_a_meeting_is_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Leaders meet at border\n\nPresident Tomas Rell of Norland and President Ilse Varga of "
        "Estland met for a surprise summit at the border village of Vossa on Saturday.\n\n"
        "The meeting, together with optimistic remarks from Prime Minister Pieter Aulin of "
        "Farland on Friday, marked a swift reversal from Thursday.\n",
    )
    assert not any("Pieter Aulin" in names(x, e.participants) for e in x.events), x.events
