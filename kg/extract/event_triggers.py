"""The trigger lexicon of diplomatic events: the words that name a call, a meeting, talks, a
signing, an exchange, a ceasefire, an attack or an arrival, each typed to one event kind.

Statements read it too (a sentence that names an event is the event stage's to read), so it
lives apart from the event stage: no import cycle between `events` and `statements`.
"""

from __future__ import annotations

import re

from kg.model import EventKind

# The words after a verb of speaking that make it a call: "by phone", "over the telephone",
# "on the phone" (the article is often left out).
BY_PHONE = r"(?:by (?:tele)?phone|(?:over|on) (?:the )?(?:tele)?phone)"
# Records about captives that sides trade without handing anyone over ("exchanged lists of
# prisoners"): the words that may open the exchanged thing.
RECORDS = r"(?:(?:the|their|updated|new) )?(?:lists?|names|data|information|records|files)\b"
# An opening quotation mark before a text's name ("signed a “roadmap”").
QUOTE = '["\u201c\u2018]'

TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = tuple(
    (re.compile(p, re.I), k)  # type: ignore[misc]
    for p, k in (
        (
            # A call by meaning: phone, telephone, video link; the verb or the noun.
            # "held a telephone meeting with", "phone discussions", "during their telephone
            # exchanges": a gathering word told by phone is a call.
            r"\b(?:tele)?phone (?:call|conversation|talk|meeting|discussion|exchange)s?\b|"
            r"\bcall(?:s|ed)?(?= with\b)|"
            r"\b(?:video|phone) ?(?:call|link|conference)s?\b|\bvideoconference\b|"
            # "in a call on Tuesday, X told Y", "a call between the leaders"; not "a call for".
            r"(?:(?<=\bin a )|(?<=\bduring a )|(?<=\bin the )|(?<=\bduring the ))call\b"
            r"(?!\s+(?:for|to)\b)|\bcalls? between\b|"
            # "received a call from the president": a call taken is a call, not an appeal.
            r"(?:(?<=\breceived )|(?<=\breceived a )|(?<=\btook a ))call\b(?!\s+(?:for|to)\b)|"
            r"\b(?:tele)?phoned\b|\bconversations?\b|"
            # "talked over phone", "talk on the phone" (the article is often left out).
            rf"\b(?:spoke|talked)\b(?= (?:\w+ )?(?:with|to|{BY_PHONE}))",
            "phone_call",
        ),
        (
            # Talks by meaning: talks, negotiations, consultations, a negotiating round.
            r"\b(?:peace )?(?:talks|negotiations)\b|\brounds? of (?:[\w-]+ ){0,2}?(?:talks|"
            r"negotiations|consultations)\b|\bdiscussions\b|\bconsultations\b|"
            r"\bnegotiating (?:round|session)s?\b|\bnegotiated\b(?= with\b)|"
            # "the delegations have been negotiating in Jeddah" (a verb with its doers, by
            # `event_senses`; not "a negotiating position").
            r"\bnegotiat(?:ed|ing)\b(?! (?:round|session|team|position|table)s?\b)|"
            # "Friday's round", "the second round": a round of what the story negotiates,
            # not "a round of sanctions" (no "of" after it).
            r"\b(?:first|second|third|fourth|fifth|sixth|seventh|next|new|latest|last|final|"
            r"another)\s+rounds?\b(?!\s+of\b)|(?<=['\u2019]s\s)round\b(?!\s+of\b)",
            "negotiation_round",
        ),
        (
            # Meetings by meaning: meet, a summit, a visit, hosting a party.
            r"\bmeetings?\b|\bmeets?\b|\bmet\b|\bsummits?\b|"
            r"\bvisit(?:ed|s|ing)?\b(?= \w|[,.;:])|\bconvened\b|\bhosted\b|"
            # "gathered in Brussels"; "received the minister" (a party received, by
            # `event_senses`, not "received a letter").
            r"\bgathered\b(?= (?:in|at|for|on)\b)|\brecei(?:ved|ves)\b|"
            # "joined a trilateral ministerial with Japan"
            r"(?<=\blateral )ministerial\b|"
            # "I will speak again with the leaders": an encounter arranged ahead (the future
            # tense is checked by `event_senses`); "spoke with" after the fact is a call.
            r"\b(?:speak|talk)\b(?= (?:\w+ )?with\b)",
            "meeting",
        ),
        (
            # Signing: signed, initialled, inked; the ceremony.
            r"\b(?:sign(?:ed|ing|s)?|initial(?:l)?ed|inked)\b(?= (?:a |an |the )?(?:[\w-]+ ){0,3}"
            r"(?:agreement|deal|treaty|memorandum|accord|declaration|protocol|charter|pact|"
            r"roadmap|initiative|communiqu\u00e9|communique|cease-?fire|truce)s?\b)|"
            r"\bsigned\b(?= (?:[\w-]+ )?by\b)|\bsigning ceremony\b|"
            # "the signing of the accord", "attended the signing".
            r"\bsigning\b(?= of (?:the|a|an)\b)|(?<=\bthe )signing\b(?! (?:of|ceremony)\b)",
            "agreement_signing",
        ),
        (
            # Exchanges by meaning: exchange, swap, release or handover of captives.
            r"\b(?:prisoner|POW|prisoners-of-war|hostage|detainee) (?:exchange|swap|release)s?\b|"
            # (Not an exchange of records about them: "exchanged lists of prisoners".)
            r"\b(?:exchange|swap|release|handover)s? of (?!" + RECORDS + r")"
            r"(?:[\w-]+ ){0,3}?(?:prisoners|POWs|captives|bodies|hostages|detainees)\b|"
            r"\b(?:exchanged?|swap(?:ped)?)\b(?! " + RECORDS + r")"
            r"(?= (?:[\w,-]+ ){0,4}(?:prisoners|POWs|captives|hostages|detainees))|"
            # "sanitary exchanges, where both sides hand over seriously wounded individuals":
            # an exchange the text defines by the people handed over.
            r"\bexchanges?\b(?=[^.;]{0,40}\bhand(?:s|ed)? over (?:[\w-]+ ){0,3}(?:wounded|"
            r"prisoners|captives|bodies|soldiers|servicemen)\b)",
            "prisoner_exchange",
        ),
        (
            # A pause in fighting by meaning: ceasefire, truce, armistice, cessation, pause.
            r"\bcease-?fires?\b|\btruces?\b|\barmistice\b|\bcessation of hostilities\b|"
            r"\b(?:humanitarian )?pause in (?:the )?fighting\b|\bhumanitarian pauses?\b",
            "ceasefire",
        ),
        (
            r"\b(?:air|drone|missile|rocket)?\s?(?:attacks?|strikes?|airstrikes?|shelling|bombings?|"
            r"explosions?|blasts?)\b|\bshelled\b|\bbombed\b|\battacked\b|"
            # "struck nuclear sites" (what is struck is a target, by `event_senses`).
            r"\bstruck\b",
            "attack",
        ),
        (
            # Arrivals; ratifications and approvals of an agreement (the guidelines' `other`).
            r"\blanded\b|\barrived\b|\barrival\b|"
            r"\b(?:ratif(?:ied|ies|y)|approved)\b(?= (?:the |a |an )?(?:[\w-]+ ){0,3}"
            r"(?:agreement|deal|treaty|accord|memorandum|protocol|pact)s?\b)|\bratification\b",
            "other",
        ),
    )
)

# Event words that need the parse to be read in their event sense (`event_senses`), so only
# the event stage reads them: statements ask `TRIGGERS` whether a sentence names an event, and
# "told a news conference", "the vote" or "signed" alone name none there.
PARSED_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = tuple(
    (re.compile(p, re.I), k)  # type: ignore[misc]
    for p, k in (
        (
            # Every form of the verb by phone: "are scheduled to speak by phone on Tuesday",
            # "had spoken over the phone with X" (a call only with a party: `event_senses`;
            # "speaking by phone from Kabul, the official said" is how a reporter heard it).
            rf"\b(?:speak|speaks|speaking|spoken|talk|talking)\b(?= (?:\w+ )?{BY_PHONE})",
            "phone_call",
        ),
        (
            # Gatherings by their nouns: "the General Assembly, which took place this week",
            # "during the opening ceremony", "attended a conference"; held, attended or
            # opened (not "the Assembly voted", "a press conference").
            r"\b(?:conferences?|ceremony|ceremonies|assembly|gathering|reception)\b|"
            # "the Trade Forum to be held in Tartu", "the session of the joint commission":
            # a forum or a body's sitting, when its phrase singles one out (`event_sittings`).
            r"\b(?:forums?|sessions?|sitting)\b|"
            # "Macron welcomed (greeted) Ruto in Paris": a host receiving a guest at a place (not
            # "welcomed the decision", a stance the statement stage reads; by `event_senses`).
            # Only with a named place after the guest (capitalised whatever the pattern's case
            # flag), so that stances ("welcomed the deal") do not bound other words' clauses
            # as event words.
            r"\b(?:welcom(?:ed|es)|greet(?:ed|s))\b(?= (?:[\w'\u2019.-]+ ){0,8}?(?:to|in|at) "
            r"(?:the )?(?-i:[A-Z]))|"
            # "sat down with the Ukrainian president": an encounter with a guest named.
            r"\bs(?:at|its|itting) down\b(?= with\b)|"
            # The other forms of the verbs whose past the lexicon reads ("convened",
            # "received"): "ministers convene in Moscow", "will receive the president" (a
            # party received, by `event_senses`). Not "host", "hosts": a state hosts refugees,
            # troops or a group's office as a standing state of things.
            r"\b(?:re)?conven(?:e|es|ing)\b|\breconvened\b|\breceiv(?:e|ing)\b|"
            # "accorded a warm welcome to the visiting president", "was accorded a red-carpet
            # reception by the king": a host receiving a guest (`event_senses`), told by the
            # verb of granting.
            r"\baccord(?:ed|s)\b(?= (?:an? |the )?(?:[\w-]+ ){0,2}(?:welcome|reception)\b)",
            "meeting",
        ),
        (
            # "a memorandum ... was signed between Cyprus, Greece and Israel", "signed a letter
            # of intent", and "signed the African Continental Free Trade Area (AfCFTA)
            # agreement": a longer name before the agreement noun, which must be what is
            # signed (the verb's object), not a word of a later clause.
            r"\bsigned\b(?= (?:between|among)\b)|"
            # "the agreement was signed in May", "a deal signed in 2015": what is signed comes
            # before the verb, which `event_senses` reads off the parse (its passive subject,
            # the noun it modifies).
            r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bbe )|(?<=\bagreement )|"
            r"(?<=\bagreements )|(?<=\bdeal )|(?<=\bdeals )|(?<=\btreaty )|(?<=\baccord )|"
            r"(?<=\bpact )|(?<=\bmemorandum )|(?<=\bdeclaration )|(?<=\bprotocol ))signed\b|"
            r"\bsign(?:ed|s)?\b(?= (?:a |an |the )?letters? of intent\b)|"
            # "signed 15 intergovernmental documents"; a text's name may be quoted ("signed a
            # “cooperation agreement”", "signed the “Declaration of ...”").
            r"\bsign(?:ed|s)?\b(?=(?: (?:a|an|the|" + QUOTE + r"?[\w'\u2019-]+|\([\w-]+\)|on|onto|"
            r"to)){1,8} " + QUOTE + r"?(?:agreement|deal|treaty|memorandum|accord|declaration|"
            r"protocol|charter|pact|roadmap|communiqu\u00e9|communique|document)s?\b)",
            "agreement_signing",
        ),
        (
            # CAMEO 18-19 (assault, fight) by their nouns and verbs: "the assassination of the
            # general", "an assault in Ghazni", "gunmen ambushed a convoy", "a pre-dawn raid"
            # (not "a raid on a bank account").
            r"\bassassinat(?:ion|ions|ed|e)\b|\bassaults?\b(?! (?:rifles?|weapons?)\b)|"
            r"\bambush(?:es|ed)?\b|\braids?\b",
            "attack",
        ),
        (
            # Ratifications of anything ratified; a body's vote ("the Parliament of Iraq voted
            # on a resolution"; a body as the voter) and "the vote" that points back to it.
            r"\bratif(?:ied|ies)\b|"
            r"\bvot(?:ed|es)\b(?= (?:\w+ )?(?:on|for|against|to|in favou?r)\b)|"
            r"(?<=\bthe )vote\b",
            "other",
        ),
        (
            # Political occasions by their nouns: "the Fox News debate", "Khan's election",
            # "the September rally" (one occurrence singled out, by `event_occasions`).
            r"\b(?:debates?|elections?|caucus(?:es)?|referend(?:um|ums|a)|rall(?:y|ies)|"
            r"demonstrations?|fundraisers?|hearings?|trials?|speech(?:es)?)\b|"
            # "X was elected president", "re-elected": an election by its outcome
            r"\b(?:re-?)?elected\b|"
            # "testified before the panel": testimony to a body
            r"\btestif(?:ied|ies|y|ying)\b(?= before\b)|"
            # Departures beside the arrivals of the lexicon ("arrived", "landed"): "left for
            # Jeddah this morning", "flew on Sunday to Havana" (to a named place). (The other
            # forms of "arrive" were tried: a headline's "arrives in" took the body's arrival
            # apart, and "will arrive" is as often annotated a meeting; only the two below,
            # told ahead or as the moment of another act, are read.)
            r"\b(?:left|leave|leaves|leaving|departed|departs) for\b(?= (?-i:[A-Z]))|"
            # "has left the Egyptian capital", "returned to Niamey" (a place, by `event_senses`).
            r"\bleft\b(?= (?:the (?:[\w-]+ ){0,2}(?:capital|country|city)\b|(?-i:[A-Z])))|"
            r"\breturned to\b(?= (?:the (?:[\w-]+ ){0,2}(?:capital|country|city)\b|(?-i:[A-Z])))|"
            # An arrival told ahead or as the moment of another act: "is expected (set, due) to
            # arrive on Friday", "held talks upon arriving in the capital" (not "will arrive",
            # as often the meeting the arrival is for, nor a headline's "arrives in").
            r"(?:(?<=\bexpected to )|(?<=\bset to )|(?<=\bdue to )|(?<=\bscheduled to ))arrive\b|"
            r"(?:(?<=\bupon )|(?<=\bafter )|(?<=\bon ))arriving\b|"
            # Not "flew aid to X" (an airlift, not a journey of the doer).
            r"\b(?:flew|flies|flown)\b(?= (?:back |on \w+ )?(?:to|into) (?-i:[A-Z]))",
            "other",
        ),
    )
)
