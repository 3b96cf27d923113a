"""Who made an attack and whom it struck, when the attack word's own phrase does not say: the
agent of a verb of doing or claiming it, the party it is ascribed to, a claim of
responsibility in a later sentence, the possessor of a deed of violence, and the state whose
property was struck."""

from __future__ import annotations

from extract_helpers import extract, names


def attacks(x):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.kind == "attack"]


def story(body: str) -> str:
    return f"Blast at depot\n\nSomewhere • X\n\n(Agency) – {body}\n"


def test_a_claim_of_responsibility_in_a_later_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "A truck bombing on Tuesday outside a police station in Ostrava killed nine "
            "officers. The Red Dawn Brigade claimed responsibility."
        ),
    )
    assert any("Red Dawn Brigade" in names(x, e.participants) for e in attacks(x))


def test_no_claim_when_no_one_claims(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "A truck bombing on Tuesday outside a police station in Ostrava killed nine "
            "officers. The Red Dawn Brigade has not claimed responsibility."
        ),
    )
    assert not any("Red Dawn Brigade" in names(x, e.participants) for e in attacks(x))


def test_an_attack_claimed_by_a_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Eleven soldiers died on Sunday in an ambush near the border. The ambush was "
            "claimed by the Northern Liberation Front in a message to reporters."
        ),
    )
    assert any("Northern Liberation Front" in names(x, e.participants) for e in attacks(x))


def test_an_attack_ascribed_to_a_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "On Friday a rocket attack hit the harbour of Varna, an attack ascribed to the "
            "Hezbollah by local officials."
        ),
    )
    assert any("Hezbollah" in names(x, e.participants) for e in attacks(x))


def test_the_possessor_of_a_killing_and_its_victim(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Protests followed Moldova's killing of commander Anton Weiss in a drone strike "
            "on Monday."
        ),
    )
    found = [names(x, e.participants) for e in attacks(x)]
    assert any({"Moldova", "Anton Weiss"} <= p for p in found)


def test_a_state_whose_property_is_struck(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "On Monday Moldova's oil terminals were hit by missiles in an overnight raid. "
            "The Crimson Army claimed responsibility for the raid."
        ),
    )
    found = [names(x, e.participants) for e in attacks(x)]
    assert any({"Moldova", "Crimson Army"} <= p for p in found)


def test_a_city_struck_is_a_place_not_a_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "On Monday missiles hit the harbour of Varna in Bulgaria in an overnight raid. "
            "The Crimson Army claimed responsibility for the raid."
        ),
    )
    for e in attacks(x):
        assert "Bulgaria" not in names(x, e.participants)


def test_an_attacker_set_beside_the_target_is_no_target(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "On Friday a rocket attack hit the harbour of Varna, an attack ascribed to "
            "Hezbollah by local officials."
        ),
    )
    [attack] = attacks(x)
    assert names(x, attack.participants) == {"Hezbollah"}


def test_a_claim_after_a_verb_of_violence(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Gunmen killed six soldiers at a checkpoint near Gao on Sunday. Two days later "
            "Hezbollah claimed responsibility."
        ),
    )
    assert any("Hezbollah" in names(x, e.participants) for e in attacks(x))


def test_a_claim_far_after_the_attack_is_not_its_claim(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Gunmen killed six soldiers at a checkpoint near Gao on Sunday. The army sent "
            "reinforcements. The mayor asked for calm. Schools stayed closed. Markets opened "
            "late. Years ago Hezbollah claimed responsibility for a bombing in the region."
        ),
    )
    for e in attacks(x):
        if "killed" in e.evidence.text:
            assert "Hezbollah" not in names(x, e.participants)


def test_a_pronoun_that_claims_the_attack(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        story(
            "Hezbollah operates in southern Lebanon. A rocket attack hit a base near Metula "
            "on Wednesday. It claimed the attack in a statement."
        ),
    )
    assert any("Hezbollah" in names(x, e.participants) for e in attacks(x))
