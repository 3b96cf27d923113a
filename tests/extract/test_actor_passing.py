"""States named only in passing (before a noun, or besides that as a place) are no actors of
the story unless a statement, an event or the discourse stage names them."""

from __future__ import annotations

import re

from extract_helpers import article

from kg import nlp
from kg.extract.actor_passing import drop_states_in_passing
from kg.extract.index import ActorIndex, Mention
from kg.extract.pipeline import Pipeline

TEXT = (
    "Kenya and Uganda agreed on Tuesday to set up a joint commission on the lake. The "
    "ministers thanked the Dutch engineers who mapped the basin, and said the Sudan crisis "
    "would not end soon, as fighting in Sudan went on. Somalia sent observers.\n"
)
# Each state's name and the words the text names it by.
STATES = {
    "Kenya": ["Kenya"],
    "Uganda": ["Uganda"],
    "Netherlands": ["Dutch"],
    "Sudan": ["Sudan"],
    "Somalia": ["Somalia"],
}


def _index() -> ActorIndex:
    index = ActorIndex()
    for name, words in STATES.items():
        actor = index.new(name, "Country", f"country/{name.lower()}")
        assert actor is not None
        for word in words:
            for m in re.finditer(rf"\b{word}\b", TEXT):
                index.mentions.append(Mention(m.start(), m.end(), actor.id))
    return index


def _kept(index: ActorIndex, keep: frozenset[str] = frozenset()) -> list[str]:
    doc = nlp.load()(TEXT)
    ids = {a.name: a.id for a in index.actors}
    drop_states_in_passing(doc, index, {ids[n] for n in keep})
    return sorted(a.name for a in index.actors)


def test_a_state_named_only_before_a_noun_or_as_a_place_is_dropped() -> None:
    # Kenya and Uganda agree, Somalia sends: they act. "the Dutch engineers" and "the Sudan
    # crisis ... fighting in Sudan" only qualify a noun or place something.
    assert _kept(_index()) == ["Kenya", "Somalia", "Uganda"]


def test_a_state_something_names_is_kept() -> None:
    assert "Sudan" in _kept(_index(), frozenset({"Sudan"}))


def test_a_state_a_pronoun_stands_for_is_kept() -> None:
    index = _index()
    sudan = next(a.id for a in index.actors if a.name == "Sudan")
    index.refs.append(Mention(0, 5, sudan, kind="pronoun"))
    assert "Sudan" in _kept(index)


def test_a_role_phrase_on_the_same_adjective_does_not_keep_the_state() -> None:
    index = _index()
    dutch = next(a.id for a in index.actors if a.name == "Netherlands")
    start = TEXT.index("Dutch engineers")
    index.refs.append(Mention(start, start + len("Dutch engineers"), dutch, kind="role"))
    assert "Netherlands" not in _kept(index)


FORCES_TEXT = (
    "Kenya and Uganda agreed on Tuesday on the withdrawal of Ugandan forces from the border. "
    "The Kenyan army said the talks went well.\n"
)


FORCES = {
    "Kenya": ["Kenya"],
    "Uganda": ["Uganda"],
    "Ugandan Forces": ["Ugandan forces"],
    "Kenyan Army": ["Kenyan army"],
}


def _forces_kept(
    keep: frozenset[str] = frozenset(),
    text: str = FORCES_TEXT,
    names: dict[str, list[str]] = FORCES,
) -> list[str]:
    from kg import gazetteer
    from kg.extract.actor_passing import drop_forces_in_passing

    index = ActorIndex()
    for name, words in names.items():
        actor = index.new(name, "Organization" if " " in name else "Country", name.lower())
        assert actor is not None
        for word in words:
            for m in re.finditer(rf"\b{word}\b", text):
                index.mentions.append(Mention(m.start(), m.end(), actor.id))
    doc = nlp.load()(text)
    ids = {a.name: a.id for a in index.actors}
    drop_forces_in_passing(doc, index, {ids[n] for n in keep}, gazetteer.default())
    return sorted(a.name for a in index.actors)


def test_a_states_forces_only_spoken_of_are_no_actor() -> None:
    # The Kenyan army speaks; "the withdrawal of Ugandan forces" only speaks of the forces.
    assert _forces_kept() == ["Kenya", "Kenyan Army", "Uganda"]


def test_a_states_forces_an_event_names_are_kept() -> None:
    assert "Ugandan Forces" in _forces_kept(frozenset({"Ugandan Forces"}))


SIDES_TEXT = (
    "Skirmishes flared near the lake between cattle herders and Tanzanian forces. Later the "
    "herders ambushed the Malawian army, and two colonels from the Zambian army came to "
    "mediate. Nobody mentioned the budget of the Burundian army.\n"
)
SIDES = {
    "Tanzanian Forces": ["Tanzanian forces"],
    "Malawian Army": ["Malawian army"],
    "Zambian Army": ["Zambian army"],
    "Burundian Army": ["Burundian army"],
}


def test_forces_that_are_a_side_an_object_or_whom_people_come_from_are_kept() -> None:
    # A side of the skirmishes, the object of the ambush and the colonels' army take part;
    # the army whose budget is named is only spoken of.
    kept = _forces_kept(text=SIDES_TEXT, names=SIDES)
    assert kept == ["Malawian Army", "Tanzanian Forces", "Zambian Army"]


LAND_TEXT = (
    "Sudan: aid resumes\n\n"
    "Kenya and Uganda agreed on Tuesday to send aid. Convoys reached Sudan's capital on "
    "Friday, and Chad's ruling party said it would help.\n"
)


def _land_index() -> ActorIndex:
    index = ActorIndex()
    for name in ("Kenya", "Uganda", "Sudan", "Chad"):
        actor = index.new(name, "Country", f"country/{name.lower()}")
        assert actor is not None
        for m in re.finditer(rf"\b{name}\b", LAND_TEXT):
            index.mentions.append(Mention(m.start(), m.end(), actor.id))
    return index


def test_a_state_owning_only_its_land_or_heading_a_line_is_named_in_passing() -> None:
    # "Sudan: ..." files the headline under a region; "Sudan's capital" is a place in it.
    # "Chad's ruling party" is a body of the state's: the state is more than a place there.
    index = _land_index()
    drop_states_in_passing(nlp.load()(LAND_TEXT), index, set())
    assert sorted(a.name for a in index.actors) == ["Chad", "Kenya", "Uganda"]


VESSELS_TEXT = (
    "The Tanzanian coast guard said on Sunday that vessels from the Malawian navy had "
    "blocked the ferry, and two officers from the Zambian navy boarded it.\n"
)
VESSELS = {
    "Tanzanian Coast Guard": ["Tanzanian coast guard"],
    "Malawian Navy": ["Malawian navy"],
    "Zambian Navy": ["Zambian navy"],
}


def test_a_forces_things_coming_from_it_make_it_no_party() -> None:
    # Officers come from the Zambian navy as its people; vessels are only its things.
    kept = _forces_kept(text=VESSELS_TEXT, names=VESSELS)
    assert "Malawian Navy" not in kept and "Zambian Navy" in kept


def test_a_state_named_only_by_its_adjective_is_no_actor(pipeline: Pipeline) -> None:
    # Its delegation speaks; the state itself is never named, and no event lists it. Egypt,
    # named, stays; so does a state whose name is its adjective's form too ("U.S.").
    x = pipeline.extract(
        article(
            "Truce plan\n\nBeirut • X\n\n"
            "The Lebanese delegation said on Monday that it backed the plan, and Egypt agreed. "
            "A U.S. envoy welcomed the statement.\n"
        )
    )
    names = {a.name for a in x.actors}
    assert "Lebanon" not in names and "Egypt" in names
    assert "Lebanese delegation" in names and "United States" in names
    assert all(a.country is None for a in x.actors if a.name == "Lebanese delegation")
