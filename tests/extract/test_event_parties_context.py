"""Parties an event word's phrase does not name outright: counterparts met in turn, the people a
plural post stands for, the person an attack was aimed at, the parties "between" whom a thing
was signed."""

from __future__ import annotations

from extract_helpers import check_spans, names

from kg.reading import parse_txt


def extract(pipeline, body: str):  # type: ignore[no-untyped-def]
    text = f"Published: 2025-03-16\n\nEnvoys meet\n\nGeneva • Example Desk\n\n{body}\n"
    x = pipeline.extract(parse_txt(text, "<test>"))
    check_spans(x)
    return x


def test_counterparts_met_in_turn_are_two_meetings(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Later on Tuesday Prime Minister Jonas Berg met with the World Bank, then with "
        "President Anna Lind, where he raised the border dispute.",
    )
    meetings = [names(x, e.participants) for e in x.events if e.kind == "meeting"]
    assert len(meetings) == 2
    assert any("World Bank" in m and "Anna Lind" not in m for m in meetings)
    assert any("Anna Lind" in m and "World Bank" not in m for m in meetings)


def test_counterparts_of_one_with_phrase_meet_together(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Prime Minister Jonas Berg met with the World Bank and President Anna Lind on Tuesday.",
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert {"World Bank", "Anna Lind", "Jonas Berg"} <= names(x, meeting.participants)


def test_a_plural_post_is_the_people_who_took_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "On Thursday, the delegations of Norway and Denmark met in Oslo. The meeting was "
        "attended by Norwegian prime minister Jonas Berg, and Danish prime minister Anna Lind "
        "and energy minister Eva Holm. The agreement was signed by the ministers.",
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert {"Jonas Berg", "Anna Lind", "Eva Holm"} <= names(x, signing.participants)


def test_the_ministers_are_the_people_of_the_last_gathering(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Chilean foreign minister Ana Rojas and her Peruvian counterpart Luis Vega met in Lima "
        "on Wednesday to discuss the border. They called on Bolivia to join the talks.\n\n"
        "The ministers agreed to a future meeting in Cusco.",
    )
    [planned] = [e for e in x.events if e.kind == "meeting" and e.status == "planned"]
    assert {"Ana Rojas", "Luis Vega"} <= names(x, planned.participants)


def test_a_group_of_its_own_is_not_the_last_gathering_s_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Chilean foreign minister Ana Rojas and her Peruvian counterpart Luis Vega met in Lima "
        "on Wednesday. Rojas will then meet with leaders of political parties in Cusco.",
    )
    later = [e for e in x.events if e.kind == "meeting" and e.status == "planned"]
    assert all("Luis Vega" not in names(x, e.participants) for e in later)


def test_the_person_an_attack_was_aimed_at_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Rebels carried out an attack on General Omar Haddad in Tripoli on Friday. "
        "Rebels also carried out an attack on Libya on Saturday.",
    )
    attacks = [e for e in x.events if e.kind == "attack"]
    parties = [names(x, e.participants) for e in attacks]
    assert any("Omar Haddad" in p for p in parties)
    assert all("Libya" not in p for p in parties)  # a state attacked is where it happened


def test_an_envoy_sent_to_join_takes_part_for_the_sender(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Chile welcomed the progress, and sent Foreign Minister Ana Rojas to join the "
        "trilateral meeting of Andean states in Lima on Monday.",
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert {"Ana Rojas", "Chile"} <= names(x, meeting.participants)


def test_who_invites_another_to_meet_is_not_said_to_take_part_by_that(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Chile invited Foreign Minister Luis Vega of Peru to join the talks in Lima on Monday.",
    )
    [talks] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    parties = names(x, talks.participants)
    assert "Luis Vega" in parties and "Chile" not in parties


def test_who_travels_to_meet_takes_part_in_the_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "French President Emmanuel Macron will travel to Beijing next week to meet Chinese "
        "President Xi Jinping.",
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert {"Emmanuel Macron", "Xi Jinping"} <= names(x, meeting.participants)


def test_each_adjective_of_a_pair_names_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Russian and Ukrainian negotiators met in Istanbul on Monday. Ukraine and Russia "
        "both said the talks were useful.",
    )
    [meeting] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert {"Russia", "Ukraine"} <= names(x, meeting.participants)
    assert meeting.location is not None and meeting.location.name == "Istanbul"


def test_who_an_attack_killed_and_where(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Israeli air strikes killed commander Mohammed Deif in Khan Younis on Saturday.",
    )
    [attack] = [e for e in x.events if e.kind == "attack"]
    assert {"Mohammed Deif", "Israel"} <= names(x, attack.participants)
    assert attack.location is not None and attack.location.name == "Khan Younis"


def test_a_place_the_parse_hangs_on_the_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, "Saudi Arabia and Iran signed an agreement in Beijing on Friday.")
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert signing.location is not None and signing.location.name == "Beijing"


def test_the_place_of_a_city_named_after_its_noun(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Foreign ministers of Iran, Russia and Turkey convened on Sunday in the southwestern "
        "Turkish city of Antalya.",
    )
    [meeting] = [e for e in x.events if e.kind == "meeting"]
    assert meeting.location is not None and meeting.location.name == "Antalya"


def test_a_meeting_on_a_journey_is_where_the_journey_went(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "UN envoy Maria Lund travelled to Greece, meeting Prime Minister Karl Berg. During her "
        "last visit to Cyprus, she met President Anna Lind.",
    )
    meetings = sorted((e for e in x.events if e.kind == "meeting"), key=lambda e: e.trigger.start)
    assert [m.location.name if m.location else None for m in meetings] == ["Greece", "Cyprus"]


def test_who_is_told_at_a_call_is_on_the_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Chinese President Xi Jinping told Brazilian President Luiz Inacio Lula da Silva in a "
        "phone call on Tuesday that China supports peace.",
    )
    [call] = [e for e in x.events if e.kind == "phone_call"]
    assert {"Xi Jinping", "Luiz Inacio Lula da Silva"} <= names(x, call.participants)


def test_who_opens_talks_between_others_mediates_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Turkish Foreign Minister Hakan Fidan opened the talks between Russia and Ukraine in "
        "Istanbul on Friday.",
    )
    [talks] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert names(x, talks.participants) == {"Russia", "Ukraine"}
    assert talks.mediator is not None and x.actor(talks.mediator).name == "Hakan Fidan"


def test_who_a_passive_attack_hit(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "The convoy of the World Food Programme was hit by an air strike near Gaza City on "
        "Saturday.",
    )
    [attack] = [e for e in x.events if e.kind == "attack"]
    assert "World Food Programme" in names(x, attack.participants)


def test_who_tells_of_talks_with_another_held_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Russian Foreign Minister Sergei Lavrov said the talks with Marco Rubio in Riyadh on "
        "Tuesday were useful.",
    )
    [talks] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert {"Sergei Lavrov", "Marco Rubio"} <= names(x, talks.participants)


def test_who_tells_of_talks_between_others_is_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Analyst Karl Berg said the talks between Armenia and Azerbaijan in Abu Dhabi on "
        "Tuesday were useful.",
    )
    [talks] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert "Karl Berg" not in names(x, talks.participants)


def test_counterparts_met_on_two_days_are_dated_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Antony Blinken met with Benjamin Netanyahu on Thursday and then with Mahmoud Abbas on "
        "Friday.",
    )
    meetings = sorted((e for e in x.events if e.kind == "meeting"), key=lambda e: e.date.iso())
    assert [(sorted(names(x, m.participants)), m.date.iso()) for m in meetings] == [
        (["Antony Blinken", "Benjamin Netanyahu"], "2025-03-13"),
        (["Antony Blinken", "Mahmoud Abbas"], "2025-03-14"),
    ]


def test_a_participle_after_a_time_word_shares_the_main_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "After meeting Recep Tayyip Erdogan in Ankara on Thursday, Marco Rubio flew to Riyadh, "
        "where he held talks with Saudi officials on Friday.",
    )
    meetings = sorted(
        (e for e in x.events if e.kind in ("meeting", "negotiation_round")),
        key=lambda e: e.trigger.start,
    )
    assert {"Recep Tayyip Erdogan", "Marco Rubio"} <= names(x, meetings[0].participants)
    assert [m.location.name if m.location else None for m in meetings] == ["Ankara", "Riyadh"]


def test_the_invited_take_part_at_the_inviter_s_initiative(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Qatar invited Israel and Hamas to indirect talks in Doha on Friday.",
    )
    [talks] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert names(x, talks.participants) == {"Israel", "Hamas"}
    assert talks.initiator is not None and x.actor(talks.initiator).name == "Qatar"


def test_a_clause_about_the_thing_signed_names_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Turkey and Libya signed a maritime agreement on Friday, according to which a section "
        "between Crete and Cyprus would cross the Turkish zone. Cyprus protested.",
    )
    [signing] = [e for e in x.events if e.kind == "agreement_signing"]
    assert names(x, signing.participants) == {"Turkey", "Libya"}
