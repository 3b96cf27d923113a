"""A person's other name in brackets right after their name is an alias, not a second actor."""

from __future__ import annotations

from extract_helpers import article

from kg.extract.pipeline import Pipeline


def _people(pipeline: Pipeline, body: str) -> dict[str, set[str]]:
    x = pipeline.extract(article(f"Unity deal\n\nAlgiers • X\n\n{body}\n"))
    return {a.name: a.aliases for a in x.actors if a.type == "Person"}


def test_a_name_in_brackets_after_a_persons_name_is_their_other_name(
    pipeline: Pipeline,
) -> None:
    people = _people(
        pipeline,
        "President Tebboune said the deal comes 40 years after the declaration by the martyr "
        "Yasser Arafat (Abu Ammar) of the establishment of the Palestinian State.",
    )
    assert "Abu Ammar" not in people
    assert "Abu Ammar" in people["Yasser Arafat"]


def test_a_bracketed_person_named_elsewhere_in_another_form_stays_apart(
    pipeline: Pipeline,
) -> None:
    people = _people(
        pipeline,
        "Foreign Minister Jane Roe said on Monday she had met the envoys of Mark Poe (John "
        "Doe). Later John Doe said the talks were useful, and Mr Doe left for Tunis.",
    )
    assert "John Doe" in people and "John Doe" not in people.get("Mark Poe", set())
