"""Names the gazetteer cut in two are made whole: "the Parliament of" + "Iraq" is one body.

The gazetteer's names are set before the statistical model runs, so the model cannot take a
known name into a longer one: it ends the body's name on "of" or "to Defeat" instead.
"""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.name_spans import whole_names
from kg.model import Actor


def actors(text: str) -> dict[str, Actor]:
    art = article(text)
    doc = nlp.load()(art.text)
    return {a.name: a for a in ActorFinder(gazetteer.default())(doc, art).actors}


def test_a_body_named_after_a_known_state_is_one_name() -> None:
    doc = nlp.load()("Yesterday, the Parliament of Iraq voted to expel the troops.")
    names = [(e.text, part) for e, part in whole_names(doc) if e.label_ == "ORG"]
    assert ("the Parliament of Iraq", False) in names
    assert ("Iraq", True) in [(e.text, part) for e, part in whole_names(doc)]


def test_bodies_cut_by_known_names_become_actors_under_their_whole_names() -> None:
    got = actors(
        "Iraq votes on troops\n"
        "\n"
        "Yesterday, the Parliament of Iraq voted to expel the troops. "
        "The Foreign Ministry of Iraq called the strike a violation. "
        "The Global Coalition to Defeat ISIS said it would stay.\n"
    )
    assert {"Parliament of Iraq", "Foreign Ministry of Iraq"} <= set(got)
    assert "Global Coalition to Defeat ISIS" in got
    assert not any(name.endswith((" of", " to Defeat")) for name in got)


def test_a_name_cut_before_a_small_word_loses_the_word() -> None:
    got = actors(
        "Pipeline signed\n"
        "\n"
        "In Cyprus, the ruling Democratic Rally in Cyprus hailed the pipeline. "
        "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the deal.\n"
    )
    assert "Democratic Rally" in got
    # A title before the coordinated names makes both people's: no body "Patrice Talon of Benin".
    assert got["Patrice Talon"].type == "Person"
    assert not any(name.endswith((" in", " of", " of Benin")) for name in got)


def test_a_bodys_name_continues_into_its_of_phrase() -> None:
    doc = nlp.load()(
        "Progressive Party of Working People, the main opposition force, said it would vote."
    )
    names = [e.text for e, _part in whole_names(doc) if e.label_ == "ORG"]
    assert "Progressive Party of Working People" in names


def test_a_bodys_for_the_phrase_runs_through_hyphens_to_its_place() -> None:
    # The model tags only "the Alliance", which the gazetteer would take for NATO.
    got = actors(
        "Talks\n\n"
        "The leader of the Alliance for the Re-liberation of Somalia said last month that his "
        "movement was willing to give the talks a chance.\n"
    )
    assert "Alliance for the Re-liberation of Somalia" in got
    assert "NATO" not in got


def test_a_surname_the_model_left_after_a_name_is_the_names() -> None:
    from kg import nlp
    from kg.extract.name_spans import whole_names

    doc = nlp.load()(
        "The envoys are expected to meet junta leader Min Aung Hlaing on June 4. The talks "
        "will be co-chaired with AU Special Envoy Salim Ahmed Salem, officials said."
    )
    names = {e.text for e, _part in whole_names(doc) if e.label_ == "PERSON"}
    assert "Min Aung Hlaing" in names
    assert "Salim Ahmed Salem" in names


def test_a_body_named_with_its_leaders_possessive_is_the_body() -> None:
    from kg import nlp
    from kg.extract.name_spans import whole_names

    doc = nlp.load()(
        "President Robert Mugabe met opposition leader Morgan Tsvangirai on Monday. Talks "
        "resumed with the heads of all the parties involved: Zanu-PF, Tsvangirai's Movement "
        "for Democratic Change, and a small faction. The People's Liberation Army was silent."
    )
    names = {e.text for e, _part in whole_names(doc) if e.label_ == "ORG"}
    assert "Movement for Democratic Change" in names, names
    assert not any(n.startswith("Tsvangirai") for n in names)
    assert not any(n.startswith("Liberation Army") for n in names)
