"""The named person or body an attack was aimed at: a party of the attack with its attacker
("the killing of Qasem Soleimani", "Khashoggi was murdered"), read from the attack word's own
phrase."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_authors import harm_deed
from kg.extract.event_plural_refs import RELATIVE_PRONOUNS
from kg.extract.index import ActorIndex

# Attack targets a party can be: a person or a body, not a state or a place ("attacks on
# Ukraine" are on its territory; the gold records the attacker alone).
TARGET_TYPES = {"Person", "Organization"}
TARGET_PREPS = {"of", "on", "against"}
# Verbs whose subject is the attack and whose object the one it struck.
# Prepositions by which an attack is the means of a verb of harm ("hit in a raid").
MEANS_PREPS = {"in", "during", "with", "by"}
HARM_VERBS = {"kill", "hit", "target", "strike", "wound", "injure", "destroy", "damage"}


def attack_targets(head: Token, actors: ActorIndex) -> list[str]:
    """The person or body an attack was aimed at, when the text names it: "the killing of
    Qasem Soleimani", "an attack on the Saudi Petrochem facility", "Khashoggi was murdered",
    "the strike killed the commander"."""
    toks: list[Token] = []
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in HARM_VERBS:
        # "Israeli air strikes killed Hamas commander Mohammed Deif"
        toks.extend(c for c in head.head.children if c.dep_ == "dobj")
    agent = head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else None
    if agent is not None and agent.head.lemma_.lower() in HARM_VERBS:
        # "facilities of Saudi Petrochem were hit by drone strikes"
        toks.extend(c for c in agent.head.children if c.dep_ == "nsubjpass")
    means = head.head if head.dep_ == "pobj" and head.head.lower_ in MEANS_PREPS else None
    if means is not None and means.head.lemma_.lower() in HARM_VERBS:
        # "the facilities were hit in a pre-dawn raid", "was killed in an airstrike": the
        # attack is the means of the verb, whose object (or passive subject) it struck.
        toks.extend(c for c in means.head.children if c.dep_ in ("dobj", "nsubjpass"))
    deed = harm_deed(head)
    for c in (*head.children, *(deed.children if deed is not None else ())):
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            toks.extend(x for x in c.children if x.dep_ == "pobj")
        elif head.pos_ == "VERB" and c.dep_ in ("dobj", "nsubjpass"):
            toks.append(c)
    # "al-Muhandis, who was also killed in the airstrike": the relative pronoun stands for the
    # noun its clause describes.
    toks = [antecedent(t) for t in toks]
    out: list[str] = []
    for tok in toks:
        # "a school in Bogota": the place is no target; "the port, an attack ascribed to X":
        # a phrase set beside it or a relative clause tells of something else.
        places = {
            x.i
            for t in tok.subtree
            if (t.dep_ == "prep" and t.lower_ in ("in", "at", "near"))
            or t.dep_ in ("appos", "relcl")
            for x in t.subtree
        }
        for t in tok.subtree:
            if t.i in places:
                continue
            for a in actors.all_at(t.idx, t.idx + len(t)):
                # "Saudi Arabia's oil facilities": the state whose property is struck is
                # attacked too; a state named otherwise is where the attack fell.
                owner = t.dep_ == "poss" and actors.by_id(a).type == "Country"
                if (actors.by_id(a).type in TARGET_TYPES or owner) and a not in out:
                    out.append(a)
    return out


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("X, who was killed", "Oman, which mediates"),
    else `tok`."""
    if tok.lower_ in RELATIVE_PRONOUNS | {"whom"} and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok
