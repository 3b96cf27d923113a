"""Bodies described apart from their state ("the exiled government", "the military junta")
are actors of their own where they take part; a state's government in plain words is not."""

from __future__ import annotations

from extract_helpers import extract


def _names(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in extract(pipeline, text).actors}


def test_rival_governments_described_in_words_are_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    names = _names(
        pipeline,
        "Envoy meets both camps\n\n"
        "The envoy Jane Roe met on Sunday with the internationally recognised government, "
        "and later with the self-declared government in Westhaven. The self-declared "
        "government in Westhaven said it would study the plan.\n",
    )
    assert "internationally recognised government" in names
    assert "self-declared government in Westhaven" in names


def test_a_junta_that_acts_keeps_its_state_and_its_bare_mentions(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Junta extends emergency\n\n"
        "Estonia's military junta extended the state of emergency on Monday. The regional "
        "bloc asked the junta to free the detained ministers.\n",
    )
    junta = next(a for a in x.actors if a.name == "Estonia's military junta")
    assert "junta" in junta.aliases
    assert any(a.name == "Estonia" for a in x.actors)


def test_a_government_in_plain_words_or_only_ousted_is_no_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    names = _names(
        pipeline,
        "Army seizes power\n\n"
        "Soldiers ousted the civilian government of Latvia on Monday. The new government "
        "said the elections would be held in May.\n",
    )
    assert not any("government" in n for n in names)


def test_a_coalition_led_by_a_state_is_a_body_though_named_with_a(pipeline) -> None:  # type: ignore[no-untyped-def]
    names = _names(
        pipeline,
        "Rebels free prisoners\n\n"
        "The rebels have been fighting against an Estonian-led military alliance since 2019. "
        "On Monday they freed forty prisoners held by the Latvia-led coalition.\n",
    )
    assert "Latvia-led coalition" in names
