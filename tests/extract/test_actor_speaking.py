"""Bodies described in words where they speak are bodies of their own, not their owners."""

from __future__ import annotations

from extract_helpers import speakers_by_content


def test_a_state_s_council_that_speaks_is_a_body_not_the_state() -> None:
    index, got = speakers_by_content(
        "Envoys arrive\n\n"
        "Envoys of the regional bloc arrived in Tallinn on Monday. Estonia's ruling "
        "transitional council said the envoys would meet its chairman.\n"
    )
    assert got["the envoys would meet its chairman"][0] == "Estonia's ruling transitional council"
    council = next(a for a in index.actors if a.name == "Estonia's ruling transitional council")
    assert council.type == "Organization"


def test_an_office_and_a_ministry_described_in_words_speak_for_themselves() -> None:
    _index, got = speakers_by_content(
        "Talks held\n\n"
        "The border was on the agenda, the office of the Chancellor said on Monday. "
        "Another round may follow in June, according to a note issued by the Latvian "
        "ministry.\n"
    )
    assert got["The border was on the agenda"][0] == "office of the Chancellor"
    assert got["Another round may follow in June"][0] == "Latvian ministry"


def test_a_news_agency_is_no_speaking_body() -> None:
    index, _got = speakers_by_content(
        "Talks held\n\nThe talks will resume in May, the Latvian news agency said.\n"
    )
    assert not any("agency" in a.name for a in index.actors)
