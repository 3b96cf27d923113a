"""The lede's news: a saying in the present perfect in the story's opening sentences, after a
standfirst or a dateline, is said on the story's day; a lede reporting in the present perfect
has its occasion at publication; a present clause's past days and a headline that puts an
occurrence off set no day."""

from __future__ import annotations

import pytest
from extract_helpers import dated_text, iso, story_timeline
from extract_helpers import extract as extract_text

from kg.model import Extraction

SUNDAY = "2025-03-16"  # Friday is the 14th, Saturday the 15th
STANDFIRST = (
    "According to the minister, the two states agreed on a new way to free the detainees\n\n"
)


def extract(pipeline, body: str, title: str = "Envoys on the move") -> Extraction:  # type: ignore[no-untyped-def]
    x: Extraction = extract_text(pipeline, dated_text(title, body, SUNDAY))
    return x


def dates_of(x: Extraction, words: str) -> list[str | None]:
    return [iso(st.date) for st in x.statements if words in st.content.text]


@pytest.mark.parametrize(
    "lede",
    [
        # After a standfirst: the lede's second sentence.
        STANDFIRST + "Foreign Minister Anna Keller has said that the detainees will be freed soon.",
        # After a first sentence of the day's news.
        "Foreign Minister Anna Keller received the envoy of Kellia in Vossa on Sunday.\n\n"
        "Anna Keller has said that the detainees will be freed soon.",
    ],
)
def test_a_perfect_in_the_lede_is_said_on_the_story_s_day(pipeline, lede: str) -> None:  # type: ignore[no-untyped-def]
    assert dates_of(extract(pipeline, lede), "detainees will be freed") == [SUNDAY]


def test_a_participle_of_the_lede_s_perfect_shares_its_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = STANDFIRST + (
        "Foreign Minister Anna Keller has praised the talks with Kellia, saying that the "
        "detainees will be freed soon."
    )
    assert dates_of(extract(pipeline, body), "detainees will be freed") == [SUNDAY]


def test_a_standing_perfect_in_the_lede_stays_background(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = STANDFIRST + "Foreign Minister Anna Keller has insisted that the detainees are spies."
    assert dates_of(extract(pipeline, body), "detainees are spies") == [None]


def test_a_perfect_past_the_lede_stays_background(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = STANDFIRST + (
        "Foreign Minister Anna Keller received the envoy of Kellia in Vossa on Sunday.\n\n"
        "The envoy brought a letter from the president of Kellia.\n\n"
        "The talks lasted three hours and ended with a dinner.\n\n"
        "Kellia has said that the detainees are spies."
    )
    assert dates_of(extract(pipeline, body), "detainees are spies") == [None]


def test_a_lede_reporting_in_the_perfect_has_its_occasion_at_publication(pipeline) -> None:  # type: ignore[no-untyped-def]
    # What the saying reports happened on Saturday; the perfect tells the saying as news now.
    body = (
        "A senior negotiator of Kellia has said that the demands of his delegation were "
        "received positively by the mediators on Saturday evening.\n\n"
        "The demands include a ceasefire and the opening of the border crossings."
    )
    assert iso(story_timeline(pipeline, dated_text("Talks", body, SUNDAY)).story) == SUNDAY
    # In the simple past the reported day is the occasion, as before.
    past = body.replace("has said", "said")
    assert iso(story_timeline(pipeline, dated_text("Talks", past, SUNDAY)).story) == "2025-03-15"


def test_the_past_days_of_a_present_clause_set_no_occasion(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The foreign ministry of Arland said the second round of talks with Kellia has been "
        "postponed.\n\n"
        "The postponement comes as officials of Kellia yesterday declared a state of "
        "emergency in the border region."
    )
    assert iso(story_timeline(pipeline, dated_text("Talks", body, SUNDAY)).story) == SUNDAY


def test_a_headline_putting_talks_off_gives_them_no_story_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The foreign ministry of Arland said the second round of talks between Kellia and "
        "Marrow has been put off at the request of Marrow."
    )
    x = extract(pipeline, body, title="Arland postpones second round of Kellia-Marrow talks")
    rounds = [ev for ev in x.events if ev.status == "postponed"]
    assert rounds and all(ev.date is None for ev in rounds)
