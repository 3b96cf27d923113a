"""A curly apostrophe, as news prints it, reads as the straight one: the model's features,
the gazetteer's names and the actor stage's patterns (invented sentences)."""

from __future__ import annotations

from test_actor_identity import _aliases


def _both(text: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    straight = _aliases("Talks\n\nKhartoum • X\n\n" + text + "\n")
    curly = _aliases("Talks\n\nKhartoum • X\n\n" + text.replace("'", "\u2019") + "\n")
    return straight, curly


def test_a_body_after_a_curly_possessive_is_found_as_after_a_straight_one() -> None:
    straight, curly = _both(
        "Sudan's Sovereign Council said on Monday that it would join the talks in Jeddah."
    )
    assert "Sovereign Council" in straight
    assert set(curly) == set(straight)
    assert "Sudan\u2019s Sovereign Council" in curly["Sovereign Council"]


def test_a_gazetteer_name_with_an_apostrophe_matches_its_curly_form() -> None:
    from kg import nlp

    doc = nlp.load()("The People\u2019s Republic of China held drills on Friday.")
    ents = {e.text: e.ent_id_ for e in doc.ents}
    assert ents.get("People\u2019s Republic of China")


def test_the_words_stay_as_written() -> None:
    from kg import nlp

    text = "Iran\u2019s Supreme Leader did not comment."
    doc = nlp.load()(text)
    assert doc.text == text
    assert doc[1].text == "\u2019s"


def test_a_state_s_delegation_with_a_curly_apostrophe() -> None:
    from kg.extract.delegations import DELEGATION_RE

    m = DELEGATION_RE.search("the talks went on, and Kenya\u2019s delegation left early")
    assert m is not None and m.group(1) == "Kenya"
