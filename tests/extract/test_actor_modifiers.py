"""Names that only modify or sit inside longer names, and names punctuation hides."""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.index import ActorIndex


def _actors(text: str) -> ActorIndex:
    art = article(text)
    return ActorFinder(gazetteer.default())(nlp.load()(art.text), art)


def _mentions(x: ActorIndex, name: str) -> list[str]:
    actor = next((a for a in x.actors if a.name == name), None)
    return [] if actor is None else [m.text for m in actor.mentions]


def test_a_region_ending_in_a_states_alias_is_not_the_state() -> None:
    text = (
        "Minister meets envoys\n\n"
        "After a meeting with ambassadors from Latin America and the Caribbean, Foreign "
        "Minister Ana Rivas said the United States had asked for the talks to resume.\n"
    )
    x = _actors(text)
    assert _mentions(x, "United States") == ["United States"]


def test_a_state_named_alone_is_still_the_state() -> None:
    text = (
        "Minister meets envoys\n\n"
        "Foreign Minister Ana Rivas said America had asked for the talks to resume.\n"
    )
    x = _actors(text)
    assert _mentions(x, "United States") == ["America"]


def test_a_name_glued_to_a_dateline_dash_is_a_mention() -> None:
    text = (
        "Diplomats meet in Rome\n\n"
        "May 3, 2021 (XNS)—U.S. and Chinese diplomats met in Rome today. The U.S. delegation "
        "raised trade. Officials said the U.S. was ready for more talks.\n"
    )
    x = _actors(text)
    starts = [m.start for a in x.actors if a.name == "United States" for m in a.mentions]
    glued = text.index("—U.S.") + 1
    assert glued in starts


def test_a_state_joined_by_a_hyphen_gains_no_mention() -> None:
    text = (
        "U.S.-Chinese talks in Rome\n\n"
        "Chinese diplomats met in Rome today. Officials said the U.S. was ready for more talks.\n"
    )
    x = _actors(text)
    assert _mentions(x, "United States") == ["U.S."]


def test_a_delegation_named_only_in_a_title_is_no_actor() -> None:
    text = (
        "Talks in Istanbul\n\n"
        "After a meeting in Istanbul, Janis Berzins, head of the Latvian delegation, "
        "declared that the positions of both sides remain far apart.\n"
    )
    x = _actors(text)
    assert not [a for a in x.actors if a.type == "Delegation"]
    assert "Janis Berzins" in {a.name for a in x.actors}


def test_a_delegation_modifying_a_noun_is_no_actor() -> None:
    text = (
        "Latvian delegation chief sees rift\n\n"
        '"We agreed to continue contacts at the delegation level," Janis Berzins said.\n'
    )
    x = _actors(text)
    assert not [a for a in x.actors if a.type == "Delegation"]


def test_a_delegation_that_acts_stays_an_actor() -> None:
    text = (
        "Talks in Istanbul\n\n"
        "The head of the Latvian delegation Janis Berzins arrived in Istanbul. The Latvian "
        "delegation met mediators on Monday.\n"
    )
    x = _actors(text)
    assert [a.name for a in x.actors if a.type == "Delegation"] == ["Latvian delegation"]


def test_a_leader_named_only_for_their_administration_is_no_actor() -> None:
    text = (
        "Talks in Geneva\n\n"
        "Envoys met in Geneva for the first round of talks under the Biden Administration. "
        "Deputy Foreign Minister Sergei Ryabkov said the talks were useful.\n"
    )
    x = _actors(text)
    assert "Joe Biden" not in {a.name for a in x.actors}


def test_a_group_word_modifying_a_noun_is_no_person() -> None:
    text = (
        "Corridor opens\n\n"
        "The shrine, built in 1522 by Sikh faith founder Guru Nanak Dev, will facilitate "
        "visa-free movement of Indian Sikh pilgrims. As many as 5,000 Sikh pilgrims will come "
        "daily, Foreign Minister Imran Qadir said.\n"
    )
    x = _actors(text)
    assert "Sikh" not in {a.name for a in x.actors}
    assert "Imran Qadir" in {a.name for a in x.actors}


def test_a_body_modifying_a_noun_stays_an_actor() -> None:
    text = "Poll backs deal\n\nA new Gallup poll found that most voters back the deal.\n"
    x = _actors(text)
    assert "Gallup" in {a.name for a in x.actors}


def test_an_office_named_without_its_holder_is_a_person() -> None:
    text = (
        "Council urges talks\n\n"
        "The Council encouraged the parties to continue their engagement with the United "
        "Nations Special Envoy and to negotiate with each other.\n"
    )
    x = _actors(text)
    holders = [a for a in x.actors if a.name == "United Nations Special Envoy"]
    assert [a.type for a in holders] == ["Person"]


def test_an_office_followed_by_its_holders_name_is_no_second_person() -> None:
    text = (
        "Council urges talks\n\n"
        "The Council welcomed the work of the United Nations Special Envoy Hans Lindqvist "
        "and urged the parties to engage with him.\n"
    )
    x = _actors(text)
    assert "United Nations Special Envoy" not in {a.name for a in x.actors}


def test_an_arabic_article_before_a_known_persons_name_is_part_of_it() -> None:
    text = "Peace offer\n\nEgyptian leader Al Sisi said on Monday he would help both sides.\n"
    x = _actors(text)
    assert _mentions(x, "Abdel Fattah el-Sisi") == ["Sisi"]


def test_a_state_inside_a_seas_name_is_no_mention_of_it() -> None:
    text = (
        "Sea dispute\n\nChina has built islands in the South China Sea, Defense Secretary "
        "Ash Carter said. China rejected it.\n"
    )
    x = _actors(text)
    assert _mentions(x, "China") == ["China", "China"]


def test_a_given_name_before_a_famous_surname_makes_another_person() -> None:
    # The gazetteer knows "Vance" as JD Vance; "Tom Vance" is someone else, and so is
    # "Vance" when the story never names JD Vance.
    text = (
        "Senators clash\n\n"
        "Republican Sen. Tom Vance defended the tariffs. Vance said they would bring jobs "
        "back.\n"
    )
    x = _actors(text)
    assert _mentions(x, "Tom Vance") == ["Tom Vance", "Vance"]
    assert _mentions(x, "JD Vance") == []


def test_the_famous_person_named_in_full_keeps_the_surname() -> None:
    text = (
        "Leaders in Tokyo\n\n"
        "President Donald Trump arrived in Tokyo with Melania Trump on Sunday. Trump said the "
        "talks would be productive.\n"
    )
    x = _actors(text)
    assert _mentions(x, "Donald Trump") == ["Donald Trump", "Trump"]
    assert _mentions(x, "Melania Trump") == ["Melania Trump"]


def test_words_in_lower_case_are_no_name_but_a_particle_may_open_one() -> None:
    from kg.extract.name_spans import lower_words

    assert lower_words("restraint &") and lower_words("economics of clean energy")
    assert not lower_words("al-Assad") and not lower_words("de Mistura")
    assert not lower_words("Bashar al-Assad")
