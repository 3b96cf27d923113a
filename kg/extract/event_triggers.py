"""The trigger lexicon of diplomatic events: the words that name a call, a meeting, talks, a
signing, an exchange, a ceasefire, an attack or an arrival, each typed to one event kind.

Statements read it too (a sentence that names an event is the event stage's to read), so it
lives apart from the event stage: no import cycle between `events` and `statements`.
"""

from __future__ import annotations

import re

from kg.model import EventKind

TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = tuple(
    (re.compile(p, re.I), k)  # type: ignore[misc]
    for p, k in (
        (
            r"\b(?:tele)?phone (?:call|conversation|talk)s?\b|\bcall(?:s|ed)?(?= with\b)|"
            r"\bconversations?\b|\bspoke\b(?= (?:\w+ )?(?:with|to|by phone|over the phone))",
            "phone_call",
        ),
        (
            r"\b(?:peace )?(?:talks|negotiations)\b|\bround of talks\b|\bdiscussions\b",
            "negotiation_round",
        ),
        (
            r"\bmeetings?\b|\bmeets?\b|\bmet\b|\bsummits?\b|\bvisit(?:ed|s)?\b(?= \w)|"
            r"\bconvened\b",
            "meeting",
        ),
        (
            r"\bsign(?:ed|ing|s)?\b(?= (?:a |an |the )?(?:[\w-]+ ){0,3}(?:agreement|deal|treaty|"
            r"memorandum|accord|declaration|protocol)s?\b)|"
            r"\bsigned\b(?= (?:[\w-]+ )?by\b)|\bsigning ceremony\b",
            "agreement_signing",
        ),
        (
            r"\b(?:prisoner|POW|prisoners-of-war) (?:exchange|swap)s?\b|"
            r"\b(?:exchange|swap)s? of (?:[\w-]+ ){0,3}?(?:prisoners|POWs|captives|bodies)\b|"
            r"\b(?:exchanged?|swap(?:ped)?)\b(?= (?:[\w,-]+ ){0,4}(?:prisoners|POWs|captives))",
            "prisoner_exchange",
        ),
        (r"\bcease-?fires?\b|\btruces?\b|\barmistice\b", "ceasefire"),
        (
            r"\b(?:air|drone|missile|rocket)?\s?(?:attacks?|strikes?|airstrikes?|shelling|bombings?|"
            r"explosions?|blasts?)\b|\bshelled\b|\bbombed\b",
            "attack",
        ),
        (r"\blanded\b|\barrived\b|\barrival\b", "other"),
    )
)
