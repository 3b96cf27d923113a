"""An office taken for a person of its own, with its holder named beside it, is the holder."""

from __future__ import annotations

from kg.extract.alias_offices import office_only, offices_beside_names, offices_of_holders
from kg.extract.index import ActorIndex, Mention
from kg.model import Actor, ActorType, Role, Span


def actor(aid: str, name: str, kind: ActorType = "Person") -> Actor:
    return Actor(id=aid, name=name, type=kind, key=f"k/{aid}")


def _index(text: str, *named: tuple[Actor, str]) -> ActorIndex:
    mentions = [
        Mention(text.index(words), text.index(words) + len(words), a.id) for a, words in named
    ]
    return ActorIndex(actors=[a for a, _ in named], mentions=mentions)


def test_an_office_with_its_holder_in_apposition_is_the_holder() -> None:
    text = "The Union High Representative for Trade, Marta Lind, urged both sides to talk."
    office = actor("a1", "Union High Representative")
    lind = actor("a2", "Marta Lind")
    index = _index(text, (office, "Union High Representative"), (lind, "Marta Lind"))
    offices_beside_names(text, index)
    assert [a.name for a in index.actors] == ["Marta Lind"]
    assert "Union High Representative" in lind.aliases
    assert all(m.actor == "a2" for m in index.mentions)


def test_an_office_with_no_name_beside_it_stays() -> None:
    text = "The Union High Representative met Marta Lind, who urged both sides to talk."
    office = actor("a1", "Union High Representative")
    lind = actor("a2", "Marta Lind")
    index = _index(text, (office, "Union High Representative"), (lind, "Marta Lind"))
    offices_beside_names(text, index)
    assert len(index.actors) == 2


def test_a_body_after_an_office_takes_nothing() -> None:
    text = "The Special Envoy, Tarland, said the talks would resume."
    office = actor("a1", "Special Envoy")
    state = actor("a2", "Tarland", "Country")
    index = _index(text, (office, "Special Envoy"), (state, "Tarland"))
    offices_beside_names(text, index)
    assert len(index.actors) == 2


def test_an_office_only_name_ends_on_the_office() -> None:
    assert office_only("Union High Representative")
    assert not office_only("Marta Lind")
    assert not office_only("Envoy")  # (one word: the actor stage keeps no such person)


def _titled(aid: str, name: str, title: str) -> Actor:
    person = actor(aid, name)
    person.roles = [Role(title, Span(0, len(title), title))]
    return person


def test_an_office_named_alone_later_is_the_one_who_holds_it() -> None:
    text = "Coastal Board Special Envoy Ivo Brask left Oslo. The Special Envoy said no."
    brask = _titled("a1", "Ivo Brask", "Coastal Board Special Envoy")
    office = actor("a2", "Special Envoy", "Organization")
    index = _index(text, (brask, "Ivo Brask"), (office, "The Special Envoy"))
    offices_of_holders(index)
    assert [a.name for a in index.actors] == ["Ivo Brask"]
    assert all(m.actor == "a1" for m in index.mentions)


def test_an_office_two_people_hold_stays() -> None:
    text = "Special Envoy Ivo Brask met Special Envoy Ada Rook. The Special Envoy left."
    brask = _titled("a1", "Ivo Brask", "Special Envoy")
    rook = _titled("a2", "Ada Rook", "Special Envoy")
    office = actor("a3", "Special Envoy", "Organization")
    index = _index(text, (brask, "Ivo Brask"), (rook, "Ada Rook"), (office, "The Special"))
    offices_of_holders(index)
    assert len(index.actors) == 3
