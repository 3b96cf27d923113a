"""Where actors' names begin and end: courtesy titles, titles glued to a holder's name, bodies
named with the place they serve or a complement in two halves, titles tagged as bodies, stray
punctuation, and names that are outlets, credits or labels of a thing rather than actors."""

from __future__ import annotations

import spacy
from extract_helpers import article
from spacy.tokens import Doc, Span

from kg import gazetteer, nlp
from kg.extract.actor_candidates import clean_span
from kg.extract.actor_names import no_name
from kg.extract.actors import ActorFinder
from kg.extract.name_spans import whole_names
from kg.model import Actor


def actors(text: str) -> dict[str, Actor]:
    art = article(text)
    doc = nlp.load()(art.text)
    return {a.name: a for a in ActorFinder(gazetteer.default())(doc, art).actors}


def test_courtesy_titles_are_no_names_and_do_not_cut_one() -> None:
    got = actors(
        "Envoys meet\n"
        "\n"
        "Prime Minister Datuk Seri Ahmad Zahid Hamidi met the king on Monday. "
        "Foreign Secretary Shri Ram Kumar Verma will visit Nepal on Tuesday. "
        "The Secretary-General met H. E. Mr. Jonas Halvorsen, Prime Minister of Norway.\n"
    )
    assert "Datuk Seri" not in got
    assert "Ram Kumar Verma" in got
    assert not any(name.startswith(("Shri", "H. E.", "Datuk")) for name in got)
    assert not any(name in ("Shri Ram", "Kumar Verma") for name in got)


def test_a_body_that_serves_a_place_is_named_with_the_place() -> None:
    got = actors(
        "Mission thanked\n"
        "\n"
        "The prime minister thanked the Multinational Police Support Mission in Haiti for "
        "its work. The Integrated Support Mission in Libya said talks would resume.\n"
    )
    assert "Multinational Police Support Mission in Haiti" in got
    assert "Integrated Support Mission in Libya" in got
    assert "Multinational Police Support Mission" not in got


def test_a_bodys_complement_goes_on_past_and() -> None:
    got = actors(
        "Dialogue opens\n"
        "\n"
        "The government met the Civic Front for Justice and Democracy on Friday. "
        "The Civic Front for Justice and Democracy said it would return.\n"
    )
    assert "Civic Front for Justice and Democracy" in got
    assert "Civic Front for Justice" not in got


def test_a_title_tagged_as_a_body_is_no_actor() -> None:
    got = actors(
        "Ministers meet\n"
        "\n"
        "On Monday, the Minister of Foreign Affairs of Turkmenistan held talks with the "
        "Minister of Foreign Affairs of the Republic of Tajikistan in Dushanbe.\n"
    )
    assert not any(name.startswith(("of ", "Minister of")) for name in got)


def test_possessives_and_stray_marks_leave_names() -> None:
    for raw in ("Jane Roe`s", "Jane Roe‘", "Jane Roe \ufffd", "Jane Roe’s"):
        start, end = clean_span(raw, 0, len(raw))
        assert raw[start:end] == "Jane Roe"


def test_outlets_a_report_is_credited_to_and_credit_lines_are_no_actors() -> None:
    got = actors(
        "Leaders talk\n"
        "\n"
        "The two presidents spoke by phone on Monday, Harbor Wire reports citing Daily "
        "Meridian. Borealnet reports that the ministers will meet next week. The talks "
        "will resume in May, as reported by Kestrel Press.\n"
        "\n"
        "— Reporting by Jane Doe, Editing by John Roe\n"
    )
    for outlet in ("Daily Meridian", "Borealnet", "Kestrel Press", "Jane Doe", "John Roe"):
        assert outlet not in got


def test_a_name_that_only_labels_a_format_is_no_actor() -> None:
    got = actors(
        "Advisers meet\n"
        "\n"
        "Advisers of the Brightwater format countries will meet in Vienna on Monday, "
        "Germany's government said. A summit in the Brightwater format may follow.\n"
    )
    assert "Brightwater" not in got


def _with_ents(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The whole names read from `text` parsed, with the model's entities replaced by `ents`
    (surface, label): the mis-spans the model makes on some names, set by hand."""
    doc = nlp.load()(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None
        spans.append(span)
    doc.set_ents(spans, default="outside")
    return [(e.text, e.label_) for e, part in whole_names(doc) if not part]


def test_a_portfolio_glued_before_a_holders_name_is_cut_off() -> None:
    got = _with_ents(
        "Minister of Foreign Affairs and International Cooperation Sok Vanna spoke.",
        [("International Cooperation Sok Vanna", "ORG")],
    )
    assert ("Sok Vanna", "PERSON") in got
    got = _with_ents(
        "It was chaired by Deputy Prime Ministers Aram Sargsyan and Elnur Mammadli.",
        [("Ministers Aram Sargsyan", "PERSON"), ("Elnur Mammadli", "PERSON")],
    )
    assert ("Aram Sargsyan", "PERSON") in got
    got = _with_ents(
        "The Minister of Justice Information Pedro Alvarado said so.",
        [("Information Pedro Alvarado", "PERSON")],
    )
    assert ("Pedro Alvarado", "PERSON") in got


def test_a_name_ending_on_a_title_is_no_persons_name() -> None:
    doc = nlp.load()("He met the Caucus Co-chair on Monday.")
    start = doc.text.index("Caucus")
    span = doc.char_span(start, start + len("Caucus Co-chair"), label="PERSON")
    assert span is not None
    assert no_name(span)
    start = doc.text.index("He")
    assert not no_name(doc.char_span(start, start + 2, label="PERSON"))
    angus = nlp.load()("Senator Angus King spoke.")
    start = angus.text.index("Angus")
    assert not no_name(angus.char_span(start, start + len("Angus King"), label="PERSON"))


def test_a_span_without_a_letter_is_no_name() -> None:
    # A date written with slashes, tagged as people by the model: no one's name.
    doc = nlp.load()("On Monday, 14/3/2023, the minister received a call from Amina Wanjiru.")
    digits = next(t for t in doc if t.text[0].isdigit())
    assert no_name(Span(doc, digits.i, digits.i + 1, label="PERSON"))
    assert no_name(Span(doc, digits.i, digits.i + 1, label="ORG"))
    person = next(t for t in doc if t.text == "Amina")
    assert not no_name(Span(doc, person.i, person.i + 2, label="PERSON"))


def test_a_holders_name_right_after_office_of_state_is_a_person() -> None:
    # Wire copy writes the holder's name straight after "<office> of <state>", with initials.
    got = actors(
        "Ministers meet\n"
        "\n"
        "Minister Olsen held talks with Foreign Minister of Bangladesh S. M. Nurul Haque "
        "on Monday in Oslo.\n"
    )
    assert "S. M. Nurul Haque" in got
    assert got["S. M. Nurul Haque"].type == "Person"


def _parsed(words: list[str], pos: list[str], deps: list[str], heads: list[int]) -> Doc:
    ents = ["O", "B-PERSON", "I-PERSON"] + ["O"] * (len(words) - 3)
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads, ents=ents)


def test_a_surname_of_two_words_the_model_left_out_ends_the_name() -> None:
    doc = _parsed(
        ["Envoy", "Ana", "Lucia", "Vera", "Cruz", "will", "attend", "."],
        ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
        ["compound", "compound", "compound", "compound", "nsubj", "aux", "ROOT", "punct"],
        [4, 2, 4, 4, 6, 6, 6, 6],
    )
    names = [e.text for e, _nested in whole_names(doc)]
    assert "Ana Lucia Vera Cruz" in names


def test_a_name_not_headed_by_the_words_after_it_keeps_its_end() -> None:
    doc = _parsed(
        ["Envoy", "Ana", "Lucia", "Monday", "Talks", "began", "."],
        ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "punct"],
        [2, 2, 5, 4, 5, 5, 5],
    )
    names = [e.text for e, _nested in whole_names(doc)]
    assert "Ana Lucia" in names
