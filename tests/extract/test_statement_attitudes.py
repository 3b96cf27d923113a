"""Readout frames with no verb of saying ("is encouraged by", "takes note that", "extended an
invitation to", "wishes to thank"), and a second cue of the same speaker inside a reported
content. Sentences invented."""

from __future__ import annotations

from extract_helpers import found_statements

HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def _found(body: str) -> list[tuple[str, str]]:
    return [(s.cue.text, s.content.text) for s in found_statements(HEAD + body)]


def test_a_feeling_stated_in_a_readout_is_a_statement() -> None:
    assert ("is gravely troubled", "the shelling of two schools near Eastland") in _found(
        "Petra Holm is gravely troubled by the shelling of two schools near Eastland."
    )
    assert (
        "remains concerned",
        "the two delegations have not met since the spring",
    ) in _found(
        "The High Commissioner remains concerned that the two delegations have not met since "
        "the spring."
    )
    assert ("is committed", "helping both parties reach a lasting settlement") in _found(
        "The Secretary-General is committed to helping both parties reach a lasting settlement."
    )
    assert (
        "is committed",
        "keeping its office in Norland and to working with every party",
    ) in _found(
        "The United Nations is committed to keeping its office in Norland and to working with "
        "every party."
    )


def test_light_verb_frames_give_their_object_or_clause() -> None:
    assert ("takes note", "Southia has not yet ratified the fishing treaty") in _found(
        "Karl Berg takes note that Southia has not yet ratified the fishing treaty."
    )
    assert (
        "extended an invitation",
        "President Tomas Brandt to visit Norland in the autumn",
    ) in _found(
        "Foreign Minister Clara Ortiz extended an invitation to President Tomas Brandt to visit "
        "Norland in the autumn."
    )
    assert ("thank", "the people of Norland for their warm welcome") in _found(
        "Anna Lind would like to thank the people of Norland for their warm welcome."
    )
    assert ("appeals", "all factions in the council to settle the quarrel soon") in _found(
        "The African Union appeals to all factions in the council to settle the quarrel soon."
    )


def test_past_feelings_in_narration_stay_out() -> None:
    assert _found("Foreign Minister Clara Ortiz was encouraged by the crowds in Geneva.") == []


def test_a_second_cue_of_the_same_speaker_ends_the_first_content() -> None:
    found = _found(
        "Foreign Minister Clara Ortiz expressed hope that the border talks would resume and "
        "also expressed views on the fishing dispute."
    )
    assert ("expressed", "the border talks would resume") in found
    assert ("also expressed", "views on the fishing dispute") in found
    found = _found(
        "Minister Pavel Ruiz said he toured the harbour with the governor and added that the "
        "port would reopen in March."
    )
    assert ("said", "he toured the harbour with the governor") in found
    assert ("added", "the port would reopen in March") in found
    found = _found(
        "Petra Holm said she thinks the harbour needs a new pier, voicing hope that Norland will "
        "pay for it."
    )
    assert ("voicing", "hope that Norland will pay for it") in found
    assert ("said", "she thinks the harbour needs a new pier") in found


def test_a_named_subject_keeps_its_own_predicates() -> None:
    found = _found("Minister Pavel Ruiz said the rebels shelled the town and burned two farms.")
    assert ("said", "the rebels shelled the town and burned two farms") in found


def test_a_possibility_not_ruled_out_is_said() -> None:
    found = _found(
        "Minister Pavel Ruiz said that the opening session went well and did not rule out that "
        "the two delegations could finish a draft by Friday."
    )
    assert ("said", "the opening session went well") in found
    assert ("did not rule out", "the two delegations could finish a draft by Friday") in found
