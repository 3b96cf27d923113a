"""Encounters arranged in the speaker's own words and parties named by their post (made-up
sentences): "I will speak again with ..." is a planned meeting of the speaker; "the Norland
Islander leaders" are the actors the article names with that post, not the states their
adjectives evoke."""

from __future__ import annotations

from extract_helpers import check_spans, names

from kg.reading import parse_txt


def extract(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = pipeline.extract(parse_txt(f"News of the day\n\nLondon • X\n\n{body}\n", "<test>"))
    check_spans(x)
    return x


def test_will_speak_with_is_a_planned_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "President Karl Berg said on Monday: \u201cNext month I will speak again with "
        "Chancellor Oskar Dahl about the bridge.\u201d"
    )
    x = extract(pipeline, body)
    meetings = [e for e in x.events if e.kind == "meeting"]
    assert len(meetings) == 1 and meetings[0].status == "planned"
    assert names(x, meetings[0].participants) == {"Karl Berg", "Oskar Dahl"}


def test_speaking_with_one_voice_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "President Karl Berg said the allies will speak with one voice on the bridge."
    x = extract(pipeline, body)
    assert not [e for e in x.events if e.kind == "meeting"]


def test_a_post_names_its_holder_not_the_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Envoy Maria Lund said on Thursday: \u201cI will return to Tarvia, where I will speak "
        "again with the Greek Cypriot and Turkish Cypriot leaders.\u201d During her last visit, "
        "she met twice with both President Karl Berg and Turkish Cypriot Leader Oskar Dahl."
    )
    x = extract(pipeline, body)
    planned = [e for e in x.events if e.kind == "meeting" and e.status == "planned"]
    assert len(planned) == 1
    assert names(x, planned[0].participants) == {"Maria Lund", "Oskar Dahl"}


def test_a_stage_reached_is_planned(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Technical talks between Norland and Tarvia were held last Friday and now the final "
        "step of signing the draft agreement between Norland and Tarvia has arrived."
    )
    x = extract(pipeline, body)
    signings = [e for e in x.events if e.kind == "agreement_signing"]
    assert signings and all(e.status == "planned" for e in signings)


def test_a_stage_narrated_in_the_past_is_held(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Last year the day of the signing of the accord between Norland and Tarvia finally "
        "came, and President Karl Berg stayed home."
    )
    x = extract(pipeline, body)
    signings = [e for e in x.events if e.kind == "agreement_signing"]
    assert signings and all(e.status == "held" for e in signings)


def test_an_exchange_defined_by_who_is_handed_over(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Minister Karl Berg said sanitary exchanges \u2013 where both sides hand over seriously "
        "wounded individuals on the front line \u2013 between Norland and Tarvia will persist."
    )
    x = extract(pipeline, body)
    swaps = [e for e in x.events if e.kind == "prisoner_exchange"]
    assert len(swaps) == 1 and names(x, swaps[0].participants) == {"Norland", "Tarvia"}


def test_exchanges_of_goods_are_no_prisoner_exchange(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Minister Karl Berg said trade exchanges between Norland and Tarvia, where both sides "
        "hand over grain and steel, will persist."
    )
    x = extract(pipeline, body)
    assert not [e for e in x.events if e.kind == "prisoner_exchange"]
