from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder, skeleton, variant

TEXT = (
    "Foreign ministers compare notes\n"
    "\n"
    "Ankara • Example News\n"
    "\n"
    "Turkish Foreign Minister Hakan Fidan hosted Ukraine's top diplomat Andrii Sybiga"
    " on Monday. Fidan said the Turkish delegation was ready. Sybiha thanked him.\n"
    "\n"
    "Ukrainian negotiator Olena Marchuk met Pavel Grinev, a Russian deputy minister. "
    "Marchuk said little. Grinev, the Russian deputy minister, declined to comment.\n"
    "\n"
    "The Russian delegation, headed by Pavel Grinev, arrived later.\n"
)


def run(text: str):  # type: ignore[no-untyped-def]
    art = article(text)
    doc = nlp.load()(art.text)
    return art, ActorFinder(gazetteer.default())(doc, art)


def test_variants() -> None:
    assert variant("Zelensky", "Zelenskyi") and variant("Zelenskyy", "Zelenskyi")
    assert variant("Sybiha", "Sybiga")
    assert not variant("Lavrov", "Lapin")
    assert skeleton("Zelenskyy") == skeleton("Zelensky")


def test_actor_resolution() -> None:
    art, idx = run(TEXT)
    by_name = {a.name: a for a in idx.actors}
    # Gazetteer names with transliteration variants and surnames merged.
    assert "Andrii Sybiha" in by_name and "Sybiga" not in str(sorted(by_name))
    sybiha = by_name["Andrii Sybiha"]
    assert len(sybiha.mentions) == 2
    assert by_name["Hakan Fidan"].type == "Person"
    assert any(
        r.title == "Turkish Foreign Minister" and r.of == by_name["Turkey"].id
        for r in by_name["Hakan Fidan"].roles
    )
    # Unknown people: full name + surname, one actor each, type Person.
    assert by_name["Olena Marchuk"].type == "Person"
    assert len(by_name["Olena Marchuk"].mentions) == 2
    grinev = by_name["Pavel Grinev"]
    assert grinev.type == "Person" and grinev.key == "person/pavel-grinev"
    assert any("deputy minister" in r.title for r in grinev.roles)
    # Delegations carry their state and listed members.
    deleg = by_name["Russian delegation"]
    assert deleg.type == "Delegation" and deleg.country == by_name["Russia"].id
    assert grinev.id in deleg.members
    assert by_name["Turkish delegation"].country == by_name["Turkey"].id
    # Keys: QIDs where the gazetteer knows them.
    assert by_name["Turkey"].key == "Q43"
    # The dateline's outlet is not an actor.
    assert "Example News" not in by_name
    for a in idx.actors:
        for m in a.mentions:
            assert art.text[m.start : m.end] == m.text


def test_generic_institution_qualified_by_context() -> None:
    text = (
        "Delegation named\n\nKyiv • X\n\nThe president approved the Ukrainian delegation. "
        "The delegation includes officials of the Ministry of Defense.\n"
    )
    _art, idx = run(text)
    names = {a.name for a in idx.actors}
    assert "Ministry of Defense of Ukraine" in names


def test_shared_surname_not_merged_without_evidence() -> None:
    text = (
        "Two envoys\n\nParis • X\n\nAnna Kovacs met Peter Kovacs in Paris. "
        "Kovacs later said the talks went well.\n"
    )
    _art, idx = run(text)
    people = [a for a in idx.actors if a.type == "Person"]
    assert {a.name for a in people} == {"Anna Kovacs", "Peter Kovacs"}
    assert len({a.key for a in people}) == 2


def test_capital_that_acts_stands_for_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    from kg.reading import parse_txt

    text = (
        "Talks\n\nLondon • X\n\n"
        "Dmitry Peskov said Moscow was ready for talks. The delegations will meet in Istanbul.\n"
    )
    x = pipeline.extract(parse_txt(text, "<test>"))
    by_name = {a.name: a for a in x.actors}
    assert "Russia" in by_name and by_name["Russia"].type == "Country"
    assert "Turkey" not in by_name and "Istanbul" not in by_name  # a place where things happen


def acting_names(text: str) -> dict[str, str]:
    """Actor name -> type after the discourse stage has kept those that act."""
    from kg.extract.discourse import Discourse

    art = article(text)
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    index = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    return {a.name: a.type for a in index.actors}


def test_places_modifiers_outlets_and_datelines_are_not_actors() -> None:
    names = acting_names(
        "Ministers meet on the border dispute\n\n"
        "Vienna • X\n\n"
        "ANKARA, May 4 (Xinhua) -- Armenia and Azerbaijan held talks in Kazakhstan on Monday, "
        "the Tass news agency reported. The Armenian delegation travelled to Astana. "
        "Armenian Foreign Minister Lena Arakelian said the Sudan Armed Forces had sent "
        "observers.\n"
    )
    # Parties to the talks and the speaker act; the venue, the dateline, the outlets and a
    # state named only inside another name do not.
    assert {"Armenia", "Azerbaijan", "Lena Arakelian"} <= set(names)
    for place in ("Kazakhstan", "Turkey", "Tass", "Xinhua", "Sudan", "Astana"):
        assert place not in names, place


def test_a_wire_service_a_dateline_credits_is_no_actor() -> None:
    # (A wire service the gazetteer does not list as an outlet.)
    names = acting_names(
        "Talks\n\nDoha • X\n\n"
        "MOSCOW (Sputnik) – Taliban negotiators arrived in Doha on Saturday for talks with "
        "the Afghan government, the group's spokesman said.\n"
    )
    assert "Sputnik" not in names, names


def test_governments_acronyms_and_mislabelled_names_are_one_actor() -> None:
    names = acting_names(
        "Talks resume\n\n"
        "Oslo • X\n\n"
        "The Norwegian Government said the Joint Monitoring Centre (JMC) would open. "
        "The JMC will report weekly to both parties, the Government of Chile said.\n"
    )
    # The gazetteer gives the institution one canonical name, whatever the surface form.
    assert names.get("Government of Norway") == "Organization"
    assert "Government of Chile" in names or "Chilean Government" in names
    # The acronym joins the name it abbreviates; the states stand only as adjectives here.
    assert "JMC" not in names and "Joint Monitoring Centre" in names
    assert "Norway" not in names


def test_bare_ministry_is_the_home_state_of_the_dateline() -> None:
    _art, idx = run(
        "Border talks\n\n"
        "ISLAMABAD: Pakistan wants the corridor opened soon.\n\n"
        "Talks with India will resume on Monday, the Foreign Office said on Sunday.\n"
    )
    names = {a.name for a in idx.actors}
    # Filed from Islamabad, the story's "Foreign Office" is Pakistan's, not the nearer
    # India's nor the UK's, whose office has that name too.
    assert "Ministry of Foreign Affairs of Pakistan" in names
    assert not any("India" in n and "Ministry" in n for n in names)
    assert "Foreign, Commonwealth and Development Office" not in names


def test_foreign_office_in_london_is_the_uks() -> None:
    _art, idx = run(
        "Embassy staff\n\nLONDON: Britain recalled its envoy.\n\n"
        "The Foreign Office said the United Kingdom would respond.\n"
    )
    assert "Foreign, Commonwealth and Development Office" in {a.name for a in idx.actors}


def test_delegations_led_by_ministers_of_named_states() -> None:
    names = acting_names(
        "Ministers meet\n\nLuanda • X\n\n"
        "The delegations are led by Amara Diallo, Minister of State for Foreign Affairs, "
        "Regional Integration and La Francophonie of Ghana, and Kofi Mensah, Minister of "
        "Foreign Affairs and International Cooperation of Togo, under Angolan facilitation.\n"
    )
    # Each minister heads the delegation of the state their title names; the portfolios
    # in the titles are no bodies.
    assert names.get("Ghanaian delegation") == "Delegation"
    assert names.get("Togolese delegation") == "Delegation"
    assert names.get("Amara Diallo") == "Person" and names.get("Kofi Mensah") == "Person"
    for portfolio in ("Regional Integration", "La Francophonie", "International Cooperation"):
        assert portfolio not in names, portfolio


def test_government_of_a_leader_is_the_states_government() -> None:
    names = acting_names(
        "Talks venue\n\nBogota • X\n\n"
        "He recalled that Peru had hosted talks in the Government of Alan Ferreira Gomes, "
        "when the rebels met the Peruvian Government in Lima.\n"
    )
    # The leader is an actor of his own; the government is the state's one government.
    assert names.get("Alan Ferreira Gomes") == "Person"
    assert "Government of Alan Ferreira Gomes" not in names
    assert "Peruvian Government" in names


def test_ministries_governments_and_forces_named_by_description() -> None:
    names = acting_names(
        "Envoy summoned\n\nNairobi • X\n\n"
        "The Kenyan foreign ministry said on Monday it had summoned the envoy. "
        "The Ethiopian military said it had taken the town, and the Ghanaian cabinet "
        "approved the deal. Sudan's army chief met the mediators.\n"
    )
    assert names.get("Kenyan foreign ministry") == "Organization"
    assert names.get("Ethiopian military") == "Organization"
    assert names.get("Ghanaian cabinet") == "Organization"
    # "army chief" is a title: its holder, not the army, is named there.
    assert not any("army" in n.lower() for n in names)
    # The adjectives only qualify the bodies.
    assert "Kenya" not in names and "Ethiopia" not in names


def test_credits_given_names_and_venues() -> None:
    names = acting_names(
        "Rally\n\nLondon • X\n\n"
        "Hillary Clinton spoke at the Wells Fargo Arena on Monday. Later Hillary told "
        "supporters she would win.\n\n"
        "(Reporting by Jane Roe; Editing by John Doe)\n"
    )
    assert names.get("Hillary Clinton") == "Person"
    assert "Hillary" not in names  # her given name alone is her
    assert "Jane Roe" not in names and "John Doe" not in names  # who wrote the story
    assert "Wells Fargo Arena" not in names  # where she spoke


def test_a_states_negotiating_team_is_its_delegation() -> None:
    names = acting_names(
        "Talks\n\nNairobi • X\n\n"
        "The Kenyan negotiating team arrived on Monday. The team of experts stayed home.\n"
    )
    assert names.get("Kenyan negotiating team") == "Delegation"
    assert not any(n.lower().startswith("team") for n in names)


def test_coordinated_states_and_their_people() -> None:
    names = acting_names(
        "Border\n\nAccra • X\n\n"
        "Talks between Ghana and Togo's delegations ended on Monday. Officials from Benin "
        "and Niger attended. Tourists from Germany watched.\n"
    )
    # Each state named before "delegations" has one; people from a state act for it.
    assert names.get("Ghanaian delegation") == "Delegation"
    assert names.get("Togolese delegation") == "Delegation"
    assert "Benin" in names and "Niger" in names
    assert "Germany" not in names  # tourists act for no state


def test_capitals_beyond_the_big_powers() -> None:
    names = acting_names(
        "Border\n\nParis • X\n\n"
        "Accra said it would not reopen the border. The talks in Lome ended, and officials "
        "in Lahore said the corridor would open.\n"
    )
    assert names.get("Ghana") == "Country"  # the capital acts for its state
    for place in ("Lome", "Togo", "Lahore", "Pakistan"):
        assert place not in names, place


def test_a_european_capital_that_acts_is_its_state_and_one_that_hosts_is_a_place() -> None:
    # "a capital standing for its government is the state" (guidelines): the gazetteer marks
    # the capitals of Wikidata's country table, not only the big powers'.
    names = acting_names(
        "Expulsion\n\nParis • X\n\n"
        "Athens expelled the Libyan ambassador on Friday. Nairobi said it would send troops. "
        "Ministers met in Vienna and Bangkok last week.\n"
    )
    assert names.get("Greece") == "Country"
    assert names.get("Kenya") == "Country"
    for place in ("Vienna", "Austria", "Bangkok", "Thailand"):
        assert place not in names, place  # where a meeting was held acts for no state


def test_a_capital_described_or_shelled_is_a_place() -> None:
    # Guidelines: not "places used only as locations (... a region that is shelled)"; a capital
    # that is only the subject of a description does not stand for its state either.
    names = acting_names(
        "Figures\n\nParis • X\n\n"
        "Caracas had 3,797 homicides last year. Kyiv was shelled overnight, officials said. "
        "Nairobi is the venue of the conference.\n"
    )
    for place in ("Caracas", "Venezuela", "Kyiv", "Ukraine", "Nairobi", "Kenya"):
        assert place not in names, place


def test_the_north_is_the_northern_state_where_both_halves_are_named() -> None:
    names = acting_names(
        "Letter\n\nSeoul • X\n\n"
        "The South Korean envoy met the North Korean leader. Talks stalled after the North "
        "sent a letter.\n"
    )
    assert names.get("North Korea") == "Country"  # it sent the letter
    names = acting_names(
        "Vote\n\nParis • X\n\nVoters in the South were angry, and South Africa said it would "
        "not comment.\n"
    )
    assert list(names).count("South Africa") == 1 and len(names) == 1


def test_body_named_after_a_states_adjective() -> None:
    names = acting_names(
        "Shelling\n\nParis • X\n\n"
        "The Syrian Observatory for Human Rights said the town was shelled. Syrian Foreign "
        "Minister Asaad Hamdan met the US and Saudi Arabian Facilitators.\n"
    )
    # The gazetteer's "Syrian" must not hide the body's name from the model.
    assert names.get("Syrian Observatory for Human Rights") == "Organization"
    assert not any("Minister" in n or "Facilitators" in n for n in names)


def test_titles_before_or_beside_a_name_make_it_a_persons() -> None:
    names = acting_names(
        "Troops vote\n\n"
        "Following the vote, a United States Department of State spokesperson, Morgan Ortagus, "
        "said the United States was disappointed. Former US Ambassador to the United Nations "
        "Nikki Haley wrote that the allies mattered. A spokesman for Example Relief Agency said "
        "it was ready. CNN and the BBC reported the vote.\n"
    )
    assert names["Morgan Ortagus"] == "Person"  # in apposition to her title
    assert names["Nikki Haley"] == "Person"  # after a title with its complement
    assert names["Example Relief Agency"] == "Organization"  # the body he speaks for
    assert "CNN" not in names and "BBC" not in names  # outlets


def test_states_listed_to_say_what_a_group_is_do_not_act() -> None:
    names = acting_names(
        "Leaders meet on fires\n\n"
        "Emmanuel Macron called for action at the summit. The G7 is an informal group of "
        "seven countries, the United Kingdom, France, Canada, Japan, and Italy. "
        "The rebels and Brazil rejected the plan.\n"
    )
    for state in ("United Kingdom", "Canada", "Japan", "Italy"):
        assert state not in names, state
    # A name coordinated with a noun by "and" is a party all the same.
    assert "Brazil" in names


def test_bodies_listed_after_including_act_where_their_noun_does() -> None:
    names = acting_names(
        "Firms leave Iran\n\n"
        "German firms including Deutsche Bahn and Siemens have announced plans to leave Iran. "
        "The airline still flies to destinations including Spain and Greece.\n"
    )
    assert {"Deutsche Bahn", "Siemens"} <= set(names)
    assert "Spain" not in names and "Greece" not in names  # places it flies to


def test_an_acronym_that_spells_the_small_words_too_joins_its_name() -> None:
    names = acting_names(
        "Islands want a fund\n\n"
        "The Alliance of Coastal Island States (AOCIS) said on Monday that the fund was a "
        "first step. AOCIS will meet again in May.\n"
    )
    assert "AOCIS" not in names and "Alliance of Coastal Island States" in names


def test_a_states_delegation_of_a_kind_is_its_delegation() -> None:
    names = acting_names(
        "Talks\n\nTehran • X\n\n"
        "A Kenyan diplomatic delegation arrived on Saturday in Tehran to discuss trade.\n"
    )
    assert names.get("Kenyan diplomatic delegation") == "Delegation", names
