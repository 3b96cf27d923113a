"""Verb classes of saying and doing on unseen wording: deeds are not statements, verbs of
advising and judging are cues, an object that is only an addressee reports nothing, and a
quotation's attribution may be a sentence of its own."""

from __future__ import annotations

import json

from extract_helpers import article, found_statements

from kg.extract.cue_rates import MIN_USES, RARE, RATES_PATH, rarely_cue
from kg.extract.pipeline import Pipeline
from kg.model import Statement

HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def statements(body: str) -> list[Statement]:
    return found_statements(HEAD + body)


def cues(body: str) -> dict[str, str]:
    return {s.cue.text: s.content.text for s in statements(body)}


def test_rates_are_counts_from_the_training_split() -> None:
    table = json.loads(RATES_PATH.read_text(encoding="utf-8"))
    said_cues, said_uses = table["forms"]["said"]
    assert said_uses >= MIN_USES and said_cues > RARE * said_uses
    assert table["lemmas"]["say"][1] > said_uses  # a lemma counts all its forms
    assert not rarely_cue("said") and not rarely_cue("warned")
    assert rarely_cue("traveled") and rarely_cue("providing")
    assert not rarely_cue("no-such-verb")  # unseen forms are not judged
    assert not rarely_cue("no-such-verb", "no-such-lemma")


def test_a_form_too_rare_to_judge_is_judged_by_its_lemma() -> None:
    table = json.loads(RATES_PATH.read_text(encoding="utf-8"))
    # Pick from the table itself: a form too rare to judge whose lemma is a rare cue, and
    # one whose lemma is a common cue.
    forms, lemmas = table["forms"], table["lemmas"]
    assert "purchased" not in forms or forms["purchased"][1] < MIN_USES
    assert rarely_cue("purchased", "purchase")
    assert not rarely_cue("purchased")  # without its lemma it is not judged
    assert not rarely_cue("warns", "warn") and lemmas["warn"][0] > RARE * lemmas["warn"][1]


def test_a_deed_told_with_a_rare_form_is_not_a_statement() -> None:
    found = cues("Maria Lopez purchased the Harbor Hotel in 2012.\n")
    assert "purchased" not in found


def test_deeds_with_a_person_as_subject_are_not_statements() -> None:
    found = cues(
        "Maria Lopez traveled to the United Nations General Assembly in New York.\n\n"
        "The Example Republic is providing weapons to the rebels in the north.\n"
    )
    assert "traveled" not in found and "providing" not in found
    # A verb seen too rarely to judge still reads as PolNeAR reads it.
    assert cues("Maria Lopez likened the tariff plan to a tax on families.\n")["likened"]


def test_an_addressee_alone_reports_nothing() -> None:
    found = cues("On Thursday, Maria Lopez addressed reporters in New York.\n")
    assert "addressed" not in found
    found = cues("Maria Lopez told the assembly that the truce would hold.\n")
    assert found["told"] == "the truce would hold"


def test_advising_and_judging_verbs_are_cues() -> None:
    found = cues(
        "Maria Lopez recommended that the peacekeepers stay another year.\n\n"
        "The opposition denounced the border agreement with the Example Republic.\n"
    )
    assert found["recommended"] == "the peacekeepers stay another year"
    assert found["denounced"] == "the border agreement with the Example Republic"


def test_a_sentence_that_only_says_who_told_whom_attributes_the_quotation() -> None:
    body = (
        '"Our house is burning. It is a crisis for all of us!" Maria Lopez told the world '
        "on Thursday via Twitter.\n"
    )
    (st,) = statements(body)
    assert st.content.text == "Our house is burning. It is a crisis for all of us"
    assert st.speaker_span is not None and st.speaker_span.text == "Maria Lopez"
    assert st.kind == "direct"
    # A sentence that reports something of its own is no attribution of the quotation.
    body = (
        '"We will see what happens next week at the talks." Maria Lopez told the council '
        "that the truce would hold.\n"
    )
    assert {s.content.text for s in statements(body)} == {"the truce would hold"}


def test_a_short_quotation_with_the_verb_right_after_it() -> None:
    body = '"We stand ready" tweeted Maria Lopez "to help in any way we can."\n'
    found = [(s.cue.text, s.content.text) for s in statements(body)]
    assert ("tweeted", "We stand ready") in found
    assert ("tweeted", "to help in any way we can") in found


def test_a_quotation_inside_what_a_second_verb_reports_is_not_more_of_the_first() -> None:
    body = (
        '"True justice takes time, and that is the world we live in," Maria Lopez said, '
        'asking the families to be "patient and resilient."\n'
    )
    found = {(s.cue.text, s.content.text) for s in statements(body)}
    assert ("said", "True justice takes time, and that is the world we live in") in found
    assert ("said", "patient and resilient") not in found


def test_the_quoted_speakers_own_we_is_no_statement_of_its_own(pipeline: Pipeline) -> None:
    x = pipeline.extract(
        article(
            HEAD + 'Maria Lopez said: "We strongly urge the parties to reconsider the '
            'importance of the ceasefire and the talks in Geneva."\n'
        )
    )
    assert [
        (s.cue.text, s.speaker_span.text if s.speaker_span else None) for s in x.statements
    ] == [("said", "Maria Lopez")]


def test_what_an_outlet_reports_is_narration_and_the_report_inside_it_a_statement() -> None:
    found = {
        (s.cue.text, s.speaker_span.text if s.speaker_span else None, s.content.text)
        for s in statements(
            "Reuters reported Maria Lopez, the caretaker prime minister, recommended the "
            "foreign troops withdraw.\n"
        )
    }
    assert found == {
        (
            "recommended",
            "Maria Lopez, the caretaker prime minister,",
            "the foreign troops withdraw",
        )
    }


def test_a_source_folded_into_the_outlets_phrase_speaks() -> None:
    (st, *rest) = [
        s
        for s in statements(
            "According to the Example news agency Tasnim, the prosecutor general, Maria "
            'Lopez, said the suspects must face "murder charges", adding the court will '
            "pursue the case.\n"
        )
        if s.cue.text == "said"
    ]
    assert not rest
    assert st.speaker_span is not None and st.speaker_span.text == "Maria Lopez"
    assert st.content.text == 'the suspects must face "murder charges"'


def test_a_relative_clause_describes_its_noun() -> None:
    found = cues("The rebels are mostly the militia, which supports the Example Workers' Party.\n")
    assert "supports" not in found


def test_what_a_demand_is_for_runs_through_its_to_clause() -> None:
    found = cues(
        "On Thursday, Maria Lopez called for G7 action to correct the crisis of the fires.\n\n"
        "Ana Ruiz addressed reporters in Geneva, calling for the killers to be brought to "
        "justice.\n"
    )
    assert found["called"] == "G7 action to correct the crisis of the fires"
    assert found["calling"] == "the killers to be brought to justice"
    assert "addressed" not in found


def test_directives_report_their_to_clause() -> None:
    found = cues("Maria Lopez encouraged the allies to restrict the airline's flights.\n")
    assert found["encouraged"] == "the allies to restrict the airline's flights"


def test_a_closing_aside_reports_every_clause_before_it() -> None:
    found = cues(
        "The estimated cost is six billion euros, but the saturation of the gas markets is "
        "likely to keep private investors away, he noted.\n"
    )
    assert found["noted"] == (
        "The estimated cost is six billion euros, but the saturation of the gas markets is "
        "likely to keep private investors away"
    )


def test_agreeing_on_a_thing_is_a_deal_not_words() -> None:
    found = cues(
        "In the November deal, Maria Lopez and Ana Ruiz agreed on a line as their shared "
        "maritime border.\n\nMaria Lopez agreed that the border would be drawn again.\n"
    )
    assert found == {"agreed": "the border would be drawn again"}


def test_a_judgment_with_a_to_clause_is_given() -> None:
    found = cues(
        "The Example Union partially funded the studies, as it considers the pipeline to be "
        "a project of common interest.\n"
    )
    assert found == {"considers": "the pipeline to be a project of common interest"}


def test_a_gerund_under_an_adjective_speaks_for_the_clauses_subject() -> None:
    st = [
        s
        for s in statements("Maria Lopez was more forceful in blaming the rebels for the attack.\n")
        if s.cue.text == "blaming"
    ]
    assert [(s.speaker_span.text if s.speaker_span else None, s.content.text) for s in st] == [
        ("Maria Lopez", "the rebels for the attack")
    ]


def test_a_quotation_introduced_by_its_speaker_keeps_them() -> None:
    body = (
        'Maria Lopez said, "The talks in Geneva will go on for another week." Ana Ruiz told '
        "reporters in Geneva on Friday.\n"
    )
    (st,) = [s for s in statements(body) if s.kind == "direct"]
    assert st.speaker_span is not None and st.speaker_span.text == "Maria Lopez"


def test_a_participle_of_saying_on_people_has_them_for_its_speaker() -> None:
    found = [
        (s.cue.text, s.speaker_span.text if s.speaker_span else None, s.content.text)
        for s in statements(
            "The Example Republic on Monday banned the airline from its airports, with "
            "officials saying this is for security reasons.\n"
        )
    ]
    assert ("saying", "officials", "this is for security reasons") in found


def test_a_question_put_to_the_speaker_is_not_what_they_said() -> None:
    sts = statements(
        "Asked whether he had met the envoy, Dana Ruiz said he had not seen him since May.\n\n"
        "Maria Lopez was asked whether the talks would resume. She said they would resume "
        "next week in Geneva.\n"
    )
    assert [s.cue.text for s in sts] == ["said", "said"]  # not "Asked", "asked"
    # The answers are the speakers' statements.
    assert sts[0].content.text == "he had not seen him since May"
    assert "they would resume" in sts[1].content.text


def test_the_same_words_under_two_cues_are_one_statement() -> None:
    sts = statements(
        "The ministry responded by saying the talks would resume in Geneva next week.\n"
    )
    assert [(s.cue.text, s.content.text) for s in sts] == [
        ("saying", "the talks would resume in Geneva next week")
    ]
    # One report inside another is no repeat: both stay.
    sts = statements("Dana Ruiz said she expects the talks to resume in Geneva next week.\n")
    assert "said" in [s.cue.text for s in sts]


def test_verbs_in_a_quoted_paragraph_are_the_quoted_speakers() -> None:
    sts = statements(
        "“The talks went well. We agreed on the next round,” Dana Ruiz said.\n\n"
        "“He referred to the border - if it stays closed, nothing moves. I guarantee you, "
        "there is no problem.”\n"
    )
    # The second paragraph goes on with her; "He referred to ..." is her story, not his words.
    assert [s.cue.text for s in sts] == ["said", "said"]
    assert sts[1].content.text.startswith("He referred to the border")


def test_an_addressee_is_not_what_the_cue_model_reports() -> None:
    sts = statements("Defense Secretary Dana Ruiz told a Senate panel on Wednesday.\n")
    assert [(s.cue.text, s.content.text) for s in sts] == []


def test_an_attribution_after_its_words_parsed_as_a_conjoined_clause() -> None:
    sts = statements(
        "The plan includes a special force to assist the border guards, Defense Secretary "
        "Dana Ruiz told a Senate panel Wednesday.\n"
    )
    assert [(s.cue.text, s.content.text) for s in sts] == [
        ("told", "The plan includes a special force to assist the border guards")
    ]
    # With `and`, the second clause is narration of its own.
    assert not statements("Maria Lopez met the envoy, and Dana Ruiz told reporters about it.\n")


def test_what_someone_could_or_would_say_is_not_said() -> None:
    found = cues(
        "If the envoys left, Maria Lopez would say that the talks had failed.\n\n"
        "The court could declare the blockade unlawful next year.\n\n"
        "David Miller said the port would reopen on Friday.\n"
    )
    assert "say" not in found and "declare" not in found
    assert found["said"] == "the port would reopen on Friday"
    # Words told in a story's past, and a speaker's own hedge, are said.
    assert cues("Maria Lopez would later say that the talks had failed.\n")["say"]
    assert cues("I should say that my father studied in Geneva.\n").get("say")


def test_referring_to_or_describing_a_thing_says_nothing_of_it() -> None:
    found = cues(
        "In its statement, the Example Foundation refers to the agency's head office.\n\n"
        "In an interview, Maria Lopez described the envoys' meeting with the mayor.\n"
    )
    assert "refers" not in found and "described" not in found
    # What it is called is said.
    found = cues("Maria Lopez described the talks as productive.\n")
    assert "as productive" in found["described"]


def test_a_question_put_to_the_speaker_is_not_their_statement() -> None:
    found = statements(
        '"It was very useful," Maria Lopez told reporters when asked if she had met the envoy.'
        "\n\nAfter David Miller, asked about the blockade, had said that the port was open, "
        "the talks resumed.\n"
    )
    assert [s.content.text for s in found if s.cue.text == "asked"] == []
    assert any(s.content.text == "It was very useful" for s in found)


def test_what_someone_did_not_say_is_no_statement() -> None:
    found = cues(
        "David Miller has not yet responded to the mayor's remarks.\n\n"
        "The ministry did not offer details of the plan.\n\n"
        "Maria Lopez said the port would reopen on Friday.\n"
    )
    assert "responded" not in found and "offer" not in found
    assert found["said"] == "the port would reopen on Friday"


def test_an_attribution_mid_sentence_gives_the_quotation_after_it() -> None:
    found = statements(
        "There was no photograph of the meeting, in keeping with protocol and also, David "
        'Miller said, "to make clear that there is no endorsement here."\n\n'
        'The summit achieved "too little," Maria Lopez added. "Europe risks a lot."\n'
    )
    said = [s.content.text for s in found if s.cue.text == "said"]
    assert said == ["to make clear that there is no endorsement here"]
    # With the quotation in a sentence of its own, the words before the attribution are hers.
    added = [s.content.text for s in found if s.cue.text == "added"]
    assert 'The summit achieved "too little,"' in added and "Europe risks a lot" in added


def test_making_it_clear_that_something_is_so_says_it() -> None:
    found = statements(
        "Maria Lopez made clear that the port would stay closed.\n\n"
        "David Miller made it clear on Sunday that his meeting with Lopez was not political, "
        "saying that the visit was private.\n\n"
        "The storm made the road impassable.\n"
    )
    said = {(s.cue.text, s.content.text) for s in found}
    assert ("made", "the port would stay closed") in said
    assert ("made", "his meeting with Lopez was not political") in said
    assert ("saying", "the visit was private") in said
    assert not any("impassable" in s.content.text for s in found)


def test_entreaty_and_challenge_report_the_to_clause() -> None:
    found = cues(
        "Maria Lopez implored the council to act before the winter.\n\n"
        "David Miller dared the envoys to publish the list.\n\n"
        "The mayor dared to hope for a deal.\n"
    )
    assert found["implored"] == "the council to act before the winter"
    assert found["dared"] == "the envoys to publish the list"  # not "to hope": an attempt


def test_no_one_in_particular_says_nothing() -> None:
    found = statements(
        "Maria Lopez met the envoy on Monday. It looks like someone told Lopez that the port "
        "would close.\n\nNo country has shared a detailed plan to cut emissions.\n\n"
        "One of the negotiators said that the port would reopen.\n"
    )
    contents = [s.content.text for s in found]
    assert "the port would close" not in contents
    assert not any("detailed plan" in c for c in contents)
    assert "the port would reopen" in contents  # an unnamed negotiator is still someone
