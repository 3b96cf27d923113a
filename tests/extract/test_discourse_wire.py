"""Speakers in wire copy: datelines closed by a colon, a state's envoy, the group that spoke,
the parties of a meeting. Sentences invented."""

from __future__ import annotations

from kg import nlp
from kg.extract.speakers import speaker_past_dateline


def _past_dateline(sentence: str) -> str:
    doc = nlp.load()(sentence)
    verb = next(t for t in doc if t.lemma_ == "say")
    subj = next(c for c in verb.children if c.dep_ == "nsubj")
    return speaker_past_dateline(subj, verb).text


def test_a_dateline_closed_by_a_colon_is_not_the_speaker() -> None:
    # Xinhua and South Asian papers end the dateline with a colon, with a day and a credit.
    said = "Anna Berg, the UN envoy to Libya, said on Tuesday that the truce held."
    assert _past_dateline("TRIPOLI, Nov 04 (Xinhua): " + said) == "Berg"
    assert _past_dateline("TRIPOLI: " + said) == "Berg"
    assert _past_dateline("TRIPOLI (Reuters) - " + said) == "Berg"
    # A name in ordinary case before a colon is no dateline.
    assert _past_dateline("Berg: the minister said the truce held.") == "minister"
