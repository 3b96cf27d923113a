"""The frame of a gathering that makes it a `negotiation_round` (`event_kinds`): a sitting of a
standing mechanism or committee of two states, a doer named as mediating who arranges it, and a
deal the sides come to at it; and the words the kind rules share (deal-like things, light verbs,
the stems of mediating)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_signing import TRUCE_WORDS

# What a state enacts by signing it alone ("an act" is left: "the Helsinki Final Act" is an
# agreement between states).
ENACTMENTS = {"bill", "law", "decree", "legislation", "ordinance", "statute"}
# What divides the sides: "their differences", "the border dispute", "the impasse".
DISPUTE_NOUNS = {
    "difference", "dispute", "disagreement", "deadlock", "impasse", "standoff", "stalemate",
    "row", "rift",
}  # fmt: skip

# Deal-like things a session works out: what the guidelines list for talks.
DEAL_NOUNS = {
    *TRUCE_WORDS,
    "deal",
    "agreement",
    "accord",
    "treaty",
    "settlement",
    "hostage",
    "prisoner",
    "exchange",
    "swap",
}

# Verbs that only carry the noun: "held talks with", "was in Eritrea for talks with".
LIGHT_VERBS = {"hold", "have", "conduct", "begin", "start", "open", "sit"}

# Stems of the words of a third party's help to sides: "mediated", "facilitated", "brokered".
MEDIATING = ("mediat", "facilitat", "broker")
# Verbs by which a third party brings sides together: "will organise a meeting between A and B".
ARRANGING_VERBS = {"organise", "organize", "host", "arrange", "convene"}


def deal_like(noun: Token) -> bool:
    """`a ceasefire`, `the hostage deal`, `a prisoner exchange`: the noun or its modifier."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))]
    return any(w.lemma_.lower() in DEAL_NOUNS for w in words)


def light_of(head: Token) -> Token:
    """The verb that carries a meeting noun ("hold his next meeting with X"), whose "with"
    names the other party, or the noun itself."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in LIGHT_VERBS:
        return head.head
    return head


# Standing bodies whose sittings negotiate between the states that set them up: a mechanism
# of consultations, a border or military committee. A commission for trade or a council of a
# bloc is left: its sessions are encounters (in the tuning pool's gold, every meeting "of" or
# "under" a mechanism is a round, 6 of 6, and the intergovernmental trade commissions'
# sessions are meetings, 2 of 2).
MECHANISM_NOUNS = {"mechanism"}
STANDING_BODY_NOUNS = {"committee", "commission"}
NEGOTIATING_BODY_MODIFIERS = {
    "consultation", "consultations", "consultative", "border", "military", "ceasefire",
    "truce", "negotiating", "negotiation",
}  # fmt: skip
BODY_PREPS = {"of", "under", "within"}


def of_a_mechanism(head: Token) -> bool:
    """`their sixth sitting under a consultation mechanism`, `a meeting of the
    two states' mechanism`, `a meeting of the joint border committee`: a sitting of a standing
    body that two states set up to consult or to settle border and military matters is a session
    between them, which the guidelines count as a `negotiation_round`."""
    bodies = [
        x
        for t in {head, light_of(head)}
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in BODY_PREPS
        for x in c.children
        if x.dep_ == "pobj"
    ]
    return any(_negotiating_body(b) for b in bodies)


def _negotiating_body(noun: Token) -> bool:
    """A mechanism, or a committee or commission named by consulting, borders or arms."""
    lemma = noun.lemma_.lower()
    if lemma in MECHANISM_NOUNS:
        return True
    return lemma in STANDING_BODY_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in NEGOTIATING_BODY_MODIFIERS
        for c in noun.children
    )


# Verbs by which sides come to a deal at a session: "agreed to a truce at the meeting".
AGREEING_VERBS = {"agree", "reach"}
# Where a session is the setting of what its sides did: "at the meeting", "during the talks".
SETTING_PREPS = {"at", "during", "in"}


def settled_at(head: Token) -> bool:
    """`at the meeting, the two sides agreed to a ceasefire`, `a truce was reached at a meeting
    of the army chiefs`: a meeting at which its sides come to a deal-like thing negotiated it."""
    if head.dep_ != "pobj" or head.head.lower_ not in SETTING_PREPS:
        return False
    verb = head.head.head
    if verb.lemma_.lower() not in AGREEING_VERBS:
        return False
    agreed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    agreed += [
        x
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")
        for x in c.children
        if x.dep_ == "pobj"
    ]
    return any(deal_like(t) for t in agreed)


def arranged_by_mediator(verb: Token) -> bool:
    """`a mediating panel arranges a meeting of the two rivals`, `the facilitator
    hosted a meeting`: a meeting a doer named as mediating arranges is a mediated session (a
    host not named so, "the Angolan leader will host the meeting", may only receive them)."""
    if verb.lemma_.lower() not in ARRANGING_VERBS:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        t.lemma_.lower().startswith(MEDIATING)
        for d in doers
        for t in [d, *(c for c in d.children if c.dep_ in ("amod", "compound"))]
    )
