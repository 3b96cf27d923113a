"""A cue that is a deed, read from its complement (`cue_acts`): a verb with no evidence of
reporting words reports a statement only with a proposition (a clause or quoted words); with a
person, a thing or a place for its object it is a deed. Sentences invented."""

from __future__ import annotations

from extract_helpers import classify_cue as _class
from extract_helpers import cue_spans as _spans
from extract_helpers import found_statements

from kg import nlp
from kg.extract.cue_acts import deed_cue

HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def test_a_deed_with_a_person_a_thing_or_a_place_is_no_statement() -> None:
    text = "Norland appointed Erik Holm, a former trade negotiator, in early spring."
    assert _class(text, "appointed", "Erik Holm, a former trade negotiator") == "act"
    text = "Ruritania established consular relations with the island states in 2011."
    assert _class(text, "established", "consular relations with the island states") == "act"
    body = (
        "Norland appointed Erik Holm, a former trade negotiator, in early spring.\n\n"
        "Ruritania established consular relations with the island states in 2011.\n"
    )
    assert not {s.cue.text for s in found_statements(HEAD + body)} & {"appointed", "established"}


def test_the_same_verbs_with_a_proposition_or_words_are_statements() -> None:
    # A clause, quoted words or a noun of words given: what was said.
    text = "The ministry established that the convoy had crossed the border at night."
    assert _class(text, "established", "the convoy had crossed the border at night") == "speech"
    text = 'Maria Lopez reflected that "the lake belongs to both of us".'
    assert _class(text, "reflected", '"the lake belongs to both of us"') == "speech"
    text = "Petra Holm extended warm condolences to the crew's relatives on Sunday."
    assert _class(text, "extended", "warm condolences to the crew's relatives") == "speech"
    # A verb whose own noun is one of words: congratulations, a protest.
    text = "Maria Lopez congratulated Anton Weber on his election."
    assert _class(text, "congratulated", "Anton Weber on his election") == "speech"
    text = "Norland protested the launch of the new rockets over the strait."
    assert _class(text, "protested", "the launch of the new rockets over the strait") == "speech"


def test_verbs_of_saying_keep_their_objects() -> None:
    # For a verb of saying an object is its words: "welcomed the truce", "condemned the raid".
    text = "Maria Lopez welcomed the extension of the truce on Friday."
    assert _class(text, "welcomed", "the extension of the truce") == "speech"
    text = "The foreign ministry condemned the raid on the harbour."
    assert _class(text, "condemned", "the raid on the harbour") == "speech"


def test_a_refusal_to_take_part_is_no_statement() -> None:
    text = "The governor refused to meet the union leaders after the vote."
    assert _class(text, "refused", "to meet the union leaders after the vote") == "act"
    text = "The rebel delegation declined to attend the signing in the capital."
    assert _class(text, "declined", "to attend the signing in the capital") == "act"
    text = "Karl Berg resisted voting on the budget for a second week."
    assert _class(text, "resisted", "voting on the budget for a second week") == "act"
    # A refusal given in words keeps them: what follows "saying" is said.
    found = found_statements(
        HEAD + "Maria Lopez refused to sign the accord, saying it betrayed the refugees.\n"
    )
    assert "saying" in {s.cue.text for s in found}
    assert "refused" not in {s.cue.text for s in found}


def test_a_deed_read_from_the_complement_is_coded_as_an_act() -> None:
    text = "Norland appointed Erik Holm, a former trade negotiator, in early spring."
    assert deed_cue(nlp.load()(text), *_spans(text, "appointed", "Erik Holm"))
    text = "Maria Lopez welcomed the extension of the truce on Friday."
    doc = nlp.load()(text)
    assert not deed_cue(doc, *_spans(text, "welcomed", "the extension of the truce"))
    # (A refusal to take part is no statement, but no act coded either.)
    text = "The governor refused to meet the union leaders after the vote."
    doc = nlp.load()(text)
    assert not deed_cue(doc, *_spans(text, "refused", "to meet the union leaders"))


def test_a_guest_welcomed_in_the_passive_is_a_host_s_deed() -> None:
    text = "On his arrival he was welcomed by the deputy minister to Norland."
    assert _class(text, "welcomed", "to Norland") == "act"
    text = "At the airport Holm was welcomed by the deputy foreign minister."
    assert _class(text, "welcomed", "Holm") == "act"
    text = "Holm was welcomed by the deputy minister while the ambassador was present."
    assert _class(text, "welcomed", "while the ambassador was present") == "act"
    # A thing welcomed in the passive is a view given.
    text = "The truce was welcomed by the deputy foreign minister."
    assert _class(text, "welcomed", "The truce") == "speech"


def test_force_against_a_territory_and_a_permission_denied_are_deeds() -> None:
    text = "When Norland attacked the breakaway republic of Westmark last summer, it lost."
    assert _class(text, "attacked", "the breakaway republic of Westmark last summer") == "act"
    text = "Ruritania denied permission for the monitors to enter its territory."
    assert _class(text, "denied", "permission for the monitors to enter its territory") == "act"
    text = "Ruritania denied the allegations of the monitors."
    assert _class(text, "denied", "the allegations of the monitors") == "speech"
