"""A state the text names in its long form keeps that form among its names (invented
sentences)."""

from __future__ import annotations

from test_actor_identity import _aliases

from kg import gazetteer
from kg.extract.actor_names import state_long_forms
from kg.extract.index import ActorIndex, Mention


def test_a_state_named_in_its_long_form_keeps_it() -> None:
    names = _aliases(
        "Fishing talks\n\nLima • X\n\nThe envoys discussed ways to extend the fishing accord "
        "with the Republic of Peru on Monday. Peru welcomed the plan. Norway offered to host "
        "the next round, and the Kingdom of Norway will send its envoy.\n"
    )
    assert "Republic of Peru" in names["Peru"]
    assert "Kingdom of Norway" in names["Norway"]


def test_another_states_long_form_is_not_taken() -> None:
    text = "Aid reached the Democratic Republic of the Congo on Monday."
    index = ActorIndex()
    congo = index.new("Congo", "Country", "country:congo")
    assert congo is not None
    start = text.index("Congo")
    index.mentions.append(Mention(start, start + len("Congo"), congo.id))
    state_long_forms(index, text, gazetteer.default())
    assert not congo.aliases
