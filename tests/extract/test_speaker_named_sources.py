"""Named sources the parse hides or the ranker overrules: a name after a quotation with its
apposition, a name before a verb the parse hung on it, participles after their clause, a name
the model leaves untagged that speaks again by surname, and the source of "according to"
named again by "he". Sentences invented."""

from __future__ import annotations

from extract_helpers import NEWS_HEAD, extract

from kg.extract.pipeline import Pipeline


def _speakers(pipeline: Pipeline, body: str) -> dict[str, str | None]:
    """Each statement's content (its first words) -> its speaker's name."""
    x = extract(pipeline, NEWS_HEAD + body)
    names = {a.id: a.name for a in x.actors}
    return {" ".join(s.content.text.split()[:3]): names.get(s.speaker or "") for s in x.statements}


def test_a_name_after_a_quotation_with_its_apposition_speaks(pipeline: Pipeline) -> None:
    said = _speakers(
        pipeline,
        "Investors fled, and critics piled on. The Ostrian columnist Lena Varga went so far as "
        'to say: "The alliance as we know it is over."\n\n'
        '"They were professionals, but also competitors," William M. Dorn, President '
        "Kessel's former chief of staff, said of their time in the administration.",
    )
    assert said.get("They were professionals,") == "William M. Dorn"


def test_a_name_before_a_verb_read_as_its_participle_speaks(pipeline: Pipeline) -> None:
    said = _speakers(
        pipeline,
        "Pavel Kessel said the Ostrian leader was a strong man. Mitt Varga, the 2012 party "
        'nominee, tweeted in response: "Important distinction: our leaders do not jail '
        'reporters."',
    )
    assert said.get("Important distinction: our") == "Mitt Varga"


def test_participles_after_a_clause_are_its_subjects(pipeline: Pipeline) -> None:
    said = _speakers(
        pipeline,
        "Talks on the northern track went on in Juba on Monday.\n\n"
        "Pavel Kessel also praised the efforts made by the negotiating parties, the government "
        "and the northern track, announcing completion of the discussion of all papers related "
        "to the northern track, indicating that only one session was left to discuss national "
        "issues.",
    )
    assert said.get("completion of the") == "Pavel Kessel"
    assert said.get("only one session") == "Pavel Kessel"


def test_an_untagged_name_whose_surname_speaks_again_is_a_person(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        NEWS_HEAD + "Juba — Presidential Adviser and chairman of the mediation committee in the "
        "peace talks in Juba Tut Gatluak, has told the people that signing of a peace "
        "agreement is around the corner.\n\nGatluak also praised the efforts made by the "
        "negotiating parties.",
    )
    assert "Tut Gatluak" in {a.name for a in x.actors if a.type == "Person"}


def test_he_after_according_to_is_the_source_not_whom_it_names(pipeline: Pipeline) -> None:
    said = _speakers(
        pipeline,
        "According to Pavel Kessel, the delegation will resume its meeting with Ostrian "
        "intelligence chief Omar Dorn on Monday, but progress has been made already. "
        '"We are in the final minutes of the talks," he told reporters.',
    )
    assert said.get("We are in") == "Pavel Kessel"
