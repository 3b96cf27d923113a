"""Event mentions as a reader counts them: modifiers and mediators are no parties or events,
occurrences stay apart by parties and by tense, and parties are named at every level."""

from __future__ import annotations

from extract_helpers import extract, names


def test_mediators_of_talks_are_no_parties_and_a_topic_word_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Border talks end\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Norway and Switzerland, mediators of the border ceasefire talks between Armenia "
            "and Azerbaijan, said on Monday that the talks had ended.\n"
        ),
    )
    assert [e.kind for e in x.events if e.kind == "ceasefire"] == []
    talks = [e for e in x.events if e.kind == "negotiation_round"]
    assert len(talks) == 1
    assert {"Norway", "Switzerland"}.isdisjoint(names(x, talks[0].participants))
    assert names(x, [talks[0].mediator]) <= {"Norway", "Switzerland"}
    assert talks[0].mediator is not None


def test_meetings_with_other_counterparts_are_other_occurrences(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoy tours the region\n"
            "\n"
            "Geneva • X\n"
            "\n"
            "UN envoy Kofi Annan met Egyptian Foreign Minister Sameh Shoukry in Cairo. "
            "He had earlier met Jordanian Foreign Minister Ayman Safadi and King Abdullah II "
            "of Jordan in Amman.\n"
        ),
    )
    meetings = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert len(meetings) == 2
    parties = [names(x, m.participants) for m in meetings]
    assert any("Sameh Shoukry" in p and "Ayman Safadi" not in p for p in parties)


def test_past_round_and_next_round_stay_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks to resume\n"
            "\n"
            "Vienna • X\n"
            "\n"
            "Iran and the European Union held talks in Vienna. "
            "Iran and the European Union will hold talks again next month.\n"
        ),
    )
    talks = [e for e in x.events if e.kind == "negotiation_round"]
    assert sorted(e.status for e in talks) == ["held", "planned"]


def test_agreed_to_hold_a_summit_is_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Summit set\n\nLima • X\n\n"
            "The presidents of Peru and Chile agreed to hold a summit in Lima in October.\n"
        ),
    )
    [summit] = [e for e in x.events if e.kind == "meeting"]
    assert summit.status == "planned"
    assert names(x, summit.participants) == {"Peru", "Chile"}


def test_parties_from_pronoun_demonym_occasion_and_earlier_round(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoy in Oslo\n"
            "\n"
            "Oslo • X\n"
            "\n"
            "Norway and Sweden held talks on fishing rights in Oslo on Monday. Swedish and "
            "Norwegian diplomats met again in Bergen on Thursday. Norway and Sweden signed a "
            "fisheries agreement after a meeting in Stavanger. Expert-level talks were held "
            "in Tromso in May.\n"
        ),
    )
    sides = {"Norway", "Sweden"}
    gatherings = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    # The round in Bergen is another occurrence ("again"), Tromso's a round without parties
    # named; the meeting before the signing is between the signatories.
    assert len(gatherings) >= 3
    assert any(e.location and e.location.name == "Bergen" for e in gatherings)
    for e in gatherings:
        assert sides <= names(x, e.participants), e.trigger


def test_first_person_in_a_quotation_is_its_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Envoy arrives\n"
            "\n"
            "Oslo • X\n"
            "\n"
            '"We held talks with Sweden in Oslo today," Norwegian Foreign Minister Espen '
            "Hansen said.\n"
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert "Espen Hansen" in names(x, talks.participants)


def test_a_truce_sought_is_no_event_and_one_agreed_is_between_the_talks_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Truce talks\n"
            "\n"
            "Doha • X\n"
            "\n"
            "Ethiopia and Eritrea held talks in Doha on Monday. Eritrea said it was ready for a "
            "ceasefire. A truce took effect on Tuesday.\n"
        ),
    )
    truces = [e for e in x.events if e.kind == "ceasefire"]
    assert len(truces) == 1
    assert names(x, truces[0].participants) == {"Ethiopia", "Eritrea"}


def test_who_resumes_talks_takes_part_and_who_welcomes_them_does_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Border talks\n"
            "\n"
            "Nairobi • X\n"
            "\n"
            "Kenya and Somalia resumed negotiations in Nairobi on maritime borders. Uganda "
            "welcomed the negotiations.\n"
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert names(x, talks.participants) == {"Kenya", "Somalia"}


def test_ongoing_strikes_are_no_attack_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Strikes go on\n"
            "\n"
            "Kyiv • X\n"
            "\n"
            "Ukraine condemned the ongoing Russian missile strikes on its power grid. A Russian "
            "missile strike hit Odesa on Monday.\n"
        ),
    )
    attacks = [e for e in x.events if e.kind == "attack"]
    assert [a.trigger.text for a in attacks if a.trigger] == ["missile strike"]


def test_the_negotiator_the_sentence_names_takes_part(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Talks in Nairobi\n"
            "\n"
            "Nairobi • X\n"
            "\n"
            "Delegations of Kenya and Somalia held talks in Nairobi on Monday, led by Kenyan "
            "chief negotiator John Mwangi.\n"
        ),
    )
    [talks] = [e for e in x.events if e.kind == "negotiation_round"]
    assert {"Kenya", "Somalia", "John Mwangi"} <= names(x, talks.participants)


def test_an_occasion_in_a_region_is_the_one_in_its_city_not_in_another_city(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The Alaska summit is the Anchorage one (the city lies in that region), not the later
    # meeting in Washington, though both places lie in one state.
    x = extract(
        pipeline,
        (
            "Published: 2025-08-20\n\nLeaders meet\n\nParis • X\n\n"
            "President Donald Trump met Vladimir Putin at a summit in Anchorage last Friday. "
            "On Monday, Trump met Volodymyr Zelensky and European leaders in Washington. The "
            "summit in Alaska, which focused on a ceasefire in Ukraine, began at 11 a.m. local "
            "time.\n"
        ),
    )
    meetings = {e.location.name: e for e in x.events if e.kind == "meeting" and e.location}
    assert set(meetings) == {"Anchorage", "Washington"}
    assert [t.text for t in meetings["Anchorage"].topics] == ["a ceasefire in Ukraine"]
    assert meetings["Washington"].topics == []


def test_two_cities_of_one_state_are_two_places_and_a_city_lies_in_its_state() -> None:
    from kg import gazetteer
    from kg.extract.event_place_keys import place_key, same_place

    gz = gazetteer.default()

    def same(a: str, b: str) -> bool:
        return same_place(place_key(a, gz), place_key(b, gz))

    assert same("Kiev", "Kyiv")  # one city, by its Wikidata item
    assert same("Cairo", "Egypt") and same("Egypt", "Cairo")
    assert same("Anchorage", "Alaska") and same("Rafah", "Gaza")
    assert not same("Washington", "Alaska")
    assert not same("Istanbul", "Antalya")
    assert not same("Cairo", "Doha") and not same("Cairo", "Qatar")
    assert not same("Lviv", "Kyiv")


def test_an_event_word_dated_by_its_year_is_another_occurrence(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Published: 2019-09-15\n\nDrone attacks hit Saudi oil plant\n\nRiyadh • X\n\n"
            "Houthi rebels attacked an oil plant of Saudi Aramco on Saturday. The attacks caused "
            "large fires. The rebels said the attacks were revenge for the 2015 airstrikes by "
            "Saudi Arabia, which killed 2015 people.\n"
        ),
    )
    attacks = sorted(e.date.iso() for e in x.events if e.kind == "attack" and e.date)
    assert attacks == ["2015", "2019-09-14"], attacks


def test_a_count_before_an_event_word_is_no_year() -> None:
    from kg.extract.event_mention import Mention
    from kg.extract.event_years import year_modifier

    text = "Officials counted 2015 attacks. The 2006 car bombing and Russia's 2022 invasion."
    at = {w: text.index(w) for w in ("attacks", "bombing", "invasion")}
    dates = {
        w: year_modifier(text, Mention("attack", (s, s + len(w)), (0, len(text))))
        for w, s in at.items()
    }
    assert dates["attacks"] is None
    assert dates["bombing"] is not None and dates["bombing"].year == 2006
    assert dates["invasion"] is not None and dates["invasion"].year == 2022


def test_a_year_closing_the_event_phrase_dates_it() -> None:
    from kg.extract.event_mention import Mention
    from kg.extract.event_years import year_after

    text = (
        "It was the latest of a series of talks hosted by Norland since March 2019. "
        "The first talks since 2012 opened. They discussed talks on the 2015 accord. "
        "The pact of 2003, however, held."
    )
    sent = (0, len(text))

    def at(word: str, start: int = 0) -> Mention:
        s = text.index(word, start)
        return Mention("negotiation_round", (s, s + len(word)), sent)

    series = year_after(text, at("talks"))
    assert series is not None and (series.year, series.month) == (2019, 3)
    assert year_after(text, at("talks", text.index("first"))) is None  # compared, not dated
    assert year_after(text, at("talks", text.index("discussed"))) is None  # the accord's year
    pact = year_after(text, at("pact"))
    assert pact is not None and pact.year == 2003


def test_talks_to_be_continued_are_not_the_headlines_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        (
            "Norland comments on collapse of talks with Tarvia\n"
            "\n"
            "Belmor • X\n"
            "\n"
            "The Norland delegation will return to Belmor in two weeks to continue negotiations "
            "with the Tarvian side.\n"
            "\n"
            "The talks, attended by Tarvian envoy Paul Grey, were held in Belmor on Saturday.\n"
        ),
    )
    talks = [e for e in x.events if e.kind in ("negotiation_round", "meeting")]
    assert sorted(e.status for e in talks) == ["held", "planned"], [
        (e.kind, e.status, e.trigger.text) for e in talks
    ]
