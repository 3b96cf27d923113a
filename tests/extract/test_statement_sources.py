"""Sources named around a document or an opening phrase, sources that are no one (a relative
`according to which`, a newspaper), and an unnamed official who is not the person already
named. Sentences invented."""

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.discourse import Discourse
from kg.extract.speakers import document_author
from kg.extract.statements import StatementFinder

HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def said(body: str) -> dict[str, str | None]:
    """Content -> speaker name of every statement found in `body`."""
    art = article(HEAD + body)
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    idx = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    names = {a.id: a.name for a in idx.actors}
    return {
        s.content.text: names.get(s.speaker) if s.speaker else None
        for s in StatementFinder()(doc, art, idx)
    }


def test_a_document_names_its_author() -> None:
    doc = nlp.load()("According to a letter sent by the Nordic Council, the fund is empty.")
    letter = next(t for t in doc if t.lower_ == "letter")
    author = document_author(letter)
    assert author is not None and author.text == "Council"
    found = said(
        "According to a statement released by the Office of the President of Ruritania, "
        "the border will reopen on Monday.\n"
    )
    assert found["the border will reopen on Monday"] is not None


def test_an_opening_analysis_is_its_authors() -> None:
    found = said(
        "In the analysis of the Ruritanian Institute for Peace Research, the high costs and "
        "the risks render the pipeline unrealistic.\n"
    )
    speaker = found["the high costs and the risks render the pipeline unrealistic"]
    assert speaker is not None and "Institute" in speaker
    # Whose view is not said: no statement.
    assert not said("In the view of many, the pipeline is unrealistic.\n")


def test_sources_that_are_no_one() -> None:
    found = said(
        "Ruritania and Elbonia signed a border accord, according to which the island belongs "
        "to Elbonia.\n\n"
        "According to the Elbonia Herald, the pipeline will reach the coast by May.\n"
    )
    assert not found


def test_a_pacts_terms_are_no_ones_words() -> None:
    found = said(
        "According to the Ruritania-Elbonia border deal, Elbonia will withdraw its troops "
        "within three months. According to the procedure, the commission meets twice a year. "
        "According to the Ruritanian Foreign Ministry, the talks will resume in May.\n"
    )
    assert list(found) == ["the talks will resume in May"]
    # Closing a sentence, the phrase mostly means "in keeping with": not judged here.
    found = said(
        "The prisoners were released on Monday, according to the agreement signed by "
        "the Ruritanian Foreign Ministry.\n"
    )
    assert list(found) == ["The prisoners were released on Monday"]


def test_an_agreements_terms_as_subject_of_saying_are_no_ones_words() -> None:
    found = said(
        "Ruritania and Elbonia signed a peace agreement on Friday. The agreement calls for "
        "the withdrawal of all foreign troops. The roadmap also recommends reopening the "
        "border crossings. Elbonian Foreign Minister Ana Duarte said the deal was historic.\n"
    )
    assert list(found) == ["the deal was historic"]
    assert not said("According to the MOU, the two states will form a joint committee.\n")
    # Its terms are no one's, but a party's words about the deal are theirs, whatever noun
    # sits near the verb ("said the deal was illegal and responded by ... saying ...").
    found = said(
        "Ruritania said the deal was illegal and responded by expelling the envoy and saying "
        "it would close the border.\n"
    )
    assert "it would close the border" in found
    found = said(
        "Ruritanian President Omar Haddad said the agreement marked a great day for the two "
        "nations but called for a swift resolution of the border question.\n"
    )
    assert "a swift resolution of the border question" in found
    # A statement, unlike an agreement, is issued by someone and speaks for them.
    found = said(
        "The Elbonian Foreign Ministry met the envoy. The statement said the talks would "
        "resume in May.\n"
    )
    assert list(found) == ["the talks would resume in May"]


def test_an_unnamed_official_is_not_the_named_one() -> None:
    found = said(
        "Estonian Foreign Ministry spokesman Otto Brenner defended the accord on Monday.\n\n"
        "An Estonian official said that the pipeline renders the project unnecessary. "
        "The spokesman said the talks had failed.\n"
    )
    assert found["the pipeline renders the project unnecessary"] == "Estonia"
    assert found["the talks had failed"] == "Otto Brenner"


def test_unnamed_groups_are_no_speakers() -> None:
    found = said(
        "Experts attribute the fires to human activity. Protesters have claimed that the "
        "police fired first. Forest expert Ana Duarte said the fires were set.\n"
    )
    assert list(found) == ["the fires were set"]
    assert found["the fires were set"] == "Ana Duarte"


def test_officials_and_sources_speak_for_their_state() -> None:
    found = said(
        "Estonian Foreign Ministry spokesman Otto Brenner defended the accord on Monday.\n\n"
        "The Estonian Maritime Office has suspended the ship's permit, Estonian officials said. "
        "An Estonian government source said the ban is not part of any wider plan.\n"
    )
    assert found["The Estonian Maritime Office has suspended the ship's permit"] == "Estonia"
    source = found["the ban is not part of any wider plan"]
    assert source is not None and "Estonia" in source and "Brenner" not in source


def test_words_relayed_by_another_speaker_are_both_layers() -> None:
    found = said(
        "Estonian envoy Otto Brenner met Finnish President Sauli Niinisto on Wednesday.\n\n"
        'During the meeting, the Finnish president "expressed a firm commitment to the '
        'border accord", Brenner said.\n'
    )
    assert found["a firm commitment to the border accord"] == "Sauli Niinisto"
    assert any(speaker == "Otto Brenner" for speaker in found.values())


def test_whose_officials_speak_for_the_relatives_head() -> None:
    found = said(
        "Iran rejected the plan on Monday. The navy raised its alert after threats from Iran, "
        "whose leaders have called for the closure of the strait.\n"
    )
    assert found["the closure of the strait"] == "Iran"


def test_an_outlet_someone_speaks_on_is_not_the_source() -> None:
    # The press is no source, but a minister speaking on it is one, however the parse ends
    # the source's words ("..., speaking on CNBC" with or without its comma).
    found = said(
        "Finance Minister Ivo Brandt, speaking on CNBC, said talks with Elbonia were continuing."
        "\n\nThe Elbonia Herald said the talks had stalled.\n"
    )
    assert found == {"talks with Elbonia were continuing": "Ivo Brandt"}


def test_a_wire_dateline_with_its_agency_is_no_source() -> None:
    found = said(
        "TEHRAN (Reuters) - Ruritania's Foreign Minister Ivo Brandt on Sunday rejected the "
        "offer, saying Elbonia could not be trusted.\n"
    )
    assert found["Elbonia could not be trusted"] == "Ivo Brandt"


def test_asking_not_to_be_named_is_no_statement() -> None:
    found = said("An Elbonian official, who asked not to be named, said the talks had stalled.\n")
    assert list(found) == ["the talks had stalled"]


def test_a_that_clause_parsed_as_a_relative_of_the_occasion_is_what_was_said() -> None:
    found = said(
        "Elbonia's team was headed by Defence Minister Ivo Brandt, who told reporters after "
        "the meeting that Ruritania had handed over a list of prisoners it wants returned.\n"
    )
    assert found["Ruritania had handed over a list of prisoners it wants returned"] == "Ivo Brandt"


def test_a_name_in_apposition_to_the_second_of_two_descriptions_speaks() -> None:
    found = said(
        "Ruritania University expert and former Elbonian official, Avinoam Idan, said the new "
        "supply was no change.\n"
    )
    assert found["the new supply was no change"] == "Avinoam Idan"


def test_a_quotation_split_by_its_attribution_is_two_statements_of_the_speaker() -> None:
    found = said(
        'Foreign Minister Ivo Brandt defended the deal. "That, unfortunately," he said, "is '
        "part of the reality of today's life.\"\n"
    )
    assert found["That, unfortunately"] == "Ivo Brandt"
    assert found["is part of the reality of today's life"] == "Ivo Brandt"


def test_a_quotation_goes_on_after_a_long_attribution_sentence() -> None:
    found = said(
        '"You hear that a lot," said Representative Ivo Brandt, a Ruritanian envoy who flew '
        'to Geneva with the family of Tomas Lind, another freed prisoner. "This is a '
        'complicated world, and we deal with it."\n'
    )
    assert found["This is a complicated world, and we deal with it"] == "Ivo Brandt"


def test_a_show_named_in_quotation_marks_is_no_statement() -> None:
    found = said(
        '"It\'s nonsense," Ivo Brandt said by telephone on Ruritania TV\'s "Meet the Press." '
        '"She is wrong about everything."\n'
    )
    assert sorted(found) == ["It's nonsense", "She is wrong about everything"]


def test_of_coordinated_subjects_the_first_that_stands_for_an_actor_speaks() -> None:
    found = said(
        "Norway has not accused Sweden of the attack. Independent experts and Norwegian "
        "officials, however, said they believed Sweden was behind it.\n"
    )
    assert found["they believed Sweden was behind it"] == "Norway"


def test_a_past_tense_hung_on_a_modal_verb_speaks_for_the_past_tense_above() -> None:
    # The parser hangs "blamed" on "would pull out", whose subject is Ruritania.
    found = said(
        "President Karl Lind backpedaled on his prediction a year ago that Ruritania would "
        "pull out of its slump within two years, and blamed the tumble in oil prices.\n"
    )
    assert found["the tumble in oil prices"] == "Karl Lind"


def test_who_is_recalled_saying_the_words_said_them() -> None:
    found = said(
        "President Karl Lind made peace a priority in 2009.\n\n"
        '"I really want to try to do something here," Tom Vance recalled the president '
        "telling him.\n"
    )
    assert found["I really want to try to do something here"] == "Karl Lind"


def test_a_daily_named_as_source_is_the_press() -> None:
    found = said(
        "Carlos Vega is the alias of a rebel commander, according to the daily El Tiempo. "
        "According to the Elbonian Foreign Ministry, the talks will resume in May.\n"
    )
    assert list(found) == ["the talks will resume in May"]
    # "daily" as an adjective names no paper.
    found = said(
        "The poll, which tracks support for the two parties on a daily basis, showed that "
        "the ruling party is leading by three points.\n"
    )
    assert list(found) == ["the ruling party is leading by three points"]


def test_denied_reports_are_one_statement_of_the_denier() -> None:
    art = article(
        HEAD + "Ruritanian envoy Otto Brenner dismissed media reports that the rebels were not "
        "allowed to leave the capital.\n"
    )
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    idx = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    sts = StatementFinder()(doc, art, idx)
    assert [(s.cue.text, s.content.text) for s in sts] == [
        ("dismissed", "the rebels were not allowed to leave the capital")
    ]
    # A report someone owns is a statement of theirs.
    found = said("The army denied the ministry's reports that the rebels had left the capital.\n")
    assert "the rebels had left the capital" in found


def test_a_body_in_apposition_after_an_opening_phrase_speaks() -> None:
    art = article(
        HEAD + "Following the reported death of the rebels' leader Omar Khan, Ruritania's "
        "foreign office said the second round of talks has been postponed.\n"
    )
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    idx = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    sts = StatementFinder()(doc, art, idx)
    assert [(s.speaker_span and s.speaker_span.text, s.content.text) for s in sts] == [
        ("Ruritania's foreign office", "the second round of talks has been postponed")
    ]


def test_a_quotation_left_open_with_its_own_attribution_does_not_go_on() -> None:
    found = said(
        "During its presidency, Ruritania intends to strengthen the group's voice for peace "
        "worldwide, Foreign Minister Otto Brenner stated on Wednesday in Tokyo\n\n"
        '"Elbonia handed over the presidency to us today, Brenner wrote on X.\n'
    )
    assert found == {
        "During its presidency, Ruritania intends to strengthen the group's voice for peace "
        "worldwide": "Otto Brenner",
        "Elbonia handed over the presidency to us today": "Otto Brenner",
    }
