"""Verbs of saying by class: the rest of Levin's `say`, `inquire` and `advise` verbs are
cues; a verb of saying inside another speaker's report is a nested statement of its own (the
guidelines' two layers), while a wish or a plan there stays part of the outer words; and
"claim" with only what is taken (lives, land) is a deed. Sentences invented."""

from __future__ import annotations

from extract_helpers import class_of as _class
from extract_helpers import said


def test_say_and_inquire_verbs_off_the_old_list_are_cues() -> None:
    body = "Minister Anton Weber specified that the convoy would cross at dawn on Tuesday."
    assert ("specified", "the convoy would cross at dawn on Tuesday") in said(body)
    body = "President Maria Lopez inquired about the fate of the fishermen held at Port Vell."
    assert ("inquired", "the fate of the fishermen held at Port Vell") in said(body)


def test_a_verb_of_saying_inside_a_report_is_a_nested_statement() -> None:
    body = (
        "Envoy Piet Brandt stressed that President Maria Lopez instructed the negotiators "
        "not to leave Geneva without a signed text."
    )
    cues = {cue for cue, _ in said(body)}
    assert "instructed" in cues
    body = (
        "Spokesman Piet Brandt said the leaders talked about trade, where President Maria "
        "Lopez highlighted the need for a second border crossing at Kessel."
    )
    assert ("highlighted", "the need for a second border crossing at Kessel") in said(body)


def test_a_wish_or_ones_own_saying_inside_a_report_stays_part_of_it() -> None:
    body = "Spokesman Piet Brandt said President Maria Lopez hopes to visit Kessel in May."
    assert not any(cue == "hopes" for cue, _ in said(body))
    # The speaker telling what they said themselves is one layer, not two.
    body = "Piet Brandt says he instructed his staff on Monday to check the border logs."
    assert not any(cue == "instructed" for cue, _ in said(body))


def test_a_claim_that_takes_lives_is_a_death_told() -> None:
    text = "The ambush claimed the lives of four villagers near Kessel."
    assert _class(text, "claimed", "the lives of four villagers near Kessel") == "act"
    text = "Talks stalled after a skirmish near the dam, which claimed two fishing boats."
    assert _class(text, "claimed", "two fishing boats") == "act"
    # A speaker's claim, with a clause or a noun, is words.
    text = "Valdoria claims that the northern shelf is its own."
    assert _class(text, "claims", "that the northern shelf is its own") == "speech"
    text = "Maria Lopez claimed responsibility for the new border deal."
    assert _class(text, "claimed", "responsibility for the new border deal") == "speech"
    text = "The rebel group claimed responsibility for the ambush on the convoy."
    assert _class(text, "claimed", "responsibility for the ambush on the convoy") == "speech"


def test_proclaiming_independence_is_a_declaration() -> None:
    text = "The northern council proclaimed the independence of the valley in 2019."
    assert _class(text, "proclaimed", "the independence of the valley in 2019") == "declaration"


def test_a_quoted_paragraph_with_its_stop_after_the_mark_carries_on() -> None:
    body = (
        "Maria Lopez told reporters she had spoken with the Valdorian envoy about the maps.\n\n"
        "\u201cIt looks as if the border talks could open again before the winter\u201d.\n"
    )
    assert (
        "told",
        "It looks as if the border talks could open again before the winter",
    ) in said(body)


def test_a_document_that_reads_a_quotation_after_a_colon() -> None:
    body = (
        "A statement issued by Piet Brandt, spokesman of President Maria Lopez, said the "
        "delay would not stop the mission.\n\n"
        "The statement reads: \u201cThe president renewed the call for both armies to pull "
        "back from Kessel.\u201d\n"
    )
    contents = {content for cue, content in said(body) if cue == "reads"}
    assert contents == {"The president renewed the call for both armies to pull back from Kessel"}


def test_a_stance_noun_whose_clause_the_parse_hung_on_the_verb() -> None:
    body = (
        "The Northern Front has not moved from its position of June that the army must "
        "leave the valley first."
    )
    assert ("position", "the army must leave the valley first") in said(body)
