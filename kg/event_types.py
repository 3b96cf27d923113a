"""PLOVER event types for Parley's event kinds, after the CAMEO-to-PLOVER table (0.8, 2021)."""

from __future__ import annotations

import re

from kg.model import Event, EventKind

PLOVER: dict[EventKind, str] = {
    "phone_call": "CONSULT",
    "meeting": "CONSULT",
    "negotiation_round": "CONSULT",
    "agreement_signing": "SUPPORT",
    "prisoner_exchange": "RETREAT",
    "ceasefire": "RETREAT",
    "attack": "ASSAULT",
    "other": "CONSULT",
}
# Every type `plover_type` can give: the table's, and AGREE for intents to meet.
COVERED = frozenset(PLOVER.values()) | {"AGREE", "FIGHT"}
# "agreed to a ceasefire", "agreed on a prisoner swap": the intent agreed, PLOVER AGREE (CAMEO
# 03x), not the ceasefire declared or the prisoners released (RETREAT, 08x).
# The same for talks, mediation or a meeting agreed to or accepted (036, 038).
AGREED_TO = re.compile(
    r"\b(?:agree(?:d|s)?\s+(?:to|on|upon)|accept(?:s|ed)?)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w.-]+\s+){0,2}$",
    re.I,
)
MILITARY = re.compile(r"\b(?:air|drone|missile|rocket|artillery|shell|airstrike)", re.I)


def plover_type(event: Event) -> str:
    """The PLOVER event type of an event.

    Calls, meetings, talks and visits are CONSULT (CAMEO 04x); signing a formal agreement is
    SUPPORT (057); releasing prisoners and declaring a ceasefire are RETREAT (0841, 0871);
    attacks are ASSAULT (18x) unless from the air or by artillery, FIGHT (19x). A planned
    meeting is an intent to meet: AGREE (036).
    """
    if event.status == "planned" and event.kind in ("meeting", "negotiation_round", "phone_call"):
        return "AGREE"
    if event.kind != "attack" and event.trigger:
        before = event.evidence.text[: max(0, event.trigger.start - event.evidence.start)]
        if AGREED_TO.search(before):
            return "AGREE"
    if event.kind == "attack" and event.trigger and MILITARY.search(event.trigger.text):
        return "FIGHT"  # air strikes, shelling, rockets: conventional force (CAMEO 19x)
    return PLOVER[event.kind]
