"""Bodies named in full by their name's shape: capitalised words headed by a body's word
("Army", "Unit", "Council"), where the model tagged nothing or only a piece of the name."""

from __future__ import annotations

from extract_helpers import extract

from kg import nlp
from kg.extract.actor_bodies import titled_bodies
from kg.extract.pipeline import Pipeline


def _actors(pipeline: Pipeline, text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(pipeline, text).actors}


def test_a_force_named_after_a_states_adjective_is_one_body(pipeline: Pipeline) -> None:
    # The model tags only "Chilean" (a people) here.
    text = (
        "Prisoners freed\n\n"
        "Forty prisoners were freed by the Chilean National Army on Friday, officials said."
    )
    actors = _actors(pipeline, text)
    assert actors.get("Chilean National Army") == "Organization"
    assert "Chile" not in actors


def test_a_directorate_named_in_full_is_a_body(pipeline: Pipeline) -> None:
    text = (
        "Truce\n\n"
        "The ceasefire was welcomed by the Chilean Communications Directorate, which said it "
        "would help monitor it."
    )
    assert _actors(pipeline, text).get("Chilean Communications Directorate") == "Organization"


def test_the_shape_skips_titles_names_going_on_and_two_states_forums() -> None:
    title = "Rebel Army Signs Deal"
    text = (
        f"{title}\n\nThe council passed Security Council Resolution 77 on Monday. "
        "The Chile-Peru Joint Commission met in Lima, as did the Chile-Peru-OAS Contact "
        "Group. The Chilean Department of Mines agreed. Forty prisoners were freed by the "
        "Chilean National Army on Friday. "
        "Signing groups included the Ve-Ta People Liberation Front."
    )
    doc = nlp.load()(text)
    found = [s.text for s in titled_bodies(doc, len(title))]
    # (A hyphen glued inside a name is a word of it: "Ve-Ta".)
    assert found == ["Chilean National Army", "Ve-Ta People Liberation Front"]
