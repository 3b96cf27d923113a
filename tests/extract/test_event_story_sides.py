"""The story's pair of sides (made-up stories): talks that name one side, or only an envoy who
tells of them, are between the two sides the story keeps naming together, and so is a truce
"the two sides" agreed on after an envoy met one of them; a story of three parties named
together has no pair to give."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.event_story_sides import rivals_apart
from kg.extract.index import ActorIndex

# A story that sets up two sides: named together as a list and in the same sentences.
FEUD = (
    "Peru accused Chile of shelling its border posts on Monday. Peru and Chile blamed each "
    "other for the clashes. Chile said it would not yield."
)
# A story of three parties, two of which it also names alone together, less often.
TRIO = (
    "Peru, Chile and Bolivia argued over water on Monday. Peru, Chile and Bolivia blamed each "
    "other for the drought. Peru, Chile and Bolivia sent engineers. Peru, Chile and Bolivia "
    "counted wells. Peru and Chile spoke of rivers. Peru and Chile spoke of lakes."
)


def news(body: str) -> str:
    return f"News of the day\n\nLondon • X\n\n{body}\n"


def rounds(pipeline, body: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    x = extract(pipeline, news(body))
    names = {a.id: a.name for a in x.actors}
    return [
        sorted(names[p] for p in e.participants) for e in x.events if e.kind == "negotiation_round"
    ]


def test_talks_of_one_side_are_with_the_other(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = rounds(pipeline, f"{FEUD} Peru's negotiators held talks in Oslo on Friday.")
    assert found == [["Chile", "Peru"]]


def test_talks_told_by_an_envoy_are_between_the_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = f"{FEUD} Norway's envoy Ann Berg said the talks resumed in Oslo on Friday."
    found = rounds(pipeline, body)
    assert len(found) == 1 and {"Chile", "Peru"} <= set(found[0])


def test_a_story_of_three_gives_no_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = f"{TRIO} Norway's envoy Ann Berg said the talks resumed in Oslo on Friday."
    found = rounds(pipeline, body)
    # (Who the talks were between is not said; the envoy who tells of them is no party to
    # them either, so no participant list is pinned here: only that no pair is given.)
    assert len(found) == 1 and not {"Chile", "Peru"} <= set(found[0])


def test_the_two_sides_are_the_story_pair_not_the_envoy(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = (
        f"{FEUD} Norway's envoy Ann Berg met Peruvian President Luis Soto in Lima on Thursday. "
        "Berg said the two sides agreed on a truce on Friday."
    )
    x = extract(pipeline, news(body))
    names = {a.id: a.name for a in x.actors}
    truces = [sorted(names[p] for p in e.participants) for e in x.events if e.kind == "ceasefire"]
    assert truces == [["Chile", "Peru"]]


def test_two_bodies_of_one_state_are_sides_of_their_own() -> None:
    index = ActorIndex()
    for name, kind in [
        ("Ostravia", "Country"),
        ("Ostravian Army", "Organization"),
        ("Dawn Brigades", "Organization"),
        ("Ostravian delegation", "Delegation"),
    ]:
        index.new(name, kind, name.lower())  # type: ignore[arg-type]
    # (Both bodies and the delegation stand for the state before the rule.)
    sides: dict[str, str | None] = {"a1": "a1", "a2": "a1", "a3": "a1", "a4": "a1"}
    assert rivals_apart(sides, index) == {"a1": "a1", "a2": "a2", "a3": "a3", "a4": "a1"}


def test_one_body_of_a_state_stands_for_it() -> None:
    index = ActorIndex()
    for name, kind in [("Ostravia", "Country"), ("Ostravian Army", "Organization")]:
        index.new(name, kind, name.lower())  # type: ignore[arg-type]
    assert rivals_apart({"a1": "a1", "a2": "a1"}, index) == {"a1": "a1", "a2": "a1"}


def test_a_meeting_of_two_others_keeps_its_own_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "The two leaders" of a meeting between two other states are that meeting's own sides,
    not the pair the story keeps naming."""
    body = (
        f"{FEUD} Norwegian Prime Minister Ola Brenner met Swedish Prime Minister Karin Lund "
        "in Oslo on Friday, and the two leaders discussed fishing quotas."
    )
    x = extract(pipeline, news(body))
    names = {a.id: a.name for a in x.actors}
    meetings = [sorted(names[p] for p in e.participants) for e in x.events if e.kind == "meeting"]
    assert meetings and all("Peru" not in m and "Chile" not in m for m in meetings)
    assert any("Karin Lund" in m and "Ola Brenner" in m for m in meetings)
