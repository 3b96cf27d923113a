"""Who made an attack, when the attack word's own phrase does not say: the agent of a verb of
doing or claiming it ("the attack was claimed by the Houthi movement", "the attack,
reportedly conducted by the Taliban"), the party it is ascribed to ("another attack ascribed
to the Taliban"), who claims responsibility for it, the possessor of a killing it was the
means of. (Claims that name no attack: `event_claims`.)

Input: the attack word's token. Output: the tokens whose phrases name the attackers.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose subject (or passive agent) is who made the attack that is their object: to
# carry out, conduct, launch, stage, mount, perpetrate or claim it (CAMEO 18-19's "carried
# out"; claiming an attack is the attacker's own word for it, which the guidelines count).
AUTHOR_VERBS = frozenset(
    {"claim", "conduct", "carry", "launch", "stage", "mount", "perpetrate", "execute",
     "commit", "orchestrate", "mastermind"}
)  # fmt: skip
# Verbs by which the narrator ascribes an attack to someone: "an attack ascribed to X".
# (Blaming is an accusation, a statement of the accuser's, and stays out.)
ASCRIBE_VERBS = frozenset({"ascribe", "attribute"})
# Nouns that, claimed, make the claimant the author: "claimed responsibility", "took credit".
CLAIMED = frozenset({"responsibility", "credit"})
# (Accepting or admitting responsibility is taking the blame, as an official does for what
# happened "under my watch": no claim to have done it.)
CLAIM_VERBS = frozenset({"claim", "take"})


def authors(head: Token) -> list[Token]:
    """The tokens whose phrases name who made the attack `head` names, from its clause: the
    agent of a verb of doing or claiming it, the party it is ascribed to, or who claims
    responsibility for it."""
    out: list[Token] = []
    # "the attack, conducted by X" / "another attack ascribed to X"
    for c in head.children:
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":
            out.extend(_agents(c))
    # "the attack was claimed by X", "attacks carried out by X were ..."
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in AUTHOR_VERBS:
        out.extend(_agents(head.head))
    # "it claimed the attack", "X carried out the bombing"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in AUTHOR_VERBS:
        if not any(c.dep_ == "neg" for c in head.head.children):
            out.extend(c for c in head.head.children if c.dep_ == "nsubj")
    # "dozens died in the attack, reportedly conducted by X": the participle the parse hung on
    # the verb of the attack's phrase tells of the attack (no other noun is there to do it).
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb = head.head.head
        for c in verb.children:
            if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > head.i:
                if not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                    out.extend(_agents(c))
    deed = harm_deed(head)
    if deed is not None:
        # "the United States' killing of Soleimani in an airstrike": who kills, by the strike
        out.extend(c for c in deed.children if c.dep_ == "poss")
    claimer = _claimed_for(head)
    if claimer is not None:
        out.append(claimer)
    return out


# Nouns of a deed of violence an attack word can be the means of ("killing ... in an airstrike").
HARM_NOUNS = frozenset({"killing", "assassination", "murder", "execution", "destruction"})
MEANS_PREPS = frozenset({"in", "with", "by", "during"})


def harm_deed(head: Token) -> Token | None:
    """The noun of a deed of violence whose means the attack word is ("the killing of X in
    an airstrike": the airstrike is that killing), else None."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in MEANS_PREPS:
        return None
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX"):
        # "follows the US' killing of X in an airstrike": the parse may hang the phrase on the
        # verb; right after a noun of violence, it tells that deed's means.
        noun = next(
            (c for c in noun.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i),
            noun,
        )
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in HARM_NOUNS else None


def _agents(verb: Token) -> list[Token]:
    """The `by` agent of a verb of doing or claiming an attack, or the `to` party of one that
    ascribes it."""
    lemma = verb.lemma_.lower()
    if lemma in AUTHOR_VERBS:
        return [
            x for c in verb.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"
        ]
    if lemma in ASCRIBE_VERBS:
        return [
            x
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for x in c.children
            if x.dep_ == "pobj"
        ]
    return []


def _claimed_for(head: Token) -> Token | None:
    """`the group claimed responsibility for an attack`: who claims an attack made it."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in CLAIMED:
        return None
    return claimant(prep.head)


def claimant(noun: Token) -> Token | None:
    """The subject of the verb that claims `noun` ("responsibility"), if it claims it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "no group has claimed responsibility" / "did not claim"
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
