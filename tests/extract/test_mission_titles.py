"""A title's state after "to", "for" or "in" is where its holder is sent, not whose they are."""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder


def _title_owners(text: str) -> dict[str, str | None]:
    """Each role title the actor stage reads, with the name of the body or state it is of."""
    art = article(text)
    index = ActorFinder(gazetteer.default())(nlp.load()(art.text), art)
    names = {a.id: a.name for a in index.actors}
    return {r.title: names.get(r.of) if r.of else None for a in index.actors for r in a.roles}


def test_an_envoy_for_a_state_is_not_that_states_envoy() -> None:
    text = (
        "Envoy arrives\n\n"
        "Maria Olsen, the Special Envoy for Uruguay, arrived in Montevideo on Monday. Uruguay "
        "has held talks since 2014, and Olsen met officials there.\n"
    )
    assert _title_owners(text)["Special Envoy for Uruguay"] is None


def test_the_sending_state_before_the_title_stays_its_owner() -> None:
    text = (
        "Envoy arrives\n\n"
        "The US Ambassador to Iceland, John Smith, arrived in Reykjavik on Monday. Iceland and "
        "the United States signed a trade deal.\n"
    )
    assert _title_owners(text)["US Ambassador to Iceland"] == "United States"


def test_a_state_that_owns_the_body_after_for_stays_the_owner() -> None:
    text = (
        "Talks go on\n\n"
        "The spokesperson for Iceland's foreign ministry, Majid Omar, said on Monday that the "
        "talks would go on.\n"
    )
    assert _title_owners(text)["spokesperson for Iceland's foreign ministry"] == "Iceland"
