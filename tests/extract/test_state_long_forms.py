"""A state the text names in its long form keeps that form among its names (invented
sentences)."""

from __future__ import annotations

from test_actor_identity import _aliases


def test_a_state_named_in_its_long_form_keeps_it() -> None:
    names = _aliases(
        "Truce talks\n\nMuscat • X\n\nThe envoys discussed ways to extend the truce in the "
        "Republic of Yemen on Monday. Yemen welcomed the plan. Oman offered to host the "
        "next round, and the Sultanate of Oman will send its envoy.\n"
    )
    assert "Republic of Yemen" in names["Yemen"]
    assert "Sultanate of Oman" in names["Oman"]


def test_another_states_long_form_is_not_taken() -> None:
    names = _aliases(
        "Border talks\n\nSeoul • X\n\nSouth Korea said on Monday it had sent a letter to the "
        "Democratic People's Republic of Korea about the border.\n"
    )
    assert "Democratic People's Republic of Korea" not in names.get("South Korea", set())
