"""An event word that names a thing by the event it serves ("the truce village", "the hotel
meeting room") tells no occurrence; an agreement's text ("the ceasefire agreement") may.
Invented sentences, parsed by the pipeline's own model."""

from __future__ import annotations

from kg.extract.event_modality import modifies_other


def _modifier(pipeline, text: str, word: str) -> bool:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(text)
    return modifies_other(next(t for t in doc if t.text == word))


def test_a_place_named_by_a_truce_is_no_ceasefire(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _modifier(
        pipeline, "The talks will be held on the northern side of the truce village.", "truce"
    )


def test_a_meeting_room_is_no_meeting(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _modifier(pipeline, "Lind spoke to reporters outside the hotel meeting room.", "meeting")


def test_the_ceasefire_agreement_may_be_the_ceasefire(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert not _modifier(
        pipeline, "The ceasefire agreement took effect at midnight on Sunday.", "ceasefire"
    )
