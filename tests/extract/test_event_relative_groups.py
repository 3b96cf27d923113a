"""A relative pronoun whose clause hangs on a coordination of names stands for the whole
group ("Lind and Ode, who then held talks": both take part), and for one name alone when the
clause hangs on that name."""

from __future__ import annotations

from extract_helpers import extract, names


def events(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = extract(pipeline, f"News of the day\n\nLondon • X\n\n{body}\n")
    return x, x.events


def test_who_after_a_named_pair_is_both(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "The host welcomed ministers Anna Lind and Peter Ode, who held talks in Oslo on Monday."
    x, found = events(pipeline, body)
    assert [e.kind for e in found] == ["negotiation_round"]
    assert names(x, found[0].participants) == {"Anna Lind", "Peter Ode"}
