"""Which anchor dates a saying: the paragraph a saying stands in, and what carries into it."""

from __future__ import annotations

from extract_helpers import check_spans

from kg.extract.timeline_text import paragraphs
from kg.model import Extraction
from kg.reading import parse_txt


def extract(pipeline, body: str) -> Extraction:  # type: ignore[no-untyped-def]
    head = "Published: 2025-03-16\n\nHarbour talks put off\n\nPort Vessa • Example Desk"
    text = f"{head}\n\n{body}\n"
    x: Extraction = pipeline.extract(parse_txt(text, "<test>"))
    check_spans(x)
    return x


def test_lines_of_whole_sentences_under_a_deck_are_paragraphs() -> None:
    text = (
        'Headline\n\nA deck line.\n\nThe first line ends here.\n"A quoted line," she said.\n'
        "Then a line wrapped\nin the middle."
    )
    found = [text[s:e] for s, e in paragraphs(text)]
    assert found == [
        "Headline",
        "A deck line.",
        "The first line ends here.",
        '"A quoted line," she said.',
        "Then a line wrapped\nin the middle.",
    ]


def test_a_line_ending_in_an_abbreviation_does_not_end_its_paragraph() -> None:
    text = (
        "Headline\n\nA deck line.\n\nThe minister greeted U.N.\nEnvoy Pia Lund at the pier and "
        "praised\nGen.\nOla Berg for the calm.\nA new line starts here."
    )
    found = [text[s:e] for s, e in paragraphs(text)]
    assert found == [
        "Headline",
        "A deck line.",
        "The minister greeted U.N.\nEnvoy Pia Lund at the pier and praised\nGen.\nOla Berg "
        "for the calm.",
        "A new line starts here.",
    ]


def test_a_background_month_on_an_earlier_line_does_not_date_a_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Delegates of Arlen and Bosk agreed on Sunday to put off the harbour talks.\n\n"
        "The harbour talks opened in January at a lakeside hotel near the border.\n"
        "The Arlen minister Tomas Vell said the delay would give both sides time to prepare."
    )
    x = extract(pipeline, body)
    said = [st for st in x.statements if "delay" in st.content.text]
    assert said and all(st.date is not None and st.date.day == 16 for st in said)


LEDE = "The Arlen government on Sunday welcomed the release of prisoners by the Bosk rebels.\n\n"


def dates_of(x: Extraction, word: str) -> list[object]:
    return [st.date for st in x.statements if word in st.content.text]


def test_another_source_after_a_recalled_day_speaks_on_the_story_s_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = LEDE + (
        "On Friday, the Bosk rebels freed twelve soldiers near the river crossing.\n\n"
        "The Arlen minister Tomas Vell said the gesture would help the talks."
    )
    found = dates_of(extract(pipeline, body), "gesture")
    assert found and all(d is not None and d.day == 16 for d in found)  # type: ignore[attr-defined]


def test_a_reaction_in_a_paragraph_that_narrates_a_recalled_day_is_undated(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = LEDE + (
        "On Friday, the Kellian envoy Lars Brenner announced the end of the round in Port "
        "Vessa.\n\nBrenner said the discussions were constructive. However, the Bosk rebels "
        "accused the army of stalling the exchange."
    )
    found = dates_of(extract(pipeline, body), "stalling")
    assert found and all(d is None for d in found)


def test_a_relative_clause_naming_the_earlier_speaker_does_not_carry_their_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = LEDE + (
        "Tomas Vell, who leaves office in May, said on Friday that the talks had stalled.\n\n"
        "Anna Ruiz, who will succeed Vell, promised fresh rounds of negotiation to the rebels."
    )
    found = dates_of(extract(pipeline, body), "round")
    assert found and all(d is None or d.day != 14 for d in found)  # type: ignore[attr-defined]


def test_an_absolute_with_phrase_takes_the_time_of_its_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = LEDE + (
        "Relations between the two states have soured in recent months, with Arlen accusing "
        "Bosk of arming the rebels.\n\n"
        "The two ministers met for an hour, with both sides reaffirming their wish for calm."
    )
    x = extract(pipeline, body)
    assert dates_of(x, "arming") == [None]
    assert [d is not None for d in dates_of(x, "calm")] == [True]


def test_a_standing_estimate_is_undated(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = LEDE + "The Kellian relief agency estimates that 3,000 people have fled the villages."
    assert dates_of(extract(pipeline, body), "fled") == [None]
