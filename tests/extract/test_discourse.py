"""The discourse stage: pronouns and descriptions resolved to the actors they stand for."""

from __future__ import annotations

from extract_helpers import article, speakers_by_content

from kg.extract.actors import ActorIndex

TEXT = (
    "Envoys meet again in Doha\n"
    "\n"
    "Foreign Minister Lucia Ferrer met envoy Tomas Brandt on Monday. Ferrer said the talks "
    "were useful. She added that a second round would follow.\n"
    "\n"
    "Speaking to reporters after the meeting, the minister said the list of prisoners was "
    "almost complete.\n"
    "\n"
    "The Russian Foreign Ministry said in a statement that it was ready for contacts. The "
    "statement said the venue had been agreed. The ministry also said Moscow expected "
    "results.\n"
    "\n"
    "Russian officials said the exchange could begin next week.\n"
)


def test_speakers_resolve_through_pronouns_and_descriptions() -> None:
    _index, got = speakers_by_content(TEXT)
    # A pronoun: the salient person of its gender (the subject just named), not the nearer
    # person of the other gender; the words stay as evidence.
    assert got["a second round would follow"] == ("Lucia Ferrer", "She")
    # A role description: the person the article gave that title.
    assert got["the list of prisoners was almost complete"][0] == "Lucia Ferrer"
    assert got["the list of prisoners was almost complete"][1].endswith("the minister")
    # A body word and a text: the body named before, the issuer of the text.
    ministry = "Ministry of Foreign Affairs of Russia"
    assert got["the venue had been agreed"] == (ministry, "The statement")
    assert got["Moscow expected results"] == (ministry, "The ministry")
    # Unnamed officials speak for the state that describes them.
    assert got["the exchange could begin next week"] == ("Russia", "Russian officials")


def test_names_are_not_refs_and_at_is_unchanged() -> None:
    index, _ = speakers_by_content(TEXT)
    assert all(m.kind == "name" for m in index.mentions)
    assert {m.kind for m in index.refs} >= {"pronoun", "role", "body", "text"}
    she = next(m for m in index.refs if m.kind == "pronoun")
    # `at` sees names only; `resolve` sees what the discourse stage resolved as well.
    assert index.at(she.start, she.end) is None
    assert index.resolve(she.start, she.end) is not None


def test_a_pronoun_without_an_agreeing_antecedent_stays_unresolved() -> None:
    _index, got = speakers_by_content(
        "Talks resume\n\nMr Tomas Brandt arrived in Doha. She said the talks were useful.\n"
    )
    assert got["the talks were useful"] == (None, "She")


def test_gender_from_the_gazetteer_overrides_salience() -> None:
    # The subject is the more salient antecedent, but the gazetteer knows who "she" can be.
    _index, got = speakers_by_content(
        "Leaders meet\n\nBerlin • X\n\nOlaf Scholz met Angela Merkel in Berlin. "
        "She said the talks had been frank.\n"
    )
    assert got["the talks had been frank"] == ("Angela Merkel", "She")


def test_a_chain_of_they_keeps_naming_the_group() -> None:
    # Each "They" refreshes the group, so the last still names it, though the group's own
    # words are four sentences back and another body spoke in between.
    index, _ = speakers_by_content(
        "Council statement\n\n"
        "The members of the Harbour Council welcomed the extension of the truce. "
        "They praised the Port Authority for its patience. "
        "They said the talks had gone well. "
        "The Port Authority said it was ready. "
        "They said the next round would follow in May.\n"
    )
    council = next(a.id for a in index.actors if a.name == "Harbour Council")
    theys = [m for m in index.refs if m.kind == "pronoun" and m.end - m.start == 4]
    assert len(theys) == 3
    assert all(m.actor == council for m in theys)


def test_they_after_a_coordinated_subject_names_its_first_party() -> None:
    # The group of people gathered is who "They" names; its first party speaks for it (the
    # guidelines' co-speakers), not the state of the minister named in between.
    _index, got = speakers_by_content(
        "Ministers meet\n\n"
        "Egyptian foreign minister Sameh Shoukry and his Greek and French counterparts, Nikos "
        "Dendias and Jean-Yves Le Drian, gathered in Cairo on Wednesday. The Italian foreign "
        "minister, Luigi Di Maio, joined the talks as an observer.\n\n"
        "They concluded that the agreement was void.\n"
    )
    assert got["the agreement was void"] == ("Sameh Shoukry", "They")


def test_they_in_a_new_paragraph_after_another_body_is_that_body() -> None:
    _index, got = speakers_by_content(
        "Ministers meet\n\n"
        "Egyptian foreign minister Sameh Shoukry and his Greek counterpart Nikos Dendias "
        "gathered in Cairo on Wednesday. They said the agreement was void.\n\n"
        "In a press release, the Turkish Ministry of Foreign Affairs denounced the summit. "
        "They said the agreements were legitimate.\n"
    )
    assert got["the agreement was void"][0] == "Sameh Shoukry"
    assert got["the agreements were legitimate"][0] == "Ministry of Foreign Affairs of Turkey"


def test_the_one_spoken_to_is_not_he_who_speaks() -> None:
    _index, got = speakers_by_content(
        "Prince speaks\n\n"
        "Crown Prince Mohammed bin Salman gave an interview on Sunday. Speaking to Martin "
        "Smith of the broadcaster, he said the killing happened under his watch.\n"
    )
    assert got["the killing happened under his watch"] == ("Mohammed bin Salman", "he")


def test_a_hyphenated_title_is_one_title() -> None:
    # "the Secretary-General" is the one titled so, not anyone whose title holds "general"
    # (a spokesperson for the Secretary-General).
    text = (
        "UN welcomes the accord\n\n"
        "«We welcome the statement,» UN spokesman Stephane Dujarric told reporters. "
        "«The Secretary-General has expressed his appreciation to Qatar for hosting these "
        "talks,» he said. Dujarric said Secretary-General Antonio Guterres was ready to help.\n"
    )
    _index, got = speakers_by_content(text)
    speaker, words = got["his appreciation to Qatar for hosting these talks"]
    assert speaker is not None and "Guterres" in speaker
    assert words.endswith("Secretary-General")


def refs_by_words(index: ActorIndex, text: str) -> dict[str, str]:
    names = {a.id: a.name for a in index.actors}
    return {text[r.start : r.end]: names[r.actor] for r in index.refs}


def test_a_description_in_apposition_is_the_name_beside_it() -> None:
    # "president" fits the president in view too; the apposition says whom it describes.
    text = (
        "Talks on the border\n\nPresident Anton Varga met Marek Holt, the chairman of the "
        "regional council, on Monday. The two men spoke for an hour.\n"
    )
    index, _got = speakers_by_content(text)
    art = article(text)
    refs = refs_by_words(index, art.text)
    assert refs.get("the chairman of the regional council") == "Marek Holt"


def test_a_subject_inside_a_reported_clause_yields_to_the_main_subject() -> None:
    # He who acts in the main clause is who "he" goes on naming, not the man he spoke of.
    text = (
        "A surprise defence\n\nPresident Pavel Orlov defended Ivan Kessler on Monday, saying "
        "Mr. Kessler should be given a medal. He also praised the new treaty.\n"
    )
    _index, got = speakers_by_content(text)
    assert got["the new treaty"][0] == "Pavel Orlov"


def test_a_filed_text_speaks_for_who_filed_it() -> None:
    text = (
        "Families sue the agency\n\nMaria Lind and Jonas Berg have filed a lawsuit against the "
        "port authority. The lawsuit contends that the warnings were ignored.\n"
    )
    _index, got = speakers_by_content(text)
    assert got["the warnings were ignored"] == ("Maria Lind", "The lawsuit")


def test_an_unnamed_spokesman_speaks_for_whom_he_serves() -> None:
    # "the prime minister's spokesman" is the prime minister's voice, and "the spokesman"
    # goes on being it; the words stay as evidence.
    _index, got = speakers_by_content(
        "Lind keeps her distance\n\n"
        "Prime Minister Anna Lind met Pavel Orlov in Oslo on Monday. Orlov said the talks had "
        "been long.\n\n"
        "The prime minister's spokesman said Lind would work with whoever won the vote. The "
        "spokesman said no second meeting was planned.\n"
    )
    assert got["Lind would work with whoever won the vote"][0] == "Anna Lind"
    assert got["no second meeting was planned"] == ("Anna Lind", "The spokesman")


def test_a_trade_written_as_a_title_names_the_person_later() -> None:
    # "columnist Jan Kowal" makes "the columnist" Kowal, not the person the column is about;
    # "his lawyer" is someone else's lawyer, not the lawyer last named.
    _index, got = speakers_by_content(
        "A column on the candidate\n\n"
        '"Many of his ideas are far from heartwarming," columnist Jan Kowal wrote of Pavel '
        "Orlov. But Orlov has one thing in common with the readers, the columnist suggested: "
        "he is tired of politics.\n\n"
        "Orlov hired lawyer Ivan Kessler last year. Marek Holt said his lawyer would appeal.\n"
    )
    assert got["he is tired of politics"] == ("Jan Kowal", "the columnist")
    assert got["his lawyer would appeal"][0] == "Marek Holt"


def test_an_epithet_names_the_story_s_subject_not_the_last_speaker() -> None:
    text = (
        "Orlov keeps his plans to himself\n\n"
        "Pavel Orlov told the conference he would not reveal his plans. Mr. Orlov said he would "
        'wait for the vote. "It was offensive," said Ivan Kessler, a donor. Instead, the '
        "businessman has insisted that his position is strongest if he keeps quiet.\n"
    )
    _index, got = speakers_by_content(text)
    speaker = got["his position is strongest if he keeps quiet"][0]
    assert speaker is not None and "Orlov" in speaker


def test_a_group_described_by_its_members_speaks_through_the_first_named() -> None:
    _index, got = speakers_by_content(
        "Senators want troops\n\n"
        "Several senators, including Mark Hale and Ann Roe, said the troops should stay.\n"
    )
    assert got["the troops should stay"][0] == "Mark Hale"


def test_an_abbreviated_title_fits_the_description() -> None:
    # "Sen." before the name makes him "the senator", not the candidate last spoken of.
    _index, got = speakers_by_content(
        "Senator keeps his distance\n\n"
        "Sen. Mark Hale has been critical of Pavel Orlov since the primary. Orlov said on "
        "Monday that he would visit Ohio. In June, the senator said Republicans should "
        "withdraw their support.\n"
    )
    assert got["Republicans should withdraw their support"] == ("Mark Hale", "the senator")


def test_the_officials_are_those_named_before() -> None:
    _index, got = speakers_by_content(
        "Lind to visit\n\n"
        "Prime Minister Anna Lind will visit Oslo, Norwegian officials said on Wednesday. The "
        "officials said the visit had been planned for weeks.\n"
    )
    assert got["the visit had been planned for weeks"] == ("Norway", "The officials")


def test_an_epithet_by_party_names_someone_the_article_gave_that_party() -> None:
    # The Republican was the last to speak, but "the Ohio Democrat" is the Democrat.
    _index, got = speakers_by_content(
        "Senators clash over tariffs\n\n"
        "Sen. Mara Quill (D-Ohio) criticized the tariffs on Tuesday, and Republican Sen. Tom "
        "Vance defended them. Vance said the tariffs would bring jobs back.\n\n"
        "The Ohio Democrat added that she would introduce a bill next week. The Republican "
        "said the bill would fail.\n"
    )
    assert got["she would introduce a bill next week"][0] == "Mara Quill"
    assert got["the bill would fail"][0] == "Tom Vance"


def test_an_epithet_by_party_without_parties_is_the_person_the_story_is_about() -> None:
    _index, got = speakers_by_content(
        "Senator attacks tariffs\n\n"
        "Senator Mara Quill on Tuesday criticized the tariff plan. Quill said it was a tax on "
        "families.\n\n"
        "The Ohio Democrat added that she would introduce a bill next week.\n"
    )
    assert got["she would introduce a bill next week"][0] == "Mara Quill"


def test_a_candidate_by_party_is_not_the_subject_of_the_sentence() -> None:
    # "The Democratic front-runner" is the woman the Republican answered, not the Republican
    # the sentence is about (who would be "he").
    _index, got = speakers_by_content(
        "Candidates trade blows\n\n"
        "Republican Tom Vance held a rally in Ohio on Friday. Vance attacked Mara Quill on "
        "Sunday after the Democratic front-runner had said that he was unfit for office.\n"
    )
    assert got["he was unfit for office"][0] == "Mara Quill"


def test_an_epithet_by_office_and_home_state_names_the_person_in_view() -> None:
    # No one has the title "senator" in the text; the president the content speaks of holds
    # another office, so the senator is the running mate just named.
    _index, got = speakers_by_content(
        "Running mate joins attack\n\n"
        "President Donald Trump held a rally on Monday. Ann Clay's running mate, Tim Kaine, "
        "echoed her remarks. The Virginia senator said Trump was hiding something.\n"
    )
    assert got["Trump was hiding something"][0] == "Tim Kaine"


def test_a_trade_with_a_gender_names_someone_of_that_gender() -> None:
    # The woman who spoke last is the topic by salience; "the businessman" is the man.
    _index, got = speakers_by_content(
        "Returns row\n\n"
        "Ann Clay accused Donald Trump of hiding his returns. His campaign manager, Kellyanne "
        "Conway, dismissed the criticism. She said the candidate had nothing to hide.\n\n"
        "The New York businessman has said an audit prevents a release.\n"
    )
    assert got["an audit prevents a release"][0] == "Donald Trump"


def test_the_campaign_is_the_campaign_last_in_view() -> None:
    _index, got = speakers_by_content(
        "Returns row\n\n"
        "Ann Clay's campaign attacked Donald Trump on Monday. Trump's campaign manager, Kellyanne "
        "Conway, dismissed the criticism. The campaign later said the attack was desperate.\n"
    )
    assert got["the attack was desperate"][0] == "Donald Trump campaign"


def test_an_object_pronoun_after_a_name_does_not_give_it_a_gender() -> None:
    # "him" is the one Quill did not name, not Quill: "she" is still Quill.
    _index, got = speakers_by_content(
        "Tariffs row\n\n"
        "Senator Mara Quill attacked the tariff plan on Monday. Quill told the union that the "
        "plan was a mistake, without naming him.\n\n"
        '"We need steady hands," she said.\n'
    )
    assert got["We need steady hands"] == ("Mara Quill", "she")


def test_police_is_the_police_force_named_before() -> None:
    _index, got = speakers_by_content(
        "Arrests in London\n\n"
        "The Metropolitan Police arrested two men on Tuesday. Police said the men were "
        "released later.\n"
    )
    assert got["the men were released later"] == ("Metropolitan Police", "Police")


def test_a_pronoun_goes_on_naming_whom_an_earlier_one_of_its_sentence_named() -> None:
    # "his" is Vance's; the president named inside his description is not "he".
    _index, got = speakers_by_content(
        "Charges filed\n\n"
        "President Karl Lind ordered an inquiry on Monday. The charge against Tom Vance is "
        "that, during his time as President Karl Lind's deputy, he called for the courts to "
        "close.\n"
    )
    assert got["the courts to close"] == ("Tom Vance", "he")


def test_a_possessive_in_an_opening_phrase_names_the_subject_after_it() -> None:
    # Lind is the man in view before the sentence; "his speech" is Vance's.
    text = (
        "Visit ends\n\n"
        "President Karl Lind hosted the talks on Monday.\n\n"
        "In his speech on Tuesday, Tom Vance said the war was over.\n"
    )
    index, _got = speakers_by_content(text)
    names = {a.id: a.name for a in index.actors}
    his = [m for m in index.refs if article(text).text[m.start : m.end] == "his"]
    assert [names[m.actor] for m in his] == ["Tom Vance"]


def test_bare_officials_speak_for_the_government_last_named() -> None:
    _index, got = speakers_by_content(
        "Truce push\n\n"
        "The Obama administration pressed Russia on Monday to halt the bombing. Whatever "
        "progress John Kerry has made, officials said, could easily be undone.\n"
    )
    assert got["could easily be undone"] == ("Obama administration", "officials")


def test_a_title_with_the_state_after_of_fits_that_state_s_holder() -> None:
    # "the president of Freedonia" is the Freedonian president, not the president named last.
    _index, got = speakers_by_content(
        "Leaders meet in Geneva\n\n"
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin on Friday."
        "\n\nThe talks will bring calm, the president of Turkey said.\n"
    )
    assert got["The talks will bring calm"][0] == "Recep Tayyip Erdogan"


def test_the_people_named_together_speak_through_the_first() -> None:
    # A call between two leaders makes them the group "the politicians" names: the caller,
    # first of them, speaks for it (the guidelines' co-speakers), not the person in view.
    _index, got = speakers_by_content(
        "Leaders talk\n\n"
        "President Anton Varga phoned President Marek Holt on Monday. The politicians agreed "
        "that the delegations would meet next week.\n"
    )
    assert got["the delegations would meet next week"][0] == "Anton Varga"
    _index, got = speakers_by_content(
        "Talks in the capital\n\n"
        "Foreign Minister Lucia Ferrer met her counterpart Tomas Brandt on Monday. Brandt "
        "arrived late. Ferrer spoke of the harvest.\n\n"
        "The two sides said that relations would improve.\n"
    )
    assert got["relations would improve"][0] == "Lucia Ferrer"


def test_he_after_an_unnamed_spokesman_speaks_for_the_body() -> None:
    # "He" goes on naming the spokesman who just spoke, and so the ministry he speaks for (the
    # guidelines' unnamed official), not the envoy named before him.
    _index, got = speakers_by_content(
        "Talks resume\n\n"
        "Envoy Tomas Brandt met Swedish negotiators in Oslo on Monday. A spokesman for the "
        "Norwegian Foreign Ministry said the talks were useful. He added that a second round "
        "would follow.\n"
    )
    assert got["a second round would follow"][0] == "Norwegian Foreign Ministry"
    # A person who speaks in between is who "he" names.
    _index, got = speakers_by_content(
        "Talks resume\n\n"
        "A spokesman for the Norwegian Foreign Ministry said the talks were useful. Envoy "
        "Tomas Brandt said they would go on. He added that a second round would follow.\n"
    )
    assert got["a second round would follow"][0] == "Tomas Brandt"


def test_both_nations_after_two_leaders_is_the_first_leader_s_state() -> None:
    # Two presidents named together, titles between their names: "both nations" is the
    # first one's state, not the state named last.
    _index, got = speakers_by_content(
        "Leaders talk\n\n"
        "Sweden closed its border with Norway in May. On Monday, Norwegian President Anton "
        "Varga and Swedish President Marek Holt spoke on the phone. Then both nations said "
        "that the border would reopen.\n"
    )
    assert got["the border would reopen"][0] == "Norway"


def test_military_sources_speak_for_the_armed_forces_and_sources_again_too() -> None:
    # Unnamed people by their service speak for the one armed force the story names, and
    # "sources" after them are the same sources (not the state or delegation in view).
    _index, got = speakers_by_content(
        "Talks on the truce\n\n"
        "Chad sent a delegation to Geneva on Monday for talks with the Chadian army. Military "
        "sources told reporters that the delegation would demand a truce. Sources also said "
        "the talks could last a week.\n"
    )
    assert got["the delegation would demand a truce"][0] == "Chadian Army"
    assert got["the talks could last a week"][0] == "Chadian Army"


def test_a_state_s_diplomats_speak_for_its_foreign_ministry() -> None:
    _index, got = speakers_by_content(
        "Talks on the border\n\n"
        "The Norwegian Foreign Ministry said on Monday that talks with Sweden would resume. "
        "At the same time, Norwegian diplomats insist that the border will reopen.\n"
    )
    assert got["the border will reopen"][0] == "Norwegian Foreign Ministry"


def test_a_country_s_leader_and_the_head_of_state_are_its_president() -> None:
    # "the Azerbaijani leader", "the head of state": no title holds "leader", yet the
    # president the article named is meant, not the state.
    _index, got = speakers_by_content(
        "Talks in Baku\n\n"
        "President Ilham Aliyev received a delegation from Armenia on Monday. The head of "
        "state said the border would stay open. The Azerbaijani leader added that a treaty "
        "could be signed soon.\n"
    )
    assert got["the border would stay open"][0] == "Ilham Aliyev"
    assert got["a treaty could be signed soon"][0] == "Ilham Aliyev"


def test_a_trailing_he_is_not_whom_the_words_it_attributes_name() -> None:
    # "..., he added": the pronoun speaks the clause before it, so it is not the man that
    # clause is about, but the speaker still in view.
    _index, got = speakers_by_content(
        "Talks to resume\n\n"
        "Foreign Minister Piotr Nowak said on Monday that the talks would resume in June. "
        "President Anton Varga's aide Marek Holt will lead the delegation as before, he added.\n"
    )
    key = next(k for k in got if k.startswith("President Anton Varga's aide"))
    assert got[key][0] == "Piotr Nowak"


def test_a_description_by_state_is_the_person_in_view_of_no_other_state() -> None:
    # The article has not yet given the envoy a state: "the Norwegian diplomat" is him, and
    # his statement his, not the state's.
    _index, got = speakers_by_content(
        "UN envoy reaches Aden\n\nThe United Nations envoy for Yemen, Marten Olsgaard, arrived "
        "in Aden on Sunday. The Norwegian diplomat said the truce had to hold.\n"
    )
    assert got["the truce had to hold"][0] == "Marten Olsgaard"
    # One whose title gives him another state is not: the diplomat is then the state's.
    _index, got = speakers_by_content(
        "UN envoy reaches Aden\n\nUS envoy Paul Brandt arrived in Aden on Sunday. The "
        "Norwegian diplomat said the truce had to hold.\n"
    )
    assert got["the truce had to hold"][0] != "Paul Brandt"
