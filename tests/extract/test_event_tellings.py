"""Which occurrence a telling is, and of what kind: a call whose party comes after a time
phrase, a headline call that is not the body's call with another state, and the body's own
reading of a word the headline also uses. Invented stories."""

from __future__ import annotations

from extract_helpers import extract


def _events(pipeline, text: str) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    x = extract(pipeline, text)
    name = {a.id: a.name for a in x.actors}
    return [(e.kind, sorted(name[p] for p in e.participants)) for e in x.events]


def test_a_call_with_its_party_after_a_time_phrase(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline,
        "Leaders talk grain\n\nOslo • 16 July 2023\n\n"
        "Norwegian Prime Minister Jonas Lind and Danish Prime Minister Mette Holm spoke by phone "
        "on Sunday. Lind spoke earlier in the day with Swedish Prime Minister Ulf Berg, his "
        "office said.\n",
    )
    calls = [p for k, p in found if k == "phone_call"]
    assert any("Ulf Berg" in p and "Mette Holm" not in p for p in calls)
    assert any("Mette Holm" in p and "Ulf Berg" not in p for p in calls)


def test_speaking_of_talks_with_someone_is_no_call(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline,
        "Minister speaks\n\nOslo • 16 July 2023\n\n"
        "Jonas Lind spoke on Sunday about the need for talks with Ulf Berg.\n",
    )
    assert not [k for k, _p in found if k == "phone_call"]


def test_the_headline_call_is_not_the_call_with_another_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A story whose first line is its lead: that sentence is read as the headline.
    found = _events(
        pipeline,
        "Norwegian Prime Minister Jonas Lind and Danish Prime Minister Mette Holm spoke by phone "
        "on Sunday to discuss a grain deal between Norway and Denmark, his office said.\n\n"
        "Lind spoke by phone earlier in the day with Swedish Prime Minister Ulf Berg to discuss "
        "trade between Norway and Sweden, his office said.\n",
    )
    calls = [p for k, p in found if k == "phone_call"]
    assert len(calls) == 2, found


def test_the_body_reads_the_headline_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline,
        "Lind Holds Talks With Norway's Berg In Oslo\n\nOslo • 16 July 2023\n\n"
        "Danish Foreign Minister Jonas Lind and Norwegian Foreign Minister Ulf Berg held talks "
        "on bilateral issues in Oslo on Thursday, his ministry said.\n",
    )
    assert [k for k, _p in found] == ["meeting"]


def test_separate_calls_with_two_people_are_two_calls(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline,
        "Minister calls neighbours\n\nOslo • 16 July 2023\n\n"
        "Norwegian Foreign Minister Jonas Lind held separate phone conversations on Wednesday "
        "with Swedish Foreign Minister Ulf Berg and Danish Foreign Minister Mette Holm.\n",
    )
    calls = [p for k, p in found if k == "phone_call"]
    assert len(calls) == 2
    assert all("Jonas Lind" in p for p in calls)
    assert {n for p in calls for n in p} >= {"Ulf Berg", "Mette Holm"}


def test_meetings_on_listed_dates_are_one_each(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Envoys to meet again\n\nOslo • 31 January 2014\n\n"
        "Norwegian envoy Jonas Lind and Swedish envoy Ulf Berg will meet in Oslo in March. "
        "Their first meeting took place in Geneva on December 14, 2012. The next three meetings "
        "were held in Prague in 2013 - in March, June and November.\n",
    )
    prague = [e for e in x.events if e.trigger is not None and e.trigger.text == "meetings"]
    assert sorted(e.date.iso() for e in prague if e.date) == ["2013-03", "2013-06", "2013-11"]
    assert {e.status for e in prague} == {"held"}


def test_a_truce_told_again_is_the_same_truce(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline,
        "Fighting stops in the north\n\nOslo • 13 May 2023\n\n"
        "Norway and Sweden have agreed a truce starting at 10pm local time, officials said. "
        "Denmark, which brokered it, said a ceasefire between Norway and Sweden had been "
        "reached. The two sides will abide by the ceasefire, it said.\n",
    )
    assert [k for k, _p in found].count("ceasefire") == 1


def test_an_earlier_truce_is_another(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline,
        "Fighting stops in the north\n\nOslo • 13 May 2023\n\n"
        "Norway and Sweden have agreed a truce starting at 10pm local time, officials said. "
        "The previous truce between Norway and Sweden collapsed in March 2021.\n",
    )
    assert [k for k, _p in found].count("ceasefire") == 2


def test_a_briefing_given_together_is_a_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline,
        "Minister in Stockholm\n\nOslo • 13 May 2023\n\n"
        "Upon his arrival in Sweden, Norwegian Foreign Minister Jonas Lind took part in a press "
        "conference with his Swedish counterpart Ulf Berg.\n",
    )
    assert ("meeting", ["Jonas Lind", "Ulf Berg"]) in found


def test_one_speakers_briefing_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline,
        "Minister in Stockholm\n\nOslo • 13 May 2023\n\n"
        "Norwegian Foreign Minister Jonas Lind told a press conference in Oslo on Monday that "
        "the border would stay open.\n",
    )
    assert "meeting" not in [k for k, _p in found]


def test_the_headline_talks_wait_for_the_body_talks_of_its_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The headline names talks with Norway; the body first tells other talks (Sweden's with
    # Denmark), then the talks of the headline.
    found = _events(
        pipeline,
        "After collapsed talks with Norway\n\nOslo • 16 July 2023\n\n"
        "Sweden has opened talks with Denmark after talks between Denmark and Norway collapsed.\n",
    )
    talks = [p for k, p in found if k in ("negotiation_round", "meeting")]
    assert ["Denmark", "Sweden"] in talks, found
    assert not [p for p in talks if "Sweden" in p and "Norway" in p], found


def test_talks_in_a_reported_clause_do_not_make_the_meeting_talks(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Chile and Bolivia\n\nSantiago • 16 July 2023\n\n"
        "Chilean President Ana Rojas revealed on Friday that she had cancelled a meeting with "
        "Bolivian President Luis Vega and announced that talks with Bolivia were dead.\n",
    )
    cancelled = [e.kind for e in x.events if e.status == "cancelled"]
    assert cancelled == ["meeting"], [(e.kind, e.status) for e in x.events]


def test_meetings_with_parties_are_not_the_talks_told_without(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _events(
        pipeline,
        "Envoy goes to Lima\n\nSantiago • 16 July 2023\n\n"
        "Chile's foreign minister is set to fly to Peru, carrying an initiative aimed at "
        "renewing talks between the two rivals, an official said.\n\n"
        "The official said Foreign Minister Ana Rojas was scheduled to travel to Lima later in "
        "the day for meetings with Peruvian officials.\n",
    )
    assert "meeting" in [k for k, _p in found], found
