"""Phrases of saying made of a light verb and a noun ("came to the conclusion that", "took a
swipe at", "attached importance to"): the noun names the words. Sentences invented."""

from __future__ import annotations

from extract_helpers import found_statements

from kg import nlp
from kg.extract.light_phrases import light_phrase

HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def said(body: str) -> set[tuple[str, str]]:
    return {(s.cue.text, s.content.text) for s in found_statements(HEAD + body)}


def _light(text: str) -> str | None:
    doc = nlp.load()(text)
    span = light_phrase(next(iter(doc.sents)).root)
    return text[span[0] : span[1]] if span else None


def test_a_noun_of_a_view_gives_its_clause() -> None:
    body = "Foreign Minister Maria Lopez came to the conclusion that the truce had failed."
    assert ("came", "the truce had failed") in said(body)
    body = "Foreign Minister Maria Lopez gave assurances that the border would stay open."
    assert ("gave", "the border would stay open") in said(body)


def test_a_noun_of_a_stance_gives_what_it_is_about() -> None:
    body = "Foreign Minister Maria Lopez took several swipes at Anton Weber."
    assert ("took", "Anton Weber") in said(body)
    body = "Foreign Minister Maria Lopez took credit for the prisoner exchange."
    assert ("took", "the prisoner exchange") in said(body)
    # A weight given is itself what was said of the thing.
    text = "Foreign Minister Maria Lopez attached great importance to the talks in Geneva."
    assert _light(text) == "great importance to the talks in Geneva"


def test_a_topic_counts_only_when_brought_up() -> None:
    text = "Foreign Minister Maria Lopez raised the issue of the prisoners held in the north."
    assert _light(text) == "the issue of the prisoners held in the north"
    assert _light("Maria Lopez took the issue of the prisoners to the council.") is None


def test_the_light_verb_alone_says_nothing() -> None:
    assert _light("Foreign Minister Maria Lopez took the train to Geneva.") is None
    assert _light("Foreign Minister Maria Lopez came to the conclusion of her tour.") is None
    assert _light("The delegation gave a reception for the envoys.") is None
    body = "Foreign Minister Maria Lopez took the train to Geneva."
    assert not any(cue == "took" for cue, _ in said(body))


def test_voicing_is_expressing() -> None:
    body = "Foreign Minister Maria Lopez voiced support for the truce."
    assert ("voiced", "support for the truce") in said(body)
    body = "Foreign Minister Maria Lopez voiced hope that the truce would hold."
    assert ("voiced", "the truce would hold") in said(body)


def test_a_noun_of_words_before_a_colon_introduces_the_quotation() -> None:
    # `made the following remarks:` works as `said:` does; a list of changes is no words.
    body = 'Deputy Envoy Ilse Varga made the following remarks: "The ferry will sail again."\n'
    assert ("made the following remarks", "The ferry will sail again") in said(body)
    body = 'Deputy Envoy Ilse Varga made the following changes: "ferry" now reads "boat."\n'
    assert not any(cue.startswith("made") for cue, _ in said(body))
