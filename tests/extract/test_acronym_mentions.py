"""An acronym the text defines in brackets after a body's name names that body wherever it
stands alone, though the model tags it nowhere. Sentences invented."""

from __future__ import annotations

from extract_helpers import NEWS_HEAD, extract

from kg.extract.pipeline import Pipeline


def test_a_defined_acronym_alone_is_the_body_and_speaks(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        NEWS_HEAD + "Kiir and Machar will meet at the invitation of Abiy Ahmed, who also chairs "
        "the Intergovernmental Authority on Development (IGAD) regional bloc that has taken "
        "the lead in peace negotiations.\n\nIGAD first proposed the meeting last month after "
        "the most recent unsuccessful round of peace talks.",
    )
    body = next(a for a in x.actors if a.name == "Intergovernmental Authority on Development")
    assert "IGAD" in body.aliases
    proposed = next(s for s in x.statements if s.cue.text == "proposed")
    assert proposed.speaker == body.id
