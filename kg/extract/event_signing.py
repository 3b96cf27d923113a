"""Signing in its event sense: what is signed is an agreement or a text of one ("signed the
accord", "the memorandum was signed", "signed a package of bilateral documents"), or the
signatories are named ("signed by Russia and Ukraine"); "signed a letter", "signs the bill into
law" are other acts.

Input: the head token of a verb of signing. Output: whether it tells an `agreement_signing`.
"""

from __future__ import annotations

from spacy.tokens import Token

# The words of a truce, each a text sides agree to (and sign) and an event of its own kind
# (the guidelines' `ceasefire`).
TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})

# What is signed when a signing is an event (the guidelines' `agreement_signing`): an
# agreement or a text of one ("signed 15 documents"), not a letter, a decree or a bill.
SIGNED_TEXTS = {
    "document",
    "agreement",
    "deal",
    "treaty",
    "memorandum",
    "accord",
    "declaration",
    "protocol",
    "charter",
    "pact",
    "roadmap",
    "initiative",
    "communique",
    "communiqu\u00e9",
    *TRUCE_WORDS,
    "convention",
    "contract",
}


def signs_a_text(tok: Token) -> bool:
    """`Buhari and Talon signed the African Continental Free Trade Area (AfCFTA) agreement`,
    `the agreement was signed by the ministers`, `54 nations have signed onto the AfCFTA`: the
    verb's object (or passive subject, or what it is signed onto) is an agreement, or the
    verb has its signatories as agents ("signed by Russia and Ukraine"); "signed a letter",
    "signs the bill into law" are other acts."""
    if any(c.dep_ == "agent" for c in tok.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.children):
        return True  # "was signed between Cyprus, Greece and Israel": signatories named
    if any(c.dep_ == "dobj" and _letter_of_intent(c) for c in tok.children):
        return True
    if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in SIGNED_TEXTS:
        return True
    for c in (*tok.children, *_raised_subjects(tok)):
        if c.dep_ in ("dobj", "nsubjpass", "nsubj") and (_text(c) or text_before(c)):
            return True
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "onto", "to"):
            if any(
                o.lemma_.lower() in SIGNED_TEXTS or o.ent_type_ in ("LAW", "ORG")
                for o in c.children
                if o.dep_ == "pobj"
            ):
                return True
    return False


# Nouns of a batch of texts: "a package of bilateral documents", "a set of agreements".
BATCH_NOUNS = {"package", "set", "number", "series", "raft", "range", "bundle", "host"}


def _text(noun: Token) -> bool:
    """The noun is a text of agreement, or a batch of them ("a package of documents")."""
    if noun.lemma_.lower() in SIGNED_TEXTS:
        return True
    return noun.lemma_.lower() in BATCH_NOUNS and any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.lemma_.lower() in SIGNED_TEXTS for o in p.children if o.dep_ == "pobj")
        for p in noun.children
    )


def text_before(pron: Token) -> bool:
    """`the deal ... the rebels signed it`: "it" points back to a text of agreement named
    before it in its sentence or the one before."""
    if pron.lower_ not in ("it", "them") or pron.pos_ != "PRON":
        return False
    sent = pron.sent
    start = sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    return any(_text(t) for t in pron.doc[start : pron.i])


def _raised_subjects(tok: Token) -> list[Token]:
    """`the agreement is planned (expected, due) to be signed`: the passive infinitive's text
    is the subject of the verb (or adjective) it complements."""
    if tok.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _letter_of_intent(noun: Token) -> bool:
    """`a letter of intent`: the text of an agreement to come, signed by its parties."""
    return noun.lemma_.lower() == "letter" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.lower_ == "intent" for o in c.children if o.dep_ == "pobj")
        for c in noun.children
    )
