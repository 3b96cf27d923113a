"""Forms of one person's name: middle names and initials, suffixes, hypocorisms."""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.names import (
    canonical_person,
    formal_given,
    normalize,
    same_person,
    surname_of,
)


def toks(name: str) -> list[str]:
    return normalize(name).split()


def test_same_person_forms() -> None:
    assert same_person(toks("Joe Biden"), toks("Joseph R. Biden Jr."))
    assert same_person(toks("Hillary Clinton"), toks("Hillary Rodham Clinton"))
    assert same_person(toks("Bill Clinton"), toks("William J. Clinton"))
    # A person who goes by a middle name: "Ted" for Rafael Edward Cruz.
    assert same_person(toks("Ted Cruz"), toks("Rafael Edward Cruz"))
    assert same_person(toks("John G. Roberts"), toks("John Glover Roberts Jr."))
    # A second surname dropped, either way round; a name cut at an initial is no such form.
    assert same_person(toks("Enrique Peña"), toks("Enrique Peña Nieto"))
    assert same_person(toks("Andrés Manuel López Obrador"), toks("Andrés Manuel López"))
    assert not same_person(toks("John R."), toks("John R. Smith"))


def test_different_people_stay_apart() -> None:
    assert not same_person(toks("Bill Clinton"), toks("Hillary Clinton"))
    assert not same_person(toks("George W. Bush"), toks("George H.W. Bush"))
    assert not same_person(toks("Joe Biden"), toks("Hunter Biden"))
    assert not same_person(toks("Kim Jong Un"), toks("Kim Yo Jong"))
    assert not same_person(toks("Ted Cruz"), toks("Heidi Cruz"))
    # An epithet before a name is no given name: keep the name it decorates apart.
    assert not same_person(toks("Hillary Clinton"), toks("Crooked Hillary Clinton"))
    assert not same_person(toks("Daniel Okoro"), toks("Danielle Okoro"))


def test_a_given_name_spelt_two_ways_is_one_name() -> None:
    assert same_person(toks("Mohamed Abdi Warsame"), toks("Mohammed Abdi Warsame"))
    assert same_person(toks("Vladmir Petrenko"), toks("Vladimir Petrenko"))
    # A long given name transliterated two ways, two letters apart.
    assert same_person(toks("Abdourahamane Tchiani"), toks("Abdoulrahmane Tchiani"))
    assert not same_person(toks("Abdourahamane Tchiani"), toks("Abdelkader Tchiani"))
    assert same_person(toks("Muhammad Idris"), toks("Mohammad Idris"))


def test_hypocorisms_and_keys() -> None:
    assert formal_given("Bill") == "william" and formal_given("Hakan") == "hakan"
    assert formal_given("Ted") == "ted"  # Edward or Theodore: no one formal name
    assert canonical_person("Joe Biden") == canonical_person("Joseph R. Biden Jr.")
    assert canonical_person("Bill Clinton") == canonical_person("William J. Clinton")
    # Middle names that may belong to a compound surname stay in the key.
    assert canonical_person("Andrés Manuel López Obrador") == "andres manuel lopez obrador"
    assert surname_of(toks("Joseph R. Biden Jr."), "Biden")
    assert not surname_of(toks("Joseph R. Biden Jr."), "Jr.")


def test_one_actor_for_the_forms_of_a_name() -> None:
    text = (
        "Senators weigh the deal\n\n"
        "Senator Robert J. Kowalczyk Jr. met Governor Anna Lindqvist on Monday. "
        "Bob Kowalczyk said the talks were useful. Mr. Kowalczyk left early. "
        "Senator Theodore Marsh and Ted Marsh's aide disagreed.\n"
    )
    art = article(text)
    idx = ActorFinder(gazetteer.default())(nlp.load()(art.text), art)
    names = sorted(a.name for a in idx.actors if a.type == "Person")
    assert names == ["Anna Lindqvist", "Robert J. Kowalczyk Jr.", "Theodore Marsh"], names
    kowalczyk = next(a for a in idx.actors if a.name == "Robert J. Kowalczyk Jr.")
    assert {"Bob Kowalczyk", "Kowalczyk"} <= kowalczyk.aliases
    # The key is the same in a story that names him only "Bob Kowalczyk".
    assert kowalczyk.key == "person/robert-kowalczyk"


def test_parties_and_campaigns_are_actors() -> None:
    text = (
        "Budget vote delayed\n\n"
        "Democrats said the bill was flawed. Democratic Sen. Maria Kowalczyk agreed. "
        "The Lindqvist campaign said Anna Lindqvist would vote for it, and "
        "Kowalczyk's campaign said in a statement that she would not.\n"
    )
    art = article(text)
    idx = ActorFinder(gazetteer.default())(nlp.load()(art.text), art)
    by_name = {a.name: a for a in idx.actors}
    # "Democrats" names the party; the adjective in "Democratic Sen." does not.
    party = by_name["Democratic Party"]
    assert party.aliases == {"Democrats"} and len(party.mentions) == 1
    start = text.index("Lindqvist campaign")
    campaign = by_name["Anna Lindqvist campaign"]
    assert campaign.type == "Organization" and idx.at(start, start + 18) == campaign.id
    assert "Anna Lindqvist" in by_name  # still an actor where named on her own
    assert by_name["Maria Kowalczyk campaign"].aliases == {"Kowalczyk's campaign"}


def test_the_first_of_two_family_names_names_the_person() -> None:
    assert surname_of(["carlos", "manuel", "sada", "solana"], "Sada")
    assert not surname_of(["juan", "manuel", "santos"], "Manuel")


def test_a_handle_names_the_person_whose_surname_it_spells() -> None:
    from kg.extract.names import handle_of

    assert handle_of(toks("Laura Quintero"), "@l_quintero")
    assert not handle_of(toks("Laura Quintero"), "@l_q")
    assert not handle_of(toks("Laura Quintero"), "quintero")  # a surname, no handle


def test_a_surname_spelt_another_way_names_the_person() -> None:
    from kg.extract.names import variant

    # The Arabic jim written as "g" (Egyptian) or "j"; a short name with one vowel more.
    assert surname_of(toks("Fayez al-Serrag"), "al-Serraj")
    assert surname_of(toks("Nafi Ali Nafi"), "Nafie")
    # Short names that differ in a letter, or by more than a vowel, are other names.
    assert not variant("Rami", "Rama")
    assert not variant("Nafi", "Nafis")
    assert not surname_of(toks("Fayez al-Serrag"), "al-Sarraf")


def test_edit_distance_counts_the_letters_changed() -> None:
    from kg.extract.names import _edit_distance

    # (Kept per pair of words: asked again, and in either order, it answers the same.)
    for _ in range(2):
        assert _edit_distance("ermak", "yermak") == 1
        assert _edit_distance("yermak", "ermak") == 1
        assert _edit_distance("ergodan", "erdogan") == 2
        assert _edit_distance("abu", "abu") == 0
