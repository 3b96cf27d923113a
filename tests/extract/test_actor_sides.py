"""Delegations named by their side's word alone ("the government delegation", "the rebel
delegation") are delegations of their own; with a state's adjective they are the state's."""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.model import Actor


def _actors(text: str) -> list[Actor]:
    art = article(text)
    return ActorFinder(gazetteer.default())(nlp.load()(art.text), art).actors


def test_each_side_word_names_one_delegation_at_its_fullest() -> None:
    actors = _actors(
        "Talks resume\n\nOldtown • X\n\n"
        "The mediator Pia Lund met the rebel delegation on Monday. The head of the government "
        "negotiating delegation, Karl Sepp, said the government delegation would stay.\n"
    )
    delegations = sorted(a.name for a in actors if a.type == "Delegation")
    assert delegations == ["government negotiating delegation", "rebel delegation"]


def test_a_side_word_after_a_states_name_is_left_to_the_state() -> None:
    """Guard, passes without its change too: a side's word after a state's adjective must not
    make a delegation of that side of its own; it is the state's."""
    actors = _actors(
        "Talks resume\n\nOldtown • X\n\n"
        "The mediator Pia Lund met the Estonian government delegation on Monday.\n"
    )
    assert not any(a.name == "government delegation" for a in actors)


def test_the_rebel_delegation_is_the_one_rebel_bodys_delegation_named() -> None:
    actors = _actors(
        "Talks resume\n\nOldtown • X\n\n"
        "The Northern Freedom Front delegation arrived in Oldtown on Monday. The mediator "
        "Pia Lund said the rebel delegation would meet the government delegation on Friday.\n"
    )
    delegations = sorted(a.name for a in actors if a.type == "Delegation")
    assert len(delegations) == 2
    assert delegations[0].endswith("Freedom Front delegation")
    assert delegations[1] == "government delegation"


def test_a_delegation_of_a_body_of_states_is_no_sides_delegation() -> None:
    # The regional union mediates: its delegation is not what "the rebel delegation" means.
    actors = _actors(
        "Talks resume\n\nOldtown • X\n\n"
        "The African Union delegation arrived in Oldtown on Monday. The rebel delegation "
        "would meet the government delegation on Tuesday, the union's envoy said.\n"
    )
    delegations = sorted(a.name for a in actors if a.type == "Delegation")
    assert delegations == ["African Union delegation", "government delegation", "rebel delegation"]


def test_a_sides_delegation_is_no_one_delegation_across_articles() -> None:
    # "the government delegation" of one story is not that of another: the key holds the
    # article's.
    actors = _actors(
        "Talks resume\n\nOldtown • X\n\nThe government delegation arrived in Oldtown on Monday.\n"
    )
    delegation = next(a for a in actors if a.name == "government delegation")
    assert delegation.key.startswith("delegation/side-government-delegation-")
    assert delegation.key != "delegation/side-government-delegation"
