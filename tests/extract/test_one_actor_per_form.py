"""No form names two actors of an article: shared aliases go, duplicate actors are merged.

A form recorded for two actors lets a scorer (or a reader) find one real actor twice: a
split. These tests build the index by hand where the point is the rule itself, and run the
actor and discourse stages where the point is what an article yields.
"""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.alias_forms import form_key, one_actor_per_form
from kg.extract.discourse import Discourse
from kg.extract.index import ActorIndex, Mention
from kg.model import Actor, ActorType, Role, Span


def actor(aid: str, name: str, kind: ActorType, *aliases: str) -> Actor:
    return Actor(id=aid, name=name, type=kind, key=f"k/{aid}", aliases=set(aliases))


def run(text: str) -> ActorIndex:
    art = article(text)
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    return Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))


def test_form_key_ignores_article_case_possessive_and_dots() -> None:
    assert form_key("the U.S.") == form_key("US") == "us"
    assert form_key("The Council's") == "council"


def test_an_alias_of_two_actors_is_dropped_from_both() -> None:
    a = actor("a1", "Foreign Ministry of Iraq", "Organization", "the ministry")
    b = actor("a2", "Ministry of Defence of Iraq", "Organization", "The Ministry")
    index = ActorIndex(actors=[a, b])
    one_actor_per_form(index)
    assert a.aliases == set() and b.aliases == set()
    assert [x.name for x in index.actors] == [a.name, b.name]


def test_an_alias_that_is_another_actors_name_stays_with_that_actor() -> None:
    # Different types: not merged, but the words name the organisation, not the state.
    state = actor("a1", "Iraq", "Country", "Iraqi", "Iraqi government")
    gov = actor("a2", "Iraqi government", "Organization")
    index = ActorIndex(actors=[state, gov])
    one_actor_per_form(index)
    assert state.aliases == {"Iraqi"}
    assert gov.name == "Iraqi government"
    assert len(index.actors) == 2


def test_an_actor_whose_every_form_is_another_actors_is_merged_into_it() -> None:
    council = actor("a1", "United Nations Security Council", "Organization", "Security Council")
    council.roles = []
    bare = actor("a2", "Security Council", "Organization", "the Security Council")
    envoy = actor("a3", "Jane Roe", "Person")
    envoy.roles = [Role(title="Council envoy", span=Span(0, 1, "x"), of="a2")]
    deleg = actor("a4", "Council delegation", "Delegation")
    deleg.country = "a2"
    index = ActorIndex(
        actors=[council, bare, envoy, deleg],
        mentions=[Mention(0, 31, "a1"), Mention(50, 66, "a2")],
        refs=[Mention(80, 91, "a2", kind="body")],
    )
    one_actor_per_form(index)
    assert [a.id for a in index.actors] == ["a1", "a3", "a4"]
    assert {m.actor for m in index.mentions} == {"a1"}
    assert index.refs[0].actor == "a1"
    assert "Security Council" in council.aliases
    assert envoy.roles[0].of == "a1" and deleg.country == "a1"


def test_a_merge_needs_one_type_and_one_other_actor() -> None:
    org = actor("a1", "Hamas", "Organization")
    deleg = actor("a2", "Hamas delegation", "Delegation", "Hamas")
    index = ActorIndex(actors=[org, deleg])
    one_actor_per_form(index)
    assert len(index.actors) == 2  # a delegation is not its body
    assert deleg.aliases == set()  # but "Hamas" is the body's name, not the delegation's


def test_a_given_name_alone_joins_the_one_person_who_has_it() -> None:
    full = actor("a1", "Mohammed bin Salman", "Person", "Mohammad bin Salman")
    given = actor("a2", "Mohammad", "Person")
    index = ActorIndex(actors=[full, given], mentions=[Mention(10, 18, "a2")])
    one_actor_per_form(index)
    assert [a.name for a in index.actors] == ["Mohammed bin Salman"]
    assert "Mohammad" in full.aliases
    assert index.mentions[0].actor == "a1"


def test_a_given_name_two_people_share_joins_neither() -> None:
    index = ActorIndex(
        actors=[
            actor("a1", "Mohammad bin Salman", "Person"),
            actor("a2", "Mohammad Javad Zarif", "Person"),
            actor("a3", "Mohammad", "Person"),
        ]
    )
    one_actor_per_form(index)
    assert len(index.actors) == 3


def test_the_first_word_of_a_bodys_name_stands_for_the_body() -> None:
    airline = actor("a1", "Mahan Air", "Organization")
    short = actor("a2", "Mahan", "Person")  # the model took the short form for a person
    known = actor("a3", "Hamas", "Organization")
    known.wikidata = "Q38799"
    bureau = actor("a4", "Hamas Political Bureau", "Organization")
    index = ActorIndex(actors=[airline, short, known, bureau])
    one_actor_per_form(index)
    assert [a.name for a in index.actors] == ["Mahan Air", "Hamas", "Hamas Political Bureau"]
    assert "Mahan" in airline.aliases


def test_a_description_of_several_parties_is_no_alias() -> None:
    text = (
        "Talks resume in Doha\n"
        "\n"
        "Egypt, Qatar and the United States, the mediators of the talks, said on Monday that "
        "talks would resume. The mediators said a deal was close.\n"
    )
    index = run(text)
    # The words stand for the parties (the speaker is still resolved), but name none alone.
    assert any(r.kind == "role" and r.actor for r in index.refs)
    assert not any("mediators" in alias for a in index.actors for alias in a.aliases)


def test_a_word_of_a_persons_name_joins_no_body() -> None:
    index = ActorIndex(
        actors=[
            actor("a1", "Donald Trump", "Person"),
            actor("a2", "Trump Foundation", "Organization"),
            actor("a3", "Trump", "Organization"),  # the model's label for a surname
        ]
    )
    one_actor_per_form(index)
    assert len(index.actors) == 3


def test_a_body_word_is_an_alias_only_where_it_is_a_word_of_the_name() -> None:
    index = run(
        "Talks resume\n\n"
        "Hamas said on Monday that talks would resume. The group said a deal was close. "
        "The Harbour Council met on Tuesday. The council said the port would open.\n"
    )
    refs = {index.by_id(r.actor).name for r in index.refs if r.kind == "body"}
    assert "Hamas" in refs  # "the group" still stands for Hamas as a speaker
    aliases = {a.name: {x.lower() for x in a.aliases} for a in index.actors}
    assert "the group" not in aliases["Hamas"]
    assert "the council" in aliases["Harbour Council"]


def test_one_name_of_two_types_is_one_actor_of_the_type_named_more() -> None:
    body = actor("a1", "Democratic Rally", "Organization")
    body.mentions = [Span(0, 16, "Democratic Rally"), Span(40, 56, "Democratic Rally")]
    person = actor("a2", "Democratic Rally", "Person")
    person.mentions = [Span(80, 96, "Democratic Rally")]
    index = ActorIndex(actors=[person, body], mentions=[Mention(80, 96, "a2")])
    one_actor_per_form(index)
    assert [(a.id, a.type) for a in index.actors] == [("a1", "Organization")]
    assert index.mentions[0].actor == "a1"


def test_a_surname_two_people_share_is_no_alias_of_either() -> None:
    mother = actor("a1", "Marta Kowalczyk", "Person", "Kowalczyk")
    son = actor("a2", "Piotr Kowalczyk", "Person")
    other = actor("a3", "Anna Novak", "Person", "Novak")
    index = ActorIndex(actors=[mother, son, other])
    one_actor_per_form(index)
    assert mother.aliases == set()
    assert other.aliases == {"Novak"}  # her surname is hers alone


def test_a_bare_surname_continues_the_person_last_named_as_a_subject() -> None:
    text = (
        "Families sue\n\n"
        "The ministry named the victims, among them engineer Piotr Kowalczyk. "
        "Marta Kowalczyk, the mother of victim Piotr Kowalczyk, rejected the account on Monday. "
        '"They lied to me," Kowalczyk said.'
    )
    index = run(text)
    said = text.index("Kowalczyk said")
    who = next(m.actor for m in index.mentions if m.start == said)
    assert index.by_id(who).name == "Marta Kowalczyk"
    # Without a subject among them, the surname continues the person named last.
    plain = "Talks\n\nThe list named Marta Kowalczyk and Piotr Kowalczyk. Kowalczyk was there."
    index = run(plain)
    there = plain.index("Kowalczyk was")
    who = next(m.actor for m in index.mentions if m.start == there)
    assert index.by_id(who).name == "Piotr Kowalczyk"


def test_a_courtesy_title_tells_which_of_two_people_a_surname_is() -> None:
    text = (
        "Foundation\n\n"
        "On Sunday, Mrs. Susan Whitfield said she seeks the presidency. Former President "
        "Robert Whitfield told employees on Monday that the foundation would close. "
        "Mrs. Whitfield said on Tuesday that it should. Mr. Whitfield said it would."
    )
    index = run(text)
    # Her title says she is a woman; he is the other one.
    for words, name in (
        ("Whitfield said on", "Susan Whitfield"),
        ("Whitfield said it", "Robert Whitfield"),
    ):
        at = text.index(words)
        who = next(m.actor for m in index.mentions if m.start == at)
        assert index.by_id(who).name == name


def test_the_noun_heading_a_bodys_name_stands_for_the_one_body_it_heads() -> None:
    council = actor("a1", "UN Security Council", "Organization")
    short = actor("a2", "Council", "Organization")
    index = ActorIndex(actors=[council, short])
    one_actor_per_form(index)
    assert [a.name for a in index.actors] == ["UN Security Council"]
    # Two councils: "Council" names neither.
    two = [
        actor("b1", "Security Council", "Organization"),
        actor("b2", "European Council", "Organization"),
        actor("b3", "Council", "Organization"),
    ]
    index = ActorIndex(actors=two)
    one_actor_per_form(index)
    assert len(index.actors) == 3


def test_of_two_bodies_with_the_word_the_one_it_heads_takes_it() -> None:
    house = actor("a1", "House of Representatives", "Organization")
    committee = actor("a2", "House Judiciary Committee", "Organization")
    short = actor("a3", "House", "Organization")
    index = ActorIndex(actors=[house, committee, short])
    one_actor_per_form(index)
    assert [a.name for a in index.actors] == [
        "House of Representatives",
        "House Judiciary Committee",
    ]
    assert "House" in house.aliases


def _people(*actors: Actor) -> list[str]:
    index = ActorIndex(actors=list(actors))
    one_actor_per_form(index)
    return [a.name for a in index.actors]


def test_a_name_cut_short_is_the_person_of_the_fuller_name() -> None:
    full = actor("a1", "Karim bin Nadir Al Fayyad", "Person", "Sheikh Karim bin Nadir Al Fayyad")
    short = actor("a2", "Karim bin Nadir", "Person", "Sheikh Karim bin Nadir")
    assert _people(full, short) == ["Karim bin Nadir Al Fayyad"]
    assert "Karim bin Nadir" in full.aliases


def test_an_inner_family_name_alone_is_the_person_who_has_it() -> None:
    full = actor("a1", "Omid Farhadi Tabar", "Person")
    inner = actor("a2", "Farhadi", "Person")
    assert _people(full, inner) == ["Omid Farhadi Tabar"]


def test_a_titled_or_honoured_family_name_kept_whole_is_the_person() -> None:
    # The family name written first, and a title the actor stage left in the name.
    li = actor("a1", "Zhou Minghe", "Person", "Mr. Zhou Minghe")
    titled = actor("a2", "Councillor Zhou", "Person", "State Councillor Zhou")
    assert _people(li, titled) == ["Zhou Minghe"]
    cleric = actor("b1", "Abdul Rahim Sadiqi", "Person")
    honoured = actor("b2", "Mawlawi Sadiqi", "Person")
    assert _people(cleric, honoured) == ["Abdul Rahim Sadiqi"]


def test_a_family_name_without_its_glued_initial_is_the_person() -> None:
    full = actor("a1", "T.Ganbold", "Person", "Foreign Minister T.Ganbold")
    bare = actor("a2", "Ganbold", "Person", "Minister Ganbold")
    assert _people(full, bare) == ["T.Ganbold"]


def test_a_part_of_two_names_or_under_another_office_joins_neither() -> None:
    # Father and son share the family name: the bare name is neither's alone.
    father = actor("a1", "Tariq Omar Haddad", "Person")
    son = actor("a2", "Samir Tariq Haddad", "Person")
    bare = actor("a3", "Haddad", "Person")
    assert len(_people(father, son, bare)) == 3
    # The king is not the crown prince who carries his name.
    prince = actor("b1", "Faisal bin Nadir", "Person", "Crown Prince Faisal bin Nadir")
    king = actor("b2", "Nadir", "Person", "King Nadir")
    assert len(_people(prince, king)) == 2


def test_one_name_spelled_two_ways_is_one_person() -> None:
    a = actor("a1", "Yevhen Martsenko", "Person", "Martsenko")
    b = actor("a2", "Evhen Martsenko", "Person")
    assert _people(a, b) == ["Yevhen Martsenko"]
    slip = actor("b1", "Tomasz Wierzbicki", "Person", "Wierzbicki")
    typo = actor("b2", "Wierzbikci", "Person")
    assert _people(slip, typo) == ["Tomasz Wierzbicki"]
    # The family name moved after the given name, with a case ending on it.
    x = actor("c1", "Enkhbatin Saruul", "Person")
    y = actor("c2", "Saruul Enkhbat", "Person")
    assert len(_people(x, y)) == 1


def test_two_names_a_letter_apart_in_short_words_are_two_people() -> None:
    a = actor("a1", "Kim Jong Il", "Person")
    b = actor("a2", "Kim Jong Un", "Person")
    assert len(_people(a, b)) == 2
    c = actor("b1", "Rania Salem", "Person")
    d = actor("b2", "Rami Salem", "Person")
    assert len(_people(c, d)) == 2


def test_a_whole_name_after_an_epithet_keeps_its_own_actor() -> None:
    # "Shifty Jane Doe" is an epithet on Jane Doe's full name, not a fuller name of hers.
    epithet = actor("a1", "Shifty Jane Doe", "Person")
    name = actor("a2", "Jane Doe", "Person", "Senator Jane Doe")
    assert _people(epithet, name) == ["Shifty Jane Doe", "Jane Doe"]
