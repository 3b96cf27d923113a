"""Which anchor dates a saying: the paragraph a saying stands in, and what carries into it."""

from __future__ import annotations

from extract_helpers import check_spans

from kg.extract.timeline_text import paragraphs
from kg.model import Extraction
from kg.reading import parse_txt


def extract(pipeline, body: str) -> Extraction:  # type: ignore[no-untyped-def]
    text = f"Published: 2025-03-16\n\nHarbour talks put off\n\nPort Vessa • Example Desk\n\n{body}\n"
    x: Extraction = pipeline.extract(parse_txt(text, "<test>"))
    check_spans(x)
    return x


def test_lines_of_whole_sentences_under_a_deck_are_paragraphs() -> None:
    text = (
        "Headline\n\nA deck line.\n\nThe first line ends here.\n\"A quoted line,\" she said.\n"
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


def test_a_background_month_on_an_earlier_line_does_not_date_a_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Delegates of Arlen and Bosk agreed on Sunday to put off the harbour talks.\n\n"
        "The harbour talks opened in January at a lakeside hotel near the border.\n"
        "The Arlen minister Tomas Vell said the delay would give both sides time to prepare."
    )
    x = extract(pipeline, body)
    said = [st for st in x.statements if "delay" in st.content.text]
    assert said and all(st.date is not None and st.date.day == 16 for st in said)
