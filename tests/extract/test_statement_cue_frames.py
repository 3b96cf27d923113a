"""A cue counts by its frame: a deed done to a person or a party (receiving guests, calling
on an office holder, recognising a leader), or a purpose clause coordinated with another, is
no statement; a commitment named by a noun, with its giver and its `to` infinitive, is one.
Sentences invented."""

from __future__ import annotations

from extract_helpers import found_statements

from kg import nlp
from kg.extract.cue_class import cue_class

HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def _class(text: str, cue: str, content: str) -> str:
    doc = nlp.load()(text)
    c, w = text.index(cue), text.index(content)
    return cue_class(doc, (c, c + len(cue)), (w, w + len(content)))


def test_guests_named_by_a_person_noun_are_received() -> None:
    text = "The three negotiators were welcomed by their Ruritanian host, Minister Ana Kovac."
    assert _class(text, "welcomed", "by their Ruritanian host, Minister Ana Kovac") == "act"
    text = "On Monday Minister Ana Kovac welcomed the visiting diplomats at the airport."
    assert _class(text, "welcomed", "the visiting diplomats at the airport") == "act"
    # Welcoming a thing done is still a view given.
    text = "On Monday Minister Ana Kovac welcomed the release of the fishermen."
    assert _class(text, "welcomed", "the release of the fishermen") == "speech"


def test_calling_on_an_office_holder_is_a_visit() -> None:
    text = "The two premiers separately called on the Alliance Secretary-General in Vienna."
    assert _class(text, "called", "the Alliance Secretary-General in Vienna") == "act"


def test_recognising_a_party_is_an_act_and_a_need_a_view() -> None:
    text = "Several governments have recognized Ivo Marek as the interim leader."
    assert _class(text, "recognized", "Ivo Marek") == "act"
    text = "The council recognized the need for a second round of talks."
    assert _class(text, "recognized", "the need for a second round of talks") == "speech"


def test_a_purpose_coordinated_with_another_is_no_statement() -> None:
    text = (
        "The relief agency held interviews with the prisoners to verify their names, "
        "notify their relatives of the coming transfer and to arrange transport home."
    )
    assert _class(text, "notify", "their relatives of the coming transfer") == "desire"
    assert _class(text, "arrange", "transport home") == "desire"
    # A finite verb after the purpose is the subject's own predicate.
    text = "The envoy flew in to meet the rebels and said the truce would hold."
    assert _class(text, "said", "the truce would hold") == "speech"


def test_a_commitment_named_by_a_noun_with_its_giver_is_a_statement() -> None:
    body = (
        "President Ana Kovac of Ruritania met rebel leaders on Monday. The meeting ended "
        "with a pledge from President Ana Kovac to free all detained activists by May."
    )
    found = found_statements(HEAD + body)
    pledges = [s for s in found if s.cue.text == "pledge"]
    assert [s.content.text for s in pledges] == ["to free all detained activists by May"]
    assert pledges[0].speaker is not None
    # A commitment nobody is said to have given is the writer's account.
    body = "The valley needs a promise to rebuild the old bridge before the rains."
    assert not [s for s in found_statements(HEAD + body) if s.cue.text == "promise"]


def test_a_noun_of_words_that_is_the_medium_gives_no_second_statement() -> None:
    body = (
        "Foreign Minister Paul Dubois stressed in a statement that the border crossings "
        "would reopen within days."
    )
    found = found_statements(HEAD + body)
    assert [s.cue.text for s in found] == ["stressed"]
    # A noun of words with its own clause, where no verb gives them, still speaks.
    body = "Paul Dubois repeated his warning that the border crossings would stay shut."
    assert [s.cue.text for s in found_statements(HEAD + body)] == ["warning"]


def test_a_finite_verb_after_an_infinitive_is_no_purpose() -> None:
    # The parser hangs "thanked" on "resume"; a past tense cannot share that `to`.
    text = (
        HEAD + "The council welcomed the two states' decision on Friday to resume diplomatic ties "
        "and thanked Nordland for its part in the negotiations, the agency said.\n"
    )
    cues = [text[s.cue.start : s.cue.end] for s in found_statements(text)]
    assert "thanked" in cues
