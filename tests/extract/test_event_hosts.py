"""The host of talks between others is their mediator (kg/extract/event_hosts.py): talks held
in a city of a third state the article names, when none of its people takes part."""

from __future__ import annotations

from extract_helpers import extract, names


def story(body: str) -> str:
    return f"Talks go on\n\nLondon • X\n\n(Agency) – {body}\n"


def talks(x):  # type: ignore[no-untyped-def]
    [found] = [e for e in x.events if e.kind == "negotiation_round"]
    return found


def test_a_third_state_hosting_talks_mediates_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Kenya has long offered its help. Ethiopia and Eritrea held two days of talks "
            "in Nairobi this week."
        ),
    )
    t = talks(x)
    assert names(x, [t.mediator] if t.mediator else []) == {"Kenya"}
    assert "Kenya" not in names(x, t.participants)


def test_a_party_s_own_capital_hosts_no_mediator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story("Ethiopia and Eritrea held two days of talks in Addis Ababa this week."),
    )
    assert talks(x).mediator is None


def test_a_request_in_the_event_s_clause_names_its_initiator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story("Ethiopia and Eritrea held talks in Djibouti on Monday at the request of Kenya."),
    )
    t = talks(x)
    assert names(x, [t.initiator] if t.initiator else []) == {"Kenya"}


def test_a_request_for_another_act_of_the_sentence_names_no_initiator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Kenya wants the rebels back. Ethiopia refused to extradite the rebel leaders, who "
            "had come to Addis Ababa to hold negotiations with Eritrea, as requested by Kenya "
            "after the bombing."
        ),
    )
    for e in x.events:
        assert e.initiator is None or "Kenya" not in names(x, [e.initiator])


def test_auspices_of_a_meeting_are_not_the_truce_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "The truce between Ethiopia and Eritrea took effect on May 3. On Friday the truce "
            "enabled Ethiopia and Eritrea to meet directly under the auspices of the United "
            "Nations."
        ),
    )
    truces = [e for e in x.events if e.kind == "ceasefire"]
    assert truces and all(e.mediator is None for e in truces)
    [met] = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert names(x, [met.mediator] if met.mediator else []) == {"United Nations"}


def test_two_leaders_meeting_in_a_third_state_s_capital_have_no_mediator(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Kenya welcomed the news. Ethiopian Prime Minister Abiy Tesfaye and Eritrean "
            "President Isaias Kidane met in Nairobi on Monday."
        ),
    )
    met = [e for e in x.events if e.kind in ("meeting", "negotiation_round")]
    assert met and all(e.mediator is None for e in met)


def test_talks_mediated_in_the_truce_s_clause_mediate_the_truce(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Ethiopia and Eritrea agreed on a ceasefire on Sunday after three days of talks in "
            "Djibouti mediated by Kenya."
        ),
    )
    [truce] = [e for e in x.events if e.kind == "ceasefire"]
    assert names(x, [truce.mediator] if truce.mediator else []) == {"Kenya"}
