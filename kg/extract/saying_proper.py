"""Verbs of saying proper, and whether one inside another speaker's report is a second layer.

The speech-verb list (`statement_words.SPEECH_VERBS`) also holds verbs that name a thought, a
wish, an intent, a deed or a finding, which PolNeAR counts as attributions. Inside another
speaker's report those are part of what was reported (`she said he hopes ...`); a verb of
saying proper with a speaker of its own is the guidelines' nested attribution (`the envoy
stressed that the president instructed the team to ...`: both layers).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.cue_class import REFERRING, REFUSAL
from kg.extract.cue_deeds import ASSAULT, CALLING, CONVERSE, SHOWING
from kg.extract.cue_minds import (
    DECISION_WITH_TO,
    DESIRE,
    DESIRE_WITH_TO,
    JUDGING_WITH_CLAUSE,
    LEARNING,
    STANCE,
    THOUGHT,
)
from kg.extract.statement_spans import Found
from kg.extract.statement_words import CLAUSE_ONLY, RELAYING, SAYING, SPEECH_VERBS, verb_forms

# Verbs of the speech-verb list that name a thought, a wish, an intent, a deed or a finding,
# not words uttered ("hopes", "plans", "supported", "showed", "found"): inside another's
# report they are part of what was reported. The rest (`UTTERING`) are verbs of saying proper.
# Read from the lists that class them already: the verbs taking only a clause
# (`CLAUSE_ONLY`: "believe", "hope"), and the cue classes of a thought, a wish, a stance
# shown, a refusal, a showing, a learning, an assault, a conversation, a call and a
# reference. A verb the statement stage counts as saying or relaying (`SAYING`, `RELAYING`:
# "reply", "post", "call on") stays one of saying proper.
_REACTING = verb_forms(
    # Findings and estimates, pointing and signalling, and stances taken in deeds or in
    # words no list above classes: what they report is not words uttered.
    "find|finds|found|finding",
    "estimate",
    "forecast|forecasts|forecasted|forecasting",
    "signal",
    "point",
    "defend",
    "maintain",
    "counter",
    "dismiss",
    "charge",
    "threaten",
    "appreciate",
    "rail",
)
NOT_UTTERING = (
    CLAUSE_ONLY
    | THOUGHT
    | DESIRE
    | DESIRE_WITH_TO
    | JUDGING_WITH_CLAUSE
    | DECISION_WITH_TO
    | STANCE
    | REFUSAL
    | SHOWING
    | LEARNING
    | ASSAULT
    | CONVERSE
    | CALLING
    | REFERRING
    | _REACTING
) - (SAYING | RELAYING)
UTTERING = SPEECH_VERBS - NOT_UTTERING

FINITE = {"VBD", "VBZ", "VBP"}


def relayed_saying(f: Found, doc: Doc) -> bool:
    """Whether a cue is a finite verb of saying proper with its own subject and a known
    speaker: a report another speaker relays, not a participle of the outer one's."""
    span = doc.char_span(f.cue[0], f.cue[1], alignment_mode="expand")
    if f.speaker is None or span is None or len(span) != 1:
        return False
    verb = span[0]
    if verb.lower_ not in UTTERING:
        return False
    return verb.tag_ in FINITE and any(c.dep_ == "nsubj" for c in verb.children)
