"""Speakers the model leaves untagged: bodies named by their kind ("the Defence Ministry said"),
officials who speak for a body named before ("a ministry spokeswoman"), and people's names
that are the subject of a verb of saying."""

from __future__ import annotations

from extract_helpers import speakers_by_content


def _speakers(text: str) -> tuple[dict[str, str], dict[str, str | None]]:
    """Each actor's name -> type, and each statement's content -> its speaker's name."""
    index, said = speakers_by_content(text)
    return {a.name: a.type for a in index.actors}, {c: n for c, (n, _w) in said.items()}


def test_an_untagged_ministry_by_its_kind_is_its_states_body() -> None:
    actors, said = _speakers(
        "Border\n\nKyiv • X\n\n"
        "The Defence Ministry said its units had pushed the attackers back from the river.\n"
    )
    assert actors.get("Ministry of Defense of Ukraine") == "Organization"
    assert set(said.values()) == {"Ministry of Defense of Ukraine"}


def test_a_ministry_by_its_portfolio_speaks_under_its_own_words() -> None:
    actors, said = _speakers(
        "Arrests\n\nKyiv • X\n\nThe Interior Ministry said four suspects were held overnight.\n"
    )
    assert actors.get("Interior Ministry") == "Organization"  # a body, not a person
    assert set(said.values()) == {"Interior Ministry"}


def test_a_ministry_that_only_stands_by_is_no_actor() -> None:
    actors, _said = _speakers(
        "Rally\n\nKyiv • X\n\n"
        "Hundreds of people gathered outside the Health Ministry on Sunday to demand higher pay.\n"
    )
    assert not any("Ministry" in name for name in actors)


def test_the_ministrys_spokesman_speaks_for_the_ministry() -> None:
    _actors, said = _speakers(
        "Envoy\n\nKyiv • X\n\nThe foreign ministry's spokesman said the envoy had been recalled.\n"
    )
    assert set(said.values()) == {"Ministry of Foreign Affairs of Ukraine"}


def test_an_unnamed_spokeswoman_of_a_ministry_is_the_ministry_named_before() -> None:
    _actors, said = _speakers(
        "Talks\n\nMoscow • X\n\n"
        "Russia's Foreign Ministry said on Monday that the talks would resume. "
        "A ministry spokeswoman said the delegation was ready. "
        "A spokesman for the ministry said the agenda had been agreed.\n"
    )
    assert set(said.values()) == {"Ministry of Foreign Affairs of Russia"}


def test_an_untagged_name_that_speaks_is_a_person() -> None:
    actors, said = _speakers(
        "Vote\n\nWarsaw • X\n\n"
        "Kasia Wolanska, who heads the committee, said the vote had been fair.\n"
    )
    assert actors.get("Kasia Wolanska") == "Person"
    assert set(said.values()) == {"Kasia Wolanska"}


def test_the_ministry_after_a_minister_is_his_states_ministry() -> None:
    actors, said = _speakers(
        "Call\n\nSeoul • X\n\n"
        "Foreign Minister Yun Byung-se spoke by phone with his Japanese counterpart on "
        "Wednesday, the ministry said. The two agreed to meet next month, according to the "
        "ministry.\n"
    )
    assert actors.get("South Korean foreign ministry") == "Organization"
    assert set(said.values()) == {"South Korean foreign ministry"}


def test_the_ministry_after_a_minister_of_any_portfolio_is_that_ministry() -> None:
    # (One list of portfolios for ministries and ministers: "Education Minister" too.)
    actors, said = _speakers(
        "Schools\n\nSeoul • X\n\n"
        "Education Minister Kim Dae-ho visited two schools in the north on Tuesday, the "
        "ministry said.\n"
    )
    assert actors.get("South Korean education ministry") == "Organization"
    assert set(said.values()) == {"South Korean education ministry"}


def test_the_ministry_with_no_minister_named_stays_unresolved() -> None:
    actors, _said = _speakers(
        "Call\n\nSeoul • X\n\nThe talks went well and will go on, the ministry said.\n"
    )
    assert not any("ministry" in name.lower() for name in actors)


def test_a_persons_office_is_a_body_and_a_leaders_is_the_one_office() -> None:
    actors, said = _speakers(
        "Call\n\nAnkara • X\n\n"
        "President Recep Tayyip Erdogan spoke with the Russian leader on Saturday, the Turkish "
        "president's office said. \"We thanked him for the deal,\" Erdogan's office said.\n"
    )
    offices = [name for name in actors if "office" in name]
    assert offices == ["Turkish president's office"]
    assert set(said.values()) == {"Turkish president's office"}


def test_an_office_by_a_persons_name_speaks_for_them() -> None:
    actors, said = _speakers(
        "Talks\n\nDili • X\n\n"
        'Prime Minister Xanana Gusmao met the envoy on Monday. "Disputes between neighbours '
        "must be settled by talks,\" Gusmao's office said.\n"
    )
    assert actors.get("Gusmao's office") == "Organization"
    assert "Gusmao's office" in said.values()


def test_a_holders_name_glued_to_the_place_of_the_title_is_a_person() -> None:
    actors, said = _speakers(
        "Talks\n\nLondon • X\n\n"
        "The minister met UK special envoy for the Western Balkans Marek Dolny, who said the "
        "talks would go on.\n"
    )
    assert actors.get("Marek Dolny") == "Person"
    assert not any("Dolny" in name and name != "Marek Dolny" for name in actors)
    assert "Marek Dolny" in said.values()


def test_a_body_named_after_a_title_keeps_its_name() -> None:
    actors, _said = _speakers(
        "Plan\n\nLondon • X\n\n"
        "The head of the Carnegie Endowment for International Peace said the plan was weak.\n"
    )
    assert "Carnegie Endowment for International Peace" in actors


def test_an_untagged_name_ending_in_a_bodys_word_that_speaks_is_a_body() -> None:
    from kg import nlp
    from kg.extract.actor_generic import untagged_speakers

    doc = nlp.load()(
        "The State Department Visa Processing Center said on Monday that the backlog had shrunk."
    )
    assert [(s.text, s.label_) for s in untagged_speakers(doc)] == [
        ("Visa Processing Center", "ORG")
    ]
