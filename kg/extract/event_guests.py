"""Guests received: "Macron welcomed Ruto to Paris", "was welcomed to the Elysee", "sat down
with the president", and the welcome on arrival ("arrived and was received by X", "accorded a
warm welcome at the airport"), an occurrence of its own (`event_coref`).

Input: the head token of a trigger word of welcoming or sitting down. Output: whether it tells a
host receiving a person or delegation (a meeting), not a stance taken in words.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.statement_syntax import names_people

# Whom one receives in a meeting or has at a meal: "received the Ukrainian delegation",
# "hosted a dinner for the visiting delegation"; not "received a letter".
RECEIVED_NOUNS = frozenset(
    """ambassador ambassadors chancellor counterpart counterparts delegation delegations
    dignitary envoy envoys guest guests king leader leaders minister ministers premier president
    secretary visitors""".split()
)


# Where a guest is welcomed to: a place named, or a word that stands for the host's seat.
SEAT_NOUNS = {"capital", "palace", "residence", "headquarters"}


def _a_guest(tok: Token) -> bool:
    """A person or delegation: a name the parser tags as a person, or one under an office's
    title ("President Ana Lind", whom the tagger may not know), or the office itself."""
    titles = [c for c in tok.children if c.dep_ == "compound"] + [tok]
    return tok.ent_type_ == "PERSON" or any(t.lower_ in RECEIVED_NOUNS for t in titles)


def welcomed_guest(tok: Token) -> bool:
    """`Macron welcomed Ruto to Paris`, `Kenya's president was welcomed to the Elysee`: a host
    receives a person or delegation at a place. Welcoming a decision, a truce or a statement is
    a stance in words, and one with no place ("welcomed the minister's remarks") is too."""
    if tok.pos_ != "VERB":
        return False
    guests = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")][:1]
    # "welcomed Sudan's army chief, General X, in Cairo": the guest named in apposition,
    # the place sometimes hung on that name.
    guests += [c for g in guests for c in g.children if c.dep_ == "appos"]
    if not any(_a_guest(g) for g in guests):
        return False
    places = [
        p
        for w in [tok, *guests]
        for c in w.children
        if c.dep_ == "prep" and c.lower_ in ("to", "in", "at")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return any(
        p.ent_type_ in ("GPE", "LOC", "FAC") or p.lemma_.lower() in SEAT_NOUNS for p in places
    )


def sat_with_guest(tok: Token) -> bool:
    """`sat down with the Ukrainian president`: an encounter with a person or delegation (not
    "sat down with the figures", "sat down with a book")."""
    withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    guests = [x for w in withs for x in w.children if x.dep_ == "pobj"]
    guests += [c for g in guests for c in g.children if c.dep_ == "appos"]
    return any(_a_guest(g) or g.ent_type_ in ("GPE", "NORP", "ORG") for g in guests)


# What one "meets" that is no one: "she meets the requirement", "met the deadline".
STANDARD_NOUNS = {
    "requirement",
    "requirements",
    "criteria",
    "criterion",
    "standard",
    "standards",
    "target",
    "targets",
    "deadline",
    "deadlines",
    "demand",
    "demands",
    "need",
    "needs",
    "expectations",
    "threshold",
    "conditions",
    "condition",
    "goal",
    "goals",
    "obligations",
    "challenge",
    "end",
    "fate",
}


def meets_a_standard(tok: Token) -> bool:
    """`Harris meets the requirement`, `met the deadline`, `will meet the pledge`: a verb
    "meet" whose object is a standard, or a common noun that names no one (one meets people:
    a name, a pronoun, a group or a post, "his counterpart", "the delegation")."""
    if tok.pos_ != "VERB" or not tok.lower_.startswith("me"):
        return False
    return any(
        c.dep_ == "dobj" and (c.lower_ in STANDARD_NOUNS or not _party_word(c))
        for c in tok.children
    )


# Entity types of a party one meets: a person, a body, a state, a people.
PARTY_ENTS = {"PERSON", "ORG", "GPE", "NORP"}


def _party_word(noun: Token) -> bool:
    """The noun (or a word before it: "the Russian side") can name a party."""
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in PARTY_ENTS or noun.tag_ == "NNS":
        return True  # (a plural is people more often than not: "met troops", "met donors")
    if names_people(noun) or noun.lower_ in RECEIVED_NOUNS:
        return True
    return any(c.ent_type_ in PARTY_ENTS or c.pos_ == "PROPN" for c in noun.lefts)


def shared_briefing(noun: Token) -> bool:
    """`a joint news conference`, `a press conference with his Iraqi counterpart`: a briefing
    given together is an encounter of those who give it (a `meeting`), not one speaker's
    occasion of speaking."""
    return any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children) or any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(
            o.dep_ == "pobj" and (o.ent_type_ == "PERSON" or o.lower_ in RECEIVED_NOUNS)
            for o in c.children
        )
        for c in noun.children
    )


# Verbs by which a host receives a guest, and the words of the guest's arrival that make the
# reception a welcome on arrival ("upon arrival at the airport", "arrived ... and was received").
RECEIVING_LEMMAS = frozenset({"receive", "welcome", "greet", "accord"})
ARRIVING_LEMMAS = frozenset({"arrive", "land"})
ARRIVAL_WORDS = frozenset({"arrival", "arriving", "airport", "airfield"})


def welcome_on_arrival(head: Token) -> bool:
    """`X arrived on Monday and was received by Y`, `Y accorded a warm welcome to X on arrival
    at the airport`: a verb of receiving a guest joined to the guest's arrival, or whose clause
    places it at the arrival or the airport. (Not "received the envoy in his office".)"""
    if head.pos_ != "VERB" or head.lemma_.lower() not in RECEIVING_LEMMAS:
        return False
    if head.dep_ == "conj" and head.head.lemma_.lower() in ARRIVING_LEMMAS:
        return True
    return any(t.lemma_.lower() in ARRIVAL_WORDS for t in head.subtree)
