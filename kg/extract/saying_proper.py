"""Verbs of saying proper, and whether one inside another speaker's report is a second layer.

The speech-verb list (`statement_words.SPEECH_VERBS`) also holds verbs that name a thought, a
wish, an intent, a deed or a finding, which PolNeAR counts as attributions. Inside another
speaker's report those are part of what was reported (`she said he hopes ...`); a verb of
saying proper with a speaker of its own is the guidelines' nested attribution (`the envoy
stressed that the president instructed the team to ...`: both layers).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.statement_spans import Found
from kg.extract.statement_words import SPEECH_VERBS, verb_forms

# Verbs of the speech-verb list that name a thought, a wish, an intent, a deed or a finding,
# not words uttered ("hopes", "plans", "supported", "showed", "found"): inside another's
# report they are part of what was reported. The rest (`UTTERING`) are verbs of saying proper.
NOT_UTTERING = verb_forms(
    "believe",
    "hope",
    "fear",
    "expect",
    "wonder",
    "want",
    "plan|plans|planned|planning",
    "refuse",
    "decline",
    "support",
    "oppose",
    "endorse",
    "show|shows|showed|shown|showing",
    "find|finds|found|finding",
    "learn|learns|learned|learnt|learning",
    "attack",
    "defend",
    "agree|agrees|agreed",
    "maintain",
    "signal",
    "point",
    "talk",
    "speak|speaks|spoke|spoken|speaking",
    "counter",
    "estimate",
    "forecast|forecasts|forecasted|forecasting",
    "dismiss",
    "charge",
    "threaten",
    "respond",
    "reply",
    "appreciate",
    "consider",
    "deem",
    "post",
    "refer|refers|referred|referring",
    "call",
    "rail",
    "wish",
)
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
